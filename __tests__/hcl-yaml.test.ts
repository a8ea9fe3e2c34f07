// yamldecode and yamlencode as Packer computes them (go-cty-yaml v1.0.1 on cty): YAML 1.1 words, numbers and dates
// as its resolver reads them, merge keys, anchors, one document, and the emitter's exact text. Expected values are
// Packer's results for the same expressions.
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { loadYaml, standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { isKnown, toJS } from '../src/hcl/value/value.js';

beforeAll(loadYaml); // the YAML parser loads on demand

const functions = standardFunctions({ baseDir: process.cwd() });

type Expected = { value: unknown } | { error: string } | { unknown: true };

const cases: [string, Expected][] = [
  [
    'yamldecode("a: yes\\nb: on\\nc: y\\nd: off\\ne: no\\nf: N\\ng: True\\nh: TRUE\\ni: yEs")',
    { value: { a: true, b: true, c: true, d: false, e: false, f: false, g: true, h: true, i: 'yEs' } },
  ],
  [
    'yamldecode("a: 0x10\\nb: 0o17\\nc: 010\\nd: 1_000\\ne: 0b101\\nf: -0b11\\ng: +12\\nh: .5\\ni: 1.\\nj: 1e3\\nk: -1.5e-2\\nl: 12:30")',
    { value: { a: '0x10', b: '0o17', c: 10, d: 1000, e: 5, f: -3, g: 12, h: 0.5, i: 1, j: 1000, k: -0.015, l: '12:30' } },
  ],
  [
    'yamldecode("a: !!int 0x10\\nb: !!int 0o17\\nc: !!int 010\\nd: !!float 1\\ne: !!str 1\\nf: !!bool yes\\ng: !!null x\\nh: !!int \\"12\\"")',
    { value: { a: 16, b: 15, c: 10, d: 1, e: '1', f: true, g: null, h: '12' } },
  ],
  ['yamldecode("a: .nan")', { error: 'Error in function call: Call to function "yamldecode" failed: floating point NaN is not supported.' }],
  ['yamldecode("a: !!float .nan")', { error: 'Error in function call: Call to function "yamldecode" failed: cannot parse ".nan" as tag:yaml.org,2002:float.' }],
  [
    'yamldecode("a: 2001-12-14\\nb: 2001-12-14t21:59:43.10-05:00\\nc: 2001-12-14 21:59:43.10\\nd: 2001-12-15T02:59:43.1Z\\ne: 2002-02-30\\nf: 2001-1-2\\ng: 2001-12-14T21:59:43\\nh: 2001-12-14T21:59:43+00:00")',
    {
      value: {
        a: '2001-12-14T00:00:00Z',
        b: '2001-12-14T21:59:43-05:00',
        c: '2001-12-14T21:59:43Z',
        d: '2001-12-15T02:59:43Z',
        e: '2002-02-30',
        f: '2001-01-02T00:00:00Z',
        g: '2001-12-14T21:59:43',
        h: '2001-12-14T21:59:43Z',
      },
    },
  ],
  [
    'yamldecode("a: !!timestamp 2001-12-14\\nb: !!timestamp foo")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 1, column 4: cannot parse "foo" as tag:yaml.org,2002:timestamp.' },
  ],
  ['yamldecode("a: ~\\nb: null\\nc: Null\\nd:\\ne: NULL")', { value: { a: null, b: null, c: null, d: null, e: null } }],
  ['yamldecode("")', { error: 'Error in function call: Call to function "yamldecode" failed: on line 1, column 1: missing start of document.' }],
  ['yamldecode("   ")', { error: 'Error in function call: Call to function "yamldecode" failed: on line 1, column 1: missing start of document.' }],
  [
    'yamldecode("# just a comment\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 1, column 1: missing start of document.' },
  ],
  ['yamldecode("\\n\\n")', { error: 'Error in function call: Call to function "yamldecode" failed: on line 2, column 1: missing start of document.' }],
  ['yamldecode("---\\n")', { unknown: true }],
  ['yamldecode("~")', { unknown: true }],
  [
    'yamldecode("a: 1\\n---\\nb: 2")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 1, column 1: unexpected extra content after value.' },
  ],
  ['yamldecode("a: 1\\n...\\n")', { value: { a: 1 } }],
  [
    'yamldecode("a: 1\\n...\\nb: 2")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 2, column 1: did not find expected <document start>.' },
  ],
  ['yamldecode("a: 1\\na: 2")', { value: { a: 2 } }],
  ['yamldecode("base: &b {x: 1, y: 2}\\nc:\\n  <<: *b\\n  y: 3")', { value: { base: { true: 2, x: 1 }, c: { true: 3, x: 1 } } }],
  ['yamldecode("c:\\n  y: 3\\n  <<: {x: 1, y: 2}")', { value: { c: { true: 2, x: 1 } } }],
  [
    'yamldecode("c:\\n  <<: [{x: 1}, {y: 2}]")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 1, column 3: cannot merge tuple into mapping.' },
  ],
  [
    'yamldecode("c:\\n  <<: 1")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 1, column 3: cannot merge number into mapping.' },
  ],
  ['yamldecode("c:\\n  \\"<<\\": {x: 1}")', { value: { c: { x: 1 } } }],
  ['yamldecode("c: <<")', { value: { c: '<<' } }],
  ['yamldecode("a: *x")', { error: 'Error in function call: Call to function "yamldecode" failed: reference to undefined anchor "x".' }],
  [
    'yamldecode("a: &x [1, *x]")',
    { error: 'Error in function call: Call to function "yamldecode" failed: cannot refer to anchor "x" from inside its own definition.' },
  ],
  ['yamldecode("a: !foo x")', { error: 'Error in function call: Call to function "yamldecode" failed: unsupported tag "!foo".' }],
  [
    'yamldecode("a: !!binary aGVsbG8=\\nb: !!binary \\"not base64!\\"")',
    {
      error:
        'Error in function call: Call to function "yamldecode" failed: on line 1, column 4: cannot parse "not base64!" as tag:yaml.org,2002:binary: not valid base64.',
    },
  ],
  [
    'yamldecode("1: a\\ntrue: b\\n1.50: c\\n~: d")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 3, column 1: mapping key cannot be null.' },
  ],
  ['yamldecode("[a]: 1")', { error: 'Error in function call: Call to function "yamldecode" failed: only strings are allowed as mapping keys.' }],
  ['yamldecode("? [a]\\n: 1")', { error: 'Error in function call: Call to function "yamldecode" failed: only strings are allowed as mapping keys.' }],
  ['yamldecode("a: !!map {b: 1}\\nc: !!seq [1]")', { value: { a: { b: 1 }, c: [1] } }],
  [
    'yamldecode("a: !!seq {b: 1}")',
    { error: 'Error in function call: Call to function "yamldecode" failed: can\'t interpret mapping as tag:yaml.org,2002:seq.' },
  ],
  ['yamldecode("\'a\': \'yes\'\\nb: \\"1\\"")', { value: { a: 'yes', b: '1' } }],
  ['yamldecode("a: |\\n  line1\\n  line2\\nb: >\\n  folded\\n  text\\n")', { value: { a: 'line1\nline2\n', b: 'folded text\n' } }],
  ['yamldecode("- 1\\n- two\\n- [3]\\n- {four: 4}")', { value: [1, 'two', [3], { four: 4 }] }],
  ['yamldecode("1")', { value: 1 }],
  ['yamldecode("\\"yes\\"")', { value: 'yes' }],
  ['yamldecode("a: 1_0.5\\nb: 1__0\\nc: _1")', { value: { a: 10.5, b: 10, c: '_1' } }],
  ['yamldecode("a: 0.1")', { value: { a: 0.1 } }],
  ['yamldecode("a: -0x10\\nb: +0b11\\nc: 0B11")', { value: { a: '-0x10', b: '+0b11', c: '0B11' } }],
  ['yamldecode("__proto__: 1\\nconstructor: 2")', { value: JSON.parse('{"__proto__": 1, "constructor": 2}') as unknown }],
  ['yamldecode("a: !!str\\nb: !!int")', { value: { a: '', b: null } }],
  ['yamldecode("- &a 1\\n- *a\\n- &a 2\\n- *a")', { value: [1, 1, 2, 2] }],
  ['yamlencode(1)', { value: '1\n...\n' }],
  ['yamlencode("a")', { value: '"a"\n' }],
  ['yamlencode("a\\nb")', { value: '|-\n  a\n  b\n' }],
  ['yamlencode("a\\n")', { value: '|\n  a\n' }],
  ['yamlencode("a\\n\\n")', { value: '|+\n  a\n\n' }],
  ['yamlencode("\\n")', { value: '|2+\n\n' }],
  ['yamlencode(" a\\nb")', { value: '|2-\n   a\n  b\n' }],
  ['yamlencode("a \\nb")', { value: '"a \\nb"\n' }],
  ['yamlencode("tab\\there")', { value: '"tab\\there"\n' }],
  ['yamlencode(null)', { value: 'null\n...\n' }],
  ['yamlencode(true)', { value: 'true\n...\n' }],
  ['yamlencode([])', { value: '[]\n' }],
  ['yamlencode({})', { value: '{}\n' }],
  ['yamlencode({a = [], b = {}})', { value: '"a": []\n"b": {}\n' }],
  ['yamlencode([[1, 2], [3]])', { value: '- - 1\n  - 2\n- - 3\n' }],
  ['yamlencode([{a = 1, b = 2}, {c = "x"}])', { value: '- "a": 1\n  "b": 2\n- "c": "x"\n' }],
  ['yamlencode({z = 1, a = {b = [1, {c = "d"}]}})', { value: '"a":\n  "b":\n  - 1\n  - "c": "d"\n"z": 1\n' }],
  ['yamlencode({"a\\nb" = 1})', { value: '? |-\n  a\n  b\n: 1\n' }],
  ['yamlencode("café ünïcödé")', { value: '"café ünïcödé"\n' }],
  ['yamlencode("emoji 😀")', { value: '"emoji \\U0001F600"\n' }],
  ['yamlencode("\\u00e9\\u0085x")', { value: '"é\\Nx"\n' }],
  ['yamlencode("quote \\" and back \\\\ slash")', { value: '"quote \\" and back \\\\ slash"\n' }],
  [
    'yamlencode("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss")',
    { value: '"aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq\n  rrrr ssss"\n' },
  ],
  [
    'yamlencode({k = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss"})',
    { value: '"k": "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp\n  qqqq rrrr ssss"\n' },
  ],
  [
    'yamlencode("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp  qqqq rrrr ssss  tttt")',
    { value: '"aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp  qqqq\n  rrrr ssss  tttt"\n' },
  ],
  [
    'yamlencode({"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" = 1})',
    { value: '? "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"\n: 1\n' },
  ],
  ['yamlencode(1.5)', { value: '1.5\n...\n' }],
  ['yamlencode(-0.25)', { value: '-0.25\n...\n' }],
  ['yamlencode(1e20)', { value: '100000000000000000000\n...\n' }],
  ['yamlencode([null, true, "x", 2])', { value: '- null\n- true\n- "x"\n- 2\n' }],
  ['yamlencode({a = "line1\\nline2", b = ["x\\ny"]})', { value: '"a": |-\n  line1\n  line2\n"b":\n- |-\n  x\n  y\n' }],
  ['yamlencode("\\ufeffbom")', { value: '"\\uFEFF\\x62\\x6F\\x6D"\n' }],
  ['yamlencode("")', { value: '""\n' }],
  ['yamlencode({"" = ""})', { value: '"": ""\n' }],
  ['yamlencode(["- a", "---", "# c", "a: b"])', { value: '- "- a"\n- "---"\n- "# c"\n- "a: b"\n' }],
  ['yamlencode({a = null})', { value: '"a": null\n' }],
  // Realistic documents, and the syntax errors libyaml's scanner reports, in its words and positions.
  [
    'yamldecode("a:\\n  b: 1\\n  c: d: e\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 3, column 1: mapping values are not allowed in this context.' },
  ],
  [
    'yamldecode("a: 1\\n\\tb: 2\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 2, column 1: found a tab character that violates indentation.' },
  ],
  ['yamldecode("\\tb: 2\\n")', { error: 'Error in function call: Call to function "yamldecode" failed: found character that cannot start any token.' }],
  ['yamldecode("a: \\"x")', { error: 'Error in function call: Call to function "yamldecode" failed: found unexpected end of stream.' }],
  [
    'yamldecode("a: 1\\nb: \\"x")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 2, column 1: found unexpected end of stream.' },
  ],
  [
    'yamldecode("a: 1\\nb: -\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 2, column 1: block sequence entries are not allowed in this context.' },
  ],
  [
    'yamldecode("key: value with: colon\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: mapping values are not allowed in this context.' },
  ],
  ['yamldecode("a: -\\n")', { error: 'Error in function call: Call to function "yamldecode" failed: block sequence entries are not allowed in this context.' }],
  ['yamldecode("a: \'x\\n")', { error: 'Error in function call: Call to function "yamldecode" failed: on line 2, column 1: found unexpected end of stream.' }],
  [
    'yamldecode("a: \'x\\ny\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 3, column 1: found unexpected end of stream.' },
  ],
  ['yamldecode("list:\\n  - a\\n  - b:\\n      c: 1\\n  -\\n    - x\\n")', { value: { list: ['a', { b: { c: 1 } }, ['x']] } }],
  ['yamldecode("text: |2\\n   indented\\n  more\\n")', { value: { text: ' indented\nmore\n' } }],
  ['yamldecode("keep: |+\\n  a\\n\\nnext: 1\\n")', { value: { keep: 'a\n\n', next: 1 } }],
  ['yamldecode("folded: >-\\n  a\\n  b\\n\\n  c\\n")', { value: { folded: 'a b\nc' } }],
  ['yamldecode("plain: a\\n  b\\n  c\\n")', { value: { plain: 'a b c' } }],
  ['yamldecode("\'quoted key\': 1\\n\\"dq\\": 2\\n")', { value: { dq: 2, 'quoted key': 1 } }],
  ['yamldecode("s: \'it\'\'s\'\\nd: \\"tab\\\\tx\\\\u00e9\\"\\n")', { value: { d: 'tab\txé', s: "it's" } }],
  ['yamldecode("# c\\n---\\na: 1 # trailing\\n...\\n")', { value: { a: 1 } }],
  ['yamldecode("flow: {a: 1, b: [x, y], c: {d: null}}\\n")', { value: { flow: { a: 1, b: ['x', true], c: { d: null } } } }],
  ['yamldecode("? complex key\\n: value\\n")', { value: { 'complex key': 'value' } }],
  ['yamldecode("a: &anc\\n  x: 1\\nb: *anc\\nc: [*anc, *anc]\\n")', { value: { a: { x: 1 }, b: { x: 1 }, c: [{ x: 1 }, { x: 1 }] } }],
  ['yamldecode("empty_list: []\\nempty_map: {}\\nempty_str: \'\'\\n")', { value: { empty_list: [], empty_map: {}, empty_str: '' } }],
  [
    'yamldecode("date: 2024-01-15\\nts: 2024-01-15T10:00:00Z\\nbad: 2024-13-01\\n")',
    { value: { bad: '2024-13-01', date: '2024-01-15T00:00:00Z', ts: '2024-01-15T10:00:00Z' } },
  ],
  ["yamldecode(\"v: 1.2.3\\nver: 10.0\\nport: '8080'\\nbool_str: 'yes'\\n\")", { value: { bool_str: 'yes', port: '8080', v: '1.2.3', ver: 10 } }],
  ['yamldecode("k: ~\\nk2: null\\n")', { value: { k: null, k2: null } }],
  ['yamldecode("multi: \\"line1\\n  line2\\"\\n")', { value: { multi: 'line1 line2' } }],
  [
    'yamldecode("a:\\n  - 1\\n  - 2\\nb: !!set {x, y}\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 3, column 4: can\'t interpret mapping as tag:yaml.org,2002:set.' },
  ],
  ['yamldecode("- - - deep\\n")', { value: [[['deep']]] }],
  [
    'yamldecode("key: value with: colon\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: mapping values are not allowed in this context.' },
  ],
  ['yamldecode("url: http://example.com:8080/x\\n")', { value: { url: 'http://example.com:8080/x' } }],
  ['yamldecode("a: -\\n")', { error: 'Error in function call: Call to function "yamldecode" failed: block sequence entries are not allowed in this context.' }],
  [
    'yamldecode("---\\n- a\\n--- \\n- b\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 2, column 1: unexpected extra content after value.' },
  ],
  ['yamldecode("<<: {a: 1}\\nb: 2\\n")', { value: { a: 1, b: 2 } }],
  ['yamldecode("list:\\n- a\\n- b\\n")', { value: { list: ['a', 'b'] } }],
  ['yamldecode("a: \'multi\\n  line\'\\n")', { value: { a: 'multi line' } }],
  ['yamldecode("anchors:\\n  - &a 1\\n  - &b {k: *a}\\n  - *b\\n")', { value: { anchors: [1, { k: 1 }, { k: 1 }] } }],
  ['yamldecode("a: !!str 2024-01-01\\nb: !!float \'1\'\\n")', { value: { a: '2024-01-01', b: '1' } }],
  ['yamldecode("\\"a\\\\nb\\": 1\\n")', { value: { 'a\nb': 1 } }],
  ['yamldecode("a: \\"\\\\x41\\\\u0042\\\\U00000043\\"\\n")', { value: { a: 'ABC' } }],
  [
    'yamldecode("a: b\\n...\\n---\\nc: d\\n")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 2, column 1: unexpected extra content after value.' },
  ],
];

test.each(cases)('%s', (src, expected) => {
  const parsed = parseExpressionText(src, 'x.hcl');
  expect(parsed.diagnostics).toEqual([]);
  const r = evaluate(parsed.expr, { variables: {}, functions });
  const errors = r.diagnostics.map((d) => `${d.summary}: ${d.detail}`);
  if ('error' in expected) expect(errors).toEqual([expected.error]);
  else if ('unknown' in expected) expect([errors, isKnown(r.value)]).toEqual([[], false]);
  else expect([errors, toJS(r.value)]).toEqual([[], expected.value]);
});

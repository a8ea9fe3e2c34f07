// Packer's functions, checked against the examples in Packer's (and Terraform's, which share them) documentation.
import { join } from 'node:path';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { dateTimeFunctions } from '../src/hcl/functions/datetime.js';
import { loadYaml, standardFunctions } from '../src/hcl/functions/index.js';
import { bcryptHash } from '../src/hcl/functions/bcrypt.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { isSensitive, toJS, V, type Value } from '../src/hcl/value/value.js';

beforeAll(loadYaml); // yamldecode's parser loads on demand (see prepareTemplate)

const baseDir = join(process.cwd(), '__fixtures__', 'hcl', 'files');
const functions = {
  ...standardFunctions({ baseDir }),
  ...dateTimeFunctions(() => ({ ms: Date.UTC(2024, 0, 2, 3, 4, 5), offset: 0, nanos: 0 })),
};

function call(src: string): { value: Value; errors: string[] } {
  const parsed = parseExpressionText(src, 'f.hcl');
  expect(parsed.diagnostics).toEqual([]);
  const r = evaluate(parsed.expr, { variables: {}, functions });
  return { value: r.value, errors: r.diagnostics.map((d) => `${d.summary}: ${d.detail}`) };
}

const cases: [string, unknown][] = [
  // numeric
  ['abs(-12.4)', 12.4],
  ['ceil(5.1)', 6],
  ['floor(4.9)', 4],
  ['log(16, 2)', 4],
  ['max(12, 54, 3)', 54],
  ['max([12, 54, 3]...)', 54],
  ['min(12, 54, 3)', 3],
  ['parseint("100", 10)', 100],
  ['parseint("FF", 16)', 255],
  ['parseint("-10", 16)', -16],
  ['parseint("1011111011101111", 2)', 48879],
  ['parseint("aA", 62)', 656],
  ['pow(3, 2)', 9],
  ['pow(4, 0)', 1],
  ['signum(-13)', -1],
  ['signum(0)', 0],
  ['signum(344)', 1],
  // string
  ['chomp("hello\\n")', 'hello'],
  ['chomp("hello\\r\\n")', 'hello'],
  ['chomp("hello\\n\\n")', 'hello'],
  ['format("Hello, %s!", "Ander")', 'Hello, Ander!'],
  ['format("There are %d lights", 4)', 'There are 4 lights'],
  ['format("%.3f", 3.14159)', '3.142'],
  ['format("%5d|%-5d|%05d|%+d", 42, 42, 42, 42)', '   42|42   |00042|+42'],
  ['format("%x %X %o %b %e %g", 255, 255, 8, 5, 1234.5678, 0.00001)', 'ff FF 10 101 1.234568e+03 1e-05'],
  ['format("%v|%#v|%q|%t|%%", "a", {b = 1}, "c", true)', 'a|{"b":1}|"c"|true|%'],
  ['format("%[2]s %[1]s", "world", "hello")', 'hello world'],
  ['formatlist("Hello, %s!", ["Valentina", "Ander", "Olivia", "Sam"])', ['Hello, Valentina!', 'Hello, Ander!', 'Hello, Olivia!', 'Hello, Sam!']],
  ['formatlist("%s, %s%s", "Salutations", ["Valentina", "Ander"], "!")', ['Salutations, Valentina!', 'Salutations, Ander!']],
  ['"  items: ${indent(2, "[\\n  foo,\\n  bar,\\n]\\n")}"', '  items: [\n    foo,\n    bar,\n  ]\n  '],
  ['join(", ", ["foo", "bar", "baz"])', 'foo, bar, baz'],
  ['join(", ", ["foo"])', 'foo'],
  ['lower("HELLO")', 'hello'],
  ['lower("АЛЛО!")', 'алло!'],
  ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', 'aaabbbccc'],
  ['regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")', ['2019', '02', '01']],
  ['regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")', { scheme: 'https', authority: 'terraform.io' }],
  ['regexall("[a-z]+", "1234abcd5678efgh9")', ['abcd', 'efgh']],
  ['length(regexall("[a-z]+", "1234abcd5678efgh9"))', 2],
  ['length(regexall("[a-z]+", "123456789")) > 0', false],
  ['replace("1 + 2 + 3", "+", "-")', '1 - 2 - 3'],
  ['regex_replace("hello world", "w.*d", "everybody")', 'hello everybody'],
  ['regex_replace("abc-def", "(\\\\w+)-(\\\\w+)", "$2-$${1}")', 'def-abc'],
  // Packer's replace is a plain substring replace: Terraform's /regex/ form is text like any other.
  ['replace("hello world", "/w.*d/", "everybody")', 'hello world'],
  ['split(",", "foo")', ['foo']],
  ['split(",", "foo,bar,baz")', ['foo', 'bar', 'baz']],
  ['split(",", "")', ['']],
  ['strrev("hello")', 'olleh'],
  ['strrev("a ☃")', '☃ a'],
  ['substr("hello world", 1, 4)', 'ello'],
  ['substr("🤔🤷", 0, 1)', '🤔'],
  ['substr("hello world", -5, -1)', 'world'],
  ['substr("hello world", 6, 10)', 'world'],
  ['title("hello world")', 'Hello World'],
  ['trim("?!hello?!", "!?")', 'hello'],
  ['trim("foobar", "far")', 'oob'],
  ['trimprefix("helloworld", "hello")', 'world'],
  ['trimprefix("helloworld", "cat")', 'helloworld'],
  ['trimsuffix("helloworld", "world")', 'hello'],
  ['trimspace("  hello\\n\\n")', 'hello'],
  ['upper("hello")', 'HELLO'],
  ['upper("алло!")', 'АЛЛО!'],
  ['startswith("hello world", "hello")', true],
  ['startswith("hello world", "world")', false],
  ['endswith("hello world", "world")', true],
  ['strcontains("hello world", "wor")', true],
  ['strcontains("hello world", "wod")', false],
  // collection
  ['chunklist(["a", "b", "c", "d", "e"], 2)', [['a', 'b'], ['c', 'd'], ['e']]],
  ['chunklist(["a", "b", "c", "d", "e"], 1)', [['a'], ['b'], ['c'], ['d'], ['e']]],
  ['coalesce("a", "b")', 'a'],
  ['coalesce("", "b")', 'b'],
  ['coalesce(1, 2)', 1],
  ['coalescelist(["a", "b"], ["c", "d"])', ['a', 'b']],
  ['coalescelist([], ["c", "d"])', ['c', 'd']],
  ['compact(["a", "", "b", "c"])', ['a', 'b', 'c']],
  ['concat(["a", ""], ["b", "c"])', ['a', '', 'b', 'c']],
  ['contains(["a", "b", "c"], "a")', true],
  ['contains(["a", "b", "c"], "d")', false],
  ['distinct(["a", "b", "a", "c", "d", "b"])', ['a', 'b', 'c', 'd']],
  ['element(["a", "b", "c"], 1)', 'b'],
  ['element(["a", "b", "c"], 3)', 'a'],
  ['flatten([["a", "b"], [], ["c"]])', ['a', 'b', 'c']],
  ['flatten([[["a", "b"], []], ["c"]])', ['a', 'b', 'c']],
  ['index(["a", "b", "c"], "b")', 1],
  ['keys({a=1, c=2, d=3})', ['a', 'c', 'd']],
  ['length([])', 0],
  ['length(["a", "b"])', 2],
  ['length({"a" = "b"})', 1],
  ['length("hello")', 5],
  ['length("👾🕹️")', 2],
  ['lookup({a="ay", b="bee"}, "a", "what?")', 'ay'],
  ['lookup({a="ay", b="bee"}, "c", "what?")', 'what?'],
  ['merge({a="b", c="d"}, {e="f", c="z"})', { a: 'b', c: 'z', e: 'f' }],
  ['merge({a="b"}, {a=[1,2], c="z"}, {d=3})', { a: [1, 2], c: 'z', d: 3 }],
  ['range(3)', [0, 1, 2]],
  ['range(1, 4)', [1, 2, 3]],
  ['range(1, 8, 2)', [1, 3, 5, 7]],
  ['range(1, 4, 0.5)', [1, 1.5, 2, 2.5, 3, 3.5]],
  ['range(4, 1)', [4, 3, 2]],
  ['range(10, 5, -2)', [10, 8, 6]],
  ['reverse([1, 2, 3])', [3, 2, 1]],
  ['setintersection(["a", "b"], ["b", "c"], ["b", "d"])', ['b']],
  [
    'setproduct(["development", "staging", "production"], ["app1", "app2"])',
    [
      ['development', 'app1'],
      ['development', 'app2'],
      ['staging', 'app1'],
      ['staging', 'app2'],
      ['production', 'app1'],
      ['production', 'app2'],
    ],
  ],
  ['setunion(["a", "b"], ["b", "c"], ["d"])', ['a', 'b', 'c', 'd']],
  ['slice(["a", "b", "c", "d"], 1, 3)', ['b', 'c']],
  ['sort(["e", "d", "a", "x"])', ['a', 'd', 'e', 'x']],
  ['sum([10, 13, 6, 4.5])', 33.5],
  ['values({a=3, c=2, d=1})', [3, 2, 1]],
  ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
  // encoding
  ['base64decode("SGVsbG8gV29ybGQ=")', 'Hello World'],
  ['base64encode("Hello World")', 'SGVsbG8gV29ybGQ='],
  [
    'csvdecode("a,b,c\\n1,2,3\\n4,5,6")',
    [
      { a: '1', b: '2', c: '3' },
      { a: '4', b: '5', c: '6' },
    ],
  ],
  ['csvdecode("a,b\\n\\"x, y\\",\\"say \\"\\"hi\\"\\"\\"\\n")', [{ a: 'x, y', b: 'say "hi"' }]],
  ['jsondecode("{\\"hello\\": \\"world\\"}")', { hello: 'world' }],
  ['jsondecode("true")', true],
  ['jsonencode({"hello"="world"})', '{"hello":"world"}'],
  ['jsonencode({b = [1, true, null], a = "<&>"})', '{"a":"\\u003c\\u0026\\u003e","b":[1,true,null]}'],
  ['urlencode("Hello World!")', 'Hello+World%21'],
  ['urlencode("☃")', '%E2%98%83'],
  ['urlencode("foo:bar@localhost?foo=bar&bar=baz")', 'foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz'],
  ['yamldecode("hello: world")', { hello: 'world' }],
  ['yamldecode("true")', true],
  ['yamldecode("{a: &foo [1, 2, 3], b: *foo}")', { a: [1, 2, 3], b: [1, 2, 3] }],
  ['yamlencode({"a":"b", "c":"d"})', '"a": "b"\n"c": "d"\n'],
  ['yamlencode({"foo":[1, 2, 3], "bar": "baz"})', '"bar": "baz"\n"foo":\n- 1\n- 2\n- 3\n'],
  ['yamlencode({"foo":[1, {"a":"b","c":"d"}, 3], "bar": "baz"})', '"bar": "baz"\n"foo":\n- 1\n- "a": "b"\n  "c": "d"\n- 3\n'],
  ['textencodebase64("Hello World", "UTF-16LE")', 'SABlAGwAbABvACAAVwBvAHIAbABkAA=='],
  ['textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")', 'Hello World'],
  // filesystem
  ['basename("foo/bar/baz.txt")', 'baz.txt'],
  ['dirname("foo/bar/baz.txt")', 'foo/bar'],
  ['dirname("baz.txt")', '.'],
  ['file("a.txt")', 'plain text\n'],
  ['fileexists("a.txt")', true],
  ['fileexists("missing.txt")', false],
  ['fileset(".", "*.txt")', ['a.txt']],
  ['fileset(".", "**/*.txt")', ['a.txt', 'sub/b.txt']],
  ['fileset(".", "{sub/*,*.md}")', ['c.md', 'sub/b.txt']],
  ['templatefile("greeting.tpl", { name = "world", items = ["a", "b"] })', 'hello world\n- a\n- b\n'],
  ['abspath("sub") == "${abspath(".")}/sub"', true],
  // date and time, with the clock fixed at 2024-01-02T03:04:05Z
  ['timestamp()', '2024-01-02T03:04:05Z'],
  ['formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")', '02 Jan 2018 23:12 UTC'],
  ['formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")', 'Tuesday, 02-Jan-18 23:12:01 UTC'],
  ['formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00")', 'Tue, 02 Jan 2018 23:12:01 -0800'],
  ['formatdate("MMM DD, YYYY", "2018-01-02T23:12:01Z")', 'Jan 02, 2018'],
  ['formatdate("HH:mmaa", "2018-01-02T23:12:01Z")', '11:12pm'],
  ['formatdate("h\'h\'mm", "2018-01-02T23:12:01-08:00")', '23h12'],
  ['timeadd("2017-11-22T00:00:00Z", "10m")', '2017-11-22T00:10:00Z'],
  ['timeadd("2017-11-22T00:00:00+01:00", "-1h30m")', '2017-11-21T22:30:00+01:00'],
  ['legacy_isotime()', '2024-01-02T03:04:05Z'],
  ['legacy_isotime("2006-01-02")', '2024-01-02'],
  ['legacy_isotime("Mon Jan _2 15:04:05 MST 2006")', 'Tue Jan  2 03:04:05 UTC 2024'],
  ['legacy_strftime("%Y-%m-%d %H:%M:%S")', '2024-01-02 03:04:05'],
  // hash and crypto
  ['md5("hello world")', '5eb63bbbe01eeed093cb22bb8f5acdc3'],
  ['sha1("hello world")', '2aae6c35c94fcfb415dbe95f408b9ce91ee846ed'],
  ['sha256("hello world")', 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'],
  ['sha512("hello world")', '309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f'],
  ['uuidv5("dns", "www.terraform.io")', 'a5008fae-b28c-5ba5-96cd-82b4c53552d6'],
  ['uuidv5("url", "https://www.terraform.io/")', '9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5'],
  ['uuidv5("oid", "1.3.6.1.4")', 'af9d40a5-7a36-5c07-b23a-851cd99fbfa5'],
  ['uuidv5("x500", "CN=Example,C=GB")', '84e09961-4aa4-57f8-95b7-03edb1073253'],
  ['uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.terraform.io")', 'a5008fae-b28c-5ba5-96cd-82b4c53552d6'],
  ['length(regexall("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", uuidv4()))', 1],
  ['length(bcrypt("hello world", 4))', 60],
  ['substr(bcrypt("hello world"), 0, 7)', '$2a$10$'],
  // ipnet
  ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
  ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
  ['cidrhost("10.12.112.0/20", -1)', '10.12.127.255'],
  ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
  ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
  ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
  ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
  ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
  ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
  [
    'cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)',
    ['fd00:fd12:3456:7800::/72', 'fd00:fd12:3456:7800:100::/72', 'fd00:fd12:3456:7800:200::/72', 'fd00:fd12:3456:7800:300::/88'],
  ],
  // conversion
  ['can(nope.x)', false],
  ['can(1 + 1)', true],
  ['try(nope.x, "fallback")', 'fallback'],
  ['try({a = 1}.a, "fallback")', 1],
  ['convert({a = 1}, map(string))', { a: '1' }],
  ['convert([{a = 1, b = 3}], list(object({a = string, b = optional(number)})))', [{ a: '1', b: 3 }]],
];

describe('standard functions', () => {
  it.each(cases)('%s', (src, expected) => {
    const r = call(src);
    expect(r.errors).toEqual([]);
    expect(toJS(r.value)).toEqual(expected);
  });

  it.each([
    ['file("missing.txt")', 'Error in function call: Call to function "file" failed: no file exists at missing.txt.'],
    ['regex("x", "abc")', 'Error in function call: Call to function "regex" failed: pattern did not match any part of the given string.'],
    ['index(["a"], "b")', 'Error in function call: Call to function "index" failed: item not found.'],
    ['lookup({a = 1}, "b")', 'Not enough function arguments: Function "lookup" expects 3 argument(s). Missing value for "default".'],
    ['format("%d", "x")', 'Error in function call: Call to function "format" failed: unsupported value for "%d" at 0: a number is required.'],
    ['format("%s %s", "x")', 'Error in function call: Call to function "format" failed: not enough arguments for "%s" at 3: need index 2 but have 1 total.'],
    ['cidrhost("10.0.0.0/30", 4)', 'Error in function call: Call to function "cidrhost" failed: prefix of 30 does not accommodate a host numbered 4.'],
    [
      'cidrsubnet("10.0.0.0/30", 4, 0)',
      'Error in function call: Call to function "cidrsubnet" failed: insufficient address space to extend prefix of 30 by 4.',
    ],
    ['base64decode("%%%")', 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'%%%\'.'],
    [
      'yamldecode("{a: &foo [1, *foo, 3]}")',
      'Error in function call: Call to function "yamldecode" failed: cannot refer to anchor "foo" from inside its own definition.',
    ],
    [
      'templatefile("greeting.tpl", {})',
      'Invalid function argument: Invalid value for "vars" parameter: vars map does not contain key "name", referenced at greeting.tpl:1,9-13.',
    ],
    ['timeadd("2017-11-22T00:00:00Z", "ten")', 'Error in function call: Call to function "timeadd" failed: time: invalid duration "ten".'],
    [
      'formatdate("YYYY", "yesterday")',
      'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "yesterday" as year.',
    ],
    ['element([], 0)', 'Error in function call: Call to function "element" failed: cannot use element function with an empty list.'],
    [
      'try(nope.x, nope.y)',
      'Error in function call: Call to function "try" failed: no expression succeeded:\n- Unknown variable (at f.hcl:1,5-9)\n  There is no variable named "nope".\n- Unknown variable (at f.hcl:1,13-17)\n  There is no variable named "nope".\n\nAt least one expression must produce a successful result.',
    ],
  ])('%s fails', (src, message) => {
    expect(call(src).errors).toEqual([message]);
  });

  it('reports JSON syntax errors as the call failing, in the words of Go', () => {
    expect(call('jsondecode("{")').errors).toEqual(['Error in function call: Call to function "jsondecode" failed: EOF.']);
  });

  it('marks results of sensitive arguments', () => {
    const parsed = parseExpressionText('upper(secret)', 'f.hcl');
    const r = evaluate(parsed.expr, { variables: { secret: { ...V.string('x'), sensitive: true } }, functions });
    expect(r.diagnostics).toEqual([]);
    expect(isSensitive(r.value)).toBe(true);
  });

  it('implements bcrypt exactly (OpenBSD test vectors)', () => {
    expect(bcryptHash('', 6, 'DCq7YPn5Rq63x1Lad4cll.')).toBe('$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.');
    expect(bcryptHash('abc', 6, 'If6bvum7DFjUnE9p2uDeDu')).toBe('$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i');
  });
});

describe('values at the edges', () => {
  // Expected values from Packer's evaluator. go-cty's HH/H are the 12-hour clock, hh/h the 24-hour one: midnight
  // and noon are where a 12-hour clock goes wrong (0 instead of 12, am/pm swapped).
  it.each([
    ['00:05', '12 12 00 0 am AM'],
    ['01:05', '01 1 01 1 am AM'],
    ['11:59', '11 11 11 11 am AM'],
    ['12:05', '12 12 12 12 pm PM'],
    ['13:05', '01 1 13 13 pm PM'],
    ['23:05', '11 11 23 23 pm PM'],
  ])('formatdate hours at %s', (time, expected) => {
    const r = call(`formatdate("HH H hh h aa AA", "2018-01-02T${time}:01Z")`);
    expect(r.errors).toEqual([]);
    expect(toJS(r.value)).toBe(expected);
  });

  // A subnet number or prefix extension that does not fit is an error, never a network.
  it.each([
    ['cidrsubnet("10.0.0.0/8", 8, 256)', 'prefix extension of 8 does not accommodate a subnet numbered 256.'],
    ['cidrsubnet("10.0.0.0/8", 0, 1)', 'prefix extension of 0 does not accommodate a subnet numbered 1.'],
    ['cidrsubnet("10.0.0.0/30", 3, 0)', 'insufficient address space to extend prefix of 30 by 3.'],
    ['cidrsubnet("fd00::/120", 9, 0)', 'insufficient address space to extend prefix of 120 by 9.'],
    ['cidrsubnet("fd00::/120", 8, 256)', 'prefix extension of 8 does not accommodate a subnet numbered 256.'],
  ])('%s is an error', (src, message) => {
    const r = call(src);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(message);
  });

  it.each([
    ['cidrsubnet("10.0.0.0/8", 8, 255)', '10.255.0.0/16'],
    ['cidrsubnet("10.0.0.0/30", 2, 3)', '10.0.0.3/32'],
    ['cidrsubnet("10.0.0.0/8", 0, 0)', '10.0.0.0/8'],
    ['cidrsubnet("fd00::/120", 8, 255)', 'fd00::ff/128'],
  ])('%s is the last network that fits', (src, expected) => {
    const r = call(src);
    expect(r.errors).toEqual([]);
    expect(toJS(r.value)).toBe(expected);
  });
});

// String functions as Packer computes them (cty's format verbs, Go's Unicode case rules, grapheme clusters, NFC
// string values, Go's base64): each expected value or message below is what Packer's own evaluator gives.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { FILE_LIMIT } from '../src/hcl/functions/read-file.js';
import { graphemes } from '../src/hcl/graphemes.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { toJS } from '../src/hcl/value/value.js';

type Expected = { value: unknown } | { error: string } | { unknown: true };

function run(src: string, baseDir = process.cwd()): Expected {
  const parsed = parseExpressionText(src, 'f.hcl');
  expect(parsed.diagnostics).toEqual([]);
  const r = evaluate(parsed.expr, { variables: {}, functions: standardFunctions({ baseDir }) });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { error: errors.map((d) => `${d.summary}: ${d.detail}`).join(' | ') };
  if (r.value.kind === 'unknown') return { unknown: true };
  return { value: toJS(r.value) };
}

const cases: [string, Expected][] = [
  ['format("%.0f", 2.5)', { value: '2' }],
  ['format("%.0f", 3.5)', { value: '4' }],
  ['format("%.0f", 0.5)', { value: '0' }],
  ['format("%.1f", 0.25)', { value: '0.2' }],
  ['format("%.2f", 1.005)', { value: '1.00' }],
  ['format("%v", 1000000)', { value: '1e+06' }],
  ['format("%v", 123456)', { value: '123456' }],
  ['format("%v", 0.0001)', { value: '0.0001' }],
  ['format("%v", 0.00001)', { value: '1e-05' }],
  ['format("%v", -0)', { value: '-0' }],
  ['format("%f", -0)', { value: '-0.000000' }],
  ['format("%#v", "a<b")', { value: '"a\\u003cb"' }],
  ['format("%#v", {b = 1, a = [true, null]})', { value: '{"a":[true,null],"b":1}' }],
  ['format("%#v", 1e21)', { value: '1000000000000000000000' }],
  ['format("%v", [1, "a"])', { value: '[1,"a"]' }],
  ['format("%t", "true")', { value: 'true' }],
  ['format("%t", 1)', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%t" at 0: bool required.' }],
  ['format("%5t", true)', { value: 'true' }],
  ['format("%x", "ab")', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%x" at 0: a number is required.' }],
  ['format("%x", 255)', { value: 'ff' }],
  ['format("%X", -255)', { value: '-FF' }],
  ['format("%x", "12")', { value: 'c' }],
  ['format("%.2s", "e\\u0301xy")', { value: 'éx' }],
  ['format("%.0s", "hello")', { value: 'hello' }],
  ['format("%5s|%-5s|%05s", "é", "ab", "x")', { value: '    é|ab   |0000x' }],
  ['format("%q", "a\\"b<")', { value: '"a\\"b\\u003c"' }],
  ['format("%10q", "a")', { value: '       "a"' }],
  ['format("%v", null)', { unknown: true }],
  ['format("%s", null)', { unknown: true }],
  ['format("%d", null)', { unknown: true }],
  ['format("%5.1f|%-5d|%05d", 3.14159, 42, -42)', { value: '  3.1|42   |-0042' }],
  ['format("%+d % d %+.2e", 5, 5, 12345.678)', { value: '+5  5 +1.23e+04' }],
  ['format("%e", 123456.789)', { value: '1.234568e+05' }],
  ['format("%E", 0)', { value: '0.000000E+00' }],
  ['format("%g", 0.00001234)', { value: '1.234e-05' }],
  ['format("%g", 100000)', { value: '100000' }],
  ['format("%g", 1000000)', { value: '1e+06' }],
  ['format("%G", 1e-7)', { value: '1E-07' }],
  ['format("%.3g", 1234567)', { value: '1.23e+06' }],
  ['format("%.0g", 15)', { value: '2e+01' }],
  ['format("%#g", 1.5)', { value: '1.5' }],
  ['format("%[2]s %[1]s", "a", "b")', { value: 'b a' }],
  ['format("%[2]s", "a", "b")', { value: 'b' }],
  ['format("%[1]s", "a", "b")', { error: 'Invalid function argument: Invalid value for "args" parameter: too many arguments; only 1 used by format string.' }],
  ['format("%s", "a", "b")', { error: 'Invalid function argument: Invalid value for "args" parameter: too many arguments; only 1 used by format string.' }],
  ['format("abc", "a")', { error: 'Invalid function argument: Invalid value for "args" parameter: too many arguments; no verbs in format string.' }],
  ['format("%y", 1)', { error: 'Error in function call: Call to function "format" failed: unsupported format verb \'y\' in "%y" at offset 0.' }],
  ['format("%F", 1.5)', { error: 'Error in function call: Call to function "format" failed: unsupported format verb \'F\' in "%F" at offset 0.' }],
  ['format("abc%")', { error: 'Error in function call: Call to function "format" failed: invalid format string starting at offset 4.' }],
  ['format("é%")', { error: 'Error in function call: Call to function "format" failed: invalid format string starting at offset 3.' }],
  ['format("%!")', { error: 'Error in function call: Call to function "format" failed: unrecognized format character \'!\' at offset 1.' }],
  ['format("%é")', { error: 'Error in function call: Call to function "format" failed: unrecognized format character \'é\' at offset 1.' }],
  ['format("%[0]s", 1)', { error: 'Error in function call: Call to function "format" failed: unrecognized format character \'0\' at offset 2.' }],
  ['format("%[1s", 1)', { error: 'Error in function call: Call to function "format" failed: unrecognized format character \'s\' at offset 3.' }],
  [
    'format("%[3]s", 1)',
    { error: 'Error in function call: Call to function "format" failed: not enough arguments for "%[3]s" at 0: need index 3 but have 1 total.' },
  ],
  ['format("%d", 1.5)', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%d" at 0: an integer is required.' }],
  ['format("%d", "x")', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%d" at 0: a number is required.' }],
  ['format("%d", true)', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%d" at 0: number required.' }],
  ['format("%s", [1])', { error: 'Error in function call: Call to function "format" failed: unsupported value for "%s" at 0: string required.' }],
  ['format("%#x %#o %#b", 255, 8, 5)', { value: '0xff 010 0b101' }],
  ['format("%.0d", 0)', { value: '' }],
  ['format("%8.3d|%-8x|%08b", 7, 255, 5)', { value: '     007|ff      |00000101' }],
  ['format("%%d %d", 1)', { value: '%d 1' }],
  ['format("%-08.3f", 3.14159)', { value: '3.142   ' }],
  ['format("%08.3f", -3.14159)', { value: '-003.142' }],
  ['format("%+08d", 3)', { value: '+0000003' }],
  ['format("%010v", "abc")', { value: '0000000abc' }],
  ['format("%-10v|", 42)', { value: '42        |' }],
  ['format("%v", true)', { value: 'true' }],
  ['format("%s", true)', { value: 'true' }],
  ['format("%s", 1.5)', { value: '1.5' }],
  ['format("%d", 9007199254740992)', { value: '9007199254740992' }],
  ['format("%b", 10)', { value: '1010' }],
  ['format("%o", -8)', { value: '-10' }],
  ['format("%c", 65)', { error: 'Error in function call: Call to function "format" failed: unsupported format verb \'c\' in "%c" at offset 0.' }],
  [
    'format("%v %v", "a")',
    { error: 'Error in function call: Call to function "format" failed: not enough arguments for "%v" at 3: need index 2 but have 1 total.' },
  ],
  ['formatlist("%s-%s", ["a","b"], "x")', { value: ['a-x', 'b-x'] }],
  [
    'formatlist("%s", ["a"], ["b","c"])',
    { error: 'Invalid function argument: Invalid value for "args" parameter: argument 2 has length 2, which is inconsistent with argument 1 of length 1.' },
  ],
  [
    'formatlist("x", ["a"])',
    { error: 'Error in function call: Call to function "formatlist" failed: error on format iteration 0: too many arguments; no verbs in format string.' },
  ],
  ['formatlist("x")', { value: ['x'] }],
  ['formatlist("%s", [])', { value: [] }],
  ['formatlist("%s", null)', { unknown: true }],
  [
    'formatlist("%d", ["a"])',
    {
      error:
        'Error in function call: Call to function "formatlist" failed: error on format iteration 0: unsupported value for "%d" at 0: a number is required.',
    },
  ],
  [
    'formatlist("%s=%s", {a = 1}, "x")',
    { error: 'Error in function call: Call to function "formatlist" failed: error on format iteration 0: unsupported value for "%s" at 0: string required.' },
  ],
  ['upper("straße")', { value: 'STRAßE' }],
  ['upper("ﬁ ǆ ŉ ᾳ")', { value: 'ﬁ Ǆ ŉ ᾼ' }],
  ['lower("ΑΣ İ")', { value: 'ασ i' }],
  ['lower("ǅ")', { value: 'ǆ' }],
  ['title("don\'t stop ǆx hello-world a_b ñandu élan")', { value: "Don'T Stop ǅx Hello-World A_b Ñandu Élan" }],
  ['title("ΑΣ ᾳx")', { value: 'ΑΣ ᾼx' }],
  ['title("")', { value: '' }],
  ['trimspace("\\u00a0 x \\u0085")', { value: 'x' }],
  ['trimspace("\\ufeffx")', { value: '﻿x' }],
  ['trimspace("\\u2028x\\u3000")', { value: 'x' }],
  ['strrev("ae\\u0301b")', { value: 'béa' }],
  ['strrev("👨‍👩‍👧x")', { value: 'x👨‍👩‍👧' }],
  ['length("e\\u0301")', { value: 1 }],
  ['length("👨‍👩‍👧🇺🇸")', { value: 2 }],
  ['length("\\r\\n")', { value: 1 }],
  ['substr("hello", -3, 0)', { value: 'llo' }],
  [
    'substr("hello", 1, 1.5)',
    { error: 'Error in function call: Call to function "substr" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['substr("hello", 10, 1)', { value: '' }],
  ['substr("hello", 5, 1)', { value: '' }],
  ['substr("hello", -10, 2)', { value: 'he' }],
  ['substr("hello", 1, -1)', { value: 'ello' }],
  ['substr("hello", 0, 0)', { value: '' }],
  ['substr("héllo", 1, 2)', { value: 'él' }],
  ['indent(2, "a\\nb\\n")', { value: 'a\n  b\n  ' }],
  [
    'indent(1.5, "a")',
    { error: 'Error in function call: Call to function "indent" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['chomp("a\\n\\r\\n\\r")', { value: 'a' }],
  ['chomp("a\\n \\n")', { value: 'a\n ' }],
  ['replace("a😀b", "", "-")', { value: '-a-😀-b-' }],
  ['replace("", "", "-")', { value: '-' }],
  ['replace("aaa", "aa", "b")', { value: 'ba' }],
  ['replace("hello world", "/w.*d/", "x")', { value: 'hello world' }],
  ['split("", "abc")', { value: ['a', 'b', 'c'] }],
  ['split(",", "")', { value: [''] }],
  ['"e\\u0301" == "é"', { value: true }],
  ['{"e\\u0301" = 1, "é" = 2}', { value: { é: 2 } }],
  ['length({"e\\u0301" = 1, "é" = 2})', { value: 1 }],
  ['md5("e\\u0301")', { value: '66ddcd97cfdeabb2f6fb8a999b4bc76f' }],
  ['"${"e"}\\u0301"', { value: 'é' }],
  ['upper("e\\u0301")', { value: 'É' }],
  ['base64decode("YW\\nJj")', { value: 'abc' }],
  ['base64decode("YW\\r\\nJj")', { value: 'abc' }],
  ['base64decode("YW Jj")', { error: 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'YW Jj\'.' }],
  ['base64decode("YQ")', { error: 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'YQ\'.' }],
  ['base64decode("YQ=")', { error: 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'YQ=\'.' }],
  ['base64decode("YR==")', { value: 'a' }],
  ['base64decode("YQ==YQ==")', { error: 'Error in function call: Call to function "base64decode" failed: failed to decode base64 data \'YQ==YQ==\'.' }],
  [
    'base64decode("/w==")',
    { error: 'Error in function call: Call to function "base64decode" failed: the result of decoding the the provided string is not valid UTF-8.' },
  ],
  ['sha1(base64decode("77u/YQ=="))', { value: '843510102349f4f66ad1734e188dc93aca8c618d' }],
  ['base64decode("ZcyB") == "é"', { value: true }],
  ['trim("  xx  ", " ")', { value: 'xx' }],
  ['trim("aébéa", "aé")', { value: 'b' }],
];

describe('string functions as Packer evaluates them', () => {
  it.each(cases)('%s', (src, expected) => {
    expect(run(src)).toEqual(expected);
  });

  it('reports a negative indent as cty does, without its stack trace', () => {
    expect(run('indent(-1, "a")')).toEqual({
      error: 'Error in function call: Call to function "indent" failed: panic in function implementation: strings: negative Repeat count.',
    });
  });
});

describe('results too large for a string', () => {
  it.each(['indent(1e9, "a\\nb")', 'format("%999999999s", "a")'])("%s fails in words, not the runtime's", (src) => {
    expect(run(src)).toEqual({ error: `Error in function call: Call to function "${src.slice(0, src.indexOf('('))}" failed: the result is too large.` });
  });
});

describe('NFC strings', () => {
  it('normalises literals, template results and function results', () => {
    for (const src of ['"e\\u0301"', '"${"e"}\\u0301"', 'replace("e", "e", "e\\u0301")', 'base64decode("ZcyB")', 'lower("E\\u0301")']) {
      expect(run(src)).toEqual({ value: '\u00e9' });
    }
  });
});

describe('linear string functions', () => {
  // 1 MB of text: length/substr/strrev used to take minutes (the platform segmenter is quadratic on long input).
  it.each(['a', 'é', 'e\u0301'])('counts and slices 1 MB of %j in seconds (it took minutes)', (unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const clusters = unit === 'e\u0301' ? text.length / 2 : text.length;
    const variables = { s: { kind: 'string', value: text } as const };
    const functions = standardFunctions({ baseDir: process.cwd() });
    for (const src of ['length(s)', 'substr(s, 10, -1)', 'substr(s, -5, 3)', 'strrev(s)', 'format("%.3s", s)']) {
      const parsed = parseExpressionText(src, 'f.hcl');
      const started = performance.now();
      const r = evaluate(parsed.expr, { variables, functions });
      expect(r.diagnostics).toEqual([]);
      expect(performance.now() - started).toBeLessThan(10_000);
      if (src === 'length(s)') expect(toJS(r.value)).toBe(clusters);
    }
  });
});

describe('grapheme clusters of long text', () => {
  const platform = (text: string): string[] => Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text), (x) => x.segment);

  it('keeps a flag whole where a segmenting window would split its surrogate pair', () => {
    const text = `${'é'.repeat(125)}🇫🇷${'é'.repeat(300)}`;
    expect(graphemes(text)).toHaveLength(426);
  });

  it('agrees with the platform segmenter on random text', () => {
    const parts = [
      'a',
      ' ',
      '\r',
      '\n',
      '\r\n',
      'e\u0301',
      '\u200d',
      '👨',
      '\u200d👧',
      '🇺',
      '🇸',
      '한',
      '\u1100',
      '\u1161',
      '\u11a8',
      'क',
      '\u094d',
      'ष',
      '\u0600',
      '\ufe0f',
      '❤',
      '日',
    ];
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let t = 0; t < 300; t++) {
      let text = '';
      const length = next(t % 10 === 0 ? 1500 : 80);
      for (let i = 0; i < length; i++) text += parts[next(parts.length)];
      expect(graphemes(text)).toEqual(platform(text));
    }
  });
});

describe('file() reads regular files only, within a limit', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'repack-file-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a UTF-8 byte order mark', () => {
    writeFileSync(join(dir, 'bom.txt'), '\ufeffa');
    expect(run('length(file("bom.txt"))', dir)).toEqual({ value: 2 });
  });

  it('refuses a device that never ends', () => {
    expect(run('file("/dev/zero")', dir)).toEqual({
      error: 'Error in function call: Call to function "file" failed: failed to read /dev/zero: not a regular file.',
    });
  });

  it('refuses a FIFO instead of waiting for a writer', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(run('file("fifo")', dir)).toEqual({ error: 'Error in function call: Call to function "file" failed: failed to read fifo: not a regular file.' });
  });

  it('refuses a file above the limit', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, FILE_LIMIT + 1);
    expect(run('file("big.txt")', dir)).toEqual({
      error: 'Error in function call: Call to function "file" failed: failed to read big.txt: the file is larger than 64 MiB.',
    });
  });

  it('reports a directory as Packer does', () => {
    expect(run('file(".")', dir)).toEqual({ error: 'Error in function call: Call to function "file" failed: failed to read ..' });
  });

  it('reports a missing file as Packer does', () => {
    expect(run('file("missing.txt")', dir)).toEqual({ error: 'Error in function call: Call to function "file" failed: no file exists at missing.txt.' });
  });
});

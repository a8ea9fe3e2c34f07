// Regular expressions on RE2, as Packer's regex, regexall and regex_replace (Go's regexp): its syntax, its
// leftmost-first semantics, Go's handling of empty matches and replacement templates, cty's result shapes and
// messages, and matching in linear time. Expected results are what Packer's own evaluator gives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { toJS, typeName, typeOf, type Value } from '../src/hcl/value/value.js';

type Expected = { value: unknown } | { error: string };

const functions = standardFunctions({ baseDir: process.cwd() });

function evalSrc(src: string, variables: Record<string, Value> = {}): { value: Value; errors: string[] } {
  const parsed = parseExpressionText(src, 'f.hcl');
  expect(parsed.diagnostics).toEqual([]);
  const r = evaluate(parsed.expr, { variables, functions });
  return { value: r.value, errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.summary}: ${d.detail}`) };
}

function run(src: string): Expected {
  const r = evalSrc(src);
  return r.errors.length > 0 ? { error: r.errors.join(' | ') } : { value: toJS(r.value) };
}

const cases: [string, Expected][] = [
  ['regex("(?i)HEL(l+)", "hello")', { value: ['l'] }],
  ['regex("he(?i)LLO", "heLlo")', { value: 'heLlo' }],
  ['regex("(?U)a+", "aaa")', { value: 'a' }],
  ['regex("\\\\pL+", "éa1")', { value: 'éa' }],
  ['regex("[[:alpha:]]+", "ab1")', { value: 'ab' }],
  ['regex("\\\\Qa.b\\\\E", "xa.b")', { value: 'a.b' }],
  ['regex("a.c", "a\\nc")', { error: 'Error in function call: Call to function "regex" failed: pattern did not match any part of the given string.' }],
  ['regex("(?s)a.c", "a\\nc")', { value: 'a\nc' }],
  ['regex("(?m)^b$", "a\\nb\\nc")', { value: 'b' }],
  [
    'regex("(?=x)", "x")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?=.' },
  ],
  [
    'regex("a(?!b)", "ac")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?!.' },
  ],
  [
    'regex("(a)\\\\1", "aa")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\1.' },
  ],
  [
    'regex("(?P<a>x)(y)", "xy")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: cannot mix both named and unnamed capture groups.' },
  ],
  ['regex("(?P<first>\\\\w+) (?P<last>\\\\w+)", "John Smith")', { value: { first: 'John', last: 'Smith' } }],
  ['regex("(a)|(b)", "b")', { value: [null, 'b'] }],
  ['regex("(?P<a>x)|(?P<b>y)", "y")', { value: { a: null, b: 'y' } }],
  ['regex("x", "y")', { error: 'Error in function call: Call to function "regex" failed: pattern did not match any part of the given string.' }],
  [
    'regex("[z-a]", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in z-a.' },
  ],
  [
    'regex("a**", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid nested repetition operator in **.' },
  ],
  ['regex("(", "a")', { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: missing closing ) in (.' }],
  [
    'regex("\\\\8", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\8.' },
  ],
  [
    'regex("[[:foo:]]", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in [:foo:].' },
  ],
  [
    'regex("\\\\p{Foo}", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid character class range in \\p{Foo}.' },
  ],
  [
    'regex("a{1001}", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid repeat count in {1001}.' },
  ],
  ['regex("\\\\z", "ab")', { value: '' }],
  ['regex("\\\\Aa", "ab")', { value: 'a' }],
  [
    'regex("\\\\C", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\C.' },
  ],
  ['regex("😀+", "😀😀x")', { value: '😀😀' }],
  ['regex(".", "😀")', { value: '😀' }],
  ['regex("[^a]", "😀")', { value: '😀' }],
  ['regex("(\\\\d+)\\\\.(\\\\d+)\\\\.(\\\\d+)", "v1.22.3")', { value: ['1', '22', '3'] }],
  ['regexall("a*", "baaac")', { value: ['', 'aaa', ''] }],
  ['regexall("", "ab")', { value: ['', '', ''] }],
  ['regexall("x*", "😀")', { value: ['', ''] }],
  [
    'regexall("(\\\\d)(\\\\d)?", "1 23")',
    {
      value: [
        ['1', null],
        ['2', '3'],
      ],
    },
  ],
  ['regexall("(?P<d>\\\\d)", "1 2")', { value: [{ d: '1' }, { d: '2' }] }],
  ['regexall("z", "abc")', { value: [] }],
  ['regexall("(z)", "abc")', { value: [] }],
  [
    'regexall("(?=z)", "abc")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid or unsupported Perl syntax in (?=.' },
  ],
  ['regexall("\\\\b", "ab cd")', { value: ['', '', '', ''] }],
  ['regex_replace("hello world", "(o)", "[$1]")', { value: 'hell[o] w[o]rld' }],
  [
    'regex_replace("abc", "(?=x)", "")',
    { error: 'Error in function call: Call to function "regex_replace" failed: error parsing regexp: invalid or unsupported Perl syntax: `(?=`.' },
  ],
  ['regex_replace("abc", "", "-")', { value: '-a-b-c-' }],
  ['regex_replace("😀😀", "", "-")', { value: '-😀-😀-' }],
  ['regex_replace("abc", "b*", "-")', { value: '-a-c-' }],
  ['regex_replace("abc-def", "(\\\\w+)-(\\\\w+)", "$2-$1 $$ $3 ${1}x $1x $0")', { value: 'def-abc $  1x  abc-def' }],
  ['regex_replace("abc-def", "(\\\\w+)-(\\\\w+)", "$${2}-$${1}|$${3}|$${01}|$1x")', { value: 'def-abc|||' }],
  ['regex_replace("ab", "(?P<n>a)", "<$${n}|$n|$nope>")', { value: '<a|a|>b' }],
  ['regex_replace("ab", "a", "$")', { value: '$b' }],
  ['regex_replace("ab", "a", "$${")', { value: '${b' }],
  ['regex_replace("ab", "a", "$${1")', { value: '${1b' }],
  ['regex_replace("ab", "a", "$${}")', { value: '${}b' }],
  ['regex_replace("aaa", "a", "$01")', { value: '' }],
  ['regex_replace("aXbX", "(?i)x", "_")', { value: 'a_b_' }],
  ['regex_replace("a\\nb", "^", ">")', { value: '>a\nb' }],
  ['regex_replace("a\\nb", "(?m)^", ">")', { value: '>a\n>b' }],
  ['regex_replace("x", "[", "y")', { error: 'Error in function call: Call to function "regex_replace" failed: error parsing regexp: missing closing ]: `[`.' }],
  ['can(regex("^(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"))', { value: false }],
  ['can(regex("^[a-z]+$", "abc"))', { value: true }],
  ['regex("^(?:(a)|b)+$", "ab")', { value: ['a'] }],
  ['regex("(a*)*", "b")', { value: [''] }],
  ['regex("(a|ab)(c|bcd)(d*)", "abcd")', { value: ['a', 'bcd', ''] }],
  ['regexall("a|ab", "abab")', { value: ['a', 'a'] }],
  [
    'regex("a{1000}{1000}", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid nested repetition operator in {1000}{1000}.' },
  ],
  [
    'regex("(?:a{500}){500}", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid repeat count in {500}.' },
  ],
  [
    'regex("\\\\x{110000}", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\x{110000.' },
  ],
  ['regex("\\\\x{41}", "A")', { value: 'A' }],
  ['regex("a{,3}", "a{,3}")', { value: 'a{,3}' }],
  [
    'regex("[a-\\\\d]", "a")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid escape sequence in \\d.' },
  ],
  // Go (unlike RE2) lets several groups share a name: the last one gives the attribute, the first matched one `$${n}`.
  ['regex("(?P<n>a)(?P<n>b)", "ab")', { value: { n: 'b' } }],
  ['regex("(?P<n>a)|(?P<n>b)", "a")', { value: { n: null } }],
  ['regex("(?P<n>a)|(?P<n>b)", "b")', { value: { n: 'b' } }],
  ['regex_replace("b", "(?P<n>a)|(?P<n>b)", "<$${n}>")', { value: '<b>' }],
  ['regex("[(?P<n>]a(?P<n>b)", "(ab")', { value: { n: 'b' } }],
  // Go 1.22 and later (current Packer) accept (?<name>…) as well as (?P<name>…).
  ['regex("(?<first>\\\\w+)", "John")', { value: { first: 'John' } }],
  [
    'regex("(?<=a)b", "ab")',
    { error: 'Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: invalid named capture in (?<=a)b.' },
  ],
];

describe('regular expressions as Packer evaluates them', () => {
  it.each(cases)('%s', (src, expected) => {
    expect(run(src)).toEqual(expected);
  });

  it('gives cty result types: a tuple for unnamed groups, an object for named ones, a list from regexall', () => {
    expect(typeName(typeOf(evalSrc('regex("(a)(b)", "ab")').value))).toBe('tuple');
    expect(typeOf(evalSrc('regex("(?P<x>a)", "a")').value).kind).toBe('object');
    expect(typeName(typeOf(evalSrc('regexall("a", "aa")').value))).toBe('list of string');
  });

  it('reports a pattern nested too deeply as Go does, quoting the whole pattern', () => {
    const pattern = `${'('.repeat(1001)}a${')'.repeat(1001)}`;
    expect(evalSrc(`regex("${pattern}", "a")`).errors).toEqual([
      `Invalid function argument: Invalid value for "pattern" parameter: invalid regexp pattern: expression nests too deeply in ${pattern}.`,
    ]);
  });

  it('never describes a pattern in JavaScript terms', () => {
    for (const src of ['regex("(?=a)", "a")', 'regex("[", "a")', 'regex_replace("a", "(", "b")', 'regexall("a{2,1}", "a")']) {
      for (const e of evalSrc(src).errors) expect(e).not.toMatch(/RegExp|Invalid regular expression|SyntaxError/);
    }
  });
});

describe('linear-time matching', () => {
  // On a backtracking engine these run for days: 2^45 ways to split the a's before the final mismatch.
  it.each([
    '^(a+)+$',
    '^(a|a)*$',
    '^(a|aa)+$',
    '(x+x+)+y',
    '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  ])('%s on a hostile 45-character value finishes at once', (pattern) => {
    const value = pattern.startsWith('(x') ? 'x'.repeat(45) : pattern.length > 40 ? `${'a'.repeat(44)}!` : `${'a'.repeat(45)}!`;
    const started = performance.now();
    const r = evalSrc('can(regex(p, v))', { p: { kind: 'string', value: pattern }, v: { kind: 'string', value } });
    expect(r.errors).toEqual([]);
    expect(toJS(r.value)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('matches over 1 MB in linear time', () => {
    const value = `${'a'.repeat(1_000_000)}!`;
    const started = performance.now();
    const r = evalSrc('length(regexall("(a+)+b", v))', { v: { kind: 'string', value } });
    expect(r.errors).toEqual([]);
    expect(toJS(r.value)).toBe(0);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('variable validations', () => {
  // A common e-mail pattern with nested quantifiers, and a 45-character value that ran for days on a backtracking engine.
  const template = `variable "email" {
  type = string
  validation {
    condition     = can(regex("^([a-zA-Z0-9])(([\\\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$", var.email))
    error_message = "The email must be valid."
  }
}
source "docker" "x" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}
build {
  sources = ["source.docker.x"]
}
`;

  it.each([
    ['a.b@example.com', 0, 'The configuration is valid.'],
    [`${'a'.repeat(44)}!`, 1, 'The email must be valid.'],
  ])('repack validate -var email=%s answers at once', async (email, code, says) => {
    const dir = mkdtempSync(join(tmpdir(), 'repack-validation-'));
    try {
      writeFileSync(join(dir, 't.pkr.hcl'), template);
      let text = '';
      const io = { out: (s: string) => (text += s), err: (s: string) => (text += s), isTTY: false, env: {}, cwd: dir, readStdin: () => '', stdinIsTTY: false };
      const started = performance.now();
      expect(await main(['validate', '-var', `email=${email}`, 't.pkr.hcl'], io)).toBe(code);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(text).toContain(says);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

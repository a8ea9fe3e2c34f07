// Where a function call's diagnostics point, as HCL reports them: at the argument's StartRange (a quoted string
// starts inside its quotes, a heredoc on its first content line, a tuple, object or for at its bracket, a condition
// or comparison where its left side starts, a call at its name and parenthesis), at the whole `...` argument for the
// values it expanded to, and with the argument count checked before the arguments are evaluated. Every expected range
// is what Packer's evaluator (hashicorp/hcl v2.24 with Packer's functions) reports for the same source.
import { describe, expect, it } from '@jest/globals';
import { hasErrors, type Range } from '../src/hcl/diagnostics.js';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { startRange } from '../src/hcl/syntax/start-range.js';

const functions = standardFunctions({ baseDir: process.cwd() });

/** A range as HCL prints it without the file name: "line,col-col" or "line,col-line,col". */
function rangeText(r: Range | undefined): string {
  if (!r) return '-';
  const end = r.start.line === r.end.line ? `${r.end.column}` : `${r.end.line},${r.end.column}`;
  return `${r.start.line},${r.start.column}-${end}`;
}

/** The first error as "summary @ range". */
function firstError(src: string): string {
  const parsed = parseExpressionText(src, 'x.hcl');
  expect(parsed.diagnostics).toEqual([]);
  const diags = evaluate(parsed.expr, { variables: {}, functions }).diagnostics;
  expect(hasErrors(diags)).toBe(true);
  const d = diags.find((x) => x.severity === 'error');
  return `${d?.summary} @ ${rangeText(d?.range)}`;
}

describe('an argument is blamed at its StartRange', () => {
  it.each([
    ['abs("x")', 'Invalid function argument', '1,6-7'],
    ['abs("")', 'Invalid function argument', '1,7-7'],
    ['abs("a${"b"}")', 'Invalid function argument', '1,6-7'],
    ['abs("${"b"}c")', 'Invalid function argument', '1,9-10'],
    ['abs("${"b"}")', 'Invalid function argument', '1,5-13'],
    ['abs("é€x")', 'Invalid function argument', '1,6-9'],
    ['abs(<<EOT\n  abc\nEOT\n)', 'Invalid function argument', '2,1-3,1'],
    ['abs(<<EOT\r\nabc\r\nEOT\r\n)', 'Invalid function argument', '2,1-3,1'],
    ['abs(<<-EOT\n    abc\n  EOT\n)', 'Invalid function argument', '2,5-3,1'],
    ['abs(\r\n  "é")', 'Invalid function argument', '2,4-5'],
    ['abs("%{if true}x%{endif}")', 'Invalid function argument', '1,11-15'],
    ['abs("%{for x in [1]}x%{endfor}")', 'Invalid function argument', '1,6-21'],
    ['abs([1])', 'Invalid function argument', '1,5-6'],
    ['abs({a = 1})', 'Invalid function argument', '1,5-6'],
    ['abs([for x in ["a"]: x])', 'Invalid function argument', '1,5-6'],
    ['abs(true ? "x" : "y")', 'Invalid function argument', '1,5-9'],
    ['abs("a" == "b" ? "x" : "y")', 'Invalid function argument', '1,6-7'],
    ['abs(!true)', 'Invalid function argument', '1,5-6'],
    ['abs(upper("a"))', 'Invalid function argument', '1,5-11'],
    ['abs(("x"))', 'Invalid function argument', '1,7-8'],
    ['abs(["x"][0])', 'Invalid function argument', '1,5-13'],
    ['abs(["x"][0 + 0])', 'Invalid function argument', '1,10-11'],
    ['abs([{a = "x"}][*].a)', 'Invalid function argument', '1,16-19'],
    ['abs(1, "b")', 'Too many function arguments', '1,9-10'],
    ['abs(["x"]...)', 'Invalid function argument', '1,5-10'],
    ['upper([null]...)', 'Invalid function argument', '1,7-13'],
    ['abs(1, ["x"]...)', 'Too many function arguments', '1,8-13'],
    ['try(abs("x"))', 'Error in function call', '1,1-5'],
    ['convert("x", number)', 'Invalid function argument', '1,10-11'],
    ['convert({a = 1}, object({a = string, b = optional(number, 5)}))', 'Invalid type specification', '1,50-61'],
  ])('%j', (src, summary, at) => {
    expect(firstError(src)).toBe(`${summary} @ ${at}`);
  });
});

describe('the first error is the one HCL reports first', () => {
  it.each([
    // The count is checked before any argument is evaluated.
    ['abs(1, [1][5])', 'Too many function arguments', '1,8-14'],
    // Every argument is converted before cty's Call looks for nulls, and it stops at the first.
    ['replace(null, [], "a")', 'Invalid function argument', '1,15-16'],
    ['replace("a", null, null)', 'Invalid function argument', '1,14-18'],
    ['join(",", ["a"], null)', 'Invalid function argument', '1,18-22'],
  ])('%j', (src, summary, at) => {
    expect(firstError(src)).toBe(`${summary} @ ${at}`);
  });

  it('reports one null argument, not each', () => {
    const parsed = parseExpressionText('replace(null, null, null)', 'x.hcl');
    const diags = evaluate(parsed.expr, { variables: {}, functions }).diagnostics;
    expect(diags.map((d) => `${d.detail} @ ${rangeText(d.range)}`)).toEqual(['Invalid value for "str" parameter: argument must not be null. @ 1,9-13']);
  });
});

describe("try's message", () => {
  it('names each failure at its range as HCL writes one, over several lines too', () => {
    const parsed = parseExpressionText('try(abs(<<EOT\nx\nEOT\n), abs("y"))', 'x.hcl');
    const [d] = evaluate(parsed.expr, { variables: {}, functions }).diagnostics;
    expect(d.detail).toBe(
      'Call to function "try" failed: no expression succeeded:\n' +
        '- Invalid function argument (at x.hcl:2,1-3,1)\n  Invalid value for "num" parameter: a number is required.\n' +
        '- Invalid function argument (at x.hcl:4,9-10)\n  Invalid value for "num" parameter: a number is required.\n\n' +
        'At least one expression must produce a successful result.',
    );
    expect(rangeText(d.range)).toBe('1,1-5');
  });
});

describe('object items', () => {
  it('a null key is blamed at the value, as HCL does', () => {
    expect(firstError('{(null) = "x"}')).toBe('Null value as key @ 1,11-14');
  });
});

describe('startRange of each expression shape', () => {
  const at = (src: string): string => rangeText(startRange(parseExpressionText(src, 'x.hcl').expr));
  it.each([
    ['"abc"', '1,2-5'],
    ['<<EOT\nabc\nEOT\n', '2,1-3,1'],
    ['f(1)', '1,1-3'],
    ['a.b[0]', '1,1-7'],
    ['a[b]', '1,2-3'],
    ['a[*].b', '1,2-5'],
    ['a.*.b', '1,2-4'],
    ['-a', '1,1-2'],
    ['a + b', '1,1-2'],
    ['a ? b : c', '1,1-2'],
    ['[a]', '1,1-2'],
    ['{a = 1}', '1,1-2'],
    ['{for k, v in a: k => v}', '1,1-2'],
    ['(a)', '1,2-3'],
    ['"${a}"', '1,1-7'],
  ])('%j', (src, range) => {
    expect(at(src)).toBe(range);
  });
});

// Evaluator: HCL semantics over the value model, its error messages, unknown and sensitive propagation, and the
// variable references used to order locals.
import { evaluate, traversals, type EvalContext } from '../src/hcl/eval/evaluate.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { fromJS, isSensitive, markSensitive, T, toJS, V, type Value } from '../src/hcl/value/value.js';

const ctx: EvalContext = {
  variables: {
    var: V.object({
      name: V.string('web'),
      n: V.number(3),
      list: fromJS([1, 2, 3]),
      objs: fromJS([
        { id: 'a', tags: ['x'] },
        { id: 'b', tags: ['y', 'z'] },
      ]),
      m: V.map({ k: V.string('v') }, T.string),
      nothing: V.null(T.string),
      later: V.unknown(T.string),
      secret: markSensitive(V.string('hunter2')),
      flag: V.bool(true),
    }),
    local: V.object({ base: V.string('ubuntu') }),
  },
  functions: standardFunctions({ baseDir: process.cwd() }),
};

function run(src: string): { value: Value; diags: string[] } {
  const parsed = parseExpressionText(src, 'e.hcl');
  expect(parsed.diagnostics).toEqual([]);
  const r = evaluate(parsed.expr, ctx);
  return { value: r.value, diags: r.diagnostics.map((d) => `${d.summary}: ${d.detail}`) };
}

describe('evaluate', () => {
  it.each([
    ['"${var.n}"', 3],
    ['"${var.n}x"', '3x'],
    ['"${var.flag}"', true],
    ['var.list[1] + var.n * 2', 8],
    ['var.list.0', 1],
    ['var.m.k', 'v'],
    ['var.m["k"]', 'v'],
    ['var.objs[*].id', ['a', 'b']],
    ['var.objs.*.tags[0]', ['x']],
    ['var.objs[*].tags[0]', ['x', 'y']],
    ['var.name[*]', ['web']],
    ['var.nothing[*]', []],
    ['[for o in var.objs : o.id if length(o.tags) > 1]', ['b']],
    ['{for i, o in var.objs : o.id => i}', { a: 0, b: 1 }],
    ['{for k, v in {b = 2, a = 1} : v => k}', { '1': 'a', '2': 'b' }],
    ['[for k, v in {b = 2, a = 1} : k]', ['a', 'b']],
    ['{for s in ["a", "bb", "cc"] : length(s) => s...}', { '1': ['a'], '2': ['bb', 'cc'] }],
    ['var.flag ? 1 : "two"', '1'],
    ['!var.flag ? 1 : "two"', 'two'],
    ['var.nothing == null', true],
    ['null == null', true],
    ['1 == "1"', false],
    ['[1, 2] == [1, 2]', true],
    ['{a = 1} != {a = 1}', false],
    ['5 % 3 - -1', 3],
    ['10 / 4', 2.5],
    ['1 >= 1 && 2 > 1 && 1 <= 2 && 1 < 2', true],
    ['"${local.base}:${var.name}-%{ if var.flag }on%{ else }off%{ endif }"', 'ubuntu:web-on'],
    ['{ (var.name) = 1, "q" = 2, bare = 3 }', { web: 1, q: 2, bare: 3 }],
    ['max(var.list...)', 3],
    ['upper(var.name)', 'WEB'],
    ['false && var.later == "x"', false],
    ['true || var.undefinedthing', true],
  ])('%s = %j', (src, expected) => {
    const r = run(src);
    expect(r.diags).toEqual([]);
    expect(toJS(r.value)).toEqual(expected);
  });

  it.each([
    ['nope', 'Unknown variable: There is no variable named "nope".'],
    ['var.nope', 'Unsupported attribute: This object does not have an attribute named "nope".'],
    ['var.name.x', "Unsupported attribute: Can't access attributes on a primitive-typed value (string)."],
    ['var.nothing.x', 'Attempt to get attribute from null value: This value is null, so it does not have any attributes.'],
    ['var.m.zz', 'Missing map element: This map does not have an element with the key "zz".'],
    [
      'var.objs.id',
      'Unsupported attribute: Can\'t access attributes on a list of objects. Did you mean to access attribute "id" for a specific element of the list, or across all elements of the list?',
    ],
    [
      'var.list[3]',
      'Invalid index: The given key does not identify an element in this collection value: the given index is greater than or equal to the length of the collection.',
    ],
    [
      'var.list[-1]',
      'Invalid index: The given key does not identify an element in this collection value: a negative number is not a valid index for a sequence.',
    ],
    ['var.list["x"]', 'Invalid index: The given key does not identify an element in this collection value: a number is required.'],
    ['var.name[0]', 'Invalid index: This value does not have any indices.'],
    ['"a" + 1', 'Invalid operand: Unsuitable value for left operand: a number is required.'],
    ['1 + true', 'Invalid operand: Unsuitable value for right operand: number required.'],
    ['!1', 'Invalid operand: Unsuitable value for unary operand: bool required.'],
    ['0 / 0', "Operation failed: Error during operation: can't divide zero by zero or infinity by infinity."],
    ['var.nothing + 1', 'Operation failed: Error during operation: argument must not be null.'],
    ['"x${var.nothing}"', 'Invalid template interpolation value: The expression result is null. Cannot include a null value in a string template.'],
    ['"x${var.list}"', 'Invalid template interpolation value: Cannot include the given value in a string template: string required.'],
    ['var.nothing ? 1 : 2', 'Null condition: The condition value is null. Conditions must either be true or false.'],
    ['"x" ? 1 : 2', 'Incorrect condition type: The condition expression must be of type bool.'],
    [
      'true ? [1] : {a = 1}',
      "Inconsistent conditional result types: The true and false result expressions must have consistent types. The 'true' value is tuple, but the 'false' value is object.",
    ],
    ['[for x in var.nothing : x]', "Iteration over null value: A null value cannot be used as the collection in a 'for' expression."],
    ['[for x in 1 : x]', "Iteration over non-iterable value: A value of type number cannot be used as the collection in a 'for' expression."],
    [
      '{for x in [1, 1] : x => x}',
      'Duplicate object key: Two different items produced the key "1" in this \'for\' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.',
    ],
    ['[for x in [1] : x if x]', "Invalid 'for' condition: The 'if' clause value is invalid: bool required."],
    ['uper("x")', 'Call to unknown function: There is no function named "uper". Did you mean "upper"?'],
    ['upper()', 'Not enough function arguments: Function "upper" expects 1 argument(s). Missing value for "str".'],
    ['upper("a", "b")', 'Too many function arguments: Function "upper" expects only 1 argument(s).'],
    ['upper([])', 'Invalid function argument: Invalid value for "str" parameter: string required.'],
    ['upper(var.nothing)', 'Invalid function argument: Invalid value for "str" parameter: argument must not be null.'],
    ['max(var.nothing...)', 'Invalid expanding argument value: The expanding argument (indicated by ...) must not be null.'],
    ['max(1...)', 'Invalid expanding argument value: The expanding argument (indicated by ...) must be of a tuple, list, or set type.'],
    ['element([], 0)', 'Error in function call: Call to function "element" failed: cannot use element function with an empty list.'],
    [
      '{ var.name = 1 }',
      "Ambiguous attribute key: If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.",
    ],
    ['{ (var.nothing) = 1 }', "Null value as key: Can't use a null value as a key."],
    ['{ (var.list) = 1 }', "Incorrect key type: Can't use this value as a key: string required."],
  ])('%s fails: %s', (src, message) => {
    const r = run(src);
    expect(r.diags[0]).toBe(message);
    expect(r.value.kind).toBe('unknown');
  });

  it('points diagnostics at the offending part', () => {
    const parsed = parseExpressionText('upper(var.nope)', 'e.hcl');
    const r = evaluate(parsed.expr, ctx);
    expect(r.diagnostics[0].range?.start.column).toBe(10);
    expect(r.diagnostics[0].range?.end.column).toBe(15);
  });

  it.each([
    ['var.later', 'unknown'],
    ['"x${var.later}"', 'unknown'],
    ['upper(var.later)', 'unknown'],
    ['var.later == "x"', 'unknown'],
    ['[var.later, 1]', 'tuple'],
    ['var.flag ? var.later : "y"', 'unknown'],
    ['length([var.later])', 'number'],
  ])('%s propagates unknown as %s', (src, kind) => {
    const r = run(src);
    expect(r.diags).toEqual([]);
    expect(r.value.kind).toBe(kind);
  });

  it.each([
    ['var.secret', true],
    ['"pw=${var.secret}"', true],
    ['upper(var.secret)', true],
    ['var.secret == "x"', true],
    ['[var.secret]', true],
    ['var.name', false],
  ])('%s is sensitive: %s', (src, expected) => {
    const r = run(src);
    expect(r.diags).toEqual([]);
    expect(isSensitive(r.value)).toBe(expected);
  });

  it('never throws, even for deeply nested input', () => {
    const deep = `${'['.repeat(3000)}1${']'.repeat(3000)}`;
    const parsed = parseExpressionText(deep, 'e.hcl');
    expect(parsed.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.summary}`)).toEqual([
      expect.stringMatching(/^1:\d+ Configuration too deeply nested$/),
    ]);
    expect(() => evaluate(parsed.expr, ctx)).not.toThrow();
    const shallower = `${'('.repeat(300)}1${')'.repeat(300)}`;
    expect(toJS(evaluate(parseExpressionText(shallower, 'e.hcl').expr, ctx).value)).toBe(1);
  });
});

describe('traversals', () => {
  it('lists every variable reference with its static path, ignoring for-expression symbols', () => {
    const parsed = parseExpressionText('"${var.base_image}:${local.tags[0]}" == [for s in source.docker.x : s.name if s != local.skip][var.i]', 'e.hcl');
    expect(traversals(parsed.expr).map((t) => [t.root, t.path])).toEqual([
      ['var', ['base_image']],
      ['local', ['tags', 0]],
      ['source', ['docker', 'x']],
      ['local', ['skip']],
      ['var', ['i']],
    ]);
  });

  it('does not treat bare object keys as references', () => {
    const parsed = parseExpressionText('{ name = var.n, (local.k) = 1 }', 'e.hcl');
    expect(traversals(parsed.expr).map((t) => t.root)).toEqual(['var', 'local']);
  });
});

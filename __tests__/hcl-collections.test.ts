// Sets, type unification and object keys as Packer computes them (cty): set elements in cty's order with one element
// type, conditionals and collections unified as cty's unify (numbers and bools do not unify), merge/lookup/setproduct
// as cty's, `__proto__`, `constructor` and `null` as ordinary keys, and `for x, x in` binding the value.
// Expected values are Packer's results for the same expressions.
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { CONVERTERS } from '../__fixtures__/hcl/converters.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { isKnown, toJS, typeOf, type Type } from '../src/hcl/value/value.js';

const functions = { ...standardFunctions({ baseDir: process.cwd() }), ...CONVERTERS };

type Expected = { value: unknown } | { error: string } | { unknown: true };

const cases: [string, Expected][] = [
  ['toset([1, "a"])', { value: ['1', 'a'] }],
  ['toset([3, 1, 2, 10])', { value: [1, 2, 3, 10] }],
  ['toset(["b", "a", "c", "B", "é", "z"])', { value: ['B', 'a', 'b', 'c', 'z', 'é'] }],
  ['toset([true, false, true])', { value: [false, true] }],
  ['toset(["b", "a", "b"])', { value: ['a', 'b'] }],
  ['toset([[2], [1], [1, 2]])', { value: [[1, 2], [1], [2]] }],
  ['toset([{a = 2}, {a = 1}, {a = 10}])', { value: [{ a: 10 }, { a: 1 }, { a: 2 }] }],
  ['toset([1, null, 2])', { value: [1, 2, null] }],
  ['toset([[1], ["a"]])', { value: [['1'], ['a']] }],
  ['toset([1, true])', { error: 'Invalid function argument: Invalid value for "v" parameter: cannot convert tuple to set of any single type.' }],
  ['toset([{a = 1}, {b = 2}])', { value: [{ a: 1 }, { b: 2 }] }],
  ['setunion(["b"], ["a", "c"])', { value: ['a', 'b', 'c'] }],
  ['setunion([1], ["a"])', { value: ['1', 'a'] }],
  ['setunion([3, 1], [2])', { value: [1, 2, 3] }],
  ['setintersection([3, 1, 2], [2, 3])', { value: [2, 3] }],
  [
    'setproduct(["b", "a"], [2, 1])',
    {
      value: [
        ['b', 2],
        ['b', 1],
        ['a', 2],
        ['a', 1],
      ],
    },
  ],
  ['setproduct(["a"])', { error: 'Error in function call: Call to function "setproduct" failed: at least two arguments are required.' }],
  ['setproduct()', { error: 'Error in function call: Call to function "setproduct" failed: at least two arguments are required.' }],
  ['setproduct(["a", "b"], [])', { value: [] }],
  [
    'true ? [1] : [true]',
    {
      error:
        "Inconsistent conditional result types: The true and false result expressions must have consistent types. Type mismatch for tuple element 0: The 'true' value is number, but the 'false' value is bool.",
    },
  ],
  ['true ? 1 : "a"', { value: '1' }],
  ['true ? [1] : ["a"]', { value: ['1'] }],
  ['true ? {a = 1} : {a = "x"}', { value: { a: '1' } }],
  ['true ? {a = 1} : {b = 1}', { value: { a: 1 } }],
  ['true ? [1, 2] : [1]', { value: [1, 2] }],
  ['false ? null : [1]', { value: [1] }],
  ['true ? tolist([1]) : ["a"]', { value: ['1'] }],
  ['[1, "a", true]', { value: [1, 'a', true] }],
  ['tolist([1, "a"])', { value: ['1', 'a'] }],
  ['tolist([1, true])', { error: 'Invalid function argument: Invalid value for "v" parameter: cannot convert tuple to list of any single type.' }],
  ['tolist([[1], ["a"]])', { value: [['1'], ['a']] }],
  ['tomap({a = 1, b = "x"})', { value: { a: '1', b: 'x' } }],
  ['tomap({a = 1, b = true})', { error: 'Invalid function argument: Invalid value for "v" parameter: cannot convert object to map of any single type.' }],
  ['tomap({a = [1], b = ["x"]})', { value: { a: ['1'], b: ['x'] } }],
  ['merge({a = 1}, {b = "x"})', { value: { a: 1, b: 'x' } }],
  ['merge(tomap({a = 1}), tomap({b = "x"}))', { value: { a: 1, b: 'x' } }],
  ['merge(tomap({a = 1}), tomap({b = true}))', { value: { a: 1, b: true } }],
  ['merge(tomap({a = 1}), {b = "x"})', { value: { a: 1, b: 'x' } }],
  ['merge({a = 1}, null, {a = 2})', { value: { a: 2 } }],
  ['merge()', { value: {} }],
  ['merge(tomap({a = [1]}), tomap({b = ["x"]}))', { value: { a: [1], b: ['x'] } }],
  ['merge(tomap({a = 1}), tomap({b = [1]}))', { value: { a: 1, b: [1] } }],
  ['{null = 1}', { value: { null: 1 } }],
  ['{true = 1}', { value: { true: 1 } }],
  ['{1 = "a"}', { value: { '1': 'a' } }],
  ['{"__proto__" = 1}', { value: JSON.parse('{"__proto__": 1}') as unknown }],
  ['{"__proto__" = 1, b = 2}.__proto__', { value: 1 }],
  ['{constructor = 1}', { value: { constructor: 1 } }],
  ['{toString = 1, hasOwnProperty = 2}', { value: { hasOwnProperty: 2, toString: 1 } }],
  ['{toString = 1}.toString', { value: 1 }],
  ['{a = 1}.constructor', { error: 'Unsupported attribute: This object does not have an attribute named "constructor".' }],
  ['{a = 1}["toString"]', { error: 'Invalid index: The given key does not identify an element in this collection value.' }],
  ['lookup({a = 1}, "constructor", "dflt")', { value: 'dflt' }],
  ['lookup({a = 1}, "__proto__", "dflt")', { value: 'dflt' }],
  ['contains(keys({__proto__ = 1}), "__proto__")', { value: true }],
  ['merge({__proto__ = 1}, {b = 2})', { value: JSON.parse('{"__proto__": 1, "b": 2}') as unknown }],
  ['jsonencode({__proto__ = 1})', { value: JSON.parse('"{\\"__proto__\\":1}"') as unknown }],
  ['jsondecode("{\\"__proto__\\": 1}")', { value: JSON.parse('{"__proto__": 1}') as unknown }],
  ['[for x, x in {a = 1, b = 2} : x]', { value: [1, 2] }],
  ['[for x, x in ["p", "q"] : x]', { value: ['p', 'q'] }],
  ['{for k, v in {a = 1} : k => v}', { value: { a: 1 } }],
  ['{"a" = 1, "a" = 2}', { value: { a: 2 } }],
  ['keys({b = 1, a = 2, B = 3})', { value: ['B', 'a', 'b'] }],
  ['distinct([3, 1, 3])', { value: [3, 1] }],
  ['length(toset([1, 1, 2]))', { value: 2 }],
  ['tostring(toset(["a"]))', { error: 'Invalid function argument: Invalid value for "v" parameter: cannot convert set of string to string.' }],
  ['jsonencode(toset(["b", "a"]))', { value: '["a","b"]' }],
  ['[for v in toset(["b", "a"]) : v]', { value: ['a', 'b'] }],
  ['toset(["a"]) == toset(["a"])', { value: true }],
  ['toset([1.5, 1, -2, 1e3])', { value: [-2, 1, 1.5, 1000] }],
  ['true ? {a = 1} : {b = 2, a = 1}', { value: { a: 1 } }],
  ['true ? {a = [1]} : {a = ["x", "y"]}', { value: { a: ['1'] } }],
  [
    'true ? [[1]] : [[true]]',
    {
      error:
        "Inconsistent conditional result types: The true and false result expressions must have consistent types. Type mismatch for tuple element 0: Type mismatch for tuple element 0: The 'true' value is number, but the 'false' value is bool.",
    },
  ],
  [
    'true ? tolist([{a = 1}]) : tolist([{a = true}])',
    {
      error:
        "Inconsistent conditional result types: The true and false result expressions must have consistent types. Mismatched list element types: Type mismatch for object attribute \"a\": The 'true' value is number, but the 'false' value is bool.",
    },
  ],
  [
    'true ? 1 : true',
    {
      error:
        "Inconsistent conditional result types: The true and false result expressions must have consistent types. The 'true' value is number, but the 'false' value is bool.",
    },
  ],
  ['true ? [1, 2] : ["a"]', { value: ['1', '2'] }],
  ['true ? tomap({a = 1}) : {b = "x"}', { value: { a: '1' } }],
  [
    'true ? tomap({a = 1}) : {b = true}',
    {
      error:
        "Inconsistent conditional result types: The true and false result expressions must have consistent types. The 'true' value is map of number, but the 'false' value is object.",
    },
  ],
  ['true ? toset([1]) : ["a"]', { value: [1] }],
  ['true ? [] : [1]', { value: [] }],
  ['true ? {} : {a = 1}', { value: {} }],
  ['true ? null : 1', { value: null }],
  ['[for v in setunion([{a = 2}], [{a = 1}]) : v.a]', { value: [1, 2] }],
  ['setunion([[2, 1]], [[1]])', { value: [[1], [2, 1]] }],
  ['setunion(["10", "9"], ["1"])', { value: ['1', '10', '9'] }],
  ['setunion([10, 9, -1.5], [1])', { value: [-1.5, 1, 9, 10] }],
  ['setunion([true], [false])', { value: [false, true] }],
  ['setintersection(["b", "a"], ["a", "b", "c"])', { value: ['a', 'b'] }],
  ['merge(tomap({a = 1}), null)', { value: { a: 1 } }],
  ['merge({a = 1}, "x")', { error: 'Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "string".' }],
  ['merge({a = 1}, tomap({a = "x"}))', { value: { a: 'x' } }],
  ['merge(tomap({a = "x"}), tomap({b = "y"}))', { value: { a: 'x', b: 'y' } }],
  ['lookup({a = 1}, "b", "x")', { value: 'x' }],
  [
    'lookup(tomap({a = 1}), "b", "x")',
    { error: 'Invalid function argument: Invalid value for "default" parameter: the default value must have the same type as the map elements.' },
  ],
  ['lookup(tomap({a = 1}), "b", "2")', { value: 2 }],
  ['lookup(tomap({a = 1}), "a", null)', { error: 'Invalid function argument: Invalid value for "default" parameter: argument must not be null.' }],
  ['lookup({a = 1}, "a", null)', { error: 'Invalid function argument: Invalid value for "default" parameter: argument must not be null.' }],
  [
    'lookup(tomap({a = 1}), "b", [1])',
    { error: 'Invalid function argument: Invalid value for "default" parameter: the default value must have the same type as the map elements.' },
  ],
  ['lookup([1], "a", 1)', { error: 'Invalid function argument: Invalid value for "inputMap" parameter: lookup() requires a map as the first argument.' }],
  [
    'setproduct(["a"], [1, 2], [true])',
    {
      value: [
        ['a', 1, true],
        ['a', 2, true],
      ],
    },
  ],
  [
    'setproduct(toset(["b", "a"]), toset([2, 1]))',
    {
      value: [
        ['a', 1],
        ['a', 2],
        ['b', 1],
        ['b', 2],
      ],
    },
  ],
  [
    'setproduct(["a", "b"], toset([1]))',
    {
      value: [
        ['a', 1],
        ['b', 1],
      ],
    },
  ],
  ['setproduct("a", [1])', { error: 'Invalid function argument: Invalid value for "sets" parameter: a set or a list is required.' }],
  ['keys(tomap({b = 1, a = 2}))', { value: ['a', 'b'] }],
  ['values({b = 1, a = "x"})', { value: ['x', 1] }],
  ['{for k, v in {a = 1, b = 2} : v => k}', { value: { '1': 'a', '2': 'b' } }],
  ['{"constructor" = 1}["constructor"]', { value: 1 }],
  ['{"x" = 1}["constructor"]', { error: 'Invalid index: The given key does not identify an element in this collection value.' }],
  ['{a = 1}.toString', { error: 'Unsupported attribute: This object does not have an attribute named "toString".' }],
  ['{for k in ["__proto__", "constructor"] : k => 1}', { value: JSON.parse('{"__proto__": 1, "constructor": 1}') as unknown }],
  ['{for k, v in {a = "x", b = "x"} : v => k...}', { value: { x: ['a', 'b'] } }],
  ['merge({"__proto__" = 1}, {"__proto__" = 2})', { value: JSON.parse('{"__proto__": 2}') as unknown }],
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

const kind = (t: Type): string => (t.kind === 'list' || t.kind === 'set' || t.kind === 'map' ? `${t.kind}(${kind(t.element)})` : t.kind);

// The types Packer gives these results.
test.each([
  ['toset([1, "a"])', 'set(string)'],
  ['true ? [1] : ["a"]', 'tuple'],
  ['merge(tomap({a = 1}), tomap({b = "x"}))', 'object'],
  ['merge(tomap({a = 1}), tomap({b = 2}))', 'map(number)'],
  ['merge()', 'object'],
  ['keys({a = 1})', 'tuple'],
  ['keys(tomap({a = 1}))', 'list(string)'],
  ['setproduct(["a"], [1])', 'list(tuple)'],
  ['setproduct(toset(["a"]), [1])', 'set(tuple)'],
  ['tolist([[1], ["a"]])', 'list(tuple)'],
])('type of %s', (src, type) => {
  const parsed = parseExpressionText(src, 'x.hcl');
  const r = evaluate(parsed.expr, { variables: {}, functions });
  expect(kind(typeOf(r.value))).toBe(type);
});

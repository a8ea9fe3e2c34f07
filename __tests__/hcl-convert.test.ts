// Type conversion (cty's rules) and type constraint expressions (`list(string)`, `object({a=optional(number, 3)})`).
import { convert, parseTypeExpr } from '../src/hcl/value/convert.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { fromJS, T, toJS, typeName, V, type Type, type Value } from '../src/hcl/value/value.js';

function typeOfExpr(src: string): Type {
  const r = parseTypeExpr(parseExpressionText(src, 't.hcl').expr);
  expect(r.diagnostics).toEqual([]);
  return r.type;
}

describe('convert', () => {
  it.each<[string, Value, Type, unknown]>([
    ['number to string', V.number(1.5), T.string, '1.5'],
    ['big number to string without exponent', V.number(1e21), T.string, '1000000000000000000000'],
    ['bool to string', V.bool(true), T.string, 'true'],
    ['string to number', V.string('42'), T.number, 42],
    ['string to bool', V.string('false'), T.bool, false],
    ['tuple to list of string', fromJS([1, 'a', true]), T.list(T.string), ['1', 'a', 'true']],
    ['tuple to set deduplicates', fromJS(['a', 'b', 'a']), T.set(T.string), ['a', 'b']],
    ['object to map', fromJS({ a: 1, b: 2 }), T.map(T.number), { a: 1, b: 2 }],
    ['object to map(any) unifies to string', fromJS({ a: 1, b: 'x' }), T.map(T.dynamic), { a: '1', b: 'x' }],
    ['list to tuple', V.list([V.string('a')], T.string), T.tuple([T.string]), ['a']],
    ['object drops extra attributes', fromJS({ a: 'x', extra: 1 }), T.object({ a: T.string }), { a: 'x' }],
    ['null to anything', V.null(), T.list(T.string), null],
  ])('%s', (_, value, type, expected) => {
    const r = convert(value, type);
    if ('error' in r) throw new Error(r.error);
    expect(toJS(r.value)).toEqual(expected);
  });

  it('fills optional attributes with defaults or null', () => {
    const t = typeOfExpr('object({ a = string, b = optional(number, 3), c = optional(list(string)) })');
    const r = convert(fromJS({ a: 'x' }), t);
    if ('error' in r) throw new Error(r.error);
    expect(toJS(r.value)).toEqual({ a: 'x', b: 3, c: null });
    expect(r.value.kind === 'object' && r.value.attrs.c.kind === 'null' && typeName(r.value.attrs.c.type)).toBe('list of string');
  });

  it('marks the result when the input is sensitive', () => {
    const r = convert({ ...V.number(1), sensitive: true }, T.string);
    expect('value' in r && r.value.sensitive).toBe(true);
  });

  it.each<[string, Value, Type, string]>([
    ['string to number', V.string('x'), T.number, 'a number is required'],
    ['string to bool', V.string('yes'), T.bool, 'a bool is required'],
    ['number to bool', V.number(1), T.bool, 'bool required'],
    ['list to string', fromJS([1]), T.string, 'string required'],
    ['missing attribute', fromJS({}), T.object({ a: T.string }), 'attribute "a" is required'],
    ['nested element', fromJS([[1], ['x']]), T.list(T.list(T.number)), 'element 1: element 0: a number is required'],
    ['tuple length', fromJS([1, 2]), T.tuple([T.number]), 'tuple required with exactly 1 elements'],
    ['mixed list(any)', fromJS([1, [2]]), T.list(T.dynamic), 'all list elements must have the same type'],
  ])('%s fails', (_, value, type, message) => {
    expect(convert(value, type)).toEqual({ error: message });
  });
});

describe('parseTypeExpr', () => {
  it.each<[string, Type]>([
    ['string', T.string],
    ['number', T.number],
    ['bool', T.bool],
    ['any', T.dynamic],
    ['list(string)', T.list(T.string)],
    ['set(number)', T.set(T.number)],
    ['map(list(bool))', T.map(T.list(T.bool))],
    ['tuple([string, number])', T.tuple([T.string, T.number])],
    ['object({name = string, "port" = number})', T.object({ name: T.string, port: T.number })],
  ])('%s', (src, expected) => {
    expect(typeOfExpr(src)).toEqual(expected);
  });

  it.each([
    ['strin', 'The keyword "strin" is not a valid type specification.'],
    ['list', 'The list type constructor requires one argument specifying the element type.'],
    ['list(string, number)', 'The list type constructor requires one argument specifying the element type.'],
    ['string(1)', 'Primitive type keyword "string" does not expect arguments.'],
    ['"string"', 'A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).'],
    ['object([string])', 'Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.'],
    ['object({a = optional(string, 1, 2)})', 'Optional attribute modifier expects at most two arguments: the attribute type, and a default value.'],
    ['object({a = optional(number, "x")})', "This default value is not compatible with the attribute's type constraint: a number is required."],
  ])('%s is rejected', (src, detail) => {
    const r = parseTypeExpr(parseExpressionText(src, 't.hcl').expr);
    expect(r.diagnostics.map((d) => d.detail)).toContain(detail);
  });
});

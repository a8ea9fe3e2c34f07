// Function results, types and failures as Packer 1.16 gives them (cty 1.13.3, go-cty-funcs, HCL's function-call code
// and Packer's templatefile), in `packer console`'s scope: argument counts of can/try/convert, coalesce/concat/set
// functions unifying their arguments' types, reverse of a set, chunklist/element/cidrsubnets with a fractional number,
// templatefile's check of the names a template refers to, `~` expansion as go-homedir does it. The expected values
// are Packer's for the same expressions.
import { loadYaml } from '../src/hcl/functions/index.js';
import { plainTypeOf, plainValue, type Plain } from './oracle/canonical.js';
import { consoleContext, evaluateEntry, type Mode } from './oracle/evaluate.js';

type Expected = { type: Plain; value: Plain } | { error: string; at: string };

const ctx = consoleContext({
  st: 'convert(["b", "a", "c", "a"], set(string))',
  m: 'convert({a = 1, b = 2}, map(number))',
});

const INT64 = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';
const unknown = { unknown: true };

const cases: [string, Expected, Mode?][] = [
  // HCL counts the arguments of can and convert before they see their expressions; try() with none fails in try.
  ['can()', { error: 'Not enough function arguments: Function "can" expects 1 argument(s). Missing value for "expression".', at: '1,5' }],
  ['can(1, 2)', { error: 'Too many function arguments: Function "can" expects only 1 argument(s).', at: '1,8' }],
  ['convert(1)', { error: 'Not enough function arguments: Function "convert" expects 2 argument(s). Missing value for "type".', at: '1,10' }],
  ['convert(1, string, number)', { error: 'Too many function arguments: Function "convert" expects only 2 argument(s).', at: '1,20' }],
  ['try()', { error: 'Error in function call: Call to function "try" failed: at least one argument is required.', at: '1,1' }],
  // try of a value not wholly known is unknown of any type; coalesce's is unknown of the unified type.
  ['try(packer.iterationID, "x")', { type: 'dynamic', value: unknown }],
  ['try([packer.iterationID], "x")', { type: 'dynamic', value: unknown }],
  ['can(packer.iterationID)', { type: 'bool', value: unknown }],
  ['coalesce(packer.iterationID, "x")', { type: 'string', value: unknown }],
  // coalesce converts every argument to the one type they unify to.
  ['coalesce(1, "a")', { type: 'string', value: '1' }],
  ['coalesce("", 1)', { type: 'string', value: '1' }],
  ['coalesce(null, "", "b")', { type: 'string', value: 'b' }],
  ['coalesce([], [1])', { type: ['list', 'number'], value: [] }],
  ['coalesce({}, {a = 1})', { type: ['map', 'number'], value: {} }],
  ['coalesce([1], ["a"])', { type: ['tuple', ['string']], value: ['1'] }],
  ['coalesce(1, true)', { error: 'Error in function call: Call to function "coalesce" failed: all arguments must have the same type.', at: '1,1' }],
  ['coalesce()', { error: 'Error in function call: Call to function "coalesce" failed: all arguments must have the same type.', at: '1,1' }],
  // concat: lists make a list of their unified type, sets are refused.
  ['concat()', { error: 'Error in function call: Call to function "concat" failed: at least one argument is required.', at: '1,1' }],
  ['concat(convert([1], list(number)), convert(["a"], list(string)))', { type: ['list', 'string'], value: ['1', 'a'] }],
  [
    'concat([1], convert(["a"], set(string)))',
    { error: 'Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got set of string.', at: '1,13' },
  ],
  [
    'concat(var.st, [1])',
    { error: 'Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got set of string.', at: '1,8' },
  ],
  // Set functions unify the element types; an empty set of any type takes no part.
  ['setintersection(["a"], ["b"])', { type: ['set', 'string'], value: [] }],
  ['setintersection([1, 2], ["2"])', { type: ['set', 'string'], value: ['2'] }],
  ['setunion([1], ["a"])', { type: ['set', 'string'], value: ['1', 'a'] }],
  ['setunion([], [1])', { type: ['set', 'number'], value: [{ n: '1' }] }],
  [
    'setunion([true], [1])',
    { error: 'Error in function call: Call to function "setunion" failed: given sets must all have compatible element types.', at: '1,1' },
  ],
  ['reverse(var.st)', { type: ['list', 'string'], value: ['c', 'b', 'a'] }],
  ['reverse(5)', { error: 'Invalid function argument: Invalid value for "list" parameter: can only reverse list or tuple values, not number.', at: '1,9' }],
  // Whole-number arguments: where cty converts them decides the summary.
  ['element(["a"], 1.5)', { error: `Error in function call: Call to function "element" failed: invalid index: ${INT64}.`, at: '1,1' }],
  ['element([], 1.5)', { error: `Error in function call: Call to function "element" failed: invalid index: ${INT64}.`, at: '1,1' }],
  [
    'element(["a"], -1.5)',
    { error: 'Error in function call: Call to function "element" failed: cannot use element function with a negative index.', at: '1,1' },
  ],
  ['element(["a", "b"], 9007199254740993)', { type: 'string', value: 'b' }],
  ['chunklist(["a", "b"], 1.5)', { error: `Error in function call: Call to function "chunklist" failed: invalid size: ${INT64}.`, at: '1,1' }],
  ['chunklist([], 2)', { type: ['list', ['list', 'dynamic']], value: [] }],
  ['chunklist([], 0)', { type: ['list', ['list', 'dynamic']], value: [] }],
  ['chunklist(["a"], 0)', { type: ['list', ['list', 'string']], value: [['a']] }],
  ['cidrsubnets("10.0.0.0/8", 1.5)', { error: `Invalid function argument: Invalid value for "newbits" parameter: ${INT64}.`, at: '1,27' }],
  ['cidrsubnets("10.0.0.0/8", 1.5, 0)', { error: `Invalid function argument: Invalid value for "newbits" parameter: ${INT64}.`, at: '1,27' }],
  [
    'cidrsubnets("10.0.0.0/8", 0, 1.5)',
    { error: 'Invalid function argument: Invalid value for "newbits" parameter: must extend prefix by at least one bit.', at: '1,27' },
  ],
  // templatefile names a reference the vars lack before evaluating the template.
  [
    'templatefile("greet.tpl", {name = "World"})',
    {
      error: 'Invalid function argument: Invalid value for "vars" parameter: vars map does not contain key "items", referenced at greet.tpl:2,13-18.',
      at: '1,27',
    },
  ],
  [
    'templatefile("math.tpl", var.m)',
    { error: 'Invalid function argument: Invalid value for "vars" parameter: vars map does not contain key "x", referenced at math.tpl:1,3-4.', at: '1,26' },
  ],
  [
    'templatefile("math.tpl", {x = "a"})',
    {
      error:
        'Error in function call: Call to function "templatefile" failed: math.tpl:1,3-4: Invalid operand; Unsuitable value for left operand: a number is required..',
      at: '1,1',
    },
  ],
  // go-homedir: `~user` is refused; abspath does not expand `~` at all.
  ['pathexpand("~user/x")', { error: 'Error in function call: Call to function "pathexpand" failed: cannot expand user-specific home dir.', at: '1,1' }],
  [
    'file("~user/x")',
    { error: 'Error in function call: Call to function "file" failed: failed to expand ~: cannot expand user-specific home dir.', at: '1,1' },
  ],
  ['endswith(abspath("~/x"), "/~/x")', { type: 'bool', value: true }],
  // "__proto__" is an ordinary key; flatten always makes a tuple.
  ['zipmap(["__proto__"], convert([1], list(number)))', { type: ['map', 'number'], value: Object.fromEntries([['__proto__', { n: '1' }]]) }],
  ['flatten(setproduct(["a"], [1]))', { type: ['tuple', ['string', 'number']], value: ['a', { n: '1' }] }],
  ['flatten(convert([["a"], ["b"]], list(list(string))))', { type: ['tuple', ['string', 'string']], value: ['a', 'b'] }],
  // Go's encoding/json decodes an escaped lone surrogate as U+FFFD.
  ['jsondecode("\\"\\\\udc00\\\\ud800\\\\ud83d\\\\ude00\\"")', { type: 'string', value: '\uFFFD\uFFFD\u{1F600}' }],
  ['jsondecode("{\\"\\\\udabc\\": 1}")', { type: ['object', { '\uFFFD': 'number' }], value: { '\uFFFD': { n: '1' } } }],
  ['"\\ud800"', { type: 'string', value: '\uFFFD' }, 'json'],
  // HCL's JSON syntax evaluates object keys itself: a key given twice (after NFC) or a null key is an error.
  ['{"a": 1, "a": 2}', { error: 'Duplicate object attribute: An attribute named "a" was already defined at <console-input>:1,2-5.', at: '1,10' }, 'json'],
  [
    '{"e\\u0301": 1, "\u00e9": 2}',
    { error: 'Duplicate object attribute: An attribute named "\u00e9" was already defined at <console-input>:1,2-11.', at: '1,16' },
    'json',
  ],
  ['{"${null}": "v"}', { error: 'Invalid object key expression: Cannot use null value as an object key.', at: '1,2' }, 'json'],
  ['{"${[]}": 1}', { error: 'Invalid object key expression: Cannot use this expression as an object key: string required.', at: '1,2' }, 'json'],
  // go-cty-yaml reads YAML 1.1 only: libyaml refuses another %YAML version, and a second directive.
  [
    'yamldecode("%YAML 1.2\\n---\\na: 1")',
    { error: 'Error in function call: Call to function "yamldecode" failed: found incompatible YAML document.', at: '1,1' },
  ],
  [
    'yamldecode("# c\\n\\n%YAML 1.2\\n---\\na: 1")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 2, column 1: found incompatible YAML document.', at: '1,1' },
  ],
  [
    'yamldecode("%YAML 1.1\\n---\\na: 1\\n...\\n%YAML 1.2\\n---\\nb: 1")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 4, column 1: found incompatible YAML document.', at: '1,1' },
  ],
  [
    'yamldecode("%YAML 1.1\\n%YAML 1.1\\n---\\na: 1")',
    { error: 'Error in function call: Call to function "yamldecode" failed: on line 1, column 1: found duplicate %YAML directive.', at: '1,1' },
  ],
  ['yamldecode("%YAML 1.1\\n---\\na: 1")', { type: ['object', { a: 'number' }], value: { a: { n: '1' } } }],
  // An IPv4-mapped IPv6 network is IPv4 to Go's net.IP.To4, but keeps its 128-bit prefix in go-cidr.
  ['cidrhost("::ffff:10.0.0.0/104", 1)', { type: 'string', value: '0:1::ffff:a00:0' }],
  ['cidrhost("::ffff:10.0.0.0/104", -1)', { type: 'string', value: 'ff:ffff::ffff:a00:0' }],
  ['cidrhost("::ffff:10.0.0.0/104", 0)', { type: 'string', value: '10.0.0.0' }],
  ['cidrhost("::/80", 281470681743360)', { type: 'string', value: '0.0.0.0' }],
  ['cidrsubnet("::ffff:10.0.0.0/104", 8, 1)', { type: 'string', value: '10.1.0.0/16' }],
  ['cidrsubnet("::ffff:10.0.0.0/88", 8, 255)', { type: 'string', value: '0.0.0.0/0' }],
  [
    'cidrsubnets("::ffff:10.0.0.0/104", 8, 8)',
    {
      error:
        'Invalid function argument: Invalid value for "newbits" parameter: not enough remaining address space for a subnet with a prefix of 112 bits after <nil>.',
      at: '1,36',
    },
  ],
  // pow is Go's math.Pow, not correctly rounded: repeated squaring for the integer part of the power.
  ['pow(10, 308)', { type: 'number', value: { n: `10000000000000006${'0'.repeat(292)}` } }],
  ['pow(7, -2)', { type: 'number', value: { n: '0.02040816326530612' } }],
  ['pow(0.1, 5)', { type: 'number', value: { n: '0.000010000000000000006' } }],
  ['pow(1.0001, 308)', { type: 'number', value: { n: '1.0312776393511525' } }],
  ['pow(10, 0.3)', { type: 'number', value: { n: '1.9952623149688797' } }],
  ['pow(7, 1.5)', { type: 'number', value: { n: '18.520259177452136' } }],
  ['pow(2, -1075)', { type: 'number', value: { n: '0' } }],
  ['pow(-1.1, 1e300)', { type: 'number', value: { n: '+Inf' } }],
];

beforeAll(async () => {
  await loadYaml();
});

test.each(cases)('%s', (src, expected, mode = 'expr') => {
  const got = evaluateEntry(mode, src, ctx);
  if ('error' in expected)
    expect(got.ok ? { value: plainValue(got.value) } : { error: `${got.summary}: ${got.detail}`, at: got.range?.replace(/-.*/, '') }).toEqual(expected);
  else expect(got.ok ? { type: plainTypeOf(got.value), value: plainValue(got.value) } : { error: `${got.summary}: ${got.detail}` }).toEqual(expected);
});

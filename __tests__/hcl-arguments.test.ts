// Argument checks and results as Packer's functions give them (cty stdlib, go-cty-funcs, Packer's own): lookup's
// three arguments, setproduct's two, slice of a set, coalescelist, range, signum, bcrypt's cost, uuidv5 namespaces,
// cidr functions on IPv6 and leading-zero IPv4, csvdecode as Go's CSV reader, string-to-bool conversion, and &&/||
// short-circuiting as HCL, convert(), and jsondecode's errors in Go's words. Expected values are Packer's results for the same expressions.
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { CONVERTERS } from '../__fixtures__/hcl/converters.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { isKnown, toJS } from '../src/hcl/value/value.js';

const functions = { ...standardFunctions({ baseDir: process.cwd() }), ...CONVERTERS };

type Expected = { value: unknown } | { error: string } | { unknown: true };

const cases: [string, Expected][] = [
  ['lookup({a = 1}, "a")', { error: 'Not enough function arguments: Function "lookup" expects 3 argument(s). Missing value for "default".' }],
  ['lookup({a = 1}, "b", null)', { error: 'Invalid function argument: Invalid value for "default" parameter: argument must not be null.' }],
  [
    'slice(toset([1, 2]), 0, 1)',
    {
      error:
        'Invalid function argument: Invalid value for "list" parameter: cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important.',
    },
  ],
  ['slice([1, 2, 3], 1, 2)', { value: [2] }],
  ['slice(["a", 1], 0, 1)', { value: ['a'] }],
  ['coalescelist("a", [1])', { error: 'Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples.' }],
  ['coalescelist([], [1])', { value: [1] }],
  ['coalescelist(["a"], [1])', { value: ['a'] }],
  ['coalescelist({a = 1}, [1])', { error: 'Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples.' }],
  ['coalescelist()', { error: 'Error in function call: Call to function "coalescelist" failed: at least one argument is required.' }],
  ['range(-3)', { value: [0, -1, -2] }],
  ['range(3)', { value: [0, 1, 2] }],
  ['range(0)', { value: [] }],
  ['range(1, 1)', { value: [] }],
  ['range(5, 1)', { value: [5, 4, 3, 2] }],
  ['range(1, 5, -1)', { error: 'Invalid function argument: Invalid value for "params" parameter: end must be less than start when step is negative.' }],
  [
    'range(0, 1, 0)',
    {
      error:
        'Error in function call: Call to function "range" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step.',
    },
  ],
  ['range(1.5)', { value: [0, 1] }],
  ['range(0, 2, 0.5)', { value: [0, 0.5, 1, 1.5] }],
  [
    'signum(0.5)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['signum(-2)', { value: -1 }],
  ['signum(0)', { value: 0 }],
  [
    'bcrypt("x", 32)',
    {
      error:
        'Error in function call: Call to function "bcrypt" failed: error occured generating password crypto/bcrypt: cost 32 is outside allowed inclusive range 4..31.',
    },
  ],
  [
    'bcrypt("x", 4.5)',
    { error: 'Error in function call: Call to function "bcrypt" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['length(bcrypt("x", 4))', { value: 60 }],
  ['uuidv5("dns", "example.com")', { value: 'cfbff0d1-9375-5685-968c-48ce8b15ae17' }],
  ['uuidv5("url", "example.com")', { value: 'a5cf6e8e-4cfa-5f31-a804-6de6d1245e26' }],
  ['uuidv5("oid", "x")', { value: '8558d34a-d3c6-5881-a6e3-bf8f3e6110ea' }],
  ['uuidv5("x500", "x")', { value: '456e503f-63e3-56c1-b807-4cd79bf8cc22' }],
  ['uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "example.com")', { value: 'cfbff0d1-9375-5685-968c-48ce8b15ae17' }],
  ['uuidv5("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", "example.com")', { value: 'cfbff0d1-9375-5685-968c-48ce8b15ae17' }],
  ['uuidv5("urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8", "example.com")', { value: 'cfbff0d1-9375-5685-968c-48ce8b15ae17' }],
  ['uuidv5("6ba7b8109dad11d180b400c04fd430c8", "example.com")', { value: 'cfbff0d1-9375-5685-968c-48ce8b15ae17' }],
  [
    'uuidv5("DNS", "example.com")',
    { error: 'Error in function call: Call to function "uuidv5" failed: uuidv5() doesn\'t support namespace DNS (invalid UUID length: 3).' },
  ],
  [
    'uuidv5("nope", "example.com")',
    { error: 'Error in function call: Call to function "uuidv5" failed: uuidv5() doesn\'t support namespace nope (invalid UUID length: 4).' },
  ],
  ['cidrnetmask("10.0.0.0/8")', { value: '255.0.0.0' }],
  ['cidrnetmask("fe80::/64")', { value: 'ffff:ffff:ffff:ffff::' }],
  [
    'cidrnetmask("010.0.0.0/8")',
    { error: 'Error in function call: Call to function "cidrnetmask" failed: invalid CIDR expression: invalid CIDR address: 010.0.0.0/8.' },
  ],
  [
    'cidrnetmask("10.0.0.0/33")',
    { error: 'Error in function call: Call to function "cidrnetmask" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0/33.' },
  ],
  ['cidrhost("10.0.0.0/8", 2)', { value: '10.0.0.2' }],
  [
    'cidrhost("010.0.0.0/8", 2)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 010.0.0.0/8.' },
  ],
  [
    'cidrhost("fe80::/64", 18446744073709551615)',
    {
      error: 'Error in function call: Call to function "cidrhost" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  ['cidrhost("fe80::/64", -1)', { value: 'fe80::ffff:ffff:ffff:ffff' }],
  ['cidrhost("10.0.0.0/8", -1)', { value: '10.255.255.255' }],
  ['cidrhost("10.0.0.0/30", 4)', { error: 'Error in function call: Call to function "cidrhost" failed: prefix of 30 does not accommodate a host numbered 4.' }],
  [
    'cidrhost("10.0.0.0/8", 1.5)',
    {
      error: 'Error in function call: Call to function "cidrhost" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  ['cidrsubnet("10.0.0.0/8", 8, 2)', { value: '10.2.0.0/16' }],
  [
    'cidrsubnet("10.0.0.0/8", 8, 256)',
    { error: 'Error in function call: Call to function "cidrsubnet" failed: prefix extension of 8 does not accommodate a subnet numbered 256.' },
  ],
  [
    'cidrsubnet("10.0.0.0/8", 25, 0)',
    { error: 'Error in function call: Call to function "cidrsubnet" failed: insufficient address space to extend prefix of 8 by 25.' },
  ],
  ['cidrsubnet("10.0.0.0/8", 0, 0)', { value: '10.0.0.0/8' }],
  ['cidrsubnet("10.0.0.0/8", -1, 0)', { value: '10.0.0.0/7' }],
  ['cidrsubnet("10.0.0.0/8", 8, -1)', { value: '0.1.0.0/16' }],
  ['cidrsubnet("fe80::/64", 16, 65535)', { value: 'fe80::ffff:0:0:0/80' }],
  ['cidrsubnet("fe80::/64", 65, 0)', { error: 'Error in function call: Call to function "cidrsubnet" failed: may not extend prefix by more than 32 bits.' }],
  [
    'cidrsubnet("fe80::/120", 16, 0)',
    { error: 'Error in function call: Call to function "cidrsubnet" failed: insufficient address space to extend prefix of 120 by 16.' },
  ],
  ['cidrsubnets("10.0.0.0/8", 8, 8, 16)', { value: ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/24'] }],
  [
    'cidrsubnets("10.0.0.0/8", 30)',
    { error: 'Invalid function argument: Invalid value for "newbits" parameter: would extend prefix to 38 bits, which is too long for an IPv4 address.' },
  ],
  ['csvdecode("a,a\\n1,2")', { error: 'Error in function call: Call to function "csvdecode" failed: duplicate column name "a".' }],
  ['csvdecode("a,b\\n1,\\"2\\"")', { value: [{ a: '1', b: '2' }] }],
  [
    'csvdecode("a,b\\n1,x\\"y")',
    { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 2: bare " in non-quoted-field.' },
  ],
  [
    'csvdecode("a,b\\n1,\\"x\\"y\\"")',
    { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 2: extraneous or missing " in quoted-field.' },
  ],
  ['csvdecode("a,b\\n1")', { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 2: wrong number of fields.' }],
  ['csvdecode("")', { error: 'Error in function call: Call to function "csvdecode" failed: missing header line.' }],
  ['csvdecode("a,b\\n")', { value: [] }],
  ['csvdecode("a,b\\r\\n1,2\\r\\n")', { value: [{ a: '1', b: '2' }] }],
  ['csvdecode("a,b\\n\\n1,2")', { value: [{ a: '1', b: '2' }] }],
  ['csvdecode("a,b\\n1,2,3")', { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 2: wrong number of fields.' }],
  ['csvdecode(" a , b \\n1,2")', { value: [{ ' a ': '1', ' b ': '2' }] }],
  ['csvdecode("a\\n\\"multi\\nline\\"")', { value: [{ a: 'multi\nline' }] }],
  ['convert({a = 1, c = 2}, object({a = number}))', { value: { a: 1 } }],
  ['convert({a = 1}, map(string))', { value: { a: '1' } }],
  ['convert("1", bool)', { value: true }],
  ['convert("true", bool)', { value: true }],
  ['convert("1", number)', { value: 1 }],
  ['convert(1, bool)', { error: 'Invalid function argument: Invalid value for "value" parameter: bool required.' }],
  ['true && false', { value: false }],
  ['false && (1 / 0 > 1)', { value: false }],
  ['true || (nope)', { value: true }],
  ['false && nope', { value: false }],
  ['null && true', { value: false }],
  ['true && null', { value: false }],
  ['false || null', { error: 'Operation failed: Error during operation: argument must not be null.' }],
  ['1 && true', { error: 'Invalid operand: Unsuitable value for left operand: bool required.' }],
  ['"true" && true', { value: true }],
  ['csvdecode("a,b\\n\\"x\\ny\\",2")', { value: [{ a: 'x\ny', b: '2' }] }],
  [
    'csvdecode("a,b\\n\\"unterminated")',
    { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 2: extraneous or missing " in quoted-field.' },
  ],
  ['csvdecode("a,b\\n\\"x\\"\\"y\\",2\\n")', { value: [{ a: 'x"y', b: '2' }] }],
  ['csvdecode("\\n\\na,b\\n1,2")', { value: [{ a: '1', b: '2' }] }],
  [
    'csvdecode("a,\\"b\\nc\\"\\n1,2\\n3")',
    { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 4: wrong number of fields.' },
  ],
  ['csvdecode("a\\r\\n1\\r")', { value: [{ a: '1' }] }],
  [
    'csvdecode("a,b\\n1,2\\r\\n\\r\\n3,4")',
    {
      value: [
        { a: '1', b: '2' },
        { a: '3', b: '4' },
      ],
    },
  ],
  [
    'csvdecode("\\"a\\"b,c\\n1,2")',
    { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 1: extraneous or missing " in quoted-field.' },
  ],
  [
    'csvdecode("a,b\\n1,2\\n\\"3\\"")',
    { error: 'Error in function call: Call to function "csvdecode" failed: CSV parse error on line 3: wrong number of fields.' },
  ],
  ['cidrsubnets("10.0.0.0/8", 33)', { error: 'Invalid function argument: Invalid value for "newbits" parameter: may not extend prefix by more than 32 bits.' }],
  [
    'cidrsubnets("010.0.0.0/8", 8)',
    { error: 'Invalid function argument: Invalid value for "prefix" parameter: invalid CIDR expression: invalid CIDR address: 010.0.0.0/8.' },
  ],
  ['cidrsubnets("10.0.0.0/8")', { value: [] }],
  ['cidrhost("10.0.0.0/08", 1)', { value: '10.0.0.1' }],
  [
    'cidrnetmask("10.0.0.0/")',
    { error: 'Error in function call: Call to function "cidrnetmask" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0/.' },
  ],
  [
    'cidrnetmask("10.0.0.0")',
    { error: 'Error in function call: Call to function "cidrnetmask" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0.' },
  ],
  ['cidrnetmask("1.2.3.4/32")', { value: '255.255.255.255' }],
  ['cidrnetmask("::/0")', { value: '::' }],
  ['cidrsubnet("fe80::/48", 16, -1)', { value: '0:0:0:1::/64' }],
  // convert() as HCL's ConvertFunc: no optional() defaults, and an omitted optional attribute is refused.
  [
    'convert({a = 1}, object({a = string, b = optional(number)}))',
    { error: 'Invalid function argument: Invalid value for "value" parameter: attribute "b" is required.' },
  ],
  ['convert({a = 1, b = 2}, object({a = string, b = optional(number)}))', { value: { a: '1', b: 2 } }],
  [
    'convert({a = 1}, object({a = string, b = optional(number, 5)}))',
    { error: 'Invalid type specification: Optional attribute modifier expects only one argument: the attribute type.' },
  ],
  ['convert("x", optional(string))', { error: 'Invalid type specification: Keyword "optional" is valid only as a modifier for object type attributes.' }],
  ['convert([1, "a"], list(string))', { value: ['1', 'a'] }],
  ['convert({a = 1}, map(string))', { value: { a: '1' } }],
  ['convert(1, string)', { value: '1' }],
  ['convert(null, string)', { value: null }],
  ['convert("x", number)', { error: 'Invalid function argument: Invalid value for "value" parameter: a number is required.' }],
  ['convert([{a = 1}], list(object({a = string})))', { value: [{ a: '1' }] }],
  [
    'convert({a = {b = 1}}, object({a = object({b = string, c = optional(bool)})}))',
    { error: 'Invalid function argument: Invalid value for "value" parameter: attribute "a": attribute "c" is required.' },
  ],
  ['convert(tolist([1]), set(number))', { value: [1] }],
  ['convert([3, 1, 3], set(number))', { value: [1, 3] }],
  // jsondecode's failures in Go's encoding/json words, never JavaScript's.
  ['jsondecode("{")', { error: 'Error in function call: Call to function "jsondecode" failed: EOF.' }],
  [
    'jsondecode("{\\"a\\": }")',
    { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'}\' looking for beginning of value.' },
  ],
  ['jsondecode("[1,]")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \']\' looking for beginning of value.' }],
  ['jsondecode("")', { error: 'Error in function call: Call to function "jsondecode" failed: EOF.' }],
  ['jsondecode("nul")', { error: 'Error in function call: Call to function "jsondecode" failed: unexpected EOF.' }],
  ['jsondecode("{\\"a\\":1}x")', { error: 'Error in function call: Call to function "jsondecode" failed: extraneous data after JSON object.' }],
  ['jsondecode("{\\"a\\":1} {}")', { error: 'Error in function call: Call to function "jsondecode" failed: extraneous data after JSON object.' }],
  ['jsondecode("{\\"a\\":1,\\"a\\":2}")', { value: { a: 2 } }],
  ['jsondecode("\'a\'")', { error: "Error in function call: Call to function \"jsondecode\" failed: invalid character '\\'' looking for beginning of value." }],
  ['jsondecode("[1 2]")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'2\' after array element.' }],
  ['jsondecode("{\\"a\\" 1}")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'1\' after object key.' }],
  ['jsondecode("\\"\\\\x\\"")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'x\' in string escape code.' }],
  ['jsondecode("01")', { error: 'Error in function call: Call to function "jsondecode" failed: extraneous data after JSON object.' }],
  ['jsondecode("1e")', { error: 'Error in function call: Call to function "jsondecode" failed: unexpected EOF.' }],
  ['jsondecode("{\\"__proto__\\": {\\"x\\": 1}}")', { value: JSON.parse('{"__proto__": {"x": 1}}') as unknown }],
  ['jsondecode("  ")', { error: 'Error in function call: Call to function "jsondecode" failed: EOF.' }],
  [
    'jsondecode("[\\"a\\", tru]")',
    { error: "Error in function call: Call to function \"jsondecode\" failed: invalid character ']' in literal true (expecting 'e')." },
  ],
  ['jsondecode("[1")', { error: 'Error in function call: Call to function "jsondecode" failed: EOF.' }],
  ['jsondecode("[1,")', { error: 'Error in function call: Call to function "jsondecode" failed: EOF.' }],
  [
    'jsondecode("{\\"a\\":1,}")',
    { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'}\' looking for beginning of object key string.' },
  ],
  ['jsondecode("{\\"a\\":1,")', { error: 'Error in function call: Call to function "jsondecode" failed: EOF.' }],
  ['jsondecode("{\\"a\\"")', { error: 'Error in function call: Call to function "jsondecode" failed: EOF.' }],
  ['jsondecode("{\\"a\\":")', { error: 'Error in function call: Call to function "jsondecode" failed: EOF.' }],
  ['jsondecode("{\\"a\\"")', { error: 'Error in function call: Call to function "jsondecode" failed: EOF.' }],
  ['jsondecode("\\"abc")', { error: 'Error in function call: Call to function "jsondecode" failed: unexpected EOF.' }],
  ['jsondecode("\\"a\\nb\\"")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'\\n\' in string literal.' }],
  [
    'jsondecode("\\"\\\\u12x4\\"")',
    { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'x\' in \\u hexadecimal character escape.' },
  ],
  ['jsondecode("-")', { error: 'Error in function call: Call to function "jsondecode" failed: unexpected EOF.' }],
  ['jsondecode("-x")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'x\' in numeric literal.' }],
  [
    'jsondecode("1.x")',
    { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'x\' after decimal point in numeric literal.' },
  ],
  ['jsondecode("1.5e+x")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'x\' in exponent of numeric literal.' }],
  ['jsondecode("[1]x")', { error: 'Error in function call: Call to function "jsondecode" failed: extraneous data after JSON object.' }],
  ['jsondecode("nullx")', { error: 'Error in function call: Call to function "jsondecode" failed: extraneous data after JSON object.' }],
  ['jsondecode("truex")', { error: 'Error in function call: Call to function "jsondecode" failed: extraneous data after JSON object.' }],
  ['jsondecode("]")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \']\' looking for beginning of value.' }],
  ['jsondecode(",")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \',\' looking for beginning of value.' }],
  ['jsondecode("{1:2}")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'1\'.' }],
  [
    'jsondecode("{\\"a\\":1 \\"b\\":2}")',
    { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'"\' after object key:value pair.' },
  ],
  ['jsondecode("[[1] [2]]")', { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'[\' after array element.' }],
  ['jsondecode("{}}")', { value: {} }],
  ['jsondecode("[1]]")', { value: [1] }],
  ['jsondecode("fals")', { error: 'Error in function call: Call to function "jsondecode" failed: unexpected EOF.' }],
  ['jsondecode("nan")', { error: "Error in function call: Call to function \"jsondecode\" failed: invalid character 'a' in literal null (expecting 'u')." }],
  [
    'jsondecode("{\\"a\\":[1,{\\"b\\":}]}")',
    { error: 'Error in function call: Call to function "jsondecode" failed: invalid character \'}\' looking for beginning of value.' },
  ],
  // cty cannot hold NaN: Packer's call fails with a recovered panic (its stack trace is left out here).
  ['log(-1, 10)', { error: 'Error in function call: Call to function "log" failed: panic in function implementation: Float.SetFloat64(NaN).' }],
  ['pow(-8, 0.5)', { error: 'Error in function call: Call to function "pow" failed: panic in function implementation: Float.SetFloat64(NaN).' }],
  ['log(0, 10)', { value: -Infinity }],
  ['pow(0, -1)', { value: Infinity }],
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

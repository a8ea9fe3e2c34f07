// Numeric and conversion functions at the edges of what they accept, grouped by the kind of mistake a change could
// make: the int64 range of Go ints, the digits of each base, float64 arguments that overflow, rounding of negative,
// exact and infinite numbers, max/min over ties and infinities, and can/try/convert over errors and unknown values.
// Expected outcomes are Packer's for the same expressions.
import { outcome, type Expected } from './oracle/cases.js';

const cases: [string, Expected][] = [
  // whole numbers as Go ints: the int64 range is exact at both ends
  ['signum(9223372036854775807)', { plain: { n: '1' }, type: 'number' }],
  [
    'signum(9223372036854775808)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['signum(-9223372036854775808)', { plain: { n: '-1' }, type: 'number' }],
  [
    'signum(-9223372036854775809)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['signum(9007199254740993)', { plain: { n: '1' }, type: 'number' }],
  [
    'signum(1e19)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  [
    'signum(-1e19)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['signum(3)', { plain: { n: '1' }, type: 'number' }],
  ['signum(-3)', { plain: { n: '-1' }, type: 'number' }],
  [
    'parseint("10", 9223372036854775808)',
    {
      error:
        'Invalid function argument: Invalid value for "base" parameter: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  [
    'parseint("10", 2.5)',
    {
      error:
        'Invalid function argument: Invalid value for "base" parameter: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  ['parseint("10", 62)', { plain: { n: '62' }, type: 'number' }],
  ['parseint("10", 63)', { error: 'Invalid function argument: Invalid value for "base" parameter: base must be a whole number between 2 and 62 inclusive.' }],
  ['parseint("10", 2)', { plain: { n: '2' }, type: 'number' }],
  ['parseint("2", 2)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "2" as a base 2 integer.' }],
  ['parseint("1", 1)', { error: 'Invalid function argument: Invalid value for "base" parameter: base must be a whole number between 2 and 62 inclusive.' }],
  // digits by base: a-z then A-Z above base 36, case-blind up to 36
  ['parseint("Zz", 62)', { plain: { n: '3817' }, type: 'number' }],
  ['parseint("zZ", 62)', { plain: { n: '2231' }, type: 'number' }],
  ['parseint("a", 11)', { plain: { n: '10' }, type: 'number' }],
  ['parseint("a", 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "a" as a base 10 integer.' }],
  ['parseint("A", 11)', { plain: { n: '10' }, type: 'number' }],
  ['parseint("B", 11)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "B" as a base 11 integer.' }],
  ['parseint("Z", 36)', { plain: { n: '35' }, type: 'number' }],
  ['parseint("z", 36)', { plain: { n: '35' }, type: 'number' }],
  ['parseint("9", 9)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "9" as a base 9 integer.' }],
  ['parseint("9", 10)', { plain: { n: '9' }, type: 'number' }],
  ['parseint("/", 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "/" as a base 10 integer.' }],
  ['parseint(":", 11)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse ":" as a base 11 integer.' }],
  ['parseint("@", 36)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "@" as a base 36 integer.' }],
  ['parseint("[", 62)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "[" as a base 62 integer.' }],
  ['parseint("`", 62)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "`" as a base 62 integer.' }],
  ['parseint("{", 62)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "{" as a base 62 integer.' }],
  ['parseint("-", 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "-" as a base 10 integer.' }],
  ['parseint("+", 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "+" as a base 10 integer.' }],
  ['parseint("--1", 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "--1" as a base 10 integer.' }],
  ['parseint("-+1", 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "-+1" as a base 10 integer.' }],
  ['parseint("1-", 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "1-" as a base 10 integer.' }],
  ['parseint(1, 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: first argument must be a string, not number.' }],
  ['parseint(true, 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: first argument must be a string, not bool.' }],
  ['parseint("-123456789012345678901234567890", 10)', { plain: { n: '-123456789012345678901234567890' }, type: 'number' }],
  // float64 arguments: rounding is fine, overflowing is not
  [
    'pow(1e400, 1)',
    {
      error:
        'Error in function call: Call to function "pow" failed: value must be between -179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 and 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 inclusive.',
    },
  ],
  [
    'pow(2, 1e400)',
    {
      error:
        'Error in function call: Call to function "pow" failed: value must be between -179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 and 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 inclusive.',
    },
  ],
  [
    'pow(-1e400, 1)',
    {
      error:
        'Error in function call: Call to function "pow" failed: value must be between -179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 and 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 inclusive.',
    },
  ],
  [
    'log(1e400, 10)',
    {
      error:
        'Error in function call: Call to function "log" failed: value must be between -179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 and 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 inclusive.',
    },
  ],
  [
    'log(10, 1e400)',
    {
      error:
        'Error in function call: Call to function "log" failed: value must be between -179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 and 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 inclusive.',
    },
  ],
  ['pow(1 / 0, 1)', { plain: { n: '+Inf' }, type: 'number' }],
  ['log(1 / 0, 10)', { plain: { n: '+Inf' }, type: 'number' }],
  ['pow(1, 1 / 0)', { plain: { n: '1' }, type: 'number' }],
  ['pow(-1, 1 / 0)', { plain: { n: '1' }, type: 'number' }],
  ['pow(-1, -1 / 0)', { plain: { n: '1' }, type: 'number' }],
  ['pow(1, 0.5)', { plain: { n: '1' }, type: 'number' }],
  ['pow(2, 0)', { plain: { n: '1' }, type: 'number' }],
  ['pow(0.5, 1 / 0)', { plain: { n: '0' }, type: 'number' }],
  ['pow(-1, 3)', { plain: { n: '-1' }, type: 'number' }],
  // floor and ceil at fractions, negatives, exact big numbers and infinities
  ['floor(-1.5)', { plain: { n: '-2' }, type: 'number' }],
  ['ceil(-1.5)', { plain: { n: '-1' }, type: 'number' }],
  ['floor(1.5)', { plain: { n: '1' }, type: 'number' }],
  ['ceil(1.5)', { plain: { n: '2' }, type: 'number' }],
  ['floor(-0.5)', { plain: { n: '-1' }, type: 'number' }],
  ['ceil(-0.5)', { plain: { n: '0' }, type: 'number' }],
  ['floor(2)', { plain: { n: '2' }, type: 'number' }],
  ['ceil(2)', { plain: { n: '2' }, type: 'number' }],
  ['floor(1 / 0)', { plain: { n: '+Inf' }, type: 'number' }],
  ['ceil(-1 / 0)', { plain: { n: '-Inf' }, type: 'number' }],
  ['floor(9007199254740993.5)', { plain: { n: '9007199254740993' }, type: 'number' }],
  ['ceil(9007199254740993.5)', { plain: { n: '9007199254740994' }, type: 'number' }],
  ['floor(-9007199254740993.5)', { plain: { n: '-9007199254740994' }, type: 'number' }],
  ['ceil(-9007199254740993.5)', { plain: { n: '-9007199254740993' }, type: 'number' }],
  ['floor(123456789012345678901234567890.1)', { plain: { n: '123456789012345678901234567890' }, type: 'number' }],
  ['ceil(-123456789012345678901234567890.9)', { plain: { n: '-123456789012345678901234567890' }, type: 'number' }],
  ['ceil(0.1 + 0.2)', { plain: { n: '1' }, type: 'number' }],
  ['floor("2.5")', { plain: { n: '2' }, type: 'number' }],
  ['abs(-9007199254740993)', { plain: { n: '9007199254740993' }, type: 'number' }],
  ['abs(9007199254740993)', { plain: { n: '9007199254740993' }, type: 'number' }],
  ['abs(-0.5)', { plain: { n: '0.5' }, type: 'number' }],
  ['abs(-1 / 0)', { plain: { n: '+Inf' }, type: 'number' }],
  ['abs(0)', { plain: { n: '0' }, type: 'number' }],
  // max and min: ties, infinities, exact values beyond float64
  ['max(-1 / 0)', { plain: { n: '-Inf' }, type: 'number' }],
  ['min(1 / 0)', { plain: { n: '+Inf' }, type: 'number' }],
  [
    'max(-1 / 0, -1e400)',
    {
      plain: {
        n: '-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
      },
      type: 'number',
    },
  ],
  [
    'min(1 / 0, 1e400)',
    {
      plain: {
        n: '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
      },
      type: 'number',
    },
  ],
  ['max(9007199254740993, 9007199254740992)', { plain: { n: '9007199254740993' }, type: 'number' }],
  ['min(9007199254740993, 9007199254740992)', { plain: { n: '9007199254740992' }, type: 'number' }],
  ['max(2, 2.0)', { plain: { n: '2' }, type: 'number' }],
  ['min(-0, 0)', { plain: { n: '-0' }, type: 'number' }],
  ['max(1, "x")', { error: 'Invalid function argument: Invalid value for "numbers" parameter: a number is required.' }],
  ['min(1, "x")', { error: 'Invalid function argument: Invalid value for "numbers" parameter: a number is required.' }],
  ['max(1, true)', { error: 'Invalid function argument: Invalid value for "numbers" parameter: number required.' }],
  // can, try and convert: argument counts, errors caught, unknown values, the messages of failures
  ['can(1)', { plain: true, type: 'bool' }],
  ['can(nope)', { plain: false, type: 'bool' }],
  ['can(1 / "x")', { plain: false, type: 'bool' }],
  ['can(format("%v", null))', { plain: { unknown: true }, type: 'bool' }],
  ['try(1 / "x", 2)', { plain: { n: '2' }, type: 'number' }],
  ['try(1, 1 / "x")', { plain: { n: '1' }, type: 'number' }],
  ['try(format("%v", null), 2)', { plain: { unknown: true }, type: 'dynamic' }],
  ['convert("1", number)', { plain: { n: '1' }, type: 'number' }],
  ['convert("x", number)', { error: 'Invalid function argument: Invalid value for "value" parameter: a number is required.' }],
  ['convert([1, "a"], list(string))', { plain: ['1', 'a'], type: ['list', 'string'] }],
  [
    'convert({a = 1}, object({a = string, b = optional(number)}))',
    { error: 'Invalid function argument: Invalid value for "value" parameter: attribute "b" is required.' },
  ],
  [
    'convert({a = 1}, object({a = string, b = optional(number, 3)}))',
    { error: 'Invalid type specification: Optional attribute modifier expects only one argument: the attribute type.' },
  ],
  ['convert({a = 1}, map(string))', { plain: { a: '1' }, type: ['map', 'string'] }],
  ['convert(null, string)', { plain: { null: true }, type: 'string' }],
  ['convert([1], set(number))', { plain: [{ n: '1' }], type: ['set', 'number'] }],
  ['convert(1, list(number))', { error: 'Invalid function argument: Invalid value for "value" parameter: list of number required.' }],
  ['convert(1, nope)', { error: 'Invalid type specification: The keyword "nope" is not a valid type specification.' }],
  // arguments of the wrong type name their parameter; unknown arguments give an unknown number
  ['abs("x")', { error: 'Invalid function argument: Invalid value for "num" parameter: a number is required.' }],
  ['ceil("x")', { error: 'Invalid function argument: Invalid value for "num" parameter: a number is required.' }],
  ['floor("x")', { error: 'Invalid function argument: Invalid value for "num" parameter: a number is required.' }],
  ['signum("x")', { error: 'Invalid function argument: Invalid value for "num" parameter: a number is required.' }],
  ['log("x", 2)', { error: 'Invalid function argument: Invalid value for "num" parameter: a number is required.' }],
  ['log(2, "x")', { error: 'Invalid function argument: Invalid value for "base" parameter: a number is required.' }],
  ['pow("x", 2)', { error: 'Invalid function argument: Invalid value for "num" parameter: a number is required.' }],
  ['pow(2, "x")', { error: 'Invalid function argument: Invalid value for "power" parameter: a number is required.' }],
  ['parseint("1", "x")', { error: 'Invalid function argument: Invalid value for "base" parameter: a number is required.' }],
  ['max(format("%v", null), 1)', { plain: { unknown: true }, type: 'number' }],
  ['abs(format("%v", null))', { plain: { unknown: true }, type: 'number' }],
  ['ceil(format("%v", null))', { plain: { unknown: true }, type: 'number' }],
  ['floor(format("%v", null))', { plain: { unknown: true }, type: 'number' }],
  ['signum(format("%v", null))', { plain: { unknown: true }, type: 'number' }],
  ['log(format("%v", null), 2)', { plain: { unknown: true }, type: 'number' }],
  ['pow(format("%v", null), 2)', { plain: { unknown: true }, type: 'number' }],
  [
    'signum(9223372036854775809)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  [
    'signum(0.1)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['floor(0.1)', { plain: { n: '0' }, type: 'number' }],
  ['ceil(0.1)', { plain: { n: '1' }, type: 'number' }],
  ['floor(-0.1)', { plain: { n: '-1' }, type: 'number' }],
  ['ceil(-0.1)', { plain: { n: '0' }, type: 'number' }],
  ['max(0.1, 0.1)', { plain: { n: '0.1' }, type: 'number' }],
  ['max(0.30000000000000004, 0.1 + 0.2)', { plain: { n: '0.30000000000000004' }, type: 'number' }],
  ['parseint("+ff", 16)', { plain: { n: '255' }, type: 'number' }],
  ['parseint("ff+", 16)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "ff+" as a base 16 integer.' }],
  ['parseint("Y", 62)', { plain: { n: '60' }, type: 'number' }],
  ['can(try(1 / "x", 2))', { plain: true, type: 'bool' }],
  // exact numbers beyond float64: the int64 bounds reached by arithmetic, integers, infinities
  ['signum(-9223372036854775807 - 1)', { plain: { n: '-1' }, type: 'number' }],
  [
    'signum(9223372036854775807 + 1)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  [
    'signum(-9223372036854775807 - 2)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['ceil(9007199254740993)', { plain: { n: '9007199254740993' }, type: 'number' }],
  ['floor(9007199254740993)', { plain: { n: '9007199254740993' }, type: 'number' }],
  ['floor(1e400 / 0)', { plain: { n: '+Inf' }, type: 'number' }],
  ['ceil(-1e400 / 0)', { plain: { n: '-Inf' }, type: 'number' }],
  ['max()', { error: 'Error in function call: Call to function "max" failed: must pass at least one number.' }],
  ['min()', { error: 'Error in function call: Call to function "min" failed: must pass at least one number.' }],
  ['max(pow(2, 64), 18446744073709551616)', { plain: { n: '18446744073709550000' }, type: 'number' }],
  ['max(18446744073709551616, pow(2, 64))', { plain: { n: '18446744073709551616' }, type: 'number' }],
  ['min(pow(2, 64), 18446744073709551616)', { plain: { n: '18446744073709550000' }, type: 'number' }],
  ['min(18446744073709551616, pow(2, 64))', { plain: { n: '18446744073709551616' }, type: 'number' }],
  ['parseint("10", format("%v", null))', { plain: { unknown: true }, type: 'number' }],
];

test.each(cases)('%s', (src, expected) => {
  expect(outcome(src, 'type' in expected)).toEqual(expected);
});

// Packer reports a NaN result as a recovered Go panic; its message goes on with the Go stack trace, which repack has
// no equivalent for, so only its beginning is compared.
test.each(['log(1, 1)', 'log(-1, 10)', 'pow(-2, 0.5)', 'log(0, 0)'])('%s fails as the NaN panic Packer reports', (src) => {
  const name = src.slice(0, src.indexOf('('));
  expect(outcome(src)).toEqual({
    error: `Error in function call: Call to function "${name}" failed: panic in function implementation: Float.SetFloat64(NaN).`,
  });
});

// try names every failure with its place; Packer's text for the same expression, its input named x.hcl here.
test('try lists each failure with its place when no expression succeeds', () => {
  expect(outcome('try(1 / "x", nope)')).toEqual({
    error: [
      'Error in function call: Call to function "try" failed: no expression succeeded:',
      '- Invalid operand (at x.hcl:1,9-12)',
      '  Unsuitable value for right operand: a number is required.',
      '- Unknown variable (at x.hcl:1,14-18)',
      '  There is no variable named "nope".',
      '',
      'At least one expression must produce a successful result.',
    ].join('\n'),
  });
});

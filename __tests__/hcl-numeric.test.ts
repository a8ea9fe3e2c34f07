// Numeric functions at the edges of what they accept, grouped by the kind of mistake a change could make: the int64
// range of Go ints, the digits of each base, float64 arguments that overflow, rounding of negative, exact and
// infinite numbers, and max/min over ties and infinities. Expected outcomes are Packer's for the same expressions.
import { outcome, type Expected } from './oracle/cases.js';

const cases: [string, Expected][] = [
  // whole numbers as Go ints: the int64 range is exact at both ends
  ['signum(9223372036854775807)', { plain: { n: '1' } }],
  [
    'signum(9223372036854775808)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['signum(-9223372036854775808)', { plain: { n: '-1' } }],
  [
    'signum(-9223372036854775809)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['signum(9007199254740993)', { plain: { n: '1' } }],
  [
    'signum(1e19)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  [
    'signum(-1e19)',
    { error: 'Error in function call: Call to function "signum" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.' },
  ],
  ['signum(3)', { plain: { n: '1' } }],
  ['signum(-3)', { plain: { n: '-1' } }],
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
  ['parseint("10", 62)', { plain: { n: '62' } }],
  ['parseint("10", 63)', { error: 'Invalid function argument: Invalid value for "base" parameter: base must be a whole number between 2 and 62 inclusive.' }],
  ['parseint("10", 2)', { plain: { n: '2' } }],
  ['parseint("2", 2)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "2" as a base 2 integer.' }],
  ['parseint("1", 1)', { error: 'Invalid function argument: Invalid value for "base" parameter: base must be a whole number between 2 and 62 inclusive.' }],
  // digits by base: a-z then A-Z above base 36, case-blind up to 36
  ['parseint("Zz", 62)', { plain: { n: '3817' } }],
  ['parseint("zZ", 62)', { plain: { n: '2231' } }],
  ['parseint("a", 11)', { plain: { n: '10' } }],
  ['parseint("a", 10)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "a" as a base 10 integer.' }],
  ['parseint("A", 11)', { plain: { n: '10' } }],
  ['parseint("B", 11)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "B" as a base 11 integer.' }],
  ['parseint("Z", 36)', { plain: { n: '35' } }],
  ['parseint("z", 36)', { plain: { n: '35' } }],
  ['parseint("9", 9)', { error: 'Invalid function argument: Invalid value for "number" parameter: cannot parse "9" as a base 9 integer.' }],
  ['parseint("9", 10)', { plain: { n: '9' } }],
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
  ['parseint("-123456789012345678901234567890", 10)', { plain: { n: '-123456789012345678901234567890' } }],
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
  ['pow(1 / 0, 1)', { plain: { n: '+Inf' } }],
  ['log(1 / 0, 10)', { plain: { n: '+Inf' } }],
  ['pow(1, 1 / 0)', { plain: { n: '1' } }],
  ['pow(-1, 1 / 0)', { plain: { n: '1' } }],
  ['pow(-1, -1 / 0)', { plain: { n: '1' } }],
  ['pow(1, 0.5)', { plain: { n: '1' } }],
  ['pow(2, 0)', { plain: { n: '1' } }],
  ['pow(0.5, 1 / 0)', { plain: { n: '0' } }],
  ['pow(-1, 3)', { plain: { n: '-1' } }],
  // floor and ceil at fractions, negatives, exact big numbers and infinities
  ['floor(-1.5)', { plain: { n: '-2' } }],
  ['ceil(-1.5)', { plain: { n: '-1' } }],
  ['floor(1.5)', { plain: { n: '1' } }],
  ['ceil(1.5)', { plain: { n: '2' } }],
  ['floor(-0.5)', { plain: { n: '-1' } }],
  ['ceil(-0.5)', { plain: { n: '0' } }],
  ['floor(2)', { plain: { n: '2' } }],
  ['ceil(2)', { plain: { n: '2' } }],
  ['floor(1 / 0)', { plain: { n: '+Inf' } }],
  ['ceil(-1 / 0)', { plain: { n: '-Inf' } }],
  ['floor(9007199254740993.5)', { plain: { n: '9007199254740993' } }],
  ['ceil(9007199254740993.5)', { plain: { n: '9007199254740994' } }],
  ['floor(-9007199254740993.5)', { plain: { n: '-9007199254740994' } }],
  ['ceil(-9007199254740993.5)', { plain: { n: '-9007199254740993' } }],
  ['floor(123456789012345678901234567890.1)', { plain: { n: '123456789012345678901234567890' } }],
  ['ceil(-123456789012345678901234567890.9)', { plain: { n: '-123456789012345678901234567890' } }],
  ['ceil(0.1 + 0.2)', { plain: { n: '1' } }],
  ['floor("2.5")', { plain: { n: '2' } }],
  ['abs(-9007199254740993)', { plain: { n: '9007199254740993' } }],
  ['abs(9007199254740993)', { plain: { n: '9007199254740993' } }],
  ['abs(-0.5)', { plain: { n: '0.5' } }],
  ['abs(-1 / 0)', { plain: { n: '+Inf' } }],
  ['abs(0)', { plain: { n: '0' } }],
  // max and min: ties, infinities, exact values beyond float64
  ['max(-1 / 0)', { plain: { n: '-Inf' } }],
  ['min(1 / 0)', { plain: { n: '+Inf' } }],
  [
    'max(-1 / 0, -1e400)',
    {
      plain: {
        n: '-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
      },
    },
  ],
  [
    'min(1 / 0, 1e400)',
    {
      plain: {
        n: '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
      },
    },
  ],
  ['max(9007199254740993, 9007199254740992)', { plain: { n: '9007199254740993' } }],
  ['min(9007199254740993, 9007199254740992)', { plain: { n: '9007199254740992' } }],
  ['max(2, 2.0)', { plain: { n: '2' } }],
  ['min(-0, 0)', { plain: { n: '-0' } }],
  ['max(1, "x")', { error: 'Invalid function argument: Invalid value for "numbers" parameter: a number is required.' }],
  ['min(1, "x")', { error: 'Invalid function argument: Invalid value for "numbers" parameter: a number is required.' }],
  ['max(1, true)', { error: 'Invalid function argument: Invalid value for "numbers" parameter: number required.' }],
];

test.each(cases)('%s', (src, expected) => {
  expect(outcome(src, 'type' in expected)).toEqual(expected);
});

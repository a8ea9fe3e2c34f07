// formatdate and timeadd as Packer computes them (cty's strict RFC 3339 reader, Go's durations and error wording).
// Expected values are Packer's results for the same expressions.
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { isKnown, toJS } from '../src/hcl/value/value.js';

const functions = standardFunctions({ baseDir: process.cwd() });

type Expected = { value: unknown } | { error: string } | { unknown: true };

const cases: [string, Expected][] = [
  [
    'formatdate("YYYY-MM-DD", "2020-13-01T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "-01T00:00:00Z" as month.' },
  ],
  [
    'formatdate("YYYY-MM-DD", "2021-02-29T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: day out of range.' },
  ],
  ['formatdate("YYYY-MM-DD", "2020-02-29T00:00:00Z")', { value: '2020-02-29' }],
  [
    'formatdate("YYYY-MM-DD", "2021-02-30T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: day out of range.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T24:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: hour must be between 0 and 23 inclusive.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T23:60:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: minute must have exactly two digits.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T23:59:60Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "Z" as second.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T1:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: hour must have exactly two digits.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01 10:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: missing required time introducer \'T\'.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01t10:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: missing required time introducer \'T\'.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T10:00:00z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "z" as UTC offset.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T10:00:00")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: end of string before UTC offset.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T10:00:00+24:00")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "+24:00" as UTC offset.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T10:00:00+05:60")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "+05:60" as UTC offset.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T10:00:00,5Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "," as timestamp segment.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T10:00:00.5Zx")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "x" as timestamp segment.' },
  ],
  [
    'formatdate("hh:mm", "2020-1-01T10:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "1-01T10:00:00Z" as month.' },
  ],
  [
    'formatdate("hh:mm", "20-01-01T10:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "1-01T10:00:00Z" as year.' },
  ],
  [
    'formatdate("hh:mm", "")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: end of string before year.' },
  ],
  [
    'formatdate("hh:mm", "2020")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: end of string where "-" is expected.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: missing required time introducer \'T\'.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T10")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: end of string where ":" is expected.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-01T10:00")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: end of string where ":" is expected.' },
  ],
  [
    'formatdate("hh:mm", "2020-00-01T10:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: cannot use "-01T10:00:00Z" as month.' },
  ],
  [
    'formatdate("hh:mm", "2020-01-00T10:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "time" parameter: not a valid RFC3339 timestamp: day out of range.' },
  ],
  ['formatdate("YYYY-MM-DD", "0000-01-01T00:00:00Z")', { value: '0000-01-01' }],
  ['formatdate("YY", "0005-01-01T00:00:00Z")', { value: '05' }],
  ['formatdate("EEEE EEE", "0000-03-01T00:00:00Z")', { value: 'Wednesday Wed' }],
  ["formatdate(\"'quoted ''text'''\", \"2020-01-01T00:00:00Z\")", { value: "quoted 'text'" }],
  ['formatdate("\'\'", "2020-01-01T00:00:00Z")', { value: "'" }],
  ['formatdate("\'abc", "2020-01-01T00:00:00Z")', { error: 'Invalid function argument: Invalid value for "format" parameter: unterminated literal \'.' }],
  ['formatdate("\'", "2020-01-01T00:00:00Z")', { error: 'Invalid function argument: Invalid value for "format" parameter: unterminated literal \'.' }],
  [
    'formatdate("a\'b\'\'c\'d", "2020-01-01T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "format" parameter: invalid date format verb "a": must be "aa".' },
  ],
  ['formatdate("HH H hh h AA aa", "2020-01-01T00:30:00Z")', { value: '12 12 00 0 AM am' }],
  ['formatdate("HH H hh h AA aa", "2020-01-01T12:30:00Z")', { value: '12 12 12 12 PM pm' }],
  ['formatdate("HH H hh h AA aa", "2020-01-01T13:05:09Z")', { value: '01 1 13 13 PM pm' }],
  [
    'formatdate("YYY", "2020-01-01T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "format" parameter: invalid date format verb "YYY": year must either be "YY" or "YYYY".' },
  ],
  [
    'formatdate("MMMMM", "2020-01-01T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "format" parameter: invalid date format verb "MMMMM": month must be "M", "MM", "MMM", or "MMMM".' },
  ],
  [
    'formatdate("DDD", "2020-01-01T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "format" parameter: invalid date format verb "DDD": day of month must either be "D" or "DD".' },
  ],
  [
    'formatdate("EE", "2020-01-01T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "format" parameter: invalid date format verb "EE": day of week must either be "EEE" or "EEEE".' },
  ],
  [
    'formatdate("hhh", "2020-01-01T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "format" parameter: invalid date format verb "hhh": 24-hour must either be "h" or "hh".' },
  ],
  [
    'formatdate("A", "2020-01-01T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "format" parameter: invalid date format verb "A": must be "AA".' },
  ],
  [
    'formatdate("ZZ", "2020-01-01T00:00:00Z")',
    { error: 'Invalid function argument: Invalid value for "format" parameter: invalid date format verb "ZZ": timezone must be Z, ZZZZ, or ZZZZZ.' },
  ],
  ['formatdate("Q", "2020-01-01T00:00:00Z")', { error: 'Invalid function argument: Invalid value for "format" parameter: invalid date format verb "Q".' }],
  ['formatdate("Z ZZZ ZZZZ ZZZZZ", "2020-01-01T00:00:00Z")', { value: 'Z UTC +0000 +00:00' }],
  ['formatdate("Z ZZZ ZZZZ ZZZZZ", "2020-01-01T00:00:00+00:00")', { value: 'Z UTC +0000 +00:00' }],
  ['formatdate("Z ZZZ ZZZZ ZZZZZ", "2020-01-01T00:00:00-05:30")', { value: '-05:30 -0530 -0530 -05:30' }],
  ['formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01-08:00")', { value: '02 Jan 2018 23:12 -0800' }],
  ['formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")', { value: 'Tuesday, 02-Jan-18 23:12:01 UTC' }],
  ['formatdate("M/D/YY", "2018-01-02T23:12:01.999999999Z")', { value: '1/2/18' }],
  ['timeadd("2017-11-22T00:00:00Z", "10m")', { value: '2017-11-22T00:10:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", "-1.5h")', { value: '2017-11-21T22:30:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", ".5h")', { value: '2017-11-22T00:30:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", "1h30m")', { value: '2017-11-22T01:30:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", "1µs")', { value: '2017-11-22T00:00:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", "1us")', { value: '2017-11-22T00:00:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", "1μs")', { value: '2017-11-22T00:00:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", "1")', { error: 'Error in function call: Call to function "timeadd" failed: time: missing unit in duration "1".' }],
  ['timeadd("2017-11-22T00:00:00Z", "0")', { value: '2017-11-22T00:00:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", "-0")', { value: '2017-11-22T00:00:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", "")', { error: 'Error in function call: Call to function "timeadd" failed: time: invalid duration "".' }],
  ['timeadd("2017-11-22T00:00:00Z", "1d")', { error: 'Error in function call: Call to function "timeadd" failed: time: unknown unit "d" in duration "1d".' }],
  [
    'timeadd("2017-11-22T00:00:00Z", "1h ")',
    { error: 'Error in function call: Call to function "timeadd" failed: time: unknown unit "h " in duration "1h ".' },
  ],
  ['timeadd("2017-11-22T00:00:00Z", ".h")', { error: 'Error in function call: Call to function "timeadd" failed: time: invalid duration ".h".' }],
  ['timeadd("2017-11-22T00:00:00Z", "1.h")', { value: '2017-11-22T01:00:00Z' }],
  ['timeadd("2017-11-22T00:00:00Z", "+5s")', { value: '2017-11-22T00:00:05Z' }],
  [
    'timeadd("2017-11-22T00:00:00Z", "1h-5m")',
    { error: 'Error in function call: Call to function "timeadd" failed: time: unknown unit "h-" in duration "1h-5m".' },
  ],
  [
    'timeadd("2017-11-22T00:00:00Z", "9999999999h")',
    { error: 'Error in function call: Call to function "timeadd" failed: time: invalid duration "9999999999h".' },
  ],
  ['timeadd("2017-11-22T00:00:00Z", "2562047h")', { value: '2310-03-03T23:00:00Z' }],
  ['timeadd("2017-11-22T00:00:00.9Z", "100ms")', { value: '2017-11-22T00:00:01Z' }],
  ['timeadd("2017-11-22T00:00:00.95Z", "100ms")', { value: '2017-11-22T00:00:01Z' }],
  ['timeadd("2017-11-22T23:30:00+05:30", "1h")', { value: '2017-11-23T00:30:00+05:30' }],
  [
    'timeadd("2017-02-30T00:00:00Z", "1h")',
    { error: 'Error in function call: Call to function "timeadd" failed: not a valid RFC3339 timestamp: day out of range.' },
  ],
  ['timeadd("0000-01-01T00:00:00Z", "-1h")', { value: '-0001-12-31T23:00:00Z' }],
  [
    'timeadd("2017-11-22T00:00:00Z", "1x\\u00b5")',
    { error: 'Error in function call: Call to function "timeadd" failed: time: unknown unit "x\\xc2\\xb5" in duration "1x\\xc2\\xb5".' },
  ],
  ['timeadd("2020-02-28T12:00:00Z", "24h")', { value: '2020-02-29T12:00:00Z' }],
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

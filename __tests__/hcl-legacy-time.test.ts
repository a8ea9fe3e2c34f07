// legacy_isotime and legacy_strftime format the time Packer started, in UTC, with Go's reference-time layouts and
// jehiah/go-strftime's directives. Each layout element is checked at instants where a wrong element shows: a morning
// and an afternoon, midnight and noon, a leap year's last day, a year below 1000, fractions of a second. Expected
// texts are Go's time.Format and strftime.Format for the same instants.
import { dateTimeFunctions } from '../src/hcl/functions/datetime.js';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { parseExpressionText } from '../src/hcl/syntax/parser.js';
import { toJS } from '../src/hcl/value/value.js';
import { utcMs } from '../src/hcl/functions/time-parse.js';

interface Instant {
  ms: number;
  nanos: number;
}

const instants: Record<string, Instant> = {
  '2024-01-02T03:04:05.123456789Z': { ms: utcMs(2024, 1, 2, 3, 4, 5) + 123, nanos: 123456789 },
  '2023-11-25T15:09:07.5Z': { ms: utcMs(2023, 11, 25, 15, 9, 7) + 500, nanos: 500000000 },
  '2024-12-31T00:00:00Z': { ms: utcMs(2024, 12, 31, 0, 0, 0), nanos: 0 },
  '0005-07-04T12:30:00Z': { ms: utcMs(5, 7, 4, 12, 30, 0), nanos: 0 },
};

function format(instant: string, call: string): unknown {
  const { ms, nanos } = instants[instant];
  const functions = dateTimeFunctions(() => ({ ms, offset: 0, nanos }));
  const parsed = parseExpressionText(call, 'x.hcl');
  const r = evaluate(parsed.expr, { variables: {}, functions });
  expect(r.diagnostics).toEqual([]);
  return toJS(r.value);
}

const layouts: [string, string, string][] = [
  // names of months and days, long and short
  ['2024-01-02T03:04:05.123456789Z', 'January Jan Monday Mon', 'January Jan Tuesday Tue'],
  ['2023-11-25T15:09:07.5Z', 'January Jan Monday Mon', 'November Nov Saturday Sat'],
  ['0005-07-04T12:30:00Z', 'January Jan Monday Mon', 'July Jul Monday Mon'],
  // years, months, days (padded, space-padded, bare) and the day of the year
  ['2024-01-02T03:04:05.123456789Z', '2006 06 01 1 02 _2 2 002', '2024 24 01 1 02  2 2 002'],
  ['2023-11-25T15:09:07.5Z', '2006 06 01 1 02 _2 2 002', '2023 23 11 11 25 25 25 329'],
  ['2024-12-31T00:00:00Z', '2006 06 01 1 02 _2 2 002', '2024 24 12 12 31 31 31 366'],
  ['0005-07-04T12:30:00Z', '2006 06 01 1 02 _2 2 002', '0005 05 07 7 04  4 4 185'],
  // hours on both clocks, minutes, seconds, AM/PM
  ['2024-01-02T03:04:05.123456789Z', '15 03 3 04 4 05 5 PM pm', '03 03 3 04 4 05 5 AM am'],
  ['2023-11-25T15:09:07.5Z', '15 03 3 04 4 05 5 PM pm', '15 03 3 09 9 07 7 PM pm'],
  ['2024-12-31T00:00:00Z', '15 03 3 04 4 05 5 PM pm', '00 12 12 00 0 00 0 AM am'],
  ['0005-07-04T12:30:00Z', '15 03 3 04 4 05 5 PM pm', '12 12 12 30 30 00 0 PM pm'],
  // the zone: always UTC
  ['2024-01-02T03:04:05.123456789Z', 'MST -0700 -07:00 -07 -07:00:00 Z0700 Z07:00 Z07 Z07:00:00', 'UTC +0000 +00:00 +00 +00:00:00 Z Z Z Z'],
  // fractions of a second: fixed width with 0s, trimmed with 9s
  [
    '2024-01-02T03:04:05.123456789Z',
    '05.000000000|05.999999999|05.000000|05.999999|05.000|05.999',
    '05.123456789|05.123456789|05.123456|05.123456|05.123|05.123',
  ],
  ['2023-11-25T15:09:07.5Z', '05.000000000|05.999999999|05.000000|05.999999|05.000|05.999', '07.500000000|07.5|07.500000|07.5|07.500|07.5'],
  ['2024-12-31T00:00:00Z', '05.000000000|05.999999999|05.000000|05.999999|05.000|05.999', '00.000000000|00|00.000000|00|00.000|00'],
  // elements next to each other and to other text
  ['2024-01-02T03:04:05.123456789Z', 'Jan_2 x1y2z3 2006-01-02T15:04:05Z07:00', 'Jan 2 x1y2z3 2024-01-02T03:04:05Z'],
  ['2023-11-25T15:09:07.5Z', 'Jan_2 x1y2z3 2006-01-02T15:04:05Z07:00', 'Nov25 x11y25z3 2023-11-25T15:09:07Z'],
  ['0005-07-04T12:30:00Z', 'Jan_2 x1y2z3 2006-01-02T15:04:05Z07:00', 'Jul 4 x7y4z12 0005-07-04T12:30:00Z'],
];

test.each(layouts)('legacy_isotime at %s: %s', (instant, layout, expected) => {
  expect(format(instant, `legacy_isotime(${JSON.stringify(layout)})`)).toBe(expected);
});

const directives: [string, string, string][] = [
  ['2024-01-02T03:04:05.123456789Z', '%B %b %m %A %a %d %H %I %M %S %Y %y %p %Z %z %L', 'January Jan 01 Tuesday Tue 02 03 03 04 05 2024 24 AM UTC +0000 .123'],
  ['2023-11-25T15:09:07.5Z', '%B %b %m %A %a %d %H %I %M %S %Y %y %p %Z %z %L', 'November Nov 11 Saturday Sat 25 15 03 09 07 2023 23 PM UTC +0000 .500'],
  ['2024-12-31T00:00:00Z', '%B %b %m %A %a %d %H %I %M %S %Y %y %p %Z %z %L', 'December Dec 12 Tuesday Tue 31 00 12 00 00 2024 24 AM UTC +0000 .000'],
  ['0005-07-04T12:30:00Z', '%B %b %m %A %a %d %H %I %M %S %Y %y %p %Z %z %L', 'July Jul 07 Monday Mon 04 12 12 30 00 0005 05 PM UTC +0000 .000'],
  // %% is one %, unknown directives stay as written, a lone % at the end stays
  ['2024-01-02T03:04:05.123456789Z', '%% %e %q 100% %', '% %e %q 100% %'],
  ['2023-11-25T15:09:07.5Z', 'a%%b%Hc%', 'a%b15c%'],
];

test.each(directives)('legacy_strftime at %s: %s', (instant, format_, expected) => {
  expect(format(instant, `legacy_strftime(${JSON.stringify(format_)})`)).toBe(expected);
});

test('without a format, both give the time Packer started in RFC 3339, the same on every call', () => {
  let seconds = 7;
  const functions = dateTimeFunctions(() => ({ ms: utcMs(2023, 11, 25, 15, 9, seconds++) + 500, offset: 0, nanos: 500000000 }));
  const texts = ['legacy_isotime()', 'legacy_isotime()', 'legacy_strftime()', 'legacy_strftime()'].map((call) =>
    toJS(evaluate(parseExpressionText(call, 'x.hcl').expr, { variables: {}, functions }).value),
  );
  expect(texts[0]).toBe('2023-11-25T15:09:07Z');
  expect([texts[1], texts[3]]).toEqual([texts[0], texts[2]]);
  expect(texts[2]).toMatch(/^2023-11-25T15:09:0\dZ$/);
});

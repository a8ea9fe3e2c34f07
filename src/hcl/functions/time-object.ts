// Packer's rfc3339_parse and unix_timestamp_parse: a timestamp taken apart into an object of calendar fields.
// rfc3339_parse keeps the timestamp's own UTC offset for the fields (its `unix` is absolute); unix_timestamp_parse
// reads the seconds in UTC.
import type { HclFunction } from './function.js';
import { T, V, type Type, type Value } from '../value/value.js';
import { ArgError, fn, num, param, str } from './helpers.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

const calendarTypes = {
  year: T.number,
  year_day: T.number,
  day: T.number,
  month: T.number,
  month_name: T.string,
  weekday: T.number,
  weekday_name: T.string,
  hour: T.number,
  minute: T.number,
  second: T.number,
  iso_year: T.number,
  iso_week: T.number,
};
const RFC3339_PARSE_TYPE: Type = T.object({ ...calendarTypes, unix: T.number });
const UNIX_PARSE_TYPE: Type = T.object({ ...calendarTypes, rfc3339: T.string });

/** Midnight UTC of a date; unlike Date.UTC, years 0–99 are not taken for 1900–1999. */
function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

/** ISO 8601 week-numbering year and week of a UTC calendar date. */
function isoWeek(d: Date): [number, number] {
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  const thursday = new Date(utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - weekday));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utc(year, 0, 1)) / DAY_MS / 7) + 1;
  return [year, week];
}

/** The calendar fields of `d`, read as UTC (callers shift it by the offset first). */
function calendar(d: Date): Record<string, Value> {
  const [isoYear, week] = isoWeek(d);
  const yearDay = Math.round((utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - utc(d.getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
  return {
    year: V.number(d.getUTCFullYear()),
    year_day: V.number(yearDay),
    day: V.number(d.getUTCDate()),
    month: V.number(d.getUTCMonth() + 1),
    month_name: V.string(MONTHS[d.getUTCMonth()]),
    weekday: V.number(d.getUTCDay()),
    weekday_name: V.string(WEEKDAYS[d.getUTCDay()]),
    hour: V.number(d.getUTCHours()),
    minute: V.number(d.getUTCMinutes()),
    second: V.number(d.getUTCSeconds()),
    iso_year: V.number(isoYear),
    iso_week: V.number(week),
  };
}

// Go's time.RFC3339Nano layout, and the same with a space for the T: the date and time fields are exactly two
// (four) digits, the zone is an upper-case Z or ±hh:mm.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function rfc3339Parse(text: string): Value {
  const m = RFC3339.exec(text);
  const bad = (): never => {
    throw new ArgError(0, `${JSON.stringify(text)} is not a valid RFC3339 timestamp`);
  };
  if (!m) return bad();
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const zh = m[9] === undefined ? 0 : Number(m[9]);
  const zm = m[10] === undefined ? 0 : Number(m[10]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59 || zh > 23 || zm > 59) bad();
  const offsetMs = (m[8] === '-' ? -1 : 1) * (zh * 60 + zm) * 60_000;
  const local = new Date(utc(y, mo - 1, d) + ((h * 60 + mi) * 60 + s) * 1000);
  const unix = Math.floor((local.getTime() - offsetMs) / 1000);
  return V.object({ ...calendar(local), unix: V.number(unix) });
}

const two = (n: number): string => String(n).padStart(2, '0');

function unixTimestampParse(seconds: number): Value {
  if (!Number.isInteger(seconds) || Math.abs(seconds) > 2 ** 63) {
    throw new ArgError(
      0,
      `unix_timestamp must be a whole number of seconds representable as a 64-bit integer: value must be a whole number, between -9223372036854775808 and 9223372036854775807`,
    );
  }
  const d = new Date(seconds * 1000);
  if (Number.isNaN(d.getTime())) throw new ArgError(0, `unix_timestamp ${seconds} is outside the range of dates repack can represent`);
  const date = `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  const rfc3339 = `${date}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}Z`;
  return V.object({ ...calendar(d), rfc3339: V.string(rfc3339) });
}

export function timeObjectFunctions(): Record<string, HclFunction> {
  return {
    rfc3339_parse: fn([param('timestamp', T.string)], ([t]) => rfc3339Parse(str(t)), { returnType: RFC3339_PARSE_TYPE }),
    unix_timestamp_parse: fn([param('unix_timestamp', T.number)], ([n]) => unixTimestampParse(num(n)), { returnType: UNIX_PARSE_TYPE }),
  };
}

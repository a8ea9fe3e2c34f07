// Timestamps as HCL's date functions read and write them: cty's strict RFC 3339 reader (no rolling over of month 13,
// 30 February or 24:00; the offset kept as written), its wording of Go's time.Parse errors, and Go durations.

export interface Stamp {
  /** Milliseconds since the epoch (UTC). */
  ms: number;
  /** The offset from UTC in minutes, as written. */
  offset: number;
  /** The fraction of the second in nanoseconds (its milliseconds are also in `ms`). */
  nanos: number;
}

/** A timestamp or duration cty rejects, with cty's message. */
export class TimeError extends Error {}

const leap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysIn(year: number, month: number): number {
  return month === 2 && leap(year) ? 29 : monthDays[month - 1];
}

/** Milliseconds since the epoch of a calendar date-time in UTC, for any year (Date.UTC maps 0–99 to 1900–1999). */
export function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const date = new Date(Date.UTC(2000, 0, 1, h, mi, s));
  date.setUTCFullYear(y, mo - 1, d);
  return date.getTime();
}

const digits = (s: string): boolean => /^\d+$/.test(s);

/** cty's parseRFC3339: the fast, strict reader. */
function strict(s: string): Stamp | undefined {
  if (s.length < 19) return undefined;
  const num = (t: string, min: number, max: number): number | undefined => {
    if (!digits(t)) return undefined;
    const n = Number(t);
    return n < min || n > max ? undefined : n;
  };
  const y = num(s.slice(0, 4), 0, 9999);
  const mo = num(s.slice(5, 7), 1, 12);
  const d = y === undefined || mo === undefined ? undefined : num(s.slice(8, 10), 1, daysIn(y, mo));
  const h = num(s.slice(11, 13), 0, 23);
  const mi = num(s.slice(14, 16), 0, 59);
  const sec = num(s.slice(17, 19), 0, 59);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined || sec === undefined) return undefined;
  if (s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return undefined;
  let rest = s.slice(19);
  let nanos = 0;
  const frac = /^\.\d+/.exec(rest);
  if (frac) {
    nanos = Number(frac[0].slice(1, 10).padEnd(9, '0'));
    rest = rest.slice(frac[0].length);
  }
  let offset = 0;
  if (rest !== 'Z') {
    if (rest.length !== 6) return undefined;
    const oh = num(rest.slice(1, 3), 0, 23);
    const om = num(rest.slice(4, 6), 0, 59);
    if (oh === undefined || om === undefined || (rest[0] !== '-' && rest[0] !== '+') || rest[3] !== ':') return undefined;
    offset = (rest[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return { ms: utcMs(y, mo, d, h, mi, sec) - offset * 60000 + Math.floor(nanos / 1e6), offset, nanos };
}

interface ParseFailure {
  layoutElem: string;
  valueElem: string;
  message: string;
}

/** Why Go's time.Parse(time.RFC3339, s) fails, as its ParseError fields; undefined when it would succeed. */
function goParseFailure(s: string): ParseFailure | undefined {
  let v = s;
  const fail = (layoutElem: string, valueElem: string, message = ''): ParseFailure => ({ layoutElem, valueElem, message });
  const lit = (c: string): boolean => {
    if (v[0] !== c) return false;
    v = v.slice(1);
    return true;
  };
  const getnum = (fixed: boolean): number | undefined => {
    if (!/^\d/.test(v)) return undefined;
    if (!/^\d\d/.test(v)) {
      if (fixed) return undefined;
      const n = Number(v[0]);
      v = v.slice(1);
      return n;
    }
    const n = Number(v.slice(0, 2));
    v = v.slice(2);
    return n;
  };
  if (v.length < 4 || !/^\d/.test(v)) return fail('2006', v);
  const yText = v.slice(0, 4);
  v = v.slice(4);
  if (!digits(yText)) return fail('2006', v);
  const year = Number(yText);
  const fields: [string, string, boolean, number, string][] = [
    ['-', '01', true, 12, 'month'],
    ['-', '02', true, 31, ''],
    ['T', '15', false, 23, 'hour'],
    [':', '04', true, 59, 'minute'],
    [':', '05', true, 59, 'second'],
  ];
  const got: number[] = [];
  for (const [sep, elem, fixed, max, range] of fields) {
    if (!lit(sep)) return fail(sep, v);
    const hold = v;
    const n = getnum(fixed);
    if (n === undefined) return fail(elem, hold);
    if (range !== '' && (n > max || (range === 'month' && n === 0))) return fail(elem, v, `: ${range} out of range`);
    got.push(n);
  }
  const frac = /^[.,]\d+/.exec(v);
  if (frac) v = v.slice(frac[0].length);
  if (v[0] === 'Z') v = v.slice(1);
  else if (v.length < 6 || v[3] !== ':' || !/^[+-]\d\d$/.test(v.slice(0, 3)) || !digits(v.slice(4, 6))) return fail('Z07:00', v);
  else v = v.slice(6);
  if (v !== '') return fail('', v, `: extra text: ${goTimeQuote(v)}`);
  const [month, day] = got;
  if (day < 1 || day > daysIn(year, month)) return fail('', '', ': day out of range');
  return undefined;
}

const WHAT: Record<string, string> = {
  '2006': 'year',
  '01': 'month',
  '02': 'day of month',
  '15': 'hour',
  '04': 'minute',
  '05': 'second',
  'Z07:00': 'UTC offset',
};

/** cty's words for a ParseError (stdlib/datetime.go parseTimestamp). */
function describeFailure(f: ParseFailure): string {
  const p = 'not a valid RFC3339 timestamp';
  if (f.layoutElem === '' && f.valueElem === '' && f.message !== '') return `${p}${f.message}`;
  if (f.layoutElem === 'T') return `${p}: missing required time introducer 'T'`;
  if (f.layoutElem === ':' || f.layoutElem === '-') {
    return f.valueElem === ''
      ? `${p}: end of string where ${goQuote(f.layoutElem)} is expected`
      : `${p}: found ${goQuote(f.valueElem)} where ${goQuote(f.layoutElem)} is expected`;
  }
  const what = WHAT[f.layoutElem] ?? 'timestamp segment';
  if (f.valueElem === '') return `${p}: end of string before ${what}`;
  if (what === 'hour' && f.valueElem.includes(':')) return `${p}: hour must be between 0 and 23 inclusive`;
  if (what === 'hour' && f.valueElem.length !== 2) return `${p}: hour must have exactly two digits`;
  if (what === 'minute' && f.valueElem.length !== 2) return `${p}: minute must have exactly two digits`;
  return `${p}: cannot use ${goQuote(f.valueElem)} as ${what}`;
}

/** What Go's parse accepts but cty's strict reader does not (parseStrictRFC3339's second look). */
function strictFailure(s: string): ParseFailure {
  if (s[12] === ':') return { layoutElem: '15', valueElem: s.slice(11, 12), message: ': hour must have two digits' };
  if (s[19] === ',') return { layoutElem: '.', valueElem: ',', message: ': sub-second separator must be a period' };
  if (!s.endsWith('Z')) {
    const z = s.slice(-6);
    if (Number(s.slice(-5, -3)) >= 24) return { layoutElem: 'Z07:00', valueElem: z, message: ': timezone hour out of range' };
    if (Number(s.slice(-2)) >= 60) return { layoutElem: 'Z07:00', valueElem: z, message: ': timezone minute out of range' };
  }
  return { layoutElem: 'RFC3339', valueElem: s, message: '' };
}

/** An RFC 3339 timestamp as cty reads it, or a TimeError with cty's message. */
export function parseRFC3339(text: string): Stamp {
  const st = strict(text);
  if (st) return st;
  throw new TimeError(describeFailure(goParseFailure(text) ?? strictFailure(text)));
}

/** The calendar fields of a stamp in its own offset. */
export function fields(st: Stamp): Date {
  return new Date(st.ms + st.offset * 60000);
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

export function offsetText(offset: number, colon: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  return `${sign}${two(Math.floor(a / 60))}${colon ? ':' : ''}${two(a % 60)}`;
}

/** Go's layout year `2006`: at least four digits after the sign ("0000", "-0001"). */
export function yearText(y: number): string {
  return y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
}

/** Go's time.RFC3339 layout: whole seconds, `Z` for a zero offset. */
export function formatRFC3339(st: Stamp): string {
  const f = fields(st);
  const date = `${yearText(f.getUTCFullYear())}-${two(f.getUTCMonth() + 1)}-${two(f.getUTCDate())}`;
  const time = `${two(f.getUTCHours())}:${two(f.getUTCMinutes())}:${two(f.getUTCSeconds())}`;
  return `${date}T${time}${st.offset === 0 ? 'Z' : offsetText(st.offset, true)}`;
}

/** Go's quote() in the time package: non-ASCII and control bytes as \xNN. */
export function goTimeQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of Buffer.from(c, 'utf8')) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else out += c === '"' || c === '\\' ? `\\${c}` : c;
  }
  return `${out}"`;
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}

const unitNanos: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  μs: 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};

const MAX = 1n << 63n;

/** Go's time.ParseDuration, in nanoseconds. */
export function parseDuration(orig: string): bigint {
  const invalid = (): never => {
    throw new TimeError(`time: invalid duration ${goTimeQuote(orig)}`);
  };
  let s = orig;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') invalid();
  let total = 0n;
  while (s !== '') {
    if (!/^[.\d]/.test(s)) invalid();
    const whole = /^\d*/.exec(s)?.[0] ?? '';
    s = s.slice(whole.length);
    let v = whole === '' ? 0n : BigInt(whole);
    if (v > MAX) invalid();
    let fraction = '';
    let post = false;
    if (s[0] === '.') {
      fraction = /^\.\d*/.exec(s)?.[0].slice(1) ?? '';
      s = s.slice(1 + fraction.length);
      post = fraction !== '';
    }
    if (whole === '' && !post) invalid();
    const unitText = /^[^.\d]*/.exec(s)?.[0] ?? '';
    if (unitText === '') throw new TimeError(`time: missing unit in duration ${goTimeQuote(orig)}`);
    s = s.slice(unitText.length);
    const unit = unitNanos[unitText];
    if (unit === undefined) throw new TimeError(`time: unknown unit ${goTimeQuote(unitText)} in duration ${goTimeQuote(orig)}`);
    if (v > MAX / unit) invalid();
    v *= unit;
    if (fraction !== '') {
      // Go keeps at most the fraction's leading digits that fit an int64 and scales in float64.
      let f = 0n;
      let scale = 1;
      for (const ch of fraction) {
        if (f > (MAX - 1n) / 10n) break;
        f = f * 10n + BigInt(ch);
        scale *= 10;
      }
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > MAX) invalid();
    }
    total += v;
    if (total > MAX) invalid();
  }
  if (neg) return -total;
  if (total > MAX - 1n) invalid();
  return total;
}

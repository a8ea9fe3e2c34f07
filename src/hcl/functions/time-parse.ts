// Timestamps as HCL's date functions read and write them: RFC 3339 with the writer's UTC offset kept, and Go
// durations ("1h30m", "-10s", "1.5h").
import { ArgError } from './helpers.js';

export interface Stamp {
  /** Milliseconds since the epoch (UTC). */
  ms: number;
  /** The offset from UTC in minutes, as written. */
  offset: number;
  /** The fraction of the second in nanoseconds (its milliseconds are also in `ms`). */
  nanos: number;
}

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function parseRFC3339(text: string, index = 0): Stamp {
  const m = rfc3339.exec(text);
  if (!m) throw new ArgError(index, `not a valid RFC3339 timestamp: cannot use ${JSON.stringify(text)} as year`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const offset = zone === 'Z' || zone === 'z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const nanos = frac ? Number(frac.slice(1, 10).padEnd(9, '0')) : 0;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offset * 60000 + Math.floor(nanos / 1e6);
  return { ms, offset, nanos };
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

export function formatRFC3339(st: Stamp): string {
  const f = fields(st);
  const frac = st.nanos % 1e9 === 0 ? '' : `.${String(st.nanos).padStart(9, '0').replace(/0+$/, '')}`;
  const date = `${f.getUTCFullYear()}-${two(f.getUTCMonth() + 1)}-${two(f.getUTCDate())}`;
  const time = `${two(f.getUTCHours())}:${two(f.getUTCMinutes())}:${two(f.getUTCSeconds())}${frac}`;
  return `${date}T${time}${st.offset === 0 ? 'Z' : offsetText(st.offset, true)}`;
}

const unitNanos: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** A Go duration in nanoseconds. */
export function parseDuration(text: string, index: number): number {
  const bad = (): never => {
    throw new ArgError(index, `time: invalid duration ${JSON.stringify(text)}`);
  };
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') bad();
  let total = 0;
  const part = /^(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/;
  while (s !== '') {
    const m = part.exec(s);
    if (!m || m[1] === '' || m[1] === '.') return bad();
    total += Number(m[1]) * unitNanos[m[2]];
    s = s.slice(m[0].length);
  }
  return sign * total;
}

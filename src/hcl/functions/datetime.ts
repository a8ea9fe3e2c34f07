// Date and time functions: timestamp formatdate timeadd legacy_isotime legacy_strftime.
import type { HclFunction } from '../function.js';
import { T, V } from '../value.js';
import { ArgError, fn, param, str } from './helpers.js';
import { fields, formatRFC3339, offsetText, parseDuration, parseRFC3339, type Stamp } from './time-parse.js';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const two = (n: number): string => String(n).padStart(2, '0');
const hour12 = (h: number): number => (h % 12 === 0 ? 12 : h % 12);

function now(): Stamp {
  const ms = Date.now();
  return { ms: ms - (ms % 1000), offset: 0, nanos: 0 };
}

function formatdate(spec: string, st: Stamp): string {
  const f = fields(st);
  const verbs: Record<string, () => string> = {
    YYYY: () => String(f.getUTCFullYear()).padStart(4, '0'),
    YY: () => two(f.getUTCFullYear() % 100),
    MMMM: () => months[f.getUTCMonth()],
    MMM: () => months[f.getUTCMonth()].slice(0, 3),
    MM: () => two(f.getUTCMonth() + 1),
    M: () => String(f.getUTCMonth() + 1),
    DD: () => two(f.getUTCDate()),
    D: () => String(f.getUTCDate()),
    EEEE: () => days[f.getUTCDay()],
    EEE: () => days[f.getUTCDay()].slice(0, 3),
    hh: () => two(f.getUTCHours()),
    h: () => String(f.getUTCHours()),
    HH: () => two(hour12(f.getUTCHours())),
    H: () => String(hour12(f.getUTCHours())),
    AA: () => (f.getUTCHours() < 12 ? 'AM' : 'PM'),
    aa: () => (f.getUTCHours() < 12 ? 'am' : 'pm'),
    mm: () => two(f.getUTCMinutes()),
    m: () => String(f.getUTCMinutes()),
    ss: () => two(f.getUTCSeconds()),
    s: () => String(f.getUTCSeconds()),
    ZZZZZ: () => offsetText(st.offset, true),
    ZZZZ: () => offsetText(st.offset, false),
    ZZZ: () => (st.offset === 0 ? 'UTC' : offsetText(st.offset, false)),
    Z: () => (st.offset === 0 ? 'Z' : offsetText(st.offset, true)),
  };
  let out = '';
  let i = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c === "'") {
      if (spec[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = spec.indexOf("'", i + 1);
      if (end < 0) throw new ArgError(0, "unterminated literal '");
      out += spec.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (spec[j] === c) j++;
      const run = spec.slice(i, j);
      const verb = verbs[run];
      if (!verb) throw new ArgError(0, `invalid date format verb ${JSON.stringify(run)}: unrecognized`);
      out += verb();
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const goTokens = [
  'January',
  'Monday',
  '-07:00:00',
  'Z07:00:00',
  '.000000000',
  '.999999999',
  '.000000',
  '.999999',
  '.000',
  '.999',
  'Z07:00',
  '-07:00',
  'Z0700',
  '-0700',
  'Jan',
  'Mon',
  'MST',
  '2006',
  '-07',
  'Z07',
  '002',
  '_2',
  '15',
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  'PM',
  'pm',
  '1',
  '2',
  '3',
  '4',
  '5',
];

/** Go's reference-time layout (`2006-01-02T15:04:05Z07:00`) applied to a UTC stamp. */
function goLayout(layout: string, st: Stamp): string {
  const f = fields(st);
  const frac = (digits: number, trim: boolean): string => {
    const s = String(st.nanos).padStart(9, '0').slice(0, digits);
    const t = trim ? s.replace(/0+$/, '') : s;
    return t === '' ? '' : `.${t}`;
  };
  const start = Date.UTC(f.getUTCFullYear(), 0, 1);
  const yday = Math.floor((f.getTime() - start) / 86400000) + 1;
  const value = (tok: string): string => {
    switch (tok) {
      case 'January':
        return months[f.getUTCMonth()];
      case 'Jan':
        return months[f.getUTCMonth()].slice(0, 3);
      case 'Monday':
        return days[f.getUTCDay()];
      case 'Mon':
        return days[f.getUTCDay()].slice(0, 3);
      case 'MST':
        return st.offset === 0 ? 'UTC' : offsetText(st.offset, false);
      case '2006':
        return String(f.getUTCFullYear());
      case '06':
        return two(f.getUTCFullYear() % 100);
      case '01':
        return two(f.getUTCMonth() + 1);
      case '1':
        return String(f.getUTCMonth() + 1);
      case '02':
        return two(f.getUTCDate());
      case '_2':
        return String(f.getUTCDate()).padStart(2, ' ');
      case '2':
        return String(f.getUTCDate());
      case '002':
        return String(yday).padStart(3, '0');
      case '15':
        return two(f.getUTCHours());
      case '03':
        return two(hour12(f.getUTCHours()));
      case '3':
        return String(hour12(f.getUTCHours()));
      case '04':
        return two(f.getUTCMinutes());
      case '4':
        return String(f.getUTCMinutes());
      case '05':
        return two(f.getUTCSeconds());
      case '5':
        return String(f.getUTCSeconds());
      case 'PM':
        return f.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'pm':
        return f.getUTCHours() < 12 ? 'am' : 'pm';
      case '-0700':
        return offsetText(st.offset, false);
      case '-07:00':
        return offsetText(st.offset, true);
      case '-07':
        return offsetText(st.offset, false).slice(0, 3);
      case '-07:00:00':
        return `${offsetText(st.offset, true)}:00`;
      case 'Z0700':
        return st.offset === 0 ? 'Z' : offsetText(st.offset, false);
      case 'Z07:00':
        return st.offset === 0 ? 'Z' : offsetText(st.offset, true);
      case 'Z07':
        return st.offset === 0 ? 'Z' : offsetText(st.offset, false).slice(0, 3);
      case 'Z07:00:00':
        return st.offset === 0 ? 'Z' : `${offsetText(st.offset, true)}:00`;
      default:
        return tok.startsWith('.') ? frac(tok.length - 1, tok[1] === '9') : tok;
    }
  };
  let out = '';
  for (let i = 0; i < layout.length;) {
    const tok = goTokens.find((t) => layout.startsWith(t, i));
    if (tok) {
      out += value(tok);
      i += tok.length;
    } else out += layout[i++];
  }
  return out;
}

function strftime(format: string, st: Stamp): string {
  const f = fields(st);
  const start = Date.UTC(f.getUTCFullYear(), 0, 1);
  const yday = Math.floor((f.getTime() - start) / 86400000) + 1;
  const table: Record<string, () => string> = {
    Y: () => String(f.getUTCFullYear()),
    y: () => two(f.getUTCFullYear() % 100),
    C: () => two(Math.floor(f.getUTCFullYear() / 100)),
    m: () => two(f.getUTCMonth() + 1),
    d: () => two(f.getUTCDate()),
    e: () => String(f.getUTCDate()).padStart(2, ' '),
    H: () => two(f.getUTCHours()),
    I: () => two(hour12(f.getUTCHours())),
    M: () => two(f.getUTCMinutes()),
    S: () => two(f.getUTCSeconds()),
    p: () => (f.getUTCHours() < 12 ? 'AM' : 'PM'),
    b: () => months[f.getUTCMonth()].slice(0, 3),
    h: () => months[f.getUTCMonth()].slice(0, 3),
    B: () => months[f.getUTCMonth()],
    a: () => days[f.getUTCDay()].slice(0, 3),
    A: () => days[f.getUTCDay()],
    j: () => String(yday).padStart(3, '0'),
    u: () => String(f.getUTCDay() === 0 ? 7 : f.getUTCDay()),
    w: () => String(f.getUTCDay()),
    Z: () => 'UTC',
    z: () => offsetText(st.offset, false),
    D: () => `${two(f.getUTCMonth() + 1)}/${two(f.getUTCDate())}/${two(f.getUTCFullYear() % 100)}`,
    F: () => `${f.getUTCFullYear()}-${two(f.getUTCMonth() + 1)}-${two(f.getUTCDate())}`,
    T: () => `${two(f.getUTCHours())}:${two(f.getUTCMinutes())}:${two(f.getUTCSeconds())}`,
    R: () => `${two(f.getUTCHours())}:${two(f.getUTCMinutes())}`,
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return format.replace(/%(.)/gs, (all: string, c: string) => (table[c] ? table[c]() : all));
}

export function dateTimeFunctions(clock: () => Stamp = now): Record<string, HclFunction> {
  return {
    timestamp: fn([], () => V.string(formatRFC3339(clock())), { returnType: T.string }),
    formatdate: fn([param('format', T.string), param('time', T.string)], ([spec, t]) => V.string(formatdate(str(spec), parseRFC3339(str(t, 1), 1))), {
      returnType: T.string,
    }),
    timeadd: fn(
      [param('timestamp', T.string), param('duration', T.string)],
      ([t, d]) => {
        const st = parseRFC3339(str(t));
        const total = st.nanos + parseDuration(str(d, 1), 1);
        const carry = Math.floor(total / 1e9);
        const nanos = total - carry * 1e9;
        const base = st.ms - (((st.ms % 1000) + 1000) % 1000) + carry * 1000;
        return V.string(formatRFC3339({ ms: base + Math.floor(nanos / 1e6), offset: st.offset, nanos }));
      },
      { returnType: T.string },
    ),
    legacy_isotime: fn(
      [],
      ([layout]) => {
        const st = clock();
        return V.string(layout === undefined ? formatRFC3339(st) : goLayout(str(layout), st));
      },
      { varParam: param('format', T.string), returnType: T.string },
    ),
    legacy_strftime: fn([param('format', T.string)], ([format]) => V.string(strftime(str(format), clock())), { returnType: T.string }),
  };
}

export type { Stamp };

// Date and time functions as cty and Packer define them: timestamp formatdate timeadd legacy_isotime legacy_strftime.
import type { HclFunction } from './function.js';
import { T, V } from '../value/value.js';
import { ArgError, fn, FunctionError, param, str } from './helpers.js';
import { fields, formatRFC3339, offsetText, parseDuration, parseRFC3339, type Stamp, TimeError, utcMs, yearText } from './time-parse.js';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const two = (n: number): string => String(n).padStart(2, '0');
const hour12 = (h: number): number => (h % 12 === 0 ? 12 : h % 12);
/** Go's %04d: the sign counts toward the width. */
const goPad4 = (n: number): string => (n < 0 ? `-${String(-n).padStart(3, '0')}` : String(n).padStart(4, '0'));

function now(): Stamp {
  const ms = Date.now();
  return { ms: ms - (ms % 1000), offset: 0, nanos: 0 };
}

const VERB_RULES: Record<string, string> = {
  Y: 'year must either be "YY" or "YYYY"',
  M: 'month must be "M", "MM", "MMM", or "MMMM"',
  D: 'day of month must either be "D" or "DD"',
  E: 'day of week must either be "EEE" or "EEEE"',
  h: '24-hour must either be "h" or "hh"',
  H: '12-hour must either be "H" or "HH"',
  m: 'minute must either be "m" or "mm"',
  s: 'second must either be "s" or "ss"',
  Z: 'timezone must be Z, ZZZZ, or ZZZZZ',
};

/** cty's splitDateFormat: quoted literals (with '' inside), runs of one letter, and the text between. */
function dateTokens(spec: string): string[] {
  const out: string[] = [];
  const letter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
  let i = 0;
  while (i < spec.length) {
    let j = i + 1;
    if (spec[i] === "'") {
      if (spec[i + 1] === "'") j = i + 2;
      else {
        j = spec.length;
        for (let k = i + 1; k < spec.length; k++) {
          if (spec[k] !== "'") continue;
          if (k + 1 === spec.length) break;
          if (spec[k + 1] === "'") {
            k++;
            continue;
          }
          j = k + 1;
          break;
        }
      }
    } else if (letter(spec[i])) {
      while (spec[j] === spec[i]) j++;
    } else {
      while (j < spec.length && spec[j] !== "'" && !letter(spec[j])) j++;
    }
    out.push(spec.slice(i, j));
    i = j;
  }
  return out;
}

function formatdate(spec: string, st: Stamp): string {
  const f = fields(st);
  const hour = f.getUTCHours();
  const verbs: Record<string, () => string> = {
    YYYY: () => goPad4(f.getUTCFullYear()),
    YY: () => two(((f.getUTCFullYear() % 100) + 100) % 100),
    MMMM: () => months[f.getUTCMonth()],
    MMM: () => months[f.getUTCMonth()].slice(0, 3),
    MM: () => two(f.getUTCMonth() + 1),
    M: () => String(f.getUTCMonth() + 1),
    DD: () => two(f.getUTCDate()),
    D: () => String(f.getUTCDate()),
    EEEE: () => days[f.getUTCDay()],
    EEE: () => days[f.getUTCDay()].slice(0, 3),
    hh: () => two(hour),
    h: () => String(hour),
    HH: () => two(hour12(hour)),
    H: () => String(hour12(hour)),
    AA: () => (hour < 12 ? 'AM' : 'PM'),
    aa: () => (hour < 12 ? 'am' : 'pm'),
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
  for (const tok of dateTokens(spec)) {
    if (tok[0] === "'") {
      if (tok.length === 1 || !tok.endsWith("'")) throw new ArgError(0, "unterminated literal '");
      out += tok.length === 2 ? "'" : tok.slice(1, -1).replace(/''/g, "'");
    } else if (/[A-Za-z]/.test(tok[0])) {
      const verb = verbs[tok];
      if (verb) out += verb();
      else if (tok[0] === 'A' || tok[0] === 'a') throw new ArgError(0, `invalid date format verb ${JSON.stringify(tok)}: must be "${tok[0]}${tok[0]}"`);
      else if (VERB_RULES[tok[0]]) throw new ArgError(0, `invalid date format verb ${JSON.stringify(tok)}: ${VERB_RULES[tok[0]]}`);
      else throw new ArgError(0, `invalid date format verb ${JSON.stringify(tok)}`);
    } else out += tok;
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
  const start = utcMs(f.getUTCFullYear(), 1, 1, 0, 0, 0);
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
        return yearText(f.getUTCFullYear());
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

/** jehiah/go-strftime (the one Packer uses): a few directives mapped to Go layouts; any other stays as written. */
const strftimeLayouts: Record<string, string> = {
  B: 'January',
  b: 'Jan',
  m: '01',
  A: 'Monday',
  a: 'Mon',
  d: '02',
  H: '15',
  I: '03',
  M: '04',
  S: '05',
  Y: '2006',
  y: '06',
  p: 'PM',
  Z: 'MST',
  z: '-0700',
  L: '.000',
};

function strftime(format: string, st: Stamp): string {
  return format.replace(/%([\s\S]?)/g, (all: string, c: string) => {
    if (c === '') return '%';
    if (c === '%') return '%';
    const layout = strftimeLayouts[c];
    return layout === undefined ? all : goLayout(layout, st);
  });
}

/** Packer's legacy functions read the clock once, when it starts. */
function legacyFunction(format: (f: string, st: Stamp) => string, clock: () => Stamp): HclFunction {
  let start: Stamp | undefined;
  return fn(
    [],
    (args) => {
      start ??= clock();
      if (args.length > 1) throw new FunctionError(`too many values, 1 needed: ${args.length} given`);
      return V.string(args.length === 0 ? formatRFC3339(start) : format(str(args[0]), start));
    },
    { varParam: param('format', T.string), returnType: T.string },
  );
}

function timeError<R>(f: () => R, index?: number): R {
  try {
    return f();
  } catch (e: unknown) {
    if (!(e instanceof TimeError)) throw e;
    throw index === undefined ? new FunctionError(e.message) : new ArgError(index, e.message);
  }
}

function timeadd(t: string, d: string): string {
  const st = timeError(() => parseRFC3339(t));
  const dur = timeError(() => parseDuration(d));
  const wholeSecond = BigInt(st.ms - (((st.ms % 1000) + 1000) % 1000)) * 1000000n + BigInt(st.nanos);
  const total = wholeSecond + dur;
  const ms = Number((total - (((total % 1000000n) + 1000000n) % 1000000n)) / 1000000n);
  return formatRFC3339({ ms, offset: st.offset, nanos: 0 });
}

export function dateTimeFunctions(clock: () => Stamp = now): Record<string, HclFunction> {
  return {
    timestamp: fn([], () => V.string(formatRFC3339(clock())), { returnType: T.string }),
    formatdate: fn(
      [param('format', T.string), param('time', T.string)],
      ([spec, t]) =>
        V.string(
          formatdate(
            str(spec),
            timeError(() => parseRFC3339(str(t, 1)), 1),
          ),
        ),
      { returnType: T.string },
    ),
    timeadd: fn([param('timestamp', T.string), param('duration', T.string)], ([t, d]) => V.string(timeadd(str(t), str(d, 1))), {
      returnType: T.string,
    }),
    legacy_isotime: legacyFunction(goLayout, clock),
    legacy_strftime: legacyFunction(strftime, clock),
  };
}

export type { Stamp };

// The `format` function's verbs (cty's stdlib format, itself Go's fmt): %v %#v %t %b %d %o %x %X %e %E %f %g %G
// %s %q and %%, with flags, width, precision and explicit argument indexes like %[2]s.
import { convert } from '../convert.js';
import { formatNumber } from '../number-format.js';
import { T, toJS, type Value } from '../value.js';
import { FunctionError } from './helpers.js';

interface Spec {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  precision?: number;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  if (spec.width === undefined || s.length >= spec.width) return s;
  const fill = spec.width - s.length;
  if (spec.minus) return s + ' '.repeat(fill);
  if (spec.zero && numeric) {
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(fill) + s.slice(sign.length);
  }
  return ' '.repeat(fill) + s;
}

function signed(n: number, body: string, spec: Spec): string {
  if (n < 0 || Object.is(n, -0)) return `-${body}`;
  if (spec.plus) return `+${body}`;
  if (spec.space) return ` ${body}`;
  return body;
}

/** Go's %e mantissa/exponent layout: at least two exponent digits. */
function expForm(n: number, precision: number, upper: boolean): string {
  const [m, e] = Math.abs(n).toExponential(precision).split('e');
  const exp = Number(e);
  const out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return upper ? out.toUpperCase() : out;
}

function gForm(n: number, precision: number | undefined, upper: boolean): string {
  const a = Math.abs(n);
  if (a === 0) return '0';
  if (precision === undefined) {
    const shortest = a.toExponential();
    const exp = Number(shortest.split('e')[1]);
    if (exp < -4 || exp >= 21) return expForm(a, shortest.split('e')[0].replace('.', '').length - 1, upper);
    return formatNumber(a);
  }
  const p = precision === 0 ? 1 : precision;
  const exp = Number(a.toExponential(p - 1).split('e')[1]);
  if (exp < -4 || exp >= p) return expForm(a, p - 1, upper).replace(/\.?0+e/, 'e');
  return a
    .toFixed(Math.max(0, p - 1 - exp))
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

function asNumber(v: Value, verb: string, at: number): number {
  const c = convert(v, T.number);
  if ('error' in c || c.value.kind !== 'number') {
    throw new FunctionError(`unsupported value for "%${verb}" at ${at}: number required`);
  }
  return c.value.value;
}

function asString(v: Value, verb: string, at: number): string {
  const c = convert(v, T.string);
  if ('error' in c || c.value.kind !== 'string') throw new FunctionError(`unsupported value for "%${verb}" at ${at}: string required`);
  return c.value.value;
}

function formatOne(verb: string, v: Value, spec: Spec, at: number): string {
  if (v.kind === 'null' && verb !== 'v') throw new FunctionError(`unsupported value for "%${verb}" at ${at}: null value cannot be formatted`);
  switch (verb) {
    case 'v': {
      if (spec.sharp) return pad(JSON.stringify(toJS(v)), spec, false);
      if (v.kind === 'null') return pad('null', spec, false);
      if (v.kind === 'string' || v.kind === 'number' || v.kind === 'bool')
        return formatOne(v.kind === 'bool' ? 't' : v.kind === 'number' ? 'g' : 's', v, { ...spec, precision: undefined }, at);
      return pad(JSON.stringify(toJS(v)), spec, false);
    }
    case 't': {
      if (v.kind !== 'bool') throw new FunctionError(`unsupported value for "%t" at ${at}: bool required`);
      return pad(String(v.value), spec, false);
    }
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      if (verb === 'x' || verb === 'X') {
        if (v.kind === 'string') {
          const hex = Buffer.from(v.value, 'utf8').toString('hex');
          return pad(verb === 'X' ? hex.toUpperCase() : hex, spec, false);
        }
      }
      const n = asNumber(v, verb, at);
      if (!Number.isInteger(n)) throw new FunctionError(`unsupported value for "%${verb}" at ${at}: an integer is required`);
      const radix = verb === 'd' ? 10 : verb === 'b' ? 2 : verb === 'o' ? 8 : 16;
      let body = BigInt(Math.abs(n)).toString(radix);
      if (verb === 'X') body = body.toUpperCase();
      if (spec.precision !== undefined) body = body.padStart(spec.precision, '0');
      if (spec.sharp && verb === 'o') body = `0${body}`;
      if (spec.sharp && (verb === 'x' || verb === 'X')) body = `0${verb}${body}`;
      return pad(signed(n, body, spec), spec, true);
    }
    case 'e':
    case 'E': {
      const n = asNumber(v, verb, at);
      return pad(signed(n, expForm(n, spec.precision ?? 6, verb === 'E'), spec), spec, true);
    }
    case 'f':
    case 'F': {
      const n = asNumber(v, verb, at);
      return pad(signed(n, Math.abs(n).toFixed(spec.precision ?? 6), spec), spec, true);
    }
    case 'g':
    case 'G': {
      const n = asNumber(v, verb, at);
      return pad(signed(n, gForm(n, spec.precision, verb === 'G'), spec), spec, true);
    }
    case 's': {
      let s = asString(v, verb, at);
      if (spec.precision !== undefined) s = Array.from(s).slice(0, spec.precision).join('');
      return pad(s, spec, false);
    }
    case 'q':
      return pad(JSON.stringify(asString(v, verb, at)), spec, false);
    default:
      throw new FunctionError(`unsupported format verb "%${verb}"`);
  }
}

const specPattern = /%(?:%|([+\-# 0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?(?:\[(\d+)\])?([a-zA-Z])?)/g;

/** Formats as cty's format function does; throws FunctionError with cty's messages. */
export function formatValues(format: string, args: Value[]): string {
  let out = '';
  let last = 0;
  let next = 0;
  const used = new Set<number>();
  for (const m of format.matchAll(specPattern)) {
    const at = m.index ?? 0;
    out += format.slice(last, at);
    last = at + m[0].length;
    if (m[0] === '%%') {
      out += '%';
      continue;
    }
    const flags = m[1] ?? '';
    const verb = m[6];
    if (verb === undefined) throw new FunctionError(`invalid format string starting at offset ${at}`);
    const explicit = m[2] ?? m[5];
    if (explicit !== undefined) next = Number(explicit) - 1;
    if (next >= args.length) {
      throw new FunctionError(`not enough arguments for "${m[0]}" at ${at}: need index ${next + 1} but have ${args.length} total`);
    }
    const spec: Spec = {
      plus: flags.includes('+'),
      minus: flags.includes('-'),
      sharp: flags.includes('#'),
      space: flags.includes(' '),
      zero: flags.includes('0'),
      width: m[3] === undefined ? undefined : Number(m[3]),
      precision: m[4] === undefined ? undefined : Number(m[4] || '0'),
    };
    used.add(next);
    out += formatOne(verb, args[next], spec, at);
    next++;
  }
  out += format.slice(last);
  if (used.size < args.length) {
    for (let i = 0; i < args.length; i++) {
      if (!used.has(i)) throw new FunctionError(`too many arguments; no verbs expect argument #${i + 1}`);
    }
  }
  return out;
}

// The `format` function's verbs (cty's stdlib format, itself Go's fmt): %v %#v %t %b %d %o %x %X %e %E %f %g %G
// %s %q and %%, with flags, width, precision and explicit argument indexes like %[2]s.
import { convert } from '../convert.js';
import { bigOf, type NumberValue } from '../number.js';
import { T, type Value } from '../value.js';
import { FunctionError } from './helpers.js';
import { toJSON } from './json.js';

interface Spec {
  /** The verb as written (`%-8.2f`), as cty quotes it in messages. */
  raw?: string;
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

function asNumber(v: Value, raw: string, at: number): NumberValue {
  const c = convert(v, T.number);
  if ('error' in c || c.value.kind !== 'number') {
    throw new FunctionError(`unsupported value for "${raw}" at ${at}: ${'error' in c ? c.error : 'number required'}`);
  }
  return c.value;
}

/** Go's big.Int formatting (cty formats %d %b %o %x %X of the exact integer). */
function integerVerb(n: NumberValue, verb: string, spec: Spec, at: number): string {
  let i: bigint;
  if (!n.big && Number.isSafeInteger(n.value)) i = BigInt(n.value);
  else {
    const { int, acc } = bigOf(n).toInt();
    if (int === undefined || acc !== 0) throw new FunctionError(`unsupported value for "${spec.raw ?? `%${verb}`}" at ${at}: an integer is required`);
    i = int;
  }
  const sign = i < 0n ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  const prefix = !spec.sharp ? '' : (({ b: '0b', o: '0', x: '0x', X: '0X' } as Record<string, string>)[verb] ?? '');
  let digits = (i < 0n ? -i : i).toString(verb === 'd' ? 10 : verb === 'b' ? 2 : verb === 'o' ? 8 : 16);
  if (verb === 'X') digits = digits.toUpperCase();
  let zeros = 0;
  if (spec.precision !== undefined) {
    if (digits.length < spec.precision) zeros = spec.precision - digits.length;
    else if (digits === '0' && spec.precision === 0) return '';
  }
  const length = sign.length + prefix.length + zeros + digits.length;
  let [left, right] = [0, 0];
  if (spec.width !== undefined && length < spec.width) {
    const d = spec.width - length;
    if (spec.minus) right = d;
    else if (spec.zero && spec.precision === undefined) zeros = d;
    else left = d;
  }
  return ' '.repeat(left) + sign + prefix + '0'.repeat(zeros) + digits + ' '.repeat(right);
}

/** Go's big.Float formatting (cty formats %e %f %g of the exact number at its precision). */
function floatVerb(n: NumberValue, verb: string, spec: Spec): string {
  const fmt = (verb === 'F' ? 'f' : verb) as 'e' | 'E' | 'f' | 'g' | 'G';
  const b = bigOf(n);
  let body = b.text(fmt, spec.precision ?? (fmt === 'g' || fmt === 'G' ? -1 : 6));
  let sign = '';
  if (body[0] === '-') {
    sign = '-';
    body = body.slice(1);
  } else if (body[0] === '+') {
    sign = spec.space ? ' ' : '+';
    body = body.slice(1);
  } else if (spec.plus) sign = '+';
  else if (spec.space) sign = ' ';
  const fill = spec.width === undefined ? 0 : spec.width - sign.length - body.length;
  if (fill <= 0) return sign + body;
  if (spec.zero && !spec.minus && !b.isInf()) return sign + '0'.repeat(fill) + body;
  if (spec.minus) return sign + body + ' '.repeat(fill);
  return ' '.repeat(fill) + sign + body;
}

/** cty's formatPadWidth (%v): zeros or spaces, on the right with '-', the sign not treated apart. */
function padAsIs(s: string, spec: Spec): string {
  if (spec.width === undefined || s.length >= spec.width) return s;
  const padding = (spec.zero ? '0' : ' ').repeat(spec.width - s.length);
  return spec.minus ? s + padding : padding + s;
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
      if (spec.sharp) return padAsIs(toJSON(v), spec);
      if (v.kind === 'null') return pad('null', spec, false);
      if (v.kind === 'number') return padAsIs(bigOf(v).text('g', -1), spec);
      if (v.kind === 'string' || v.kind === 'bool') return formatOne(v.kind === 'bool' ? 't' : 's', v, { ...spec, precision: undefined }, at);
      return padAsIs(toJSON(v), spec);
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
      return integerVerb(asNumber(v, spec.raw ?? `%${verb}`, at), verb, spec, at);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return floatVerb(asNumber(v, spec.raw ?? `%${verb}`, at), verb, spec);
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
      raw: m[0],
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

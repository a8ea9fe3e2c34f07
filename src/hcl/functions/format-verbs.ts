// The `format` function's verbs as cty implements them: its own verb scanner (flags, width, precision, then an
// optional [n] argument index, then a letter), %v/%#v through cty's JSON, %t after conversion to bool, %s/%q after
// conversion to string with width and precision in grapheme clusters, and the number verbs through Go's math/big
// formatting (%d %b %o %x %X on a big.Int, %e %E %f %g %G on a big.Float). Offsets in messages count UTF-8 bytes.
import { convert } from '../value/convert.js';
import { bigOf, type NumberValue } from '../value/number.js';
import { clusters, graphemeCount } from '../graphemes.js';
import { T, V, type Value } from '../value/value.js';
import { goQuote, goQuoteRune } from '../format/go-quote.js';
import { ArgError, FunctionError } from './helpers.js';
import { toJSON } from './json.js';

interface Verb {
  raw: string;
  offset: number;
  argNum: number;
  mode: string;
  zero: boolean;
  sharp: boolean;
  plus: boolean;
  minus: boolean;
  space: boolean;
  width: number;
  prec: number;
}

function unsupported(verb: Verb, why: string): FunctionError {
  return new FunctionError(`unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: ${why}`);
}

/** cty's formatPadWidth: width in grapheme clusters, padded with zeros when the 0 flag is given. */
function padWidth(verb: Verb, s: string): string {
  if (verb.width < 0) return s;
  const have = graphemeCount(s);
  if (have >= verb.width) return s;
  const pads = (verb.zero ? '0' : ' ').repeat(verb.width - have);
  return verb.minus ? s + pads : pads + s;
}

/** Go's fmt gives the - flag precedence over 0 (no zero padding on the right). */
const zeroPads = (verb: Verb): boolean => verb.zero && !verb.minus;

/** Go's big.Float formatting: cty formats %e %f %g of the exact number at its precision; sign and padding as Go's. */
function floatVerb(verb: Verb, n: NumberValue): string {
  const fmt = (verb.mode === 'F' ? 'f' : verb.mode) as 'e' | 'E' | 'f' | 'g' | 'G';
  const b = bigOf(n);
  let body = b.text(fmt, verb.prec >= 0 ? verb.prec : fmt === 'g' || fmt === 'G' ? -1 : 6);
  let sign = '';
  if (body[0] === '-') {
    sign = '-';
    body = body.slice(1);
  } else if (body[0] === '+') {
    sign = verb.space ? ' ' : '+';
    body = body.slice(1);
  } else if (verb.plus) sign = '+';
  else if (verb.space) sign = ' ';
  const padding = Math.max(0, verb.width - sign.length - body.length);
  if (zeroPads(verb) && !b.isInf()) return sign + '0'.repeat(padding) + body;
  if (verb.minus) return sign + body + ' '.repeat(padding);
  return ' '.repeat(padding) + sign + body;
}

/** The exact integer a number verb prints (cty formats %d %b %o %x %X of a big.Int). */
function exactInteger(verb: Verb, n: NumberValue): bigint {
  if (!n.big && Number.isSafeInteger(n.value)) return BigInt(n.value);
  const { int, acc } = bigOf(n).toInt();
  if (int === undefined || acc !== 0) throw unsupported(verb, 'an integer is required');
  return int;
}

/** Go's big.Int.Format. */
function integerVerb(verb: Verb, n: bigint): string {
  const neg = n < 0n;
  const sign = neg ? '-' : verb.plus ? '+' : verb.space ? ' ' : '';
  const base = verb.mode === 'b' ? 2 : verb.mode === 'o' ? 8 : verb.mode === 'd' ? 10 : 16;
  let digits = (neg ? -n : n).toString(base);
  if (verb.mode === 'X') digits = digits.toUpperCase();
  let prefix = '';
  if (verb.sharp) prefix = { b: '0b', o: '0', x: '0x', X: '0X', d: '' }[verb.mode] ?? '';
  let zeros = 0;
  if (verb.prec >= 0) {
    if (digits.length < verb.prec) zeros = verb.prec - digits.length;
    else if (digits === '0' && verb.prec === 0) return '';
  }
  const length = sign.length + prefix.length + zeros + digits.length;
  let left = 0;
  let right = 0;
  if (verb.width > length) {
    const d = verb.width - length;
    if (verb.minus) right = d;
    else if (zeroPads(verb) && verb.prec < 0) zeros = d;
    else left = d;
  }
  return ' '.repeat(left) + sign + prefix + '0'.repeat(zeros) + digits + ' '.repeat(right);
}

function asNumber(verb: Verb, arg: Value): NumberValue {
  const c = convert(arg, T.number);
  if ('error' in c) throw unsupported(verb, c.error);
  if (c.value.kind !== 'number') throw unsupported(verb, 'null value cannot be formatted');
  return c.value;
}

function asString(verb: Verb, arg: Value): string {
  const c = convert(arg, T.string);
  if ('error' in c) throw unsupported(verb, c.error);
  if (c.value.kind !== 'string') throw unsupported(verb, 'null value cannot be formatted');
  return c.value.value;
}

function appendVerb(verb: Verb, args: Value[]): string {
  if (verb.argNum - 1 >= args.length) {
    throw new FunctionError(`not enough arguments for ${goQuote(verb.raw)} at ${verb.offset}: need index ${verb.argNum} but have ${args.length} total`);
  }
  const arg = args[verb.argNum - 1];
  if (verb.mode !== 'v' && arg.kind === 'null') throw unsupported(verb, 'null value cannot be formatted');
  switch (verb.mode) {
    case 'v':
      if (!verb.sharp && arg.kind === 'string') return padWidth(verb, arg.value);
      if (!verb.sharp && arg.kind === 'number') return padWidth(verb, bigOf(arg).text('g', -1));
      return padWidth(verb, toJSON(arg));
    case 't': {
      const c = convert(arg, T.bool);
      if ('error' in c) throw unsupported(verb, c.error);
      return c.value.kind === 'bool' && c.value.value ? 'true' : 'false';
    }
    case 'b':
    case 'd':
    case 'o':
    case 'x':
    case 'X': {
      return integerVerb(verb, exactInteger(verb, asNumber(verb, arg)));
    }
    case 'e':
    case 'E':
    case 'f':
    case 'g':
    case 'G':
      return floatVerb(verb, asNumber(verb, arg));
    case 's':
    case 'q': {
      let s = asString(verb, arg);
      if (verb.prec > 0) {
        let taken = '';
        let k = 0;
        for (const c of clusters(s)) {
          if (k++ === verb.prec) break;
          taken += c;
        }
        s = taken;
      }
      return padWidth(verb, verb.mode === 's' ? s : toJSON(V.string(s)));
    }
    default:
      throw new FunctionError(`unsupported format verb ${goQuoteRune(verb.mode)} in ${goQuote(verb.raw)} at offset ${verb.offset}`);
  }
}

const utf8Length = (ch: string): number => Buffer.byteLength(ch, 'utf8');
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Formats as cty's format function does; throws FunctionError / ArgError with cty's messages. */
export function formatValues(format: string, args: Value[]): string {
  let out = '';
  let next = 1;
  let highest = 0;
  let i = 0;
  let bytes = 0;
  const advance = (): void => {
    const ch = String.fromCodePoint(format.codePointAt(i) ?? 0);
    bytes += utf8Length(ch);
    i += ch.length;
  };
  const fail = (): never => {
    if (i >= format.length) throw new FunctionError(`invalid format string starting at offset ${bytes}`);
    throw new FunctionError(`unrecognized format character ${goQuoteRune(String.fromCodePoint(format.codePointAt(i) ?? 0))} at offset ${bytes}`);
  };
  const digits = (): number => {
    let n = 0;
    while (isDigit(format[i])) {
      n = n * 10 + (format.charCodeAt(i) - 48);
      advance();
    }
    return n;
  };
  while (i < format.length) {
    const start = i;
    if (format[i] !== '%') {
      advance();
      out += format.slice(start, i);
      continue;
    }
    if (format[i + 1] === '%') {
      out += '%';
      i += 2;
      bytes += 2;
      continue;
    }
    const offset = bytes;
    advance();
    const verb: Verb = { raw: '', offset, argNum: next, mode: '', zero: false, sharp: false, plus: false, minus: false, space: false, width: -1, prec: -1 };
    for (let f = format[i]; f === '0' || f === '#' || f === '-' || f === '+' || f === ' '; f = format[i]) {
      if (f === '0') verb.zero = true;
      else if (f === '#') verb.sharp = true;
      else if (f === '-') verb.minus = true;
      else if (f === '+') verb.plus = true;
      else verb.space = true;
      advance();
    }
    if (isDigit(format[i])) verb.width = digits();
    if (format[i] === '.') {
      advance();
      verb.prec = digits();
    }
    if (format[i] === '[') {
      advance();
      if (!isDigit(format[i]) || format[i] === '0') fail();
      verb.argNum = digits();
      if (format[i] !== ']') fail();
      advance();
    }
    const mode = format[i];
    if (mode === undefined || !/[a-zA-Z]/.test(mode)) fail();
    advance();
    verb.mode = mode;
    verb.raw = format.slice(start, i);
    highest = Math.max(highest, verb.argNum);
    out += appendVerb(verb, args);
    next = verb.argNum + 1;
  }
  if (highest < args.length) {
    if (highest === 0) throw new ArgError(highest + 1, 'too many arguments; no verbs in format string');
    throw new ArgError(highest + 1, `too many arguments; only ${highest} used by format string`);
  }
  return out;
}

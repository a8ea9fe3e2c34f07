// HCL numbers as go-cty computes them (a big.Float per value), over the Value model: `value` is always the nearest
// double, `big` holds the exact number when that double is not it, and `prec` the value's precision in bits (cty's
// results depend on it). Exactly representable operands whose result is exact in a double stay on doubles.
import { BigFloat, BigFloatNaN } from './bigfloat.js';
import type { Value } from './value.js';

export type NumberValue = Extract<Value, { kind: 'number' }>;

/** cty.ParseNumberVal's precision, used for literals and for numbers read from text. */
export const TEXT_PREC = 512;

/** The precision of a number (absent: what cty gives a Go int64 or float64, as NumberIntVal / NumberFloatVal). */
export function precOf(v: NumberValue): number {
  if (v.big) return v.big.prec;
  if (v.prec !== undefined) return v.prec;
  return Number.isInteger(v.value) && Math.abs(v.value) < 2 ** 63 ? 64 : 53;
}

/** The exact number. */
export function bigOf(v: NumberValue): BigFloat {
  return v.big ?? BigFloat.fromNumber(v.value, precOf(v));
}

/** A number value for a double with a precision (the default one when omitted). */
export function numberOf(value: number, prec?: number): NumberValue {
  return prec === undefined ? { kind: 'number', value } : { kind: 'number', value, prec };
}

export function fromBig(b: BigFloat): NumberValue {
  const value = b.toNumber();
  if (b.isDoubleExact()) return { kind: 'number', value, prec: b.prec };
  return { kind: 'number', value, prec: b.prec, big: b };
}

/** cty.ParseNumberVal: undefined where cty says "a number is required". */
export function parseNumberValue(text: string): NumberValue | undefined {
  if (/^[0-9]{1,15}$/.test(text)) return numberOf(Number(text), TEXT_PREC);
  const b = BigFloat.parse(text, TEXT_PREC);
  return b === undefined ? undefined : fromBig(b);
}

/** cty's number-to-string conversion: big.Float Text('f', -1), the shortest digits exact at the value's precision. */
export function numberToString(v: NumberValue): string {
  if (!v.big && Number.isSafeInteger(v.value)) return Object.is(v.value, -0) ? '-0' : String(v.value);
  return bigOf(v).text('f', -1);
}

/** Whether the number is a whole number (as an index must be). */
export function isWhole(v: NumberValue): boolean {
  return v.big ? v.big.isInt() : Number.isInteger(v.value);
}

/** Packer's console shows a number as an int64 when it is one exactly, else as a float64 with %g. */
export function consoleNumber(v: NumberValue): string {
  if (!v.big && Number.isSafeInteger(v.value)) return String(v.value + 0);
  const b = bigOf(v);
  const { int, acc } = b.toInt();
  if (int !== undefined && acc === 0 && int >= -(2n ** 63n) && int < 2n ** 63n) return int.toString();
  return goFloatG(b.toNumber());
}

/** Go's %g of a float64 (strconv's shortest digits, an exponent below 1e-4 and from 1e6 on). */
function goFloatG(d: number): string {
  if (!Number.isFinite(d)) return d > 0 ? '+Inf' : '-Inf';
  if (d === 0) return Object.is(d, -0) ? '-0' : '0';
  const sign = d < 0 ? '-' : '';
  const [m, e] = Math.abs(d).toExponential().split('e');
  const exp = Number(e);
  if (exp < -4 || exp >= 6) return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  const digits = m.replace('.', '');
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/**
 * cty's number equality: the two texts (Text('f', -1), each at its own precision) are the same, -0 being 0. So a
 * 53-bit 1.4142135623730951 equals the 512-bit literal 1.4142135623730951, and the same double at 53 and 512 bits
 * may differ.
 */
export function equalityText(v: NumberValue): string {
  if (!v.big && Number.isSafeInteger(v.value)) return String(v.value + 0);
  const text = numberToString(v);
  return text === '-0' ? '0' : text;
}

export function numbersEqual(a: NumberValue, b: NumberValue): boolean {
  if (!a.big && !b.big && Number.isSafeInteger(a.value) && Number.isSafeInteger(b.value)) return a.value === b.value;
  return equalityText(a) === equalityText(b);
}

/** cty's ordering (big.Float.Cmp); its <= and >= are this or numbersEqual. */
export function compareNumbers(a: NumberValue, b: NumberValue): -1 | 0 | 1 {
  if (!a.big && !b.big) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return bigOf(a).cmp(bigOf(b));
}

export type Arith = '+' | '-' | '*' | '/' | '%';

/** cty's messages when big.Float has no answer (HCL's operators call cty's stdlib functions, which catch it). */
const nanMessage: Record<Arith, string> = {
  '+': "can't compute sum of opposing infinities",
  '-': "can't subtract infinity from itself",
  '*': "can't multiply zero by infinity",
  '/': "can't divide zero by zero or infinity by infinity",
  '%': "can't use modulo with zero and infinity",
};

/** The result of `a op b` as cty computes it, or the message of its failure. */
export function arithmetic(op: Arith, a: NumberValue, b: NumberValue): NumberValue | string {
  const fast = fastArithmetic(op, a, b);
  if (fast !== undefined) return fast;
  try {
    return fromBig(bigArithmetic(op, bigOf(a), bigOf(b)));
  } catch (e: unknown) {
    if (e instanceof BigFloatNaN) return nanMessage[op];
    if (e instanceof NilIntegerPart) return e.message;
    throw e;
  }
}

const SAFE = 2 ** 53;

/** Doubles whose result is exact in a double need no big.Float: the rounding at any precision >= 53 is a no-op. */
function fastArithmetic(op: Arith, a: NumberValue, b: NumberValue): NumberValue | undefined {
  if (a.big || b.big) return undefined;
  const x = a.value;
  const y = b.value;
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y)) return undefined;
  let r: number;
  switch (op) {
    case '+':
      r = x + y;
      break;
    case '-':
      r = x - y;
      break;
    case '*':
      r = x * y;
      break;
    case '/':
      if (y === 0 || x % y !== 0) return undefined;
      r = x / y;
      break;
    case '%':
      if (y === 0 || x === 0) return undefined;
      // cty: x - y * trunc(x / y); an exact zero result is +0.
      r = (x % y) + 0;
      break;
  }
  if (Math.abs(r) > SAFE) return undefined;
  const prec = Math.max(precOf(a), precOf(b));
  return numberOf(r, op === '%' ? precOf(a) : prec);
}

class NilIntegerPart extends Error {}

function bigArithmetic(op: Arith, x: BigFloat, y: BigFloat): BigFloat {
  switch (op) {
    case '+':
      return x.add(y);
    case '-':
      return x.sub(y);
    case '*': {
      // cty multiplies at 512 bits, then keeps the larger operand precision or the bits the product needs.
      const p = x.mul(y, 512);
      return p.withPrec(Math.max(x.prec, y.prec, p.minPrec()));
    }
    case '/':
      return x.quo(y);
    case '%':
      return modulo(x, y);
  }
}

/** cty's Value.Modulo (its own definition: x - y * trunc(x / y), each step at x's precision). */
function modulo(x: BigFloat, y: BigFloat): BigFloat {
  // cty's infinity shortcut compares with its own PositiveInfinity object, which no HCL expression yields.
  if (y.isZero()) return x;
  const { int } = x.quo(y).toInt();
  // big.Float.SetInt(nil) dereferences nil; cty's function layer reports the panic.
  if (int === undefined) {
    throw new NilIntegerPart('panic in function implementation: runtime error: invalid memory address or nil pointer dereference');
  }
  const work = BigFloat.fromBigInt(int, x.prec);
  return x.sub(y.mul(work, x.prec), x.prec);
}

/** Unary minus (big.Float.Neg keeps the precision; -0 is a value of its own). */
export function negate(v: NumberValue): NumberValue {
  if (v.big) return fromBig(v.big.negate());
  return v.prec === undefined ? numberOf(-v.value) : numberOf(-v.value, v.prec);
}

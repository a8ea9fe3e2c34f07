// An arbitrary-precision binary floating-point number with the semantics of Go's math/big.Float in
// round-to-nearest-even mode, which go-cty uses for every HCL number: each value carries its own precision (in bits),
// an operation rounds its exact result to the larger precision of its operands, zeros are signed, infinities exist
// and an operation with no meaningful result (Inf - Inf, 0 / 0, 0 * Inf) throws BigFloatNaN as big.Float panics.
// Parsing and formatting follow big.ParseFloat and big.Float.Text step by step, roundings included, so that the
// digits are Packer's.

export class BigFloatNaN extends Error {}

type Form = 'zero' | 'finite' | 'inf';

// Go's exponent range for big.Float (the exponent of 0.1xxx × 2^exp).
const MAX_EXP = 2147483647;
const MIN_EXP = -2147483648;

export function bitLength(n: bigint): number {
  if (n === 0n) return 0;
  const s = (n < 0n ? -n : n).toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}

function trailingZeros(n: bigint): number {
  return bitLength(n & -n) - 1;
}

const POW5_64: bigint[] = Array.from({ length: 28 }, (_, i) => 5n ** BigInt(i));

export class BigFloat {
  /** Finite values are (-1)^neg × mant × 2^exp with an odd mant of at most prec bits. */
  private constructor(
    readonly form: Form,
    readonly neg: boolean,
    readonly mant: bigint,
    readonly exp: number,
    readonly prec: number,
  ) {}

  static zero(prec: number, neg = false): BigFloat {
    return new BigFloat('zero', neg, 0n, 0, prec);
  }

  static inf(neg: boolean, prec: number): BigFloat {
    return new BigFloat('inf', neg, 0n, 0, prec);
  }

  /** The exact value of `mant × 2^exp` (plus a nonzero amount below its last bit when sticky) rounded to prec bits. */
  static round(neg: boolean, mant: bigint, exp: number, prec: number, sticky = false): BigFloat {
    if (mant === 0n) return BigFloat.zero(prec, neg);
    let m = mant;
    let e = exp;
    const bl = bitLength(m);
    if (bl > prec) {
      const shift = bl - prec;
      const s = BigInt(shift);
      const rest = m & ((1n << s) - 1n);
      const half = 1n << (s - 1n);
      m >>= s;
      e += shift;
      if (rest > half || (rest === half && (sticky || (m & 1n) === 1n))) m += 1n;
    }
    if (m === 0n) return BigFloat.zero(prec, neg);
    const tz = trailingZeros(m);
    if (tz > 0) {
      m >>= BigInt(tz);
      e += tz;
    }
    const top = e + bitLength(m);
    if (top > MAX_EXP) return BigFloat.inf(neg, prec);
    if (top < MIN_EXP) return BigFloat.zero(prec, neg);
    return new BigFloat('finite', neg, m, e, prec);
  }

  /** big.Float.SetFloat64 (precision 53 unless given); NaN throws. */
  static fromNumber(d: number, prec = 53): BigFloat {
    if (Number.isNaN(d)) throw new BigFloatNaN('Float.SetFloat64(NaN)');
    if (d === 0) return BigFloat.zero(prec, Object.is(d, -0));
    if (!Number.isFinite(d)) return BigFloat.inf(d < 0, prec);
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, d);
    const hi = view.getUint32(0);
    const lo = view.getUint32(4);
    const biased = (hi >>> 20) & 0x7ff;
    let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    let exp: number;
    if (biased === 0) exp = -1074;
    else {
      mant |= 1n << 52n;
      exp = biased - 1075;
    }
    return BigFloat.round(d < 0, mant, exp, prec);
  }

  /** big.Float.SetInt: the precision is max(bits, 64) unless given. */
  static fromBigInt(i: bigint, prec?: number): BigFloat {
    const abs = i < 0n ? -i : i;
    return BigFloat.round(i < 0n, abs, 0, prec ?? Math.max(bitLength(abs), 64));
  }

  /**
   * big.ParseFloat(s, 10, prec, ToNearestEven), or undefined where it fails. Go scales the decimal mantissa by a
   * power of five computed at prec + 64 bits (itself rounded along the way), so this does the same.
   */
  static parse(s: string, prec = 512): BigFloat | undefined {
    if (s === 'Inf' || s === 'inf') return BigFloat.inf(false, prec);
    if (s.length === 4 && (s[0] === '+' || s[0] === '-') && (s.slice(1) === 'Inf' || s.slice(1) === 'inf')) {
      return BigFloat.inf(s[0] === '-', prec);
    }
    const m = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:([eEpP])([+-]?\d+))?$/.exec(s);
    if (!m) return undefined;
    const neg = m[1] === '-';
    const intDigits = m[2] ?? '';
    const fracDigits = m[3] ?? m[4] ?? '';
    const mant = BigInt(intDigits + fracDigits || '0');
    const expText = m[6];
    let exp = 0;
    if (expText !== undefined) {
      const e = BigInt(expText);
      if (e > 9223372036854775807n || e < -9223372036854775808n) return undefined;
      exp = Number(e);
      // Beyond any exponent Go's check allows: only a zero mantissa survives it.
      if (!Number.isSafeInteger(exp)) return mant === 0n ? BigFloat.zero(prec, neg) : undefined;
    }
    if (mant === 0n) return BigFloat.zero(prec, neg);
    let exp2 = -fracDigits.length;
    let exp5 = -fracDigits.length;
    if (m[5] === 'p' || m[5] === 'P') exp2 += exp;
    else if (m[5] !== undefined) {
      exp2 += exp;
      exp5 += exp;
    }
    const top = exp2 + bitLength(mant);
    if (top < MIN_EXP || top > MAX_EXP) return undefined;
    if (exp5 === 0) return BigFloat.round(neg, mant, exp2, prec);
    const x = new BigFloat('finite', neg, mant, exp2, prec);
    const p = pow5(Math.abs(exp5), prec + 64);
    return exp5 < 0 ? x.quo(p, prec) : x.mul(p, prec);
  }

  isZero(): boolean {
    return this.form === 'zero';
  }

  isInf(): boolean {
    return this.form === 'inf';
  }

  sign(): -1 | 0 | 1 {
    if (this.form === 'zero') return 0;
    return this.neg ? -1 : 1;
  }

  /** big.Float.IsInt. */
  isInt(): boolean {
    return this.form === 'zero' || (this.form === 'finite' && this.exp >= 0);
  }

  /** big.Float.MinPrec: the bits the mantissa needs. */
  minPrec(): number {
    return this.form === 'finite' ? bitLength(this.mant) : 0;
  }

  /** big.Float.SetPrec (rounding to nearest even). */
  withPrec(prec: number): BigFloat {
    if (this.form !== 'finite') return new BigFloat(this.form, this.neg, 0n, 0, prec);
    return BigFloat.round(this.neg, this.mant, this.exp, prec);
  }

  negate(): BigFloat {
    return new BigFloat(this.form, !this.neg, this.mant, this.exp, this.prec);
  }

  abs(): BigFloat {
    return this.neg ? this.negate() : this;
  }

  add(y: BigFloat, prec = Math.max(this.prec, y.prec)): BigFloat {
    if (this.form === 'inf' || y.form === 'inf') {
      if (this.form === 'inf' && y.form === 'inf' && this.neg !== y.neg) throw new BigFloatNaN('addition of infinities with opposite signs');
      return BigFloat.inf(this.form === 'inf' ? this.neg : y.neg, prec);
    }
    if (this.form === 'zero' && y.form === 'zero') return BigFloat.zero(prec, this.neg && y.neg);
    if (this.form === 'zero') return y.withPrec(prec);
    if (y.form === 'zero') return this.withPrec(prec);
    const xTop = this.exp + bitLength(this.mant);
    const yTop = y.exp + bitLength(y.mant);
    // A much smaller operand only decides the rounding direction: stand in for it with one bit below the other's.
    if (xTop - yTop > prec + 4 && yTop < this.exp) return BigFloat.addTiny(this, y.neg, prec);
    if (yTop - xTop > prec + 4 && xTop < y.exp) return BigFloat.addTiny(y, this.neg, prec);
    const e = Math.min(this.exp, y.exp);
    const a = (this.neg ? -this.mant : this.mant) << BigInt(this.exp - e);
    const b = (y.neg ? -y.mant : y.mant) << BigInt(y.exp - e);
    const sum = a + b;
    if (sum === 0n) return BigFloat.zero(prec, false);
    return BigFloat.round(sum < 0n, sum < 0n ? -sum : sum, e, prec);
  }

  private static addTiny(big: BigFloat, tinyNeg: boolean, prec: number): BigFloat {
    const shift = Math.max(prec - bitLength(big.mant), 0) + 3;
    const m = big.mant << BigInt(shift);
    const e = big.exp - shift;
    const signed = (big.neg ? -m : m) * 2n + (tinyNeg ? -1n : 1n);
    const abs = signed < 0n ? -signed : signed;
    return BigFloat.round(signed < 0n, abs, e - 1, prec);
  }

  sub(y: BigFloat, prec = Math.max(this.prec, y.prec)): BigFloat {
    if (this.form === 'zero' && y.form === 'zero') return BigFloat.zero(prec, this.neg && !y.neg);
    return this.add(y.negate(), prec);
  }

  mul(y: BigFloat, prec = Math.max(this.prec, y.prec)): BigFloat {
    const neg = this.neg !== y.neg;
    if (this.form === 'inf' || y.form === 'inf') {
      if (this.form === 'zero' || y.form === 'zero') throw new BigFloatNaN('multiplication of zero with infinity');
      return BigFloat.inf(neg, prec);
    }
    if (this.form === 'zero' || y.form === 'zero') return BigFloat.zero(prec, neg);
    return BigFloat.round(neg, this.mant * y.mant, this.exp + y.exp, prec);
  }

  quo(y: BigFloat, prec = Math.max(this.prec, y.prec)): BigFloat {
    const neg = this.neg !== y.neg;
    if (this.form === 'zero' && y.form === 'zero') throw new BigFloatNaN('division of zero by zero');
    if (this.form === 'inf' && y.form === 'inf') throw new BigFloatNaN('division of infinity by infinity');
    if (this.form === 'zero' || y.form === 'inf') return BigFloat.zero(prec, neg);
    if (y.form === 'zero' || this.form === 'inf') return BigFloat.inf(neg, prec);
    // Enough quotient bits for the rounding bit, the rest of the division as a sticky bit.
    const k = prec + 2 + bitLength(y.mant) - bitLength(this.mant);
    const num = k > 0 ? this.mant << BigInt(k) : this.mant;
    const den = k > 0 ? y.mant : y.mant << BigInt(-k);
    const q = num / den;
    const r = num - q * den;
    return BigFloat.round(neg, q, this.exp - y.exp - k, prec, r !== 0n);
  }

  /** big.Float.Cmp: -1, 0 or +1 (zeros are equal whatever their sign). */
  cmp(y: BigFloat): -1 | 0 | 1 {
    const sx = this.sign();
    const sy = y.sign();
    if (sx !== sy) return sx < sy ? -1 : 1;
    if (sx === 0) return 0;
    const mag = BigFloat.cmpAbs(this, y);
    return sx < 0 && mag !== 0 ? (-mag as -1 | 1) : mag;
  }

  private static cmpAbs(x: BigFloat, y: BigFloat): -1 | 0 | 1 {
    if (x.form === 'inf' || y.form === 'inf') {
      if (x.form === y.form) return 0;
      return x.form === 'inf' ? 1 : -1;
    }
    const xTop = x.exp + bitLength(x.mant);
    const yTop = y.exp + bitLength(y.mant);
    if (xTop !== yTop) return xTop < yTop ? -1 : 1;
    const e = Math.min(x.exp, y.exp);
    const a = x.mant << BigInt(x.exp - e);
    const b = y.mant << BigInt(y.exp - e);
    return a === b ? 0 : a < b ? -1 : 1;
  }

  /**
   * big.Float.Int: the integer part (truncated toward zero) and whether it is below (-1), equal to (0) or above (+1)
   * the value; undefined for an infinity.
   */
  toInt(): { int: bigint | undefined; acc: -1 | 0 | 1 } {
    if (this.form === 'zero') return { int: 0n, acc: 0 };
    if (this.form === 'inf') return { int: undefined, acc: this.neg ? 1 : -1 };
    if (this.exp >= 0) {
      const i = this.mant << BigInt(this.exp);
      return { int: this.neg ? -i : i, acc: 0 };
    }
    const i = this.mant >> BigInt(-this.exp);
    return { int: this.neg ? -i : i, acc: this.neg ? 1 : -1 };
  }

  /** big.Float.Float64: the nearest double (ties to even), ±Infinity beyond its range. */
  toNumber(): number {
    if (this.form === 'zero') return this.neg ? -0 : 0;
    const inf = this.neg ? -Infinity : Infinity;
    if (this.form === 'inf') return inf;
    const top = this.exp + bitLength(this.mant);
    if (top > 1024) return inf;
    // Lowest bit a double keeps at this magnitude (53 bits, or fewer for subnormals).
    const low = Math.max(top - 53, -1074);
    let m = this.mant;
    let e = this.exp;
    if (e < low) {
      const keep = top - low;
      if (keep < 0 || (keep === 0 && m === 1n)) return this.neg ? -0 : 0;
      if (keep === 0) {
        m = 1n;
        e = low;
      } else {
        const r = BigFloat.round(false, m, e, keep);
        m = r.mant;
        e = r.exp;
      }
    }
    if (e + bitLength(m) > 1024) return inf;
    // Scale in two steps so that neither power of two overflows or underflows on its own.
    const half = Math.trunc(e / 2);
    const d = Number(m) * 2 ** half * 2 ** (e - half);
    return this.neg ? -d : d;
  }

  /** Whether toNumber is exact. */
  isDoubleExact(): boolean {
    if (this.form !== 'finite') return true;
    const bl = bitLength(this.mant);
    const top = this.exp + bl;
    return bl <= 53 && top <= 1024 && this.exp >= -1074;
  }

  /** big.Float.Text(fmt, prec): 'f', 'e', 'E', 'g', 'G'; a negative prec asks for the shortest exact digits. */
  text(fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
    const sign = this.neg ? '-' : '';
    if (this.form === 'inf') return this.neg ? '-Inf' : '+Inf';
    const d = this.form === 'finite' ? Decimal.of(this.mant, this.exp) : new Decimal('', 0);
    let p = prec;
    const shortest = p < 0;
    if (shortest) {
      if (this.form === 'finite') this.roundShortest(d);
      if (fmt === 'e' || fmt === 'E') p = d.mant.length - 1;
      else if (fmt === 'f') p = Math.max(d.mant.length - d.exp, 0);
      else p = d.mant.length;
    } else if (fmt === 'e' || fmt === 'E') d.round(1 + p);
    else if (fmt === 'f') d.round(d.exp + p);
    else {
      if (p === 0) p = 1;
      d.round(p);
    }
    if (fmt === 'e' || fmt === 'E') return sign + fmtE(fmt, p, d);
    if (fmt === 'f') return sign + fmtF(p, d);
    let eprec = p;
    if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
    if (shortest) eprec = 6;
    const exp = d.exp - 1;
    if (exp < -4 || exp >= eprec) {
      if (p > d.mant.length) p = d.mant.length;
      return sign + fmtE(fmt === 'g' ? 'e' : 'E', p - 1, d);
    }
    if (p > d.exp) p = d.mant.length;
    return sign + fmtF(Math.max(p - d.exp, 0), d);
  }

  /** Go's roundShortest: the fewest digits that still round to this value at its precision. */
  private roundShortest(d: Decimal): void {
    if (d.mant.length === 0) return;
    const s = bitLength(this.mant) - (this.prec + 1);
    const mant = this.mant << BigInt(-s);
    const exp = this.exp + s;
    const lower = Decimal.of(mant - 1n, exp);
    const upper = Decimal.of(mant + 1n, exp);
    const inclusive = (mant & 2n) === 0n;
    for (let i = 0; i < d.mant.length; i++) {
      const m = d.mant.charCodeAt(i);
      const l = lower.at(i);
      const u = upper.at(i);
      const okdown = l !== m || (inclusive && i + 1 === lower.mant.length);
      const okup = m !== u && (inclusive || m + 1 < u || i + 1 < upper.mant.length);
      if (okdown && okup) return d.round(i + 1);
      if (okdown) return d.roundDown(i + 1);
      if (okup) return d.roundUp(i + 1);
    }
  }
}

/** Go's 5^n as big.Float.pow5 computes it at the given precision. */
function pow5(n: number, prec: number): BigFloat {
  if (n <= 27) return BigFloat.round(false, POW5_64[n], 0, prec);
  let z = BigFloat.round(false, POW5_64[27], 0, prec);
  let f = BigFloat.round(false, 5n, 0, prec + 64);
  let k = n - 27;
  while (k > 0) {
    if (k % 2 === 1) z = z.mul(f, prec);
    f = f.mul(f, prec + 64);
    k = Math.floor(k / 2);
  }
  return z;
}

const ZERO = 48;

/** Go's math/big decimal: the digits of 0.mant × 10^exp, without trailing zeros. */
class Decimal {
  constructor(
    public mant: string,
    public exp: number,
  ) {}

  /** The exact decimal of m × 2^e. */
  static of(m: bigint, e: number): Decimal {
    if (m === 0n) return new Decimal('', 0);
    let digits: string;
    let point: number;
    if (e >= 0) {
      digits = (m << BigInt(e)).toString();
      point = digits.length;
    } else {
      digits = (m * 5n ** BigInt(-e)).toString();
      point = digits.length + e;
    }
    let n = digits.length;
    while (n > 0 && digits.charCodeAt(n - 1) === ZERO) n--;
    return new Decimal(digits.slice(0, n), point);
  }

  at(i: number): number {
    return i >= 0 && i < this.mant.length ? this.mant.charCodeAt(i) : ZERO;
  }

  round(n: number): void {
    if (n < 0 || n >= this.mant.length) return;
    if (this.shouldRoundUp(n)) this.roundUp(n);
    else this.roundDown(n);
  }

  private shouldRoundUp(n: number): boolean {
    if (this.mant[n] === '5' && n + 1 === this.mant.length) return n > 0 && (this.mant.charCodeAt(n - 1) - ZERO) % 2 !== 0;
    return this.mant[n] >= '5';
  }

  roundUp(n: number): void {
    if (n < 0 || n >= this.mant.length) return;
    let k = n;
    while (k > 0 && this.mant[k - 1] >= '9') k--;
    if (k === 0) {
      this.mant = '1';
      this.exp++;
      return;
    }
    this.mant = this.mant.slice(0, k - 1) + String.fromCharCode(this.mant.charCodeAt(k - 1) + 1);
  }

  roundDown(n: number): void {
    if (n < 0 || n >= this.mant.length) return;
    let k = n;
    while (k > 0 && this.mant.charCodeAt(k - 1) === ZERO) k--;
    this.mant = this.mant.slice(0, k);
    if (k === 0) this.exp = 0;
  }
}

function fmtE(fmt: 'e' | 'E', prec: number, d: Decimal): string {
  let out = d.mant.length > 0 ? d.mant[0] : '0';
  if (prec > 0) {
    out += '.';
    const m = Math.min(d.mant.length, prec + 1);
    out += d.mant.slice(1, Math.max(m, 1));
    out += '0'.repeat(Math.max(prec + 1 - Math.max(m, 1), 0));
  }
  let exp = d.mant.length > 0 ? d.exp - 1 : 0;
  const sign = exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return `${out}${fmt}${sign}${exp < 10 ? '0' : ''}${exp}`;
}

function fmtF(prec: number, d: Decimal): string {
  let out: string;
  if (d.exp > 0) {
    const m = Math.min(d.mant.length, d.exp);
    out = d.mant.slice(0, m) + '0'.repeat(d.exp - m);
  } else out = '0';
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) out += String.fromCharCode(d.at(d.exp + i));
  }
  return out;
}

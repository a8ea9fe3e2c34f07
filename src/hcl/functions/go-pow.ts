// Go's math.Pow, step by step: cty's pow() is math.Pow on float64, which is not correctly rounded (pow(10, 308) is
// 1.0000000000000006e308 in Go, 1e308 in JavaScript). An integer power is computed by Go's repeated squaring of the
// mantissa with the exponent kept apart (Frexp/Ldexp), exactly reproduced here; a fractional part goes through
// exp(yf·log(x)) as in Go, with JavaScript's exp and log.

const view = new DataView(new ArrayBuffer(8));

function bits(f: number): bigint {
  view.setFloat64(0, f);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

const SHIFT = 52n;
const MASK = 0x7ffn;
const BIAS = 1023;
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/** Go's normalize: a subnormal scaled up into the normal range, with the exponent that undoes it. */
function normalize(x: number): [number, number] {
  return Math.abs(x) < SMALLEST_NORMAL ? [x * 2 ** 52, -52] : [x, 0];
}

/** Go's math.Frexp: frac in [½, 1) and exp with f = frac·2^exp. */
function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  const [n, e] = normalize(f);
  let x = bits(n);
  const exp = e + Number((x >> SHIFT) & MASK) - BIAS + 1;
  x &= ~(MASK << SHIFT);
  x |= BigInt(BIAS - 1) << SHIFT;
  return [fromBits(x), exp];
}

/** Go's math.Ldexp: frac·2^exp, rounded once (also into the subnormal range). */
function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  const [n, e] = normalize(frac);
  let x = bits(n);
  let ex = exp + e + Number((x >> SHIFT) & MASK) - BIAS;
  if (ex < -1075) return frac < 0 ? -0 : 0;
  if (ex > 1023) return frac < 0 ? -Infinity : Infinity;
  let m = 1;
  if (ex < -1022) {
    ex += 53;
    m = 2 ** -53;
  }
  x &= ~(MASK << SHIFT);
  x |= BigInt(ex + BIAS) << SHIFT;
  return m * fromBits(x);
}

const isOddInt = (y: number): boolean => Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;

/** Go's special cases, in Go's order; undefined when the general algorithm applies. */
function special(x: number, y: number): number | undefined {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    const negZero = Object.is(x, -0);
    if (y < 0) return negZero && isOddInt(y) ? -Infinity : Infinity;
    return negZero && isOddInt(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === y > 0 ? 0 : Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x < 0) return goPow(1 / x, -y);
    return y < 0 ? 0 : Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  return undefined;
}

export function goPow(x: number, y: number): number {
  const s = special(x, y);
  if (s !== undefined) return s;
  let yi = Math.trunc(Math.abs(y));
  let yf = Math.abs(y) - yi;
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === y > 0 ? 0 : Infinity;
  }
  let a1 = 1;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Math.exp(yf * Math.log(x));
  }
  let [x1, xe] = frexp(x);
  for (let i = BigInt(yi); i !== 0n; i >>= 1n) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      // Catastrophic overflow or underflow: Ldexp settles it.
      ae += xe;
      break;
    }
    if ((i & 1n) === 1n) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

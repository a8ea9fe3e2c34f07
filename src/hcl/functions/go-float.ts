// Numbers written as Go's math/big writes a Float for %e, %f and %g (what cty's format uses): from the number's
// exact decimal expansion, rounded half to even at the requested digit, or from its shortest round-tripping digits
// when no precision is given.

/** value = 0.mant × 10^exp; mant has no leading or trailing zeros and is empty for zero. */
export interface Decimal {
  neg: boolean;
  mant: string;
  exp: number;
  inf?: boolean;
}

function trimZeros(d: Decimal): Decimal {
  let end = d.mant.length;
  while (end > 0 && d.mant[end - 1] === '0') end--;
  return end === d.mant.length ? d : { ...d, mant: d.mant.slice(0, end) };
}

/** The exact decimal value of a double (every double is a finite decimal fraction). */
export function exactDecimal(n: number): Decimal {
  const neg = n < 0 || Object.is(n, -0);
  if (!Number.isFinite(n)) return { neg, mant: '', exp: 0, inf: true };
  if (n === 0) return { neg, mant: '', exp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(n));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const e2 = (biased === 0 ? 1 : biased) - 1075;
  let digits: string;
  let exp: number;
  if (e2 >= 0) {
    digits = (mantissa << BigInt(e2)).toString();
    exp = digits.length;
  } else {
    digits = (mantissa * 5n ** BigInt(-e2)).toString();
    exp = digits.length + e2;
  }
  return trimZeros({ neg, mant: digits, exp });
}

/** The fewest digits that still identify the double (what JavaScript prints). */
export function shortestDecimal(n: number): Decimal {
  const neg = n < 0 || Object.is(n, -0);
  if (!Number.isFinite(n)) return { neg, mant: '', exp: 0, inf: true };
  if (n === 0) return { neg, mant: '', exp: 0 };
  const [m, e] = Math.abs(n).toExponential().split('e');
  return trimZeros({ neg, mant: m.replace('.', ''), exp: Number(e) + 1 });
}

function shouldRoundUp(d: Decimal, n: number): boolean {
  if (d.mant[n] === '5' && n + 1 === d.mant.length) return n > 0 && (d.mant.charCodeAt(n - 1) - 48) % 2 === 1;
  return d.mant[n] >= '5';
}

/** Rounded to n significant digits (Go's decimal.round). */
function round(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.mant.length) return d;
  if (!shouldRoundUp(d, n)) return trimZeros({ ...d, mant: d.mant.slice(0, n) });
  let i = n;
  while (i > 0 && d.mant[i - 1] === '9') i--;
  if (i === 0) return { ...d, mant: '1', exp: d.exp + 1 };
  return { ...d, mant: d.mant.slice(0, i - 1) + String.fromCharCode(d.mant.charCodeAt(i - 1) + 1) };
}

const at = (d: Decimal, i: number): string => (i >= 0 && i < d.mant.length ? d.mant[i] : '0');

function fmtE(d: Decimal, upper: boolean, prec: number): string {
  let out = d.mant.length > 0 ? d.mant[0] : '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += at(d, i);
  }
  const exp = d.mant.length > 0 ? d.exp - 1 : 0;
  const abs = Math.abs(exp);
  return `${out}${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

function fmtF(d: Decimal, prec: number): string {
  let out = '';
  if (d.exp > 0) {
    for (let i = 0; i < d.exp; i++) out += at(d, i);
  } else out = '0';
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) out += at(d, d.exp + i);
  }
  return out;
}

/**
 * Go's Float.Append for 'e', 'E', 'f', 'g' and 'G' without the sign; prec < 0 means the shortest representation,
 * and `decimal` is then the shortest form of the number, otherwise its exact expansion.
 */
export function goFloatText(verb: string, prec: number, decimal: Decimal): string {
  if (decimal.inf) return 'Inf';
  const upper = verb === 'E' || verb === 'G';
  const isShortest = prec < 0;
  let d = decimal;
  if (isShortest) {
    if (verb === 'e' || verb === 'E') prec = d.mant.length - 1;
    else if (verb === 'f') prec = Math.max(d.mant.length - d.exp, 0);
    else prec = d.mant.length;
  } else if (verb === 'e' || verb === 'E') d = round(d, 1 + prec);
  else if (verb === 'f') d = round(d, d.exp + prec);
  else {
    if (prec === 0) prec = 1;
    d = round(d, prec);
  }
  if (verb === 'e' || verb === 'E') return fmtE(d, upper, prec);
  if (verb === 'f') return fmtF(d, prec);
  let eprec = prec;
  if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
  if (isShortest) eprec = 6;
  const exp = d.exp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > d.mant.length) prec = d.mant.length;
    return fmtE(d, upper, prec - 1);
  }
  if (prec > d.exp) prec = d.mant.length;
  return fmtF(d, Math.max(prec - d.exp, 0));
}

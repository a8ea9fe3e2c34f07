import { createRequire as __repackCreateRequire } from 'node:module';
import { fileURLToPath as __repackFileURLToPath } from 'node:url';
import { dirname as __repackDirname } from 'node:path';
const require = __repackCreateRequire(import.meta.url);
const __repackFilename = __repackFileURLToPath(import.meta.url);
const __repackDirnameValue = __repackDirname(__repackFilename);
import {
  OWNER_LABEL,
  currentOwner,
  goQuote,
  goQuoteRune,
  ownerState,
  processGroup,
  processStart
} from "./DIR7UEXK.js";
import {
  Capture,
  DriverError,
  IMAGE_MANIFEST_TYPES,
  REPACK_LABEL,
  RegistryRequestError,
  answerChallenge,
  deadline,
  dockerCredentials,
  endpoints,
  familiarName,
  formatReference,
  getManifest,
  isDigest,
  mustParseReference,
  parseReference,
  putManifest,
  registryPath,
  send,
  tagOrLatest,
  tagProblem,
  withTag
} from "./3AA3TRVZ.js";
import {
  messageOf,
  toError
} from "./K4JIUYBM.js";

// src/version.ts
var REPACK_VERSION = "0.1.0";
var PACKER_COMPAT_VERSION = "1.16.0";

// src/pipeline/run.ts
import { resolve as resolve21 } from "node:path";

// src/hcl/diagnostics.ts
function error(summary, detail, range2) {
  return { severity: "error", summary, detail, range: range2 };
}
function warning(summary, detail, range2) {
  return { severity: "warning", summary, detail, range: range2 };
}
function hasErrors(diags) {
  return diags.some((d) => d.severity === "error");
}
function uniqueDiagnostics(diags) {
  const seen = /* @__PURE__ */ new Set();
  return diags.filter((d) => {
    const r = d.range;
    const key2 = `${d.severity}\0${d.summary}\0${d.detail ?? ""}\0${r ? `${r.file}:${r.start.offset}-${r.end.offset}` : ""}`;
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}

// src/hcl/value/bigfloat.ts
var BigFloatNaN = class extends Error {
};
var MAX_EXP = 2147483647;
var MIN_EXP = -2147483648;
function bitLength(n) {
  if (n === 0n) return 0;
  const s = (n < 0n ? -n : n).toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}
function trailingZeros(n) {
  return bitLength(n & -n) - 1;
}
var POW5_64 = Array.from({ length: 28 }, (_, i) => 5n ** BigInt(i));
var BigFloat = class _BigFloat {
  /** Finite values are (-1)^neg × mant × 2^exp with an odd mant of at most prec bits. */
  constructor(form, neg, mant, exp, prec) {
    this.form = form;
    this.neg = neg;
    this.mant = mant;
    this.exp = exp;
    this.prec = prec;
  }
  form;
  neg;
  mant;
  exp;
  prec;
  static zero(prec, neg = false) {
    return new _BigFloat("zero", neg, 0n, 0, prec);
  }
  static inf(neg, prec) {
    return new _BigFloat("inf", neg, 0n, 0, prec);
  }
  /** The exact value of `mant × 2^exp` (plus a nonzero amount below its last bit when sticky) rounded to prec bits. */
  static round(neg, mant, exp, prec, sticky = false) {
    if (mant === 0n) return _BigFloat.zero(prec, neg);
    let m = mant;
    let e = exp;
    const bl = bitLength(m);
    if (bl > prec) {
      const shift2 = bl - prec;
      const s = BigInt(shift2);
      const rest = m & (1n << s) - 1n;
      const half = 1n << s - 1n;
      m >>= s;
      e += shift2;
      if (rest > half || rest === half && (sticky || (m & 1n) === 1n)) m += 1n;
    }
    if (m === 0n) return _BigFloat.zero(prec, neg);
    const tz = trailingZeros(m);
    if (tz > 0) {
      m >>= BigInt(tz);
      e += tz;
    }
    const top = e + bitLength(m);
    if (top > MAX_EXP) return _BigFloat.inf(neg, prec);
    if (top < MIN_EXP) return _BigFloat.zero(prec, neg);
    return new _BigFloat("finite", neg, m, e, prec);
  }
  /** big.Float.SetFloat64 (precision 53 unless given); NaN throws. */
  static fromNumber(d, prec = 53) {
    if (Number.isNaN(d)) throw new BigFloatNaN("Float.SetFloat64(NaN)");
    if (d === 0) return _BigFloat.zero(prec, Object.is(d, -0));
    if (!Number.isFinite(d)) return _BigFloat.inf(d < 0, prec);
    const view2 = new DataView(new ArrayBuffer(8));
    view2.setFloat64(0, d);
    const hi = view2.getUint32(0);
    const lo = view2.getUint32(4);
    const biased = hi >>> 20 & 2047;
    let mant = BigInt(hi & 1048575) << 32n | BigInt(lo);
    let exp;
    if (biased === 0) exp = -1074;
    else {
      mant |= 1n << 52n;
      exp = biased - 1075;
    }
    return _BigFloat.round(d < 0, mant, exp, prec);
  }
  /** big.Float.SetInt: the precision is max(bits, 64) unless given. */
  static fromBigInt(i, prec) {
    const abs = i < 0n ? -i : i;
    return _BigFloat.round(i < 0n, abs, 0, prec ?? Math.max(bitLength(abs), 64));
  }
  /**
   * big.ParseFloat(s, 10, prec, ToNearestEven), or undefined where it fails. Go scales the decimal mantissa by a
   * power of five computed at prec + 64 bits (itself rounded along the way), so this does the same.
   */
  static parse(s, prec = 512) {
    if (s === "Inf" || s === "inf") return _BigFloat.inf(false, prec);
    if (s.length === 4 && (s[0] === "+" || s[0] === "-") && (s.slice(1) === "Inf" || s.slice(1) === "inf")) {
      return _BigFloat.inf(s[0] === "-", prec);
    }
    const m = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:([eEpP])([+-]?\d+))?$/.exec(s);
    if (!m) return void 0;
    const neg = m[1] === "-";
    const intDigits = m[2] ?? "";
    const fracDigits = m[3] ?? m[4] ?? "";
    const mant = BigInt(intDigits + fracDigits || "0");
    const expText = m[6];
    let exp = 0;
    if (expText !== void 0) {
      const e = BigInt(expText);
      if (e > 9223372036854775807n || e < -9223372036854775808n) return void 0;
      exp = Number(e);
      if (!Number.isSafeInteger(exp)) return mant === 0n ? _BigFloat.zero(prec, neg) : void 0;
    }
    if (mant === 0n) return _BigFloat.zero(prec, neg);
    let exp2 = -fracDigits.length;
    let exp5 = -fracDigits.length;
    if (m[5] === "p" || m[5] === "P") exp2 += exp;
    else if (m[5] !== void 0) {
      exp2 += exp;
      exp5 += exp;
    }
    const top = exp2 + bitLength(mant);
    if (top < MIN_EXP || top > MAX_EXP) return void 0;
    if (exp5 === 0) return _BigFloat.round(neg, mant, exp2, prec);
    const x = new _BigFloat("finite", neg, mant, exp2, prec);
    const p = pow5(Math.abs(exp5), prec + 64);
    return exp5 < 0 ? x.quo(p, prec) : x.mul(p, prec);
  }
  isZero() {
    return this.form === "zero";
  }
  isInf() {
    return this.form === "inf";
  }
  sign() {
    if (this.form === "zero") return 0;
    return this.neg ? -1 : 1;
  }
  /** big.Float.IsInt. */
  isInt() {
    return this.form === "zero" || this.form === "finite" && this.exp >= 0;
  }
  /** big.Float.MinPrec: the bits the mantissa needs. */
  minPrec() {
    return this.form === "finite" ? bitLength(this.mant) : 0;
  }
  /** big.Float.SetPrec (rounding to nearest even). */
  withPrec(prec) {
    if (this.form !== "finite") return new _BigFloat(this.form, this.neg, 0n, 0, prec);
    return _BigFloat.round(this.neg, this.mant, this.exp, prec);
  }
  negate() {
    return new _BigFloat(this.form, !this.neg, this.mant, this.exp, this.prec);
  }
  abs() {
    return this.neg ? this.negate() : this;
  }
  add(y, prec = Math.max(this.prec, y.prec)) {
    if (this.form === "inf" || y.form === "inf") {
      if (this.form === "inf" && y.form === "inf" && this.neg !== y.neg) throw new BigFloatNaN("addition of infinities with opposite signs");
      return _BigFloat.inf(this.form === "inf" ? this.neg : y.neg, prec);
    }
    if (this.form === "zero" && y.form === "zero") return _BigFloat.zero(prec, this.neg && y.neg);
    if (this.form === "zero") return y.withPrec(prec);
    if (y.form === "zero") return this.withPrec(prec);
    const xTop = this.exp + bitLength(this.mant);
    const yTop = y.exp + bitLength(y.mant);
    if (xTop - yTop > prec + 4 && yTop < this.exp) return _BigFloat.addTiny(this, y.neg, prec);
    if (yTop - xTop > prec + 4 && xTop < y.exp) return _BigFloat.addTiny(y, this.neg, prec);
    const e = Math.min(this.exp, y.exp);
    const a = (this.neg ? -this.mant : this.mant) << BigInt(this.exp - e);
    const b = (y.neg ? -y.mant : y.mant) << BigInt(y.exp - e);
    const sum = a + b;
    if (sum === 0n) return _BigFloat.zero(prec, false);
    return _BigFloat.round(sum < 0n, sum < 0n ? -sum : sum, e, prec);
  }
  static addTiny(big, tinyNeg, prec) {
    const shift2 = Math.max(prec - bitLength(big.mant), 0) + 3;
    const m = big.mant << BigInt(shift2);
    const e = big.exp - shift2;
    const signed = (big.neg ? -m : m) * 2n + (tinyNeg ? -1n : 1n);
    const abs = signed < 0n ? -signed : signed;
    return _BigFloat.round(signed < 0n, abs, e - 1, prec);
  }
  sub(y, prec = Math.max(this.prec, y.prec)) {
    if (this.form === "zero" && y.form === "zero") return _BigFloat.zero(prec, this.neg && !y.neg);
    return this.add(y.negate(), prec);
  }
  mul(y, prec = Math.max(this.prec, y.prec)) {
    const neg = this.neg !== y.neg;
    if (this.form === "inf" || y.form === "inf") {
      if (this.form === "zero" || y.form === "zero") throw new BigFloatNaN("multiplication of zero with infinity");
      return _BigFloat.inf(neg, prec);
    }
    if (this.form === "zero" || y.form === "zero") return _BigFloat.zero(prec, neg);
    return _BigFloat.round(neg, this.mant * y.mant, this.exp + y.exp, prec);
  }
  quo(y, prec = Math.max(this.prec, y.prec)) {
    const neg = this.neg !== y.neg;
    if (this.form === "zero" && y.form === "zero") throw new BigFloatNaN("division of zero by zero");
    if (this.form === "inf" && y.form === "inf") throw new BigFloatNaN("division of infinity by infinity");
    if (this.form === "zero" || y.form === "inf") return _BigFloat.zero(prec, neg);
    if (y.form === "zero" || this.form === "inf") return _BigFloat.inf(neg, prec);
    const k = prec + 2 + bitLength(y.mant) - bitLength(this.mant);
    const num2 = k > 0 ? this.mant << BigInt(k) : this.mant;
    const den = k > 0 ? y.mant : y.mant << BigInt(-k);
    const q = num2 / den;
    const r = num2 - q * den;
    return _BigFloat.round(neg, q, this.exp - y.exp - k, prec, r !== 0n);
  }
  /** big.Float.Cmp: -1, 0 or +1 (zeros are equal whatever their sign). */
  cmp(y) {
    const sx = this.sign();
    const sy = y.sign();
    if (sx !== sy) return sx < sy ? -1 : 1;
    if (sx === 0) return 0;
    const mag = _BigFloat.cmpAbs(this, y);
    return sx < 0 && mag !== 0 ? -mag : mag;
  }
  static cmpAbs(x, y) {
    if (x.form === "inf" || y.form === "inf") {
      if (x.form === y.form) return 0;
      return x.form === "inf" ? 1 : -1;
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
  toInt() {
    if (this.form === "zero") return { int: 0n, acc: 0 };
    if (this.form === "inf") return { int: void 0, acc: this.neg ? 1 : -1 };
    if (this.exp >= 0) {
      const i2 = this.mant << BigInt(this.exp);
      return { int: this.neg ? -i2 : i2, acc: 0 };
    }
    const i = this.mant >> BigInt(-this.exp);
    return { int: this.neg ? -i : i, acc: this.neg ? 1 : -1 };
  }
  /** big.Float.Float64: the nearest double (ties to even), ±Infinity beyond its range. */
  toNumber() {
    if (this.form === "zero") return this.neg ? -0 : 0;
    const inf = this.neg ? -Infinity : Infinity;
    if (this.form === "inf") return inf;
    const top = this.exp + bitLength(this.mant);
    if (top > 1024) return inf;
    const low = Math.max(top - 53, -1074);
    let m = this.mant;
    let e = this.exp;
    if (e < low) {
      const keep = top - low;
      if (keep < 0 || keep === 0 && m === 1n) return this.neg ? -0 : 0;
      if (keep === 0) {
        m = 1n;
        e = low;
      } else {
        const r = _BigFloat.round(false, m, e, keep);
        m = r.mant;
        e = r.exp;
      }
    }
    if (e + bitLength(m) > 1024) return inf;
    const half = Math.trunc(e / 2);
    const d = Number(m) * 2 ** half * 2 ** (e - half);
    return this.neg ? -d : d;
  }
  /** Whether toNumber is exact. */
  isDoubleExact() {
    if (this.form !== "finite") return true;
    const bl = bitLength(this.mant);
    const top = this.exp + bl;
    return bl <= 53 && top <= 1024 && this.exp >= -1074;
  }
  /** big.Float.Text(fmt, prec): 'f', 'e', 'E', 'g', 'G'; a negative prec asks for the shortest exact digits. */
  text(fmt, prec) {
    const sign = this.neg ? "-" : "";
    if (this.form === "inf") return this.neg ? "-Inf" : "+Inf";
    const d = this.form === "finite" ? Decimal.of(this.mant, this.exp) : new Decimal("", 0);
    let p = prec;
    const shortest = p < 0;
    if (shortest) {
      if (this.form === "finite") this.roundShortest(d);
      if (fmt === "e" || fmt === "E") p = d.mant.length - 1;
      else if (fmt === "f") p = Math.max(d.mant.length - d.exp, 0);
      else p = d.mant.length;
    } else if (fmt === "e" || fmt === "E") d.round(1 + p);
    else if (fmt === "f") d.round(d.exp + p);
    else {
      if (p === 0) p = 1;
      d.round(p);
    }
    if (fmt === "e" || fmt === "E") return sign + fmtE(fmt, p, d);
    if (fmt === "f") return sign + fmtF(p, d);
    let eprec = p;
    if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
    if (shortest) eprec = 6;
    const exp = d.exp - 1;
    if (exp < -4 || exp >= eprec) {
      if (p > d.mant.length) p = d.mant.length;
      return sign + fmtE(fmt === "g" ? "e" : "E", p - 1, d);
    }
    if (p > d.exp) p = d.mant.length;
    return sign + fmtF(Math.max(p - d.exp, 0), d);
  }
  /** Go's roundShortest: the fewest digits that still round to this value at its precision. */
  roundShortest(d) {
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
      const okdown = l !== m || inclusive && i + 1 === lower.mant.length;
      const okup = m !== u && (inclusive || m + 1 < u || i + 1 < upper.mant.length);
      if (okdown && okup) return d.round(i + 1);
      if (okdown) return d.roundDown(i + 1);
      if (okup) return d.roundUp(i + 1);
    }
  }
};
function pow5(n, prec) {
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
var ZERO = 48;
var Decimal = class _Decimal {
  constructor(mant, exp) {
    this.mant = mant;
    this.exp = exp;
  }
  mant;
  exp;
  /** The exact decimal of m × 2^e. */
  static of(m, e) {
    if (m === 0n) return new _Decimal("", 0);
    let digits2;
    let point;
    if (e >= 0) {
      digits2 = (m << BigInt(e)).toString();
      point = digits2.length;
    } else {
      digits2 = (m * 5n ** BigInt(-e)).toString();
      point = digits2.length + e;
    }
    let n = digits2.length;
    while (n > 0 && digits2.charCodeAt(n - 1) === ZERO) n--;
    return new _Decimal(digits2.slice(0, n), point);
  }
  at(i) {
    return i >= 0 && i < this.mant.length ? this.mant.charCodeAt(i) : ZERO;
  }
  round(n) {
    if (n < 0 || n >= this.mant.length) return;
    if (this.shouldRoundUp(n)) this.roundUp(n);
    else this.roundDown(n);
  }
  shouldRoundUp(n) {
    if (this.mant[n] === "5" && n + 1 === this.mant.length) return n > 0 && (this.mant.charCodeAt(n - 1) - ZERO) % 2 !== 0;
    return this.mant[n] >= "5";
  }
  roundUp(n) {
    if (n < 0 || n >= this.mant.length) return;
    let k = n;
    while (k > 0 && this.mant[k - 1] >= "9") k--;
    if (k === 0) {
      this.mant = "1";
      this.exp++;
      return;
    }
    this.mant = this.mant.slice(0, k - 1) + String.fromCharCode(this.mant.charCodeAt(k - 1) + 1);
  }
  roundDown(n) {
    if (n < 0 || n >= this.mant.length) return;
    let k = n;
    while (k > 0 && this.mant.charCodeAt(k - 1) === ZERO) k--;
    this.mant = this.mant.slice(0, k);
    if (k === 0) this.exp = 0;
  }
};
function fmtE(fmt, prec, d) {
  let out = d.mant.length > 0 ? d.mant[0] : "0";
  if (prec > 0) {
    out += ".";
    const m = Math.min(d.mant.length, prec + 1);
    out += d.mant.slice(1, Math.max(m, 1));
    out += "0".repeat(Math.max(prec + 1 - Math.max(m, 1), 0));
  }
  let exp = d.mant.length > 0 ? d.exp - 1 : 0;
  const sign = exp < 0 ? "-" : "+";
  exp = Math.abs(exp);
  return `${out}${fmt}${sign}${exp < 10 ? "0" : ""}${exp}`;
}
function fmtF(prec, d) {
  let out;
  if (d.exp > 0) {
    const m = Math.min(d.mant.length, d.exp);
    out = d.mant.slice(0, m) + "0".repeat(d.exp - m);
  } else out = "0";
  if (prec > 0) {
    out += ".";
    for (let i = 0; i < prec; i++) out += String.fromCharCode(d.at(d.exp + i));
  }
  return out;
}

// src/hcl/value/number.ts
var TEXT_PREC = 512;
function precOf(v) {
  if (v.big) return v.big.prec;
  if (v.prec !== void 0) return v.prec;
  return Number.isInteger(v.value) && Math.abs(v.value) < 2 ** 63 ? 64 : 53;
}
function bigOf(v) {
  return v.big ?? BigFloat.fromNumber(v.value, precOf(v));
}
function numberOf(value, prec) {
  return prec === void 0 ? { kind: "number", value } : { kind: "number", value, prec };
}
function fromBig(b) {
  const value = b.toNumber();
  if (b.isDoubleExact()) return { kind: "number", value, prec: b.prec };
  return { kind: "number", value, prec: b.prec, big: b };
}
function parseNumberValue(text2) {
  if (/^[0-9]{1,15}$/.test(text2)) return numberOf(Number(text2), TEXT_PREC);
  const b = BigFloat.parse(text2, TEXT_PREC);
  return b === void 0 ? void 0 : fromBig(b);
}
function numberToString(v) {
  if (!v.big && Number.isSafeInteger(v.value)) return Object.is(v.value, -0) ? "-0" : String(v.value);
  return bigOf(v).text("f", -1);
}
function isWhole(v) {
  return v.big ? v.big.isInt() : Number.isInteger(v.value);
}
function consoleNumber(v) {
  if (!v.big && Number.isSafeInteger(v.value)) return String(v.value + 0);
  const b = bigOf(v);
  const { int, acc } = b.toInt();
  if (int !== void 0 && acc === 0 && int >= -(2n ** 63n) && int < 2n ** 63n) return int.toString();
  return goFloatG(b.toNumber());
}
function goFloatG(d) {
  if (!Number.isFinite(d)) return d > 0 ? "+Inf" : "-Inf";
  if (d === 0) return Object.is(d, -0) ? "-0" : "0";
  const sign = d < 0 ? "-" : "";
  const [m, e] = Math.abs(d).toExponential().split("e");
  const exp = Number(e);
  if (exp < -4 || exp >= 6) return `${sign}${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  const digits2 = m.replace(".", "");
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits2}`;
  if (digits2.length <= exp + 1) return sign + digits2 + "0".repeat(exp + 1 - digits2.length);
  return `${sign}${digits2.slice(0, exp + 1)}.${digits2.slice(exp + 1)}`;
}
function equalityText(v) {
  if (!v.big && Number.isSafeInteger(v.value)) return String(v.value + 0);
  const text2 = numberToString(v);
  return text2 === "-0" ? "0" : text2;
}
function numbersEqual(a, b) {
  if (!a.big && !b.big && Number.isSafeInteger(a.value) && Number.isSafeInteger(b.value)) return a.value === b.value;
  return equalityText(a) === equalityText(b);
}
function compareNumbers(a, b) {
  if (!a.big && !b.big) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return bigOf(a).cmp(bigOf(b));
}
var nanMessage = {
  "+": "can't compute sum of opposing infinities",
  "-": "can't subtract infinity from itself",
  "*": "can't multiply zero by infinity",
  "/": "can't divide zero by zero or infinity by infinity",
  "%": "can't use modulo with zero and infinity"
};
function arithmetic(op, a, b) {
  const fast = fastArithmetic(op, a, b);
  if (fast !== void 0) return fast;
  try {
    return fromBig(bigArithmetic(op, bigOf(a), bigOf(b)));
  } catch (e) {
    if (e instanceof BigFloatNaN) return nanMessage[op];
    if (e instanceof NilIntegerPart) return e.message;
    throw e;
  }
}
var SAFE = 2 ** 53;
function fastArithmetic(op, a, b) {
  if (a.big || b.big) return void 0;
  const x = a.value;
  const y = b.value;
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y)) return void 0;
  let r;
  switch (op) {
    case "+":
      r = x + y;
      break;
    case "-":
      r = x - y;
      break;
    case "*":
      r = x * y;
      break;
    case "/":
      if (y === 0 || x % y !== 0) return void 0;
      r = x / y;
      break;
    case "%":
      if (y === 0 || x === 0) return void 0;
      r = x % y + 0;
      break;
  }
  if (Math.abs(r) > SAFE) return void 0;
  const prec = Math.max(precOf(a), precOf(b));
  return numberOf(r, op === "%" ? precOf(a) : prec);
}
var NilIntegerPart = class extends Error {
};
function bigArithmetic(op, x, y) {
  switch (op) {
    case "+":
      return x.add(y);
    case "-":
      return x.sub(y);
    case "*": {
      const p = x.mul(y, 512);
      return p.withPrec(Math.max(x.prec, y.prec, p.minPrec()));
    }
    case "/":
      return x.quo(y);
    case "%":
      return modulo(x, y);
  }
}
function modulo(x, y) {
  if (y.isZero()) return x;
  const { int } = x.quo(y).toInt();
  if (int === void 0) {
    throw new NilIntegerPart("panic in function implementation: runtime error: invalid memory address or nil pointer dereference");
  }
  const work = BigFloat.fromBigInt(int, x.prec);
  return x.sub(y.mul(work, x.prec), x.prec);
}
function negate(v) {
  if (v.big) return fromBig(v.big.negate());
  return v.prec === void 0 ? numberOf(-v.value) : numberOf(-v.value, v.prec);
}

// src/hcl/value/set-order.ts
function hashNumber(n) {
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : "-Inf";
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  const [mantissa, expText] = n.toExponential(9).split("e");
  const exp = Number(expText);
  const negative = mantissa.startsWith("-");
  const digits2 = mantissa.replace(/^-/, "").replace(".", "").replace(/0+$/, "") || "0";
  const dp = exp + 1;
  const eprec = 10 > digits2.length && digits2.length >= dp ? digits2.length : 10;
  let out;
  if (exp < -4 || exp >= eprec) {
    const frac = digits2.slice(1);
    out = `${digits2[0]}${frac ? `.${frac}` : ""}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  } else if (dp <= 0) out = `0.${"0".repeat(-dp)}${digits2}`;
  else if (dp >= digits2.length) out = digits2 + "0".repeat(dp - digits2.length);
  else out = `${digits2.slice(0, dp)}.${digits2.slice(dp)}`;
  return negative ? `-${out}` : out;
}
function goQuote2(s) {
  return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, "\\x$1");
}
function setHash(v) {
  switch (v.kind) {
    case "unknown":
      return "?";
    case "null":
      return "~";
    case "number":
      return hashNumber(v.value);
    case "bool":
      return v.value ? "T" : "F";
    case "string":
      return goQuote2(v.value);
    case "map":
      return `{${sortedKeys(v.attrs).map((k) => `${goQuote2(k)}:${setHash(v.attrs[k])};`).join("")}}`;
    case "list":
    case "set":
      return `[${v.items.map((i) => `${setHash(i)};`).join("")}]`;
    case "object":
      return `<${sortedKeys(v.attrs).map((k) => `${setHash(v.attrs[k])};`).join("")}>`;
    case "tuple":
      return `<${v.items.map((i) => `${setHash(i)};`).join("")}>`;
  }
}
function compareStrings(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function sortedKeys(attrs2) {
  return Object.keys(attrs2).sort(compareStrings);
}
function compare(a, b) {
  const rank = (v) => v.kind === "null" ? 2 : v.kind === "unknown" ? 1 : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.kind === "string" && b.kind === "string") return compareStrings(a.value, b.value);
  if (a.kind === "number" && b.kind === "number") return a.value - b.value;
  if (a.kind === "bool" && b.kind === "bool") return Number(a.value) - Number(b.value);
  return compareStrings(setHash(a), setHash(b));
}
function setItems(items2) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const item of items2) {
    const key2 = valueKey(item);
    if (key2 !== void 0 && seen.has(key2)) continue;
    if (key2 !== void 0) seen.add(key2);
    out.push(item);
  }
  return out.sort(compare);
}

// src/hcl/value/nfc.ts
var mayChange = /[^\0-\u02ff]/;
function nfc(s) {
  return mayChange.test(s) ? s.normalize("NFC") : s;
}

// src/hcl/value/value.ts
var T = {
  string: { kind: "string" },
  number: { kind: "number" },
  bool: { kind: "bool" },
  dynamic: { kind: "dynamic" },
  list: (element) => ({ kind: "list", element }),
  set: (element) => ({ kind: "set", element }),
  map: (element) => ({ kind: "map", element }),
  tuple: (elements2) => ({ kind: "tuple", elements: elements2 }),
  object: (attributes) => ({ kind: "object", attributes })
};
function newAttrs() {
  return {};
}
function setAttr(attrs2, name, value) {
  if (name === "__proto__") Object.defineProperty(attrs2, name, { value, enumerable: true, writable: true, configurable: true });
  else attrs2[name] = value;
}
var V = {
  null: (type = T.dynamic) => ({ kind: "null", type }),
  unknown: (type = T.dynamic) => ({ kind: "unknown", type }),
  string: (value) => ({ kind: "string", value: nfc(value) }),
  number: (value) => ({ kind: "number", value }),
  bool: (value) => ({ kind: "bool", value }),
  tuple: (items2) => ({ kind: "tuple", items: items2 }),
  object: (attrs2) => ({ kind: "object", attrs: attrs2 }),
  list: (items2, element = T.dynamic) => ({ kind: "list", items: items2, element }),
  map: (attrs2, element = T.dynamic) => ({ kind: "map", attrs: attrs2, element })
};
function typeOf(v) {
  switch (v.kind) {
    case "null":
    case "unknown":
      return v.type;
    case "string":
    case "number":
    case "bool":
      return { kind: v.kind };
    case "list":
    case "set":
      return { kind: v.kind, element: v.element };
    case "map":
      return { kind: "map", element: v.element };
    case "tuple":
      return { kind: "tuple", elements: v.items.map(typeOf) };
    case "object":
      return { kind: "object", attributes: Object.fromEntries(Object.entries(v.attrs).map(([k, a]) => [k, typeOf(a)])) };
  }
}
function typeName(t) {
  switch (t.kind) {
    case "string":
    case "number":
    case "bool":
      return t.kind;
    case "dynamic":
      return "any";
    case "list":
    case "set":
    case "map":
      return `${t.kind} of ${typeName(t.element)}`;
    case "tuple":
      return "tuple";
    case "object":
      return "object";
  }
}
function isKnown(v) {
  switch (v.kind) {
    case "unknown":
      return false;
    case "list":
    case "set":
    case "tuple":
      return v.items.every(isKnown);
    case "map":
    case "object":
      return Object.values(v.attrs).every(isKnown);
    default:
      return true;
  }
}
function markSensitive(v) {
  return { ...v, sensitive: true };
}
function toJS(v) {
  switch (v.kind) {
    case "null":
    case "unknown":
      return null;
    case "string":
    case "number":
    case "bool":
      return v.value;
    case "list":
    case "set":
    case "tuple":
      return v.items.map(toJS);
    case "map":
    case "object":
      return Object.fromEntries(Object.entries(v.attrs).map(([k, a]) => [k, toJS(a)]));
  }
}
function fromJS(js) {
  if (js === null || js === void 0) return V.null();
  if (typeof js === "string") return V.string(js);
  if (typeof js === "number") return V.number(js);
  if (typeof js === "boolean") return V.bool(js);
  if (Array.isArray(js)) return V.tuple(js.map(fromJS));
  if (typeof js === "object") {
    return V.object(Object.fromEntries(Object.entries(js).map(([k, a]) => [k, fromJS(a)])));
  }
  return V.string(String(js));
}

// src/hcl/value/unify.ts
var primitive = (t) => t.kind === "string" || t.kind === "number" || t.kind === "bool";
var collection = (t) => t.kind === "list" || t.kind === "set" || t.kind === "map";
function sameType(a, b) {
  if (a.kind !== b.kind) return false;
  if (collection(a)) return sameType(a.element, b.element);
  if (a.kind === "tuple") {
    const be = b.elements;
    return a.elements.length === be.length && a.elements.every((t, i) => sameType(t, be[i]));
  }
  if (a.kind === "object") {
    const ba = b.attributes;
    const ak = Object.keys(a.attributes);
    return ak.length === Object.keys(ba).length && ak.every((k) => Object.hasOwn(ba, k) && sameType(a.attributes[k], ba[k]));
  }
  return true;
}
function convertible(from, to, unsafe) {
  if (to.kind === "dynamic") return true;
  if (from.kind === "dynamic") return unsafe;
  if (primitive(from) && primitive(to)) {
    if (from.kind === to.kind || to.kind === "string") return true;
    return unsafe && from.kind === "string";
  }
  if (from.kind === "object" && to.kind === "object") {
    return Object.entries(to.attributes).every(
      ([k, t]) => Object.hasOwn(from.attributes, k) ? convertible(from.attributes[k], t, unsafe) : (to.optional ?? []).includes(k)
    );
  }
  if (from.kind === "tuple" && to.kind === "tuple") {
    return from.elements.length === to.elements.length && from.elements.every((t, i) => convertible(t, to.elements[i], unsafe));
  }
  if (to.kind === "list" && (from.kind === "list" || from.kind === "set")) return convertible(from.element, to.element, unsafe);
  if (to.kind === "set" && (from.kind === "list" || from.kind === "set")) {
    return (from.kind === "set" || unsafe) && convertible(from.element, to.element, unsafe);
  }
  if (to.kind === "map" && from.kind === "map") return convertible(from.element, to.element, unsafe);
  if ((to.kind === "list" || to.kind === "set") && from.kind === "tuple") return elementsConvert(from.elements, to.element, unsafe);
  if (to.kind === "map" && from.kind === "object") return elementsConvert(Object.values(from.attributes), to.element, unsafe);
  if (to.kind === "object" && from.kind === "map") return unsafe && Object.values(to.attributes).every((t) => convertible(from.element, t, unsafe));
  return false;
}
function elementsConvert(types, element, unsafe) {
  if (types.length === 0) return true;
  let el = element;
  if (el.kind === "dynamic") {
    const u = unify(types, unsafe);
    if (u === void 0) return false;
    if (u.kind === "dynamic") return types.every((t) => t.kind === "dynamic");
    el = u;
  }
  return types.every((t) => sameType(t, el) || convertible(t, el, unsafe));
}
function compareTypes(a, b) {
  if (a.kind === "dynamic" || b.kind === "dynamic") {
    if (a.kind !== "dynamic") return -1;
    if (b.kind !== "dynamic") return 1;
    return 0;
  }
  if (primitive(a) && primitive(b) && (a.kind === "string" || b.kind === "string")) {
    if (a.kind !== "string") return 1;
    if (b.kind !== "string") return -1;
    return 0;
  }
  if (collection(a) && collection(b) && a.kind === b.kind) return compareTypes(a.element, b.element);
  let [x, y] = [a, b];
  let swap = 1;
  if (x.kind === "tuple" && y.kind === "list" || x.kind === "object" && y.kind === "map" || x.kind === "set" && (y.kind === "tuple" || y.kind === "list")) {
    [x, y] = [y, x];
    swap = -1;
  }
  if (y.kind === "set" && (x.kind === "tuple" || x.kind === "list")) return -swap;
  if (x.kind === "list" && y.kind === "tuple") return -swap;
  if (x.kind === "map" && y.kind === "object") return -swap;
  let pairs;
  if (x.kind === "object" && y.kind === "object") {
    const ya = y.attributes;
    const keys = Object.keys(x.attributes);
    if (keys.length !== Object.keys(ya).length || keys.some((k) => !Object.hasOwn(ya, k))) return 0;
    pairs = keys.map((k) => [x.attributes[k], ya[k]]);
  } else if (x.kind === "tuple" && y.kind === "tuple") {
    if (x.elements.length !== y.elements.length) return 0;
    const ye = y.elements;
    pairs = x.elements.map((t, i) => [t, ye[i]]);
  }
  if (!pairs) return 0;
  const cmps = pairs.map(([p, q]) => compareTypes(p, q));
  const aSuper = cmps.some((c) => c < 0);
  const bSuper = cmps.some((c) => c > 0);
  if (aSuper && bSuper) return 0;
  if (aSuper) return -swap;
  if (bSuper) return swap;
  return 0;
}
function sortTypes(types) {
  const n = types.length;
  const edges = types.map(() => []);
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const c = compareTypes(types[i], types[j]);
      if (c < 0) edges[i].push(j);
      else if (c > 0) edges[j].push(i);
    }
  }
  const inDegree = new Array(n).fill(0);
  for (const outs of edges) for (const j of outs) inDegree[j]++;
  const queue = [];
  inDegree.forEach((d, i) => d === 0 && queue.push(i));
  for (let q = 0; q < queue.length; q++) {
    for (const j of edges[queue[q]]) if (--inDegree[j] === 0) queue.push(j);
  }
  return queue;
}
function allConvert(types, to, unsafe) {
  return types.every((t) => sameType(t, to) || convertible(t, to, unsafe));
}
function unifyCollections(kind, types, unsafe, dynamic) {
  if (dynamic) return T.dynamic;
  const el = unify(
    types.map((t) => t.element),
    unsafe
  );
  if (el === void 0) return void 0;
  const out = { kind, element: el };
  return allConvert(types, out, unsafe) ? out : void 0;
}
function unifyObjectsToMap(types, unsafe) {
  const el = unify(
    types.flatMap((t) => t.kind === "object" ? Object.values(t.attributes) : []),
    unsafe
  );
  if (el === void 0) return void 0;
  const out = T.map(el);
  return allConvert(types, out, unsafe) ? out : void 0;
}
function unifyTuplesToList(types, unsafe) {
  const el = unify(
    types.flatMap((t) => t.kind === "tuple" ? t.elements : []),
    unsafe
  );
  if (el === void 0) return void 0;
  const out = T.list(el);
  return allConvert(types, out, unsafe) ? out : void 0;
}
function unifyObjects(types, unsafe) {
  const first = types[0].attributes;
  const names = Object.keys(first);
  const alike = types.every((t) => Object.keys(t.attributes).length === names.length && names.every((k) => Object.hasOwn(t.attributes, k)));
  if (!alike) return unifyObjectsToMap(types, unsafe);
  const attributes = {};
  for (const k of names) {
    const u = unify(
      types.map((t) => t.attributes[k]),
      unsafe
    );
    if (u === void 0) return void 0;
    Object.defineProperty(attributes, k, { value: u, enumerable: true, writable: true, configurable: true });
  }
  const out = T.object(attributes);
  return allConvert(types, out, unsafe) ? out : unifyObjectsToMap(types, unsafe);
}
function unifyTuples(types, unsafe) {
  const len = types[0].elements.length;
  if (types.some((t) => t.elements.length !== len)) return unifyTuplesToList(types, unsafe);
  const elements2 = [];
  for (let i = 0; i < len; i++) {
    const u = unify(
      types.map((t) => t.elements[i]),
      unsafe
    );
    if (u === void 0) return void 0;
    elements2.push(u);
  }
  const out = T.tuple(elements2);
  return allConvert(types, out, unsafe) ? out : unifyTuplesToList(types, unsafe);
}
function unify(types, unsafe = true) {
  const list = [...types];
  if (list.length === 0) return void 0;
  const count = (k) => list.filter((t) => t.kind === k).length;
  const [maps, lists, sets, objects, tuples, dynamic] = ["map", "list", "set", "object", "tuple", "dynamic"].map(count);
  const n = list.length;
  if (maps > 0 && maps + dynamic === n) return unifyCollections("map", list, unsafe, dynamic > 0);
  if (maps > 0 && maps + objects + dynamic === n) {
    const objs = list.filter((t) => t.kind === "object");
    const m = unifyObjectsToMap(objs, unsafe);
    if (m?.kind === "map") {
      const u = unify(
        list.map((t) => t.kind === "object" ? m : t),
        unsafe
      );
      if (u?.kind === "map") return u;
    }
  } else if (lists > 0 && lists + dynamic === n) return unifyCollections("list", list, unsafe, dynamic > 0);
  else if (lists > 0 && lists + tuples + dynamic === n) {
    const l = unifyTuplesToList(
      list.filter((t) => t.kind === "tuple"),
      unsafe
    );
    if (l?.kind === "list") {
      const u = unify(
        list.map((t) => t.kind === "tuple" ? l : t),
        unsafe
      );
      if (u?.kind === "list") return u;
    }
  } else if (sets > 0 && sets + dynamic === n) return unifyCollections("set", list, unsafe, dynamic > 0);
  else if (objects > 0 && objects + dynamic === n) {
    return dynamic > 0 ? T.dynamic : unifyObjects(list, unsafe);
  } else if (tuples > 0 && tuples + dynamic === n) {
    return dynamic > 0 ? T.dynamic : unifyTuples(list, unsafe);
  } else if (objects > 0 && tuples > 0) return void 0;
  for (const want of sortTypes(list)) {
    const target = list[want];
    if (list.every((t, i) => i === want || sameType(t, target) || convertible(t, target, unsafe))) return target;
  }
  return void 0;
}
function friendlyName(t) {
  switch (t.kind) {
    case "dynamic":
      return "dynamic";
    case "list":
    case "set":
    case "map":
      return `${t.kind} of ${friendlyName(t.element)}`;
    default:
      return t.kind;
  }
}
var byBytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
function describeMismatch(a, b) {
  if (a.kind === "object" && b.kind === "object") {
    for (const name of Object.keys(a.attributes).sort(byBytes)) {
      if (!Object.hasOwn(b.attributes, name)) return `The 'true' value includes object attribute ${JSON.stringify(name)}, which is absent in the 'false' value`;
      if (!sameType(a.attributes[name], b.attributes[name])) {
        return `Type mismatch for object attribute ${JSON.stringify(name)}: ${describeMismatch(a.attributes[name], b.attributes[name])}`;
      }
    }
    for (const name of Object.keys(b.attributes).sort(byBytes)) {
      if (!Object.hasOwn(a.attributes, name)) return `The 'false' value includes object attribute ${JSON.stringify(name)}, which is absent in the 'true' value`;
    }
  } else if (a.kind === "tuple" && b.kind === "tuple") {
    if (a.elements.length !== b.elements.length) {
      return `The 'true' tuple has length ${a.elements.length}, but the 'false' tuple has length ${b.elements.length}`;
    }
    const i = a.elements.findIndex((t, k) => !sameType(t, b.elements[k]));
    if (i >= 0) return `Type mismatch for tuple element ${i}: ${describeMismatch(a.elements[i], b.elements[i])}`;
  } else if (collection(a) && collection(b) && a.kind === b.kind) {
    const [x, y] = [a.element, b.element];
    if (x.kind === "object" && y.kind === "object" || x.kind === "tuple" && y.kind === "tuple") {
      return `Mismatched ${a.kind} element types: ${describeMismatch(x, y)}`;
    }
  }
  const [an, bn] = [friendlyName(a), friendlyName(b)];
  if (an === bn) return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
  return `The 'true' value is ${an}, but the 'false' value is ${bn}`;
}

// src/hcl/value/types.ts
function typeEquals(a, b) {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "list":
    case "set":
    case "map":
      return typeEquals(a.element, b.element);
    case "tuple": {
      const bt = b;
      return a.elements.length === bt.elements.length && a.elements.every((t, i) => typeEquals(t, bt.elements[i]));
    }
    case "object": {
      const bo = b;
      const ak = Object.keys(a.attributes);
      const bk = Object.keys(bo.attributes);
      return ak.length === bk.length && ak.every((k) => Object.hasOwn(bo.attributes, k) && typeEquals(a.attributes[k], bo.attributes[k]));
    }
    default:
      return true;
  }
}
function hasDynamic(t) {
  switch (t.kind) {
    case "dynamic":
      return true;
    case "list":
    case "set":
    case "map":
      return hasDynamic(t.element);
    case "tuple":
      return t.elements.some(hasDynamic);
    case "object":
      return Object.values(t.attributes).some(hasDynamic);
    default:
      return false;
  }
}
function unifyTypes(types) {
  return types.length === 0 ? T.dynamic : unify(types);
}

// src/hcl/eval/type-expr.ts
var invalid = "Invalid type specification";
var primitives = { string: T.string, number: T.number, bool: T.bool, any: T.dynamic };
function parseTypeExpr(expr) {
  const diagnostics = [];
  const type = getType(unwrap(expr), diagnostics, true);
  return { type, diagnostics };
}
function unwrap(expr) {
  return expr.kind === "parentheses" ? unwrap(expr.expr) : expr;
}
function keyword(expr) {
  if (expr.kind === "scopeTraversal" && expr.steps.length === 0) return expr.root;
  return void 0;
}
function getType(expr, diags, constraint) {
  const kw = keyword(expr);
  if (kw !== void 0) {
    const prim = primitives[kw];
    if (prim) {
      if (kw === "any" && !constraint) {
        diags.push(error(invalid, `The keyword "any" cannot be used in this type specification: an exact type is required.`, expr.range));
        return T.dynamic;
      }
      return prim;
    }
    const detail = kw === "list" || kw === "map" || kw === "set" ? `The ${kw} type constructor requires one argument specifying the element type.` : kw === "object" ? "The object type constructor requires one argument specifying the attribute types and values as a map." : kw === "tuple" ? "The tuple type constructor requires one argument specifying the element types as a list." : `The keyword ${JSON.stringify(kw)} is not a valid type specification.`;
    diags.push(error(invalid, detail, expr.range));
    return T.dynamic;
  }
  if (expr.kind !== "functionCall") {
    diags.push(
      error(
        invalid,
        "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).",
        expr.range
      )
    );
    return T.dynamic;
  }
  const { name, args } = expr;
  if (name in primitives) {
    const detail = name === "any" ? `Type constraint keyword ${JSON.stringify(name)} does not expect arguments.` : `Primitive type keyword ${JSON.stringify(name)} does not expect arguments.`;
    diags.push(error(invalid, detail, expr.range));
    return T.dynamic;
  }
  switch (name) {
    case "list":
    case "set":
    case "map": {
      if (args.length !== 1) {
        diags.push(error(invalid, `The ${name} type constructor requires one argument specifying the element type.`, expr.range));
        return T.dynamic;
      }
      const el = getType(unwrap(args[0]), diags, constraint);
      return name === "list" ? T.list(el) : name === "set" ? T.set(el) : T.map(el);
    }
    case "object":
      return objectType(expr, diags, constraint);
    case "tuple": {
      const arg = args.length === 1 ? unwrap(args[0]) : void 0;
      if (!arg) {
        diags.push(error(invalid, "The tuple type constructor requires one argument specifying the element types as a list.", expr.range));
        return T.dynamic;
      }
      if (arg.kind !== "tuple") {
        diags.push(error(invalid, "Tuple type constructor requires a list of element types.", arg.range));
        return T.dynamic;
      }
      return T.tuple(arg.items.map((item) => getType(unwrap(item), diags, constraint)));
    }
    default:
      diags.push(
        error(
          invalid,
          name === "optional" ? 'Keyword "optional" is valid only as a modifier for object type attributes.' : `Keyword ${JSON.stringify(name)} is not a valid type constructor.`,
          expr.nameRange
        )
      );
      return T.dynamic;
  }
}
function objectType(expr, diags, constraint) {
  const arg = expr.args.length === 1 ? unwrap(expr.args[0]) : void 0;
  if (!arg) {
    diags.push(error(invalid, "The object type constructor requires one argument specifying the attribute types and values as a map.", expr.range));
    return T.dynamic;
  }
  if (arg.kind !== "object") {
    diags.push(
      error(
        invalid,
        "Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.",
        arg.range
      )
    );
    return T.dynamic;
  }
  const attributes = {};
  const optional = [];
  const defaults = {};
  for (const item of arg.items) {
    const name = objectKeyName(item.key.wrapped);
    if (name === void 0) {
      diags.push(error(invalid, "Object constructor map keys must be attribute names.", item.key.range));
      continue;
    }
    if (name in attributes) {
      diags.push(error(invalid, "Object constructor map keys must be unique.", item.key.range));
      continue;
    }
    const value = unwrap(item.value);
    if (value.kind === "functionCall" && value.name === "optional") {
      if (!constraint) {
        diags.push(error(invalid, "Optional attribute modifier is only for type constraints, not for exact types.", value.nameRange));
      }
      if (value.args.length === 0) {
        diags.push(error(invalid, "Optional attribute modifier requires the attribute type as its argument.", value.range));
        continue;
      }
      if (value.args.length > 2) {
        diags.push(error(invalid, "Optional attribute modifier expects at most two arguments: the attribute type, and a default value.", value.range));
        continue;
      }
      const t = getType(unwrap(value.args[0]), diags, constraint);
      attributes[name] = t;
      optional.push(name);
      if (value.args.length === 2) {
        const evaluated = evaluate(value.args[1], { variables: {} });
        diags.push(...evaluated.diagnostics);
        const converted = convert(evaluated.value, t);
        if ("error" in converted) {
          diags.push(
            error(
              "Invalid default value for optional attribute",
              `This default value is not compatible with the attribute's type constraint: ${converted.error}.`,
              value.args[1].range
            )
          );
        } else defaults[name] = converted.value;
      }
      continue;
    }
    attributes[name] = getType(value, diags, constraint);
  }
  const type = { kind: "object", attributes };
  if (optional.length > 0) type.optional = optional;
  if (Object.keys(defaults).length > 0) type.defaults = defaults;
  return type;
}
function objectKeyName(key2) {
  const kw = keyword(key2);
  if (kw !== void 0) return kw;
  if (key2.kind === "template" && key2.parts.length === 1) {
    const [part] = key2.parts;
    if (part.kind === "literal" && part.value.kind === "string") return part.value.value;
  }
  return void 0;
}

// src/hcl/value/convert.ts
var ConversionError = class extends Error {
};
function fail(message) {
  throw new ConversionError(message);
}
function withMark(v, from) {
  return from.sensitive ? { ...v, sensitive: true } : v;
}
function describe(t) {
  switch (t.kind) {
    case "list":
    case "set":
    case "map":
      return `${t.kind} of ${typeName(t.element)}`;
    case "dynamic":
      return "any value";
    default:
      return typeName(t);
  }
}
function convert(value, type) {
  try {
    return { value: conv(value, type, "") };
  } catch (e) {
    if (e instanceof ConversionError) return { error: e.message };
    throw e;
  }
}
function at(path10, message) {
  return path10 === "" ? message : `${path10}: ${message}`;
}
function conv(v, t, path10) {
  if (t.kind === "dynamic") return v;
  if (v.kind === "null") return withMark(V.null(t), v);
  if (v.kind === "unknown") {
    if (v.type.kind !== "dynamic" && unifyTypes([v.type, t]) === void 0 && !convertibleType(v.type, t)) {
      fail(at(path10, `${describe(t)} required`));
    }
    return withMark(V.unknown(t), v);
  }
  switch (t.kind) {
    case "string":
      return withMark(toStringValue(v, path10), v);
    case "number":
      return withMark(toNumberValue(v, path10), v);
    case "bool":
      return withMark(toBoolValue(v, path10), v);
    case "list":
    case "set": {
      if (v.kind !== "list" && v.kind !== "set" && v.kind !== "tuple") fail(at(path10, `${describe(t)} required`));
      let items2 = v.items.map((item, i) => conv(item, t.element, at(path10, `element ${i}`)));
      let element = t.element;
      if (hasDynamic(t.element)) {
        const unified = unifyTypes(items2.map(typeOf));
        if (unified === void 0) fail(at(path10, `all ${t.kind} elements must have the same type`));
        items2 = items2.map((item) => conv(item, unified, path10));
        element = unified;
      }
      if (t.kind === "set") return withMark({ kind: "set", items: setItems(items2), element }, v);
      return withMark({ kind: "list", items: items2, element }, v);
    }
    case "map": {
      if (v.kind !== "map" && v.kind !== "object") fail(at(path10, `${describe(t)} required`));
      let attrs2 = newAttrs();
      for (const [k, a] of Object.entries(v.attrs)) setAttr(attrs2, k, conv(a, t.element, at(path10, `element ${JSON.stringify(k)}`)));
      let element = t.element;
      if (hasDynamic(t.element)) {
        const unified = unifyTypes(Object.values(attrs2).map(typeOf));
        if (unified === void 0) fail(at(path10, "all map elements must have the same type"));
        attrs2 = Object.fromEntries(Object.entries(attrs2).map(([k, a]) => [k, conv(a, unified, path10)]));
        element = unified;
      }
      return withMark(V.map(attrs2, element), v);
    }
    case "tuple": {
      if (v.kind !== "tuple" && v.kind !== "list") fail(at(path10, "tuple required"));
      if (v.items.length !== t.elements.length) fail(at(path10, `tuple required with exactly ${t.elements.length} elements`));
      return withMark(V.tuple(v.items.map((item, i) => conv(item, t.elements[i], at(path10, `element ${i}`)))), v);
    }
    case "object": {
      if (v.kind !== "object" && v.kind !== "map") fail(at(path10, "object required"));
      const optional = new Set(t.optional ?? []);
      const attrs2 = newAttrs();
      for (const [name, at_] of Object.entries(t.attributes)) {
        const given = Object.hasOwn(v.attrs, name) ? v.attrs[name] : void 0;
        if (given === void 0) {
          if (!optional.has(name)) fail(at(path10, `attribute ${JSON.stringify(name)} is required`));
          const dflt2 = t.defaults?.[name];
          setAttr(attrs2, name, dflt2 !== void 0 ? conv(dflt2, at_, at(path10, `attribute ${JSON.stringify(name)}`)) : V.null(at_));
          continue;
        }
        const converted = conv(given, at_, at(path10, `attribute ${JSON.stringify(name)}`));
        const dflt = t.defaults?.[name];
        setAttr(attrs2, name, converted.kind === "null" && dflt !== void 0 ? conv(dflt, at_, path10) : converted);
      }
      return withMark(V.object(attrs2), v);
    }
  }
}
function convertibleType(from, to) {
  if (to.kind === "dynamic" || from.kind === "dynamic") return true;
  const prim = (k) => k === "string" || k === "number" || k === "bool";
  if (prim(from.kind) && prim(to.kind)) return from.kind === to.kind || from.kind === "string" || to.kind === "string";
  if (to.kind === "list" || to.kind === "set") return from.kind === "list" || from.kind === "set" || from.kind === "tuple";
  if (to.kind === "map" || to.kind === "object") return from.kind === "map" || from.kind === "object";
  if (to.kind === "tuple") return from.kind === "tuple" || from.kind === "list";
  return typeEquals(from, to);
}
function toStringValue(v, path10) {
  switch (v.kind) {
    case "string":
      return V.string(v.value);
    case "number":
      return V.string(numberToString(v));
    case "bool":
      return V.string(v.value ? "true" : "false");
    default:
      return fail(at(path10, "string required"));
  }
}
function toNumberValue(v, path10) {
  if (v.kind === "number") return v.sensitive ? unmarkedNumber(v) : v;
  if (v.kind === "string") {
    const n = parseNumberValue(v.value);
    if (n === void 0) fail(at(path10, "a number is required"));
    return n;
  }
  return fail(at(path10, "number required"));
}
function unmarkedNumber(v) {
  const copy = { ...v };
  delete copy.sensitive;
  return copy;
}
function toBoolValue(v, path10) {
  if (v.kind === "bool") return V.bool(v.value);
  if (v.kind === "string") {
    if (v.value === "true" || v.value === "1") return V.bool(true);
    if (v.value === "false" || v.value === "0") return V.bool(false);
    const lower = v.value.toLowerCase();
    if (lower === "true" || lower === "false") fail(at(path10, `a bool is required; to convert from string, use lowercase "${lower}"`));
    fail(at(path10, "a bool is required"));
  }
  return fail(at(path10, "bool required"));
}
function valueKey(v) {
  switch (v.kind) {
    case "unknown":
      return void 0;
    case "null":
      return "null";
    case "string":
      return `s${JSON.stringify(v.value)}`;
    case "number":
      return `n${equalityText(v)}`;
    case "bool":
      return v.value ? "T" : "F";
    case "list":
    case "set":
    case "tuple": {
      const parts = [];
      for (const item of v.items) {
        const k = valueKey(item);
        if (k === void 0) return void 0;
        parts.push(k);
      }
      const sorted = v.kind === "set" ? [...parts].sort() : parts;
      return `[${sorted.join(",")}]`;
    }
    case "map":
    case "object": {
      const parts = [];
      for (const name of Object.keys(v.attrs).sort()) {
        const k = valueKey(v.attrs[name]);
        if (k === void 0) return void 0;
        parts.push(`${JSON.stringify(name)}:${k}`);
      }
      return `{${parts.join(",")}}`;
    }
  }
}

// src/hcl/eval/context.ts
function lookupVariable(ctx, name) {
  for (let c = ctx; c; c = c.parent) {
    if (Object.hasOwn(c.variables, name)) return c.variables[name];
  }
  return void 0;
}
function lookupFunction(ctx, name) {
  for (let c = ctx; c; c = c.parent) {
    if (c.functions && Object.hasOwn(c.functions, name)) return c.functions[name];
  }
  return void 0;
}
function allFunctionNames(ctx) {
  const names = /* @__PURE__ */ new Set();
  for (let c = ctx; c; c = c.parent) for (const n of Object.keys(c.functions ?? {})) names.add(n);
  return [...names];
}
function childContext(ctx, variables) {
  return { variables, parent: ctx };
}

// src/hcl/functions/function.ts
var FunctionError = class extends Error {
};
var ArgError = class extends Error {
  constructor(index2, message) {
    super(message);
    this.index = index2;
  }
  index;
};

// src/hcl/did-you-mean.ts
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}
function nameSuggestion(given, options) {
  for (const o of options) if (levenshtein(given, o) < 3) return o;
  return "";
}

// src/hcl/graphemes.ts
var segmenter;
function isAscii(text2) {
  for (let i = 0; i < text2.length; i++) if (text2.charCodeAt(i) >= 128) return false;
  return true;
}
var WINDOW = 128;
var isHighSurrogate = (c) => c >= 55296 && c <= 56319;
function* windowed(text2, from, to) {
  let pos = from;
  let size = WINDOW;
  while (pos < to) {
    let end = Math.min(to, pos + size);
    if (end < to && isHighSurrogate(text2.charCodeAt(end - 1))) end++;
    segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
    const parts = Array.from(segmenter.segment(text2.slice(pos, end)), (x) => x.segment);
    if (end === to) {
      yield* parts;
      return;
    }
    if (parts.length === 1) {
      size *= 2;
      continue;
    }
    for (let i = 0; i < parts.length - 1; i++) {
      yield parts[i];
      pos += parts[i].length;
    }
    size = WINDOW;
  }
}
var isAsciiUnit = (c) => c < 128;
function* clusters(text2) {
  const n = text2.length;
  if (n <= WINDOW * 2 && !isAscii(text2)) {
    segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
    for (const x of segmenter.segment(text2)) yield x.segment;
    return;
  }
  let i = 0;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (isAsciiUnit(c) && (i + 1 === n || isAsciiUnit(text2.charCodeAt(i + 1)))) {
      if (c === 13 && text2.charCodeAt(i + 1) === 10) {
        yield "\r\n";
        i += 2;
      } else {
        yield text2[i];
        i++;
      }
      continue;
    }
    let j = i + 1;
    while (j < n && !(isAsciiUnit(text2.charCodeAt(j - 1)) && isAsciiUnit(text2.charCodeAt(j)) && !(text2.charCodeAt(j - 1) === 13 && text2.charCodeAt(j) === 10)))
      j++;
    yield* windowed(text2, i, j);
    i = j;
  }
}
function graphemes(text2) {
  if (isAscii(text2) && !text2.includes("\r")) return text2.split("");
  return Array.from(clusters(text2));
}
function* segments(text2) {
  let index2 = 0;
  for (const segment of clusters(text2)) {
    yield { segment, index: index2 };
    index2 += segment.length;
  }
}
function graphemeCount(text2) {
  if (isAscii(text2)) return text2.length - (text2.includes("\r\n") ? text2.split("\r\n").length - 1 : 0);
  let n = 0;
  for (const _ of clusters(text2)) n++;
  return n;
}

// src/hcl/position.ts
function utf8Length(text2) {
  let n = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
function advanceRange(from, src, start, end) {
  let { line, column } = from;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c >= 128) return advance(from, src.slice(start, end));
    if (c === 10) {
      line++;
      column = 1;
    } else if (!(c === 13 && src.charCodeAt(i + 1) === 10 && i + 1 < end)) column++;
  }
  return { line, column, offset: from.offset + (end - start) };
}
function advance(from, text2) {
  let { line, column } = from;
  if (isAscii(text2)) {
    for (let i = 0; i < text2.length; i++) {
      const c = text2.charCodeAt(i);
      if (c === 10) {
        line++;
        column = 1;
      } else if (!(c === 13 && text2.charCodeAt(i + 1) === 10)) column++;
    }
    return { line, column, offset: from.offset + text2.length };
  }
  for (const { segment } of segments(text2)) {
    if (segment === "\n" || segment === "\r\n") {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset: from.offset + utf8Length(text2) };
}
function rangeBetween(from, to) {
  return { file: from.file, start: from.start, end: to.end };
}
function endOf(r) {
  return { file: r.file, start: r.end, end: r.end };
}
function startOf(r) {
  return { file: r.file, start: r.start, end: r.start };
}
function rangeText(r) {
  return `${r.file}:${r.start.line},${r.start.column}-${r.end.line === r.start.line ? "" : `${r.end.line},`}${r.end.column}`;
}

// src/hcl/syntax/start-range.ts
function startRange(expr) {
  switch (expr.kind) {
    case "template":
      return expr.parts.length > 0 ? startRange(expr.parts[0]) : expr.range;
    case "templateJoin":
      return startRange(expr.tuple);
    case "functionCall":
      return rangeBetween(expr.nameRange, expr.openParenRange);
    case "conditional":
      return startRange(expr.condition);
    case "binaryOp":
      return startRange(expr.lhs);
    case "unaryOp":
      return expr.symbolRange;
    case "index":
      return expr.openRange;
    case "tuple":
    case "object":
    case "for":
      return expr.openRange;
    case "objectKey":
      return startRange(expr.wrapped);
    case "splat":
      return expr.markerRange;
    case "parentheses":
      return startRange(expr.expr);
    case "literal":
    case "templateWrap":
    case "scopeTraversal":
    case "relativeTraversal":
    case "anonSymbol":
      return expr.range;
  }
}

// src/hcl/value/ops.ts
function valuesEqual(a, b) {
  if (a.kind === "null" || b.kind === "null") {
    if (a.kind === "unknown" || b.kind === "unknown") return void 0;
    return a.kind === "null" && b.kind === "null";
  }
  if (!isKnown(a) || !isKnown(b)) return void 0;
  if (!typeEquals(typeOf(a), typeOf(b))) return false;
  return valueKey(a) === valueKey(b);
}
function withMarksOf(v, ...from) {
  return from.some((f) => f.sensitive) && !v.sensitive ? { ...v, sensitive: true } : v;
}
function unmark(v) {
  if (!v.sensitive) return v;
  const copy = { ...v };
  delete copy.sensitive;
  return copy;
}
function elementsOf(v) {
  switch (v.kind) {
    case "list":
    case "set":
    case "tuple":
      return v.items.map((item, i) => [v.kind === "set" ? item : { kind: "number", value: i }, item]);
    case "map":
    case "object":
      return Object.keys(v.attrs).sort().map((k) => [{ kind: "string", value: k }, v.attrs[k]]);
    default:
      return [];
  }
}
function unmarkDeep(v) {
  let marked = !!v.sensitive;
  const strip = (x) => {
    const [u, m] = unmarkDeep(x);
    if (m) marked = true;
    return u;
  };
  let out;
  switch (v.kind) {
    case "list":
    case "set":
      out = { kind: v.kind, items: v.items.map(strip), element: v.element };
      break;
    case "tuple":
      out = { kind: "tuple", items: v.items.map(strip) };
      break;
    case "map":
      out = { kind: "map", attrs: mapValues(v.attrs, strip), element: v.element };
      break;
    case "object":
      out = { kind: "object", attrs: mapValues(v.attrs, strip) };
      break;
    default:
      out = unmark(v);
  }
  return [out, marked];
}
function mapValues(attrs2, f) {
  const out = newAttrs();
  for (const [k, v] of Object.entries(attrs2)) setAttr(out, k, f(v));
  return out;
}

// src/hcl/eval/call.ts
var hasError = (d) => d.some((x) => x.severity === "error");
function resultTypeOf(fn2, args) {
  if (!fn2.returnType) return T.dynamic;
  try {
    return fn2.returnType(args);
  } catch {
    return T.dynamic;
  }
}
function arityError(fn2, expr, argAt) {
  const { params, varParam } = fn2;
  if (argAt.length < params.length) {
    const missing = params[argAt.length];
    const qual = varParam ? " at least" : "";
    return error(
      "Not enough function arguments",
      `Function ${JSON.stringify(expr.name)} expects${qual} ${params.length} argument(s). Missing value for ${JSON.stringify(missing.name)}.`,
      expr.closeParenRange
    );
  }
  if (!varParam && argAt.length > params.length) {
    return error("Too many function arguments", `Function ${JSON.stringify(expr.name)} expects only ${params.length} argument(s).`, argAt[params.length]);
  }
  return void 0;
}
function evalFunctionCall(expr, ctx, anon) {
  const fn2 = lookupFunction(ctx, expr.name);
  if (!fn2) {
    const suggestion = nameSuggestion(expr.name, allFunctionNames(ctx));
    return {
      value: V.unknown(),
      diagnostics: [
        {
          ...error(
            "Call to unknown function",
            `There is no function named ${JSON.stringify(expr.name)}.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ""}`,
            expr.nameRange
          ),
          code: "unknown-function"
        }
      ]
    };
  }
  const call = { name: expr.name, range: expr.range, start: startRange(expr) };
  if (fn2.lazy) {
    const arity2 = arityError(fn2, expr, expr.args.map(startRange));
    if (arity2) return { value: V.unknown(), diagnostics: [arity2] };
    return fn2.lazy(expr.args, (arg) => evalExpr(arg, ctx, anon), call);
  }
  const diagnostics = [];
  const { params, varParam } = fn2;
  const paramAt = (i) => i < params.length ? params[i] : varParam;
  const written = expr.expandFinal ? expr.args.slice(0, -1) : expr.args;
  const expanded = [];
  const expandExpr = expr.expandFinal ? expr.args[expr.args.length - 1] : void 0;
  if (expandExpr) {
    const r = evalExpr(expandExpr, ctx, anon);
    diagnostics.push(...r.diagnostics);
    if (hasError(r.diagnostics)) return { value: V.unknown(), diagnostics };
    const v = r.value;
    if (v.kind === "null") {
      diagnostics.push(error("Invalid expanding argument value", "The expanding argument (indicated by ...) must not be null.", expandExpr.range));
      return { value: V.unknown(), diagnostics };
    }
    if (v.kind === "unknown") return { value: V.unknown(), diagnostics };
    if (v.kind !== "list" && v.kind !== "tuple" && v.kind !== "set") {
      diagnostics.push(
        error("Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple, list, or set type.", expandExpr.range)
      );
      return { value: V.unknown(), diagnostics };
    }
    for (const item of v.items) expanded.push(v.sensitive ? { ...item, sensitive: true } : item);
  }
  const argAt = [...written.map(startRange), ...expanded.map(() => expandExpr.range)];
  const arity = arityError(fn2, expr, argAt);
  if (arity) {
    diagnostics.push(arity);
    return { value: V.unknown(), diagnostics };
  }
  let sensitive = false;
  const converted = [];
  const given = [...written.map(() => void 0), ...expanded];
  for (const [i, arg] of given.entries()) {
    let v = arg;
    if (v === void 0) {
      const r = evalExpr(written[i], ctx, anon);
      diagnostics.push(...r.diagnostics);
      if (hasError(r.diagnostics)) continue;
      v = r.value;
    }
    const param2 = paramAt(i);
    if (!param2.allowMarked) {
      const [u, marked] = unmarkDeep(v);
      if (marked) sensitive = true;
      v = u;
    }
    const c = convert(v, param2.type);
    if ("error" in c) {
      diagnostics.push(error("Invalid function argument", `Invalid value for ${JSON.stringify(param2.name)} parameter: ${c.error}.`, argAt[i]));
      continue;
    }
    converted.push(c.value);
  }
  if (hasError(diagnostics)) return { value: V.unknown(), diagnostics };
  const nullAt = converted.findIndex((v, i) => v.kind === "null" && !paramAt(i).allowNull);
  if (nullAt >= 0) {
    const name = JSON.stringify(paramAt(nullAt).name);
    diagnostics.push(error("Invalid function argument", `Invalid value for ${name} parameter: argument must not be null.`, argAt[nullAt]));
    return { value: V.unknown(), diagnostics };
  }
  const anyUnknown = converted.some((v, i) => !paramAt(i).allowUnknown && !isKnown(v));
  const mark = (v) => sensitive && !v.sensitive ? { ...v, sensitive: true } : v;
  if (anyUnknown) {
    return { value: mark(V.unknown(resultTypeOf(fn2, converted))), diagnostics };
  }
  try {
    return { value: mark(fn2.impl(converted, call)), diagnostics };
  } catch (e) {
    const param2 = e instanceof ArgError ? e.index < params.length ? params[e.index] : varParam : void 0;
    if (e instanceof ArgError && param2) {
      const at2 = e.index < argAt.length ? argAt[e.index] : expr.range;
      diagnostics.push(error("Invalid function argument", `Invalid value for ${JSON.stringify(param2.name)} parameter: ${e.message}.`, at2));
    } else {
      const message = e instanceof RangeError ? "the result is too large" : messageOf(e);
      diagnostics.push(error("Error in function call", `Call to function ${JSON.stringify(expr.name)} failed: ${message}.`, call.start));
    }
    return { value: V.unknown(), diagnostics };
  }
}

// src/hcl/eval/access.ts
var ok = (value) => ({ value, diagnostics: [] });
var fail2 = (summary, detail, range2) => ({ value: V.unknown(), diagnostics: [error(summary, detail, range2)] });
var invalidIndex = "Invalid index";
var unsupportedAttr = "Unsupported attribute";
function applyStep(v, step) {
  return step.kind === "attr" ? getAttr(v, step.name, step.range) : index(v, step.key, step.range);
}
function unknownElement(t, name) {
  if (t.kind === "object" && name !== void 0) return Object.hasOwn(t.attributes, name) ? t.attributes[name] : T.dynamic;
  if (t.kind === "list" || t.kind === "map" || t.kind === "set") return t.element;
  return T.dynamic;
}
function getAttr(v, name, range2) {
  switch (v.kind) {
    case "null":
      return fail2("Attempt to get attribute from null value", "This value is null, so it does not have any attributes.", range2);
    case "unknown": {
      const t = v.type;
      if (t.kind === "object" && !Object.hasOwn(t.attributes, name)) {
        return fail2(unsupportedAttr, `This object does not have an attribute named ${JSON.stringify(name)}.`, range2);
      }
      return ok(withMarksOf(V.unknown(unknownElement(t, name)), v));
    }
    case "object": {
      if (!Object.hasOwn(v.attrs, name)) {
        return fail2(unsupportedAttr, `This object does not have an attribute named ${JSON.stringify(name)}.`, range2);
      }
      return ok(withMarksOf(v.attrs[name], v));
    }
    case "map": {
      if (!Object.hasOwn(v.attrs, name)) return fail2("Missing map element", `This map does not have an element with the key ${JSON.stringify(name)}.`, range2);
      return ok(withMarksOf(v.attrs[name], v));
    }
    case "list":
    case "tuple": {
      const hasAttr = v.items.some((item) => item.kind === "object" && Object.hasOwn(item.attrs, name));
      return fail2(
        unsupportedAttr,
        hasAttr ? `Can't access attributes on a list of objects. Did you mean to access attribute ${JSON.stringify(name)} for a specific element of the list, or across all elements of the list?` : "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?",
        range2
      );
    }
    case "set":
      return fail2(unsupportedAttr, "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?", range2);
    default:
      return fail2(unsupportedAttr, `Can't access attributes on a primitive-typed value (${v.kind}).`, range2);
  }
}
function index(collection2, key2, range2) {
  if (collection2.kind === "null") return fail2("Attempt to index null value", "This value is null, so it does not have any indices.", range2);
  if (key2.kind === "null") return fail2(invalidIndex, "Can't use a null value as an indexing key.", range2);
  if (collection2.kind === "unknown") {
    const t = collection2.type;
    if (t.kind === "set") return setIndexError(range2);
    return ok(withMarksOf(V.unknown(unknownElement(t, key2.kind === "string" ? key2.value : void 0)), collection2));
  }
  if (key2.kind === "unknown") {
    const t = typeOf(collection2);
    if (t.kind === "set") return setIndexError(range2);
    return ok(withMarksOf(V.unknown(t.kind === "list" || t.kind === "map" ? t.element : T.dynamic), collection2));
  }
  switch (collection2.kind) {
    case "list":
    case "tuple": {
      const converted = convert(key2, T.number);
      if ("error" in converted) return fail2(invalidIndex, `The given key does not identify an element in this collection value: ${converted.error}.`, range2);
      const key_ = converted.value;
      const n = key_.value;
      const detail = "The given key does not identify an element in this collection value";
      if (!isWhole(key_)) {
        return fail2(invalidIndex, `${detail}: indexing a sequence requires a whole number, but the given index has a fractional part.`, range2);
      }
      if (n < 0) return fail2(invalidIndex, `${detail}: a negative number is not a valid index for a sequence.`, range2);
      if (n >= collection2.items.length || key_.big) {
        if (n !== collection2.items.length || key_.big) return fail2(invalidIndex, `${detail}.`, range2);
        return fail2(
          invalidIndex,
          collection2.items.length === 0 ? `${detail}: the collection has no elements.` : `${detail}: the given index is greater than or equal to the length of the collection.`,
          range2
        );
      }
      return ok(withMarksOf(collection2.items[n], collection2, key2));
    }
    case "map": {
      const converted = convert(key2, T.string);
      if ("error" in converted) return fail2(invalidIndex, `The given key does not identify an element in this collection value: ${converted.error}.`, range2);
      const k = converted.value.value;
      if (!Object.hasOwn(collection2.attrs, k)) return fail2(invalidIndex, "The given key does not identify an element in this collection value.", range2);
      return ok(withMarksOf(collection2.attrs[k], collection2, key2));
    }
    case "object": {
      const converted = convert(key2, T.string);
      if ("error" in converted) return fail2(invalidIndex, `The given key does not identify an element in this collection value: ${converted.error}.`, range2);
      const k = converted.value.value;
      if (!Object.hasOwn(collection2.attrs, k)) {
        const hint2 = key2.kind === "number" ? " An object only supports looking up attributes by name, not by numeric index." : "";
        return fail2(invalidIndex, `The given key does not identify an element in this collection value.${hint2}`, range2);
      }
      return ok(withMarksOf(collection2.attrs[k], collection2, key2));
    }
    case "set":
      return setIndexError(range2);
    default:
      return fail2(invalidIndex, "This value does not have any indices.", range2);
  }
}
function setIndexError(range2) {
  return fail2(
    invalidIndex,
    "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.",
    range2
  );
}

// src/hcl/eval/short-circuit.ts
var hasError2 = (d) => d.some((x) => x.severity === "error");
function shortCircuit(op, lhs, rhs, lhsDiags, rhsDiags) {
  const lk = lhs.kind !== "unknown";
  const rk = rhs.kind !== "unknown";
  const decides = op === "&&" ? (v) => !(v.kind === "bool" && v.value) : (v) => v.kind === "bool" && v.value;
  const result2 = op === "||";
  if (!lk && !rk) return hasError2(lhsDiags) ? void 0 : { value: V.unknown(T.bool), diagnostics: lhsDiags };
  if (lk && decides(lhs)) return { value: V.bool(result2), diagnostics: lhsDiags };
  if (rk && decides(rhs)) return { value: V.bool(result2), diagnostics: rhsDiags };
  if (!lk) return { value: V.unknown(T.bool), diagnostics: lhsDiags };
  if (!rk) return { value: V.unknown(T.bool), diagnostics: rhsDiags };
  return void 0;
}

// src/hcl/eval/ops.ts
var operandType = {
  "||": T.bool,
  "&&": T.bool,
  "==": T.dynamic,
  "!=": T.dynamic,
  "<": T.number,
  "<=": T.number,
  ">": T.number,
  ">=": T.number,
  "+": T.number,
  "-": T.number,
  "*": T.number,
  "/": T.number,
  "%": T.number
};
function resultType(op) {
  return op === "+" || op === "-" || op === "*" || op === "/" || op === "%" ? T.number : T.bool;
}
var hasError3 = (d) => d.some((x) => x.severity === "error");
function evalBinary(expr, ctx, anon) {
  const { op } = expr;
  const want = operandType[op];
  const l = evalExpr(expr.lhs, ctx, anon);
  const r = evalExpr(expr.rhs, ctx, anon);
  const diags = [];
  const lc = convert(l.value, want);
  if ("error" in lc) diags.push(error("Invalid operand", `Unsuitable value for left operand: ${lc.error}.`, expr.lhs.range));
  const rc = convert(r.value, want);
  if ("error" in rc) diags.push(error("Invalid operand", `Unsuitable value for right operand: ${rc.error}.`, expr.rhs.range));
  if (diags.length > 0 || !("value" in lc) || !("value" in rc)) {
    return { value: V.unknown(resultType(op)), diagnostics: [...diags, ...l.diagnostics, ...r.diagnostics] };
  }
  const lv = lc.value;
  const rv = rc.value;
  if (op === "&&" || op === "||") {
    const settled = shortCircuit(op, unmark(lv), unmark(rv), l.diagnostics, r.diagnostics);
    if (settled) return { value: withMarksOf(settled.value, lv, rv), diagnostics: settled.diagnostics };
  }
  const diagnostics = [...l.diagnostics, ...r.diagnostics];
  if (hasError3(diagnostics)) return { value: withMarksOf(V.unknown(resultType(op)), lv, rv), diagnostics };
  const result2 = operate(op, unmark(lv), unmark(rv));
  if (typeof result2 === "string") {
    diagnostics.push(error("Operation failed", `Error during operation: ${result2}.`, expr.range));
    return { value: V.unknown(resultType(op)), diagnostics };
  }
  return { value: withMarksOf(result2, lv, rv), diagnostics };
}
function operate(op, a, b) {
  if (op === "==" || op === "!=") {
    const eq = valuesEqual(a, b);
    if (eq === void 0) return V.unknown(T.bool);
    return V.bool(op === "==" ? eq : !eq);
  }
  if (a.kind === "null" || b.kind === "null") return "argument must not be null";
  if (a.kind === "unknown" || b.kind === "unknown") return V.unknown(resultType(op));
  if (op === "&&" || op === "||") {
    const x2 = a.value;
    const y2 = b.value;
    return V.bool(op === "&&" ? x2 && y2 : x2 || y2);
  }
  const x = a;
  const y = b;
  switch (op) {
    case "<":
      return V.bool(compareNumbers(x, y) < 0);
    case "<=":
      return V.bool(compareNumbers(x, y) < 0 || numbersEqual(x, y));
    case ">":
      return V.bool(compareNumbers(x, y) > 0);
    case ">=":
      return V.bool(compareNumbers(x, y) > 0 || numbersEqual(x, y));
    default:
      return arithmetic(op, x, y);
  }
}
function evalUnary(expr, ctx, anon) {
  const want = expr.op === "-" ? T.number : T.bool;
  const r = evalExpr(expr.operand, ctx, anon);
  const diagnostics = [...r.diagnostics];
  const c = convert(r.value, want);
  if ("error" in c) diagnostics.push(error("Invalid operand", `Unsuitable value for unary operand: ${c.error}.`, expr.operand.range));
  if (hasError3(diagnostics) || !("value" in c)) return { value: V.unknown(want), diagnostics };
  const v = c.value;
  if (v.kind === "null") {
    diagnostics.push(error("Operation failed", "Error during operation: argument must not be null.", expr.range));
    return { value: V.unknown(want), diagnostics };
  }
  if (v.kind === "unknown") return { value: withMarksOf(V.unknown(want), v), diagnostics };
  const result2 = v.kind === "number" ? negate(v) : V.bool(!v.value);
  return { value: withMarksOf(result2, v), diagnostics };
}

// src/hcl/eval/for.ts
var hasError4 = (d) => d.some((x) => x.severity === "error");
function condition(expr, ctx, anon, diagnostics) {
  if (!expr.condition) return true;
  const r = evalExpr(expr.condition, ctx, anon);
  diagnostics.push(...r.diagnostics);
  if (hasError4(r.diagnostics)) return "error";
  const v = r.value;
  if (v.kind === "null") {
    diagnostics.push(error("Condition is null", "The value of the 'if' clause must not be null.", expr.condition.range));
    return "error";
  }
  if (v.kind === "unknown") return "unknown";
  const b = convert(unmark(v), T.bool);
  if ("error" in b) {
    diagnostics.push(error("Invalid 'for' condition", `The 'if' clause value is invalid: ${b.error}.`, expr.condition.range));
    return "error";
  }
  return b.value.value;
}
function evalFor(expr, ctx, anon) {
  const coll = evalExpr(expr.collection, ctx, anon);
  const diagnostics = [...coll.diagnostics];
  const resultUnknown = () => ({ value: withMarksOf(V.unknown(), coll.value), diagnostics });
  if (hasError4(diagnostics)) return resultUnknown();
  const c = coll.value;
  if (c.kind === "null") {
    diagnostics.push(error("Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.", expr.collection.range));
    return resultUnknown();
  }
  if (c.kind === "unknown") return resultUnknown();
  if (!["list", "set", "tuple", "map", "object"].includes(c.kind)) {
    diagnostics.push(
      error(
        "Iteration over non-iterable value",
        `A value of type ${typeName(typeOf(c))} cannot be used as the collection in a 'for' expression.`,
        expr.collection.range
      )
    );
    return resultUnknown();
  }
  const isObject = expr.keyExpr !== void 0;
  const items2 = [];
  const attrs2 = newAttrs();
  const groups = /* @__PURE__ */ new Map();
  let known = true;
  for (const [k, v] of elementsOf(c)) {
    const scope = newAttrs();
    if (expr.keyVar !== void 0) setAttr(scope, expr.keyVar, k);
    setAttr(scope, expr.valVar, v);
    const child = childContext(ctx, scope);
    const include = condition(expr, child, anon, diagnostics);
    if (include === "error") return resultUnknown();
    if (include === "unknown") {
      known = false;
      continue;
    }
    if (!include) continue;
    const value = evalExpr(expr.valueExpr, child, anon);
    diagnostics.push(...value.diagnostics);
    if (!isObject) {
      items2.push(value.value);
      continue;
    }
    if (!expr.keyExpr) continue;
    const key2 = evalExpr(expr.keyExpr, child, anon);
    diagnostics.push(...key2.diagnostics);
    if (hasError4(key2.diagnostics)) continue;
    const kv = key2.value;
    if (kv.kind === "null") {
      diagnostics.push(error("Invalid object key", "Key expression in 'for' expression must not produce a null value.", expr.keyExpr?.range));
      continue;
    }
    if (!isKnown(kv)) {
      known = false;
      continue;
    }
    const ks = convert(unmark(kv), T.string);
    if ("error" in ks) {
      diagnostics.push(error("Invalid object key", `The key expression produced an invalid result: ${ks.error}.`, expr.keyExpr?.range));
      continue;
    }
    const name = ks.value.value;
    if (expr.group) {
      const group2 = groups.get(name);
      if (group2) group2.push(value.value);
      else groups.set(name, [value.value]);
    } else if (Object.hasOwn(attrs2, name)) {
      diagnostics.push(
        error(
          "Duplicate object key",
          `Two different items produced the key ${JSON.stringify(name)} in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`,
          expr.keyExpr?.range
        )
      );
    } else setAttr(attrs2, name, value.value);
  }
  if (!known || hasError4(diagnostics)) return resultUnknown();
  if (!isObject) return { value: withMarksOf(V.tuple(items2), c), diagnostics };
  if (expr.group) {
    const grouped = newAttrs();
    for (const [k, vs] of groups) setAttr(grouped, k, V.tuple(vs));
    return { value: withMarksOf(V.object(grouped), c), diagnostics };
  }
  return { value: withMarksOf(V.object(attrs2), c), diagnostics };
}
function evalSplat(expr, ctx, anon) {
  const source = evalExpr(expr.source, ctx, anon);
  const diagnostics = [...source.diagnostics];
  if (hasError4(diagnostics)) return { value: V.unknown(), diagnostics };
  let s = source.value;
  const sequence = s.kind === "list" || s.kind === "tuple" || s.kind === "set" || s.kind === "unknown" && ["list", "tuple", "set"].includes(s.type.kind);
  if (s.kind === "null") {
    if (!["list", "tuple", "set"].includes(s.type.kind)) return { value: withMarksOf(V.tuple([]), s), diagnostics };
    diagnostics.push(error("Splat of null value", "Splat expressions (with the * symbol) cannot be applied to null sequences.", expr.source.range));
    return { value: V.unknown(), diagnostics };
  }
  if (s.kind === "unknown") return { value: withMarksOf(V.unknown(), s), diagnostics };
  if (!sequence) s = withMarksOf(V.tuple([s]), s);
  if (s.kind !== "list" && s.kind !== "tuple" && s.kind !== "set") return { value: V.unknown(), diagnostics };
  const vals = [];
  let ok2 = true;
  for (const item of s.items) {
    const inner = new Map(anon);
    inner.set(expr.item, item);
    const r = evalExpr(expr.each, ctx, inner);
    diagnostics.push(...r.diagnostics);
    if (hasError4(r.diagnostics)) ok2 = false;
    vals.push(r.value);
  }
  if (!ok2) return { value: withMarksOf(V.unknown(), s), diagnostics };
  if (s.kind === "tuple") return { value: withMarksOf(V.tuple(vals), s), diagnostics };
  const element = unifyTypes(vals.map(typeOf));
  if (element === void 0) {
    diagnostics.push(
      error(
        "Invalid nested splat expressions",
        "The second level of splat expression produced elements of different types, so it isn't possible to construct a valid list to represent the top-level result.\n\nConsider using a for expression instead, to produce a tuple-typed result which can therefore have non-homogenous element types.",
        expr.each.range
      )
    );
    return { value: V.unknown(), diagnostics };
  }
  return { value: withMarksOf(V.list(vals, vals.length === 0 ? T.dynamic : element), s), diagnostics };
}

// src/hcl/syntax/traversals.ts
function traversals(expr) {
  const out = [];
  walk(expr, /* @__PURE__ */ new Set(), out);
  return out;
}
function walk(expr, bound, out) {
  switch (expr.kind) {
    case "scopeTraversal": {
      if (bound.has(expr.root)) return;
      const path10 = [];
      for (const step of expr.steps) {
        if (step.kind === "attr") path10.push(step.name);
        else if (step.key.kind === "string" || step.key.kind === "number") path10.push(step.key.value);
        else break;
      }
      out.push({ root: expr.root, path: path10, range: expr.range, rootRange: expr.rootRange });
      return;
    }
    case "literal":
    case "anonSymbol":
      return;
    case "parentheses":
      return walk(expr.expr, bound, out);
    case "templateWrap":
      return walk(expr.wrapped, bound, out);
    case "template":
      for (const p of expr.parts) walk(p, bound, out);
      return;
    case "templateJoin":
      return walk(expr.tuple, bound, out);
    case "relativeTraversal":
      return walk(expr.source, bound, out);
    case "functionCall":
      for (const a of expr.args) walk(a, bound, out);
      return;
    case "conditional":
      walk(expr.condition, bound, out);
      walk(expr.trueResult, bound, out);
      walk(expr.falseResult, bound, out);
      return;
    case "binaryOp": {
      const rights = [];
      let e = expr;
      for (; e.kind === "binaryOp"; e = e.lhs) rights.push(e.rhs);
      walk(e, bound, out);
      for (let i = rights.length - 1; i >= 0; i--) walk(rights[i], bound, out);
      return;
    }
    case "unaryOp":
      return walk(expr.operand, bound, out);
    case "tuple":
      for (const i of expr.items) walk(i, bound, out);
      return;
    case "object":
      for (const i of expr.items) {
        walk(i.key, bound, out);
        walk(i.value, bound, out);
      }
      return;
    case "objectKey": {
      const w = expr.wrapped;
      if (!expr.forceNonLiteral && w.kind === "scopeTraversal" && w.steps.length === 0) return;
      return walk(w, bound, out);
    }
    case "for": {
      walk(expr.collection, bound, out);
      const inner = new Set(bound);
      inner.add(expr.valVar);
      if (expr.keyVar !== void 0) inner.add(expr.keyVar);
      if (expr.keyExpr) walk(expr.keyExpr, inner, out);
      walk(expr.valueExpr, inner, out);
      if (expr.condition) walk(expr.condition, inner, out);
      return;
    }
    case "index":
      walk(expr.collection, bound, out);
      walk(expr.key, bound, out);
      return;
    case "splat":
      walk(expr.source, bound, out);
      walk(expr.each, bound, out);
      return;
  }
}

// src/hcl/eval/evaluate.ts
function evaluate(expr, ctx) {
  try {
    return evalExpr(expr, ctx, /* @__PURE__ */ new Map());
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return {
      value: V.unknown(),
      diagnostics: [error("Expression too complex", "This expression nests too deeply to be evaluated; split it into smaller local values.", expr.range)]
    };
  }
}
function evalBinaryChain(expr, ctx, anon) {
  const spine = [];
  for (let e = expr; e.kind === "binaryOp"; e = e.lhs) spine.push(e);
  if (spine.length < 32) return evalBinary(expr, ctx, anon);
  let acc = evalExpr(spine[spine.length - 1].lhs, ctx, anon);
  const diagnostics = [...acc.diagnostics];
  for (let i = spine.length - 1; i >= 0; i--) {
    const node = spine[i];
    acc = evalBinary({ ...node, lhs: { kind: "literal", value: acc.value, range: node.lhs.range } }, ctx, anon);
    diagnostics.push(...acc.diagnostics);
  }
  return { value: acc.value, diagnostics };
}
function evalExpr(expr, ctx, anon) {
  switch (expr.kind) {
    case "literal":
      return { value: expr.value, diagnostics: [] };
    case "parentheses":
      return evalExpr(expr.expr, ctx, anon);
    case "templateWrap":
      return evalExpr(expr.wrapped, ctx, anon);
    case "template":
      return evalTemplate(expr.parts, ctx, anon);
    case "templateJoin":
      return evalTemplateJoin(expr.tuple, ctx, anon, expr.range);
    case "scopeTraversal": {
      const root = lookupVariable(ctx, expr.root);
      if (root === void 0) {
        return {
          value: V.unknown(),
          diagnostics: [{ ...error("Unknown variable", `There is no variable named ${JSON.stringify(expr.root)}.`, expr.rootRange), code: "unknown-variable" }]
        };
      }
      return traverse(root, expr.steps, []);
    }
    case "relativeTraversal": {
      const source = evalExpr(expr.source, ctx, anon);
      if (source.diagnostics.some((d) => d.severity === "error")) return { value: V.unknown(), diagnostics: source.diagnostics };
      return traverse(source.value, expr.steps, source.diagnostics);
    }
    case "anonSymbol":
      return { value: anon.get(expr) ?? V.unknown(), diagnostics: [] };
    case "index": {
      const coll = evalExpr(expr.collection, ctx, anon);
      const key2 = evalExpr(expr.key, ctx, anon);
      const diagnostics = [...coll.diagnostics, ...key2.diagnostics];
      if (diagnostics.some((d) => d.severity === "error")) return { value: V.unknown(), diagnostics };
      const r = index(coll.value, key2.value, expr.bracketRange);
      return { value: r.value, diagnostics: [...diagnostics, ...r.diagnostics] };
    }
    case "functionCall":
      return evalFunctionCall(expr, ctx, anon);
    case "conditional":
      return evalConditional(expr, ctx, anon);
    case "binaryOp":
      return evalBinaryChain(expr, ctx, anon);
    case "unaryOp":
      return evalUnary(expr, ctx, anon);
    case "tuple": {
      const diagnostics = [];
      const items2 = expr.items.map((item) => {
        const r = evalExpr(item, ctx, anon);
        diagnostics.push(...r.diagnostics);
        return r.value;
      });
      return { value: V.tuple(items2), diagnostics };
    }
    case "object":
      return evalObject(expr, ctx, anon);
    case "objectKey":
      return evalObjectKey(expr, ctx, anon);
    case "for":
      return evalFor(expr, ctx, anon);
    case "splat":
      return evalSplat(expr, ctx, anon);
  }
}
function traverse(start, steps, diags) {
  let value = start;
  const diagnostics = [...diags];
  for (const step of steps) {
    const r = applyStep(value, step);
    diagnostics.push(...r.diagnostics);
    if (r.diagnostics.some((d) => d.severity === "error")) return { value: V.unknown(), diagnostics };
    value = r.value;
  }
  return { value, diagnostics };
}
function evalTemplate(parts, ctx, anon) {
  const diagnostics = [];
  let out = "";
  let known = true;
  let sensitive = false;
  for (const part of parts) {
    const r = evalExpr(part, ctx, anon);
    diagnostics.push(...r.diagnostics);
    const v = r.value;
    if (v.sensitive) sensitive = true;
    if (v.kind === "null") {
      diagnostics.push(
        error("Invalid template interpolation value", "The expression result is null. Cannot include a null value in a string template.", part.range)
      );
      continue;
    }
    if (!isKnown(v)) {
      known = false;
      continue;
    }
    const s = convert(unmark(v), T.string);
    if ("error" in s) {
      diagnostics.push(error("Invalid template interpolation value", `Cannot include the given value in a string template: ${s.error}.`, part.range));
      continue;
    }
    out += s.value.value;
  }
  const failed = diagnostics.some((d) => d.severity === "error");
  const value = known && !failed ? V.string(out) : V.unknown(T.string);
  return { value: sensitive ? { ...value, sensitive: true } : value, diagnostics };
}
function evalTemplateJoin(forExpr, ctx, anon, range2) {
  const r = evalFor(forExpr, ctx, anon);
  const diagnostics = [...r.diagnostics];
  const tuple = r.value;
  if (tuple.kind !== "tuple") {
    return { value: withMarksOf(V.unknown(T.string), tuple), diagnostics };
  }
  let out = "";
  let sensitive = !!tuple.sensitive;
  for (const v of tuple.items) {
    if (v.sensitive) sensitive = true;
    if (v.kind === "null") {
      diagnostics.push(error("Invalid template interpolation value", "An iteration result is null. Cannot include a null value in a string template.", range2));
      continue;
    }
    if (!isKnown(v)) return { value: sensitive ? { ...V.unknown(T.string), sensitive } : V.unknown(T.string), diagnostics };
    const s = convert(unmark(v), T.string);
    if ("error" in s) {
      diagnostics.push(
        error("Invalid template interpolation value", `Cannot include one of the interpolation results into the string template: ${s.error}.`, range2)
      );
      continue;
    }
    out += s.value.value;
  }
  const value = V.string(out);
  return { value: sensitive ? { ...value, sensitive: true } : value, diagnostics };
}
function evalConditional(expr, ctx, anon) {
  const t = evalExpr(expr.trueResult, ctx, anon);
  const f = evalExpr(expr.falseResult, ctx, anon);
  const tt = typeOf(t.value);
  const ft = typeOf(f.value);
  let resultType2 = T.dynamic;
  if (t.value.kind === "null" && tt.kind === "dynamic") resultType2 = ft;
  else if (f.value.kind === "null" && ft.kind === "dynamic") resultType2 = tt;
  else if (tt.kind !== "dynamic" && ft.kind !== "dynamic") {
    const unified = unify([tt, ft]);
    if (unified === void 0) {
      return {
        value: V.unknown(),
        diagnostics: [
          error("Inconsistent conditional result types", `The true and false result expressions must have consistent types. ${describeMismatch(tt, ft)}.`, {
            file: expr.trueResult.range.file,
            start: expr.trueResult.range.start,
            end: expr.falseResult.range.end
          })
        ]
      };
    }
    resultType2 = unified;
  }
  const c = evalExpr(expr.condition, ctx, anon);
  const diagnostics = [...c.diagnostics];
  const cond = c.value;
  if (cond.kind === "null") {
    diagnostics.push(error("Null condition", "The condition value is null. Conditions must either be true or false.", expr.condition.range));
    return { value: V.unknown(resultType2), diagnostics };
  }
  if (cond.kind === "unknown") {
    return { value: withMarksOf(V.unknown(resultType2), cond, t.value, f.value), diagnostics: [...diagnostics, ...t.diagnostics, ...f.diagnostics] };
  }
  const b = convert(unmark(cond), T.bool);
  if ("error" in b) {
    diagnostics.push(error("Incorrect condition type", "The condition expression must be of type bool.", expr.condition.range));
    return { value: V.unknown(resultType2), diagnostics };
  }
  const chosen = b.value.value ? t : f;
  diagnostics.push(...chosen.diagnostics);
  if (chosen.diagnostics.some((d) => d.severity === "error")) return { value: V.unknown(resultType2), diagnostics };
  const converted = convert(chosen.value, resultType2);
  const value = "error" in converted ? chosen.value : converted.value;
  return { value: withMarksOf(value, cond), diagnostics };
}
function literalKeyName(key2) {
  if (key2.forceNonLiteral) return void 0;
  const w = key2.wrapped;
  if (w.kind === "scopeTraversal" && w.steps.length === 0) return w.root;
  if (w.kind === "literal" && w.value.kind === "null") return "null";
  return void 0;
}
function evalObjectKey(key2, ctx, anon) {
  const w = key2.wrapped;
  if (!key2.forceNonLiteral && w.kind === "scopeTraversal" && w.steps.length > 0) {
    return {
      value: V.unknown(),
      diagnostics: [
        error(
          "Ambiguous attribute key",
          "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.",
          key2.range
        )
      ]
    };
  }
  const name = literalKeyName(key2);
  if (name !== void 0) return { value: V.string(name), diagnostics: [] };
  return evalExpr(w, ctx, anon);
}
function evalObject(expr, ctx, anon) {
  const diagnostics = [];
  const attrs2 = newAttrs();
  const defined = expr.json ? /* @__PURE__ */ new Map() : void 0;
  let known = true;
  let sensitiveKey = false;
  for (const item of expr.items) {
    const k = evalObjectKey(item.key, ctx, anon);
    const v = evalExpr(item.value, ctx, anon);
    diagnostics.push(...k.diagnostics, ...v.diagnostics);
    if (k.diagnostics.some((d) => d.severity === "error")) {
      known = false;
      continue;
    }
    const key2 = k.value;
    if (key2.kind === "null") {
      if (defined) diagnostics.push(error("Invalid object key expression", "Cannot use null value as an object key.", item.key.range));
      else diagnostics.push(error("Null value as key", "Can't use a null value as a key.", item.value.range));
      known = false;
      continue;
    }
    if (key2.sensitive) sensitiveKey = true;
    if (!isKnown(key2)) {
      known = false;
      continue;
    }
    const s = convert(unmark(key2), T.string);
    if ("error" in s) {
      if (defined) diagnostics.push(error("Invalid object key expression", `Cannot use this expression as an object key: ${s.error}.`, item.key.range));
      else diagnostics.push(error("Incorrect key type", `Can't use this value as a key: ${s.error}.`, item.key.range));
      known = false;
      continue;
    }
    const name = s.value.value;
    const before = defined?.get(name);
    if (before) {
      diagnostics.push(error("Duplicate object attribute", `An attribute named ${goQuote(name)} was already defined at ${rangeText(before)}.`, item.key.range));
      continue;
    }
    defined?.set(name, item.key.range);
    setAttr(attrs2, name, v.value);
  }
  if (!known) return { value: V.unknown(), diagnostics };
  const value = V.object(attrs2);
  return { value: sensitiveKey ? { ...value, sensitive: true } : value, diagnostics };
}

// src/hcl/syntax/token.ts
var selfTokens = {
  "[": "OBrack",
  "]": "CBrack",
  "(": "OParen",
  ")": "CParen",
  ".": "Dot",
  ",": "Comma",
  "*": "Star",
  "/": "Slash",
  "%": "Percent",
  "+": "Plus",
  "-": "Minus",
  "=": "Equal",
  "<": "LessThan",
  ">": "GreaterThan",
  "!": "Bang",
  "?": "Question",
  ":": "Colon",
  "&": "BitwiseAnd",
  "|": "BitwiseOr",
  "~": "BitwiseNot",
  "^": "BitwiseXor",
  ";": "Semicolon",
  "`": "Backtick",
  "'": "Apostrophe"
};
var pairTokens = {
  "==": "EqualOp",
  "!=": "NotEqual",
  ">=": "GreaterThanEq",
  "<=": "LessThanEq",
  "&&": "And",
  "||": "Or",
  "::": "DoubleColon",
  "=>": "FatArrow"
};
function opposite(type) {
  switch (type) {
    case "OBrace":
      return "CBrace";
    case "OBrack":
      return "CBrack";
    case "OParen":
      return "CParen";
    case "OQuote":
      return "CQuote";
    case "OHeredoc":
      return "CHeredoc";
    case "CBrace":
      return "OBrace";
    case "CBrack":
      return "OBrack";
    case "CParen":
      return "OParen";
    case "CQuote":
      return "OQuote";
    case "CHeredoc":
      return "OHeredoc";
    case "TemplateControl":
    case "TemplateInterp":
      return "TemplateSeqEnd";
    case "TemplateSeqEnd":
      return "TemplateInterp";
    default:
      return void 0;
  }
}

// src/hcl/syntax/lexer.ts
var identStartRe = /[\p{ID_Start}_]/u;
var identContinueRe = /[\p{ID_Continue}-]/u;
function isAsciiLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function identEnd(src, start) {
  const first = src.charCodeAt(start);
  let j = start;
  if (isAsciiLetter(first)) j++;
  else if (first >= 128 && identStartRe.test(charAt(src, start))) j += charAt(src, start).length;
  else return start;
  for (; ; ) {
    const c = src.charCodeAt(j);
    if (isAsciiLetter(c) || c >= 48 && c <= 57 || c === 45) j++;
    else if (c >= 128) {
      const ch = charAt(src, j);
      if (!identContinueRe.test(ch)) return j;
      j += ch.length;
    } else return j;
  }
}
function isDigit(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}
function charAt(src, i) {
  const c = src.codePointAt(i);
  return c === void 0 ? "" : String.fromCodePoint(c);
}
var pairStarts = new Set(Object.keys(pairTokens).map((k) => k[0]));
var Scanner = class {
  constructor(src, file2, start, mode, origin) {
    this.src = src;
    this.file = file2;
    this.i = start;
    this.posIndex = start;
    this.pos = origin ?? { line: 1, column: 1, offset: start === 1 ? 3 : 0 };
    this.modes = [mode];
  }
  src;
  file;
  tokens = [];
  pos;
  posIndex;
  i;
  modes;
  braces = 0;
  retBraces = [];
  heredocs = [];
  run() {
    while (this.i < this.src.length) {
      const mode = this.modes[this.modes.length - 1];
      if (mode === "main") this.scanMain();
      else if (mode === "string") this.scanString();
      else if (mode === "heredoc") this.scanHeredoc();
      else this.scanBare();
    }
    this.emit("EOF", this.src.length, this.src.length);
    return this.tokens;
  }
  emit(type, start, end) {
    if (start > this.posIndex) {
      const gap = start - this.posIndex;
      this.pos = { line: this.pos.line, column: this.pos.column + gap, offset: this.pos.offset + gap };
    }
    const startPos = this.pos;
    const text2 = this.src.slice(start, end);
    const endPos = advanceRange(startPos, this.src, start, end);
    this.pos = endPos;
    this.posIndex = end;
    this.i = end;
    this.tokens.push({ type, text: text2, range: { file: this.file, start: startPos, end: endPos } });
  }
  call(mode) {
    this.modes.push(mode);
  }
  ret() {
    if (this.modes.length > 1) this.modes.pop();
  }
  scanMain() {
    const { src } = this;
    const i = this.i;
    const c = src[i];
    if (c === " " || c === "	") {
      let j = i + 1;
      while (src[j] === " " || src[j] === "	") j++;
      this.i = j;
      return;
    }
    if (isDigit(c)) return this.emit("NumberLit", i, this.numberEnd(i));
    const identAt = identEnd(src, i);
    if (identAt > i) return this.emit("Ident", i, identAt);
    if (c === "#" || c === "/" && src[i + 1] === "/") {
      const nl = src.indexOf("\n", i);
      return this.emit("Comment", i, nl < 0 ? src.length : nl + 1);
    }
    if (c === "/" && src[i + 1] === "*") {
      const close = src.indexOf("*/", i + 2);
      if (close >= 0) return this.emit("Comment", i, close + 2);
    }
    if (c === "\n") return this.emit("Newline", i, i + 1);
    if (c === "\r" && src[i + 1] === "\n") return this.emit("Newline", i, i + 2);
    if (src.startsWith("...", i)) return this.emit("Ellipsis", i, i + 3);
    const pair = pairStarts.has(c) ? pairTokens[src.slice(i, i + 2)] : void 0;
    if (pair) return this.emit(pair, i, i + 2);
    if (c === "<" && src[i + 1] === "<") {
      const end = this.heredocIntroducerEnd(i);
      if (end > 0) return this.beginHeredoc(i, end);
    }
    if (c === "~" && src[i + 1] === "}") return this.closeSequence(i, i + 2, true);
    const self = selfTokens[c];
    if (self) return this.emit(self, i, i + 1);
    if (c === "{") {
      this.braces++;
      return this.emit("OBrace", i, i + 1);
    }
    if (c === "}") return this.closeSequence(i, i + 1, false);
    if (c === '"') {
      this.emit("OQuote", i, i + 1);
      return this.call("string");
    }
    this.emit("Invalid", i, i + charAt(src, i).length);
  }
  /** `}` or `~}`: the end of a template sequence when the brace level matches, else an ordinary brace. */
  closeSequence(start, end, tilde) {
    const matches = this.retBraces.length > 0 && this.retBraces[this.retBraces.length - 1] === this.braces;
    this.emit(matches || tilde ? "TemplateSeqEnd" : "CBrace", start, end);
    this.braces--;
    if (matches) {
      this.retBraces.pop();
      this.ret();
    }
  }
  numberEnd(start) {
    const { src } = this;
    let j = start + 1;
    let end = j;
    for (; ; ) {
      const c = src[j];
      if (isDigit(c)) {
        j++;
        end = j;
      } else if (c === ".") {
        j++;
      } else if (c === "e" || c === "E") {
        const k = src[j + 1] === "+" || src[j + 1] === "-" ? j + 2 : j + 1;
        if (!isDigit(src[k])) break;
        j = k + 1;
        end = j;
      } else break;
    }
    return end;
  }
  /** The end of `<<EOT⏎` or `<<-EOT⏎` (after the newline), or -1. */
  heredocIntroducerEnd(start) {
    const { src } = this;
    let j = start + 2;
    if (src[j] === "-") j++;
    const end = identEnd(src, j);
    if (end === j) return -1;
    j = end;
    if (src[j] === "\n") return j + 1;
    if (src[j] === "\r" && src[j + 1] === "\n") return j + 2;
    return -1;
  }
  beginHeredoc(start, end) {
    const intro = this.src.slice(start + 2, end).replace(/\r?\n$/, "");
    this.heredocs.push({ marker: intro.startsWith("-") ? intro.slice(1) : intro, startOfLine: true });
    this.emit("OHeredoc", start, end);
    this.call("heredoc");
  }
  /** `${`, `${~`, `%{` or `%{~` at i: emits it and enters the normal mode; false when not a sequence. */
  templateSequence(i) {
    const { src } = this;
    const c = src[i];
    if (c !== "$" && c !== "%" || src[i + 1] !== "{") return false;
    const end = src[i + 2] === "~" ? i + 3 : i + 2;
    this.emit(c === "$" ? "TemplateInterp" : "TemplateControl", i, end);
    this.braces++;
    this.retBraces.push(this.braces);
    const doc = this.heredocs.at(-1);
    if (doc) doc.startOfLine = false;
    this.call("main");
    return true;
  }
  /** `$` or `%` not starting a sequence: alone, or with a following escaped `${`/`%{`. */
  lonePrefixEnd(i) {
    const { src } = this;
    const c = src[i];
    if (src[i + 1] === c && src[i + 2] === "{") return src[i + 3] === "~" ? i + 4 : i + 3;
    return i + 1;
  }
  scanString() {
    const { src } = this;
    const i = this.i;
    if (this.templateSequence(i)) return;
    const c = src[i];
    if (c === '"') {
      this.emit("CQuote", i, i + 1);
      return this.ret();
    }
    if (c === "$" || c === "%") {
      if (i + 1 >= src.length) return this.emit("Invalid", i, i + 1);
      return this.emit("QuotedLit", i, this.lonePrefixEnd(i));
    }
    if (c === "\n" || c === "\r") {
      let j2 = i + 1;
      while (src[j2] === "\n" || src[j2] === "\r") j2++;
      return this.emit("QuotedNewline", i, j2);
    }
    let j = i;
    for (; ; ) {
      const d = src[j];
      if (d === void 0 || d === '"' || d === "$" || d === "%" || d === "\n" || d === "\r") break;
      if (d === "\\") {
        const e = src[j + 1];
        if (e === void 0 || e === "\n" || e === "\r") break;
        j += charAt(src, j + 1).length + 1;
      } else j++;
    }
    if (j === i) return this.emit("Invalid", i, i + 1);
    this.emit("QuotedLit", i, j);
  }
  scanHeredoc() {
    const { src } = this;
    const i = this.i;
    if (this.templateSequence(i)) return;
    const doc = this.heredocs[this.heredocs.length - 1];
    const c = src[i];
    if (c === "$" || c === "%") {
      doc.startOfLine = false;
      return this.emit("StringLit", i, this.lonePrefixEnd(i));
    }
    let j = i;
    while (j < src.length && src[j] !== "$" && src[j] !== "%" && src[j] !== "\n" && src[j] !== "\r") j++;
    let eol = -1;
    if (src[j] === "\n") eol = j + 1;
    else if (src[j] === "\r" && src[j + 1] === "\n") eol = j + 2;
    else if (src[j] === "\r") {
      if (j > i) {
        doc.startOfLine = false;
        return this.emit("StringLit", i, j);
      }
      return this.emit("Invalid", i, i + 1);
    }
    if (eol < 0) {
      doc.startOfLine = false;
      return this.emit("StringLit", i, j);
    }
    if (doc.startOfLine && src.slice(i, j).trim() === doc.marker) {
      this.emit("CHeredoc", i, j);
      this.emit("Newline", j, eol);
      this.heredocs.pop();
      return this.ret();
    }
    doc.startOfLine = true;
    this.emit("StringLit", i, eol);
  }
  /** A standalone template file (templatefile): literal lines and sequences, with no closing marker. */
  scanBare() {
    const { src } = this;
    const i = this.i;
    if (this.templateSequence(i)) return;
    const c = src[i];
    if (c === "$" || c === "%") return this.emit("StringLit", i, this.lonePrefixEnd(i));
    let j = i;
    while (j < src.length && src[j] !== "$" && src[j] !== "%" && src[j] !== "\n") j++;
    this.emit("StringLit", i, src[j] === "\n" ? j + 1 : j);
  }
};
function scanTokens(src, file2, mode = "normal", origin) {
  const start = src.charCodeAt(0) === 65279 ? 1 : 0;
  return new Scanner(src, file2, start, mode === "normal" ? "main" : "bare", origin).run();
}
var curlyQuotes = /* @__PURE__ */ new Set(["\u201C", "\u201D"]);
function checkInvalidTokens(tokens) {
  const diags = [];
  let bitwise = 0;
  let backtick = 0;
  let apostrophe = 0;
  let semicolon = 0;
  for (const tok of tokens) {
    const r = tok.range;
    switch (tok.type) {
      case "BitwiseAnd":
      case "BitwiseOr":
      case "BitwiseXor":
      case "BitwiseNot":
        if (bitwise < 4) {
          const suggestion = tok.type === "BitwiseAnd" ? ' Did you mean boolean AND ("&&")?' : tok.type === "BitwiseOr" ? ' Did you mean boolean OR ("||")?' : tok.type === "BitwiseNot" ? ' Did you mean boolean NOT ("!")?' : "";
          diags.push(error("Unsupported operator", `Bitwise operators are not supported.${suggestion}`, r));
          bitwise++;
        }
        break;
      case "Backtick":
        if (backtick % 2 === 0) {
          diags.push(error("Invalid character", 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".', r));
        }
        if (backtick <= 2) backtick++;
        break;
      case "Apostrophe":
        if (apostrophe % 2 === 0) {
          diags.push(error("Invalid character", 'Single quotes are not valid. Use double quotes (") to enclose strings.', r));
        }
        if (apostrophe <= 2) apostrophe++;
        break;
      case "Semicolon":
        if (semicolon < 1) {
          diags.push(
            error(
              "Invalid character",
              'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.',
              r
            )
          );
          semicolon++;
        }
        break;
      case "QuotedNewline":
        diags.push(
          error(
            "Invalid multi-line string",
            'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
            r
          )
        );
        break;
      case "Invalid":
        diags.push(
          curlyQuotes.has(tok.text) ? error(
            "Invalid character",
            '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".',
            r
          ) : error("Invalid character", "This character is not used within the language.", r)
        );
        break;
      default:
        break;
    }
  }
  return diags;
}

// src/hcl/syntax/parser-state.ts
var ParserState = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  /** Set once the parser has skipped tokens; suppresses follow-on errors, as HCL does. */
  recovery = false;
  index = 0;
  newlines = [true];
  peek() {
    return this.tokenAt(this.nextIndex());
  }
  read() {
    const i = this.nextIndex();
    this.index = i < this.tokens.length ? i + 1 : this.tokens.length;
    return this.tokenAt(i);
  }
  nextRange() {
    return this.peek().range;
  }
  prevRange() {
    if (this.index === 0) return this.nextRange();
    return this.tokens[this.index - 1].range;
  }
  pushNewlines(include) {
    this.newlines.push(include);
  }
  popNewlines() {
    this.newlines.pop();
  }
  /** The index of the next significant token; tokens.length (meaning EOF) when none is left. */
  nextIndex() {
    const include = this.newlines[this.newlines.length - 1];
    const { tokens } = this;
    for (let i = this.index; i < tokens.length; i++) {
      const tok = tokens[i];
      if (tok.type === "Comment") {
        if (include && tok.text.endsWith("\n")) return i;
        continue;
      }
      if (tok.type === "Newline" && !include) continue;
      return i;
    }
    return tokens.length;
  }
  tokenAt(i) {
    if (i >= this.tokens.length) return this.tokens[this.tokens.length - 1];
    const tok = this.tokens[i];
    return tok.type === "Comment" ? { type: "Newline", text: "\n", range: tok.range } : tok;
  }
  /** Skips to the token `end` that closes the current bracket (counting nesting) and returns it, or EOF. */
  recover(end) {
    const start = opposite(end);
    this.recovery = true;
    let nest = 0;
    for (; ; ) {
      const tok = this.read();
      const type = end === "TemplateSeqEnd" && tok.type === "TemplateControl" ? "TemplateInterp" : tok.type;
      if (type === start) nest++;
      else if (type === end) {
        if (nest < 1) return tok;
        nest--;
      } else if (type === "EOF") return tok;
    }
  }
  /** Skips to the next `start` bracket, then past its closing partner. */
  recoverOver(start) {
    for (; ; ) {
      const tok = this.read();
      if (tok.type === start || tok.type === "EOF") break;
    }
    this.recover(opposite(start) ?? "EOF");
  }
  /** Skips to the newline that ends the current body item, outside of any brackets. */
  recoverAfterBodyItem() {
    this.recovery = true;
    const open2 = [];
    for (; ; ) {
      const tok = this.read();
      switch (tok.type) {
        case "Newline":
          if (open2.length === 0) return;
          break;
        case "EOF":
          return;
        case "OBrace":
        case "OBrack":
        case "OParen":
        case "OQuote":
        case "OHeredoc":
        case "TemplateInterp":
        case "TemplateControl":
          open2.push(tok.type);
          break;
        case "CBrace":
        case "CBrack":
        case "CParen":
        case "CQuote":
        case "CHeredoc": {
          const opener = opposite(tok.type);
          while (open2.length > 0 && open2[open2.length - 1] !== opener) open2.pop();
          open2.pop();
          break;
        }
        case "TemplateSeqEnd":
          while (open2.length > 0 && open2[open2.length - 1] !== "TemplateInterp" && open2[open2.length - 1] !== "TemplateControl") {
            open2.pop();
          }
          open2.pop();
          break;
        default:
          break;
      }
    }
  }
};
function isKeyword(tok, word) {
  return tok.type === "Ident" && tok.text === word;
}

// src/hcl/syntax/string-literal.ts
var quotedPiece = /\\[uU][0-9a-fA-F]*|\\[\s\S]?|\$\$\{|%%\{|[^\\]+?(?=\\|\$\$\{|%%\{|$)/gy;
var unquotedPiece = /\$\$\{|%%\{|[\s\S]+?(?=\$\$\{|%%\{|$)/gy;
function decodeStringLiteral(text2, quoted, range2) {
  const diags = [];
  let out = "";
  let pos = range2.start;
  const piece = quoted ? quotedPiece : unquotedPiece;
  piece.lastIndex = 0;
  let m;
  while (piece.lastIndex < text2.length && (m = piece.exec(text2)) !== null) {
    const s = m[0];
    const start = pos;
    pos = advance(pos, s);
    const here = () => ({ file: range2.file, start, end: pos });
    if (s === "$${" || s === "%%{") {
      out += s.slice(1);
    } else if (quoted && s.startsWith("\\")) {
      out += decodeEscape(s, here, diags);
    } else out += s;
  }
  return { value: out, diags };
}
function decodeEscape(s, here, diags) {
  if (s.length < 2) {
    diags.push(error("Invalid escape sequence", "Backslash must be followed by an escape sequence selector character.", here()));
    return s;
  }
  const sel = s[1];
  switch (sel) {
    case "n":
      return "\n";
    case "r":
      return "\r";
    case "t":
      return "	";
    case '"':
      return '"';
    case "\\":
      return "\\";
    case "u":
    case "U": {
      const want = sel === "u" ? 4 : 8;
      const hex = s.slice(2, 2 + want);
      if (hex.length !== want) {
        diags.push(
          error(
            "Invalid escape sequence",
            sel === "u" ? "The \\u escape sequence must be followed by four hexadecimal digits." : "The \\U escape sequence must be followed by eight hexadecimal digits.",
            here()
          )
        );
        return s;
      }
      const code = parseInt(hex, 16);
      if (code > 1114111 || code >= 55296 && code <= 57343) {
        const shown = code.toString(16).padStart(4, "0");
        diags.push(error("Invalid escape sequence", `Cannot encode character U+${shown} in UTF-8.`, here()));
        return s;
      }
      return String.fromCodePoint(code) + s.slice(2 + want);
    }
    default:
      diags.push(error("Invalid escape sequence", `The symbol ${JSON.stringify(s.slice(1))} is not a valid escape sequence selector.`, here()));
      return s.slice(1);
  }
}

// src/hcl/syntax/parse-template.ts
var leadingSpace = /^\s+/u;
var trailingSpace = /\s+$/u;
function parseTemplateInner(p, end, flush) {
  const [parts, range2, diags] = parseTemplateParts(p, end);
  if (flush) flushHeredoc(parts);
  meldLiterals(parts);
  const tp = new TemplateParser(parts);
  const exprs = tp.parseRoot();
  diags.push(...tp.diags);
  const passthru = parts.length === 2 && parts[0].kind === "interp";
  return { parts: exprs, passthru, range: range2, diags };
}
function parseTemplateParts(p, end) {
  const parts = [];
  const diags = [];
  const startRange2 = p.nextRange();
  let ltrimNext = false;
  let nextCanTrimPrev = false;
  let endRange = startRange2;
  const trimPrev = (text2, canTrimPrev) => {
    const prev = parts[parts.length - 1];
    if (canTrimPrev && text2.length === 3 && text2[2] === "~" && prev?.kind === "literal") {
      prev.value = prev.value.replace(trailingSpace, "");
    }
  };
  for (; ; ) {
    const next = p.read();
    if (next.type === end) {
      endRange = next.range;
      break;
    }
    const ltrim = ltrimNext;
    ltrimNext = false;
    const canTrimPrev = nextCanTrimPrev;
    nextCanTrimPrev = false;
    if (next.type === "StringLit" || next.type === "QuotedLit") {
      const decoded = decodeStringLiteral(next.text, next.type === "QuotedLit", next.range);
      diags.push(...decoded.diags);
      parts.push({ kind: "literal", value: ltrim ? decoded.value.replace(leadingSpace, "") : decoded.value, range: next.range });
      nextCanTrimPrev = true;
    } else if (next.type === "TemplateInterp") {
      trimPrev(next.text, canTrimPrev);
      p.pushNewlines(false);
      const [expr, exprDiags] = parseExpression(p);
      diags.push(...exprDiags);
      const close = p.peek();
      if (close.type !== "TemplateSeqEnd") {
        if (!p.recovery) diags.push(interpCloseError(close.type, end, close.range, startRange2));
        p.recover("TemplateSeqEnd");
      } else {
        p.read();
        if (close.text.length === 2 && close.text[0] === "~") ltrimNext = true;
      }
      p.popNewlines();
      parts.push({ kind: "interp", expr, range: rangeBetween(next.range, close.range) });
    } else if (next.type === "TemplateControl") {
      trimPrev(next.text, canTrimPrev);
      p.pushNewlines(false);
      const ok2 = parseDirective(p, next.range, parts, diags);
      if (ok2) {
        const close = p.peek();
        if (close.type !== "TemplateSeqEnd") {
          if (!p.recovery) {
            diags.push(error(`Extra characters in ${ok2} marker`, "Expected a closing brace to end the sequence, but found extra characters.", close.range));
          }
          p.recover("TemplateSeqEnd");
        } else {
          p.read();
          if (close.text.length === 2 && close.text[0] === "~") ltrimNext = true;
        }
      }
      p.popNewlines();
    } else {
      if (!p.recovery) diags.push(error("Unterminated template string", "No closing marker was found for the string.", next.range));
      endRange = p.recover(end).range;
      break;
    }
  }
  if (parts.length === 0) parts.push({ kind: "literal", value: "", range: endOf(startRange2) });
  parts.push({ kind: "end", range: endRange });
  return [parts, rangeBetween(startRange2, endRange), diags];
}
function interpCloseError(found, end, at2, startRange2) {
  if (found === "EOF") {
    return error(
      "Unclosed template interpolation sequence",
      "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
      startRange2
    );
  }
  if (found === "Colon") {
    return error(
      "Extra characters after interpolation expression",
      'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
      at2
    );
  }
  if ((found === "CQuote" || found === "OQuote") && end === "CQuote") {
    return error(
      "Unclosed template interpolation sequence",
      "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.",
      startRange2
    );
  }
  return error(
    "Extra characters after interpolation expression",
    'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
    at2
  );
}
var directiveKeywords = ["if", "for", "else", "endif", "endfor"];
function parseDirective(p, openRange, parts, diags) {
  const kw = p.peek();
  const bail = (summary, detail, at2) => {
    if (!p.recovery) diags.push(error(summary, detail, at2));
    p.recover("TemplateSeqEnd");
    return void 0;
  };
  if (kw.type !== "Ident") {
    return bail("Invalid template directive", 'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.', kw.range);
  }
  p.read();
  const span = () => rangeBetween(openRange, p.nextRange());
  switch (kw.text) {
    case "if": {
      const [cond, condDiags] = parseExpression(p);
      diags.push(...condDiags);
      parts.push({ kind: "if", cond, range: span() });
      return kw.text;
    }
    case "else":
    case "endif":
    case "endfor":
      parts.push({ kind: "endCtrl", name: kw.text, range: span() });
      return kw.text;
    case "for": {
      if (p.peek().type !== "Ident") return bail("Invalid 'for' directive", "For directive requires variable name after 'for'.", p.peek().range);
      let valVar = p.read().text;
      let keyVar;
      if (p.peek().type === "Comma") {
        keyVar = valVar;
        p.read();
        if (p.peek().type !== "Ident") {
          return bail("Invalid 'for' directive", "For directive requires value variable name after comma.", p.peek().range);
        }
        valVar = p.read().text;
      }
      if (!isKeyword(p.peek(), "in")) return bail("Invalid 'for' directive", "For directive requires 'in' keyword after names.", p.peek().range);
      p.read();
      const [coll, collDiags] = parseExpression(p);
      diags.push(...collDiags);
      parts.push({ kind: "for", keyVar, valVar, coll, range: span() });
      return kw.text;
    }
    default: {
      const suggestion = nameSuggestion(kw.text, directiveKeywords);
      return bail(
        "Invalid template control keyword",
        `${JSON.stringify(kw.text)} is not a valid template control keyword.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ""}`,
        kw.range
      );
    }
  }
}
function flushHeredoc(parts) {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust = [];
  for (const part of parts) {
    if (newline) {
      newline = false;
      let spaces = Number.MAX_SAFE_INTEGER;
      if (part.kind === "literal") {
        const trimmed = part.value.replace(leadingSpace, "");
        if (!(trimmed.length === 0 && part.value.endsWith("\n"))) {
          spaces = graphemeCount2(part.value.slice(0, part.value.length - trimmed.length));
          adjust.push(part);
        }
      } else if (part.kind === "end") break;
      else spaces = 0;
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (part.kind === "literal" && part.value.endsWith("\n")) newline = true;
  }
  if (minSpaces === Number.MAX_SAFE_INTEGER) return;
  for (const lit of adjust) {
    const chars = Array.from(lit.value);
    const cut = chars.slice(0, minSpaces).join("");
    lit.value = lit.value.slice(cut.length);
    lit.range = {
      ...lit.range,
      start: { line: lit.range.start.line, column: lit.range.start.column + minSpaces, offset: lit.range.start.offset + cut.length }
    };
  }
}
function graphemeCount2(s) {
  return Array.from(s).length;
}
function meldLiterals(parts) {
  let i = 1;
  while (i < parts.length) {
    const prev = parts[i - 1];
    const cur = parts[i];
    if (prev.kind === "literal" && cur.kind === "literal") {
      prev.value += cur.value;
      prev.range = { ...prev.range, end: cur.range.end };
      parts.splice(i, 1);
    } else i++;
  }
}
function emptyString(range2) {
  return { kind: "literal", value: V.string(""), range: range2 };
}
function placeholder(range2) {
  return { kind: "literal", value: V.unknown(), range: range2 };
}
function templateOf(parts) {
  return { kind: "template", parts, range: rangeBetween(parts[0].range, parts[parts.length - 1].range) };
}
var TemplateParser = class {
  constructor(parts) {
    this.parts = parts;
  }
  parts;
  diags = [];
  pos = 0;
  peek() {
    return this.parts[this.pos];
  }
  read() {
    const part = this.parts[this.pos];
    if (part.kind !== "end") this.pos++;
    return part;
  }
  parseRoot() {
    const exprs = [];
    while (this.peek().kind !== "end") exprs.push(this.parseExpr());
    return exprs;
  }
  parseExpr() {
    const next = this.peek();
    switch (next.kind) {
      case "literal":
        this.read();
        return { kind: "literal", value: V.string(next.value), range: next.range };
      case "interp":
        this.read();
        return next.expr;
      case "if":
        return this.parseIf(next);
      case "for":
        return this.parseFor(next);
      case "end":
        this.read();
        this.diags.push(error("Unexpected end of template", "The control directives within this template are unbalanced.", next.range));
        return placeholder(next.range);
      case "endCtrl":
        this.read();
        this.diags.push(error(`Unexpected ${next.name} directive`, "The control directives within this template are unbalanced.", next.range));
        return placeholder(next.range);
    }
  }
  parseIf(open2) {
    this.read();
    const ifExprs = [];
    const elseExprs = [];
    let current = ifExprs;
    let endifRange;
    for (; ; ) {
      const next = this.peek();
      if (next.kind === "end") {
        this.diags.push(
          error("Unexpected end of template", `The if directive at ${rangeText(open2.range)} is missing its corresponding endif directive.`, next.range)
        );
        return placeholder(next.range);
      }
      if (next.kind === "endCtrl") {
        this.read();
        if (next.name === "else" && current === ifExprs) {
          current = elseExprs;
          continue;
        }
        if (next.name === "endif") {
          endifRange = next.range;
          break;
        }
        this.diags.push(
          next.name === "else" ? error("Unexpected else directive", `Already in the else clause for the if started at ${rangeText(open2.range)}.`, next.range) : error(`Unexpected ${next.name} directive`, `Expecting an endif directive for the if started at ${rangeText(open2.range)}.`, next.range)
        );
        return placeholder(next.range);
      }
      current.push(this.parseExpr());
    }
    if (ifExprs.length === 0) ifExprs.push(emptyString(endOf(open2.range)));
    if (elseExprs.length === 0) elseExprs.push(emptyString(startOf(endifRange)));
    return {
      kind: "conditional",
      condition: open2.cond,
      trueResult: templateOf(ifExprs),
      falseResult: templateOf(elseExprs),
      range: rangeBetween(open2.range, endifRange)
    };
  }
  parseFor(open2) {
    this.read();
    const content = [];
    let endforRange;
    for (; ; ) {
      const next = this.peek();
      if (next.kind === "end") {
        this.diags.push(
          error("Unexpected end of template", `The for directive at ${rangeText(open2.range)} is missing its corresponding endfor directive.`, next.range)
        );
        return placeholder(next.range);
      }
      if (next.kind === "endCtrl") {
        this.read();
        if (next.name === "endfor") {
          endforRange = next.range;
          break;
        }
        this.diags.push(
          next.name === "else" ? error("Unexpected else directive", "An else clause is not expected for a for directive.", next.range) : error(
            `Unexpected ${next.name} directive`,
            `Expecting an endfor directive corresponding to the for directive at ${rangeText(open2.range)}.`,
            next.range
          )
        );
        return placeholder(next.range);
      }
      content.push(this.parseExpr());
    }
    if (content.length === 0) content.push(emptyString(endOf(open2.range)));
    const tuple = {
      kind: "for",
      keyVar: open2.keyVar,
      valVar: open2.valVar,
      collection: open2.coll,
      valueExpr: templateOf(content),
      group: false,
      openRange: open2.range,
      closeRange: endforRange,
      range: rangeBetween(open2.range, endforRange)
    };
    return { kind: "templateJoin", tuple, range: tuple.range };
  }
};

// src/hcl/syntax/parse-expression.ts
var binaryLevels = [
  { Or: "||" },
  { And: "&&" },
  { EqualOp: "==", NotEqual: "!=" },
  { GreaterThan: ">", GreaterThanEq: ">=", LessThan: "<", LessThanEq: "<=" },
  { Plus: "+", Minus: "-" },
  { Star: "*", Slash: "/", Percent: "%" }
];
function placeholder2(range2) {
  return { kind: "literal", value: V.unknown(), range: range2 };
}
var exhaustedAt = /* @__PURE__ */ new WeakMap();
function parseExpression(p) {
  try {
    return parseConditional(p);
  } catch (e) {
    if (e instanceof RangeError && !exhaustedAt.has(e)) exhaustedAt.set(e, p.nextRange());
    throw e;
  }
}
function parseConditional(p) {
  const startRange2 = p.nextRange();
  const first = parseBinaryOps(p, 0);
  const [cond, condDiags] = first;
  if (p.recovery && hasErrors(condDiags)) return first;
  if (p.peek().type !== "Question") return first;
  const diags = [...condDiags];
  p.read();
  const [trueResult, trueDiags] = parseExpression(p);
  diags.push(...trueDiags);
  if (p.recovery && hasErrors(trueDiags)) return [cond, diags];
  const colon = p.peek();
  if (colon.type !== "Colon") {
    diags.push(
      error(
        "Missing false expression in conditional",
        "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
        colon.range
      )
    );
    return [cond, diags];
  }
  p.read();
  const [falseResult, falseDiags] = parseExpression(p);
  diags.push(...falseDiags);
  if (p.recovery && hasErrors(falseDiags)) return [cond, diags];
  return [{ kind: "conditional", condition: cond, trueResult, falseResult, range: rangeBetween(startRange2, falseResult.range) }, diags];
}
function parseBinaryOps(p, level) {
  if (level === binaryLevels.length) return parseExpressionWithTraversals(p);
  const ops = binaryLevels[level];
  const first = parseBinaryOps(p, level + 1);
  if (p.recovery && hasErrors(first[1])) return first;
  if (ops[p.peek().type] === void 0) return first;
  let [lhs] = first;
  const diags = [...first[1]];
  for (; ; ) {
    const op = ops[p.peek().type];
    if (op === void 0) break;
    p.read();
    const [rhs, rhsDiags] = parseBinaryOps(p, level + 1);
    diags.push(...rhsDiags);
    if (p.recovery && hasErrors(rhsDiags)) return [lhs, diags];
    lhs = { kind: "binaryOp", op, lhs, rhs, range: rangeBetween(lhs.range, rhs.range) };
  }
  return [lhs, diags];
}
function parseExpressionWithTraversals(p) {
  const first = parseExpressionTerm(p);
  const next = p.peek().type;
  if (next !== "Dot" && next !== "OBrack") return first;
  const [ret, more] = parseExpressionTraversals(p, first[0]);
  return [ret, [...first[1], ...more]];
}
var growing = /* @__PURE__ */ new WeakSet();
function appendStep(expr, step) {
  if ((expr.kind === "scopeTraversal" || expr.kind === "relativeTraversal") && growing.has(expr)) {
    expr.steps.push(step);
    expr.range = rangeBetween(expr.range, step.range);
    return expr;
  }
  const grown = expr.kind === "scopeTraversal" || expr.kind === "relativeTraversal" ? { ...expr, steps: [...expr.steps, step], range: rangeBetween(expr.range, step.range) } : { kind: "relativeTraversal", source: expr, steps: [step], range: rangeBetween(expr.range, step.range) };
  growing.add(grown);
  return grown;
}
function numberLitValue(tok) {
  const n = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(tok.text) ? parseNumberValue(tok.text) : void 0;
  if (n !== void 0) return [n, []];
  return [V.unknown({ kind: "number" }), [error("Invalid number literal", "Failed to recognize the value of this number literal.", tok.range)]];
}
function numberLiteral(tok) {
  const [n, diags] = numberLitValue(tok);
  return [{ kind: "literal", value: n, range: tok.range }, diags];
}
function legacyIndexStep(p, dot, num2, diags, inSplat, subject) {
  const range2 = rangeBetween(dot.range, num2.range);
  const dotAt = num2.text.indexOf(".");
  if (dotAt >= 0) {
    const [first, second] = [num2.text.slice(0, dotAt), num2.text.slice(dotAt + 1)];
    const how = inSplat ? "proper index syntax with a full splat expression [*] instead" : "proper index syntax instead";
    diags.push(
      error(
        "Invalid legacy index syntax",
        `When using the legacy index syntax, chaining two indexes together is not permitted. Use the ${how}, like [${first}][${second}].`,
        subject
      )
    );
    return { kind: "index", key: V.unknown(), range: range2 };
  }
  const [n, numDiags] = numberLitValue(num2);
  diags.push(...numDiags);
  return { kind: "index", key: n, range: range2 };
}
function parseExpressionTraversals(p, from) {
  const diags = [];
  let ret = from;
  for (; ; ) {
    const next = p.peek();
    if (next.type === "Dot") {
      const dot = p.read();
      const attrTok = p.peek();
      if (attrTok.type === "Ident") {
        p.read();
        ret = appendStep(ret, { kind: "attr", name: attrTok.text, range: rangeBetween(dot.range, attrTok.range) });
      } else if (attrTok.type === "NumberLit") {
        p.read();
        ret = appendStep(ret, legacyIndexStep(p, dot, attrTok, diags, false, attrTok.range));
      } else if (attrTok.type === "Star") {
        ret = parseAttrSplat(p, ret, from, dot, diags);
      } else {
        diags.push(error("Invalid attribute name", "An attribute name is required after a dot.", attrTok.range));
        ret = placeholder2(rangeBetween(from.range, dot.range));
        p.recovery = true;
      }
    } else if (next.type === "OBrack") {
      const open2 = p.read();
      if (p.peek().type === "Star") {
        p.read();
        let close = p.read();
        if (close.type !== "CBrack" && !p.recovery) {
          close = p.recover("CBrack");
          diags.push(
            error(
              "Missing close bracket on splat index",
              'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
              close.range
            )
          );
        }
        const item = { kind: "anonSymbol", range: rangeBetween(open2.range, close.range) };
        const [each2, eachDiags] = parseExpressionTraversals(p, item);
        diags.push(...eachDiags);
        ret = {
          kind: "splat",
          source: ret,
          each: each2,
          item,
          markerRange: item.range,
          range: rangeBetween(from.range, each2.range)
        };
      } else {
        p.pushNewlines(false);
        const [key2, keyDiags] = parseExpression(p);
        diags.push(...keyDiags);
        let close;
        if (p.recovery && hasErrors(keyDiags)) close = p.recover("CBrack");
        else {
          close = p.read();
          if (close.type !== "CBrack" && !p.recovery) {
            close = p.recover("CBrack");
            diags.push(error("Missing close bracket on index", 'The index operator must end with a closing bracket ("]").', close.range));
          }
        }
        p.popNewlines();
        const bracketRange = rangeBetween(open2.range, close.range);
        const literalKey = key2.kind === "literal" ? key2 : key2.kind === "template" ? literalTemplate(key2.parts) : void 0;
        if (literalKey) ret = appendStep(ret, { kind: "index", key: literalKey.value, range: bracketRange });
        else ret = { kind: "index", collection: ret, key: key2, openRange: open2.range, bracketRange, range: rangeBetween(from.range, bracketRange) };
      }
    } else break;
  }
  return [ret, diags];
}
function literalTemplate(parts) {
  if (parts.length === 0) return { value: V.string("") };
  if (parts.length !== 1) return void 0;
  const [only] = parts;
  if (only.kind === "literal" && only.value.kind === "string") return { value: only.value };
  return void 0;
}
function parseAttrSplat(p, ret, from, dot, diags) {
  const marker = p.read();
  const steps = [];
  const firstRange = p.nextRange();
  let lastRange = marker.range;
  while (p.peek().type === "Dot") {
    const stepDot = p.read();
    const tok = p.peek();
    if (tok.type === "NumberLit") {
      p.read();
      steps.push(legacyIndexStep(p, stepDot, tok, diags, true, marker.range));
      lastRange = tok.range;
      continue;
    }
    if (tok.type !== "Ident") {
      if (!p.recovery) {
        if (tok.type === "Star") {
          diags.push(
            error("Nested splat expression not allowed", "A splat expression (*) cannot be used inside another attribute-only splat expression.", tok.range)
          );
        } else diags.push(error("Invalid attribute name", "An attribute name is required after a dot.", marker.range));
      }
      p.recovery = true;
      break;
    }
    p.read();
    steps.push({ kind: "attr", name: tok.text, range: rangeBetween(stepDot.range, tok.range) });
    lastRange = tok.range;
  }
  const item = { kind: "anonSymbol", range: rangeBetween(dot.range, marker.range) };
  const each2 = steps.length === 0 ? item : { kind: "relativeTraversal", source: item, steps, range: rangeBetween(firstRange, lastRange) };
  return { kind: "splat", source: ret, each: each2, item, markerRange: item.range, range: rangeBetween(from.range, lastRange) };
}
function parseExpressionTerm(p) {
  const start = p.peek();
  switch (start.type) {
    case "OParen": {
      const oParen = p.read();
      p.pushNewlines(false);
      const [expr, diags] = parseExpression(p);
      if (hasErrors(diags)) {
        p.recover("CParen");
        p.popNewlines();
        return [expr, diags];
      }
      const close = p.peek();
      if (close.type !== "CParen") {
        diags.push(error("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.", close.range));
        p.recovery = true;
      }
      const cParen = p.read();
      p.popNewlines();
      return [{ kind: "parentheses", expr, range: rangeBetween(oParen.range, cParen.range) }, diags];
    }
    case "NumberLit":
      return numberLiteral(p.read());
    case "Ident": {
      const tok = p.read();
      const after = p.peek().type;
      if (after === "OParen" || after === "DoubleColon") return finishParsingFunctionCall(p, tok);
      if (tok.text === "true" || tok.text === "false") {
        return [{ kind: "literal", value: V.bool(tok.text === "true"), range: tok.range }, []];
      }
      if (tok.text === "null") return [{ kind: "literal", value: V.null(), range: tok.range }, []];
      return [{ kind: "scopeTraversal", root: tok.text, rootRange: tok.range, steps: [], range: tok.range }, []];
    }
    case "OQuote":
    case "OHeredoc": {
      const open2 = p.read();
      const closer = open2.type === "OQuote" ? "CQuote" : "CHeredoc";
      const flush = open2.type === "OHeredoc" && open2.text.startsWith("<<-");
      const { parts, passthru, diags } = parseTemplateInner(p, closer, flush);
      const range2 = rangeBetween(open2.range, p.prevRange());
      if (passthru) return [{ kind: "templateWrap", wrapped: parts[0], range: range2 }, diags];
      return [{ kind: "template", parts, range: range2 }, diags];
    }
    case "Minus":
    case "Bang": {
      const tok = p.read();
      const [operand, diags] = parseExpressionWithTraversals(p);
      const op = tok.type === "Minus" ? "-" : "!";
      return [{ kind: "unaryOp", op, operand, symbolRange: tok.range, range: rangeBetween(tok.range, operand.range) }, diags];
    }
    case "OBrack":
      return parseTupleCons(p);
    case "OBrace":
      return parseObjectCons(p);
    default: {
      const diags = [];
      if (!p.recovery) {
        diags.push(
          start.type === "EOF" ? error("Missing expression", "Expected the start of an expression, but found the end of the file.", start.range) : error("Invalid expression", "Expected the start of an expression, but found an invalid expression token.", start.range)
        );
      }
      p.recovery = true;
      return [placeholder2(start.range), diags];
    }
  }
}
function finishParsingFunctionCall(p, name) {
  const diags = [];
  let openTok = p.read();
  let nameStr = name.text;
  let nameEnd = name.range;
  while (openTok.type === "DoubleColon") {
    const nextName = p.read();
    if (nextName.type !== "Ident") {
      diags.push(error("Missing function name", "Function scope resolution symbol :: must be followed by a function name in this scope.", nextName.range));
      p.recoverOver("OParen");
      return [placeholder2(rangeBetween(name.range, nextName.range)), diags];
    }
    nameStr = `${nameStr}::${nextName.text}`;
    nameEnd = nextName.range;
    openTok = p.read();
  }
  const nameRange = rangeBetween(name.range, nameEnd);
  if (openTok.type !== "OParen") {
    diags.push(error("Missing open parenthesis", "Function selector must be followed by an open parenthesis to begin the function call.", openTok.range));
    p.recoverOver("OParen");
    return [placeholder2(rangeBetween(name.range, openTok.range)), diags];
  }
  const args = [];
  let expandFinal = false;
  let closeTok;
  p.pushNewlines(false);
  for (; ; ) {
    if (p.peek().type === "CParen") {
      closeTok = p.read();
      break;
    }
    const [arg, argDiags] = parseExpression(p);
    args.push(arg);
    diags.push(...argDiags);
    if (p.recovery && hasErrors(argDiags)) {
      const recovered = p.recover("CParen");
      if (recovered.type === "CParen") closeTok = recovered;
      break;
    }
    const sep3 = p.read();
    if (sep3.type === "CParen") {
      closeTok = sep3;
      break;
    }
    if (sep3.type === "Ellipsis") {
      expandFinal = true;
      if (p.peek().type !== "CParen") {
        if (!p.recovery) {
          diags.push(
            error("Missing closing parenthesis", "An expanded function argument (with ...) must be immediately followed by closing parentheses.", sep3.range)
          );
        }
        closeTok = p.recover("CParen");
      } else closeTok = p.read();
      break;
    }
    if (sep3.type !== "Comma") {
      if (sep3.type === "EOF") {
        diags.push(
          error(
            "Unterminated function call",
            "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
            rangeBetween(name.range, openTok.range)
          )
        );
      } else {
        diags.push(error("Missing argument separator", "A comma is required to separate each function argument from the next.", sep3.range));
      }
      closeTok = p.recover("CParen");
      break;
    }
    if (p.peek().type === "CParen") {
      closeTok = p.read();
      break;
    }
  }
  p.popNewlines();
  const closeRange = closeTok?.range ?? p.prevRange();
  return [
    {
      kind: "functionCall",
      name: nameStr,
      nameRange,
      args,
      expandFinal,
      openParenRange: openTok.range,
      closeParenRange: closeRange,
      range: rangeBetween(name.range, closeRange)
    },
    diags
  ];
}
function parseTupleCons(p) {
  const open2 = p.read();
  p.pushNewlines(false);
  try {
    if (isKeyword(p.peek(), "for")) return finishParsingForExpr(p, open2);
    const diags = [];
    const items2 = [];
    let close;
    for (; ; ) {
      if (p.peek().type === "CBrack") {
        close = p.read();
        break;
      }
      const [expr, exprDiags] = parseExpression(p);
      items2.push(expr);
      diags.push(...exprDiags);
      if (p.recovery && hasErrors(exprDiags)) {
        close = p.recover("CBrack");
        break;
      }
      const next = p.peek();
      if (next.type === "CBrack") {
        close = p.read();
        break;
      }
      if (next.type !== "Comma") {
        if (!p.recovery) {
          diags.push(
            next.type === "EOF" ? error(
              "Unterminated tuple constructor expression",
              "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
              open2.range
            ) : error("Missing item separator", "Expected a comma to mark the beginning of the next item.", next.range)
          );
        }
        close = p.recover("CBrack");
        break;
      }
      p.read();
    }
    return [{ kind: "tuple", items: items2, openRange: open2.range, range: rangeBetween(open2.range, close.range) }, diags];
  } finally {
    p.popNewlines();
  }
}
var unterminatedObject = "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.";
function parseObjectCons(p) {
  const open2 = p.read();
  p.pushNewlines(false);
  const isFor = isKeyword(p.peek(), "for");
  p.popNewlines();
  if (isFor) return finishParsingForExpr(p, open2);
  p.pushNewlines(true);
  const diags = [];
  const items2 = [];
  let close;
  for (; ; ) {
    const next = p.peek();
    if (next.type === "Newline") {
      p.read();
      continue;
    }
    if (next.type === "CBrace") {
      close = p.read();
      break;
    }
    const forceNonLiteral = next.type === "OParen";
    const [keyExpr, keyDiags] = parseExpression(p);
    diags.push(...keyDiags);
    if (p.recovery && hasErrors(keyDiags)) {
      close = p.recover("CBrace");
      break;
    }
    const key2 = { kind: "objectKey", wrapped: keyExpr, forceNonLiteral, range: keyExpr.range };
    const sep3 = p.peek();
    if (sep3.type !== "Equal" && sep3.type !== "Colon") {
      if (!p.recovery) {
        switch (sep3.type) {
          case "Newline":
          case "Comma":
            diags.push(error("Missing attribute value", 'Expected an attribute value, introduced by an equals sign ("=").', sep3.range));
            break;
          case "Ident":
            diags.push(
              error(
                "Missing key/value separator",
                'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
                sep3.range
              )
            );
            break;
          case "EOF":
            diags.push(error("Unterminated object constructor expression", unterminatedObject, open2.range));
            break;
          default:
            diags.push(error("Missing key/value separator", 'Expected an equals sign ("=") to mark the beginning of the attribute value.', sep3.range));
        }
      }
      close = p.recover("CBrace");
      break;
    }
    p.read();
    const [value, valueDiags] = parseExpression(p);
    diags.push(...valueDiags);
    if (p.recovery && hasErrors(valueDiags)) {
      close = p.recover("CBrace");
      break;
    }
    items2.push({ key: key2, value });
    const after = p.peek();
    if (after.type === "CBrace") {
      close = p.read();
      break;
    }
    if (after.type !== "Comma" && after.type !== "Newline") {
      if (!p.recovery) {
        diags.push(
          after.type === "EOF" ? error("Unterminated object constructor expression", unterminatedObject, open2.range) : error("Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.", after.range)
        );
      }
      close = p.recover("CBrace");
      break;
    }
    p.read();
  }
  p.popNewlines();
  return [{ kind: "object", items: items2, openRange: open2.range, range: rangeBetween(open2.range, close.range) }, diags];
}
function finishParsingForExpr(p, open2) {
  p.pushNewlines(false);
  try {
    return parseForBody(p, open2);
  } finally {
    p.popNewlines();
  }
}
function parseForBody(p, open2) {
  p.read();
  const makeObj = open2.type === "OBrace";
  const closeType = makeObj ? "CBrace" : "CBrack";
  const diags = [];
  const fail4 = (detail) => {
    if (detail !== void 0 && !p.recovery) diags.push(error("Invalid 'for' expression", detail, p.peek().range));
    const close2 = p.recover(closeType);
    return [placeholder2(rangeBetween(open2.range, close2.range)), diags];
  };
  if (p.peek().type !== "Ident") return fail4("For expression requires variable name after 'for'.");
  let valVar = p.read().text;
  let keyVar;
  if (p.peek().type === "Comma") {
    keyVar = valVar;
    p.read();
    if (p.peek().type !== "Ident") return fail4("For expression requires value variable name after comma.");
    valVar = p.read().text;
  }
  if (!isKeyword(p.peek(), "in")) return fail4("For expression requires the 'in' keyword after its name declarations.");
  p.read();
  const [collection2, collDiags] = parseExpression(p);
  diags.push(...collDiags);
  if (p.recovery && hasErrors(collDiags)) return fail4(void 0);
  if (p.peek().type !== "Colon") return fail4("For expression requires a colon after the collection expression.");
  p.read();
  let keyExpr;
  let keyDiags = [];
  let [valueExpr, valDiags] = parseExpression(p);
  if (p.peek().type === "FatArrow") {
    p.read();
    keyExpr = valueExpr;
    keyDiags = valDiags;
    [valueExpr, valDiags] = parseExpression(p);
  }
  diags.push(...keyDiags, ...valDiags);
  if (p.recovery && (hasErrors(keyDiags) || hasErrors(valDiags))) return fail4(void 0);
  let ellipsis;
  if (p.peek().type === "Ellipsis") ellipsis = p.read();
  let condition2;
  if (isKeyword(p.peek(), "if")) {
    p.read();
    const [cond, condDiags] = parseExpression(p);
    condition2 = cond;
    diags.push(...condDiags);
    if (p.recovery && hasErrors(condDiags)) return fail4(void 0);
  }
  let close;
  if (p.peek().type === closeType) close = p.read();
  else {
    if (!p.recovery) diags.push(error("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", p.peek().range));
    close = p.recover(closeType);
  }
  if (!makeObj) {
    if (keyExpr) diags.push(error("Invalid 'for' expression", "Key expression is not valid when building a tuple.", keyExpr.range));
    if (ellipsis) {
      diags.push(error("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.", ellipsis.range));
    }
  } else if (!keyExpr) {
    diags.push(error("Invalid 'for' expression", "Key expression is required when building an object.", valueExpr.range));
  }
  const forExpr = {
    kind: "for",
    keyVar,
    valVar,
    collection: collection2,
    keyExpr,
    valueExpr,
    condition: condition2,
    group: ellipsis !== void 0,
    openRange: open2.range,
    closeRange: close.range,
    range: rangeBetween(open2.range, close.range)
  };
  return [forExpr, diags];
}

// src/hcl/syntax/parser.ts
var argumentRequired = "An argument or block definition is required here.";
var argumentRequiredUseEquals = `${argumentRequired} To set an argument, use the equals sign "=" to introduce the argument value.`;
var unclosedBlock = "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.";
function rangeString(r) {
  const end = r.start.line === r.end.line ? `${r.end.column}` : `${r.end.line},${r.end.column}`;
  return `${r.file}:${r.start.line},${r.start.column}-${end}`;
}
function parseBody(p, end) {
  const items2 = [];
  const attrs2 = /* @__PURE__ */ new Map();
  const diags = [];
  const startRange2 = p.prevRange();
  let endRange;
  for (; ; ) {
    const next = p.peek();
    if (next.type === end) {
      endRange = p.nextRange();
      p.read();
      break;
    }
    if (next.type === "Newline") {
      p.read();
      continue;
    }
    if (next.type === "Ident") {
      if (end === "EOF") p.recovery = false;
      const [item, itemDiags] = parseBodyItem(p);
      diags.push(...itemDiags);
      if (item?.kind === "block") items2.push(item);
      else if (item?.kind === "attribute") {
        const existing = attrs2.get(item.name);
        if (existing) {
          diags.push(
            error(
              "Attribute redefined",
              `The argument ${JSON.stringify(item.name)} was already set at ${rangeString(existing.nameRange)}. Each argument may be set only once.`,
              item.nameRange
            )
          );
        } else {
          attrs2.set(item.name, item);
          items2.push(item);
        }
      }
      continue;
    }
    const bad = p.read();
    if (!p.recovery) {
      if (bad.type === "OQuote") diags.push(error("Invalid argument name", "Argument names must not be quoted.", bad.range));
      else if (bad.type === "EOF") {
        diags.push(
          end === "CBrace" ? error("Unclosed configuration block", unclosedBlock, startRange2) : error("Unclosed configuration body", "Found end of file before the end of this configuration body.", startRange2)
        );
      } else diags.push(error("Argument or block definition required", argumentRequired, bad.range));
    }
    endRange = p.prevRange();
    if (end === "EOF" && bad.type !== "EOF") {
      p.recoverAfterBodyItem();
      continue;
    }
    p.recover(end);
    break;
  }
  return [{ items: items2, range: rangeBetween(startRange2, endRange) }, diags];
}
function parseBodyItem(p) {
  const ident = p.read();
  const next = p.peek();
  if (next.type === "Equal") return finishParsingBodyAttribute(p, ident, false);
  if (next.type === "OQuote" || next.type === "OBrace" || next.type === "Ident") return finishParsingBodyBlock(p, ident);
  p.recoverAfterBodyItem();
  return [void 0, [error("Argument or block definition required", argumentRequiredUseEquals, ident.range)]];
}
function parseSingleAttrBody(p) {
  const ident = p.read();
  if (ident.type !== "Ident") {
    p.recoverAfterBodyItem();
    return [void 0, [error("Argument or block definition required", argumentRequired, ident.range)]];
  }
  const next = p.peek();
  if (next.type === "Equal") {
    const [attr2, diags] = finishParsingBodyAttribute(p, ident, true);
    return [{ items: [attr2], range: attr2.range }, diags];
  }
  p.recoverAfterBodyItem();
  if (next.type === "OQuote" || next.type === "OBrace" || next.type === "Ident") {
    return [
      void 0,
      [
        error(
          "Argument definition required",
          `A single-line block definition can contain only a single argument. If you meant to define argument ${JSON.stringify(ident.text)}, use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
          rangeBetween(ident.range, next.range)
        )
      ]
    ];
  }
  return [void 0, [error("Argument or block definition required", argumentRequiredUseEquals, ident.range)]];
}
function finishParsingBodyAttribute(p, ident, singleLine) {
  p.read();
  let endRange;
  const [expr, diags] = parseExpression(p);
  if (p.recovery && hasErrors(diags)) {
    endRange = p.prevRange();
    p.recoverAfterBodyItem();
  } else {
    endRange = p.prevRange();
    if (!singleLine) {
      const end = p.peek();
      if (end.type !== "Newline" && end.type !== "EOF") {
        if (!p.recovery) {
          diags.push(
            end.type === "Comma" ? error(
              "Unexpected comma after argument",
              "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.",
              end.range
            ) : error("Missing newline after argument", "An argument definition must end with a newline.", end.range)
          );
        }
        endRange = p.prevRange();
        p.recoverAfterBodyItem();
      } else p.read();
    }
  }
  const attr2 = { kind: "attribute", name: ident.text, nameRange: ident.range, expr, range: rangeBetween(ident.range, endRange) };
  return [attr2, diags];
}
function parseQuotedLabel(p) {
  const oQuote = p.read();
  const diags = [];
  let value = "";
  let endRange;
  for (; ; ) {
    const tok = p.read();
    if (tok.type === "CQuote") {
      endRange = tok.range;
      break;
    }
    if (tok.type === "QuotedLit") {
      const decoded = decodeStringLiteral(tok.text, true, tok.range);
      diags.push(...decoded.diags);
      value += decoded.value;
      continue;
    }
    if (tok.type === "TemplateInterp" || tok.type === "TemplateControl") {
      const which = tok.type === "TemplateControl" ? "%" : "$";
      diags.push(
        error(
          "Invalid string literal",
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
          tok.range
        )
      );
      value += `${which}{ ... }`;
      p.recover("TemplateSeqEnd");
      continue;
    }
    if (tok.type === "EOF") {
      diags.push(error("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.", tok.range));
      endRange = tok.range;
      break;
    }
    diags.push(error("Invalid string literal", "This item is not valid in a string literal.", tok.range));
    p.recover("CQuote");
    endRange = tok.range;
    break;
  }
  return [value, rangeBetween(oQuote.range, endRange), diags];
}
function finishParsingBodyBlock(p, ident) {
  const diags = [];
  const labels = [];
  const labelRanges = [];
  let oBrace;
  while (!oBrace) {
    const tok = p.peek();
    if (tok.type === "OBrace") oBrace = p.read();
    else if (tok.type === "OQuote") {
      const [label2, labelRange, labelDiags] = parseQuotedLabel(p);
      diags.push(...labelDiags);
      labels.push(label2);
      labelRanges.push(labelRange);
    } else if (tok.type === "Ident") {
      p.read();
      labels.push(tok.text);
      labelRanges.push(tok.range);
    } else {
      if (tok.type === "Equal") {
        diags.push(
          error("Invalid block definition", 'The equals sign "=" indicates an argument definition, and must not be used when defining a block.', tok.range)
        );
      } else if (tok.type === "Newline") {
        diags.push(
          error(
            "Invalid block definition",
            'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
            tok.range
          )
        );
      } else if (!p.recovery) {
        diags.push(error("Invalid block definition", 'Either a quoted string block label or an opening brace ("{") is expected here.', tok.range));
      }
      p.recoverAfterBodyItem();
      const body2 = { items: [], range: ident.range };
      return [{ kind: "block", type: ident.text, typeRange: ident.range, labels, labelRanges, body: body2, range: ident.range, openBraceRange: ident.range }, diags];
    }
  }
  let body;
  let bodyDiags;
  const first = p.peek().type;
  if (first === "Newline" || first === "EOF" || first === "CBrace") {
    [body, bodyDiags] = parseBody(p, "CBrace");
  } else {
    [body, bodyDiags] = parseSingleAttrBody(p);
    const after = p.peek();
    if (after.type === "CBrace") p.read();
    else {
      if (after.type === "Comma") {
        diags.push(
          error(
            "Invalid single-argument block definition",
            "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
            after.range
          )
        );
      } else if (after.type === "Newline") {
        diags.push(
          error(
            "Invalid single-argument block definition",
            "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
            after.range
          )
        );
      } else if (!p.recovery) {
        diags.push(
          after.type === "EOF" ? error("Unclosed configuration block", unclosedBlock, oBrace.range) : error(
            "Invalid single-argument block definition",
            "A single-line block definition must end with a closing brace immediately after its single argument definition.",
            after.range
          )
        );
      }
      p.recover("CBrace");
    }
  }
  diags.push(...bodyDiags);
  const cBraceRange = p.prevRange();
  const eol = p.peek();
  if (eol.type === "Newline" || eol.type === "EOF") p.read();
  else {
    if (!p.recovery) diags.push(error("Missing newline after block definition", "A block definition must end with a newline.", eol.range));
    p.recoverAfterBodyItem();
  }
  return [
    {
      kind: "block",
      type: ident.text,
      typeRange: ident.range,
      labels,
      labelRanges,
      body: body ?? { items: [], range: rangeBetween(oBrace.range, cBraceRange) },
      range: rangeBetween(ident.range, cBraceRange),
      openBraceRange: oBrace.range
    },
    diags
  ];
}
function fileStart(filename) {
  const start = { line: 1, column: 1, offset: 0 };
  return { file: filename, start, end: start };
}
function tooDeep(filename, e) {
  if (!(e instanceof RangeError)) throw e;
  return error(
    "Configuration too deeply nested",
    "The brackets, braces or templates in this file nest too deeply to be parsed.",
    exhaustedAt.get(e) ?? fileStart(filename)
  );
}
function parseFile(text2, filename) {
  try {
    return parseFileUnguarded(text2, filename);
  } catch (e) {
    return { file: { name: filename, text: text2, body: { items: [], range: fileStart(filename) } }, diagnostics: [tooDeep(filename, e)] };
  }
}
function parseFileUnguarded(text2, filename) {
  const tokens = scanTokens(text2, filename);
  const diagnostics = checkInvalidTokens(tokens);
  const p = new ParserState(tokens);
  const [body, bodyDiags] = parseBody(p, "EOF");
  diagnostics.push(...bodyDiags);
  return { file: { name: filename, text: text2, body }, diagnostics };
}
function parseExpressionText(text2, filename, origin) {
  try {
    return parseExpressionUnguarded(text2, filename, origin);
  } catch (e) {
    return { expr: { kind: "literal", value: V.unknown(), range: fileStart(filename) }, diagnostics: [tooDeep(filename, e)] };
  }
}
function parseExpressionUnguarded(text2, filename, origin) {
  const tokens = scanTokens(text2, filename, "normal", origin);
  const diagnostics = checkInvalidTokens(tokens);
  const p = new ParserState(tokens);
  p.pushNewlines(false);
  const [expr, diags] = parseExpression(p);
  diagnostics.push(...diags);
  const next = p.peek();
  if (next.type !== "EOF" && !p.recovery) {
    diagnostics.push(
      error("Extra characters after expression", "An expression was successfully parsed, but extra characters were found after it.", next.range)
    );
  }
  p.popNewlines();
  return { expr, diagnostics };
}
function parseTemplateText(text2, filename, origin) {
  try {
    return parseTemplateUnguarded(text2, filename, origin);
  } catch (e) {
    return { expr: { kind: "literal", value: V.unknown(), range: fileStart(filename) }, diagnostics: [tooDeep(filename, e)] };
  }
}
function parseTemplateUnguarded(text2, filename, origin) {
  const tokens = scanTokens(text2, filename, "template", origin);
  const diagnostics = checkInvalidTokens(tokens);
  const p = new ParserState(tokens);
  const inner = parseTemplateInner(p, "EOF", false);
  diagnostics.push(...inner.diags);
  const expr = inner.passthru ? { kind: "templateWrap", wrapped: inner.parts[0], range: inner.range } : { kind: "template", parts: inner.parts, range: inner.range };
  return { expr, diagnostics };
}

// src/config/variables.ts
function parseRawValue(raw, decl, origin) {
  const k = decl.type.kind;
  if (k === "string" || k === "number" || k === "dynamic") return { value: V.string(raw), diagnostics: [] };
  const parsed = parseExpressionText(raw, `<value for var.${decl.name} from ${origin}>`);
  const r = parsed.diagnostics.length > 0 ? parsed : evaluate(parsed.expr, { variables: {} });
  if (r.diagnostics.length === 0 && "value" in r) return r;
  const why = r.diagnostics[0];
  return {
    value: V.null(),
    diagnostics: [
      error(
        "Invalid value for variable",
        `The value ${decl.sensitive ? "" : `${JSON.stringify(raw)} `}given for variable "${decl.name}" by ${origin} is not a valid ${typeName(decl.type)}: ${why.summary}${why.detail ? `: ${why.detail}` : ""}`
      )
    ]
  };
}
function leafStrings(v) {
  switch (v.kind) {
    case "string":
      return v.value === "" ? [] : [v.value];
    case "number":
      return [numberToString(v)];
    case "bool":
      return [String(v.value)];
    case "list":
    case "set":
    case "tuple":
      return v.items.flatMap(leafStrings);
    case "map":
    case "object":
      return Object.values(v.attrs).flatMap(leafStrings);
    default:
      return [];
  }
}
function resolveVariables(decls, inputs, onSensitive, functions = {}, lenient = false) {
  const diags = [];
  const chosen = /* @__PURE__ */ new Map();
  const masked = /* @__PURE__ */ new Set();
  const mask = (s) => {
    if (masked.has(s) || !onSensitive) return;
    masked.add(s);
    onSensitive(s);
  };
  for (const [name, decl] of decls) {
    if (decl.default !== void 0) chosen.set(name, { value: decl.default, origin: "default" });
  }
  const offer = (name, c) => {
    if (decls.get(name)?.sensitive) leafStrings(c.value).forEach(mask);
    chosen.set(name, c);
  };
  for (const [key2, raw] of Object.entries(inputs.env)) {
    if (!key2.startsWith("PKR_VAR_") || raw === void 0) continue;
    const decl = decls.get(key2.slice("PKR_VAR_".length));
    if (!decl) continue;
    if (decl.sensitive) mask(raw);
    const r = parseRawValue(raw, decl, `environment variable ${key2}`);
    diags.push(...r.diagnostics);
    offer(decl.name, { value: r.value, origin: "env" });
  }
  const fromFiles = (files, origin) => {
    for (const file2 of files) {
      for (const item of file2.body.items) {
        if (item.kind === "block") {
          diags.push(error("Unexpected block", `Blocks are not allowed in a variables file. Write "name = value" lines only.`, item.typeRange));
          continue;
        }
        const decl = decls.get(item.name);
        if (!decl) {
          diags.push(
            warning(
              "Undefined variable",
              `A "${item.name}" variable was set but was not declared. Declare it with a variable "${item.name}" {} block in one of your .pkr.hcl files, or remove it.`,
              item.nameRange
            )
          );
          continue;
        }
        const r = evaluate(item.expr, { variables: {} });
        if (r.diagnostics.length > 0) {
          diags.push(
            ...r.diagnostics.map(
              (d) => d.code === "unknown-variable" ? { ...d, summary: "Variables not allowed", detail: "Variables may not be used in a variables file.", code: "variables-not-allowed" } : d
            )
          );
          continue;
        }
        offer(decl.name, { value: r.value, origin, range: item.expr.range });
      }
    }
  };
  fromFiles(inputs.autoVarFiles, "auto");
  fromFiles(inputs.varFiles, "file");
  for (const [name, raw] of inputs.cliVars) {
    const decl = decls.get(name);
    if (!decl) {
      diags.push(
        error(
          "Undefined -var variable",
          `A "${name}" variable was passed in but was not found in known variables. To declare variable "${name}", place this block in one of your .pkr.hcl files, such as variables.pkr.hcl:

variable "${name}" {
  type    = string
  default = null
}`
        )
      );
      continue;
    }
    if (typeof raw !== "string") {
      offer(name, { value: raw, origin: "cli" });
      continue;
    }
    if (decl.sensitive) mask(raw);
    const r = parseRawValue(raw, decl, "-var");
    diags.push(...r.diagnostics);
    offer(name, { value: r.value, origin: "cli" });
  }
  const values = {};
  for (const [name, decl] of decls) {
    const c = chosen.get(name);
    if (!c && lenient) {
      values[name] = V.unknown(decl.type);
      continue;
    }
    if (!c) {
      diags.push(
        error(
          `Unset variable "${name}"`,
          `A used variable must be set or have a default value. Give it one with -var ${name}=\u2026, a PKR_VAR_${name} environment variable, or a var file.`,
          decl.range
        )
      );
      continue;
    }
    let value = c.value;
    if (c.origin !== "default") {
      const conv2 = convert(value, decl.type);
      if ("error" in conv2) {
        diags.push(
          c.origin === "cli" ? error(
            "Invalid argument value for -var variable",
            `The received arg value for ${name} is not compatible with the variable's type constraint: ${conv2.error}.`,
            decl.range
          ) : error(
            "Invalid value for variable",
            `The value for ${name} is not compatible with the variable's type constraint: ${conv2.error}.`,
            c.range ?? decl.range
          )
        );
        continue;
      }
      value = conv2.value;
    }
    if (decl.sensitive) {
      leafStrings(value).filter((s) => !/^(true|false)$/.test(s) && !(s.length < 4 && /^-?[\d.]+$/.test(s))).forEach(mask);
      value = markSensitive(value);
    }
    if (!lenient) diags.push(...validate(decl, value, functions));
    values[name] = value;
  }
  return { values, diagnostics: diags };
}
function validate(decl, value, functions) {
  const diags = [];
  const ctx = { variables: { var: V.object({ [decl.name]: value }) }, functions };
  for (const v of decl.validations) {
    const cond = evaluate(v.condition, ctx);
    if (cond.diagnostics.length > 0) {
      diags.push(...cond.diagnostics);
      continue;
    }
    if (cond.value.kind === "bool" && cond.value.value) continue;
    if (cond.value.kind !== "bool") {
      diags.push(error("Invalid validation condition", "The condition must be a bool: true for a valid value, false for an invalid one.", v.condition.range));
      continue;
    }
    diags.push(
      error(
        "Invalid value for variable",
        `${v.errorMessage}

This was checked by the validation rule at ${v.range.file}:${v.range.start.line},${v.range.start.column}.`,
        v.range
      )
    );
  }
  return diags;
}

// src/docker/base-layers.ts
var GZIP_LAYERS = ["application/vnd.docker.image.rootfs.diff.tar.gzip", "application/vnd.oci.image.layer.v1.tar+gzip"];
function layersOf(m, baseId, diffIds) {
  if (m.config?.digest !== baseId || !m.layers || m.layers.length !== diffIds.length) return void 0;
  const out = /* @__PURE__ */ new Map();
  for (const [i, l] of m.layers.entries()) {
    if (typeof l.mediaType !== "string" || !GZIP_LAYERS.includes(l.mediaType) || typeof l.digest !== "string" || typeof l.size !== "number") return void 0;
    out.set(diffIds[i], { digest: l.digest, size: l.size });
  }
  return out;
}
async function baseLayers(driver, baseId, host2, query) {
  const base = await driver.inspectImage(baseId).catch(() => void 0);
  if (!base?.layers) return void 0;
  for (const ref of base.repoDigests) {
    const at2 = ref.lastIndexOf("@");
    const repository = ref.slice(0, at2);
    if (at2 < 0 || registryPath(repository).host !== host2) continue;
    try {
      const q = await query(repository);
      const top = await getManifest(repository, ref.slice(at2 + 1), q);
      const doc = JSON.parse(top.body.toString("utf8"));
      const direct = IMAGE_MANIFEST_TYPES.includes(top.mediaType) ? layersOf(doc, baseId, base.layers) : void 0;
      if (direct) return { repository, layers: direct };
      for (const entry of doc.manifests ?? []) {
        if (typeof entry.digest !== "string") continue;
        const m = await getManifest(repository, entry.digest, q);
        const layers = layersOf(JSON.parse(m.body.toString("utf8")), baseId, base.layers);
        if (layers) return { repository, layers };
      }
    } catch {
    }
  }
  return void 0;
}

// src/docker/image-push.ts
import { createHash } from "node:crypto";
import { createReadStream as createReadStream2, createWriteStream as createWriteStream2 } from "node:fs";
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import path4 from "node:path";
import { Readable as Readable2, Transform as Transform2 } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

// src/docker/registry-session.ts
var UPLOAD_TIMEOUT_MS = 30 * 6e4;
var RegistrySession = class _RegistrySession {
  #q;
  #ep;
  #scopes;
  #authorization;
  host;
  name;
  constructor(host2, name, ep, q, scopes) {
    this.host = host2;
    this.name = name;
    this.#ep = ep;
    this.#q = q;
    this.#scopes = scopes;
  }
  /** `repository` is pushed to; `mountFrom` are repositories of the same registry blobs may be mounted from. */
  static async open(repository, q, mountFrom = []) {
    const { host: host2, name } = registryPath(repository);
    const all = endpoints(host2, q.certsDir ?? "/etc/docker/certs.d");
    if (all.length === 0) throw new RegistryRequestError(`${host2}: client certificates in certs.d are not supported for pushes by digest`);
    const scopes = mountFrom.map((r) => `repository:${registryPath(r).name}:pull`);
    let last;
    for (const ep of all) {
      const signal = _RegistrySession.signal(q, false);
      try {
        const answer = await send(new URL(`${ep.base}/v2/`), "GET", {}, ep, signal);
        if (answer.status === 400 && ep.base.startsWith("http:")) throw new Error("plain HTTP refused");
        const session = new _RegistrySession(host2, name, ep, q, scopes);
        if (answer.status === 401) await session.authorize(answer, signal);
        return session;
      } catch (e) {
        if (e instanceof RegistryRequestError) throw e;
        last = e;
        if (q.signal?.aborted) break;
      }
    }
    throw new RegistryRequestError(`${host2} could not be reached: ${last instanceof Error ? last.message : String(last)}`, !q.signal?.aborted);
  }
  static signal(q, long) {
    return deadline(q, long ? UPLOAD_TIMEOUT_MS : q.timeoutMs ?? 3e4);
  }
  async authorize(answer, signal) {
    this.#authorization = await answerChallenge(answer.headers["www-authenticate"], this.name, this.#q, this.#ep, signal, "pull,push", this.#scopes);
    if (!this.#authorization) this.refused();
  }
  refused() {
    throw new RegistryRequestError(`${this.host}/${this.name}: the registry asks for credentials that were not given or not accepted`);
  }
  /** Where a request went, for messages: the path without the query (an upload's state token). */
  where(r) {
    const path10 = /^https?:/.test(r.path) ? new URL(r.path).pathname : `/v2/${this.name}/${r.path}`;
    return `${r.method} ${this.host}${path10}`;
  }
  async request(r) {
    const url = /^https?:/.test(r.path) ? new URL(r.path) : new URL(`${this.#ep.base}/v2/${this.name}/${r.path}`);
    const signal = _RegistrySession.signal(this.#q, r.long === true);
    const go = () => send(url, r.method, { ...r.headers, ...this.#authorization ? { Authorization: this.#authorization } : {} }, this.#ep, signal, r.body?.());
    let answer;
    try {
      answer = await go();
      if (answer.status === 401) {
        await this.authorize(answer, signal);
        answer = await go();
        if (answer.status === 401) this.refused();
      }
    } catch (e) {
      if (e instanceof RegistryRequestError) throw e;
      throw new RegistryRequestError(
        `Pushing to ${this.host}/${this.name}: ${this.where(r)} failed: ${e instanceof Error ? e.message : String(e)}`,
        !this.#q.signal?.aborted
      );
    }
    if ((answer.status < 200 || answer.status >= 300) && !r.accept?.includes(answer.status)) {
      const detail = answer.body.trim().slice(0, 300);
      throw new RegistryRequestError(
        `Pushing to ${this.host}/${this.name}: ${this.where(r)}: HTTP ${answer.status}${detail ? `: ${detail}` : ""}`,
        answer.status >= 500 || answer.status === 429
      );
    }
    return answer;
  }
  /** The blob's size when the repository has it. */
  async blobSize(digest3) {
    const answer = await this.request({ method: "HEAD", path: `blobs/${digest3}`, accept: [404] });
    if (answer.status === 404) return void 0;
    const size = Number(answer.headers["content-length"]);
    return Number.isInteger(size) && size >= 0 ? size : void 0;
  }
  /** Mounts a blob of another repository of the registry; false when the registry would rather have it uploaded. */
  async mount(digest3, from) {
    const fromName = registryPath(from).name;
    const answer = await this.request({
      method: "POST",
      path: `blobs/uploads/?mount=${encodeURIComponent(digest3)}&from=${encodeURIComponent(fromName)}`,
      headers: { "Content-Length": "0" }
    });
    if (answer.status === 201) return true;
    return false;
  }
  /** A monolithic upload: POST for an upload URL, then PUT the bytes with their digest. */
  async upload(digest3, size, body) {
    const started = await this.request({ method: "POST", path: "blobs/uploads/", headers: { "Content-Length": "0" } });
    const location = started.headers.location;
    if (typeof location !== "string" || location === "")
      throw new RegistryRequestError(`Pushing to ${this.host}/${this.name}: the registry started an upload without saying where (no Location)`);
    const url = new URL(location, this.#ep.base);
    url.searchParams.set("digest", digest3);
    await this.request({
      method: "PUT",
      path: url.href,
      headers: { "Content-Type": "application/octet-stream", "Content-Length": String(size) },
      body,
      long: true
    });
  }
  /** PUTs a manifest under `reference`; the digest the registry gives it ('' when it does not say). */
  async putManifest(reference, body, mediaType) {
    const answer = await this.request({
      method: "PUT",
      path: `manifests/${isDigest(reference) ? reference : encodeURIComponent(reference)}`,
      headers: { "Content-Type": mediaType },
      body: () => body
    });
    const digest3 = answer.headers["docker-content-digest"];
    return typeof digest3 === "string" ? digest3 : "";
  }
};

// src/docker/layer-memo.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var MAX_ENTRIES = 2e3;
var LayerMemo = class {
  #file;
  #entries;
  constructor(file2) {
    this.#file = file2;
  }
  #load() {
    if (this.#entries) return this.#entries;
    this.#entries = /* @__PURE__ */ new Map();
    if (!this.#file) return this.#entries;
    try {
      const data = JSON.parse(readFileSync(this.#file, "utf8"));
      for (const [k, e] of Object.entries(data))
        if (typeof e?.digest === "string" && typeof e.size === "number" && typeof e.at === "number")
          this.#entries.set(k, { digest: e.digest, size: e.size, at: e.at, ...typeof e.repository === "string" ? { repository: e.repository } : {} });
    } catch {
    }
    return this.#entries;
  }
  get(diffId) {
    return this.#load().get(diffId);
  }
  set(diffId, blob) {
    const entries2 = this.#load();
    entries2.set(diffId, { ...blob, at: Date.now() });
    if (!this.#file) return;
    const kept = [...entries2].sort((a, b) => b[1].at - a[1].at).slice(0, MAX_ENTRIES);
    try {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      const tmp = `${this.#file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(kept)), { mode: 384 });
      renameSync(tmp, this.#file);
    } catch {
    }
  }
};
function defaultLayerMemoFile(env = process.env) {
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "repack", "layer-digests.json");
}

// src/docker/retry.ts
var PUSH_RETRY = { attempts: 3, delaysMs: [1e3, 2e3] };
var PERMANENT = /unauthori[sz]ed|authentication required|denied|forbidden|manifest (?:invalid|unknown)|blob unknown|name (?:unknown|invalid)|tag does not exist|no such image/i;
var TRANSIENT = /connection refused|connection reset|econnrefused|econnreset|broken pipe|unexpected eof|\beof\b|i\/o timeout|tls handshake timeout|server misbehaving|\b(?:500|502|503|504|429)\b|internal server error|bad gateway|service unavailable|gateway timeout|too many requests/i;
function isTransient(e) {
  if (!(e instanceof DriverError)) return false;
  if (e.code === "daemon-unreachable" || e.code === "cancelled" || e.code === "permission-denied") return false;
  if (e.code === "connection-lost") return true;
  if (e.statusCode !== void 0 && e.statusCode >= 400 && e.statusCode < 500 && e.statusCode !== 429) return false;
  if (PERMANENT.test(e.message)) return false;
  return e.statusCode !== void 0 && e.statusCode >= 500 || TRANSIENT.test(e.message);
}
function wait(ms, signal) {
  return new Promise((resolve22, reject) => {
    if (signal?.aborted) return reject(new DriverError("cancelled", void 0, "cancelled"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DriverError("cancelled", void 0, "cancelled"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve22();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
async function withRetries(work, o) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (!isTransient(e) || o.signal?.aborted) throw e;
      if (attempt >= o.attempts) throw new DriverError(`${e.message} (gave up after ${attempt} attempts)`, e.statusCode);
      const delay = o.delaysMs[Math.min(attempt - 1, o.delaysMs.length - 1)] ?? 0;
      o.onRetry?.(e, attempt, delay);
      await wait(delay, o.signal);
    }
  }
}

// src/docker/tar.ts
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { lstat as lstat2, readdir, readlink } from "node:fs/promises";
import path3 from "node:path";
import { PassThrough, Transform } from "node:stream";

// src/docker/tar-extract.ts
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, link, lstat, mkdir, realpath, rename, rm, symlink, unlink, utimes } from "node:fs/promises";
import path2 from "node:path";
import { Readable } from "node:stream";
import { pipeline as pipelineAsync } from "node:stream/promises";

// src/docker/host-fs-error.ts
function withPath(e, doing, path10) {
  const code = e?.code;
  const text2 = messageOf(e);
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code) || text2.includes(path10)) return e instanceof Error ? e : new Error(text2);
  const description = text2.replace(new RegExp(`^${code}: `), "").replace(/, \w+(?: '.*')?$/, "");
  return Object.assign(new Error(`${description} (${code}) while ${doing} ${path10}`), { code });
}

// src/docker/tar-extract.ts
var PERMISSIONS = 511;
function inside(root, target) {
  return target === root || target.startsWith(root + path2.sep);
}
async function safeTarget(x, name) {
  const target = path2.resolve(x.root, name);
  if (!inside(x.root, target)) throw new DriverError(`refusing to extract "${name}": it points outside ${x.root}`);
  await makeDirectory(x, path2.dirname(target));
  if (!inside(x.root, await realpath(path2.dirname(target)))) {
    throw new DriverError(`refusing to extract "${name}": a symbolic link leads outside ${x.root}`);
  }
  return target;
}
async function makeDirectory(x, dir) {
  const made2 = await mkdir(dir, { recursive: true });
  if (made2 === void 0) return;
  for (let d = dir; inside(made2, d); d = path2.dirname(d)) if (!x.created.has(d)) x.created.set(d, void 0);
}
async function replaceable(target, name) {
  const st = await lstat(target).catch(() => void 0);
  if (st?.isDirectory()) throw new DriverError(`refusing to extract "${name}": it would replace the directory ${target}`);
}
async function extractFile(target, header3, body) {
  await replaceable(target, header3.name);
  const temporary = path2.join(path2.dirname(target), `.${path2.basename(target)}.${randomBytes(6).toString("hex")}.partial`);
  try {
    await pipelineAsync(body, createWriteStream(temporary, { mode: 384, flags: "wx" }));
    await chmod(temporary, (header3.mode ?? 420) & PERMISSIONS);
    if (header3.mtime) await utimes(temporary, header3.mtime, header3.mtime);
    await rename(temporary, target);
  } catch (e) {
    await rm(temporary, { force: true });
    throw withPath(e, "writing", target);
  }
}
function climbsOnlyFirst(linkname) {
  const parts = linkname.split("/").filter((p) => p !== "" && p !== ".");
  const firstName = parts.findIndex((p) => p !== "..");
  return firstName < 0 || !parts.slice(firstName).includes("..");
}
async function extractSymlink(x, target, header3) {
  const linkname = header3.linkname ?? "";
  const resolved = path2.resolve(await realpath(path2.dirname(target)), linkname);
  if (path2.isAbsolute(linkname) || !climbsOnlyFirst(linkname) || !inside(x.scope, resolved) || resolved === target) {
    x.warn(`skipped the symbolic link ${header3.name} -> ${linkname}: it could lead outside the downloaded tree`);
    return;
  }
  await replaceable(target, header3.name);
  await unlink(target).catch(() => void 0);
  await symlink(linkname, target);
}
async function extractEntry(x, header3, body) {
  if (path2.resolve(x.root, header3.name) === x.root) return;
  const target = await safeTarget(x, header3.name);
  switch (header3.type) {
    case "directory": {
      const st = await lstat(target).catch(() => void 0);
      if (st?.isDirectory()) {
        if (x.created.has(target)) x.created.set(target, (header3.mode ?? 493) & PERMISSIONS);
        return;
      }
      if (st?.isSymbolicLink()) await unlink(target);
      else if (st) throw new DriverError(`refusing to extract "${header3.name}": it would replace the file ${target} with a directory`);
      await mkdir(target);
      x.created.set(target, (header3.mode ?? 493) & PERMISSIONS);
      return;
    }
    case "file":
    case "contiguous-file":
      return extractFile(target, header3, body);
    case "symlink":
      return extractSymlink(x, target, header3);
    case "link": {
      const source = await safeTarget(x, header3.linkname ?? "");
      if (!inside(x.scope, source)) throw new DriverError(`refusing to extract "${header3.name}": its hard link leads outside the downloaded tree`);
      await replaceable(target, header3.name);
      await unlink(target).catch(() => void 0);
      await link(source, target);
      return;
    }
    default:
      return;
  }
}
function renamed(name, top) {
  return top + name.replace(/^\.?\/+/, "").replace(/^[^/]*/, "");
}
function withTop(h, top) {
  if (top === void 0) return h;
  return { ...h, name: renamed(h.name, top), ...h.type === "link" && h.linkname ? { linkname: renamed(h.linkname, top) } : {} };
}
async function applyDirectoryModes(x) {
  const dirs = [...x.created].sort((a, b) => b[0].length - a[0].length);
  for (const [dir, mode] of dirs) if (mode !== void 0) await chmod(dir, mode).catch(() => void 0);
}
async function extractTarToHost(stream, destDir, opts = {}) {
  await mkdir(destDir, { recursive: true });
  const root = await realpath(destDir);
  const x = {
    root,
    scope: opts.top === void 0 ? root : path2.resolve(root, opts.top),
    warn: opts.warn ?? (() => void 0),
    created: /* @__PURE__ */ new Map()
  };
  const extract = (await tarStream()).extract();
  const gathered = coalesce(PARSE_CHUNK_BYTES);
  stream.on("error", (e) => gathered.destroy(e));
  gathered.on("error", (e) => extract.destroy(e));
  stream.pipe(gathered).pipe(extract);
  try {
    for await (const entry of extract) {
      const body = Readable.from(entry);
      await extractEntry(x, withTop(entry.header, opts.top), body);
      body.resume();
    }
  } catch (e) {
    extract.destroy();
    gathered.destroy();
    const destroyable = stream;
    destroyable.destroy?.();
    throw e;
  } finally {
    await applyDirectoryModes(x);
  }
}

// src/docker/tar.ts
var loaded;
function tarStream() {
  loaded ??= import("./X47RWSVS.js").then((m) => m.default);
  return loaded;
}
function packed(fill) {
  const out = new PassThrough();
  tarStream().then(
    (t) => {
      if (out.destroyed) return;
      const pack = t.pack();
      pack.on("error", (e) => out.destroy(e));
      out.on("close", () => pack.destroy());
      pack.pipe(out);
      fill(pack).then(
        () => pack.finalize(),
        (e) => pack.destroy(toError(e))
      );
    },
    (e) => out.destroy(toError(e))
  );
  return out;
}
async function addFile(pack, file2, header3) {
  let entry;
  const written = new Promise((resolve22, reject) => {
    entry = pack.entry(header3, (err) => err ? reject(err) : resolve22());
  });
  written.catch(() => void 0);
  if (!entry) throw new Error("tar-stream did not return an entry stream");
  for await (const chunk of createReadStream(file2, { highWaterMark: 1 << 20 })) {
    if (!entry.write(chunk)) await Promise.race([once(entry, "drain"), written]);
  }
  entry.end(null);
  await written;
}
async function addPath(pack, hostPath, name, owner) {
  const st = await lstat2(hostPath);
  const header3 = { name, mode: st.mode & 4095, mtime: st.mtime, uid: owner.uid, gid: owner.gid };
  if (st.isSymbolicLink()) {
    pack.entry({ ...header3, type: "symlink", linkname: await readlink(hostPath) });
  } else if (st.isDirectory()) {
    pack.entry({ ...header3, type: "directory" });
    for (const child of (await readdir(hostPath)).sort()) {
      await addPath(pack, path3.join(hostPath, child), `${name}/${child}`, owner);
    }
  } else if (st.isFile()) {
    await addFile(pack, hostPath, { ...header3, type: "file", size: st.size });
  } else {
    throw new DriverError(`cannot upload ${hostPath}: not a regular file, directory or symbolic link`);
  }
}
function tarFromHost(hostPath, nameInArchive, opts = {}) {
  const name = nameInArchive.replace(/^\/+/, "").replace(/\/+$/, "") || ".";
  const owner = { uid: opts.uid ?? 0, gid: opts.gid ?? 0 };
  return packed((pack) => addPath(pack, hostPath, name, owner));
}
function tarFromContent(name, content, mode = 420) {
  return packed(async (pack) => {
    pack.entry({ name: name.replace(/^\/+/, ""), mode, type: "file" }, Buffer.from(content));
  });
}
var PARSE_CHUNK_BYTES = 1 << 20;
function coalesce(size) {
  let parts = [];
  let length = 0;
  const release = (t) => {
    t.push(parts.length === 1 ? parts[0] : Buffer.concat(parts, length));
    parts = [];
    length = 0;
  };
  return new Transform({
    transform(chunk, _encoding, done) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= size) release(this);
      done();
    },
    flush(done) {
      if (length > 0) release(this);
      done();
    }
  });
}

// src/docker/image-push.ts
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
var DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip";
var defaultMemo;
var short = (digest3) => digest3.slice(7, 19);
async function toFile(source, file2, gzip) {
  const hash = createHash("sha256");
  let size = 0;
  const count = new Transform2({
    transform(chunk, _e, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    }
  });
  if (gzip) await pipeline(source, createGzip(), count, createWriteStream2(file2));
  else await pipeline(source, count, createWriteStream2(file2));
  return { digest: `sha256:${hash.digest("hex")}`, size };
}
async function drain(entry) {
  for await (const chunk of entry) void chunk;
}
async function readExport(o, session, x, dir) {
  const hex = o.imageId.replace(/^sha256:/, "");
  const stream = await o.driver.saveImages([o.imageId]);
  const extract = (await tarStream()).extract();
  const source = Readable2.from(stream).pipe(coalesce(PARSE_CHUNK_BYTES));
  source.on("error", (e) => extract.destroy(e));
  source.pipe(extract);
  let n = 0;
  try {
    for await (const entry of extract) {
      const name = entry.header.name.replace(/^\.\//, "");
      const blob = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(name)?.[1];
      if (entry.header.type !== "file") {
        await drain(entry);
      } else if (name === `${hex}.json` || blob === hex) {
        const parts = [];
        for await (const c of entry) parts.push(c);
        x.config = Buffer.concat(parts);
      } else if ((name === "layer.tar" || name.endsWith("/layer.tar") || blob) && x.wanted.size > 0 && (!blob || x.wanted.has(`sha256:${blob}`))) {
        const raw = path4.join(dir, `layer-${n++}`);
        const diff = await toFile(Readable2.from(entry), raw, false);
        if (x.wanted.has(diff.digest)) {
          const gz = `${raw}.gz`;
          const layer = await toFile(createReadStream2(raw, { highWaterMark: 1 << 20 }), gz, true);
          if (await session.blobSize(layer.digest) === void 0) {
            await session.upload(layer.digest, layer.size, () => createReadStream2(gz, { highWaterMark: 1 << 20 }));
            o.progress(`${short(layer.digest)}: Pushed`);
          } else o.progress(`${short(layer.digest)}: Layer already exists`);
          memoOf(o).set(diff.digest, { ...layer, repository: o.repository });
          x.wanted.delete(diff.digest);
          x.found.set(diff.digest, layer);
          await rm2(gz, { force: true });
        }
        await rm2(raw, { force: true });
      } else {
        await drain(entry);
      }
      if (x.wanted.size === 0 && (x.config || !x.needConfig)) break;
    }
  } finally {
    extract.destroy();
    source.destroy();
  }
}
async function remoteLayer(o, session, diffId) {
  const base = o.base?.layers.get(diffId);
  if (base) {
    if (await session.blobSize(base.digest) !== void 0) {
      o.progress(`${short(base.digest)}: Layer already exists`);
      return base;
    }
    if (o.base && o.base.repository !== o.repository && await session.mount(base.digest, o.base.repository)) {
      o.progress(`${short(base.digest)}: Mounted from ${registryPath(o.base.repository).name}`);
      return base;
    }
  }
  const known = memoOf(o).get(diffId);
  if (!known) return void 0;
  const mine = { digest: known.digest, size: known.size };
  if (await session.blobSize(mine.digest) !== void 0) {
    o.progress(`${short(mine.digest)}: Layer already exists`);
    return mine;
  }
  const from = known.repository;
  if (from && from !== o.repository && registryPath(from).host === session.host && await session.mount(mine.digest, from)) {
    o.progress(`${short(mine.digest)}: Mounted from ${registryPath(from).name}`);
    return mine;
  }
  return void 0;
}
function memoOf(o) {
  if (o.memo) return o.memo;
  defaultMemo ??= new LayerMemo(defaultLayerMemoFile());
  return defaultMemo;
}
async function pushImageByDigest(o) {
  const retry = o.retry ?? PUSH_RETRY;
  for (let attempt = 1; ; attempt++) {
    try {
      return await pushOnce(o);
    } catch (e) {
      if (!(e instanceof RegistryRequestError) || !e.transient || attempt >= retry.attempts || o.query.signal?.aborted) throw e;
      const ms = retry.delaysMs[Math.min(attempt - 1, retry.delaysMs.length - 1)] ?? 0;
      o.onRetry?.(e, attempt, ms);
      await new Promise((resolve22) => setTimeout(resolve22, ms));
    }
  }
}
async function pushOnce(o) {
  const info = await o.driver.inspectImage(o.imageId);
  if (!info?.layers) throw new RegistryRequestError(`The engine does not list the layers of ${o.imageId}.`);
  const diffIds = info.layers;
  const host2 = registryPath(o.repository).host;
  const sources = [o.base?.repository, ...[...diffIds, o.imageId].map((d) => memoOf(o).get(d)?.repository)].filter(
    (r) => r !== void 0 && r !== o.repository && registryPath(r).host === host2
  );
  const session = await RegistrySession.open(o.repository, o.query, [...new Set(sources)]);
  const x = { wanted: /* @__PURE__ */ new Set(), found: /* @__PURE__ */ new Map(), needConfig: false };
  for (const d of new Set(diffIds)) {
    const blob = await remoteLayer(o, session, d);
    if (blob) x.found.set(d, blob);
    else x.wanted.add(d);
  }
  let configSize = await session.blobSize(o.imageId);
  const known = memoOf(o).get(o.imageId);
  if (configSize === void 0 && known?.repository && known.repository !== o.repository && registryPath(known.repository).host === host2) {
    if (await session.mount(o.imageId, known.repository)) configSize = known.size;
  }
  x.needConfig = configSize === void 0;
  if (x.wanted.size > 0 || configSize === void 0) {
    const dir = await mkdtemp(path4.join(tmpdir(), "repack-push-"));
    try {
      await readExport(o, session, x, dir);
    } finally {
      await rm2(dir, { recursive: true, force: true });
    }
    const missing = [...x.wanted];
    if (missing.length > 0) throw new RegistryRequestError(`The engine's export of ${o.imageId} has no layer ${missing.join(", ")}.`);
    if (configSize === void 0) {
      const config = x.config;
      if (!config || `sha256:${createHash("sha256").update(config).digest("hex")}` !== o.imageId)
        throw new RegistryRequestError(`The engine's export of ${o.imageId} does not hold its config.`);
      await session.upload(o.imageId, config.length, () => config);
      configSize = config.length;
      memoOf(o).set(o.imageId, { digest: o.imageId, size: config.length, repository: o.repository });
    }
  }
  const manifest2 = {
    schemaVersion: 2,
    mediaType: DOCKER_MANIFEST,
    config: { mediaType: DOCKER_CONFIG, size: configSize, digest: o.imageId },
    layers: diffIds.map((d) => {
      const blob = x.found.get(d);
      return { mediaType: DOCKER_LAYER, size: blob.size, digest: blob.digest };
    })
  };
  const body = Buffer.from(JSON.stringify(manifest2));
  const digest3 = `sha256:${createHash("sha256").update(body).digest("hex")}`;
  const served = await session.putManifest(digest3, body, DOCKER_MANIFEST);
  if (served !== "" && served !== digest3)
    throw new RegistryRequestError(`Pushing to ${session.host}/${session.name}: the registry stored the manifest as ${served}, not ${digest3}`);
  return { digest: digest3, size: body.length, mediaType: DOCKER_MANIFEST };
}

// src/plugin/image-index.ts
import { createHash as createHash2 } from "node:crypto";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var IMAGE_INDEX_BUILDER_ID = "repack.image-index";
function indexDocument(manifests) {
  const ordered = manifests.map((m) => ({
    mediaType: m.mediaType,
    digest: m.digest,
    size: m.size,
    platform: { architecture: m.platform.architecture, os: m.platform.os, ...m.platform.variant ? { variant: m.platform.variant } : {} }
  }));
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: ordered }));
}
function sha256(bytes) {
  return `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
}
function indexError(message) {
  return { code: "index-failed", message, step: "image index" };
}
var IndexCollector = class {
  #manifests = [];
  add(m) {
    this.#manifests.push(m);
  }
  /**
   * Pushes, per build and tag, the index of its platforms in the order they were asked for. A build with a failed
   * leg gets none: an index missing a platform would pass for a complete one.
   */
  async push(platforms, failed, say) {
    const out = /* @__PURE__ */ new Map();
    for (const [build, wanted] of platforms) {
      const outcome = { digests: [], artifacts: [], errors: [] };
      out.set(build, outcome);
      if (failed.has(build)) continue;
      const mine = this.#manifests.filter((m) => m.build === build);
      const refs = [...new Set(mine.map((m) => `${m.repository}:${m.tag}`))];
      for (const ref of refs) {
        const entries2 = mine.filter((m) => `${m.repository}:${m.tag}` === ref);
        const missing = wanted.filter((p) => !entries2.some((e) => e.platform === p));
        if (missing.length > 0) {
          outcome.errors.push(indexError(`${ref}: no image was pushed for ${missing.join(", ")}, so no index was pushed.`));
          continue;
        }
        const ordered = wanted.map((p) => entries2.find((e) => e.platform === p));
        const body = indexDocument(ordered.map((e) => e.descriptor));
        const digest3 = sha256(body);
        say(build, `Pushing image index ${ref} (${wanted.join(", ")})`);
        try {
          const served = await ordered[0].pushIndex(body);
          if (served !== "" && served !== digest3) throw new Error(`the registry stored it as ${served}, not ${digest3}`);
        } catch (e) {
          outcome.errors.push(indexError(`Pushing the image index ${ref} failed: ${messageOf(e)}`));
          continue;
        }
        say(build, `${ref}: index digest: ${digest3}`);
        outcome.digests.push({ repository: ordered[0].repository, tag: ordered[0].tag, digest: digest3 });
        outcome.artifacts.push({
          builderId: IMAGE_INDEX_BUILDER_ID,
          id: `${ref}@${digest3}`,
          description: `Image index ${ref}@${digest3}: ${ordered.map((e) => `${e.platform} ${e.descriptor.digest}`).join(", ")}`,
          files: []
        });
      }
    }
    return out;
  }
};

// src/plugin/platform.ts
import { extname } from "node:path";
var PART = /^[a-z0-9_]+$/;
function normalisePlatform(p) {
  if (p.architecture === "aarch64") p = { ...p, architecture: "arm64" };
  if (p.architecture === "x86_64" || p.architecture === "x86-64") p = { ...p, architecture: "amd64" };
  if (p.architecture === "arm64" && p.variant === "v8") return { os: p.os, architecture: p.architecture };
  return p;
}
function parsePlatform(text2) {
  const parts = text2.trim().toLowerCase().split("/");
  if (parts.length < 2 || parts.length > 3 || !parts.every((x) => PART.test(x)))
    return `"${text2}" is not a platform: write it os/architecture[/variant], e.g. linux/amd64 or linux/arm/v7`;
  return normalisePlatform({ os: parts[0], architecture: parts[1], ...parts[2] ? { variant: parts[2] } : {} });
}
function formatPlatform(p) {
  return [p.os, p.architecture, ...p.variant ? [p.variant] : []].join("/");
}
function parsePlatforms(text2) {
  const platforms = [];
  const errors = [];
  for (const entry of text2.split(/[,\n]/).map((x) => x.trim())) {
    if (entry === "") continue;
    const p = parsePlatform(entry);
    if (typeof p === "string") errors.push(p);
    else if (!platforms.includes(formatPlatform(p))) platforms.push(formatPlatform(p));
  }
  return { platforms, errors };
}
function platformSlug(platform) {
  return platform.replace(/\//g, "-");
}
function imagePlatform(image) {
  if (!image.os || !image.architecture) return void 0;
  return normalisePlatform({ os: image.os, architecture: image.architecture, ...image.variant ? { variant: image.variant } : {} });
}
function imageMatches(image, platform) {
  const want = parsePlatform(platform);
  const have = imagePlatform(image);
  if (typeof want === "string" || !have) return true;
  return have.os === want.os && have.architecture === want.architecture && (!want.variant || have.variant === want.variant);
}
function platformPath(path10, platform) {
  const slash = path10.lastIndexOf("/");
  const base = path10.slice(slash + 1);
  const dot = base.indexOf(".", 1);
  const ext = dot > 0 ? base.slice(dot) : extname(base);
  const stem = base.slice(0, base.length - ext.length);
  return `${path10.slice(0, slash + 1)}${stem}-${platformSlug(platform)}${ext}`;
}

// src/plugin/registry-login.ts
var LOGIN_ATTRIBUTES = {
  login: {
    key: false,
    type: T.bool,
    default: false,
    description: "Send the `login_*` credentials (for pulling `image`; in `docker-push`, for pushing) ahead of the docker config's. Nothing is written to the docker config."
  },
  login_server: { key: false, type: T.string, description: 'Registry the `login_*` credentials are for, e.g. `"ghcr.io"`; unset: the registry of each image.' },
  login_username: { key: false, type: T.string, description: "User name for the registry." },
  login_password: { key: false, type: T.string, sensitive: true, description: "Password or token for the registry." }
};
var ECR_LOGIN = "ecr_login = true is not supported: configure docker-credential-ecr-login as a credential helper in the docker config (credHelpers), which repack uses.";
var DETAILS = ["login_server", "login_username", "login_password"];
function decodeLogin(d, owner) {
  const a = d.attrs;
  const str2 = (k) => a[k] || void 0;
  if (a.login !== true) {
    const set = DETAILS.filter((k) => d.ranges[k] !== void 0);
    if (set.length === 0) return { diagnostics: [] };
    const detail = `${set.join(", ")} ${set.length === 1 ? "is" : "are"} used only with login = true; without it the credentials come from the docker config (docker login).`;
    return { diagnostics: [warning("Login options ignored", detail, d.ranges[set[0]])] };
  }
  const missing = ["login_username", "login_password"].filter((k) => str2(k) === void 0);
  if (missing.length > 0) {
    const problem = `login = true needs ${missing.join(" and ")}, and ${missing.length === 1 ? "it is" : "they are"} empty.`;
    return { problem, diagnostics: [warning("Incomplete login", `${problem} Logging in will fail when the build uses them.`, d.ranges.login ?? owner)] };
  }
  const auth = { username: str2("login_username"), password: str2("login_password") };
  const server = str2("login_server");
  if (server !== void 0) auth.serveraddress = server;
  return { auth, diagnostics: [] };
}

// src/plugin/post-processor.ts
var BUILDER_ID = {
  /** The docker builder's export_path artifact. */
  dockerExport: "packer.docker",
  /** The docker builder's commit artifact, and docker-import's (Packer's plugin uses one id for both). */
  dockerImport: "packer.post-processor.docker-import",
  dockerTag: "packer.post-processor.docker-tag",
  dockerSave: "packer.post-processor.docker-save",
  artifice: "packer.post-processor.artifice",
  checksum: "packer.post-processor.checksum",
  compress: "packer.post-processor.compress"
};
var PostProcessorError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PostProcessorError";
  }
};
function requireBuilder(input, accepted, what) {
  if (!accepted.includes(input.builderId)) throw new PostProcessorError(`Unknown artifact type: ${input.builderId}. ${what}`);
}
function requireImage(input, type) {
  if (input.imageId === void 0) {
    throw new PostProcessorError(
      `${type} needs a Docker image, but the input artifact (${input.builderId}) is not one: set commit = true in the docker source or import the export with docker-import first.`
    );
  }
  return input;
}

// src/config/unsupported.ts
var ignored = (why) => ({ why, severity: "warning" });
var each = (names, reason) => Object.fromEntries(names.map((n) => [n, reason]));
var PACKER_INTERNAL = each(
  [
    "packer_build_name",
    "packer_builder_type",
    "packer_core_version",
    "packer_debug",
    "packer_force",
    "packer_on_error",
    "packer_user_variables",
    "packer_sensitive_variables"
  ],
  ignored(
    "Packer sets this option for the plugin itself, and so does repack: the value written here is ignored. Remove it; scripts still get PACKER_BUILD_NAME and PACKER_BUILDER_TYPE."
  )
);
var DOCKER_PATH = ignored(
  "repack talks to the Engine API of DOCKER_HOST (or the current docker context), not to a docker binary, so the value is ignored. Remove it; to use Podman, point DOCKER_HOST at its API socket."
);
var ECR_AWS = each(
  ["aws_access_key", "aws_secret_key", "aws_token", "aws_profile", "aws_force_use_public_ecr"],
  ignored(
    'it is only read by ecr_login, which repack does not support, so the value is ignored. Log in to ECR with the docker-credential-ecr-login credential helper (credHelpers in the docker config, AWS credentials from the environment), or pass a token with login_username = "AWS" and login_password.'
  )
);

// src/post-processors/docker-push.ts
var PUSH_PLATFORM = ignored(
  "repack pushes each tag as the engine stores it: the image the build made, for the one platform it was built for (the source's platform). Remove it, or set platform on the source."
);
var SCHEMA = {
  attributes: {
    ...LOGIN_ATTRIBUTES,
    ecr_login: {
      type: T.bool,
      default: false,
      description: "Only `false`: use `docker-credential-ecr-login` as a credential helper (`credHelpers` in the docker config), which repack reads."
    }
  },
  unsupported: { ...PACKER_INTERNAL, ...ECR_AWS, docker_path: DOCKER_PATH, platform: PUSH_PLATFORM }
};
async function pushedOwnImage(driver, imageId, repository, digest3, auth) {
  const image = await driver.inspectImage(imageId);
  const wanted = familiarName(repository);
  const recorded = (image?.repoDigests ?? []).some((d) => {
    const at2 = d.lastIndexOf("@");
    return d.slice(at2 + 1) === digest3 && familiarName(d.slice(0, at2)) === wanted;
  });
  if (recorded) return true;
  const config = await driver.pushedImageId?.(repository, digest3, { auth });
  return config === void 0 || config === imageId;
}
var DockerPush = class {
  // Private (#) so no dump of the plan (util.inspect, JSON.stringify) can show the credentials.
  #auth;
  #loginProblem;
  constructor(auth, loginProblem) {
    this.#auth = auth;
    this.#loginProblem = loginProblem;
  }
  /** Pushes repository:tag as the engine has it; the digest is checked to be the input's image. */
  async pushTag(input, repository, tag, ctx) {
    const ref = `${repository}:${tag}`;
    ctx.say(`Pushing: ${ref}`);
    const onRetry = (e, n, ms) => ctx.say(`Push of ${ref} failed (attempt ${n}/${PUSH_RETRY.attempts}): ${e.message}; retrying in ${ms / 1e3}s`);
    const push = () => ctx.driver.push(repository, tag, {
      auth: this.#auth,
      signal: ctx.signal,
      onProgress: (e) => {
        if (e.status === "Pushed" || e.status === "Layer already exists" || e.status.startsWith("Mounted from")) ctx.message(`${e.id ?? ""}: ${e.status}`);
      }
    });
    const pushed = await ctx.withRepositoryLock(repository, () => withRetries(push, { ...PUSH_RETRY, signal: ctx.signal, onRetry }));
    if (input.imageId && !await pushedOwnImage(ctx.driver, input.imageId, repository, pushed.digest, this.#auth))
      throw new PostProcessorError(
        `${ref} was pushed, but the registry's ${pushed.digest} is not this build's image (${input.imageId}): another build on this Docker engine tagged ${ref} while this one pushed it. Give concurrent builds distinct tags, or push again.`
      );
    if (pushed.unchanged) ctx.message(`${tag}: the registry already serves this image, nothing to push`);
    ctx.message(`${tag}: digest: ${pushed.digest}${pushed.size === void 0 ? "" : ` size: ${pushed.size}`}`);
    return pushed;
  }
  /**
   * A leg of a multi-platform build: its platform's image is pushed by digest, under no tag, through the registry's
   * API (the engine can push only tags, and every leg's image is tagged repository:tag). The index that lists the
   * platforms is pushed under `tag` once every leg is done (image-index.ts), or by `repack index create`.
   */
  async pushLeg(input, repository, tag, ctx, leg) {
    const image = input.imageId;
    if (!image) throw new PostProcessorError("docker-push of a multi-platform build needs the image of each platform.");
    const info = await ctx.driver.inspectImage(image);
    const parsed = parsePlatform(leg.platform);
    const platform = (info && imagePlatform(info)) ?? (typeof parsed === "string" ? void 0 : parsed);
    if (!platform) throw new PostProcessorError(`The platform of ${image} is unknown.`);
    const query = async (repo) => ({
      auth: (await dockerCredentials(process.env).forImage(repo, this.#auth)).auth,
      signal: ctx.signal
    });
    const q = await query(repository);
    ctx.say(`Pushing the ${leg.platform} image of ${repository}:${tag} by digest`);
    const pushed = await ctx.withRepositoryLock(repository, async () => {
      const base = leg.base ? await baseLayers(ctx.driver, leg.base, registryPath(repository).host, query) : void 0;
      return pushImageByDigest({
        driver: ctx.driver,
        imageId: image,
        repository,
        query: q,
        base,
        progress: (line) => ctx.message(line),
        onRetry: (e, n, ms) => ctx.say(`Push of the ${leg.platform} image failed (attempt ${n}/${PUSH_RETRY.attempts}): ${e.message}; retrying in ${ms / 1e3}s`)
      });
    });
    ctx.message(`${repository}@${pushed.digest}: size: ${pushed.size}`);
    ctx.leg?.indexes.add({
      build: leg.build,
      platform: leg.platform,
      repository,
      tag,
      descriptor: { mediaType: pushed.mediaType, digest: pushed.digest, size: pushed.size, platform },
      pushIndex: (body) => putManifest(repository, tag, body, OCI_INDEX, q)
    });
    return { repository, tag, digest: pushed.digest, platform: leg.platform };
  }
  async run(input, ctx) {
    if (input.tags.length === 0) {
      throw new PostProcessorError("docker-push needs a tagged image: put a docker-tag post-processor before it in the same post-processors chain.");
    }
    if (!ctx.push) {
      ctx.say(`Skipping push of ${input.tags.map(formatReference).join(", ")} (push is off)`);
      return { artifact: input, keep: true, forceKeep: false };
    }
    if (this.#loginProblem) throw new PostProcessorError(this.#loginProblem);
    const digests = [...input.digests];
    for (const ref of input.tags) {
      const repository = ref.name;
      const tag = tagOrLatest(ref);
      if (ctx.leg) {
        digests.push(await this.pushLeg(input, repository, tag, ctx, ctx.leg));
        continue;
      }
      const pushed = await this.pushTag(input, repository, tag, ctx);
      digests.push({ repository, tag, digest: pushed.digest });
    }
    return { artifact: { ...input, digests }, keep: true, forceKeep: false };
  }
};
function decode(d, block) {
  if (d.attrs.ecr_login === true) return { diagnostics: [error("Unsupported option", ECR_LOGIN, d.ranges.ecr_login)] };
  const login = decodeLogin(d, block.openBraceRange);
  if (login.diagnostics.some((x) => x.severity === "error")) return { diagnostics: login.diagnostics };
  return { postProcessor: new DockerPush(login.auth, login.problem), diagnostics: login.diagnostics };
}
var dockerPush = { schema: SCHEMA, decode };
function dockerPushWithoutLogin() {
  return new DockerPush();
}

// src/pipeline/extra-tags.ts
function badReference(ref) {
  const parsed = parseReference(ref);
  if ("error" in parsed) return `"${ref}": ${parsed.error}`;
  if (parsed.ref.digest !== void 0) return `"${ref}" names a digest: tags must be repository:tag references`;
  return void 0;
}
var ExtraTags = class {
  constructor(refs) {
    this.refs = refs;
  }
  refs;
  async run(input, ctx) {
    const image = requireImage(input, "tags");
    for (const ref of this.refs) {
      ctx.say(`Tagging image ${image.imageId} as ${formatReference(ref)} (tags input)`);
      await ctx.driver.tag(image.imageId, ref.name, tagOrLatest(ref));
    }
    return { artifact: { builderId: BUILDER_ID.dockerTag, imageId: image.imageId, tags: [...this.refs], digests: [], files: [] }, keep: true, forceKeep: true };
  }
};
function labelChange(key2, value) {
  return `LABEL ${JSON.stringify(key2)}=${JSON.stringify(value)}`;
}
function addTagsAndLabels(builds, extra) {
  const tags = extra.tags ?? [];
  const labels = Object.entries(extra.labels ?? {});
  if (tags.length === 0 && labels.length === 0) return [];
  const diags = [];
  const committing = builds.filter((b) => b.config.commit);
  for (const t of tags) {
    const why = badReference(t);
    if (why) diags.push(error("Invalid tags input", `${why}.`));
  }
  if (tags.length > 0 && committing.length !== 1) {
    const which = committing.length === 0 ? "none of the selected builds commits an image" : `${committing.length} do: ${committing.map((b) => b.name).join(", ")}`;
    diags.push(
      error(
        "Invalid tags input",
        `The tags input names one image, so exactly one selected build must commit one (commit = true); ${which}. Choose the build with the only input.`
      )
    );
  }
  if (labels.length > 0 && committing.length === 0)
    diags.push(warning("Labels not applied", "The labels input applies at commit, and none of the selected builds commits an image."));
  if (diags.some((d) => d.severity === "error")) return diags;
  for (const b of committing) b.config.changes = [...b.config.changes, ...labels.map(([k, v]) => labelChange(k, v))];
  if (tags.length > 0) {
    committing[0].chains = [
      ...committing[0].chains,
      [
        { type: "docker-tag", name: "tags", postProcessor: new ExtraTags([...new Set(tags)].map(mustParseReference)) },
        { type: "docker-push", name: "tags", postProcessor: dockerPushWithoutLogin() }
      ]
    ];
  }
  return diags;
}

// src/cleanup/reap.ts
import { lstatSync, readdirSync, readFileSync as readFileSync2, rmSync as rmSync2 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join2 } from "node:path";

// src/cleanup/run-dir.ts
import { mkdirSync as mkdirSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join } from "node:path";
var RUN_DIR_PREFIX = "repack-run-";
var made;
function runDir() {
  if (made) return made;
  const dir = join(tmpdir2(), `${RUN_DIR_PREFIX}${currentOwner()}`);
  try {
    mkdirSync2(dir, { mode: 448 });
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync2(dir, { mode: 448 });
  }
  made = dir;
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
function recordGroup(pgid) {
  const file2 = join(runDir(), `group-${pgid}`);
  writeFileSync2(file2, processStart(pgid) ?? "", { mode: 384 });
  return () => rmSync(file2, { force: true });
}

// src/cleanup/reap.ts
function sameGroupAlive(pgid, since) {
  const leaderStart = processStart(pgid);
  if (leaderStart !== void 0) return leaderStart === since && processGroup(pgid) === pgid;
  let pids;
  try {
    pids = readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return false;
  }
  return pids.some((p) => processGroup(Number(p)) === pgid);
}
function reapGroups(dir, r) {
  for (const f of readdirSync(dir)) {
    const m = /^group-(\d+)$/.exec(f);
    if (!m) continue;
    const pgid = Number(m[1]);
    const since = readFileSync2(join2(dir, f), "utf8").trim();
    if (!/^\d+$/.test(since) || !sameGroupAlive(pgid, since)) continue;
    try {
      process.kill(-pgid, "SIGKILL");
      r.groups.push(pgid);
    } catch (e) {
      r.problems.push(`could not end process group ${pgid}: ${messageOf(e)}`);
    }
  }
}
function reapDirs(r, base = tmpdir3()) {
  let names;
  try {
    names = readdirSync(base).filter((n) => n.startsWith(RUN_DIR_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join2(base, name);
    if (ownerState(name.slice(RUN_DIR_PREFIX.length)) !== "dead") continue;
    const st = lstatSync(dir, { throwIfNoEntry: false });
    if (!st?.isDirectory() || process.getuid && st.uid !== process.getuid()) continue;
    try {
      reapGroups(dir, r);
      rmSync2(dir, { recursive: true, force: true });
      r.dirs.push(dir);
    } catch (e) {
      r.problems.push(`could not remove ${dir}: ${messageOf(e)}`);
    }
  }
}
async function reapContainers(driver, r) {
  if (!driver.listContainerLabels) return;
  for (const c of await driver.listContainerLabels(OWNER_LABEL)) {
    if (ownerState(c.labels[OWNER_LABEL] ?? "") !== "dead") continue;
    try {
      await driver.removeContainer(c.id);
      r.containers.push(c.id);
    } catch (e) {
      r.problems.push(`could not remove container ${c.id.slice(0, 12)}: ${messageOf(e)}`);
    }
  }
}
async function reapDeadRuns(driver, base) {
  const r = { containers: [], dirs: [], groups: [], problems: [] };
  reapDirs(r, base);
  if (driver) {
    try {
      await reapContainers(driver, r);
    } catch (e) {
      r.problems.push(`could not list containers: ${messageOf(e).split("\n")[0]}`);
    }
  }
  return r;
}

// src/config/packer-object.ts
function packerObject(version) {
  return V.object({ version: V.string(version), iterationID: V.unknown(T.string), versionFingerprint: V.unknown(T.string) });
}
function consolePlaceholders() {
  return { source: V.object({ type: V.unknown(T.string), name: V.unknown(T.string) }), build: V.unknown(T.object({})) };
}

// src/pipeline/prepare.ts
import { resolve as resolve18 } from "node:path";

// src/hcl/functions/helpers.ts
var param = (name, type, extra = {}) => ({ name, type, ...extra });
function fn(params, impl, opts = {}) {
  const { varParam, returnType } = opts;
  const rt = returnType === void 0 ? void 0 : typeof returnType === "function" ? returnType : () => returnType;
  return { params, impl, varParam, returnType: rt };
}
function str(v, index2 = 0) {
  if (v.kind === "string") return v.value;
  throw new ArgError(index2, "string required");
}
function num(v, index2 = 0) {
  if (v.kind === "number") return v.value;
  throw new ArgError(index2, "number required");
}
function int64(v, index2 = 0) {
  num(v, index2);
  const n = v;
  const exact = n.big ? n.big.toInt() : Number.isInteger(n.value) ? { int: BigInt(n.value), acc: 0 } : { int: void 0, acc: 1 };
  if (exact.int === void 0 || exact.acc !== 0 || exact.int < -(2n ** 63n) || exact.int >= 2n ** 63n) {
    throw new FunctionError("value must be a whole number, between -9223372036854775808 and 9223372036854775807");
  }
  return exact.int;
}
function items(v, index2 = 0) {
  if (v.kind === "list" || v.kind === "set" || v.kind === "tuple") return v.items;
  throw new ArgError(index2, "list, set or tuple required");
}
function attrs(v, index2 = 0) {
  if (v.kind === "map" || v.kind === "object") return v.attrs;
  throw new ArgError(index2, "map or object required");
}
var strings = (vs) => V.list(vs.map(V.string), T.string);
function listOf(vs, element) {
  return V.list(vs, element ?? unifyTypes(vs.map(typeOf)) ?? T.dynamic);
}

// src/hcl/functions/collection.ts
var WHOLE_INT64 = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
function goInt(v, what) {
  try {
    return int64(v);
  } catch (e) {
    if (e instanceof FunctionError) throw new FunctionError(`${what}: ${e.message}`);
    throw e;
  }
}
var seq = (v) => v.kind === "list" || v.kind === "set" || v.kind === "tuple";
function sameKind(like, vs) {
  if (like.kind === "tuple") return V.tuple(vs);
  if (like.kind === "set") return { kind: "set", items: vs, element: like.element };
  return listOf(vs, like.kind === "list" ? like.element : void 0);
}
function setOperation(args, op) {
  const etys = [];
  for (const a of args) {
    const t = typeOf(a);
    if (t.kind !== "set") continue;
    if (a.kind === "set" && a.items.length === 0 && t.element.kind === "dynamic") continue;
    etys.push(t.element);
  }
  const element = etys.length === 0 ? T.dynamic : unify(etys);
  if (element === void 0) throw new FunctionError("given sets must all have compatible element types");
  let acc;
  for (const [i, a] of args.entries()) {
    const c = convert(a, T.set(element));
    if ("error" in c) throw new ArgError(i, c.error);
    if (!isKnown(c.value)) return V.unknown(T.set(element));
    const xs = items(c.value, i);
    acc = acc === void 0 ? xs : op(acc, xs);
  }
  return { kind: "set", items: setItems(acc ?? []), element };
}
function flatten(vs) {
  const out = [];
  for (const v of vs) {
    if (seq(v)) out.push(...flatten(v.items));
    else out.push(v);
  }
  return out;
}
function range(args) {
  if (args.length === 0 || args.length > 3) throw new FunctionError("must have one, two, or three arguments");
  const n = args.map((a, i) => {
    num(a, i);
    return a;
  });
  let [start, end, step] = [numberOf(0), n[0], numberOf(1)];
  if (n.length === 1) step = numberOf(compareNumbers(n[0], start) < 0 ? -1 : 1);
  else {
    [start, end] = n;
    step = n.length === 3 ? n[2] : numberOf(compareNumbers(end, start) < 0 ? -1 : 1);
  }
  const down = compareNumbers(step, numberOf(0)) < 0;
  if (down && compareNumbers(end, start) > 0) throw new ArgError(1, "end must be less than start when step is negative");
  if (!down && compareNumbers(end, start) < 0) throw new ArgError(1, "end must be greater than start when step is positive");
  const out = [];
  const done = (x) => (down ? compareNumbers(x, end) < 0 : compareNumbers(x, end) > 0) || numbersEqual(x, end);
  for (let x = start; !done(x); ) {
    if (out.length >= 1024) {
      throw new FunctionError("more than 1024 values were generated; either decrease the difference between start and end or use a smaller step");
    }
    out.push(x);
    const next = arithmetic("+", x, step);
    if (typeof next === "string") throw new FunctionError("panic in function implementation: addition of infinities with opposite signs");
    x = next;
  }
  return V.list(out, T.number);
}
function lookup([m, k, dflt]) {
  const key2 = str(k, 1);
  if (m.kind === "object") {
    if (Object.hasOwn(m.attrs, key2)) return m.attrs[key2];
    return dflt;
  }
  if (m.kind !== "map") throw new ArgError(0, "lookup() requires a map as the first argument");
  const d = convert(dflt, m.element);
  if ("error" in d) throw new ArgError(2, "the default value must have the same type as the map elements");
  return Object.hasOwn(m.attrs, key2) ? m.attrs[key2] : d.value;
}
function merge(args) {
  if (args.length === 0) return V.object({});
  let dynamic = false;
  for (const a of args) {
    if (a.kind === "null" && a.type.kind === "dynamic") dynamic = true;
    else if (!["map", "object"].includes(typeOf(a).kind)) {
      throw new FunctionError(`arguments must be maps or objects, got ${JSON.stringify(typeName(typeOf(a)))}`);
    }
  }
  const out = newAttrs();
  for (const a of args) if (a.kind === "map" || a.kind === "object") for (const [k, v] of Object.entries(a.attrs)) setAttr(out, k, v);
  const first = typeOf(args[0]);
  if (!dynamic && first.kind === "map" && args.every((a) => typeEquals(typeOf(a), first))) return V.map(out, first.element);
  return V.object(out);
}
function setProduct(args) {
  if (args.length < 2) throw new FunctionError("at least two arguments are required");
  let lists = 0;
  const elementTypes = args.map((a, i) => {
    if (a.kind === "set" || a.kind === "list") {
      if (a.kind === "list") lists++;
      return a.element;
    }
    if (a.kind !== "tuple") throw new ArgError(i, "a set or a list is required");
    lists++;
    if (a.items.length === 0) return T.dynamic;
    const u = unify(a.items.map(typeOf));
    if (u === void 0) throw new ArgError(i, "all elements must be of the same type");
    return u;
  });
  let acc = [[]];
  for (const [i, a] of args.entries()) {
    const next = [];
    for (const prefix of acc) {
      for (const v of items(a, i)) {
        const c = convert(v, elementTypes[i]);
        if ("error" in c) throw new FunctionError(c.error);
        next.push([...prefix, c.value]);
      }
    }
    acc = next;
  }
  const rows = acc.map((r) => V.tuple(r));
  const element = T.tuple(elementTypes);
  return lists === args.length ? V.list(rows, element) : { kind: "set", items: setItems(rows), element };
}
function collectionFunctions() {
  return {
    length: fn(
      [param("value", T.dynamic, { allowUnknown: true })],
      ([v]) => {
        switch (v.kind) {
          case "string":
            return V.number(graphemes(v.value).length);
          case "list":
          case "set":
          case "tuple":
            return V.number(v.items.length);
          case "map":
          case "object":
            return V.number(Object.keys(v.attrs).length);
          case "unknown":
            return V.unknown(T.number);
          default:
            throw new FunctionError("argument must be a string, a collection type, or a structural type");
        }
      },
      { returnType: T.number }
    ),
    chunklist: fn([param("list", T.list(T.dynamic)), param("size", T.number)], ([l, s]) => {
      const size = goInt(s, "invalid size");
      if (size < 0n) throw new FunctionError("the size argument must be positive");
      const xs = items(l);
      if (xs.length === 0) return V.list([], typeOf(l));
      if (size === 0n) return listOf([l]);
      const step = size > BigInt(xs.length) ? xs.length : Number(size);
      const out = [];
      for (let i = 0; i < xs.length; i += step) out.push(sameKind(l, xs.slice(i, i + step)));
      return listOf(out);
    }),
    // go-cty-funcs' coalesce: every argument is converted to the type they all unify to (unsafely) first.
    coalesce: fn(
      [],
      (args) => {
        const ret = unify(args.map(typeOf));
        if (ret === void 0) throw new FunctionError("all arguments must have the same type");
        for (const a of args) {
          const c = convert(a, ret);
          if ("error" in c) throw new FunctionError(c.error);
          const v = c.value;
          if (v.kind === "unknown") return V.unknown(ret);
          if (v.kind !== "null" && !(ret.kind === "string" && v.kind === "string" && v.value === "")) return v;
        }
        throw new FunctionError("no non-null, non-empty-string arguments");
      },
      { varParam: param("vals", T.dynamic, { allowNull: true, allowUnknown: true }) }
    ),
    coalescelist: fn(
      [],
      (args) => {
        if (args.length === 0) throw new FunctionError("at least one argument is required");
        for (const a of args) {
          const k = typeOf(a).kind;
          if (k !== "list" && k !== "tuple") throw new FunctionError("coalescelist arguments must be lists or tuples");
        }
        for (const [i, a] of args.entries()) if (a.kind !== "null" && items(a, i).length > 0) return a;
        throw new FunctionError("no non-null arguments");
      },
      { varParam: param("vals", T.dynamic, { allowNull: true }) }
    ),
    compact: fn(
      [param("list", T.list(T.string))],
      ([l]) => strings(
        items(l).filter((v) => v.kind === "string" && v.value !== "").map((v) => str(v))
      )
    ),
    concat: fn(
      [],
      (args) => {
        if (args.length === 0) throw new FunctionError("at least one argument is required");
        const ret = args.every((a) => a.kind === "list") ? unify(args.map(typeOf)) : void 0;
        if (ret?.kind === "list") {
          const all2 = [];
          for (const [i, a] of args.entries()) {
            const c = convert(a, ret);
            if ("error" in c) throw new ArgError(i, c.error);
            all2.push(...items(c.value, i));
          }
          return V.list(all2, ret.element);
        }
        const all = [];
        for (const [i, a] of args.entries()) {
          if (a.kind !== "list" && a.kind !== "tuple") throw new ArgError(i, `all arguments must be lists or tuples; got ${typeName(typeOf(a))}`);
          all.push(...a.items);
        }
        return V.tuple(all);
      },
      { varParam: param("seqs", T.dynamic) }
    ),
    contains: fn(
      [param("list", T.dynamic), param("value", T.dynamic)],
      ([l, v]) => {
        if (!seq(l)) throw new FunctionError("argument must be list, tuple, or set");
        const xs = l.items;
        let unknown2 = false;
        for (const x of xs) {
          const eq = valuesEqual(x, v);
          if (eq === true) return V.bool(true);
          if (eq === void 0) unknown2 = true;
        }
        return unknown2 ? V.unknown(T.bool) : V.bool(false);
      },
      { returnType: T.bool }
    ),
    distinct: fn([param("list", T.list(T.dynamic))], ([l]) => {
      const seen = /* @__PURE__ */ new Set();
      const out = [];
      for (const v of items(l)) {
        const k = valueKey(v) ?? `?${out.length}`;
        if (!seen.has(k)) {
          seen.add(k);
          out.push(v);
        }
      }
      return listOf(out);
    }),
    element: fn([param("list", T.dynamic), param("index", T.number)], ([l, i]) => {
      if (l.kind !== "list" && l.kind !== "tuple") throw new FunctionError(`cannot read elements from ${typeName(typeOf(l))}`);
      if (compareNumbers(i, numberOf(0)) < 0) throw new FunctionError("cannot use element function with a negative index");
      const n = goInt(i, "invalid index");
      const xs = l.items;
      if (xs.length === 0) throw new FunctionError("cannot use element function with an empty list");
      return xs[Number(n % BigInt(xs.length))];
    }),
    flatten: fn([param("list", T.dynamic)], ([l]) => {
      if (!seq(l)) throw new FunctionError("can only flatten lists, sets and tuples");
      return V.tuple(flatten(l.items));
    }),
    index: fn(
      [param("list", T.dynamic), param("value", T.dynamic)],
      ([l, v]) => {
        if (l.kind !== "list" && l.kind !== "tuple") throw new FunctionError("argument must be a list or tuple");
        for (const [i, x] of l.items.entries()) if (valuesEqual(x, v) === true) return V.number(i);
        throw new FunctionError("item not found");
      },
      { returnType: T.number }
    ),
    keys: fn([param("inputMap", T.dynamic)], ([m]) => {
      const names = Object.keys(attrs(m)).sort(compareStrings);
      return m.kind === "object" ? V.tuple(names.map(V.string)) : strings(names);
    }),
    values: fn([param("mapping", T.dynamic)], ([m]) => {
      if (m.kind !== "map" && m.kind !== "object") throw new FunctionError("values() requires a map as the first argument");
      const a = m.attrs;
      const vs = Object.keys(a).sort().map((k) => a[k]);
      return m.kind === "map" ? V.list(vs, m.element) : V.tuple(vs);
    }),
    lookup: fn([param("inputMap", T.dynamic), param("key", T.string), param("default", T.dynamic)], lookup),
    merge: fn([], merge, { varParam: param("maps", T.dynamic, { allowNull: true }) }),
    range: fn([], range, { varParam: param("params", T.number), returnType: T.list(T.number) }),
    // A set reverses to a list (of its elements in cty's order), as cty's reverse takes it as a list.
    reverse: fn([param("list", T.dynamic)], ([l]) => {
      if (!seq(l)) throw new ArgError(0, `can only reverse list or tuple values, not ${typeName(typeOf(l))}`);
      const reversed = [...l.items].reverse();
      return l.kind === "tuple" ? V.tuple(reversed) : V.list(reversed, l.element);
    }),
    setintersection: fn(
      [param("first_set", T.set(T.dynamic))],
      (args) => setOperation(args, (acc, next) => acc.filter((v) => next.some((x) => valuesEqual(x, v) === true))),
      { varParam: param("other_sets", T.set(T.dynamic)) }
    ),
    setunion: fn([param("first_set", T.set(T.dynamic))], (args) => setOperation(args, (acc, next) => [...acc, ...next]), {
      varParam: param("other_sets", T.set(T.dynamic))
    }),
    setproduct: fn([], setProduct, { varParam: param("sets", T.dynamic) }),
    slice: fn([param("list", T.dynamic), param("start_index", T.number), param("end_index", T.number)], ([l, s, e]) => {
      if (l.kind === "set") {
        throw new ArgError(
          0,
          "cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important"
        );
      }
      if (l.kind !== "list" && l.kind !== "tuple") throw new ArgError(0, "must be a list or tuple value");
      const xs = l.items;
      const index2 = (v, i, what) => {
        const x = num(v, i);
        if (!Number.isInteger(x) || Math.abs(x) > 2 ** 63) throw new ArgError(i, `invalid ${what} index: ${WHOLE_INT64}`);
        return x;
      };
      const start = index2(s, 1, "start");
      if (start < 0) throw new ArgError(1, "start index must not be less than zero");
      if (start > xs.length) throw new ArgError(1, "start index must not be greater than the length of the list");
      const end = index2(e, 2, "end");
      if (end < 0) throw new ArgError(2, "end index must not be less than zero");
      if (end > xs.length) throw new ArgError(2, "end index must not be greater than the length of the list");
      if (start > end) throw new ArgError(1, "start index must not be greater than end index");
      return sameKind(l, xs.slice(start, end));
    }),
    sort: fn([param("list", T.list(T.string))], ([l]) => {
      const xs = items(l).map((v, i) => {
        if (v.kind === "null") throw new FunctionError(`given list element ${i} is null; a null string cannot be sorted`);
        return str(v);
      });
      return strings(xs.sort((a, b) => a < b ? -1 : a > b ? 1 : 0));
    }),
    sum: fn(
      [param("list", T.dynamic)],
      ([l]) => {
        if (l.kind !== "list" && l.kind !== "set" && l.kind !== "tuple" && l.kind !== "map" && l.kind !== "object") {
          throw new ArgError(0, "cannot sum noniterable");
        }
        const xs = items(l);
        if (xs.length === 0) throw new ArgError(0, "cannot sum an empty list");
        let total;
        for (const v of xs) {
          const c = v.kind === "null" ? void 0 : convert(v, T.number);
          if (c === void 0 || "error" in c || c.value.kind !== "number") {
            throw new ArgError(0, "argument must be list, set, or tuple of number values");
          }
          const sum = total === void 0 ? c.value : arithmetic("+", total, c.value);
          if (typeof sum === "string") throw new FunctionError(sum);
          total = sum;
        }
        return total;
      },
      { returnType: T.number }
    ),
    zipmap: fn([param("keys", T.list(T.string)), param("values", T.dynamic)], ([k, v]) => {
      const keyItems = items(k);
      const nullAt = keyItems.findIndex((x) => x.kind === "null");
      if (nullAt >= 0) throw new FunctionError(`keys list has null value at index ${nullAt}`);
      const ks = keyItems.map((x) => str(x));
      const vs = items(v, 1);
      if (ks.length !== vs.length) {
        throw new FunctionError(`number of keys (${ks.length}) does not match number of values (${vs.length})`);
      }
      const out = newAttrs();
      ks.forEach((key2, i) => setAttr(out, key2, vs[i]));
      return v.kind === "list" ? V.map(out, v.element) : V.object(out);
    })
  };
}

// src/hcl/functions/conversion.ts
var lazy = (impl, params, variadic) => ({
  params: params.map((n) => param(n, T.dynamic)),
  varParam: variadic ? param("expressions", T.dynamic) : void 0,
  impl: () => V.unknown(),
  lazy: impl
});
var hasError5 = (d) => d.some((x) => x.severity === "error");
var can = (args, evaluateArg) => {
  const r = evaluateArg(args[0]);
  if (hasError5(r.diagnostics)) return { value: V.bool(false), diagnostics: [] };
  if (!isKnown(r.value)) return { value: V.unknown(T.bool), diagnostics: [] };
  return { value: V.bool(true), diagnostics: [] };
};
var tryFn = (args, evaluateArg, call) => {
  if (args.length === 0) {
    return {
      value: V.unknown(),
      diagnostics: [error("Error in function call", 'Call to function "try" failed: at least one argument is required.', call.start)]
    };
  }
  const failures = [];
  for (const a of args) {
    const r = evaluateArg(a);
    if (!hasError5(r.diagnostics)) return { value: isKnown(r.value) ? r.value : V.unknown(), diagnostics: r.diagnostics };
    for (const d of r.diagnostics) {
      if (d.severity !== "error") continue;
      const at2 = d.range ? ` (at ${rangeText(d.range)})` : "";
      failures.push(`- ${d.summary}${at2}
  ${d.detail ?? ""}`);
    }
  }
  return {
    value: V.unknown(),
    diagnostics: [
      error(
        "Error in function call",
        `Call to function "try" failed: no expression succeeded:
${failures.join("\n")}

At least one expression must produce a successful result.`,
        call.start
      )
    ]
  };
};
function optionalDefaults(expr) {
  const out = [];
  const walk3 = (e) => {
    if (e.kind === "parentheses") walk3(e.expr);
    else if (e.kind === "functionCall") {
      if (e.name === "optional" && e.args.length === 2) {
        out.push(
          error(
            "Invalid type specification",
            "Optional attribute modifier expects only one argument: the attribute type.",
            rangeBetween(e.openParenRange, e.closeParenRange)
          )
        );
      }
      e.args.forEach(walk3);
    } else if (e.kind === "object") e.items.forEach((i) => walk3(i.value));
    else if (e.kind === "tuple") e.items.forEach(walk3);
  };
  walk3(expr);
  return out;
}
var convertFn = (args, evaluateArg) => {
  const r = evaluateArg(args[0]);
  const defaults = optionalDefaults(args[1]);
  const t = defaults.length > 0 ? { type: T.dynamic, diagnostics: defaults } : parseTypeExpr(args[1]);
  const diagnostics = [...r.diagnostics, ...t.diagnostics];
  if (hasError5(diagnostics)) return { value: V.unknown(), diagnostics };
  const first = convert(r.value, t.type);
  const c = "error" in first ? first : convert(r.value, typeOf(first.value));
  if ("error" in c) {
    diagnostics.push(error("Invalid function argument", `Invalid value for "value" parameter: ${c.error}.`, startRange(args[0])));
    return { value: V.unknown(t.type), diagnostics };
  }
  return { value: c.value, diagnostics };
};
function conversionFunctions() {
  return {
    can: lazy(can, ["expression"], false),
    try: lazy(tryFn, [], true),
    convert: lazy(convertFn, ["value", "type"], false)
  };
}

// src/hcl/functions/time-parse.ts
var TimeError = class extends Error {
};
var leap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
var monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysIn(year, month) {
  return month === 2 && leap(year) ? 29 : monthDays[month - 1];
}
function utcMs(y, mo, d, h, mi, s) {
  const date = new Date(Date.UTC(2e3, 0, 1, h, mi, s));
  date.setUTCFullYear(y, mo - 1, d);
  return date.getTime();
}
var digits = (s) => /^\d+$/.test(s);
function strict(s) {
  if (s.length < 19) return void 0;
  const num2 = (t, min, max) => {
    if (!digits(t)) return void 0;
    const n = Number(t);
    return n < min || n > max ? void 0 : n;
  };
  const y = num2(s.slice(0, 4), 0, 9999);
  const mo = num2(s.slice(5, 7), 1, 12);
  const d = y === void 0 || mo === void 0 ? void 0 : num2(s.slice(8, 10), 1, daysIn(y, mo));
  const h = num2(s.slice(11, 13), 0, 23);
  const mi = num2(s.slice(14, 16), 0, 59);
  const sec = num2(s.slice(17, 19), 0, 59);
  if (y === void 0 || mo === void 0 || d === void 0 || h === void 0 || mi === void 0 || sec === void 0) return void 0;
  if (s[4] !== "-" || s[7] !== "-" || s[10] !== "T" || s[13] !== ":" || s[16] !== ":") return void 0;
  let rest = s.slice(19);
  let nanos = 0;
  const frac = /^\.\d+/.exec(rest);
  if (frac) {
    nanos = Number(frac[0].slice(1, 10).padEnd(9, "0"));
    rest = rest.slice(frac[0].length);
  }
  let offset = 0;
  if (rest !== "Z") {
    if (rest.length !== 6) return void 0;
    const oh = num2(rest.slice(1, 3), 0, 23);
    const om = num2(rest.slice(4, 6), 0, 59);
    if (oh === void 0 || om === void 0 || rest[0] !== "-" && rest[0] !== "+" || rest[3] !== ":") return void 0;
    offset = (rest[0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  return { ms: utcMs(y, mo, d, h, mi, sec) - offset * 6e4 + Math.floor(nanos / 1e6), offset, nanos };
}
function goParseFailure(s) {
  let v = s;
  const fail4 = (layoutElem, valueElem, message = "") => ({ layoutElem, valueElem, message });
  const lit = (c) => {
    if (v[0] !== c) return false;
    v = v.slice(1);
    return true;
  };
  const getnum = (fixed) => {
    if (!/^\d/.test(v)) return void 0;
    if (!/^\d\d/.test(v)) {
      if (fixed) return void 0;
      const n2 = Number(v[0]);
      v = v.slice(1);
      return n2;
    }
    const n = Number(v.slice(0, 2));
    v = v.slice(2);
    return n;
  };
  if (v.length < 4 || !/^\d/.test(v)) return fail4("2006", v);
  const yText = v.slice(0, 4);
  v = v.slice(4);
  if (!digits(yText)) return fail4("2006", v);
  const year = Number(yText);
  const fields3 = [
    ["-", "01", true, 12, "month"],
    ["-", "02", true, 31, ""],
    ["T", "15", false, 23, "hour"],
    [":", "04", true, 59, "minute"],
    [":", "05", true, 59, "second"]
  ];
  const got = [];
  for (const [sep3, elem, fixed, max, range2] of fields3) {
    if (!lit(sep3)) return fail4(sep3, v);
    const hold = v;
    const n = getnum(fixed);
    if (n === void 0) return fail4(elem, hold);
    if (range2 !== "" && (n > max || range2 === "month" && n === 0)) return fail4(elem, v, `: ${range2} out of range`);
    got.push(n);
  }
  const frac = /^[.,]\d+/.exec(v);
  if (frac) v = v.slice(frac[0].length);
  if (v[0] === "Z") v = v.slice(1);
  else if (v.length < 6 || v[3] !== ":" || !/^[+-]\d\d$/.test(v.slice(0, 3)) || !digits(v.slice(4, 6))) return fail4("Z07:00", v);
  else v = v.slice(6);
  if (v !== "") return fail4("", v, `: extra text: ${goTimeQuote(v)}`);
  const [month, day] = got;
  if (day < 1 || day > daysIn(year, month)) return fail4("", "", ": day out of range");
  return void 0;
}
var WHAT = {
  "2006": "year",
  "01": "month",
  "02": "day of month",
  "15": "hour",
  "04": "minute",
  "05": "second",
  "Z07:00": "UTC offset"
};
function describeFailure(f) {
  const p = "not a valid RFC3339 timestamp";
  if (f.layoutElem === "" && f.valueElem === "" && f.message !== "") return `${p}${f.message}`;
  if (f.layoutElem === "T") return `${p}: missing required time introducer 'T'`;
  if (f.layoutElem === ":" || f.layoutElem === "-") {
    return f.valueElem === "" ? `${p}: end of string where ${goQuote3(f.layoutElem)} is expected` : `${p}: found ${goQuote3(f.valueElem)} where ${goQuote3(f.layoutElem)} is expected`;
  }
  const what = WHAT[f.layoutElem] ?? "timestamp segment";
  if (f.valueElem === "") return `${p}: end of string before ${what}`;
  if (what === "hour" && f.valueElem.includes(":")) return `${p}: hour must be between 0 and 23 inclusive`;
  if (what === "hour" && f.valueElem.length !== 2) return `${p}: hour must have exactly two digits`;
  if (what === "minute" && f.valueElem.length !== 2) return `${p}: minute must have exactly two digits`;
  return `${p}: cannot use ${goQuote3(f.valueElem)} as ${what}`;
}
function strictFailure(s) {
  if (s[12] === ":") return { layoutElem: "15", valueElem: s.slice(11, 12), message: ": hour must have two digits" };
  if (s[19] === ",") return { layoutElem: ".", valueElem: ",", message: ": sub-second separator must be a period" };
  if (!s.endsWith("Z")) {
    const z = s.slice(-6);
    if (Number(s.slice(-5, -3)) >= 24) return { layoutElem: "Z07:00", valueElem: z, message: ": timezone hour out of range" };
    if (Number(s.slice(-2)) >= 60) return { layoutElem: "Z07:00", valueElem: z, message: ": timezone minute out of range" };
  }
  return { layoutElem: "RFC3339", valueElem: s, message: "" };
}
function parseRFC3339(text2) {
  const st = strict(text2);
  if (st) return st;
  throw new TimeError(describeFailure(goParseFailure(text2) ?? strictFailure(text2)));
}
function fields(st) {
  return new Date(st.ms + st.offset * 6e4);
}
function two(n) {
  return String(n).padStart(2, "0");
}
function offsetText(offset, colon) {
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  return `${sign}${two(Math.floor(a / 60))}${colon ? ":" : ""}${two(a % 60)}`;
}
function yearText(y) {
  return y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
}
function formatRFC3339(st) {
  const f = fields(st);
  const date = `${yearText(f.getUTCFullYear())}-${two(f.getUTCMonth() + 1)}-${two(f.getUTCDate())}`;
  const time = `${two(f.getUTCHours())}:${two(f.getUTCMinutes())}:${two(f.getUTCSeconds())}`;
  return `${date}T${time}${st.offset === 0 ? "Z" : offsetText(st.offset, true)}`;
}
function goTimeQuote(s) {
  let out = '"';
  for (const c of s) {
    const cp2 = c.codePointAt(0) ?? 0;
    if (cp2 >= 128 || cp2 < 32) {
      for (const b of Buffer.from(c, "utf8")) out += `\\x${b.toString(16).padStart(2, "0")}`;
    } else out += c === '"' || c === "\\" ? `\\${c}` : c;
  }
  return `${out}"`;
}
function goQuote3(s) {
  return JSON.stringify(s);
}
var unitNanos = {
  ns: 1n,
  us: 1000n,
  \u00B5s: 1000n,
  \u03BCs: 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n
};
var MAX = 1n << 63n;
function parseDuration(orig) {
  const invalid2 = () => {
    throw new TimeError(`time: invalid duration ${goTimeQuote(orig)}`);
  };
  let s = orig;
  let neg = false;
  if (s[0] === "-" || s[0] === "+") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return 0n;
  if (s === "") invalid2();
  let total = 0n;
  while (s !== "") {
    if (!/^[.\d]/.test(s)) invalid2();
    const whole = /^\d*/.exec(s)?.[0] ?? "";
    s = s.slice(whole.length);
    let v = whole === "" ? 0n : BigInt(whole);
    if (v > MAX) invalid2();
    let fraction = "";
    let post = false;
    if (s[0] === ".") {
      fraction = /^\.\d*/.exec(s)?.[0].slice(1) ?? "";
      s = s.slice(1 + fraction.length);
      post = fraction !== "";
    }
    if (whole === "" && !post) invalid2();
    const unitText = /^[^.\d]*/.exec(s)?.[0] ?? "";
    if (unitText === "") throw new TimeError(`time: missing unit in duration ${goTimeQuote(orig)}`);
    s = s.slice(unitText.length);
    const unit = unitNanos[unitText];
    if (unit === void 0) throw new TimeError(`time: unknown unit ${goTimeQuote(unitText)} in duration ${goTimeQuote(orig)}`);
    if (v > MAX / unit) invalid2();
    v *= unit;
    if (fraction !== "") {
      let f = 0n;
      let scale = 1;
      for (const ch of fraction) {
        if (f > (MAX - 1n) / 10n) break;
        f = f * 10n + BigInt(ch);
        scale *= 10;
      }
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > MAX) invalid2();
    }
    total += v;
    if (total > MAX) invalid2();
  }
  if (neg) return -total;
  if (total > MAX - 1n) invalid2();
  return total;
}

// src/hcl/functions/datetime.ts
var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var two2 = (n) => String(n).padStart(2, "0");
var hour12 = (h) => h % 12 === 0 ? 12 : h % 12;
var goPad4 = (n) => n < 0 ? `-${String(-n).padStart(3, "0")}` : String(n).padStart(4, "0");
function now() {
  const ms = Date.now();
  return { ms: ms - ms % 1e3, offset: 0, nanos: 0 };
}
var VERB_RULES = {
  Y: 'year must either be "YY" or "YYYY"',
  M: 'month must be "M", "MM", "MMM", or "MMMM"',
  D: 'day of month must either be "D" or "DD"',
  E: 'day of week must either be "EEE" or "EEEE"',
  h: '24-hour must either be "h" or "hh"',
  H: '12-hour must either be "H" or "HH"',
  m: 'minute must either be "m" or "mm"',
  s: 'second must either be "s" or "ss"',
  Z: "timezone must be Z, ZZZZ, or ZZZZZ"
};
function dateTokens(spec) {
  const out = [];
  const letter = (c) => c !== void 0 && /[A-Za-z]/.test(c);
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
function formatdate(spec, st) {
  const f = fields(st);
  const hour = f.getUTCHours();
  const verbs = {
    YYYY: () => goPad4(f.getUTCFullYear()),
    YY: () => two2((f.getUTCFullYear() % 100 + 100) % 100),
    MMMM: () => months[f.getUTCMonth()],
    MMM: () => months[f.getUTCMonth()].slice(0, 3),
    MM: () => two2(f.getUTCMonth() + 1),
    M: () => String(f.getUTCMonth() + 1),
    DD: () => two2(f.getUTCDate()),
    D: () => String(f.getUTCDate()),
    EEEE: () => days[f.getUTCDay()],
    EEE: () => days[f.getUTCDay()].slice(0, 3),
    hh: () => two2(hour),
    h: () => String(hour),
    HH: () => two2(hour12(hour)),
    H: () => String(hour12(hour)),
    AA: () => hour < 12 ? "AM" : "PM",
    aa: () => hour < 12 ? "am" : "pm",
    mm: () => two2(f.getUTCMinutes()),
    m: () => String(f.getUTCMinutes()),
    ss: () => two2(f.getUTCSeconds()),
    s: () => String(f.getUTCSeconds()),
    ZZZZZ: () => offsetText(st.offset, true),
    ZZZZ: () => offsetText(st.offset, false),
    ZZZ: () => st.offset === 0 ? "UTC" : offsetText(st.offset, false),
    Z: () => st.offset === 0 ? "Z" : offsetText(st.offset, true)
  };
  let out = "";
  for (const tok of dateTokens(spec)) {
    if (tok[0] === "'") {
      if (tok.length === 1 || !tok.endsWith("'")) throw new ArgError(0, "unterminated literal '");
      out += tok.length === 2 ? "'" : tok.slice(1, -1).replace(/''/g, "'");
    } else if (/[A-Za-z]/.test(tok[0])) {
      const verb = verbs[tok];
      if (verb) out += verb();
      else if (tok[0] === "A" || tok[0] === "a") throw new ArgError(0, `invalid date format verb ${JSON.stringify(tok)}: must be "${tok[0]}${tok[0]}"`);
      else if (VERB_RULES[tok[0]]) throw new ArgError(0, `invalid date format verb ${JSON.stringify(tok)}: ${VERB_RULES[tok[0]]}`);
      else throw new ArgError(0, `invalid date format verb ${JSON.stringify(tok)}`);
    } else out += tok;
  }
  return out;
}
var goTokens = [
  "January",
  "Monday",
  "-07:00:00",
  "Z07:00:00",
  ".000000000",
  ".999999999",
  ".000000",
  ".999999",
  ".000",
  ".999",
  "Z07:00",
  "-07:00",
  "Z0700",
  "-0700",
  "Jan",
  "Mon",
  "MST",
  "2006",
  "-07",
  "Z07",
  "002",
  "_2",
  "15",
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "PM",
  "pm",
  "1",
  "2",
  "3",
  "4",
  "5"
];
function goLayout(layout, st) {
  const f = fields(st);
  const frac = (digits2, trim) => {
    const s = String(st.nanos).padStart(9, "0").slice(0, digits2);
    const t = trim ? s.replace(/0+$/, "") : s;
    return t === "" ? "" : `.${t}`;
  };
  const start = utcMs(f.getUTCFullYear(), 1, 1, 0, 0, 0);
  const yday = Math.floor((f.getTime() - start) / 864e5) + 1;
  const value = (tok) => {
    switch (tok) {
      case "January":
        return months[f.getUTCMonth()];
      case "Jan":
        return months[f.getUTCMonth()].slice(0, 3);
      case "Monday":
        return days[f.getUTCDay()];
      case "Mon":
        return days[f.getUTCDay()].slice(0, 3);
      case "MST":
        return st.offset === 0 ? "UTC" : offsetText(st.offset, false);
      case "2006":
        return yearText(f.getUTCFullYear());
      case "06":
        return two2(f.getUTCFullYear() % 100);
      case "01":
        return two2(f.getUTCMonth() + 1);
      case "1":
        return String(f.getUTCMonth() + 1);
      case "02":
        return two2(f.getUTCDate());
      case "_2":
        return String(f.getUTCDate()).padStart(2, " ");
      case "2":
        return String(f.getUTCDate());
      case "002":
        return String(yday).padStart(3, "0");
      case "15":
        return two2(f.getUTCHours());
      case "03":
        return two2(hour12(f.getUTCHours()));
      case "3":
        return String(hour12(f.getUTCHours()));
      case "04":
        return two2(f.getUTCMinutes());
      case "4":
        return String(f.getUTCMinutes());
      case "05":
        return two2(f.getUTCSeconds());
      case "5":
        return String(f.getUTCSeconds());
      case "PM":
        return f.getUTCHours() < 12 ? "AM" : "PM";
      case "pm":
        return f.getUTCHours() < 12 ? "am" : "pm";
      case "-0700":
        return offsetText(st.offset, false);
      case "-07:00":
        return offsetText(st.offset, true);
      case "-07":
        return offsetText(st.offset, false).slice(0, 3);
      case "-07:00:00":
        return `${offsetText(st.offset, true)}:00`;
      case "Z0700":
        return st.offset === 0 ? "Z" : offsetText(st.offset, false);
      case "Z07:00":
        return st.offset === 0 ? "Z" : offsetText(st.offset, true);
      case "Z07":
        return st.offset === 0 ? "Z" : offsetText(st.offset, false).slice(0, 3);
      case "Z07:00:00":
        return st.offset === 0 ? "Z" : `${offsetText(st.offset, true)}:00`;
      default:
        return tok.startsWith(".") ? frac(tok.length - 1, tok[1] === "9") : tok;
    }
  };
  let out = "";
  for (let i = 0; i < layout.length; ) {
    const tok = goTokens.find((t) => layout.startsWith(t, i));
    if (tok) {
      out += value(tok);
      i += tok.length;
    } else out += layout[i++];
  }
  return out;
}
var strftimeLayouts = {
  B: "January",
  b: "Jan",
  m: "01",
  A: "Monday",
  a: "Mon",
  d: "02",
  H: "15",
  I: "03",
  M: "04",
  S: "05",
  Y: "2006",
  y: "06",
  p: "PM",
  Z: "MST",
  z: "-0700",
  L: ".000"
};
function strftime(format, st) {
  return format.replace(/%([\s\S]?)/g, (all, c) => {
    if (c === "") return "%";
    if (c === "%") return "%";
    const layout = strftimeLayouts[c];
    return layout === void 0 ? all : goLayout(layout, st);
  });
}
function legacyFunction(format, clock) {
  let start;
  return fn(
    [],
    (args) => {
      start ??= clock();
      if (args.length > 1) throw new FunctionError(`too many values, 1 needed: ${args.length} given`);
      return V.string(args.length === 0 ? formatRFC3339(start) : format(str(args[0]), start));
    },
    { varParam: param("format", T.string), returnType: T.string }
  );
}
function timeError(f, index2) {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof TimeError)) throw e;
    throw index2 === void 0 ? new FunctionError(e.message) : new ArgError(index2, e.message);
  }
}
function timeadd(t, d) {
  const st = timeError(() => parseRFC3339(t));
  const dur = timeError(() => parseDuration(d));
  const wholeSecond = BigInt(st.ms - (st.ms % 1e3 + 1e3) % 1e3) * 1000000n + BigInt(st.nanos);
  const total = wholeSecond + dur;
  const ms = Number((total - (total % 1000000n + 1000000n) % 1000000n) / 1000000n);
  return formatRFC3339({ ms, offset: st.offset, nanos: 0 });
}
function dateTimeFunctions(clock = now) {
  return {
    timestamp: fn([], () => V.string(formatRFC3339(clock())), { returnType: T.string }),
    formatdate: fn(
      [param("format", T.string), param("time", T.string)],
      ([spec, t]) => V.string(
        formatdate(
          str(spec),
          timeError(() => parseRFC3339(str(t, 1)), 1)
        )
      ),
      { returnType: T.string }
    ),
    timeadd: fn([param("timestamp", T.string), param("duration", T.string)], ([t, d]) => V.string(timeadd(str(t), str(d, 1))), {
      returnType: T.string
    }),
    legacy_isotime: legacyFunction(goLayout, clock),
    legacy_strftime: legacyFunction(strftime, clock)
  };
}

// src/hcl/functions/csv-reader.ts
var CSVError = class extends Error {
  constructor(line, reason) {
    super(reason);
    this.line = line;
    this.reason = reason;
  }
  line;
  reason;
};
var BARE_QUOTE = 'bare " in non-quoted-field';
var QUOTE = 'extraneous or missing " in quoted-field';
var FIELD_COUNT = "wrong number of fields";
var CSVReader = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  pos = 0;
  numLine = 0;
  fieldsPerRecord = 0;
  /** The next line with its newline (CRLF as LF; a final CR dropped), or undefined at the end. */
  readLine() {
    if (this.pos >= this.text.length) return void 0;
    const nl = this.text.indexOf("\n", this.pos);
    let line = nl < 0 ? this.text.slice(this.pos) : this.text.slice(this.pos, nl + 1);
    this.pos += line.length;
    if (nl < 0 && line.endsWith("\r")) line = line.slice(0, -1);
    this.numLine++;
    if (line.endsWith("\r\n")) line = `${line.slice(0, -2)}
`;
    return line;
  }
  /** The next record, or undefined at the end of the text. */
  read() {
    let line;
    for (; ; ) {
      line = this.readLine();
      if (line === void 0) return void 0;
      if (line !== "\n") break;
    }
    const recLine = this.numLine;
    const fields3 = [];
    let rest = line;
    const noNL = (s) => s.endsWith("\n") ? s.slice(0, -1) : s;
    for (; ; ) {
      if (rest === "" || rest[0] !== '"') {
        const i = rest.indexOf(",");
        const field2 = i >= 0 ? rest.slice(0, i) : noNL(rest);
        if (field2.includes('"')) throw new CSVError(this.numLine, BARE_QUOTE);
        fields3.push(field2);
        if (i < 0) break;
        rest = rest.slice(i + 1);
        continue;
      }
      rest = rest.slice(1);
      let field = "";
      let line2 = this.numLine;
      for (; ; ) {
        const i = rest.indexOf('"');
        if (i >= 0) {
          field += rest.slice(0, i);
          rest = rest.slice(i + 1);
          if (rest[0] === '"') {
            field += '"';
            rest = rest.slice(1);
          } else if (rest[0] === ",") {
            rest = rest.slice(1);
            fields3.push(field);
            break;
          } else if (rest === "" || rest === "\n") {
            fields3.push(field);
            return this.checked(fields3, recLine);
          } else throw new CSVError(this.numLine, QUOTE);
        } else if (rest !== "") {
          field += rest;
          const next = this.readLine();
          rest = next ?? "";
          if (rest !== "") line2++;
        } else {
          throw new CSVError(line2, QUOTE);
        }
      }
    }
    return this.checked(fields3, recLine);
  }
  checked(fields3, recLine) {
    if (this.fieldsPerRecord > 0 && fields3.length !== this.fieldsPerRecord) throw new CSVError(recLine, FIELD_COUNT);
    if (this.fieldsPerRecord === 0) this.fieldsPerRecord = fields3.length;
    return fields3;
  }
};

// src/hcl/functions/iana-encodings.ts
var IANA_NAMES = {
  big5: "Big5",
  csbig5: "Big5",
  cseuckr: "EUC-KR",
  "euc-kr": "EUC-KR",
  cseucpkdfmtjapanese: "Extended_UNIX_Code_Packed_Format_for_Japanese",
  "euc-jp": "Extended_UNIX_Code_Packed_Format_for_Japanese",
  extended_unix_code_packed_format_for_japanese: "Extended_UNIX_Code_Packed_Format_for_Japanese",
  csgb18030: "GB18030",
  gb18030: "GB18030",
  cp936: "GBK",
  csgbk: "GBK",
  gbk: "GBK",
  ms936: "GBK",
  "windows-936": "GBK",
  "hz-gb-2312": "HZ-GB-2312",
  ccsid00858: "IBM00858",
  cp00858: "IBM00858",
  csibm00858: "IBM00858",
  ibm00858: "IBM00858",
  "pc-multilingual-850+euro": "IBM00858",
  ccsid01140: "IBM01140",
  cp01140: "IBM01140",
  csibm01140: "IBM01140",
  "ebcdic-us-37+euro": "IBM01140",
  ibm01140: "IBM01140",
  cp037: "IBM037",
  csibm037: "IBM037",
  "ebcdic-cp-ca": "IBM037",
  "ebcdic-cp-nl": "IBM037",
  "ebcdic-cp-us": "IBM037",
  "ebcdic-cp-wt": "IBM037",
  ibm037: "IBM037",
  csibm1047: "IBM1047",
  "ibm-1047": "IBM1047",
  ibm1047: "IBM1047",
  "437": "IBM437",
  cp437: "IBM437",
  cspc8codepage437: "IBM437",
  ibm437: "IBM437",
  "850": "IBM850",
  cp850: "IBM850",
  cspc850multilingual: "IBM850",
  ibm850: "IBM850",
  "852": "IBM852",
  cp852: "IBM852",
  cspcp852: "IBM852",
  ibm852: "IBM852",
  "855": "IBM855",
  cp855: "IBM855",
  csibm855: "IBM855",
  ibm855: "IBM855",
  "860": "IBM860",
  cp860: "IBM860",
  csibm860: "IBM860",
  ibm860: "IBM860",
  "862": "IBM862",
  cp862: "IBM862",
  cspc862latinhebrew: "IBM862",
  ibm862: "IBM862",
  "863": "IBM863",
  cp863: "IBM863",
  csibm863: "IBM863",
  ibm863: "IBM863",
  "865": "IBM865",
  cp865: "IBM865",
  csibm865: "IBM865",
  ibm865: "IBM865",
  "866": "IBM866",
  cp866: "IBM866",
  csibm866: "IBM866",
  ibm866: "IBM866",
  csiso2022jp: "ISO-2022-JP",
  "iso-2022-jp": "ISO-2022-JP",
  csisolatin6: "ISO-8859-10",
  "iso-8859-10": "ISO-8859-10",
  "iso-ir-157": "ISO-8859-10",
  "iso_8859-10:1992": "ISO-8859-10",
  l6: "ISO-8859-10",
  latin6: "ISO-8859-10",
  csiso885913: "ISO-8859-13",
  "iso-8859-13": "ISO-8859-13",
  csiso885914: "ISO-8859-14",
  "iso-8859-14": "ISO-8859-14",
  "iso-celtic": "ISO-8859-14",
  "iso-ir-199": "ISO-8859-14",
  "iso_8859-14": "ISO-8859-14",
  "iso_8859-14:1998": "ISO-8859-14",
  l8: "ISO-8859-14",
  latin8: "ISO-8859-14",
  csiso885915: "ISO-8859-15",
  "iso-8859-15": "ISO-8859-15",
  "iso_8859-15": "ISO-8859-15",
  "latin-9": "ISO-8859-15",
  csiso885916: "ISO-8859-16",
  "iso-8859-16": "ISO-8859-16",
  "iso-ir-226": "ISO-8859-16",
  "iso_8859-16": "ISO-8859-16",
  "iso_8859-16:2001": "ISO-8859-16",
  l10: "ISO-8859-16",
  latin10: "ISO-8859-16",
  cp819: "ISO_8859-1:1987",
  csisolatin1: "ISO_8859-1:1987",
  ibm819: "ISO_8859-1:1987",
  "iso-8859-1": "ISO_8859-1:1987",
  "iso-ir-100": "ISO_8859-1:1987",
  "iso_8859-1": "ISO_8859-1:1987",
  "iso_8859-1:1987": "ISO_8859-1:1987",
  l1: "ISO_8859-1:1987",
  latin1: "ISO_8859-1:1987",
  csisolatin2: "ISO_8859-2:1987",
  "iso-8859-2": "ISO_8859-2:1987",
  "iso-ir-101": "ISO_8859-2:1987",
  "iso_8859-2": "ISO_8859-2:1987",
  "iso_8859-2:1987": "ISO_8859-2:1987",
  l2: "ISO_8859-2:1987",
  latin2: "ISO_8859-2:1987",
  csisolatin3: "ISO_8859-3:1988",
  "iso-8859-3": "ISO_8859-3:1988",
  "iso-ir-109": "ISO_8859-3:1988",
  "iso_8859-3": "ISO_8859-3:1988",
  "iso_8859-3:1988": "ISO_8859-3:1988",
  l3: "ISO_8859-3:1988",
  latin3: "ISO_8859-3:1988",
  csisolatin4: "ISO_8859-4:1988",
  "iso-8859-4": "ISO_8859-4:1988",
  "iso-ir-110": "ISO_8859-4:1988",
  "iso_8859-4": "ISO_8859-4:1988",
  "iso_8859-4:1988": "ISO_8859-4:1988",
  l4: "ISO_8859-4:1988",
  latin4: "ISO_8859-4:1988",
  csisolatincyrillic: "ISO_8859-5:1988",
  cyrillic: "ISO_8859-5:1988",
  "iso-8859-5": "ISO_8859-5:1988",
  "iso-ir-144": "ISO_8859-5:1988",
  "iso_8859-5": "ISO_8859-5:1988",
  "iso_8859-5:1988": "ISO_8859-5:1988",
  csiso88596e: "ISO_8859-6-E",
  "iso-8859-6-e": "ISO_8859-6-E",
  "iso_8859-6-e": "ISO_8859-6-E",
  csiso88596i: "ISO_8859-6-I",
  "iso-8859-6-i": "ISO_8859-6-I",
  "iso_8859-6-i": "ISO_8859-6-I",
  arabic: "ISO_8859-6:1987",
  "asmo-708": "ISO_8859-6:1987",
  csisolatinarabic: "ISO_8859-6:1987",
  "ecma-114": "ISO_8859-6:1987",
  "iso-8859-6": "ISO_8859-6:1987",
  "iso-ir-127": "ISO_8859-6:1987",
  "iso_8859-6": "ISO_8859-6:1987",
  "iso_8859-6:1987": "ISO_8859-6:1987",
  csisolatingreek: "ISO_8859-7:1987",
  "ecma-118": "ISO_8859-7:1987",
  elot_928: "ISO_8859-7:1987",
  greek: "ISO_8859-7:1987",
  greek8: "ISO_8859-7:1987",
  "iso-8859-7": "ISO_8859-7:1987",
  "iso-ir-126": "ISO_8859-7:1987",
  "iso_8859-7": "ISO_8859-7:1987",
  "iso_8859-7:1987": "ISO_8859-7:1987",
  csiso88598e: "ISO_8859-8-E",
  "iso-8859-8-e": "ISO_8859-8-E",
  "iso_8859-8-e": "ISO_8859-8-E",
  csiso88598i: "ISO_8859-8-I",
  "iso-8859-8-i": "ISO_8859-8-I",
  "iso_8859-8-i": "ISO_8859-8-I",
  csisolatinhebrew: "ISO_8859-8:1988",
  hebrew: "ISO_8859-8:1988",
  "iso-8859-8": "ISO_8859-8:1988",
  "iso-ir-138": "ISO_8859-8:1988",
  "iso_8859-8": "ISO_8859-8:1988",
  "iso_8859-8:1988": "ISO_8859-8:1988",
  csisolatin5: "ISO_8859-9:1989",
  "iso-8859-9": "ISO_8859-9:1989",
  "iso-ir-148": "ISO_8859-9:1989",
  "iso_8859-9": "ISO_8859-9:1989",
  "iso_8859-9:1989": "ISO_8859-9:1989",
  l5: "ISO_8859-9:1989",
  latin5: "ISO_8859-9:1989",
  cskoi8r: "KOI8-R",
  "koi8-r": "KOI8-R",
  cskoi8u: "KOI8-U",
  "koi8-u": "KOI8-U",
  csshiftjis: "Shift_JIS",
  ms_kanji: "Shift_JIS",
  shift_jis: "Shift_JIS",
  "ansi_x3.4-1968": "US-ASCII",
  "ansi_x3.4-1986": "US-ASCII",
  cp367: "US-ASCII",
  csascii: "US-ASCII",
  ibm367: "US-ASCII",
  "iso-ir-6": "US-ASCII",
  "iso646-us": "US-ASCII",
  "iso_646.irv:1991": "US-ASCII",
  us: "US-ASCII",
  "us-ascii": "US-ASCII",
  csutf16: "UTF-16",
  "utf-16": "UTF-16",
  csutf16be: "UTF-16BE",
  "utf-16be": "UTF-16BE",
  csutf16le: "UTF-16LE",
  "utf-16le": "UTF-16LE",
  csutf8: "UTF-8",
  "utf-8": "UTF-8",
  csmacintosh: "macintosh",
  mac: "macintosh",
  macintosh: "macintosh",
  cswindows1250: "windows-1250",
  "windows-1250": "windows-1250",
  cswindows1251: "windows-1251",
  "windows-1251": "windows-1251",
  cswindows1252: "windows-1252",
  "windows-1252": "windows-1252",
  cswindows1253: "windows-1253",
  "windows-1253": "windows-1253",
  cswindows1254: "windows-1254",
  "windows-1254": "windows-1254",
  cswindows1255: "windows-1255",
  "windows-1255": "windows-1255",
  cswindows1256: "windows-1256",
  "windows-1256": "windows-1256",
  cswindows1257: "windows-1257",
  "windows-1257": "windows-1257",
  cswindows1258: "windows-1258",
  "windows-1258": "windows-1258",
  cswindows874: "windows-874",
  "windows-874": "windows-874"
};
var SINGLE_BYTE = {
  IBM00858: "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xF8\xA3\xD8\xD7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\xAE\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\xC1\xC2\xC0\xA9\u2563\u2551\u2557\u255D\xA2\xA5\u2510\u2514\u2534\u252C\u251C\u2500\u253C\xE3\xC3\u255A\u2554\u2569\u2566\u2560\u2550\u256C\xA4\xF0\xD0\xCA\xCB\xC8\u20AC\xCD\xCE\xCF\u2518\u250C\u2588\u2584\xA6\xCC\u2580\xD3\xDF\xD4\xD2\xF5\xD5\xB5\xFE\xDE\xDA\xDB\xD9\xFD\xDD\xAF\xB4\xAD\xB1\u2017\xBE\xB6\xA7\xF7\xB8\xB0\xA8\xB7\xB9\xB3\xB2\u25A0\xA0",
  IBM01140: "\0\x9C	\x86\x7F\x97\x8D\x8E\v\f\r\x9D\x85\b\x87\x92\x8F\x80\x81\x82\x83\x84\n\x1B\x88\x89\x8A\x8B\x8C\x07\x90\x91\x93\x94\x95\x96\x98\x99\x9A\x9B\x9E \xA0\xE2\xE4\xE0\xE1\xE3\xE5\xE7\xF1\xA2.<(+|&\xE9\xEA\xEB\xE8\xED\xEE\xEF\xEC\xDF!$*);\xAC-/\xC2\xC4\xC0\xC1\xC3\xC5\xC7\xD1\xA6,%_>?\xF8\xC9\xCA\xCB\xC8\xCD\xCE\xCF\xCC`:#@'=\"\xD8abcdefghi\xAB\xBB\xF0\xFD\xFE\xB1\xB0jklmnopqr\xAA\xBA\xE6\xB8\xC6\u20AC\xB5~stuvwxyz\xA1\xBF\xD0\xDD\xDE\xAE^\xA3\xA5\xB7\xA9\xA7\xB6\xBC\xBD\xBE[]\xAF\xA8\xB4\xD7{ABCDEFGHI\xAD\xF4\xF6\xF2\xF3\xF5}JKLMNOPQR\xB9\xFB\xFC\xF9\xFA\xFF\\\xF7STUVWXYZ\xB2\xD4\xD6\xD2\xD3\xD50123456789\xB3\xDB\xDC\xD9\xDA\x9F",
  IBM037: "\0\x9C	\x86\x7F\x97\x8D\x8E\v\f\r\x9D\x85\b\x87\x92\x8F\x80\x81\x82\x83\x84\n\x1B\x88\x89\x8A\x8B\x8C\x07\x90\x91\x93\x94\x95\x96\x98\x99\x9A\x9B\x9E \xA0\xE2\xE4\xE0\xE1\xE3\xE5\xE7\xF1\xA2.<(+|&\xE9\xEA\xEB\xE8\xED\xEE\xEF\xEC\xDF!$*);\xAC-/\xC2\xC4\xC0\xC1\xC3\xC5\xC7\xD1\xA6,%_>?\xF8\xC9\xCA\xCB\xC8\xCD\xCE\xCF\xCC`:#@'=\"\xD8abcdefghi\xAB\xBB\xF0\xFD\xFE\xB1\xB0jklmnopqr\xAA\xBA\xE6\xB8\xC6\xA4\xB5~stuvwxyz\xA1\xBF\xD0\xDD\xDE\xAE^\xA3\xA5\xB7\xA9\xA7\xB6\xBC\xBD\xBE[]\xAF\xA8\xB4\xD7{ABCDEFGHI\xAD\xF4\xF6\xF2\xF3\xF5}JKLMNOPQR\xB9\xFB\xFC\xF9\xFA\xFF\\\xF7STUVWXYZ\xB2\xD4\xD6\xD2\xD3\xD50123456789\xB3\xDB\xDC\xD9\xDA\x9F",
  IBM1047: "\0\x9C	\x86\x7F\x97\x8D\x8E\v\f\r\x9D\x85\b\x87\x92\x8F\x80\x81\x82\x83\x84\n\x1B\x88\x89\x8A\x8B\x8C\x07\x90\x91\x93\x94\x95\x96\x98\x99\x9A\x9B\x9E \xA0\xE2\xE4\xE0\xE1\xE3\xE5\xE7\xF1\xA2.<(+|&\xE9\xEA\xEB\xE8\xED\xEE\xEF\xEC\xDF!$*);^-/\xC2\xC4\xC0\xC1\xC3\xC5\xC7\xD1\xA6,%_>?\xF8\xC9\xCA\xCB\xC8\xCD\xCE\xCF\xCC`:#@'=\"\xD8abcdefghi\xAB\xBB\xF0\xFD\xFE\xB1\xB0jklmnopqr\xAA\xBA\xE6\xB8\xC6\xA4\xB5~stuvwxyz\xA1\xBF\xD0[\xDE\xAE\xAC\xA3\xA5\xB7\xA9\xA7\xB6\xBC\xBD\xBE\xDD\xA8\xAF]\xB4\xD7{ABCDEFGHI\xAD\xF4\xF6\xF2\xF3\xF5}JKLMNOPQR\xB9\xFB\xFC\xF9\xFA\xFF\\\xF7STUVWXYZ\xB2\xD4\xD6\xD2\xD3\xD50123456789\xB3\xDB\xDC\xD9\xDA\x9F",
  IBM437: "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0",
  IBM850: "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xF8\xA3\xD8\xD7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\xAE\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\xC1\xC2\xC0\xA9\u2563\u2551\u2557\u255D\xA2\xA5\u2510\u2514\u2534\u252C\u251C\u2500\u253C\xE3\xC3\u255A\u2554\u2569\u2566\u2560\u2550\u256C\xA4\xF0\xD0\xCA\xCB\xC8\u0131\xCD\xCE\xCF\u2518\u250C\u2588\u2584\xA6\xCC\u2580\xD3\xDF\xD4\xD2\xF5\xD5\xB5\xFE\xDE\xDA\xDB\xD9\xFD\xDD\xAF\xB4\xAD\xB1\u2017\xBE\xB6\xA7\xF7\xB8\xB0\xA8\xB7\xB9\xB3\xB2\u25A0\xA0",
  IBM852: "\xC7\xFC\xE9\xE2\xE4\u016F\u0107\xE7\u0142\xEB\u0150\u0151\xEE\u0179\xC4\u0106\xC9\u0139\u013A\xF4\xF6\u013D\u013E\u015A\u015B\xD6\xDC\u0164\u0165\u0141\xD7\u010D\xE1\xED\xF3\xFA\u0104\u0105\u017D\u017E\u0118\u0119\xAC\u017A\u010C\u015F\xAB\xBB\u2591\u2592\u2593\u2502\u2524\xC1\xC2\u011A\u015E\u2563\u2551\u2557\u255D\u017B\u017C\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u0102\u0103\u255A\u2554\u2569\u2566\u2560\u2550\u256C\xA4\u0111\u0110\u010E\xCB\u010F\u0147\xCD\xCE\u011B\u2518\u250C\u2588\u2584\u0162\u016E\u2580\xD3\xDF\xD4\u0143\u0144\u0148\u0160\u0161\u0154\xDA\u0155\u0170\xFD\xDD\u0163\xB4\xAD\u02DD\u02DB\u02C7\u02D8\xA7\xF7\xB8\xB0\xA8\u02D9\u0171\u0158\u0159\u25A0\xA0",
  IBM855: "\u0452\u0402\u0453\u0403\u0451\u0401\u0454\u0404\u0455\u0405\u0456\u0406\u0457\u0407\u0458\u0408\u0459\u0409\u045A\u040A\u045B\u040B\u045C\u040C\u045E\u040E\u045F\u040F\u044E\u042E\u044A\u042A\u0430\u0410\u0431\u0411\u0446\u0426\u0434\u0414\u0435\u0415\u0444\u0424\u0433\u0413\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u0445\u0425\u0438\u0418\u2563\u2551\u2557\u255D\u0439\u0419\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u043A\u041A\u255A\u2554\u2569\u2566\u2560\u2550\u256C\xA4\u043B\u041B\u043C\u041C\u043D\u041D\u043E\u041E\u043F\u2518\u250C\u2588\u2584\u041F\u044F\u2580\u042F\u0440\u0420\u0441\u0421\u0442\u0422\u0443\u0423\u0436\u0416\u0432\u0412\u044C\u042C\u2116\xAD\u044B\u042B\u0437\u0417\u0448\u0428\u044D\u042D\u0449\u0429\u0447\u0427\xA7\u25A0\xA0",
  IBM860: "\xC7\xFC\xE9\xE2\xE3\xE0\xC1\xE7\xEA\xCA\xE8\xCD\xD4\xEC\xC3\xC2\xC9\xC0\xC8\xF4\xF5\xF2\xDA\xF9\xCC\xD5\xDC\xA2\xA3\xD9\u20A7\xD3\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\xD2\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0",
  IBM862: "\u05D0\u05D1\u05D2\u05D3\u05D4\u05D5\u05D6\u05D7\u05D8\u05D9\u05DA\u05DB\u05DC\u05DD\u05DE\u05DF\u05E0\u05E1\u05E2\u05E3\u05E4\u05E5\u05E6\u05E7\u05E8\u05E9\u05EA\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0",
  IBM863: "\xC7\xFC\xE9\xE2\xC2\xE0\xB6\xE7\xEA\xEB\xE8\xEF\xEE\u2017\xC0\xA7\xC9\xC8\xCA\xF4\xCB\xCF\xFB\xF9\xA4\xD4\xDC\xA2\xA3\xD9\xDB\u0192\xA6\xB4\xF3\xFA\xA8\xB8\xB3\xAF\xCE\u2310\xAC\xBD\xBC\xBE\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0",
  IBM865: "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xF8\xA3\xD8\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xA4\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0",
  IBM866: "\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041A\u041B\u041C\u041D\u041E\u041F\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042A\u042B\u042C\u042D\u042E\u042F\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F\u0401\u0451\u0404\u0454\u0407\u0457\u040E\u045E\xB0\u2219\xB7\u221A\u2116\xA4\u25A0\xA0",
  "ISO-8859-10": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u0104\u0112\u0122\u012A\u0128\u0136\xA7\u013B\u0110\u0160\u0166\u017D\xAD\u016A\u014A\xB0\u0105\u0113\u0123\u012B\u0129\u0137\xB7\u013C\u0111\u0161\u0167\u017E\u2015\u016B\u014B\u0100\xC1\xC2\xC3\xC4\xC5\xC6\u012E\u010C\xC9\u0118\xCB\u0116\xCD\xCE\xCF\xD0\u0145\u014C\xD3\xD4\xD5\xD6\u0168\xD8\u0172\xDA\xDB\xDC\xDD\xDE\xDF\u0101\xE1\xE2\xE3\xE4\xE5\xE6\u012F\u010D\xE9\u0119\xEB\u0117\xED\xEE\xEF\xF0\u0146\u014D\xF3\xF4\xF5\xF6\u0169\xF8\u0173\xFA\xFB\xFC\xFD\xFE\u0138",
  "ISO-8859-13": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u201D\xA2\xA3\xA4\u201E\xA6\xA7\xD8\xA9\u0156\xAB\xAC\xAD\xAE\xC6\xB0\xB1\xB2\xB3\u201C\xB5\xB6\xB7\xF8\xB9\u0157\xBB\xBC\xBD\xBE\xE6\u0104\u012E\u0100\u0106\xC4\xC5\u0118\u0112\u010C\xC9\u0179\u0116\u0122\u0136\u012A\u013B\u0160\u0143\u0145\xD3\u014C\xD5\xD6\xD7\u0172\u0141\u015A\u016A\xDC\u017B\u017D\xDF\u0105\u012F\u0101\u0107\xE4\xE5\u0119\u0113\u010D\xE9\u017A\u0117\u0123\u0137\u012B\u013C\u0161\u0144\u0146\xF3\u014D\xF5\xF6\xF7\u0173\u0142\u015B\u016B\xFC\u017C\u017E\u2019",
  "ISO-8859-14": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u1E02\u1E03\xA3\u010A\u010B\u1E0A\xA7\u1E80\xA9\u1E82\u1E0B\u1EF2\xAD\xAE\u0178\u1E1E\u1E1F\u0120\u0121\u1E40\u1E41\xB6\u1E56\u1E81\u1E57\u1E83\u1E60\u1EF3\u1E84\u1E85\u1E61\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\u0174\xD1\xD2\xD3\xD4\xD5\xD6\u1E6A\xD8\xD9\xDA\xDB\xDC\xDD\u0176\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\u0175\xF1\xF2\xF3\xF4\xF5\xF6\u1E6B\xF8\xF9\xFA\xFB\xFC\xFD\u0177\xFF",
  "ISO-8859-15": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\xA1\xA2\xA3\u20AC\xA5\u0160\xA7\u0161\xA9\xAA\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\u017D\xB5\xB6\xB7\u017E\xB9\xBA\xBB\u0152\u0153\u0178\xBF\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\xD0\xD1\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xDB\xDC\xDD\xDE\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\xF0\xF1\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\xFD\xFE\xFF",
  "ISO-8859-16": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u0104\u0105\u0141\u20AC\u201E\u0160\xA7\u0161\xA9\u0218\xAB\u0179\xAD\u017A\u017B\xB0\xB1\u010C\u0142\u017D\u201D\xB6\xB7\u017E\u010D\u0219\xBB\u0152\u0153\u0178\u017C\xC0\xC1\xC2\u0102\xC4\u0106\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\u0110\u0143\xD2\xD3\xD4\u0150\xD6\u015A\u0170\xD9\xDA\xDB\xDC\u0118\u021A\xDF\xE0\xE1\xE2\u0103\xE4\u0107\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\u0111\u0144\xF2\xF3\xF4\u0151\xF6\u015B\u0171\xF9\xFA\xFB\xFC\u0119\u021B\xFF",
  "ISO_8859-1:1987": "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F\xA0\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xBB\xBC\xBD\xBE\xBF\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\xD0\xD1\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xDB\xDC\xDD\xDE\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\xF0\xF1\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\xFD\xFE\xFF",
  "ISO_8859-2:1987": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u0104\u02D8\u0141\xA4\u013D\u015A\xA7\xA8\u0160\u015E\u0164\u0179\xAD\u017D\u017B\xB0\u0105\u02DB\u0142\xB4\u013E\u015B\u02C7\xB8\u0161\u015F\u0165\u017A\u02DD\u017E\u017C\u0154\xC1\xC2\u0102\xC4\u0139\u0106\xC7\u010C\xC9\u0118\xCB\u011A\xCD\xCE\u010E\u0110\u0143\u0147\xD3\xD4\u0150\xD6\xD7\u0158\u016E\xDA\u0170\xDC\xDD\u0162\xDF\u0155\xE1\xE2\u0103\xE4\u013A\u0107\xE7\u010D\xE9\u0119\xEB\u011B\xED\xEE\u010F\u0111\u0144\u0148\xF3\xF4\u0151\xF6\xF7\u0159\u016F\xFA\u0171\xFC\xFD\u0163\u02D9",
  "ISO_8859-3:1988": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u0126\u02D8\xA3\xA4\uFFFD\u0124\xA7\xA8\u0130\u015E\u011E\u0134\xAD\uFFFD\u017B\xB0\u0127\xB2\xB3\xB4\xB5\u0125\xB7\xB8\u0131\u015F\u011F\u0135\xBD\uFFFD\u017C\xC0\xC1\xC2\uFFFD\xC4\u010A\u0108\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\uFFFD\xD1\xD2\xD3\xD4\u0120\xD6\xD7\u011C\xD9\xDA\xDB\xDC\u016C\u015C\xDF\xE0\xE1\xE2\uFFFD\xE4\u010B\u0109\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\uFFFD\xF1\xF2\xF3\xF4\u0121\xF6\xF7\u011D\xF9\xFA\xFB\xFC\u016D\u015D\u02D9",
  "ISO_8859-4:1988": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u0104\u0138\u0156\xA4\u0128\u013B\xA7\xA8\u0160\u0112\u0122\u0166\xAD\u017D\xAF\xB0\u0105\u02DB\u0157\xB4\u0129\u013C\u02C7\xB8\u0161\u0113\u0123\u0167\u014A\u017E\u014B\u0100\xC1\xC2\xC3\xC4\xC5\xC6\u012E\u010C\xC9\u0118\xCB\u0116\xCD\xCE\u012A\u0110\u0145\u014C\u0136\xD4\xD5\xD6\xD7\xD8\u0172\xDA\xDB\xDC\u0168\u016A\xDF\u0101\xE1\xE2\xE3\xE4\xE5\xE6\u012F\u010D\xE9\u0119\xEB\u0117\xED\xEE\u012B\u0111\u0146\u014D\u0137\xF4\xF5\xF6\xF7\xF8\u0173\xFA\xFB\xFC\u0169\u016B\u02D9",
  "ISO_8859-5:1988": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u0401\u0402\u0403\u0404\u0405\u0406\u0407\u0408\u0409\u040A\u040B\u040C\xAD\u040E\u040F\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041A\u041B\u041C\u041D\u041E\u041F\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042A\u042B\u042C\u042D\u042E\u042F\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F\u2116\u0451\u0452\u0453\u0454\u0455\u0456\u0457\u0458\u0459\u045A\u045B\u045C\xA7\u045E\u045F",
  "ISO_8859-6-E": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\uFFFD\uFFFD\uFFFD\xA4\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u060C\xAD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u061B\uFFFD\uFFFD\uFFFD\u061F\uFFFD\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u0640\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD",
  "ISO_8859-6-I": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\uFFFD\uFFFD\uFFFD\xA4\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u060C\xAD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u061B\uFFFD\uFFFD\uFFFD\u061F\uFFFD\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u0640\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD",
  "ISO_8859-6:1987": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\uFFFD\uFFFD\uFFFD\xA4\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u060C\xAD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u061B\uFFFD\uFFFD\uFFFD\u061F\uFFFD\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u0640\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD",
  "ISO_8859-7:1987": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u2018\u2019\xA3\u20AC\u20AF\xA6\xA7\xA8\xA9\u037A\xAB\xAC\xAD\uFFFD\u2015\xB0\xB1\xB2\xB3\u0384\u0385\u0386\xB7\u0388\u0389\u038A\xBB\u038C\xBD\u038E\u038F\u0390\u0391\u0392\u0393\u0394\u0395\u0396\u0397\u0398\u0399\u039A\u039B\u039C\u039D\u039E\u039F\u03A0\u03A1\uFFFD\u03A3\u03A4\u03A5\u03A6\u03A7\u03A8\u03A9\u03AA\u03AB\u03AC\u03AD\u03AE\u03AF\u03B0\u03B1\u03B2\u03B3\u03B4\u03B5\u03B6\u03B7\u03B8\u03B9\u03BA\u03BB\u03BC\u03BD\u03BE\u03BF\u03C0\u03C1\u03C2\u03C3\u03C4\u03C5\u03C6\u03C7\u03C8\u03C9\u03CA\u03CB\u03CC\u03CD\u03CE\uFFFD",
  "ISO_8859-8-E": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\uFFFD\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xD7\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xF7\xBB\xBC\xBD\xBE\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u2017\u05D0\u05D1\u05D2\u05D3\u05D4\u05D5\u05D6\u05D7\u05D8\u05D9\u05DA\u05DB\u05DC\u05DD\u05DE\u05DF\u05E0\u05E1\u05E2\u05E3\u05E4\u05E5\u05E6\u05E7\u05E8\u05E9\u05EA\uFFFD\uFFFD\u200E\u200F\uFFFD",
  "ISO_8859-8-I": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\uFFFD\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xD7\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xF7\xBB\xBC\xBD\xBE\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u2017\u05D0\u05D1\u05D2\u05D3\u05D4\u05D5\u05D6\u05D7\u05D8\u05D9\u05DA\u05DB\u05DC\u05DD\u05DE\u05DF\u05E0\u05E1\u05E2\u05E3\u05E4\u05E5\u05E6\u05E7\u05E8\u05E9\u05EA\uFFFD\uFFFD\u200E\u200F\uFFFD",
  "ISO_8859-8:1988": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\uFFFD\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xD7\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xF7\xBB\xBC\xBD\xBE\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u2017\u05D0\u05D1\u05D2\u05D3\u05D4\u05D5\u05D6\u05D7\u05D8\u05D9\u05DA\u05DB\u05DC\u05DD\u05DE\u05DF\u05E0\u05E1\u05E2\u05E3\u05E4\u05E5\u05E6\u05E7\u05E8\u05E9\u05EA\uFFFD\uFFFD\u200E\u200F\uFFFD",
  "ISO_8859-9:1989": "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F\xA0\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xBB\xBC\xBD\xBE\xBF\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\u011E\xD1\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xDB\xDC\u0130\u015E\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\u011F\xF1\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\u0131\u015F\xFF",
  "KOI8-R": "\u2500\u2502\u250C\u2510\u2514\u2518\u251C\u2524\u252C\u2534\u253C\u2580\u2584\u2588\u258C\u2590\u2591\u2592\u2593\u2320\u25A0\u2219\u221A\u2248\u2264\u2265\xA0\u2321\xB0\xB2\xB7\xF7\u2550\u2551\u2552\u0451\u2553\u2554\u2555\u2556\u2557\u2558\u2559\u255A\u255B\u255C\u255D\u255E\u255F\u2560\u2561\u0401\u2562\u2563\u2564\u2565\u2566\u2567\u2568\u2569\u256A\u256B\u256C\xA9\u044E\u0430\u0431\u0446\u0434\u0435\u0444\u0433\u0445\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F\u044F\u0440\u0441\u0442\u0443\u0436\u0432\u044C\u044B\u0437\u0448\u044D\u0449\u0447\u044A\u042E\u0410\u0411\u0426\u0414\u0415\u0424\u0413\u0425\u0418\u0419\u041A\u041B\u041C\u041D\u041E\u041F\u042F\u0420\u0421\u0422\u0423\u0416\u0412\u042C\u042B\u0417\u0428\u042D\u0429\u0427\u042A",
  "KOI8-U": "\u2500\u2502\u250C\u2510\u2514\u2518\u251C\u2524\u252C\u2534\u253C\u2580\u2584\u2588\u258C\u2590\u2591\u2592\u2593\u2320\u25A0\u2219\u221A\u2248\u2264\u2265\xA0\u2321\xB0\xB2\xB7\xF7\u2550\u2551\u2552\u0451\u0454\u2554\u0456\u0457\u2557\u2558\u2559\u255A\u255B\u0491\u045E\u255E\u255F\u2560\u2561\u0401\u0404\u2563\u0406\u0407\u2566\u2567\u2568\u2569\u256A\u0490\u040E\xA9\u044E\u0430\u0431\u0446\u0434\u0435\u0444\u0433\u0445\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F\u044F\u0440\u0441\u0442\u0443\u0436\u0432\u044C\u044B\u0437\u0448\u044D\u0449\u0447\u044A\u042E\u0410\u0411\u0426\u0414\u0415\u0424\u0413\u0425\u0418\u0419\u041A\u041B\u041C\u041D\u041E\u041F\u042F\u0420\u0421\u0422\u0423\u0416\u0412\u042C\u042B\u0417\u0428\u042D\u0429\u0427\u042A",
  "US-ASCII": "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD",
  macintosh: "\xC4\xC5\xC7\xC9\xD1\xD6\xDC\xE1\xE0\xE2\xE4\xE3\xE5\xE7\xE9\xE8\xEA\xEB\xED\xEC\xEE\xEF\xF1\xF3\xF2\xF4\xF6\xF5\xFA\xF9\xFB\xFC\u2020\xB0\xA2\xA3\xA7\u2022\xB6\xDF\xAE\xA9\u2122\xB4\xA8\u2260\xC6\xD8\u221E\xB1\u2264\u2265\xA5\xB5\u2202\u2211\u220F\u03C0\u222B\xAA\xBA\u03A9\xE6\xF8\xBF\xA1\xAC\u221A\u0192\u2248\u2206\xAB\xBB\u2026\xA0\xC0\xC3\xD5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\xF7\u25CA\xFF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02\u2021\xB7\u201A\u201E\u2030\xC2\xCA\xC1\xCB\xC8\xCD\xCE\xCF\xCC\xD3\xD4\uF8FF\xD2\xDA\xDB\xD9\u0131\u02C6\u02DC\xAF\u02D8\u02D9\u02DA\xB8\u02DD\u02DB\u02C7",
  "windows-1250": "\u20AC\uFFFD\u201A\uFFFD\u201E\u2026\u2020\u2021\uFFFD\u2030\u0160\u2039\u015A\u0164\u017D\u0179\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\uFFFD\u2122\u0161\u203A\u015B\u0165\u017E\u017A\xA0\u02C7\u02D8\u0141\xA4\u0104\xA6\xA7\xA8\xA9\u015E\xAB\xAC\xAD\xAE\u017B\xB0\xB1\u02DB\u0142\xB4\xB5\xB6\xB7\xB8\u0105\u015F\xBB\u013D\u02DD\u013E\u017C\u0154\xC1\xC2\u0102\xC4\u0139\u0106\xC7\u010C\xC9\u0118\xCB\u011A\xCD\xCE\u010E\u0110\u0143\u0147\xD3\xD4\u0150\xD6\xD7\u0158\u016E\xDA\u0170\xDC\xDD\u0162\xDF\u0155\xE1\xE2\u0103\xE4\u013A\u0107\xE7\u010D\xE9\u0119\xEB\u011B\xED\xEE\u010F\u0111\u0144\u0148\xF3\xF4\u0151\xF6\xF7\u0159\u016F\xFA\u0171\xFC\xFD\u0163\u02D9",
  "windows-1251": "\u0402\u0403\u201A\u0453\u201E\u2026\u2020\u2021\u20AC\u2030\u0409\u2039\u040A\u040C\u040B\u040F\u0452\u2018\u2019\u201C\u201D\u2022\u2013\u2014\uFFFD\u2122\u0459\u203A\u045A\u045C\u045B\u045F\xA0\u040E\u045E\u0408\xA4\u0490\xA6\xA7\u0401\xA9\u0404\xAB\xAC\xAD\xAE\u0407\xB0\xB1\u0406\u0456\u0491\xB5\xB6\xB7\u0451\u2116\u0454\xBB\u0458\u0405\u0455\u0457\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041A\u041B\u041C\u041D\u041E\u041F\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042A\u042B\u042C\u042D\u042E\u042F\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F",
  "windows-1252": "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178\xA0\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xBB\xBC\xBD\xBE\xBF\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\xD0\xD1\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xDB\xDC\xDD\xDE\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\xF0\xF1\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\xFD\xFE\xFF",
  "windows-1253": "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\uFFFD\u2030\uFFFD\u2039\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\uFFFD\u2122\uFFFD\u203A\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u0385\u0386\xA3\xA4\xA5\xA6\xA7\xA8\xA9\uFFFD\xAB\xAC\xAD\xAE\u2015\xB0\xB1\xB2\xB3\u0384\xB5\xB6\xB7\u0388\u0389\u038A\xBB\u038C\xBD\u038E\u038F\u0390\u0391\u0392\u0393\u0394\u0395\u0396\u0397\u0398\u0399\u039A\u039B\u039C\u039D\u039E\u039F\u03A0\u03A1\uFFFD\u03A3\u03A4\u03A5\u03A6\u03A7\u03A8\u03A9\u03AA\u03AB\u03AC\u03AD\u03AE\u03AF\u03B0\u03B1\u03B2\u03B3\u03B4\u03B5\u03B6\u03B7\u03B8\u03B9\u03BA\u03BB\u03BC\u03BD\u03BE\u03BF\u03C0\u03C1\u03C2\u03C3\u03C4\u03C5\u03C6\u03C7\u03C8\u03C9\u03CA\u03CB\u03CC\u03CD\u03CE\uFFFD",
  "windows-1254": "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\uFFFD\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\uFFFD\u0178\xA0\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xBB\xBC\xBD\xBE\xBF\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\u011E\xD1\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xDB\xDC\u0130\u015E\xDF\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF\u011F\xF1\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\u0131\u015F\xFF",
  "windows-1255": "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\uFFFD\u2039\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\uFFFD\u203A\uFFFD\uFFFD\uFFFD\uFFFD\xA0\xA1\xA2\xA3\u20AA\xA5\xA6\xA7\xA8\xA9\xD7\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xF7\xBB\xBC\xBD\xBE\xBF\u05B0\u05B1\u05B2\u05B3\u05B4\u05B5\u05B6\u05B7\u05B8\u05B9\u05BA\u05BB\u05BC\u05BD\u05BE\u05BF\u05C0\u05C1\u05C2\u05C3\u05F0\u05F1\u05F2\u05F3\u05F4\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u05D0\u05D1\u05D2\u05D3\u05D4\u05D5\u05D6\u05D7\u05D8\u05D9\u05DA\u05DB\u05DC\u05DD\u05DE\u05DF\u05E0\u05E1\u05E2\u05E3\u05E4\u05E5\u05E6\u05E7\u05E8\u05E9\u05EA\uFFFD\uFFFD\u200E\u200F\uFFFD",
  "windows-1256": "\u20AC\u067E\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0679\u2039\u0152\u0686\u0698\u0688\u06AF\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u06A9\u2122\u0691\u203A\u0153\u200C\u200D\u06BA\xA0\u060C\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\u06BE\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\u061B\xBB\xBC\xBD\xBE\u061F\u06C1\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\xD7\u0637\u0638\u0639\u063A\u0640\u0641\u0642\u0643\xE0\u0644\xE2\u0645\u0646\u0647\u0648\xE7\xE8\xE9\xEA\xEB\u0649\u064A\xEE\xEF\u064B\u064C\u064D\u064E\xF4\u064F\u0650\xF7\u0651\xF9\u0652\xFB\xFC\u200E\u200F\u06D2",
  "windows-1257": "\u20AC\uFFFD\u201A\uFFFD\u201E\u2026\u2020\u2021\uFFFD\u2030\uFFFD\u2039\uFFFD\xA8\u02C7\xB8\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\uFFFD\u2122\uFFFD\u203A\uFFFD\xAF\u02DB\uFFFD\xA0\uFFFD\xA2\xA3\xA4\uFFFD\xA6\xA7\xD8\xA9\u0156\xAB\xAC\xAD\xAE\xC6\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xF8\xB9\u0157\xBB\xBC\xBD\xBE\xE6\u0104\u012E\u0100\u0106\xC4\xC5\u0118\u0112\u010C\xC9\u0179\u0116\u0122\u0136\u012A\u013B\u0160\u0143\u0145\xD3\u014C\xD5\xD6\xD7\u0172\u0141\u015A\u016A\xDC\u017B\u017D\xDF\u0105\u012F\u0101\u0107\xE4\xE5\u0119\u0113\u010D\xE9\u017A\u0117\u0123\u0137\u012B\u013C\u0161\u0144\u0146\xF3\u014D\xF5\xF6\xF7\u0173\u0142\u015B\u016B\xFC\u017C\u017E\u02D9",
  "windows-1258": "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\uFFFD\u2039\u0152\uFFFD\uFFFD\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\uFFFD\u203A\u0153\uFFFD\uFFFD\u0178\xA0\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\xAE\xAF\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xBB\xBC\xBD\xBE\xBF\xC0\xC1\xC2\u0102\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\u0300\xCD\xCE\xCF\u0110\xD1\u0309\xD3\xD4\u01A0\xD6\xD7\xD8\xD9\xDA\xDB\xDC\u01AF\u0303\xDF\xE0\xE1\xE2\u0103\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\u0301\xED\xEE\xEF\u0111\xF1\u0323\xF3\xF4\u01A1\xF6\xF7\xF8\xF9\xFA\xFB\xFC\u01B0\u20AB\xFF",
  "windows-874": "\u20AC\uFFFD\uFFFD\uFFFD\uFFFD\u2026\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\xA0\u0E01\u0E02\u0E03\u0E04\u0E05\u0E06\u0E07\u0E08\u0E09\u0E0A\u0E0B\u0E0C\u0E0D\u0E0E\u0E0F\u0E10\u0E11\u0E12\u0E13\u0E14\u0E15\u0E16\u0E17\u0E18\u0E19\u0E1A\u0E1B\u0E1C\u0E1D\u0E1E\u0E1F\u0E20\u0E21\u0E22\u0E23\u0E24\u0E25\u0E26\u0E27\u0E28\u0E29\u0E2A\u0E2B\u0E2C\u0E2D\u0E2E\u0E2F\u0E30\u0E31\u0E32\u0E33\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E3A\uFFFD\uFFFD\uFFFD\uFFFD\u0E3F\u0E40\u0E41\u0E42\u0E43\u0E44\u0E45\u0E46\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u0E4E\u0E4F\u0E50\u0E51\u0E52\u0E53\u0E54\u0E55\u0E56\u0E57\u0E58\u0E59\u0E5A\u0E5B\uFFFD\uFFFD\uFFFD\uFFFD"
};

// src/hcl/functions/text-encoding.ts
var ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join("");
function canonicalEncoding(name, index2) {
  const canon = IANA_NAMES[name.trim().toLowerCase()];
  if (canon === void 0) throw new ArgError(index2, `${JSON.stringify(name)} is not a supported IANA encoding name or alias`);
  return canon;
}
function singleByteTable(canon) {
  const t = SINGLE_BYTE[canon];
  return t === void 0 ? void 0 : t.length === 128 ? ASCII + t : t;
}
var DOUBLE_BYTE = {
  Shift_JIS: "shift_jis",
  Extended_UNIX_Code_Packed_Format_for_Japanese: "euc-jp",
  "EUC-KR": "euc-kr",
  GBK: "gbk",
  GB18030: "gb18030",
  Big5: "big5",
  "ISO-2022-JP": "iso-2022-jp"
};
var reverse = /* @__PURE__ */ new Map();
function doubleByteEncoder(canon) {
  const cached = reverse.get(canon);
  if (cached) return cached;
  const dec = new TextDecoder(DOUBLE_BYTE[canon]);
  const map = /* @__PURE__ */ new Map();
  const add = (bytes, preferLast = false) => {
    const c = dec.decode(Uint8Array.from(bytes));
    if ([...c].length !== 1 || c === "\uFFFD" || c.charCodeAt(0) < 128) return;
    if (!map.has(c) || preferLast) map.set(c, bytes);
  };
  for (let b = 128; b <= 255; b++) add([b]);
  const big5Last = /* @__PURE__ */ new Set(["\u2550", "\u255E", "\u2561", "\u256A", "\u5341", "\u5345"]);
  for (let lead = 129; lead <= 254; lead++) {
    if (canon === "Shift_JIS" && (lead === 237 || lead === 238)) continue;
    if (canon === "Big5" && lead < 161) continue;
    for (let trail = 64; trail <= 254; trail++) {
      const bytes = [lead, trail];
      add(bytes, canon === "Big5" && big5Last.has(dec.decode(Uint8Array.from(bytes))));
    }
  }
  reverse.set(canon, map);
  return map;
}
function utf16(s, littleEndian, bom) {
  const b = Buffer.alloc((s.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put2 = (u) => {
    if (littleEndian) b.writeUInt16LE(u, o);
    else b.writeUInt16BE(u, o);
    o += 2;
  };
  if (bom) put2(65279);
  for (let i = 0; i < s.length; i++) put2(s.charCodeAt(i));
  return b;
}
function encodeText(s, canon) {
  const cannot = () => {
    throw new ArgError(0, `the given string contains characters that cannot be represented in ${canon}`);
  };
  if (canon === "UTF-8") return Buffer.from(s, "utf8");
  if (canon === "UTF-16") return utf16(s, false, true);
  if (canon === "UTF-16BE" || canon === "UTF-16LE") return utf16(s, canon === "UTF-16LE", false);
  const table = singleByteTable(canon);
  if (table !== void 0) {
    const out2 = [];
    for (const c of s) {
      const i = c === "\uFFFD" ? -1 : table.indexOf(c);
      if (i < 0) cannot();
      out2.push(i);
    }
    return Buffer.from(out2);
  }
  if (canon === "ISO-2022-JP" || canon === "HZ-GB-2312" || DOUBLE_BYTE[canon] === void 0) {
    throw new FunctionError(`encoding text as ${canon} is not supported`);
  }
  const map = doubleByteEncoder(canon);
  const out = [];
  for (const c of s) {
    if (c.charCodeAt(0) < 128) out.push(c.charCodeAt(0));
    else out.push(...map.get(c) ?? cannot());
  }
  return Buffer.from(out);
}
function decodeUTF16(b, littleEndian, bom) {
  let le = littleEndian;
  let start = 0;
  if (bom && b.length >= 2) {
    if (b[0] === 255 && b[1] === 254) [le, start] = [true, 2];
    else if (b[0] === 254 && b[1] === 255) [le, start] = [false, 2];
  }
  const body = b.subarray(start);
  const text2 = new TextDecoder(le ? "utf-16le" : "utf-16be", { ignoreBOM: true }).decode(body);
  return text2;
}
function decodeText(b, canon) {
  if (canon === "UTF-8") return new TextDecoder("utf-8", { ignoreBOM: true }).decode(b);
  if (canon === "UTF-16") return decodeUTF16(b, false, true);
  if (canon === "UTF-16BE" || canon === "UTF-16LE") return decodeUTF16(b, canon === "UTF-16LE", false);
  const table = singleByteTable(canon);
  if (table !== void 0) return [...b].map((x) => table[x]).join("");
  const label2 = DOUBLE_BYTE[canon];
  if (label2 === void 0) throw new FunctionError(`decoding text as ${canon} is not supported`);
  return new TextDecoder(label2).decode(b);
}
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function goBase64(s) {
  const out = [];
  let i = 0;
  const next = () => {
    while (i < s.length && (s[i] === "\n" || s[i] === "\r")) i++;
    if (i >= s.length) return void 0;
    return [s[i], i++];
  };
  for (; ; ) {
    const quantum = [];
    let j = 0;
    for (; j < 4; j++) {
      const got = next();
      if (!got) {
        if (j === 0) return Buffer.from(out);
        if (j === 1) throw new Base64Error(i - 1);
        throw new Base64Error(i - j);
      }
      const [c, at2] = got;
      if (c === "=") {
        if (j === 0 || j === 1) throw new Base64Error(at2);
        if (j === 2) {
          const more = next();
          if (!more) throw new Base64Error(s.length);
          if (more[0] !== "=") throw new Base64Error(more[1] - 1);
        }
        const rest = next();
        if (rest) throw new Base64Error(rest[1]);
        break;
      }
      const v = B64.indexOf(c);
      if (v < 0) throw new Base64Error(at2);
      quantum.push(v);
    }
    const n = quantum.length;
    const bits2 = quantum[0] << 18 | (quantum[1] ?? 0) << 12 | (quantum[2] ?? 0) << 6 | (quantum[3] ?? 0);
    out.push(bits2 >> 16 & 255);
    if (n >= 3) out.push(bits2 >> 8 & 255);
    if (n >= 4) out.push(bits2 & 255);
    if (n < 4) return Buffer.from(out);
  }
}
var Base64Error = class extends Error {
  constructor(offset) {
    super(`illegal base64 data at input byte ${offset}`);
    this.offset = offset;
  }
  offset;
};

// src/hcl/json/parser.ts
function firstCluster(text2) {
  for (const { segment } of segments(text2)) return segment;
  return void 0;
}
function scan(src, file2) {
  const tokens = [];
  let i = src.charCodeAt(0) === 65279 ? 1 : 0;
  const pos = { line: 1, column: 1, offset: i === 1 ? 3 : 0 };
  const here = () => ({ ...pos });
  const push = (type, start, text2) => {
    tokens.push({ type, text: text2, range: { file: file2, start, end: here() } });
  };
  for (; ; ) {
    for (; i < src.length; i++) {
      const c2 = src[i];
      if (c2 === " ") pos.column++;
      else if (c2 === "\n") {
        pos.line++;
        pos.column = 1;
      } else if (c2 === "	") pos.column += 2;
      else if (c2 !== "\r") break;
      pos.offset++;
    }
    const start = here();
    if (i >= src.length) {
      push("eof", start, "");
      return tokens;
    }
    const c = src[i];
    if ("{}[],:=".includes(c)) {
      i++;
      pos.column++;
      pos.offset++;
      push(c, start, c);
    } else if (c === '"') {
      const from = i;
      i = scanString(src, i, pos);
      push("string", start, src.slice(from, i));
    } else if (/[-+.0-9]/.test(c)) {
      const from = i;
      while (i < src.length && /[-+.eE0-9]/.test(src[i])) i++;
      pos.column += i - from;
      pos.offset += i - from;
      push("number", start, src.slice(from, i));
    } else if (/[a-zA-Z]/.test(c)) {
      const from = i;
      while (i < src.length && /[a-zA-Z_]/.test(src[i])) i++;
      pos.column += i - from;
      pos.offset += i - from;
      push("keyword", start, src.slice(from, i));
    } else {
      const ch = String.fromCodePoint(src.codePointAt(i) ?? 0);
      pos.column++;
      pos.offset += utf8Length(ch);
      push("invalid", start, ch);
      push("eof", here(), "");
      return tokens;
    }
  }
}
function scanString(src, i, pos) {
  let escaping = false;
  pos.column++;
  pos.offset++;
  i++;
  while (i < src.length) {
    const c = src[i];
    if (c === "\\") {
      escaping = !escaping;
    } else if (c === '"') {
      pos.column++;
      pos.offset++;
      i++;
      if (!escaping) return i;
      escaping = false;
      continue;
    } else if (c.charCodeAt(0) < 32) {
      return i;
    } else if (c.charCodeAt(0) >= 128) {
      const cluster = firstCluster(src.slice(i, i + 16)) ?? c;
      pos.column++;
      pos.offset += utf8Length(cluster);
      i += cluster.length;
      escaping = false;
      continue;
    } else escaping = false;
    pos.column++;
    pos.offset++;
    i++;
  }
  return i;
}
function validStringPrefix(text2) {
  let i = 1;
  while (i < text2.length) {
    const c = text2.charCodeAt(i);
    if (c === 34 || c < 32) return i;
    if (c !== 92) {
      i++;
      continue;
    }
    const e = text2[i + 1];
    if (e !== void 0 && '"\\/bfnrt'.includes(e)) i += 2;
    else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text2.slice(i + 2, i + 6))) i += 6;
    else return i;
  }
  return i;
}
var valueStart = "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.";
var KEYWORDS = ["true", "false", "null"];
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  i = 0;
  peek() {
    return this.tokens[this.i];
  }
  read() {
    const t = this.tokens[this.i];
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }
  /** Skips to the token that closes the construct `tok` is inside, as HCL's recover does. */
  recover(tok, openType, closeType) {
    let open2 = 1;
    for (; ; ) {
      if (tok.type === openType) open2++;
      else if (tok.type === closeType) {
        open2--;
        if (open2 <= 1) return;
      } else if (tok.type === "eof") return;
      tok = this.read();
    }
  }
  value(diags) {
    const tok = this.peek();
    const invalid2 = (summary, detail) => {
      diags.push(error(summary, detail, tok.range));
      return { kind: "invalid", range: tok.range };
    };
    switch (tok.type) {
      case "{":
        return this.object(diags) ?? { kind: "invalid", range: tok.range };
      case "[":
        return this.array(diags) ?? { kind: "invalid", range: tok.range };
      case "number": {
        this.read();
        const ok2 = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(tok.text);
        return ok2 ? { kind: "number", value: Number(tok.text), text: tok.text, range: tok.range } : invalid2("Invalid JSON number", "There is a syntax error in the given JSON number.");
      }
      case "string": {
        this.read();
        return this.string(tok, diags) ?? { kind: "invalid", range: tok.range };
      }
      case "keyword":
        this.read();
        return this.keyword(tok, diags) ?? { kind: "invalid", range: tok.range };
      case "}":
        return invalid2("Missing JSON value", valueStart);
      case "]":
        return invalid2("Missing array element value", valueStart);
      case "eof":
        return invalid2("Missing value", "The JSON data ends prematurely.");
      default:
        return invalid2("Invalid start of value", valueStart);
    }
  }
  string(tok, diags) {
    const valid = validStringPrefix(tok.text);
    if (valid !== tok.text.length - 1 || tok.text.length < 2 || !tok.text.endsWith('"')) {
      const at2 = Math.min(valid + (tok.text[valid] === "\\" ? 1 : 0), tok.text.length);
      const start = { line: tok.range.start.line, column: tok.range.start.column + at2, offset: tok.range.start.offset + utf8Length(tok.text.slice(0, at2)) };
      const range2 = { file: tok.range.file, start, end: { ...start, column: start.column + 1, offset: start.offset + 1 } };
      diags.push(error("Invalid JSON string", "There is a syntax error in the given JSON string.", range2));
      return void 0;
    }
    return { kind: "string", value: wellFormed(JSON.parse(tok.text)), range: tok.range };
  }
  keyword(tok, diags) {
    if (tok.text === "true" || tok.text === "false") return { kind: "bool", value: tok.text === "true", range: tok.range };
    if (tok.text === "null") return { kind: "null", range: tok.range };
    if (["undefined", "NaN", "Infinity"].includes(tok.text)) {
      diags.push(error("Invalid JSON keyword", `The JavaScript identifier ${JSON.stringify(tok.text)} cannot be used in JSON.`, tok.range));
      return void 0;
    }
    const suggestion = nameSuggestion(tok.text, KEYWORDS);
    const dym = suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : "";
    diags.push(error("Invalid JSON keyword", `${JSON.stringify(tok.text)} is not a valid JSON keyword.${dym}`, tok.range));
    return void 0;
  }
  object(diags) {
    const open2 = this.read();
    const properties2 = [];
    for (; ; ) {
      if (this.peek().type === "}") break;
      const key2 = this.value(diags);
      if (!key2 || key2.kind === "invalid") return void 0;
      if (key2.kind !== "string") {
        diags.push(error("Invalid object property name", "A JSON object property name must be a string", key2.range));
        return void 0;
      }
      const colon = this.read();
      if (colon.type !== ":") {
        this.recover(colon, "{", "}");
        if (colon.type === "}" || colon.type === ",")
          diags.push(error("Missing object value", "A JSON object attribute must have a value, introduced by a colon.", colon.range));
        else if (colon.type === "=")
          diags.push(error("Missing property value colon", "JSON uses a colon as its name/value delimiter, not an equals sign.", colon.range));
        else diags.push(error("Missing property value colon", "A colon must appear between an object property's name and its value.", colon.range));
        return void 0;
      }
      const value = this.value(diags);
      if (!value || value.kind === "invalid") return void 0;
      properties2.push({ name: key2.value, nameRange: key2.range, value });
      const next = this.peek();
      if (next.type === ",") {
        const comma = this.read();
        if (this.peek().type === "}") {
          diags.push(error("Trailing comma in object", "JSON does not permit a trailing comma after the final property in an object.", comma.range));
          return void 0;
        }
        continue;
      }
      if (next.type === "}") break;
      if (next.type === "eof") {
        diags.push(error("Unclosed object", "No closing brace was found for this JSON object.", open2.range));
        return void 0;
      }
      if (next.type === "]") {
        this.read();
        diags.push(error("Mismatched braces", "A JSON object must be closed with a brace, not a bracket.", this.peek().range));
        return void 0;
      }
      this.recover(this.read(), "{", "}");
      diags.push(error("Missing attribute seperator comma", "A comma must appear between each property definition in an object.", this.peek().range));
      return void 0;
    }
    const close = this.read();
    return { kind: "object", properties: properties2, range: { file: open2.range.file, start: open2.range.start, end: close.range.end }, openRange: open2.range };
  }
  array(diags) {
    const open2 = this.read();
    const items2 = [];
    for (; ; ) {
      if (this.peek().type === "]") break;
      const value = this.value(diags);
      if (!value || value.kind === "invalid") return void 0;
      items2.push(value);
      const next = this.peek();
      if (next.type === ",") {
        const comma = this.read();
        if (this.peek().type === "]") {
          diags.push(error("Trailing comma in array", "JSON does not permit a trailing comma after the final value in an array.", comma.range));
          return void 0;
        }
        continue;
      }
      if (next.type === "]") break;
      const fail4 = (summary, detail, at2) => {
        this.recover(this.read(), "[", "]");
        diags.push(error(summary, detail, at2 ?? this.peek().range));
        return void 0;
      };
      if (next.type === ":") return fail4("Invalid array value", "A colon is not used to introduce values in a JSON array.");
      if (next.type === "eof") return fail4("Unclosed object", "No closing bracket was found for this JSON array.", open2.range);
      if (next.type === "}") return fail4("Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.");
      return fail4("Missing attribute seperator comma", "A comma must appear between each value in an array.");
    }
    const close = this.read();
    return { kind: "array", items: items2, range: { file: open2.range.file, start: open2.range.start, end: close.range.end }, openRange: open2.range };
  }
};
function wellFormed(s) {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function parseJson(text2, filename) {
  const p = new Parser(scan(text2, filename));
  const diagnostics = [];
  let value;
  try {
    value = p.value(diagnostics) ?? { kind: "invalid", range: p.peek().range };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const start = { line: 1, column: 1, offset: 0 };
    const range2 = { file: filename, start, end: start };
    return {
      value: { kind: "invalid", range: range2 },
      diagnostics: [error("Configuration too deeply nested", "The brackets or braces in this file nest too deeply to be parsed.", range2)]
    };
  }
  if (diagnostics.length === 0 && p.peek().type !== "eof") {
    diagnostics.push(error("Extraneous data after value", "Extra characters appear after the JSON value.", p.peek().range));
  }
  return { value, diagnostics };
}

// src/hcl/functions/yaml-resolve.ts
var TAG = "tag:yaml.org,2002:";
var STR = `${TAG}str`;
var BOOL = `${TAG}bool`;
var INT = `${TAG}int`;
var FLOAT = `${TAG}float`;
var NULL = `${TAG}null`;
var TIMESTAMP = `${TAG}timestamp`;
var BINARY = `${TAG}binary`;
var MERGE = /* @__PURE__ */ Symbol("merge");
var ResolveError = class extends Error {
};
var words = /* @__PURE__ */ new Map();
for (const w of ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]) words.set(w, V.bool(true));
for (const w of ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]) words.set(w, V.bool(false));
for (const w of ["", "~", "null", "Null", "NULL"]) words.set(w, V.null(T.dynamic));
for (const w of [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]) words.set(w, V.number(Infinity));
for (const w of ["-.inf", "-.Inf", "-.INF"]) words.set(w, V.number(-Infinity));
function hint(src) {
  if (src === "") return "N";
  const c = src[0];
  if (c === "+" || c === "-") return "S";
  if (c >= "0" && c <= "9") return "D";
  if ("yYnNtTfFoO~".includes(c)) return "M";
  if (c === ".") return ".";
  return "";
}
function parseNumberVal(s) {
  const m = /^([+-]?)(?:(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|(inf|Inf))$/.exec(s);
  if (!m) return void 0;
  if (m[4] !== void 0) return V.number(m[1] === "-" ? -Infinity : Infinity);
  return parseNumberValue(s) ?? V.number(Number(s));
}
var INT64_MAX = 2n ** 63n - 1n;
function parseGoInt(s) {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  if (!m) return void 0;
  const body = m[2];
  let digits2;
  if (/^0[oO]/.test(body)) digits2 = BigInt(`0o${body.slice(2)}`);
  else if (/^0[0-7]+$/.test(body)) digits2 = BigInt(`0o${body.slice(1)}`);
  else digits2 = BigInt(body);
  const n = m[1] === "-" ? -digits2 : digits2;
  if (n > INT64_MAX * 2n + 1n || n < -INT64_MAX - 1n) return void 0;
  if (m[1] !== "" && n > INT64_MAX) return void 0;
  return parseNumberValue(n.toString()) ?? V.number(Number(n));
}
function resolveTimestamp(src) {
  const t = parseYamlTimestamp(src);
  return t === void 0 ? void 0 : V.string(t);
}
function resolvable(tag) {
  return [STR, BOOL, INT, FLOAT, NULL, TIMESTAMP, BINARY].includes(tag);
}
function resolveScalar(tag, src, style) {
  if (tag !== "" && !resolvable(tag)) throw new ResolveError(`unsupported tag ${JSON.stringify(tag)}`);
  const h = hint(src);
  if (h !== "" && tag !== STR && tag !== BINARY) {
    if (style === "QUOTE_SINGLE" || style === "QUOTE_DOUBLE") return V.string(src);
    const word = words.get(src);
    if (word) return word;
    if (tag === "" && (src === ".nan" || src === ".NaN" || src === ".NAN")) {
      throw new ResolveError("floating point NaN is not supported");
    }
    if (h === ".") {
      const n = parseNumberVal(src);
      if (n) return n;
    } else if (h === "D" || h === "S") {
      if (tag === "" || tag === TIMESTAMP) {
        const t = resolveTimestamp(src);
        if (t) return t;
      }
      const plain = src.replace(/_/g, "");
      const n = parseNumberVal(plain);
      if (n) return n;
      if (plain.startsWith("0b") || plain.startsWith("-0b")) tag = INT;
    }
  }
  if (tag === "" && src === "<<") return MERGE;
  switch (tag) {
    case STR:
      return V.string(src);
    case BINARY:
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(src)) {
        throw new ResolveError(`cannot parse ${goQuote4(src)} as ${tag}: not valid base64`);
      }
      return V.string(src);
    case BOOL: {
      const word = words.get(src);
      if (word?.kind !== "bool") throw new ResolveError(`cannot parse ${goQuote4(src)} as ${tag}`);
      return word;
    }
    case FLOAT:
    case INT: {
      const plain = src.replace(/_/g, "");
      const n = parseNumberVal(plain) ?? parseGoInt(plain);
      if (n) return n;
      throw new ResolveError(`cannot parse ${goQuote4(src)} as ${tag}`);
    }
    case TIMESTAMP: {
      const t = resolveTimestamp(src);
      if (t) return t;
      throw new ResolveError(`cannot parse ${goQuote4(src)} as ${tag}`);
    }
    case NULL:
      return V.null(T.dynamic);
    default:
      return V.string(src);
  }
}
function scalarType(v) {
  if (v === MERGE) return T.string;
  return v.kind === "null" ? T.dynamic : { kind: v.kind };
}
function goQuote4(s) {
  return JSON.stringify(s).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function parseYamlTimestamp(s) {
  const m = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:([Tt])|( ))(\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?(Z|[+-]\d\d:\d\d)?)?$/.exec(s);
  if (!m) return void 0;
  const [, ys, mos, ds, tee, space2, hs, mis, ss, zone] = m;
  if (tee && zone === void 0 || space2 && zone !== void 0) return void 0;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = Number(hs ?? 0);
  const mi = Number(mis ?? 0);
  const sec = Number(ss ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 59) return void 0;
  let offset = "Z";
  if (zone !== void 0 && zone !== "Z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 24 || om > 60) return void 0;
    if (oh !== 0 || om !== 0) offset = zone;
  }
  const p2 = (n) => String(n).padStart(2, "0");
  return `${ys}-${p2(mo)}-${p2(d)}T${p2(h)}:${p2(mi)}:${p2(sec)}${offset}`;
}

// src/hcl/functions/yaml-decode.ts
var Decoder = class {
  constructor(yaml2, lines2, src) {
    this.yaml = yaml2;
    this.lines = lines2;
    this.src = src;
  }
  yaml;
  lines;
  src;
  pending = /* @__PURE__ */ new Map();
  anchors = /* @__PURE__ */ new Map();
  /** go-cty-yaml's positions: the line counted from 0 (and left out on the first line), the column from 1. */
  fail(offset, message) {
    if (offset === void 0) throw new FunctionError(message);
    const { line, col } = this.lines.linePos(offset);
    throw new FunctionError(line - 1 === 0 ? message : `on line ${line - 1}, column ${col}: ${message}`);
  }
  /** libyaml places a node at its first property (`&anchor`, `!tag`), which the yaml package's range leaves out. */
  propsStart(offset) {
    let start = offset;
    for (; ; ) {
      let i = start;
      while (i > 0 && /\s/.test(this.src[i - 1])) i--;
      let j = i;
      while (j > 0 && !/\s/.test(this.src[j - 1])) j--;
      if (j === i || this.src[j] !== "!" && this.src[j] !== "&") return start;
      start = j;
    }
  }
  node(n, at2) {
    const { isAlias, isMap, isScalar, isSeq } = this.yaml;
    if (n === null) return this.scalar("", "", "PLAIN", at2);
    const start = n.range ? this.propsStart(n.range[0]) : at2;
    if (isAlias(n)) return this.alias(n.source, start);
    const anchor = n.anchor;
    if (anchor) this.pending.set(anchor, (this.pending.get(anchor) ?? 0) + 1);
    let out;
    if (isScalar(n)) out = this.scalar(n.tag ?? "", scalarText(n.value), n.type, start);
    else if (isMap(n)) out = this.mapping(n, start);
    else if (isSeq(n)) out = this.sequence(n, start);
    else this.fail(start, "unexpected parser event");
    if (anchor) {
      const left = (this.pending.get(anchor) ?? 1) - 1;
      if (left === 0) this.pending.delete(anchor);
      else this.pending.set(anchor, left);
      this.anchors.set(anchor, out);
    }
    return out;
  }
  alias(name, at2) {
    if (this.pending.has(name)) this.fail(at2, `cannot refer to anchor ${goQuote4(name)} from inside its own definition`);
    const found = this.anchors.get(name);
    if (!found) this.fail(at2, `reference to undefined anchor ${goQuote4(name)}`);
    return found;
  }
  scalar(tag, src, style, at2) {
    let v;
    try {
      v = resolveScalar(tag, src, style);
    } catch (e) {
      if (e instanceof ResolveError) this.fail(at2, e.message);
      throw e;
    }
    const quoted = style === "QUOTE_SINGLE" || style === "QUOTE_DOUBLE";
    const value = v === MERGE ? V.string("<<") : v;
    return { value, type: tag === "" && quoted ? T.string : scalarType(v) };
  }
  mapping(n, at2) {
    if (n.tag && n.tag !== `${TAG}map`) this.fail(at2, `can't interpret mapping as ${n.tag}`);
    const values = /* @__PURE__ */ new Map();
    const types = /* @__PURE__ */ new Map();
    for (const pair of n.items) {
      const key2 = pair.key;
      const keyAt = key2?.range?.[0] ?? at2;
      if (key2 !== null && !this.yaml.isScalar(key2)) this.fail(keyAt, "only strings are allowed as mapping keys");
      let k;
      try {
        k = key2 === null ? V.null() : resolveScalar(key2.tag ?? "", scalarText(key2.value), key2.type);
      } catch (e) {
        if (e instanceof ResolveError) throw new FunctionError(e.message);
        throw e;
      }
      const valueAt = pair.value?.range?.[0] ?? keyAt;
      if (k === MERGE) {
        const merged = this.node(pair.value, valueAt);
        if (merged.value.kind !== "object") this.fail(keyAt, `cannot merge ${friendlyName2(merged.type)} into mapping`);
        for (const [name2, v] of Object.entries(merged.value.attrs)) {
          values.set(name2, v);
          types.set(name2, merged.type.kind === "object" ? merged.type.attributes[name2] : T.dynamic);
        }
        continue;
      }
      const name = keyString(k);
      if (name === void 0) this.fail(keyAt, "mapping key cannot be null");
      const d = this.node(pair.value, valueAt);
      values.set(name, d.value);
      types.set(name, d.type);
    }
    return { value: V.object(Object.fromEntries(values)), type: T.object(Object.fromEntries(types)) };
  }
  sequence(n, at2) {
    if (n.tag && n.tag !== `${TAG}seq`) this.fail(at2, `can't interpret sequence as ${n.tag}`);
    const items2 = n.items.map((item) => this.node(item, item?.range?.[0] ?? at2));
    return { value: V.tuple(items2.map((d) => d.value)), type: T.tuple(items2.map((d) => d.type)) };
  }
};
function scalarText(v) {
  return v === null || v === void 0 ? "" : String(v);
}
function keyString(k) {
  switch (k.kind) {
    case "string":
      return k.value;
    case "number":
      return numberToString(k);
    case "bool":
      return String(k.value);
    default:
      return void 0;
  }
}
function friendlyName2(t) {
  return t.kind === "dynamic" ? "dynamic" : t.kind;
}
function endLine(src) {
  const breaks = src.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(?:\r\n|\r|\n)$/.test(src) ? breaks : breaks + 1;
}
function syntaxError(err, src) {
  const line = (err.linePos?.[0].line ?? 1) - 1;
  const at2 = (l, message) => l === 0 ? message : `on line ${l + 1}, column 1: ${message}`;
  const first = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (err.code === "BLOCK_AS_IMPLICIT_KEY") return at2(line, "mapping values are not allowed in this context");
  if (err.code === "UNEXPECTED_TOKEN" && first.includes("block-seq-ind")) return at2(line, "block sequence entries are not allowed in this context");
  if (err.code === "TAB_AS_INDENT") {
    return at2(line, line === 0 ? "found character that cannot start any token" : "found a tab character that violates indentation");
  }
  if (err.code === "MISSING_CHAR" && /closing .?quote/.test(first)) {
    return at2(src.match(/\r\n|\r|\n/g)?.length ?? 0, "found unexpected end of stream");
  }
  const pos = err.linePos?.[0];
  return pos ? `on line ${pos.line}, column ${pos.col}: ${first}` : first;
}
function directiveProblem(src) {
  let prologue = true;
  let seen = false;
  for (const [i, line] of src.split(/\r\n|\r|\n/).entries()) {
    const at2 = (message) => i === 0 ? message : `on line ${i}, column 1: ${message}`;
    if (prologue) {
      if (/^\s*(?:#.*)?$/.test(line)) continue;
      if (line.startsWith("%")) {
        const m = /^%YAML[ \t]+(\d+)\.(\d+)/.exec(line);
        if (m) {
          if (seen) return at2("found duplicate %YAML directive");
          if (Number(m[1]) !== 1 || Number(m[2]) !== 1) return at2("found incompatible YAML document");
          seen = true;
        }
        continue;
      }
      prologue = false;
    }
    if (/^\.\.\.(?:\s|$)/.test(line)) {
      prologue = true;
      seen = false;
    }
  }
  return void 0;
}
function decodeYaml(yaml2, text2) {
  const src = text2 === "" ? "\n" : text2;
  const directive = src.includes("%") ? directiveProblem(src) : void 0;
  if (directive) throw new FunctionError(directive);
  const lines2 = new yaml2.LineCounter();
  const parsed = yaml2.parseAllDocuments(src, { version: "1.1", schema: "failsafe", merge: false, uniqueKeys: false, lineCounter: lines2 });
  const docs = Array.isArray(parsed) ? parsed : [];
  const decoder = new Decoder(yaml2, lines2, src);
  if (docs.length === 0) throw new FunctionError(`on line ${endLine(src)}, column 1: missing start of document`);
  const [doc] = docs;
  const err = doc.errors[0];
  if (err) throw new FunctionError(syntaxError(err, src));
  const root = decoder.node(doc.contents, doc.range[0]);
  if (docs.length > 1) {
    const at2 = docs[1].range[0];
    decoder.fail(at2, src.startsWith("---", at2) ? "unexpected extra content after value" : "did not find expected <document start>");
  }
  return root.type.kind === "dynamic" ? V.unknown(T.dynamic) : root.value;
}

// src/hcl/functions/json-errors.ts
var Stop = class extends Error {
};
function quoteChar(c) {
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  const q = JSON.stringify(c).slice(1, -1);
  return `'${q}'`;
}
var isSpace = (c) => c === " " || c === "	" || c === "\r" || c === "\n";
var Scanner2 = class {
  constructor(s) {
    this.s = s;
  }
  s;
  i = 0;
  fail(message) {
    throw new Stop(message);
  }
  invalid(c, context) {
    this.fail(`invalid character ${quoteChar(c)} ${context}`);
  }
  /** The next non-space character without taking it; undefined at the end. */
  peek() {
    while (isSpace(this.s[this.i])) this.i++;
    return this.s[this.i];
  }
  /** A whole scalar as Decoder.Decode reads one: its end is where the scanner's value ends. */
  scalar() {
    const s = this.s;
    const eof = () => this.fail("unexpected EOF");
    const c = s[this.i];
    if (c === '"') {
      this.i++;
      for (; ; ) {
        const d = s[this.i++];
        if (d === void 0) eof();
        if (d === '"') return;
        if (d === "\\") {
          const e = s[this.i++];
          if (e === void 0) eof();
          if (e === "u") {
            for (let k = 0; k < 4; k++) {
              const h = s[this.i++];
              if (h === void 0) eof();
              if (!/[0-9a-fA-F]/.test(h)) this.invalid(h, "in \\u hexadecimal character escape");
            }
          } else if (!'bfnrt\\/"'.includes(e)) this.invalid(e, "in string escape code");
        } else if (d < " ") this.invalid(d, "in string literal");
      }
    }
    for (const word of ["true", "false", "null"]) {
      if (c !== word[0]) continue;
      for (let k = 1; k < word.length; k++) {
        const d = s[this.i + k];
        if (d === void 0) eof();
        if (d !== word[k]) this.invalid(d, `in literal ${word} (expecting ${quoteChar(word[k])})`);
      }
      this.i += word.length;
      return;
    }
    if (c === "-" || c >= "0" && c <= "9") {
      let j = this.i;
      if (s[j] === "-") {
        j++;
        if (s[j] === void 0) eof();
        if (!/[0-9]/.test(s[j])) this.invalid(s[j], "in numeric literal");
      }
      if (s[j] === "0") j++;
      else while (/[0-9]/.test(s[j] ?? "")) j++;
      if (s[j] === ".") {
        j++;
        if (s[j] === void 0) eof();
        if (!/[0-9]/.test(s[j])) this.invalid(s[j], "after decimal point in numeric literal");
        while (/[0-9]/.test(s[j] ?? "")) j++;
      }
      if (s[j] === "e" || s[j] === "E") {
        j++;
        if (s[j] === "+" || s[j] === "-") j++;
        if (s[j] === void 0) eof();
        if (!/[0-9]/.test(s[j])) this.invalid(s[j], "in exponent of numeric literal");
        while (/[0-9]/.test(s[j] ?? "")) j++;
      }
      this.i = j;
      return;
    }
    this.invalid(c, "looking for beginning of value");
  }
  /** One value, token by token as cty's JSON reader takes it. */
  value() {
    const c = this.peek();
    if (c === void 0) this.fail("EOF");
    if (c === "{") {
      this.i++;
      let first = true;
      for (; ; ) {
        let k = this.peek();
        if (k === void 0) this.fail("EOF");
        if (k === "}" && first) {
          this.i++;
          return;
        }
        if (!first) {
          if (k === "}") {
            this.i++;
            return;
          }
          if (k !== ",") this.invalid(k, "after object key:value pair");
          this.i++;
          k = this.peek();
          if (k === void 0) this.fail("EOF");
        }
        if (k !== '"' && first) this.fail(`invalid character ${quoteChar(k)}`);
        if (k !== '"') this.invalid(k, "looking for beginning of object key string");
        this.scalar();
        const colon = this.peek();
        if (colon === void 0) this.fail("EOF");
        if (colon !== ":") this.invalid(colon, "after object key");
        this.i++;
        this.value();
        first = false;
      }
    }
    if (c === "[") {
      this.i++;
      let first = true;
      for (; ; ) {
        let k = this.peek();
        if (k === void 0) this.fail("EOF");
        if (k === "]") {
          this.i++;
          return;
        }
        if (!first) {
          if (k !== ",") this.invalid(k, "after array element");
          this.i++;
          k = this.peek();
          if (k === void 0) this.fail("EOF");
          if (k === "]") this.invalid(k, "looking for beginning of value");
        }
        this.value();
        first = false;
      }
    }
    if (c === "}" || c === "]" || c === ":" || c === ",") this.invalid(c, "looking for beginning of value");
    this.scalar();
  }
  /** Go's message for the text, or where its one value ends when Go accepts it (a stray `]` or `}` may follow). */
  check() {
    try {
      this.value();
      const end = this.i;
      const rest = this.peek();
      if (rest !== void 0 && rest !== "]" && rest !== "}") return { message: "extraneous data after JSON object" };
      return { end };
    } catch (e) {
      if (e instanceof Stop) return { message: e.message };
      throw e;
    }
  }
};
function goJSONCheck(text2) {
  return new Scanner2(text2).check();
}

// src/hcl/functions/yaml-encode.ts
var BEST_INDENT = 2;
var BEST_WIDTH = 80;
var isBreak = (c) => c === "\n" || c === "\r" || c === "\x85" || c === "\u2028" || c === "\u2029";
var isBlankOrEnd = (c) => c === void 0 || c === " " || c === "	" || isBreak(c);
function printable(c) {
  const cp2 = c.codePointAt(0) ?? 0;
  return cp2 === 10 || cp2 >= 32 && cp2 <= 126 || cp2 >= 160 && cp2 <= 55295 || cp2 >= 57344 && cp2 <= 65533 && cp2 !== 65279;
}
function analyze(chars) {
  const bytes = Buffer.byteLength(chars.join(""));
  if (chars.length === 0) return { multiline: false, blockPlain: true, blockAllowed: false, bytes };
  let block = chars.length >= 3 && /^(?:---|\.\.\.)/.test(chars.slice(0, 3).join(""));
  let lineBreaks = false;
  let special2 = false;
  let leadingSpace2 = false;
  let leadingBreak = false;
  let trailingSpace2 = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  chars.forEach((c, i) => {
    const followedByWhitespace = isBlankOrEnd(chars[i + 1]);
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(c)) block = true;
      else if ((c === "?" || c === ":" || c === "-") && followedByWhitespace) block = true;
    } else if (c === ":" && followedByWhitespace || c === "#" && precededByWhitespace) block = true;
    if (!printable(c)) special2 = true;
    const last = i === chars.length - 1;
    if (c === " ") {
      if (i === 0) leadingSpace2 = true;
      if (last) trailingSpace2 = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankOrEnd(c);
  });
  const blockPlain = !(leadingSpace2 || leadingBreak || trailingSpace2 || trailingBreak || breakSpace || spaceBreak || special2 || lineBreaks || block);
  const blockAllowed = !(trailingSpace2 || spaceBreak || special2);
  return { multiline: lineBreaks, blockPlain, blockAllowed, bytes };
}
var ESCAPES = {
  0: "0",
  7: "a",
  8: "b",
  9: "t",
  10: "n",
  11: "v",
  12: "f",
  13: "r",
  27: "e",
  34: '"',
  92: "\\",
  133: "N",
  160: "_",
  8232: "L",
  8233: "P"
};
function escape(c) {
  const cp2 = c.codePointAt(0) ?? 0;
  const named = ESCAPES[cp2];
  if (named !== void 0) return `\\${named}`;
  const hex = cp2.toString(16).toUpperCase();
  if (cp2 <= 255) return `\\x${hex.padStart(2, "0")}`;
  if (cp2 <= 65535) return `\\u${hex.padStart(4, "0")}`;
  return `\\U${hex.padStart(8, "0")}`;
}
var Emitter = class {
  out = "";
  column = 0;
  whitespace = true;
  indention = true;
  openEnded = false;
  indent = -1;
  indents = [];
  rootContext = false;
  mappingContext = false;
  simpleKeyContext = false;
  put(s) {
    this.out += s;
    this.column += [...s].length;
  }
  putBreak() {
    this.out += "\n";
    this.column = 0;
  }
  writeIndent() {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || this.column === indent && !this.whitespace) this.putBreak();
    while (this.column < indent) this.put(" ");
    this.whitespace = true;
    this.indention = true;
  }
  indicator(s, needWhitespace, isWhitespace, isIndention) {
    if (needWhitespace && !this.whitespace) this.put(" ");
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }
  increaseIndent(flow, indentless) {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }
  popIndent() {
    this.indent = this.indents.pop() ?? -1;
  }
  document(v) {
    this.node(v, true, false, false);
    this.writeIndent();
    if (this.openEnded) {
      this.indicator("...", true, false, false);
      this.writeIndent();
    }
    return this.out;
  }
  node(v, root, mapping, simpleKey) {
    this.rootContext = root;
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    switch (v.kind) {
      case "unknown":
        throw new FunctionError("cannot serialize unknown value as YAML");
      case "null":
        return this.scalar("null", "plain");
      case "bool":
        return this.scalar(String(v.value), "plain");
      case "number":
        return this.scalar(numberToString(v), "plain");
      case "string":
        return this.scalar(v.value, v.value.includes("\n") ? "literal" : "double");
      case "list":
      case "set":
      case "tuple":
        return this.sequence(v.items);
      case "map":
      case "object": {
        const keys = Object.keys(v.attrs).sort(compareStrings);
        return this.mappingNode(keys.map((k) => [k, v.attrs[k]]));
      }
    }
  }
  sequence(items2) {
    if (items2.length === 0) return this.emptyFlow("[", "]");
    this.increaseIndent(false, this.mappingContext && !this.indention);
    for (const item of items2) {
      this.writeIndent();
      this.indicator("-", true, false, true);
      this.node(item, false, false, false);
    }
    this.popIndent();
  }
  mappingNode(pairs) {
    if (pairs.length === 0) return this.emptyFlow("{", "}");
    this.increaseIndent(false, false);
    for (const [k, v] of pairs) {
      this.writeIndent();
      const a = analyze([...k]);
      if (!a.multiline && a.bytes <= 128) {
        this.node({ kind: "string", value: k }, false, true, true);
        this.indicator(":", false, false, false);
      } else {
        this.indicator("?", true, false, true);
        this.node({ kind: "string", value: k }, false, true, false);
        this.writeIndent();
        this.indicator(":", true, false, true);
      }
      this.node(v, false, true, false);
    }
    this.popIndent();
  }
  emptyFlow(open2, close) {
    this.indicator(open2, true, true, false);
    this.increaseIndent(true, false);
    this.popIndent();
    this.indicator(close, false, false, false);
  }
  scalar(value, requested) {
    const chars = [...value];
    const a = analyze(chars);
    let style = requested;
    if (this.simpleKeyContext && a.multiline) style = "double";
    if (style === "literal" && (!a.blockAllowed || this.simpleKeyContext)) style = "double";
    this.increaseIndent(true, false);
    if (style === "plain") this.plain(chars);
    else if (style === "double") this.doubleQuoted(chars, !this.simpleKeyContext);
    else this.literal(chars);
    this.popIndent();
  }
  plain(chars) {
    if (!this.whitespace) this.put(" ");
    this.put(chars.join(""));
    this.whitespace = false;
    this.indention = false;
    if (this.rootContext) this.openEnded = true;
  }
  doubleQuoted(chars, allowBreaks) {
    this.indicator('"', true, false, false);
    const bom = chars[0] === "\uFEFF";
    let spaces = false;
    let byte = 0;
    const total = Buffer.byteLength(chars.join(""));
    chars.forEach((c, i) => {
      if (!printable(c) || bom || isBreak(c) || c === '"' || c === "\\") {
        this.put(escape(c));
        spaces = false;
      } else if (c === " ") {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && byte > 0 && byte < total - 1) {
          this.writeIndent();
          if (chars[i + 1] === " ") this.put("\\");
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
      byte += Buffer.byteLength(c);
    });
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
  literal(chars) {
    this.indicator("|", true, false, false);
    if (chars[0] === " " || isBreak(chars[0])) this.indicator(String(BEST_INDENT), false, false, false);
    this.openEnded = false;
    const n = chars.length;
    let chomp = "";
    if (!isBreak(chars[n - 1])) chomp = "-";
    else if (n === 1 || isBreak(chars[n - 2])) {
      chomp = "+";
      this.openEnded = true;
    }
    if (chomp !== "") this.indicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreak(c)) {
        if (c === "\n") this.putBreak();
        else {
          this.out += c;
          this.column = 0;
        }
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
};
function encodeYaml(v) {
  return new Emitter().document(v);
}

// src/hcl/functions/json.ts
function jsonString(s) {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function toJSON(v) {
  switch (v.kind) {
    case "null":
      return "null";
    case "unknown":
      throw new FunctionError("value is not known");
    case "string":
      return jsonString(v.value);
    case "number":
      if (!Number.isFinite(v.value) && !v.big) throw new FunctionError("cannot serialize infinity as JSON");
      return numberToString(v);
    case "bool":
      return String(v.value);
    case "list":
    case "set":
    case "tuple":
      return `[${v.items.map(toJSON).join(",")}]`;
    case "map":
    case "object":
      return `{${Object.keys(v.attrs).sort().map((k) => `${jsonString(k)}:${toJSON(v.attrs[k])}`).join(",")}}`;
  }
}
function fromJSON(text2) {
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch (e) {
    const go = goJSONCheck(text2);
    if ("message" in go) throw new FunctionError(go.message);
    try {
      parsed = JSON.parse(text2.slice(0, go.end));
    } catch {
      throw new FunctionError(`invalid JSON: ${messageOf(e)}`);
    }
  }
  return exactNumbers(parsed, text2);
}
function exactNumbers(js, text2) {
  if (!/\d|\\u/.test(text2)) return fromJS(js);
  const parsed = parseJson(text2, "");
  if (parsed.diagnostics.length > 0) return fromJS(js);
  const walk3 = (x) => {
    switch (x.kind) {
      case "number":
        return parseNumberValue(x.text) ?? V.number(x.value);
      case "array":
        return V.tuple(x.items.map(walk3));
      case "object": {
        const out = newAttrs();
        for (const p of x.properties) setAttr(out, p.name, walk3(p.value));
        return V.object(out);
      }
      case "string":
        return V.string(x.value);
      case "bool":
        return V.bool(x.value);
      default:
        return V.null();
    }
  };
  return walk3(parsed.value);
}
var yaml;
async function loadYaml() {
  yaml ??= await import("./ZNSXA46E.js");
}
function yamlLoaded() {
  return yaml !== void 0;
}
function mayCallYaml(text2) {
  return /\b(?:yamldecode|templatefile)\b/.test(text2);
}
function fromYAML(text2) {
  if (!yaml) throw new FunctionError("the YAML parser was not loaded (an internal error: call loadYaml first)");
  return decodeYaml(yaml, text2);
}
function toYAML(v) {
  return isKnown(v) ? V.string(encodeYaml(v)) : V.unknown(T.string);
}

// src/hcl/functions/encoding.ts
function base64decode(s) {
  const data = s.replace(/[\r\n]/g, "");
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(data)) {
    throw new FunctionError(`failed to decode base64 data '${s}'`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(Buffer.from(data, "base64"));
  } catch {
    throw new FunctionError("the result of decoding the the provided string is not valid UTF-8");
  }
}
function csvdecode(text2) {
  const reader = new CSVReader(text2);
  const wrap = (e) => {
    if (e instanceof CSVError) throw new FunctionError(`CSV parse error on line ${e.line}: ${e.reason}`);
    throw e;
  };
  let header3;
  try {
    header3 = reader.read();
  } catch (e) {
    wrap(e);
  }
  if (header3 === void 0) throw new FunctionError("missing header line");
  const attrsType = {};
  for (const h of header3) {
    if (Object.hasOwn(attrsType, h)) throw new FunctionError(`duplicate column name ${JSON.stringify(h)}`);
    setAttr(attrsType, h, T.string);
  }
  const rows = [];
  try {
    for (let r = reader.read(); r !== void 0; r = reader.read()) {
      const attrs2 = newAttrs();
      r.forEach((f, j) => setAttr(attrs2, header3[j], V.string(f)));
      rows.push(V.object(attrs2));
    }
  } catch (e) {
    wrap(e);
  }
  return V.list(rows, T.object(attrsType));
}
function urlencode(s) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function encodingFunctions() {
  return {
    base64encode: fn([param("str", T.string)], ([s]) => V.string(Buffer.from(str(s), "utf8").toString("base64")), { returnType: T.string }),
    base64decode: fn([param("str", T.string)], ([s]) => V.string(base64decode(str(s))), { returnType: T.string }),
    csvdecode: fn([param("str", T.string)], ([s]) => csvdecode(str(s))),
    jsonencode: fn([param("val", T.dynamic, { allowNull: true })], ([v]) => V.string(toJSON(v)), { returnType: T.string }),
    jsondecode: fn([param("str", T.string)], ([s]) => fromJSON(str(s))),
    yamlencode: fn([param("value", T.dynamic, { allowNull: true })], ([v]) => toYAML(v), { returnType: T.string }),
    yamldecode: fn([param("src", T.string)], ([s]) => fromYAML(str(s))),
    urlencode: fn([param("str", T.string)], ([s]) => V.string(urlencode(str(s))), { returnType: T.string }),
    textencodebase64: fn(
      [param("string", T.string), param("encoding", T.string)],
      ([s, e]) => V.string(encodeText(str(s), canonicalEncoding(str(e, 1), 1)).toString("base64")),
      { returnType: T.string }
    ),
    textdecodebase64: fn(
      [param("source", T.string), param("encoding", T.string)],
      ([s, e]) => {
        const canon = canonicalEncoding(str(e, 1), 1);
        let bytes;
        try {
          bytes = goBase64(str(s));
        } catch (err) {
          if (err instanceof Base64Error) throw new ArgError(0, `the given value is has an invalid base64 symbol at offset ${err.offset}`);
          throw err;
        }
        const text2 = decodeText(bytes, canon);
        if (text2.includes("\uFFFD")) throw new ArgError(0, `the given string contains symbols that are not defined for ${canon}`);
        return V.string(text2);
      },
      { returnType: T.string }
    )
  };
}

// src/hcl/functions/filesystem.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { homedir } from "node:os";
import * as path6 from "node:path";

// src/hcl/functions/glob.ts
import { lstatSync as lstatSync2, readdirSync as readdirSync2, statSync } from "node:fs";
import path5 from "node:path";
var BadPattern = class extends Error {
  constructor() {
    super("syntax error in pattern");
  }
};
function indexWithEscaping(s, chars) {
  for (let i = 0; i < s.length; i++) {
    if (!chars.includes(s[i])) continue;
    if (i > 0 && s[i - 1] === "\\") continue;
    return i;
  }
  return -1;
}
function lastIndexWithEscaping(s, c) {
  let end = s.lastIndexOf(c);
  while (end > 0 && s[end - 1] === "\\") end = s.lastIndexOf(c, end - 2);
  return end;
}
function splitAlternatives(s) {
  const out = [];
  let depth = 1;
  let esc = false;
  let start = 0;
  let i = 0;
  while (depth > 0) {
    if (i >= s.length) return [[], -1];
    const c = s[i];
    if (esc) esc = false;
    else if (c === "\\") esc = true;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === "," && depth === 1) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  out.push(s.slice(start, i - 1));
  return [out, i];
}
function isZeroLength(pattern) {
  if (pattern === "" || pattern === "*" || pattern === "**") return true;
  if (pattern[0] === "{") {
    const [options, end] = splitAlternatives(pattern.slice(1));
    if (end === -1) throw new BadPattern();
    if (!isZeroLength(pattern.slice(1 + end))) return false;
    return options.some(isZeroLength);
  }
  return false;
}
var cp = (s, i) => String.fromCodePoint(s.codePointAt(i) ?? 0);
function matchComponent(pattern, name) {
  let p = 0;
  let n = 0;
  while (p < pattern.length && n < name.length) {
    let pc = cp(pattern, p);
    const nc = cp(name, n);
    if (pc === "/") {
      p++;
      break;
    } else if (pc === "\\") {
      p++;
      if (p >= pattern.length) throw new BadPattern();
      pc = cp(pattern, p);
      if (pc !== nc) return void 0;
      p += pc.length;
      n += nc.length;
    } else if (pc === "*") {
      p++;
      if (p >= pattern.length) return [];
      if (pattern[p] === "/") return [pattern.slice(p + 1)];
      for (; n < name.length; n += cp(name, n).length) {
        const m = matchComponent(pattern.slice(p), name.slice(n));
        if (m) return m;
      }
      return void 0;
    } else if (pc === "[") {
      p++;
      const close = indexWithEscaping(pattern.slice(p), "]");
      if (close === -1) throw new BadPattern();
      const cls = [...pattern.slice(p, p + close)];
      if (cls.length === 0) throw new BadPattern();
      let k = cls[0] === "^" ? 1 : 0;
      let matched = false;
      while (k < cls.length) {
        let low = cls[k++];
        if (low === "-") throw new BadPattern();
        if (low === "\\") {
          if (k >= cls.length) throw new BadPattern();
          low = cls[k++];
        }
        let high = low;
        if (k < cls.length && cls[k] === "-") {
          if (++k >= cls.length) throw new BadPattern();
          high = cls[k++];
          if (high === "-") throw new BadPattern();
          if (high === "\\") {
            if (k >= cls.length) throw new BadPattern();
            high = cls[k++];
          }
        }
        const x = nc.codePointAt(0) ?? 0;
        if ((low.codePointAt(0) ?? 0) <= x && x <= (high.codePointAt(0) ?? 0)) matched = true;
      }
      if (matched === (cls[0] === "^")) return void 0;
      p += close + 1;
      n += nc.length;
    } else if (pc === "{") {
      p++;
      const [options, end] = splitAlternatives(pattern.slice(p));
      if (end === -1) throw new BadPattern();
      p += end;
      const results = [];
      let any = false;
      for (const o of options) {
        const m = matchComponent(o + pattern.slice(p), name.slice(n));
        if (m) {
          any = true;
          results.push(...m);
        }
      }
      return any ? results : void 0;
    } else if (pc === "?" || pc === nc) {
      p += pc.length;
      n += nc.length;
    } else return void 0;
  }
  if (n >= name.length) {
    if (p >= pattern.length) return [];
    const rest = pattern.slice(p);
    const slash = indexWithEscaping(rest, "/");
    if (isZeroLength(slash >= 0 ? rest.slice(0, slash) : rest)) return slash === -1 ? [] : [rest.slice(slash + 1)];
  }
  return void 0;
}
function entries(dir) {
  try {
    return readdirSync2(dir, { withFileTypes: true }).map((d) => ({ name: d.name, isLink: d.isSymbolicLink(), isDir: d.isDirectory() })).sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  } catch {
    return [];
  }
}
function stat(p, follow) {
  try {
    return follow ? statSync(p) : lstatSync2(p);
  } catch {
    return void 0;
  }
}
function doGlob(base, pat, out) {
  let basedir = base;
  let pattern = pat;
  let globIdx = indexWithEscaping(pattern, "*?[{\\");
  if (globIdx > 0) globIdx = lastIndexWithEscaping(pattern.slice(0, globIdx), "/");
  else if (globIdx === -1) globIdx = lastIndexWithEscaping(pattern, "/");
  if (globIdx > 0) {
    basedir = path5.join(basedir, pattern.slice(0, globIdx));
    pattern = pattern.slice(globIdx + 1);
  }
  let fi = stat(basedir, false);
  if (!fi) return;
  if (pattern === "") {
    out.push(basedir);
    return;
  }
  if (fi.isSymbolicLink()) fi = stat(basedir, true);
  if (!fi?.isDirectory()) return;
  const files = entries(basedir);
  let slash = indexWithEscaping(pattern, "/");
  const last = slash === -1;
  if (last) slash = pattern.length;
  if (pattern.slice(0, slash) === "**") {
    for (const f of files) {
      const full = path5.join(basedir, f.name);
      let isDir = f.isDir;
      if (f.isLink) {
        const target = stat(full, true);
        if (!target) continue;
        isDir = target.isDirectory();
      }
      if (isDir) {
        if (last) out.push(full);
        doGlob(full, pattern, out);
      } else if (last) out.push(full);
    }
    if (last) return;
    pattern = pattern.slice(slash + 1);
  }
  for (const f of files) {
    const m = matchComponent(pattern, f.name);
    if (!m) continue;
    const full = path5.join(basedir, f.name);
    if (m.length === 0) out.push(full);
    else for (const alt of m) doGlob(full, alt, out);
  }
}
function glob(pattern) {
  const out = [];
  if (pattern === "") return out;
  if (pattern.startsWith("/")) doGlob("/", pattern.slice(1), out);
  else doGlob(".", pattern, out);
  return out;
}
function goJoin(...parts) {
  const j = path5.join(...parts);
  return j.length > 1 && j.endsWith("/") ? j.slice(0, -1) : j;
}
var ERRNO_TEXT = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  ELOOP: "too many levels of symbolic links",
  ENOTDIR: "not a directory"
};
function fileset(baseDir, dir, pattern) {
  const root = path5.isAbsolute(dir) ? goJoin(dir) : goJoin(baseDir, dir);
  const joined = goJoin(root, pattern);
  let matches;
  try {
    matches = glob(joined);
  } catch (e) {
    if (e instanceof BadPattern) throw new FunctionError(`failed to glob pattern (${joined}): ${e.message}`);
    throw e;
  }
  const out = [];
  for (const m of matches) {
    let st;
    try {
      st = statSync(m);
    } catch (e) {
      const code = e.code ?? "";
      throw new FunctionError(`failed to stat (${m}): stat ${m}: ${ERRNO_TEXT[code] ?? code}`);
    }
    if (!st.isFile()) continue;
    out.push(path5.relative(root, m).split(path5.sep).join("/"));
  }
  return out;
}

// src/hcl/functions/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var FILE_LIMIT = 64 * 1024 * 1024;
function readFileBounded(file2, shown) {
  let fd;
  try {
    fd = openSync(file2, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    if (e.code === "ENOENT") throw new FunctionError(`no file exists at ${shown}`);
    throw new FunctionError(`failed to read ${shown}`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FunctionError(`failed to read ${shown}`);
    if (!st.isFile()) throw new FunctionError(`failed to read ${shown}: not a regular file`);
    if (st.size > FILE_LIMIT) throw tooLarge(shown);
    const first = Buffer.allocUnsafe(st.size + 1);
    const got = readInto(fd, first);
    if (got < first.length) return first.subarray(0, got);
    const parts = [first];
    let total = got;
    if (total > FILE_LIMIT) throw tooLarge(shown);
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (let n = readInto(fd, chunk); n > 0; n = readInto(fd, chunk)) {
      total += n;
      if (total > FILE_LIMIT) throw tooLarge(shown);
      parts.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(parts);
  } catch (e) {
    if (e instanceof FunctionError) throw e;
    throw new FunctionError(`failed to read ${shown}`);
  } finally {
    closeSync(fd);
  }
}
function readInto(fd, buf) {
  let got = 0;
  for (let n = -1; got < buf.length && n !== 0; got += n) n = readSync(fd, buf, got, buf.length - got, null);
  return got;
}
var tooLarge = (shown) => new FunctionError(`failed to read ${shown}: the file is larger than ${FILE_LIMIT / 1024 / 1024} MiB`);

// src/hcl/functions/filesystem.ts
function readText(file2, shown) {
  const bytes = readFileBounded(file2, shown);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FunctionError(
      `contents of ${shown} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`
    );
  }
}
function filesystemFunctions(opts) {
  const resolve22 = (p) => path6.resolve(opts.baseDir, expandForFile(p));
  const templatefile = fn([param("path", T.string), param("vars", T.dynamic)], ([p, vars]) => {
    const shown = str(p);
    const text2 = readText(resolve22(shown), shown);
    const parsed = parseTemplateText(text2, shown);
    if (parsed.diagnostics.length > 0) throw failure(parsed.diagnostics);
    const variables = newAttrs();
    for (const [k, v] of Object.entries(attrs(vars, 1))) {
      if (!/^[\p{ID_Start}_][\p{ID_Continue}-]*$/u.test(k))
        throw new ArgError(
          1,
          `invalid template variable name ${JSON.stringify(k)}: must start with a letter, followed by zero or more letters, digits, and underscores`
        );
      setAttr(variables, k, v);
    }
    for (const ref of traversals(parsed.expr)) {
      if (!Object.hasOwn(variables, ref.root))
        throw new ArgError(1, `vars map does not contain key ${JSON.stringify(ref.root)}, referenced at ${rangeText(ref.rootRange)}`);
    }
    const functions = { ...opts.templateFunctions() };
    delete functions.templatefile;
    const result2 = evaluate(parsed.expr, { variables, functions });
    if (result2.diagnostics.some((d) => d.severity === "error")) throw failure(result2.diagnostics);
    return result2.value;
  });
  return {
    // Go's filepath.Abs: no `~` expansion.
    abspath: fn([param("path", T.string)], ([p]) => V.string(path6.resolve(opts.baseDir, str(p)).split(path6.sep).join("/")), { returnType: T.string }),
    basename: fn([param("path", T.string)], ([p]) => V.string(basename(str(p))), { returnType: T.string }),
    dirname: fn([param("path", T.string)], ([p]) => V.string(dirname(str(p))), { returnType: T.string }),
    pathexpand: fn([param("path", T.string)], ([p]) => V.string(expandHome(str(p))), { returnType: T.string }),
    file: fn([param("path", T.string)], ([p]) => V.string(readText(resolve22(str(p)), str(p))), { returnType: T.string }),
    fileexists: fn(
      [param("path", T.string)],
      ([p]) => {
        const full = resolve22(str(p));
        if (!existsSync(full)) return V.bool(false);
        const st = statSync2(full);
        if (st.isDirectory()) throw new FunctionError(`${str(p)} is a directory, not a file`);
        return V.bool(st.isFile());
      },
      { returnType: T.bool }
    ),
    fileset: fn(
      [param("path", T.string), param("pattern", T.string)],
      ([p, pat]) => {
        const out = fileset(opts.baseDir, str(p), str(pat, 1));
        return { kind: "set", items: setItems(out.map(V.string)), element: T.string };
      },
      { returnType: T.set(T.string) }
    ),
    templatefile
  };
}
function failure(diagnostics) {
  const problem = diagnostics.find((d) => d.severity === "error") ?? diagnostics[0];
  const where2 = problem.range ? `${rangeText(problem.range)}: ` : "";
  return new FunctionError(`${where2}${problem.summary}; ${problem.detail ?? ""}`);
}
function expandHome(p) {
  if (!p.startsWith("~")) return p;
  if (p.length > 1 && p[1] !== "/" && p[1] !== "\\") throw new FunctionError("cannot expand user-specific home dir");
  return path6.join(homedir(), p.slice(1));
}
function expandForFile(p) {
  try {
    return expandHome(p);
  } catch (e) {
    if (e instanceof FunctionError) throw new FunctionError(`failed to expand ~: ${e.message}`);
    throw e;
  }
}
function basename(p) {
  if (p === "") return ".";
  const trimmed = p.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
function dirname(p) {
  const i = p.lastIndexOf("/");
  const dir = i < 0 ? "." : p.slice(0, i + 1);
  const cleaned = path6.posix.normalize(dir);
  return cleaned.length > 1 ? cleaned.replace(/\/$/, "") : cleaned;
}

// src/hcl/functions/hash.ts
import { createHash as createHash3, randomUUID } from "node:crypto";

// src/hcl/functions/bcrypt.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var WORDS = 18 + 4 * 256;
var piWords;
function arctanInverse(x, one) {
  let sum = 0n;
  let term = one / x;
  const x2 = x * x;
  for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign) {
    sum += sign * term / n;
    term /= x2;
  }
  return sum;
}
function blowfishConstants() {
  if (piWords) return piWords;
  const bits2 = BigInt(WORDS * 32 + 64);
  const one = 1n << bits2;
  const pi = 16n * arctanInverse(5n, one) - 4n * arctanInverse(239n, one);
  const frac = pi % one >> 64n;
  const words2 = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i++) words2[i] = Number(frac >> BigInt((WORDS - 1 - i) * 32) & 0xffffffffn);
  piWords = words2;
  return words2;
}
var Blowfish = class _Blowfish {
  p;
  s;
  constructor() {
    const k = blowfishConstants();
    this.p = k.slice(0, 18);
    this.s = k.slice(18);
  }
  f(x) {
    const { s } = this;
    return ((s[x >>> 24] + s[256 + (x >>> 16 & 255)] ^ s[512 + (x >>> 8 & 255)]) >>> 0) + s[768 + (x & 255)] >>> 0;
  }
  encrypt(block, at2) {
    let l = block[at2];
    let r = block[at2 + 1];
    const { p } = this;
    for (let i = 0; i < 16; i += 2) {
      l = (l ^ p[i]) >>> 0;
      r = (r ^ this.f(l)) >>> 0;
      r = (r ^ p[i + 1]) >>> 0;
      l = (l ^ this.f(r)) >>> 0;
    }
    block[at2] = (r ^ p[17]) >>> 0;
    block[at2 + 1] = (l ^ p[16]) >>> 0;
  }
  static stream(data, pos) {
    let w = 0;
    for (let k = 0; k < 4; k++) {
      w = (w << 8 | data[pos.i]) >>> 0;
      pos.i = (pos.i + 1) % data.length;
    }
    return w;
  }
  expand(key2, salt) {
    const kp = { i: 0 };
    for (let i = 0; i < 18; i++) this.p[i] = (this.p[i] ^ _Blowfish.stream(key2, kp)) >>> 0;
    const block = new Uint32Array(2);
    const sp = { i: 0 };
    const next = () => {
      if (salt) {
        block[0] ^= _Blowfish.stream(salt, sp);
        block[1] ^= _Blowfish.stream(salt, sp);
      }
      this.encrypt(block, 0);
    };
    for (let i = 0; i < 18; i += 2) {
      next();
      this.p[i] = block[0];
      this.p[i + 1] = block[1];
    }
    for (let i = 0; i < 1024; i += 2) {
      next();
      this.s[i] = block[0];
      this.s[i + 1] = block[1];
    }
  }
};
var alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function encode64(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    out += alphabet[b0 >> 2] + alphabet[(b0 & 3) << 4 | b1 >> 4];
    if (i + 1 < bytes.length) out += alphabet[(b1 & 15) << 2 | b2 >> 6];
    if (i + 2 < bytes.length) out += alphabet[b2 & 63];
  }
  return out;
}
function decode64(text2, length) {
  const vals = Array.from(text2, (c) => alphabet.indexOf(c));
  const out = [];
  for (let i = 0; i < vals.length && out.length < length; i += 4) {
    const [a, b, c = 0, d = 0] = vals.slice(i, i + 4);
    out.push((a << 2 | b >> 4) & 255);
    if (out.length < length) out.push((b << 4 | c >> 2) & 255);
    if (out.length < length) out.push((c << 6 | d) & 255);
  }
  return Uint8Array.from(out);
}
function bcryptHash(password, cost, salt22) {
  const salt = salt22 !== void 0 ? decode64(salt22, 16) : new Uint8Array(randomBytes2(16));
  const key2 = Uint8Array.from([...Buffer.from(password, "utf8"), 0].slice(0, 72));
  const bf = new Blowfish();
  bf.expand(key2, salt);
  for (let i = 0; i < 2 ** cost; i++) {
    bf.expand(key2);
    bf.expand(salt);
  }
  const ctext = new Uint32Array(Array.from({ length: 6 }, (_, i) => Buffer.from("OrpheanBeholderScryDoubt").readUInt32BE(i * 4)));
  for (let i = 0; i < 64; i++) for (let j = 0; j < 6; j += 2) bf.encrypt(ctext, j);
  const bytes = new Uint8Array(24);
  ctext.forEach((w, i) => {
    bytes[i * 4] = w >>> 24;
    bytes[i * 4 + 1] = w >>> 16 & 255;
    bytes[i * 4 + 2] = w >>> 8 & 255;
    bytes[i * 4 + 3] = w & 255;
  });
  return `$2a$${String(cost).padStart(2, "0")}$${encode64(salt)}${encode64(bytes.subarray(0, 23))}`;
}

// src/hcl/functions/hash.ts
var digest = (algo, encoding) => fn([param("str", T.string)], ([s]) => V.string(createHash3(algo).update(str(s), "utf8").digest(encoding)), { returnType: T.string });
var WHOLE_INT642 = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
var namespaces = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8"
};
function parseUUID(s) {
  let t = s;
  switch (Buffer.byteLength(s)) {
    case 36:
      break;
    case 45:
      if (s.slice(0, 9).toLowerCase() !== "urn:uuid:") throw new Error(`invalid urn prefix: ${JSON.stringify(s.slice(0, 9))}`);
      t = s.slice(9);
      break;
    case 38:
      t = s.slice(1, 37);
      break;
    case 32:
      if (!/^[0-9a-fA-F]{32}$/.test(s)) throw new Error("invalid UUID format");
      return s;
    default:
      throw new Error(`invalid UUID length: ${Buffer.byteLength(s)}`);
  }
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(t)) throw new Error("invalid UUID format");
  return t.replace(/-/g, "");
}
function uuidv5(namespace, name) {
  let ns = namespaces[namespace]?.replace(/-/g, "");
  if (ns === void 0) {
    try {
      ns = parseUUID(namespace);
    } catch (e) {
      throw new FunctionError(`uuidv5() doesn't support namespace ${namespace} (${messageOf(e)})`);
    }
  }
  const h = createHash3("sha1").update(Buffer.from(ns, "hex")).update(name, "utf8").digest().subarray(0, 16);
  h[6] = h[6] & 15 | 80;
  h[8] = h[8] & 63 | 128;
  const x = h.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
function hashFunctions() {
  return {
    md5: digest("md5", "hex"),
    sha1: digest("sha1", "hex"),
    sha256: digest("sha256", "hex"),
    sha512: digest("sha512", "hex"),
    bcrypt: fn(
      [param("str", T.string)],
      (args) => {
        const [s, cost] = args;
        let c = 10;
        if (cost !== void 0) {
          const n = num(cost, 1);
          if (!Number.isInteger(n) || Math.abs(n) >= 2 ** 63) throw new FunctionError(WHOLE_INT642);
          c = n;
        }
        if (args.length > 2) throw new FunctionError("bcrypt() takes no more than two arguments");
        const password = str(s);
        if (Buffer.byteLength(password) > 72) throw new FunctionError("error occured generating password bcrypt: password length exceeds 72 bytes");
        if (c < 4) c = 10;
        if (c > 31) throw new FunctionError(`error occured generating password crypto/bcrypt: cost ${c} is outside allowed inclusive range 4..31`);
        return V.string(bcryptHash(password, c));
      },
      { varParam: param("cost", T.number), returnType: T.string }
    ),
    uuidv4: fn([], () => V.string(randomUUID()), { returnType: T.string }),
    uuidv5: fn([param("namespace", T.string), param("name", T.string)], ([ns, n]) => V.string(uuidv5(str(ns), str(n, 1))), {
      returnType: T.string
    })
  };
}

// src/hcl/functions/ipnet.ts
function parseV4(s) {
  const parts = s.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^(?:0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255)) return void 0;
  return parts.reduce((acc, p) => acc << 8n | BigInt(Number(p)), 0n);
}
function parseV6(s) {
  let text2 = s;
  let tail;
  const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text2);
  if (v4) {
    tail = parseV4(v4[1]);
    if (tail === void 0) return void 0;
    text2 = `${text2.slice(0, v4.index)}:0:0`;
  }
  const halves = text2.split("::");
  if (halves.length > 2) return void 0;
  const head = halves[0] === "" ? [] : halves[0].split(":");
  const rest = halves.length === 2 ? halves[1] === "" ? [] : halves[1].split(":") : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return void 0;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return void 0;
  let n = groups.reduce((acc, g) => acc << 16n | BigInt(parseInt(g, 16)), 0n);
  if (tail !== void 0) n = n & ~0xffffffffn | tail;
  return n;
}
var CIDRError = class extends Error {
};
function parseCIDR(prefix) {
  const slash = prefix.indexOf("/");
  const fail4 = () => {
    throw new CIDRError(`invalid CIDR address: ${prefix}`);
  };
  if (slash < 0) return fail4();
  const [text2, len] = [prefix.slice(0, slash), prefix.slice(slash + 1)];
  let v6 = false;
  let addr = parseV4(text2);
  if (addr === void 0) {
    v6 = true;
    addr = parseV6(text2);
  }
  const m = /^\d+/.exec(len);
  if (addr === void 0 || !m || m[0].length !== len.length || Number(len) > (v6 ? 128 : 32)) return fail4();
  const bits2 = Number(len);
  const width = v6 ? 128 : 32;
  const mask = (1n << BigInt(width)) - 1n ^ (1n << BigInt(width - bits2)) - 1n;
  return { v6, addr: addr & mask, bits: bits2 };
}
function network(prefix) {
  try {
    return parseCIDR(prefix);
  } catch (e) {
    if (e instanceof CIDRError) throw new FunctionError(`invalid CIDR expression: ${e.message}`);
    throw e;
  }
}
function goInt2(v) {
  return int64(v);
}
function toAddr(n, width) {
  const abs = n < 0n ? -n : n;
  return abs & (1n << BigInt(width)) - 1n;
}
var mapped = (n) => n >> 32n === 0xffffn;
function formatAddr(n, v6) {
  if (!v6 || mapped(n)) return [24n, 16n, 8n, 0n].map((s) => String(n >> s & 0xffn)).join(".");
  const groups = Array.from({ length: 8 }, (_, i) => Number(n >> BigInt((7 - i) * 16) & 0xffffn));
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}
function subnet(net, newbits, netnum) {
  const width = net.v6 ? 128 : 32;
  if (newbits > 32) throw new FunctionError("may not extend prefix by more than 32 bits");
  const bits2 = net.bits + newbits;
  if (bits2 > width) throw new FunctionError(`insufficient address space to extend prefix of ${net.bits} by ${newbits}`);
  const max = newbits >= 0 ? (1n << BigInt(newbits)) - 1n : (1n << 64n) - 1n;
  const asUint = (netnum < 0n ? -netnum : netnum) & (1n << 64n) - 1n;
  if (asUint > max) throw new FunctionError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const shifted = bits2 <= width ? netnum << BigInt(width - bits2) : netnum >> BigInt(bits2 - width);
  return { v6: net.v6, addr: toAddr(net.addr | shifted, width), bits: bits2 };
}
function host(net, hostnum) {
  const width = net.v6 ? 128 : 32;
  const max = (1n << BigInt(width - net.bits)) - 1n;
  let n = hostnum;
  let magnitude = (n < 0n ? -n : n) & (1n << 64n) - 1n;
  if (n < 0n) {
    magnitude = -n - 1n;
    n = max - magnitude;
  }
  if (magnitude > max) throw new FunctionError(`prefix of ${net.bits} does not accommodate a host numbered ${n}`);
  const shift2 = net.v6 && mapped(net.addr) ? 96n : 0n;
  return formatAddr(toAddr(net.addr | n << shift2, width), net.v6);
}
var cidr = (n) => `${formatAddr(n.addr, n.v6)}/${n.v6 && mapped(n.addr) ? Math.max(0, n.bits - 96) : n.bits}`;
function subnetsBase(prefix) {
  try {
    return parseCIDR(prefix);
  } catch (e) {
    if (e instanceof CIDRError) throw new ArgError(0, `invalid CIDR expression: ${e.message}`);
    throw e;
  }
}
function newbitsArg(v, index2) {
  try {
    return Number(goInt2(v));
  } catch (e) {
    if (e instanceof FunctionError) throw new ArgError(index2, e.message);
    throw e;
  }
}
function subnets(net, newbitsList) {
  const width = net.v6 ? 128 : 32;
  const out = [];
  let next = net.addr;
  const end = net.addr + (1n << BigInt(width - net.bits));
  if (newbitsList.length > 0) newbitsArg(newbitsList[0], 1);
  for (const [i, v] of newbitsList.entries()) {
    const nb = newbitsArg(v, i + 1);
    if (nb < 1) throw new ArgError(i + 1, "must extend prefix by at least one bit");
    if (nb > 32) throw new ArgError(i + 1, "may not extend prefix by more than 32 bits");
    const bits2 = net.bits + nb;
    if (bits2 > width) throw new ArgError(i + 1, `would extend prefix to ${bits2} bits, which is too long for an IPv${net.v6 ? 6 : 4} address`);
    if (net.v6 && mapped(net.addr)) throw new ArgError(i + 1, `not enough remaining address space for a subnet with a prefix of ${bits2} bits after <nil>`);
    const size = 1n << BigInt(width - bits2);
    const start = (next + size - 1n) / size * size;
    if (start + size > end)
      throw new ArgError(i + 1, `not enough remaining address space for a subnet with a prefix of ${bits2} bits after ${out.at(-1) ?? cidr(net)}`);
    out.push(cidr({ v6: net.v6, addr: start, bits: bits2 }));
    next = start + size;
  }
  return out;
}
function ipnetFunctions() {
  return {
    cidrhost: fn([param("prefix", T.string), param("hostnum", T.number)], ([p, h]) => V.string(host(network(str(p)), int64(h, 1))), {
      returnType: T.string
    }),
    cidrnetmask: fn(
      [param("prefix", T.string)],
      ([p]) => {
        const net = network(str(p));
        const width = net.v6 ? 128 : 32;
        return V.string(formatAddr((1n << BigInt(width)) - 1n ^ (1n << BigInt(width - net.bits)) - 1n, net.v6));
      },
      { returnType: T.string }
    ),
    cidrsubnet: fn(
      [param("prefix", T.string), param("newbits", T.number), param("netnum", T.number)],
      ([p, b, n]) => {
        const newbits = Number(goInt2(b));
        const netnum = goInt2(n);
        return V.string(cidr(subnet(network(str(p)), newbits, netnum)));
      },
      { returnType: T.string }
    ),
    cidrsubnets: fn([param("prefix", T.string)], ([p, ...bits2]) => strings(subnets(subnetsBase(str(p)), bits2)), {
      varParam: param("newbits", T.number),
      returnType: T.list(T.string)
    })
  };
}

// src/hcl/functions/go-pow.ts
var view = new DataView(new ArrayBuffer(8));
function bits(f) {
  view.setFloat64(0, f);
  return view.getBigUint64(0);
}
function fromBits(b) {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}
var SHIFT = 52n;
var MASK = 0x7ffn;
var BIAS = 1023;
var SMALLEST_NORMAL = 22250738585072014e-324;
function normalize(x) {
  return Math.abs(x) < SMALLEST_NORMAL ? [x * 2 ** 52, -52] : [x, 0];
}
function frexp(f) {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  const [n, e] = normalize(f);
  let x = bits(n);
  const exp = e + Number(x >> SHIFT & MASK) - BIAS + 1;
  x &= ~(MASK << SHIFT);
  x |= BigInt(BIAS - 1) << SHIFT;
  return [fromBits(x), exp];
}
function ldexp(frac, exp) {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  const [n, e] = normalize(frac);
  let x = bits(n);
  let ex = exp + e + Number(x >> SHIFT & MASK) - BIAS;
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
var isOddInt = (y) => Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
function special(x, y) {
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
  return void 0;
}
function goPow(x, y) {
  const s = special(x, y);
  if (s !== void 0) return s;
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

// src/hcl/functions/numeric.ts
function numberArg(v, index2) {
  if (v.kind === "number") return v;
  throw new ArgError(index2, "number required");
}
var INT64_RANGE = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
function goInt3(v) {
  if (!v.big) return Number.isInteger(v.value) && Math.abs(v.value) <= 2 ** 63 && v.value !== 2 ** 63 ? v.value : void 0;
  const { int, acc } = v.big.toInt();
  if (int === void 0 || acc !== 0 || int < -(2n ** 63n) || int >= 2n ** 63n) return void 0;
  return Number(int);
}
var maxFloatText;
function goFloat(v) {
  if (!v.big) return v.value;
  const d = v.big.toNumber();
  if (!Number.isFinite(d) && !v.big.isInf()) {
    maxFloatText ??= BigFloat.fromNumber(Number.MAX_VALUE).text("f", 6);
    throw new FunctionError(`value must be between -${maxFloatText} and ${maxFloatText} inclusive`);
  }
  return d;
}
function floatResult(d) {
  if (Number.isNaN(d)) throw new FunctionError("panic in function implementation: Float.SetFloat64(NaN)");
  return numberOf(d, 53);
}
function rounded(v, up) {
  if (!v.big) return numberOf((up ? Math.ceil(v.value) : Math.floor(v.value)) + 0, precOf(v));
  if (v.big.isInf()) return v;
  const { int, acc } = v.big.toInt();
  let i = int ?? 0n;
  if (up && acc < 0) i += 1n;
  if (!up && acc > 0) i -= 1n;
  return fromBig(BigFloat.fromBigInt(i, v.big.prec));
}
function extreme(isBetter, start) {
  return fn(
    [],
    (args) => {
      if (args.length === 0) throw new FunctionError("must pass at least one number");
      let best = numberOf(start, 53);
      args.forEach((a, i) => {
        const n = numberArg(a, i);
        if (isBetter(n, best)) best = n;
      });
      return best;
    },
    { varParam: param("numbers", T.number), returnType: T.number }
  );
}
function parseBigInt(text2, base) {
  const m = /^([+-]?)(.+)$/s.exec(text2);
  if (!m) return void 0;
  let n = 0n;
  const b = BigInt(base);
  for (const ch of m[2]) {
    const c = ch.charCodeAt(0);
    let d;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 87;
    else if (c >= 65 && c <= 90) d = base <= 36 ? c - 55 : c - 29;
    else return void 0;
    if (d >= base) return void 0;
    n = n * b + BigInt(d);
  }
  return m[1] === "-" ? -n : n;
}
function numericFunctions() {
  return {
    abs: fn(
      [param("num", T.number)],
      ([a]) => {
        const n = numberArg(a, 0);
        return n.big ? fromBig(n.big.abs()) : numberOf(Math.abs(n.value), precOf(n));
      },
      { returnType: T.number }
    ),
    ceil: fn([param("num", T.number)], ([a]) => rounded(numberArg(a, 0), true), { returnType: T.number }),
    floor: fn([param("num", T.number)], ([a]) => rounded(numberArg(a, 0), false), { returnType: T.number }),
    signum: fn(
      [param("num", T.number)],
      ([a]) => {
        const n = goInt3(numberArg(a, 0));
        if (n === void 0) throw new FunctionError(INT64_RANGE);
        return V.number(n < 0 ? -1 : n > 0 ? 1 : 0);
      },
      { returnType: T.number }
    ),
    log: fn(
      [param("num", T.number), param("base", T.number)],
      ([n, b]) => floatResult(Math.log(goFloat(numberArg(n, 0))) / Math.log(goFloat(numberArg(b, 1)))),
      { returnType: T.number }
    ),
    pow: fn([param("num", T.number), param("power", T.number)], ([n, p]) => floatResult(goPow(goFloat(numberArg(n, 0)), goFloat(numberArg(p, 1)))), {
      returnType: T.number
    }),
    max: extreme((c, best) => compareNumbers(c, best) > 0, -Infinity),
    min: extreme((c, best) => compareNumbers(c, best) < 0, Infinity),
    parseint: fn(
      [param("number", T.dynamic), param("base", T.number)],
      ([n, b]) => {
        if (n.kind !== "string") throw new ArgError(0, "first argument must be a string, not " + n.kind);
        const text2 = str(n);
        const base = goInt3(numberArg(b, 1));
        if (base === void 0) throw new ArgError(1, INT64_RANGE);
        if (base < 2 || base > 62) throw new ArgError(1, "base must be a whole number between 2 and 62 inclusive");
        const i = parseBigInt(text2, base);
        if (i === void 0) throw new ArgError(0, `cannot parse ${JSON.stringify(text2)} as a base ${base} integer`);
        return fromBig(BigFloat.fromBigInt(i));
      },
      { returnType: T.number }
    )
  };
}

// src/hcl/functions/bool-lists.ts
var listParam = param("list", T.list(T.bool), { allowUnknown: true });
function allTrue([list]) {
  if (list.kind === "unknown") return V.unknown(T.bool);
  for (const v of items(list)) {
    if (v.kind === "unknown") return V.unknown(T.bool);
    if (v.kind !== "bool" || !v.value) return V.bool(false);
  }
  return V.bool(true);
}
function anyTrue([list]) {
  if (list.kind === "unknown") return V.unknown(T.bool);
  let unknown2 = false;
  for (const v of items(list)) {
    if (v.kind === "unknown") unknown2 = true;
    else if (v.kind === "bool" && v.value) return V.bool(true);
  }
  return unknown2 ? V.unknown(T.bool) : V.bool(false);
}
function boolListFunctions() {
  return {
    alltrue: fn([listParam], allTrue, { returnType: T.bool }),
    anytrue: fn([listParam], anyTrue, { returnType: T.bool })
  };
}

// src/hcl/functions/packer-encoding.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { resolve as resolve2 } from "node:path";
import { constants as constants2, crc32, deflateRawSync } from "node:zlib";
function readBase64(cwd, path10) {
  try {
    return readFileSync3(resolve2(cwd, path10)).toString("base64");
  } catch (e) {
    const code = e.code;
    const why = code === "ENOENT" ? "no such file or directory" : code === "EISDIR" ? "is a directory" : messageOf(e);
    throw new FunctionError(`failed to read file ${JSON.stringify(path10)}: open ${path10}: ${why}`);
  }
}
function goGzip(data) {
  const header3 = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 255]);
  const body = deflateRawSync(data, { finishFlush: constants2.Z_SYNC_FLUSH });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  return Buffer.concat([header3, body, Buffer.from([1, 0, 0, 255, 255]), trailer]);
}
function packerEncodingFunctions(opts) {
  return {
    base64gzip: fn([param("str", T.string)], ([s]) => V.string(goGzip(Buffer.from(str(s), "utf8")).toString("base64")), { returnType: T.string }),
    filebase64: fn([param("path", T.string)], ([p]) => V.string(readBase64(opts.cwd, str(p))), { returnType: T.string })
  };
}

// src/hcl/functions/rsa.ts
import { createPrivateKey } from "node:crypto";
var DECRYPTION_ERROR = "crypto/rsa: decryption error";
function firstPemBlock(text2) {
  const m = /-----BEGIN ([^\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text2);
  if (!m) return void 0;
  const headers = {};
  let body = m[2];
  const split = /\r?\n\r?\n/.exec(body);
  if (split && /^[\w-]+:/.test(body)) {
    for (const line of body.slice(0, split.index).split(/\r?\n/)) {
      const colon = line.indexOf(":");
      if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    body = body.slice(split.index + split[0].length);
  }
  return { headers, der: Buffer.from(body.replace(/\s+/g, ""), "base64") };
}
function parseKey(text2) {
  const block = firstPemBlock(text2);
  if (!block) throw new FunctionError("failed to parse key: no key found");
  if (block.headers["Proc-Type"] === "4,ENCRYPTED") {
    throw new FunctionError("failed to parse key: password protected keys are not supported. Please decrypt the key prior to use");
  }
  if (!isPkcs1(block.der)) {
    const pkcs8 = tryKey(block.der, "pkcs8") !== void 0;
    throw new FunctionError(`x509: failed to parse private key${pkcs8 ? " (use ParsePKCS8PrivateKey instead for this key format)" : ""}`);
  }
  const key2 = tryKey(block.der, "pkcs1");
  if (!key2) throw new FunctionError("x509: failed to parse private key");
  return key2;
}
function tryKey(der, type) {
  try {
    return createPrivateKey({ key: der, format: "der", type });
  } catch {
    return void 0;
  }
}
function isPkcs1(der) {
  const headerLength = (at2) => der[at2 + 1] < 128 ? 2 : 2 + (der[at2 + 1] & 127);
  if (der[0] !== 48 || der.length < 4) return false;
  const first = headerLength(0);
  if (der[first] !== 2) return false;
  const versionEnd = first + headerLength(first) + der[first + 1];
  return der[versionEnd] === 2;
}
var bigOf2 = (b64url) => BigInt(`0x${Buffer.from(b64url ?? "", "base64url").toString("hex") || "0"}`);
function modPow(base, exp, mod) {
  let result2 = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result2 = result2 * b % mod;
    b = b * b % mod;
    e >>= 1n;
  }
  return result2;
}
function decrypt(ciphertext, key2) {
  const jwk = key2.export({ format: "jwk" });
  const n = bigOf2(jwk.n);
  const d = bigOf2(jwk.d);
  const k = Buffer.from(jwk.n ?? "", "base64url").length;
  if (k < 11 || ciphertext.length !== k) throw new FunctionError(DECRYPTION_ERROR);
  const c = BigInt(`0x${ciphertext.toString("hex")}`);
  if (c >= n) throw new FunctionError(DECRYPTION_ERROR);
  const em = Buffer.from(
    modPow(c, d, n).toString(16).padStart(k * 2, "0"),
    "hex"
  );
  const zero = em.indexOf(0, 2);
  if (em[0] !== 0 || em[1] !== 2 || zero < 10) throw new FunctionError(DECRYPTION_ERROR);
  return em.subarray(zero + 1);
}
function rsadecrypt(ciphertext, privateKey) {
  const compact = ciphertext.replace(/[\r\n]/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw new FunctionError(`failed to decode input ${JSON.stringify(ciphertext)}: cipher text must be base64-encoded`);
  }
  return decrypt(Buffer.from(compact, "base64"), parseKey(privateKey)).toString("utf8");
}
function rsaFunctions() {
  return {
    rsadecrypt: fn([param("ciphertext", T.string), param("privatekey", T.string)], ([c, k]) => V.string(rsadecrypt(str(c), str(k, 1))), {
      returnType: T.string
    })
  };
}

// src/hcl/functions/secret-services.ts
function needs(service, params) {
  return fn(
    params,
    () => {
      throw new FunctionError(
        `this function reads from ${service}, which repack does not contact. Pass the value as a sensitive variable instead: declare variable "name" { sensitive = true } and set it from the environment (PKR_VAR_name, e.g. from a CI secret) or with the action's variables input, then use var.name`
      );
    },
    { returnType: T.string }
  );
}
function secretServiceFunctions() {
  return {
    vault: needs("HashiCorp Vault", [param("path", T.string), param("key", T.string)]),
    consul_key: needs("Consul", [param("key", T.string)]),
    aws_secretsmanager: needs("AWS Secrets Manager", [param("name", T.string), param("key", T.string, { allowNull: true })]),
    aws_secretsmanager_raw: needs("AWS Secrets Manager", [param("name", T.string)])
  };
}

// src/hcl/functions/time-object.ts
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var DAY_MS = 864e5;
var calendarTypes = {
  year: T.number,
  year_day: T.number,
  day: T.number,
  month: T.number,
  month_name: T.string,
  weekday: T.number,
  weekday_name: T.string,
  hour: T.number,
  minute: T.number,
  second: T.number,
  iso_year: T.number,
  iso_week: T.number
};
var RFC3339_PARSE_TYPE = T.object({ ...calendarTypes, unix: T.number });
var UNIX_PARSE_TYPE = T.object({ ...calendarTypes, rfc3339: T.string });
function utc(year, month, day) {
  const d = /* @__PURE__ */ new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}
function isoWeek(d) {
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  const thursday = new Date(utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - weekday));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utc(year, 0, 1)) / DAY_MS / 7) + 1;
  return [year, week];
}
function calendar(d) {
  const [isoYear, week] = isoWeek(d);
  const yearDay = Math.round((utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - utc(d.getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
  return {
    year: V.number(d.getUTCFullYear()),
    year_day: V.number(yearDay),
    day: V.number(d.getUTCDate()),
    month: V.number(d.getUTCMonth() + 1),
    month_name: V.string(MONTHS[d.getUTCMonth()]),
    weekday: V.number(d.getUTCDay()),
    weekday_name: V.string(WEEKDAYS[d.getUTCDay()]),
    hour: V.number(d.getUTCHours()),
    minute: V.number(d.getUTCMinutes()),
    second: V.number(d.getUTCSeconds()),
    iso_year: V.number(isoYear),
    iso_week: V.number(week)
  };
}
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;
function daysIn2(year, month) {
  const leap2 = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? leap2 ? 29 : 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function rfc3339Parse(text2) {
  const m = RFC3339.exec(text2);
  const bad = () => {
    throw new ArgError(0, `${JSON.stringify(text2)} is not a valid RFC3339 timestamp`);
  };
  if (!m) return bad();
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const zh = m[9] === void 0 ? 0 : Number(m[9]);
  const zm = m[10] === void 0 ? 0 : Number(m[10]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn2(y, mo) || h > 23 || mi > 59 || s > 59 || zh > 23 || zm > 59) bad();
  const offsetMs = (m[8] === "-" ? -1 : 1) * (zh * 60 + zm) * 6e4;
  const local = new Date(utc(y, mo - 1, d) + ((h * 60 + mi) * 60 + s) * 1e3);
  const unix = Math.floor((local.getTime() - offsetMs) / 1e3);
  return V.object({ ...calendar(local), unix: V.number(unix) });
}
var two3 = (n) => String(n).padStart(2, "0");
function unixTimestampParse(seconds) {
  if (!Number.isInteger(seconds) || Math.abs(seconds) > 2 ** 63) {
    throw new ArgError(
      0,
      `unix_timestamp must be a whole number of seconds representable as a 64-bit integer: value must be a whole number, between -9223372036854775808 and 9223372036854775807`
    );
  }
  const d = new Date(seconds * 1e3);
  if (Number.isNaN(d.getTime())) throw new ArgError(0, `unix_timestamp ${seconds} is outside the range of dates repack can represent`);
  const date = `${String(d.getUTCFullYear()).padStart(4, "0")}-${two3(d.getUTCMonth() + 1)}-${two3(d.getUTCDate())}`;
  const rfc3339 = `${date}T${two3(d.getUTCHours())}:${two3(d.getUTCMinutes())}:${two3(d.getUTCSeconds())}Z`;
  return V.object({ ...calendar(d), rfc3339: V.string(rfc3339) });
}
function timeObjectFunctions() {
  return {
    rfc3339_parse: fn([param("timestamp", T.string)], ([t]) => rfc3339Parse(str(t)), { returnType: RFC3339_PARSE_TYPE }),
    unix_timestamp_parse: fn([param("unix_timestamp", T.number)], ([n]) => unixTimestampParse(num(n)), { returnType: UNIX_PARSE_TYPE })
  };
}

// src/hcl/functions/format-verbs.ts
function unsupported(verb, why) {
  return new FunctionError(`unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: ${why}`);
}
function padWidth(verb, s) {
  if (verb.width < 0) return s;
  const have = graphemeCount(s);
  if (have >= verb.width) return s;
  const pads = (verb.zero ? "0" : " ").repeat(verb.width - have);
  return verb.minus ? s + pads : pads + s;
}
var zeroPads = (verb) => verb.zero && !verb.minus;
function floatVerb(verb, n) {
  const fmt = verb.mode === "F" ? "f" : verb.mode;
  const b = bigOf(n);
  let body = b.text(fmt, verb.prec >= 0 ? verb.prec : fmt === "g" || fmt === "G" ? -1 : 6);
  let sign = "";
  if (body[0] === "-") {
    sign = "-";
    body = body.slice(1);
  } else if (body[0] === "+") {
    sign = verb.space ? " " : "+";
    body = body.slice(1);
  } else if (verb.plus) sign = "+";
  else if (verb.space) sign = " ";
  const padding = Math.max(0, verb.width - sign.length - body.length);
  if (zeroPads(verb) && !b.isInf()) return sign + "0".repeat(padding) + body;
  if (verb.minus) return sign + body + " ".repeat(padding);
  return " ".repeat(padding) + sign + body;
}
function exactInteger(verb, n) {
  if (!n.big && Number.isSafeInteger(n.value)) return BigInt(n.value);
  const { int, acc } = bigOf(n).toInt();
  if (int === void 0 || acc !== 0) throw unsupported(verb, "an integer is required");
  return int;
}
function integerVerb(verb, n) {
  const neg = n < 0n;
  const sign = neg ? "-" : verb.plus ? "+" : verb.space ? " " : "";
  const base = verb.mode === "b" ? 2 : verb.mode === "o" ? 8 : verb.mode === "d" ? 10 : 16;
  let digits2 = (neg ? -n : n).toString(base);
  if (verb.mode === "X") digits2 = digits2.toUpperCase();
  let prefix = "";
  if (verb.sharp) prefix = { b: "0b", o: "0", x: "0x", X: "0X", d: "" }[verb.mode] ?? "";
  let zeros = 0;
  if (verb.prec >= 0) {
    if (digits2.length < verb.prec) zeros = verb.prec - digits2.length;
    else if (digits2 === "0" && verb.prec === 0) return "";
  }
  const length = sign.length + prefix.length + zeros + digits2.length;
  let left = 0;
  let right = 0;
  if (verb.width > length) {
    const d = verb.width - length;
    if (verb.minus) right = d;
    else if (zeroPads(verb) && verb.prec < 0) zeros = d;
    else left = d;
  }
  return " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits2 + " ".repeat(right);
}
function asNumber(verb, arg) {
  const c = convert(arg, T.number);
  if ("error" in c) throw unsupported(verb, c.error);
  if (c.value.kind !== "number") throw unsupported(verb, "null value cannot be formatted");
  return c.value;
}
function asString(verb, arg) {
  const c = convert(arg, T.string);
  if ("error" in c) throw unsupported(verb, c.error);
  if (c.value.kind !== "string") throw unsupported(verb, "null value cannot be formatted");
  return c.value.value;
}
function appendVerb(verb, args) {
  if (verb.argNum - 1 >= args.length) {
    throw new FunctionError(`not enough arguments for ${goQuote(verb.raw)} at ${verb.offset}: need index ${verb.argNum} but have ${args.length} total`);
  }
  const arg = args[verb.argNum - 1];
  if (verb.mode !== "v" && arg.kind === "null") throw unsupported(verb, "null value cannot be formatted");
  switch (verb.mode) {
    case "v":
      if (!verb.sharp && arg.kind === "string") return padWidth(verb, arg.value);
      if (!verb.sharp && arg.kind === "number") return padWidth(verb, bigOf(arg).text("g", -1));
      return padWidth(verb, toJSON(arg));
    case "t": {
      const c = convert(arg, T.bool);
      if ("error" in c) throw unsupported(verb, c.error);
      return c.value.kind === "bool" && c.value.value ? "true" : "false";
    }
    case "b":
    case "d":
    case "o":
    case "x":
    case "X": {
      return integerVerb(verb, exactInteger(verb, asNumber(verb, arg)));
    }
    case "e":
    case "E":
    case "f":
    case "g":
    case "G":
      return floatVerb(verb, asNumber(verb, arg));
    case "s":
    case "q": {
      let s = asString(verb, arg);
      if (verb.prec > 0) {
        let taken = "";
        let k = 0;
        for (const c of clusters(s)) {
          if (k++ === verb.prec) break;
          taken += c;
        }
        s = taken;
      }
      return padWidth(verb, verb.mode === "s" ? s : toJSON(V.string(s)));
    }
    default:
      throw new FunctionError(`unsupported format verb ${goQuoteRune(verb.mode)} in ${goQuote(verb.raw)} at offset ${verb.offset}`);
  }
}
var utf8Length2 = (ch) => Buffer.byteLength(ch, "utf8");
var isDigit2 = (c) => c !== void 0 && c >= "0" && c <= "9";
function formatValues(format, args) {
  let out = "";
  let next = 1;
  let highest = 0;
  let i = 0;
  let bytes = 0;
  const advance2 = () => {
    const ch = String.fromCodePoint(format.codePointAt(i) ?? 0);
    bytes += utf8Length2(ch);
    i += ch.length;
  };
  const fail4 = () => {
    if (i >= format.length) throw new FunctionError(`invalid format string starting at offset ${bytes}`);
    throw new FunctionError(`unrecognized format character ${goQuoteRune(String.fromCodePoint(format.codePointAt(i) ?? 0))} at offset ${bytes}`);
  };
  const digits2 = () => {
    let n = 0;
    while (isDigit2(format[i])) {
      n = n * 10 + (format.charCodeAt(i) - 48);
      advance2();
    }
    return n;
  };
  while (i < format.length) {
    const start = i;
    if (format[i] !== "%") {
      advance2();
      out += format.slice(start, i);
      continue;
    }
    if (format[i + 1] === "%") {
      out += "%";
      i += 2;
      bytes += 2;
      continue;
    }
    const offset = bytes;
    advance2();
    const verb = { raw: "", offset, argNum: next, mode: "", zero: false, sharp: false, plus: false, minus: false, space: false, width: -1, prec: -1 };
    for (let f = format[i]; f === "0" || f === "#" || f === "-" || f === "+" || f === " "; f = format[i]) {
      if (f === "0") verb.zero = true;
      else if (f === "#") verb.sharp = true;
      else if (f === "-") verb.minus = true;
      else if (f === "+") verb.plus = true;
      else verb.space = true;
      advance2();
    }
    if (isDigit2(format[i])) verb.width = digits2();
    if (format[i] === ".") {
      advance2();
      verb.prec = digits2();
    }
    if (format[i] === "[") {
      advance2();
      if (!isDigit2(format[i]) || format[i] === "0") fail4();
      verb.argNum = digits2();
      if (format[i] !== "]") fail4();
      advance2();
    }
    const mode = format[i];
    if (mode === void 0 || !/[a-zA-Z]/.test(mode)) fail4();
    advance2();
    verb.mode = mode;
    verb.raw = format.slice(start, i);
    highest = Math.max(highest, verb.argNum);
    out += appendVerb(verb, args);
    next = verb.argNum + 1;
  }
  if (highest < args.length) {
    if (highest === 0) throw new ArgError(highest + 1, "too many arguments; no verbs in format string");
    throw new ArgError(highest + 1, `too many arguments; only ${highest} used by format string`);
  }
  return out;
}

// src/hcl/functions/go-case.ts
function simpleUpper(c) {
  if (c >= 8064 && c <= 8071 || c >= 8080 && c <= 8087 || c >= 8096 && c <= 8103) return c + 8;
  if (c === 8115 || c === 8131 || c === 8179) return c + 9;
  return c;
}
function mapped2(full, c, fallback) {
  const first = full.codePointAt(0);
  if (first !== void 0 && full.length === (first > 65535 ? 2 : 1)) return full;
  return String.fromCodePoint(fallback(c));
}
function goToUpperRune(ch) {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 128) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : ch;
  return mapped2(ch.toUpperCase(), c, simpleUpper);
}
function goToLowerRune(ch) {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
  return mapped2(ch.toLowerCase(), c, (x) => x === 304 ? 105 : x);
}
function goToTitleRune(ch) {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 452 && c <= 460) return String.fromCodePoint(453 + 3 * Math.floor((c - 452) / 3));
  if (c >= 497 && c <= 499) return "\u01F2";
  if (c >= 4304 && c <= 4346 || c >= 4349 && c <= 4351) return ch;
  if (c >= 8072 && c <= 8079 || c >= 8088 && c <= 8095 || c >= 8104 && c <= 8111) return ch;
  if (c === 8124 || c === 8140 || c === 8188) return ch;
  return goToUpperRune(ch);
}
var isAsciiOnly = (s) => !/[^\0-\x7f]/.test(s);
function goToUpper(s) {
  if (isAsciiOnly(s)) return s.toUpperCase();
  let out = "";
  for (const ch of s) out += goToUpperRune(ch);
  return out;
}
function goToLower(s) {
  if (isAsciiOnly(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) out += goToLowerRune(ch);
  return out;
}
var letterOrDigit = /^[\p{L}\p{Nd}]$/u;
var space = new RegExp("^\\p{White_Space}$", "u");
function isSeparator(ch) {
  const c = ch.codePointAt(0) ?? 0;
  if (c <= 127) return !(c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95);
  if (letterOrDigit.test(ch)) return false;
  return space.test(ch);
}
function goTitle(s) {
  let out = "";
  let prevSeparates = true;
  for (const ch of s) {
    out += prevSeparates ? goToTitleRune(ch) : ch;
    prevSeparates = isSeparator(ch);
  }
  return out;
}
function goTrimSpace(s) {
  let i = 0;
  let j = s.length;
  while (i < j && space.test(s[i])) i++;
  while (j > i && space.test(s[j - 1])) j--;
  return s.slice(i, j);
}

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index2) {
    return this.data[index2 * this.SIZE];
  }
  getHi(index2) {
    return this.data[index2 * this.SIZE + 1];
  }
  getStride(index2) {
    return this.isStride1 ? 1 : this.data[index2 * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B642 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B642.charCodeAt(i)] = i;
var decodeVLQ = (str2) => {
  const res = [];
  let value = 0;
  let shift2 = 0;
  for (let i = 0; i < str2.length; i++) {
    const digit = B64_MAP[str2.charCodeAt(i)];
    value |= (digit & 31) << shift2;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift2 = 0;
    } else shift2 += 5;
  }
  return res;
};
var decodeRanges = (str2, isStride1) => {
  const res = decodeVLQ(str2);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str2) => {
  const res = decodeVLQ(str2);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key2) {
    return Object.hasOwn(this.initializer, key2);
  }
  get(key2) {
    if (this.cache.has(key2)) return this.cache.get(key2);
    const val = this.has(key2) ? this.initializer[key2]() : null;
    this.cache.set(key2, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error2, input = null) {
    let message = `error parsing regexp: ${error2}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error2;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str2) {
    const string = String(str2);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp2 = string.codePointAt(i);
      runes.push(cp2);
      i += cp2 > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str2) {
    return str2.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str2) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str2);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str2.length; i++) {
        let c = str2.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str2.length && (str2.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str2.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view2 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view2);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str2, javaMode = false) {
    if (javaMode) {
      if (str2.indexOf("\\") < 0 && str2.indexOf("$") < 0) return str2;
      return str2.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str2.indexOf("$") < 0) return str2;
    return str2.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group2 = 0) {
    if (typeof group2 === "string") {
      const groupInt = this.namedGroups[group2];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group2}' not found`);
      group2 = groupInt;
    }
    this.loadGroup(group2);
    return this.groups[2 * group2];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group2 = 0) {
    if (typeof group2 === "string") {
      const groupInt = this.namedGroups[group2];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group2}' not found`);
      group2 = groupInt;
    }
    this.loadGroup(group2);
    return this.groups[2 * group2 + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group2 = 0) {
    if (typeof group2 === "string") {
      const groupInt = this.namedGroups[group2];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group2}' not found`);
      group2 = groupInt;
    }
    const start = this.start(group2);
    const end = this.end(group2);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result2 = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result2[name] = this.group(name);
    return result2;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group2) {
    if (!Number.isInteger(group2) || group2 < 0 || group2 > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group2}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group2 === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group2 = this.group(n);
          if (group2 !== null) res += group2;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit3 = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit3(c)) {
        let digits2 = 1;
        let index2 = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit3(c2) && index2 * 10 + c2 - 48 <= groupCount) {
          digits2 = 2;
          index2 = index2 * 10 + c2 - 48;
        }
        if (index2 >= 1 && index2 <= groupCount) {
          const group2 = this.group(index2);
          if (group2 !== null) res += group2;
        } else res += replacement.substring(i, i + 1 + digits2);
        i += 1 + digits2;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group2 = this.group(name);
            if (group2 !== null) res += group2;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result2 = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group2 = this.group(i);
      result2.push(group2 === null ? void 0 : group2);
    }
    return result2;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result2 = this.getNamedGroups();
    for (const name in result2) if (result2[name] === null) result2[name] = void 0;
    return result2;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance2 = input.index(this.re2, currentPos);
          if (advance2 < 0) break;
          currentPos += advance2;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag, ids) {
    const hash = hashState(pcs, flag, ids);
    const cached = this.stateCache.get(hash);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids);
    if (cached === void 0) this.stateCache.set(hash, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag, ids) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table;
    else state.nextAnchored = table;
    return table;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table !== null) {
      const cached = table[cls];
      if (cached !== null) return cached;
    } else {
      table = this.allocTable(state, anchor);
      if (table === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids);
    if (nextState === null) return null;
    table[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance2 = input.index(re2, pos);
          if (advance2 < 0) break;
          pos += advance2;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result2 = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result2;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok2 = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok2 = extend(true);
    else if (lx >= leftLen) ok2 = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok2 = extend(false);
    else ok2 = extend(true);
    if (!ok2) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok2 = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok2 = check(inst.out) && check(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok2 = check(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok2;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep3 = "";
        for (let sub of this.subs) {
          out += sep3;
          sep3 = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result2;
    for (; ; ) {
      if (re.subs.length === 0) result2 = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result2 = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result2;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result2, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result2 = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words2, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words2) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key2 = node * alphabetSize + word[i];
        let child = edges.get(key2);
        if (child === void 0) {
          child = parent.length;
          edges.set(key2, child);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail4 = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail4[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail4[f];
          next = this.next(f, unit[c]);
        }
        fail4[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail4[c]];
    }
    this.fail = fail4;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words2 = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words2, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result2) => PrefilterTree2.child(re, state, result2),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str2 = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str2 += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str2;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result2) => this.child(re, state, result2),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result2, i) => Simplify2.child(re, state, result2, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result2 = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result2 += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result2 += `0x${lo.toString(16)}`;
      else result2 += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result2 += "]";
    return result2;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str2) {
    this.str = str2;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser2 = class Parser3 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser3.ANY_TABLE,
      fold: Parser3.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser3.ASCII_TABLE,
      fold: Parser3.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser3(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser3.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser3.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser3.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser3.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser3.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser3.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser3.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser3.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser3.MAX_RUNES) throw new RE2JSSyntaxException(Parser3.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser3.MAX_SIZE / this.repeats)) this.repeats = Parser3.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser3.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser3.MAX_SIZE) throw new RE2JSSyntaxException(Parser3.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser3.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser3.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser3.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser3.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser3.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser3.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str2 = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str2[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str2.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str2 = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser3.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser3.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser3.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser3.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser3.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser3.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser3.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser3.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser3.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser3.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser3.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser3.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser3.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser3.isCharClass(this.stack[n - 1]) && Parser3.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser3.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser3.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser3.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser3.hasCapture(re1)) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser3.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser3.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser3.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser3.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser2.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result2 = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result2.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result2;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result2 = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result2 = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result2 = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result2 = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result2 = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result2 = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result2 = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result2.length === 0) return null;
    return result2;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result2 = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result2.length === 0) return null;
    return result2;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser2.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser2.MAX_SIZE) throw new RE2JSCompileException(`${Parser2.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser2.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result2 = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result2 = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result2 += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result2 += "\\x";
                  result2 += (val >> 4).toString(16).toUpperCase();
                  result2 += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result2 += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result2 += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result2 += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result2 += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result2 += "\\x";
                i += 2;
              } else {
                result2 += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result2 += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp3 = data.codePointAt(i + 1);
              if (cp3 >= 48 && cp3 <= 57 || cp3 >= 65 && cp3 <= 90 || cp3 >= 97 && cp3 <= 122) {
                let symSize2 = Utils.charCount(cp3);
                result2 += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result2 += "\\";
                let symSize2 = Utils.charCount(cp3);
                result2 += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result2 += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result2 += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result2 += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result2 += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp2 = data.codePointAt(i);
      let symSize = Utils.charCount(cp2);
      result2 += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result2 : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result2 = m.matchArray();
  result2.index = m.start(0);
  result2.input = input;
  result2.groups = m.namedGroupsObject();
  return result2;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str2) {
    return Utils.quoteMeta(str2);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str2, javaMode = false) {
    return Matcher.quoteReplacement(str2, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result2 = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result2.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result2.push("");
        emptiesSkipped -= 1;
      }
      result2.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result2.push("");
        emptiesSkipped -= 1;
      }
      result2.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result2.length === 0 && !(last === m.inputLength() && last > 0)) result2.push(m.substring(last, m.inputLength()));
    return result2;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/hcl/functions/regex.ts
var PatternError = class extends Error {
  constructor(code, expr) {
    super(`error parsing regexp: ${code}: \`${expr}\``);
    this.code = code;
    this.expr = expr;
  }
  code;
  expr;
};
var cache = /* @__PURE__ */ new Map();
function renameRepeatedGroups(pattern) {
  const seen = /* @__PURE__ */ new Set();
  const renamed2 = /* @__PURE__ */ new Map();
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    const group2 = inClass ? null : /^\(\?P?<([A-Za-z0-9_]+)>/.exec(pattern.slice(i, i + 260));
    if (!group2) {
      out += c;
      continue;
    }
    let name = group2[1];
    if (seen.has(name)) {
      const alias = `${name}_${renamed2.size}_`;
      renamed2.set(alias, name);
      name = alias;
    }
    seen.add(group2[1]);
    out += `(?P<${name}>`;
    i += group2[0].length - 1;
  }
  return { source: out, renamed: renamed2 };
}
function compileSource(source) {
  try {
    return RE2JS.compile(source);
  } catch (e) {
    if (e instanceof RE2JSSyntaxException) throw new PatternError(e.error, e.input || source);
    throw new PatternError("expression too large", source);
  }
}
function compileRE2(pattern) {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let re;
  let renamed2 = /* @__PURE__ */ new Map();
  try {
    re = compileSource(pattern);
  } catch (e) {
    if (!(e instanceof PatternError && e.code === "duplicate capture group name")) throw e;
    const r = renameRepeatedGroups(pattern);
    re = compileSource(r.source);
    renamed2 = r.renamed;
  }
  const count = re.matcher("").groupCount();
  const names = new Array(count + 1).fill("");
  for (const [name, index2] of Object.entries(re.matcher("").namedGroups)) names[index2] = renamed2.get(name) ?? name;
  const compiled = { re, names };
  if (cache.size > 256) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}
function resultShape(pattern) {
  let compiled;
  try {
    compiled = compileRE2(pattern);
  } catch (e) {
    if (e instanceof PatternError) throw new ArgError(0, `invalid regexp pattern: ${e.code} in ${e.expr}`);
    throw e;
  }
  const groups = compiled.names.slice(1);
  const named = groups.filter((n) => n !== "");
  const unnamed = groups.length - named.length;
  if (groups.length === 0) return { compiled, shape: { kind: "string" }, type: T.string };
  if (unnamed > 0 && named.length > 0) throw new ArgError(0, "invalid regexp pattern: cannot mix both named and unnamed capture groups");
  if (unnamed > 0) return { compiled, shape: { kind: "tuple", count: unnamed }, type: T.tuple(groups.map(() => T.string)) };
  return {
    compiled,
    shape: { kind: "object", groups: named.map((n) => [n, compiled.names.lastIndexOf(n)]) },
    type: T.object(Object.fromEntries(named.map((n) => [n, T.string])))
  };
}
function regexResultType(pattern) {
  return resultShape(pattern).type;
}
function group(m, text2, i) {
  const start = m.start(i);
  return start < 0 ? V.null(T.string) : V.string(text2.slice(start, m.end(i)));
}
function result(m, text2, shape) {
  switch (shape.kind) {
    case "string":
      return V.string(text2.slice(m.start(), m.end()));
    case "tuple":
      return V.tuple(Array.from({ length: shape.count }, (_, i) => group(m, text2, i + 1)));
    case "object":
      return V.object(Object.fromEntries(shape.groups.map(([n, i]) => [n, group(m, text2, i)])));
  }
}
var widthAt = (text2, i) => {
  const c = text2.charCodeAt(i);
  return c >= 55296 && c <= 56319 && i + 1 < text2.length ? 2 : 1;
};
function regexMatch(pattern, text2) {
  const { compiled, shape } = resultShape(pattern);
  const m = compiled.re.matcher(text2);
  if (!m.find(0)) throw new FunctionError("pattern did not match any part of the given string");
  return result(m, text2, shape);
}
function regexAll(pattern, text2) {
  const { compiled, shape, type } = resultShape(pattern);
  const m = compiled.re.matcher(text2);
  const out = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= text2.length && m.find(pos)) {
    const start = m.start();
    const end = m.end();
    let accept = true;
    if (end === pos) {
      if (start === prevEnd) accept = false;
      pos += pos < text2.length ? widthAt(text2, pos) : 1;
    } else pos = end;
    prevEnd = end;
    if (accept) out.push(result(m, text2, shape));
  }
  return V.list(out, type);
}
var groupRef = /\{([\p{L}\p{Nd}_]+)\}|([\p{L}\p{Nd}_]+)/uy;
function expand(template, m, text2, names) {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf("$", i);
    if (dollar < 0) break;
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === "$") {
      out += "$";
      i++;
      continue;
    }
    groupRef.lastIndex = i;
    const ref = groupRef.exec(template);
    if (!ref) {
      out += "$";
      continue;
    }
    i += ref[0].length;
    const name = ref[1] ?? ref[2];
    if (/^(?:0|[1-9]\d{0,7})$/.test(name)) {
      const index3 = Number(name);
      if (index3 < names.length && m.start(index3) >= 0) out += text2.slice(m.start(index3), m.end(index3));
      continue;
    }
    const index2 = names.findIndex((n, k) => n === name && m.start(k) >= 0);
    if (index2 >= 0) out += text2.slice(m.start(index2), m.end(index2));
  }
  return out + template.slice(i);
}
function regexReplace(text2, pattern, replacement) {
  let compiled;
  try {
    compiled = compileRE2(pattern);
  } catch (e) {
    if (e instanceof PatternError) throw new FunctionError(e.message);
    throw e;
  }
  const m = compiled.re.matcher(text2);
  let out = "";
  let lastEnd = 0;
  let pos = 0;
  while (pos <= text2.length && m.find(pos)) {
    const start = m.start();
    const end = m.end();
    out += text2.slice(lastEnd, start);
    if (end > lastEnd || start === 0) out += expand(replacement, m, text2, compiled.names);
    lastEnd = end;
    const width = pos < text2.length ? widthAt(text2, pos) : 0;
    if (pos + width > end) pos += width;
    else if (pos + 1 > end) pos++;
    else pos = end;
  }
  return out + text2.slice(lastEnd);
}

// src/hcl/functions/string.ts
var s1 = (f) => fn([param("str", T.string)], ([a]) => V.string(f(str(a))), { returnType: T.string });
var s2b = (name, f) => fn([param("str", T.string), param(name, T.string)], ([a, b]) => V.bool(f(str(a), str(b, 1))), { returnType: T.bool });
function goInt4(v) {
  const n = num(v);
  if (!Number.isInteger(n) || n < -(2 ** 63) || n >= 2 ** 63) {
    throw new FunctionError("value must be a whole number, between -9223372036854775808 and 9223372036854775807");
  }
  return n;
}
function substr(s, offset, length) {
  if (offset < 0) offset += graphemeCount(s);
  else if (length === 0) return "";
  const limit = length <= 0 ? Infinity : length;
  let skipped = 0;
  let taken = 0;
  let out = "";
  for (const c of clusters(s)) {
    if (skipped < offset) {
      skipped++;
      continue;
    }
    if (taken === limit) break;
    out += c;
    taken++;
  }
  return out;
}
function replaceAll(text2, old, by) {
  if (old === "") return by + Array.from(text2, (ch) => ch + by).join("");
  return text2.split(old).join(by);
}
function trimSet(s, cutset, left, right) {
  const set = new Set(Array.from(cutset));
  const chars = Array.from(s);
  let i = 0;
  let j = chars.length;
  if (left) while (i < j && set.has(chars[i])) i++;
  if (right) while (j > i && set.has(chars[j - 1])) j--;
  return chars.slice(i, j).join("");
}
var untypedNull = (args) => args.some((a) => a.kind === "null" && a.type.kind === "dynamic");
var isSequence = (v) => v.kind === "list" || v.kind === "tuple" || v.kind === "set";
function formatlist(args) {
  if (untypedNull(args)) return V.unknown();
  const [fmt, ...rest] = args;
  const format = str(fmt);
  if (rest.length === 0) return strings([formatValues(format, [])]);
  let n = -1;
  let lenFrom = 0;
  for (const [i, a] of rest.entries()) {
    if (!(a.kind === "list" || a.kind === "tuple" || a.kind === "set")) continue;
    const len = a.items.length;
    if (n === -1) {
      n = len;
      lenFrom = i + 1;
    } else if (len !== n) {
      throw new ArgError(i + 1, `argument ${i + 1} has length ${len}, which is inconsistent with argument ${lenFrom} of length ${n}`);
    }
  }
  const out = [];
  for (let k = 0; k < (n === -1 ? 1 : n); k++) {
    const row = rest.map((a) => isSequence(a) && "items" in a ? a.items[k] : a);
    try {
      out.push(formatValues(format, row));
    } catch (e) {
      if (e instanceof Error) throw new FunctionError(`error on format iteration ${k}: ${e.message}`);
      throw e;
    }
  }
  return strings(out);
}
function stringFunctions() {
  return {
    chomp: s1((s) => s.replace(/(?:\r\n|\r|\n)+$/, "")),
    lower: s1(goToLower),
    upper: s1(goToUpper),
    title: s1(goTitle),
    strrev: s1((s) => Array.from(clusters(s)).reverse().join("")),
    trimspace: s1(goTrimSpace),
    trim: fn([param("str", T.string), param("cutset", T.string)], ([a, b]) => V.string(trimSet(str(a), str(b, 1), true, true)), {
      returnType: T.string
    }),
    trimprefix: fn(
      [param("str", T.string), param("prefix", T.string)],
      ([a, b]) => {
        const s = str(a);
        const p = str(b, 1);
        return V.string(s.startsWith(p) ? s.slice(p.length) : s);
      },
      { returnType: T.string }
    ),
    trimsuffix: fn(
      [param("str", T.string), param("suffix", T.string)],
      ([a, b]) => {
        const s = str(a);
        const p = str(b, 1);
        return V.string(p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
      },
      { returnType: T.string }
    ),
    startswith: s2b("prefix", (s, p) => s.startsWith(p)),
    endswith: s2b("suffix", (s, p) => s.endsWith(p)),
    strcontains: s2b("substr", (s, p) => s.includes(p)),
    indent: fn(
      [param("spaces", T.number), param("str", T.string)],
      ([n, s]) => {
        const spaces = goInt4(n);
        if (spaces < 0) throw new FunctionError("panic in function implementation: strings: negative Repeat count");
        const text2 = str(s, 1);
        if (!text2.includes("\n")) return V.string(text2);
        return V.string(text2.replaceAll("\n", `
${" ".repeat(spaces)}`));
      },
      { returnType: T.string }
    ),
    substr: fn([param("str", T.string), param("offset", T.number), param("length", T.number)], ([s, o, l]) => V.string(substr(str(s), goInt4(o), goInt4(l))), {
      returnType: T.string
    }),
    split: fn(
      [param("separator", T.string), param("str", T.string)],
      ([sep3, s]) => {
        const text2 = str(s, 1);
        const parts = str(sep3) === "" ? Array.from(text2) : text2.split(str(sep3));
        return strings(parts);
      },
      { returnType: T.list(T.string) }
    ),
    join: fn(
      [param("separator", T.string)],
      ([sep3, ...lists]) => {
        if (lists.length === 0) throw new FunctionError("at least one list is required");
        const out = [];
        for (const [li, l] of lists.entries()) {
          for (const [i, v] of items(l, li + 1).entries()) {
            if (v.kind === "null") throw new ArgError(li + 1, `element ${i} is null; cannot concatenate null values`);
            out.push(str(v, li + 1));
          }
        }
        return V.string(out.join(str(sep3)));
      },
      { varParam: param("lists", T.list(T.string)), returnType: T.string }
    ),
    replace: fn(
      [param("str", T.string), param("substr", T.string), param("replace", T.string)],
      ([s, sub, rep]) => V.string(replaceAll(str(s), str(sub, 1), str(rep, 2))),
      { returnType: T.string }
    ),
    regex_replace: fn(
      [param("str", T.string), param("pattern", T.string), param("replace", T.string)],
      ([s, p, rep]) => V.string(regexReplace(str(s), str(p, 1), str(rep, 2))),
      { returnType: T.string }
    ),
    regex: fn([param("pattern", T.string), param("string", T.string)], ([p, s]) => regexMatch(str(p), str(s, 1)), {
      returnType: ([p]) => p.kind === "string" ? regexResultType(p.value) : T.dynamic
    }),
    regexall: fn([param("pattern", T.string), param("string", T.string)], ([p, s]) => regexAll(str(p), str(s, 1)), {
      returnType: ([p]) => T.list(p.kind === "string" ? regexResultType(p.value) : T.dynamic)
    }),
    format: fn([param("format", T.string)], ([f, ...args]) => untypedNull(args) ? V.unknown() : V.string(formatValues(str(f), args)), {
      varParam: param("args", T.dynamic, { allowNull: true }),
      returnType: T.string
    }),
    formatlist: fn([param("format", T.string)], formatlist, {
      varParam: param("args", T.dynamic, { allowNull: true }),
      returnType: T.list(T.string)
    })
  };
}

// src/hcl/functions/index.ts
function standardFunctions(opts) {
  const all = {
    ...numericFunctions(),
    ...stringFunctions(),
    ...collectionFunctions(),
    ...encodingFunctions(),
    ...dateTimeFunctions(),
    ...hashFunctions(),
    ...ipnetFunctions(),
    ...conversionFunctions(),
    ...boolListFunctions(),
    ...packerEncodingFunctions({ cwd: opts.cwd ?? process.cwd() }),
    ...rsaFunctions(),
    ...timeObjectFunctions(),
    ...secretServiceFunctions()
  };
  Object.assign(all, filesystemFunctions({ baseDir: opts.baseDir, templateFunctions: () => all }));
  return all;
}

// src/hcl/eval/bind.ts
function bindExpression(expr, bindings, shadowed = /* @__PURE__ */ new Set()) {
  const b = (e) => bindExpression(e, bindings, shadowed);
  switch (expr.kind) {
    case "scopeTraversal": {
      if (shadowed.has(expr.root) || !Object.hasOwn(bindings, expr.root)) return expr;
      const source = { kind: "literal", value: bindings[expr.root], range: expr.rootRange };
      return expr.steps.length === 0 ? { ...source, range: expr.range } : { kind: "relativeTraversal", source, steps: expr.steps, range: expr.range };
    }
    case "literal":
    case "anonSymbol":
      return expr;
    case "parentheses":
      return { ...expr, expr: b(expr.expr) };
    case "templateWrap":
      return { ...expr, wrapped: b(expr.wrapped) };
    case "template":
      return { ...expr, parts: expr.parts.map(b) };
    case "templateJoin": {
      const tuple = b(expr.tuple);
      return tuple.kind === "for" ? { ...expr, tuple } : expr;
    }
    case "relativeTraversal":
      return { ...expr, source: b(expr.source) };
    case "functionCall":
      return { ...expr, args: expr.args.map(b) };
    case "conditional":
      return { ...expr, condition: b(expr.condition), trueResult: b(expr.trueResult), falseResult: b(expr.falseResult) };
    case "binaryOp":
      return { ...expr, lhs: b(expr.lhs), rhs: b(expr.rhs) };
    case "unaryOp":
      return { ...expr, operand: b(expr.operand) };
    case "tuple":
      return { ...expr, items: expr.items.map(b) };
    case "objectKey":
      return expr.forceNonLiteral || expr.wrapped.kind !== "scopeTraversal" || expr.wrapped.steps.length > 0 ? { ...expr, wrapped: b(expr.wrapped) } : expr;
    case "object":
      return { ...expr, items: expr.items.map((i) => ({ key: b(i.key), value: b(i.value) })) };
    case "for": {
      const inner = new Set(shadowed);
      inner.add(expr.valVar);
      if (expr.keyVar) inner.add(expr.keyVar);
      const bi = (e) => bindExpression(e, bindings, inner);
      return {
        ...expr,
        collection: b(expr.collection),
        keyExpr: expr.keyExpr && bi(expr.keyExpr),
        valueExpr: bi(expr.valueExpr),
        condition: expr.condition && bi(expr.condition)
      };
    }
    case "index":
      return { ...expr, collection: b(expr.collection), key: b(expr.key) };
    case "splat":
      return { ...expr, source: b(expr.source), each: b(expr.each) };
  }
}
function bindBody(body, bindings) {
  if (body.json) return { ...body, json: { ...body.json, bindings: { ...body.json.bindings, ...bindings } } };
  return {
    ...body,
    items: body.items.map(
      (i) => i.kind === "attribute" ? { ...i, expr: bindExpression(i.expr, bindings) } : { ...i, body: bindBody(i.body, bindings) }
    )
  };
}

// src/hcl/json/body.ts
var DYNAMIC_LABELS = ["type"];
var jsonStrings = /* @__PURE__ */ new WeakMap();
function jsonBody(value, bindings) {
  return { items: [], range: value.range, json: { value, bindings } };
}
function parseJsonFile(text2, filename) {
  const { value, diagnostics } = parseJson(text2, filename);
  if (diagnostics.length === 0 && value.kind !== "object" && value.kind !== "array") {
    diagnostics.push(error("Incorrect JSON value type", "A JSON object is required here, setting the arguments for this block.", value.range));
  }
  const body = diagnostics.length === 0 ? jsonBody(value) : { items: [], range: value.range };
  return { file: { name: filename, text: text2, body }, diagnostics };
}
function withBindings(expr, src) {
  return src.bindings ? bindExpression(expr, src.bindings) : expr;
}
function jsonExpression(v, diags) {
  switch (v.kind) {
    case "string": {
      const origin = { line: v.range.start.line, column: v.range.start.column + 1, offset: v.range.start.offset + 1 };
      const t = parseTemplateText(v.value, v.range.file, origin);
      diags.push(...t.diagnostics);
      if (t.diagnostics.some((d) => d.severity === "error")) return { kind: "literal", value: V.unknown(), range: v.range };
      const expr = { ...t.expr, range: v.range };
      jsonStrings.set(expr, { text: v.value, range: v.range });
      return expr;
    }
    case "number":
      return { kind: "literal", value: parseNumberValue(v.text) ?? V.number(v.value), range: v.range };
    case "bool":
      return { kind: "literal", value: V.bool(v.value), range: v.range };
    case "null":
    case "invalid":
      return { kind: "literal", value: v.kind === "null" ? V.null() : V.unknown(), range: v.range };
    case "array":
      return { kind: "tuple", items: v.items.map((i) => jsonExpression(i, diags)), openRange: v.openRange, range: v.range };
    case "object":
      return {
        kind: "object",
        openRange: v.openRange,
        range: v.range,
        json: true,
        items: v.properties.map((p) => {
          const key2 = jsonExpression({ kind: "string", value: p.name, range: p.nameRange }, diags);
          return { key: { kind: "objectKey", wrapped: key2, forceNonLiteral: true, range: p.nameRange }, value: jsonExpression(p.value, diags) };
        })
      };
  }
}
function jsonStringSource(expr) {
  return jsonStrings.get(expr);
}
function nativeExpression(expr) {
  const s = jsonStrings.get(expr);
  if (!s) return { expr, diagnostics: [] };
  const origin = { line: s.range.start.line, column: s.range.start.column + 1, offset: s.range.start.offset + 1 };
  return parseExpressionText(s.text, s.range.file, origin);
}
function properties(v, diags) {
  if (v.kind === "object") return v.properties;
  if (v.kind === "array") {
    return v.items.flatMap((item) => {
      if (item.kind === "object") return item.properties;
      diags.push(error("Incorrect JSON value type", "A JSON object is required here, to define arguments and child blocks.", item.range));
      return [];
    });
  }
  diags.push(
    error("Incorrect JSON value type", "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.", v.range)
  );
  return [];
}
function attribute(p, src, diags) {
  const expr = withBindings(jsonExpression(p.value, diags), src);
  return { kind: "attribute", name: p.name, nameRange: p.nameRange, expr, range: rangeBetween(p.nameRange, p.value.range) };
}
function rangeString2(r) {
  return `${r.file}:${r.start.line},${r.start.column}-${r.end.line === r.start.line ? r.end.column : `${r.end.line},${r.end.column}`}`;
}
function jsonAttributes(body) {
  const src = body.json;
  if (!src) return { body, diagnostics: [] };
  const diags = [];
  if (src.value.kind !== "object") {
    diags.push(error("Incorrect JSON value type", "A JSON object is required here, setting the arguments for this block.", src.value.range));
    return { body: { items: [], range: body.range }, diagnostics: diags };
  }
  const seen = /* @__PURE__ */ new Map();
  const items2 = [];
  for (const p of src.value.properties) {
    if (p.name === "//") continue;
    const prev = seen.get(p.name);
    if (prev) {
      diags.push(error("Duplicate attribute definition", `The argument ${JSON.stringify(p.name)} was already set at ${rangeString2(prev)}.`, p.nameRange));
      continue;
    }
    seen.set(p.name, p.nameRange);
    items2.push(attribute(p, src, diags));
  }
  return { body: { items: items2, range: body.range }, diagnostics: diags };
}
function resolveJsonBody(body, schema) {
  const src = body.json;
  if (!src) return { body, diagnostics: [] };
  const diags = [];
  const items2 = [];
  const seen = /* @__PURE__ */ new Map();
  const blockTypes = schema.blocks ?? {};
  const hasBlocks = Object.keys(blockTypes).length > 0;
  const suggestions = [...Object.keys(schema.attributes), ...Object.keys(blockTypes)];
  for (const p of properties(src.value, diags)) {
    if (p.name in schema.attributes || Object.hasOwn(schema.unsupported ?? {}, p.name)) {
      const prev = seen.get(p.name);
      if (prev) {
        diags.push(error("Duplicate argument", `The argument ${JSON.stringify(p.name)} was already set at ${rangeString2(prev)}.`, p.nameRange));
        continue;
      }
      seen.set(p.name, p.nameRange);
      items2.push(attribute(p, src, diags));
      continue;
    }
    const spec = Object.hasOwn(blockTypes, p.name) ? blockTypes[p.name] : p.name === "dynamic" && hasBlocks ? { labels: DYNAMIC_LABELS } : void 0;
    if (spec) {
      unpackBlock(p, spec.labels, [], [], src, items2, diags);
      continue;
    }
    if (p.name === "//") continue;
    const suggestion = nameSuggestion(p.name, suggestions);
    diags.push(
      error(
        "Extraneous JSON object property",
        `No argument or block type is named ${JSON.stringify(p.name)}.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ""}`,
        p.nameRange
      )
    );
  }
  return { body: { items: items2, range: body.range }, diagnostics: diags };
}
function unpackBlock(p, labelsLeft, labels, labelRanges, src, out, diags, at2 = p.value) {
  const v = at2;
  if (labelsLeft.length > 0) {
    const [label2, ...rest] = labelsLeft;
    const objects = v.kind === "object" ? [v] : v.kind === "array" ? v.items : void 0;
    if (!objects) {
      diags.push(
        error(
          "Incorrect JSON value type",
          `Either a JSON object or JSON array of objects is required here, to specify ${label2} labels for this block.`,
          v.range
        )
      );
      return;
    }
    for (const o of objects) {
      if (o.kind !== "object") {
        diags.push(error("Incorrect JSON value type", `A JSON object is required here, to specify ${label2} labels for this block.`, o.range));
        continue;
      }
      if (o.properties.length === 0) {
        diags.push(
          error("Missing block label", `At least one object property is required, whose name represents the ${p.name} block's ${label2}.`, o.openRange)
        );
      }
      for (const lp of o.properties) unpackBlock(p, rest, [...labels, lp.name], [...labelRanges, lp.nameRange], src, out, diags, lp.value);
    }
    return;
  }
  const bodies = v.kind === "object" ? [v] : v.kind === "array" ? v.items : void 0;
  if (!bodies) {
    diags.push(
      error(
        "Incorrect JSON value type",
        `Either a JSON object or a JSON array is required, representing the contents of one or more ${JSON.stringify(p.name)} blocks.`,
        v.range
      )
    );
    return;
  }
  for (const b of bodies) {
    if (b.kind !== "object") {
      diags.push(error("Incorrect JSON value type", "A JSON object is required here, to define arguments and child blocks.", b.range));
      continue;
    }
    const block = {
      kind: "block",
      type: p.name,
      typeRange: p.nameRange,
      labels,
      labelRanges,
      body: jsonBody(b, src.bindings),
      range: rangeBetween(p.nameRange, b.range),
      openBraceRange: b.openRange
    };
    out.push(block);
  }
}

// src/config/body.ts
function bodyContent(body, schema, diags) {
  const r = resolveJsonBody(body, schema);
  diags.push(...r.diagnostics);
  return r.body;
}
function justAttributes(body, diags) {
  const r = jsonAttributes(body);
  diags.push(...r.diagnostics);
  return r.body;
}
function expressionAsWritten(expr, diags) {
  const r = nativeExpression(expr);
  diags.push(...r.diagnostics);
  return r.expr;
}
function literalJsonString(expr) {
  return jsonStringSource(expr);
}

// src/config/suggest.ts
function didYouMean(given, candidates) {
  const s = nameSuggestion(given, [...candidates]);
  return s === "" ? "" : ` Did you mean "${s}"?`;
}

// src/config/dynamic.ts
var DYNAMIC_BLOCK = {
  attributes: {
    for_each: { type: T.dynamic, required: true, description: "The collection to generate one block per element of." },
    iterator: { type: T.dynamic, description: "Name of the element variable (default: the block type)." },
    labels: { type: T.list(T.string), description: "Labels of each generated block." }
  },
  blocks: { content: { labels: [], multiple: true, description: "The body of each generated block." } }
};
function hasDynamic2(body) {
  return body.items.some((i) => i.kind === "block" && i.type === "dynamic");
}
function attr(body, name) {
  return body.items.find((i) => i.kind === "attribute" && i.name === name);
}
function elements(v) {
  switch (v.kind) {
    case "list":
    case "tuple":
      return v.items.map((item, i) => [V.number(i), item]);
    case "set":
      return v.items.map((item) => [item, item]);
    case "map":
    case "object":
      return Object.entries(v.attrs).map(([k, item]) => [V.string(k), item]);
    default:
      return void 0;
  }
}
function iteratorName(body, fallback, diags) {
  const it = attr(body, "iterator");
  if (!it) return fallback;
  const expr = expressionAsWritten(it.expr, []);
  if (expr.kind === "scopeTraversal" && expr.steps.length === 0) return expr.root;
  diags.push(error("Invalid dynamic iterator name", "Dynamic iterator must be a single variable name.", it.expr.range));
  return void 0;
}
function blockLabels(body, spec, type, ctx, diags) {
  const a = attr(body, "labels");
  if (!a || spec.labels.length === 0) return [];
  const r = evaluate(a.expr, ctx);
  diags.push(...r.diagnostics);
  if (hasErrors(r.diagnostics)) return void 0;
  const items2 = r.value.kind === "list" || r.value.kind === "tuple" ? r.value.items : void 0;
  if (!items2) {
    diags.push(
      error(
        "Invalid dynamic block label",
        `Cannot use this value as a dynamic block label: a list of strings is required, not ${typeName(typeOf(r.value))}.`,
        a.expr.range
      )
    );
    return void 0;
  }
  if (items2.length !== spec.labels.length) {
    const summary = items2.length > spec.labels.length ? "Extraneous dynamic block label" : "Insufficient dynamic block labels";
    diags.push(error(summary, `Blocks of type ${JSON.stringify(type)} require ${spec.labels.length} label(s).`, a.expr.range));
    return void 0;
  }
  const labels = [];
  for (const l of items2) {
    if (l.kind === "null") diags.push(error("Invalid dynamic block label", "Cannot use a null value as a dynamic block label.", a.expr.range));
    else if (!isKnown(l))
      diags.push(error("Invalid dynamic block label", "This value is not yet known. Dynamic block labels must be immediately-known values.", a.expr.range));
    else if (l.sensitive)
      diags.push(error("Invalid dynamic block label", "This value has dynamic marks that make it unsuitable for use as a block label.", a.expr.range));
    else if (l.kind === "string" || l.kind === "number" || l.kind === "bool") labels.push(l.kind === "number" ? numberToString(l) : String(l.value));
    else diags.push(error("Invalid dynamic block label", `Cannot use this value as a dynamic block label: string required.`, a.expr.range));
  }
  return labels.length === items2.length ? labels : void 0;
}
function expandOne(block, blocks2, ctx, diags) {
  if (block.labels.length !== 1) return [];
  const type = block.labels[0];
  const spec = Object.hasOwn(blocks2, type) ? blocks2[type] : void 0;
  if (!spec) {
    diags.push(error("Unsupported block type", `Blocks of type ${JSON.stringify(type)} are not expected here.`, block.labelRanges[0]));
    return [];
  }
  const local = [];
  const body = bodyContent(block.body, DYNAMIC_BLOCK, local);
  const contents = body.items.filter((i) => i.kind === "block" && i.type === "content");
  for (const item of body.items) {
    if (item.kind === "attribute" && !(item.name in DYNAMIC_BLOCK.attributes))
      local.push(error("Unsupported argument", `An argument named ${JSON.stringify(item.name)} is not expected here.`, item.nameRange));
    if (item.kind === "block" && item.type !== "content")
      local.push(error("Unsupported block type", `Blocks of type ${JSON.stringify(item.type)} are not expected here.`, item.typeRange));
  }
  const forEach = attr(body, "for_each");
  if (!forEach) local.push(error("Missing required argument", 'The argument "for_each" is required, but no definition was found.', block.openBraceRange));
  const labelsAttr = attr(body, "labels");
  if (spec.labels.length > 0 && !labelsAttr)
    local.push(error("Missing required argument", 'The argument "labels" is required, but no definition was found.', block.openBraceRange));
  if (spec.labels.length === 0 && labelsAttr)
    local.push(error("Unsupported argument", 'An argument named "labels" is not expected here.', labelsAttr.nameRange));
  const it = hasErrors(local) ? void 0 : iteratorName(body, type, local);
  diags.push(...local);
  if (hasErrors(local) || !forEach || it === void 0) return [];
  const each2 = evaluate(forEach.expr, ctx);
  diags.push(...each2.diagnostics);
  if (hasErrors(each2.diagnostics)) return [];
  if (each2.value.kind === "null") {
    diags.push(error("Invalid dynamic for_each value", "Cannot use a null value in for_each.", forEach.expr.range));
    return [];
  }
  if (!isKnown(each2.value)) {
    diags.push(
      error(
        "Invalid dynamic for_each value",
        "The for_each value is not known until the build runs; dynamic blocks need values known before it starts.",
        forEach.expr.range
      )
    );
    return [];
  }
  const pairs = elements(each2.value);
  if (pairs && contents.length !== 1) {
    diags.push(
      contents.length === 0 ? error(
        "Missing dynamic content block",
        'A dynamic block must have a nested block of type "content" to describe the body of each generated block.',
        block.openBraceRange
      ) : error("Extraneous dynamic content block", "Only one nested content block is allowed for each dynamic block.", contents[1].typeRange)
    );
    return [];
  }
  if (!pairs) {
    diags.push(
      error(
        "Invalid dynamic for_each value",
        `Cannot use a ${typeName(typeOf(each2.value))} value in for_each. An iterable collection is required.`,
        forEach.expr.range
      )
    );
    return [];
  }
  const content = contents[0];
  const out = [];
  for (const [key2, value] of pairs) {
    const bindings = { [it]: V.object({ key: key2, value }) };
    const labels = blockLabels(body, spec, type, childContext(ctx, bindings), diags);
    if (!labels) continue;
    out.push({
      kind: "block",
      type,
      typeRange: block.labelRanges[0],
      labels,
      labelRanges: labels.map(() => attr(body, "labels")?.expr.range ?? block.labelRanges[0]),
      body: bindBody(content.body, bindings),
      range: block.range,
      openBraceRange: content.openBraceRange
    });
  }
  return out;
}
function expandDynamic(body, blocks2, ctx) {
  if (!hasDynamic2(body) || Object.keys(blocks2).length === 0) return { body, diagnostics: [] };
  const diags = [];
  const items2 = body.items.flatMap((i) => i.kind === "block" && i.type === "dynamic" ? expandOne(i, blocks2, ctx, diags) : [i]);
  return { body: { ...body, items: items2 }, diagnostics: diags };
}

// src/config/gohcl.ts
var INT64_MIN = -(2n ** 63n);
var INT64_MAX2 = 2n ** 63n - 1n;
function unsuitable(expr, message) {
  return error("Unsuitable value type", `Unsuitable value: ${message}`, literalJsonString(expr)?.range ?? startRange(expr));
}
function goObjection(v, field, top) {
  if (v.kind === "null") {
    const nullable = top && (field === "pointer" || v.type.kind === "list" || v.type.kind === "map" || v.type.kind === "set");
    return nullable ? void 0 : "null value is not allowed";
  }
  switch (v.kind) {
    case "unknown":
      return "value must be known";
    case "number": {
      if (field !== "int") return void 0;
      const text2 = numberToString(v);
      const whole = /^-?\d+$/.test(text2) && BigInt(text2) >= INT64_MIN && BigInt(text2) <= INT64_MAX2;
      return whole ? void 0 : `value must be a whole number, between ${INT64_MIN} and ${INT64_MAX2}`;
    }
    case "list":
    case "set":
    case "tuple":
      return v.items.map((i) => goObjection(i, field, false)).find((m) => m !== void 0);
    case "map":
    case "object":
      return Object.values(v.attrs).map((i) => goObjection(i, field, false)).find((m) => m !== void 0);
    default:
      return void 0;
  }
}
function decodeGoField(expr, evaluated, type, field = "value") {
  const diagnostics = [...evaluated.diagnostics];
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: [...diagnostics, unsuitable(expr, "value must be known")] };
  const converted = convert(evaluated.value, type);
  if ("error" in converted) return { diagnostics: [...diagnostics, unsuitable(expr, converted.error)] };
  const objection = goObjection(converted.value, field, true);
  if (objection !== void 0) return { diagnostics: [...diagnostics, unsuitable(expr, objection)] };
  return { value: converted.value, diagnostics };
}

// src/config/schema.ts
function checkBody(original, schema, owner) {
  const diags = [];
  const body = bodyContent(original, schema, diags);
  const seen = /* @__PURE__ */ new Map();
  const blockCounts = /* @__PURE__ */ new Map();
  const attrNames = Object.keys(schema.attributes);
  const blockNames = Object.keys(schema.blocks ?? {});
  for (const item of body.items) {
    if (item.kind === "attribute") {
      const unsupported2 = schema.unsupported && Object.hasOwn(schema.unsupported, item.name) ? schema.unsupported[item.name] : void 0;
      if (unsupported2) {
        const report = unsupported2.severity === "error" ? error : warning;
        diags.push(report(`${item.name} is not supported by repack`, unsupported2.why, item.nameRange));
        continue;
      }
      if (!(item.name in schema.attributes)) {
        const hint2 = blockNames.includes(item.name) ? ` Did you mean to define a block of type "${item.name}"?` : didYouMean(item.name, attrNames);
        diags.push(error("Unsupported argument", `An argument named "${item.name}" is not expected here.${hint2}`, item.nameRange));
        continue;
      }
      const prev = seen.get(item.name);
      if (prev) {
        const at2 = `${prev.nameRange.file}:${prev.nameRange.start.line},${prev.nameRange.start.column}-${prev.nameRange.end.column}`;
        diags.push(error("Attribute redefined", `The argument "${item.name}" was already set at ${at2}. Each argument may be set only once.`, item.nameRange));
      }
      seen.set(item.name, item);
      continue;
    }
    if (item.type === "dynamic" && Object.keys(schema.blocks ?? {}).length > 0) {
      diags.push(...checkLabels(item, ["type"]));
      continue;
    }
    const spec = schema.blocks?.[item.type];
    if (!spec) {
      const hint2 = attrNames.includes(item.type) ? ` Did you mean to define argument "${item.type}"? If so, use the equals sign to assign it a value.` : didYouMean(item.type, blockNames);
      diags.push(error("Unsupported block type", `Blocks of type "${item.type}" are not expected here.${hint2}`, item.typeRange));
      continue;
    }
    diags.push(...checkLabels(item, spec.labels));
    const n = (blockCounts.get(item.type) ?? 0) + 1;
    blockCounts.set(item.type, n);
    if (!spec.multiple && n > 1) {
      diags.push(error(`Duplicate ${item.type} block`, `Only one "${item.type}" block is allowed here.`, item.typeRange));
    }
    if (spec.schema) diags.push(...checkBody(item.body, spec.schema, item));
  }
  for (const [name, a] of Object.entries(schema.attributes)) {
    if (a.required && !seen.has(name)) {
      const where2 = owner?.openBraceRange ?? body.range;
      diags.push(error("Missing required argument", `The argument "${name}" is required, but no definition was found.`, where2));
    }
  }
  return diags;
}
function checkLabels(block, labels) {
  if (block.labels.length === labels.length) return [];
  if (block.labels.length > labels.length) {
    const extra = block.labelRanges[labels.length] ?? block.typeRange;
    const detail = labels.length === 0 ? `No labels are expected for ${block.type} blocks.` : `Only ${labels.length} labels (${labels.join(", ")}) are expected for ${block.type} blocks.`;
    return [error("Extraneous label for " + block.type, detail, extra)];
  }
  const missing = labels[block.labels.length];
  return [
    error(`Missing ${missing} for ${block.type}`, `All ${block.type} blocks must have ${labels.length} labels (${labels.join(", ")}).`, block.openBraceRange)
  ];
}
function keyedConfig(attrs2, schema) {
  const out = {};
  for (const [name, spec] of Object.entries(schema.attributes)) if (spec.key !== false) out[name] = Object.hasOwn(attrs2, name) ? attrs2[name] : null;
  return out;
}
function evalAttribute(attr2, spec, ctx) {
  if (spec.gohcl) return decodeGoField(attr2.expr, evaluate(attr2.expr, ctx), spec.type, spec.gohcl);
  const { value, diagnostics } = evaluate(attr2.expr, ctx);
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  if (value.kind === "null") {
    if (spec.required)
      return { diagnostics: [error("Required attribute is null", `The argument "${attr2.name}" is required and may not be null.`, attr2.expr.range)] };
    return { value, diagnostics };
  }
  if (!isKnown(value)) {
    return { diagnostics: [error("Unknown value", `The value of "${attr2.name}" is not known until the build runs, but it is needed now.`, attr2.expr.range)] };
  }
  const converted = convert(value, spec.type);
  if ("error" in converted) {
    return {
      diagnostics: [error("Incorrect attribute value type", `Inappropriate value for attribute "${attr2.name}": ${converted.error}.`, attr2.expr.range)]
    };
  }
  return { value: converted.value, diagnostics };
}
function decodeBody(original, schema, ctx, owner) {
  const resolved = [];
  const expanded = expandDynamic(bodyContent(original, schema, resolved), schema.blocks ?? {}, ctx);
  const body = expanded.body;
  const diagnostics = [...resolved, ...expanded.diagnostics, ...checkBody(body, schema, owner)];
  const attrs2 = {};
  const values = {};
  const ranges = {};
  for (const [name, spec] of Object.entries(schema.attributes)) attrs2[name] = spec.default ?? null;
  for (const item of body.items) {
    if (item.kind !== "attribute" || !(item.name in schema.attributes)) continue;
    const spec = schema.attributes[item.name];
    const r = evalAttribute(item, spec, ctx);
    diagnostics.push(...r.diagnostics);
    if (r.value === void 0) continue;
    if (ctx.onSensitive && (spec.sensitive || r.value.sensitive)) leafStrings(r.value).forEach(ctx.onSensitive);
    ranges[item.name] = item.expr.range;
    values[item.name] = r.value;
    if (r.value.kind !== "null") attrs2[item.name] = toJS(r.value);
  }
  const blocks2 = body.items.filter((i) => i.kind === "block" && schema.blocks?.[i.type] !== void 0);
  return { attrs: attrs2, values, ranges, blocks: blocks2, diagnostics };
}

// src/config/registry.ts
var DOCKER_PLUGIN_VERSION = "1.1.1";
var DOCKER_PLUGIN_SOURCE = "github.com/hashicorp/docker";
var GIT_PLUGIN_VERSION = "0.6.5";
var GIT_PLUGIN_SOURCE = "github.com/ethanmdavidson/git";
var ANSIBLE_PLUGIN_VERSION = "1.1.7";
var ANSIBLE_PLUGIN_SOURCE = "github.com/hashicorp/ansible";
var BUILT_IN_PLUGINS = [
  { name: "docker", source: DOCKER_PLUGIN_SOURCE, version: DOCKER_PLUGIN_VERSION, what: "docker plugin" },
  { name: "git", source: GIT_PLUGIN_SOURCE, version: GIT_PLUGIN_VERSION, what: "git plugin (its data sources)" },
  { name: "ansible", source: ANSIBLE_PLUGIN_SOURCE, version: ANSIBLE_PLUGIN_VERSION, what: "ansible plugin (its provisioners)" }
];
var BUILDER_TYPES = ["docker"];
var PROVISIONER_TYPES = ["shell", "file", "shell-local", "breakpoint", "ansible", "ansible-local"];
var POST_PROCESSOR_TYPES = [
  "docker-tag",
  "docker-push",
  "docker-save",
  "docker-import",
  "manifest",
  "checksum",
  "compress",
  "shell-local",
  "artifice"
];
var DATA_SOURCE_TYPES = ["null", "http", "git-commit", "git-repository", "git-tree"];
function isOneOf(list, s) {
  return list.includes(s);
}

// src/config/constant.ts
function envFunction(env) {
  return {
    params: [{ name: "key", type: T.string }],
    returnType: () => T.string,
    impl: ([key2]) => V.string(key2.kind === "string" ? env[key2.value] ?? "" : "")
  };
}
function defaultFunctions(env) {
  return { env: envFunction(env) };
}
function constantValue(expr, functions) {
  const json = functions ? void 0 : literalJsonString(expr);
  if (json) return { value: V.string(json.text), diagnostics: [] };
  const r = evaluate(expr, functions ? { variables: {}, functions } : { variables: {} });
  return {
    value: r.value,
    diagnostics: r.diagnostics.map((d) => {
      if (d.code === "unknown-variable")
        return { ...d, summary: "Variables not allowed", detail: "Variables may not be used here.", code: "variables-not-allowed" };
      if (!functions && d.code === "unknown-function")
        return {
          ...d,
          summary: "Function calls not allowed",
          detail: "Functions may not be called here.",
          range: callRange(expr, d.range),
          code: "functions-not-allowed"
        };
      return d;
    })
  };
}
function callRange(expr, name) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [expr];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    const call = node;
    if (call.kind === "functionCall" && call.nameRange?.start.offset === name?.start.offset && call.nameRange?.file === name?.file) return call.range;
    stack.push(...Object.values(node));
  }
  return name;
}

// src/config/source-refs.ts
function header(b) {
  return rangeBetween(b.block.typeRange, b.block.labelRanges.at(-1) ?? b.block.typeRange);
}
function unknown(s, known, b) {
  const types = BUILDER_TYPES;
  if (!types.includes(s.type)) {
    const suggestion2 = nameSuggestion(s.type, types);
    const detail2 = suggestion2 ? `Did you mean to use ${goQuote(suggestion2)}?` : `repack builds Docker images: the source types it supports are: ${BUILDER_TYPES.join(", ")}.`;
    return error(`Unknown source type ${s.type}`, detail2, header(b));
  }
  const suggestion = nameSuggestion(s.ref, known);
  const detail = suggestion ? `Did you mean to use ${goQuote(suggestion)}?` : `Known: [${known.join(" ")}]`;
  return error(`Unknown source ${s.ref}`, detail, header(b));
}
function checkSourceRefs(t) {
  const diags = [];
  const known = [...t.sources.keys(), ...t.rejectedSources].sort();
  for (const b of t.builds) {
    for (const s of b.sources) {
      if (!t.sources.has(s.ref) && !t.rejectedSources.has(s.ref)) diags.push(unknown(s, known, b));
    }
  }
  return diags;
}

// src/config/build.ts
var BUILD_BLOCK = {
  attributes: {
    name: { type: T.string, gohcl: "value", description: "Build name, the first part of every build name printed." },
    description: { type: T.string, gohcl: "value", description: "What the build is for." },
    sources: { type: T.list(T.string), gohcl: "value", description: 'Sources to build: "source.<type>.<name>".' }
  },
  blocks: {
    source: { labels: ["reference"], multiple: true, description: "A source to build, with a name and overrides." },
    provisioner: { labels: ["type"], multiple: true, description: "A step run inside the container, in written order." },
    "post-processor": { labels: ["type"], multiple: true, description: "A chain of one post-processor." },
    "post-processors": { labels: [], multiple: true, description: "A chain of post-processors, run in order." },
    "error-cleanup-provisioner": { labels: ["type"], multiple: false, description: "Runs when a provisioner fails." },
    hcp_packer_registry: { labels: [], multiple: false, description: "HCP Packer publishing (deprecated here by Packer); repack does not publish." }
  }
};
var CHAIN_BLOCK = {
  attributes: {},
  blocks: { "post-processor": { labels: ["type"], multiple: true, description: "A post-processor of the chain." } }
};
var IDENTIFIER = /^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u;
function decodeSourceRef(raw, range2, diags, checkIdentifiers, blame = range2) {
  const parts = raw.split(".");
  const [type, name] = parts.length > 2 ? parts.slice(1) : parts;
  if (parts.length < 2 || checkIdentifiers && !(IDENTIFIER.test(type) && IDENTIFIER.test(name))) {
    const detail = checkIdentifiers ? "A source type is made of three parts that are split by a dot `.`; each part must start with a letter and may contain only letters, digits, underscores, and dashes. A valid source reference looks like: `source.type.name`" : `"${raw}" is not a source reference: a source reference is made of three parts split by a dot, each starting with a letter and made of letters, digits, underscores and dashes, e.g. "source.docker.ubuntu".`;
    diags.push(error("Invalid source reference", detail, blame));
    return void 0;
  }
  return { ref: `${type}.${name}`, type, name, range: range2 };
}
function isConstant(attr2) {
  if (literalJsonString(attr2.expr)) return false;
  const r = constantValue(attr2.expr);
  return !r.diagnostics.some((d) => d.code === "variables-not-allowed" || d.code === "functions-not-allowed");
}
function checkType(block, known, what, diags) {
  const type = block.labels[0];
  if (known.includes(type)) return true;
  diags.push(
    error(`Unknown ${what} type "${type}"`, `The ${what} types repack supports are: ${known.join(", ")}.${didYouMean(type, known)}`, block.labelRanges[0])
  );
  return false;
}
function decodeChain(item, diags) {
  const body = bodyContent(item.body, CHAIN_BLOCK, diags);
  diags.push(...checkBody(body, CHAIN_BLOCK, item));
  return body.items.filter((i) => i.kind === "block" && i.type === "post-processor" && i.labels.length === 1).filter((pp) => checkType(pp, POST_PROCESSOR_TYPES, "post-processor", diags)).map((pp) => ({ type: pp.labels[0], block: pp }));
}
function decodeSourceBlock(item, spec, diags) {
  const ref = decodeSourceRef(item.labels[0], item.labelRanges[0], diags, false);
  if (!ref) return;
  const attrs2 = justAttributes(item.body, diags);
  const nameAttr = attrs2.items.find((i) => i.kind === "attribute" && i.name === "name");
  let overrides = attrs2;
  if (nameAttr) {
    const r = decodeGoField(nameAttr.expr, constantValue(nameAttr.expr), T.string);
    diags.push(...r.diagnostics);
    if (r.value?.kind === "string") ref.nameOverride = r.value.value;
    overrides = { ...attrs2, items: attrs2.items.filter((i) => i !== nameAttr) };
  }
  spec.sources.push({ ...ref, overrides });
}
function decodeBuild(original, diags, ctx) {
  let body = bodyContent(original.body, BUILD_BLOCK, diags);
  const dynamic = hasDynamic2(body);
  if (dynamic && ctx) {
    const expanded = expandDynamic(body, BUILD_BLOCK.blocks ?? {}, ctx);
    diags.push(...expanded.diagnostics);
    body = expanded.body;
  }
  const block = { ...original, body };
  diags.push(...checkBody(body, BUILD_BLOCK, block));
  const deferred = !ctx && body.items.some((i) => i.kind === "attribute" && i.name in BUILD_BLOCK.attributes && !isConstant(i));
  const decoded = deferred ? void 0 : decodeBody(body, { attributes: BUILD_BLOCK.attributes }, ctx ?? { variables: {} });
  const spec = {
    name: typeof decoded?.attrs.name === "string" ? decoded.attrs.name : "",
    description: typeof decoded?.attrs.description === "string" ? decoded.attrs.description : "",
    sources: [],
    provisioners: [],
    postProcessorChains: [],
    hcpRegistries: [],
    block,
    dynamic: (dynamic || deferred) && !ctx
  };
  if (decoded) diags.push(...decoded.diagnostics.filter((d) => d.summary !== "Unsupported argument" && d.summary !== "Unsupported block type"));
  let hadSource = Array.isArray(decoded?.attrs.sources) ? decoded.attrs.sources.length > 0 : body.items.some((i) => i.kind === "attribute" && i.name === "sources");
  if (Array.isArray(decoded?.attrs.sources)) {
    decoded.attrs.sources.forEach((s) => {
      const ref = decodeSourceRef(String(s), decoded.ranges.sources, diags, true, block.typeRange);
      if (ref) spec.sources.push(ref);
    });
  }
  for (const item of body.items) {
    if (item.kind !== "block") continue;
    if (item.type === "post-processors") {
      spec.postProcessorChains.push(decodeChain(item, diags));
      continue;
    }
    if (item.type === "hcp_packer_registry") {
      if (item.labels.length === 0) spec.hcpRegistries.push(item);
      continue;
    }
    if (item.labels.length !== 1) continue;
    const type = item.labels[0];
    switch (item.type) {
      case "source":
        hadSource = true;
        decodeSourceBlock(item, spec, diags);
        break;
      case "provisioner":
        if (checkType(item, PROVISIONER_TYPES, "provisioner", diags)) spec.provisioners.push({ type, block: item });
        break;
      case "error-cleanup-provisioner":
        if (checkType(item, PROVISIONER_TYPES, "provisioner", diags)) spec.errorCleanupProvisioner = { type, block: item };
        break;
      case "post-processor":
        if (checkType(item, POST_PROCESSOR_TYPES, "post-processor", diags)) spec.postProcessorChains.push([{ type, block: item }]);
        break;
    }
  }
  if (!hadSource && !spec.dynamic) {
    diags.push(
      error(
        "Missing sources",
        'A build needs at least one source: sources = ["source.docker.<name>"] or a source "docker.<name>" { } block.',
        block.openBraceRange
      )
    );
  }
  return spec;
}
function key(d) {
  return `${d.summary}@${d.range ? `${d.range.file}:${d.range.start.offset}` : ""}`;
}
function expandBuilds(t, ctx) {
  const diags = [];
  t.builds = t.builds.map((b) => {
    if (!b.dynamic) return b;
    const first = [];
    decodeBuild(b.block, first);
    const seen = new Set(first.map(key));
    const now2 = [];
    const spec = decodeBuild(b.block, now2, ctx);
    diags.push(...now2.filter((d) => !seen.has(key(d))), ...checkSourceRefs({ ...t, builds: [spec] }));
    return spec;
  });
  return diags;
}

// src/config/data-source-clouds.ts
var CLOUDS = [
  ["amazon-", "AWS"],
  ["azure-", "Azure"],
  ["googlecompute-", "Google Cloud"],
  ["hcp-packer-", "HCP Packer"],
  ["hcp-", "HCP"],
  ["vault", "HashiCorp Vault"],
  ["consul", "Consul"],
  ["digitalocean-", "DigitalOcean"],
  ["oracle-", "Oracle Cloud"],
  ["oci-", "Oracle Cloud"],
  ["openstack-", "OpenStack"],
  ["scaleway-", "Scaleway"],
  ["alicloud-", "Alibaba Cloud"],
  ["tencentcloud-", "Tencent Cloud"],
  ["hcloud-", "Hetzner Cloud"],
  ["linode-", "Linode"],
  ["vsphere-", "vSphere"],
  ["outscale-", "Outscale"],
  ["osc-", "Outscale"],
  ["ncloud-", "NAVER Cloud"],
  ["yandex-", "Yandex Cloud"],
  ["ibmcloud-", "IBM Cloud"],
  ["proxmox-", "Proxmox"],
  ["vultr-", "Vultr"],
  ["exoscale-", "Exoscale"],
  ["huaweicloud-", "Huawei Cloud"],
  ["ucloud-", "UCloud"],
  ["jdcloud-", "JD Cloud"]
];
function cloudOf(type) {
  return CLOUDS.find(([prefix]) => type.startsWith(prefix))?.[1];
}

// src/config/error-message.ts
var GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu;
function looksLikeSentences(text2) {
  const runes = [...text2.replace(GO_SPACE, "")];
  if (runes.length === 0) return false;
  const first = runes[0];
  if (new RegExp("\\p{L}", "u").test(first) && !new RegExp("\\p{Lu}", "u").test(first)) return false;
  return [".", "?", "!"].includes(runes[runes.length - 1]);
}
function decodeErrorMessage(attr2, diags) {
  const r = decodeGoField(attr2.expr, constantValue(attr2.expr), T.string);
  diags.push(...r.diagnostics);
  if (r.value?.kind !== "string") return void 0;
  const summary = "Invalid validation error message";
  if (r.value.value === "") diags.push(error(summary, "An empty string is not a valid nor useful error message.", attr2.expr.range));
  else if (!looksLikeSentences(r.value.value))
    diags.push(
      error(
        summary,
        "Validation error message must be at least one full sentence starting with an uppercase letter ( if the alphabet permits it ) and ending with a period or question mark.",
        attr2.expr.range
      )
    );
  return r.value.value;
}

// src/config/decode.ts
var TOP_LEVEL = {
  attributes: {},
  blocks: {
    packer: { labels: [], multiple: true, description: "Requirements on repack and its plugins." },
    variable: { labels: ["name"], multiple: true, description: "An input variable." },
    variables: { labels: [], multiple: true, description: "Input variables, legacy form: `name = default`." },
    locals: { labels: [], multiple: true, description: "Local values." },
    local: { labels: ["name"], multiple: true, description: "One local value, may be sensitive." },
    source: { labels: ["type", "name"], multiple: true, description: "A builder configuration." },
    build: { labels: [], multiple: true, description: "Sources to build, their provisioners and post-processors." },
    data: { labels: ["type", "name"], multiple: true, description: "A data source." },
    hcp_packer_registry: { labels: [], multiple: true, description: "HCP Packer publishing; accepted, repack does not publish." },
    // In Packer's file schema (hcl2template/parser.go) but read by nothing: accepted and ignored, as there.
    communicator: { labels: ["type", "name"], multiple: true, description: "Unused, as in Packer." }
  }
};
var PACKER_BLOCK = {
  attributes: { required_version: { type: T.string, description: "Version constraint on repack itself." } },
  blocks: { required_plugins: { labels: [], multiple: true, description: "Plugins the template needs." } }
};
var VARIABLE_BLOCK = {
  attributes: {
    type: { type: T.dynamic, description: "Type constraint." },
    default: { type: T.dynamic, description: "Value used when none is given." },
    description: { type: T.string, description: "What the variable is for." },
    sensitive: { type: T.bool, default: false, description: "Mask the value in every output." }
  },
  blocks: {
    validation: {
      labels: [],
      multiple: true,
      description: "A condition the value must meet.",
      schema: {
        attributes: {
          condition: { type: T.bool, required: true, description: "Must be true for a valid value." },
          error_message: { type: T.string, required: true, description: "Shown when the condition is false." }
        }
      }
    }
  }
};
var LOCAL_BLOCK = {
  attributes: {
    expression: { type: T.dynamic, required: true, description: "The value." },
    sensitive: { type: T.bool, default: false, description: "Mask the value in every output." }
  }
};
function constant(attr2) {
  return constantValue(attr2.expr);
}
function decodeVariable(original, env, diags) {
  const name = original.labels[0];
  const block = { ...original, body: bodyContent(original.body, VARIABLE_BLOCK, diags) };
  diags.push(...checkBody(block.body, VARIABLE_BLOCK, block));
  const decl = {
    name,
    type: T.dynamic,
    description: "",
    sensitive: false,
    validations: [],
    range: block.typeRange
  };
  let defaultAttr;
  for (const item of block.body.items) {
    if (item.kind === "block") {
      if (item.type !== "validation") continue;
      const validation = bodyContent(item.body, VARIABLE_BLOCK.blocks?.validation.schema ?? { attributes: {} }, []);
      const get = (n) => validation.items.find((i) => i.kind === "attribute" && i.name === n);
      const condition2 = get("condition");
      const message = get("error_message");
      const errorMessage = message ? decodeErrorMessage(message, diags) : void 0;
      if (condition2 && errorMessage !== void 0) decl.validations.push({ condition: condition2.expr, errorMessage, range: item.typeRange });
      continue;
    }
    switch (item.name) {
      case "type": {
        const t = parseTypeExpr(expressionAsWritten(item.expr, diags));
        diags.push(...t.diagnostics);
        decl.type = t.type;
        break;
      }
      case "default":
        defaultAttr = item;
        break;
      case "description":
      case "sensitive": {
        const r = decodeGoField(item.expr, constant(item), item.name === "description" ? T.string : T.bool);
        diags.push(...r.diagnostics);
        if (r.value?.kind === "string" && item.name === "description") decl.description = r.value.value;
        else if (r.value?.kind === "bool" && item.name === "sensitive") decl.sensitive = r.value.value;
        break;
      }
    }
  }
  if (defaultAttr) {
    const r = constantValue(defaultAttr.expr, defaultFunctions(env));
    diags.push(...r.diagnostics);
    if (r.value.kind === "null") {
      decl.default = r.value;
    } else if (!r.diagnostics.some((d2) => d2.severity === "error")) {
      const c = convert(r.value, decl.type);
      if ("error" in c)
        diags.push(
          error(
            "Invalid default value for variable",
            `This default value is not compatible with the variable's type constraint: ${c.error}.`,
            defaultAttr.expr.range
          )
        );
      else decl.default = c.value;
    }
    const d = decl.default;
    const empty = d !== void 0 && (d.kind === "object" && Object.keys(d.attrs).length === 0 || d.kind === "tuple" && d.items.length === 0);
    if (decl.type.kind === "dynamic" && d !== void 0 && !empty) decl.type = typeOf(d);
  }
  return decl;
}
function decodeRequiredPlugins(block, diags) {
  const out = [];
  for (const item of justAttributes(block.body, diags).items) {
    if (item.kind === "block") {
      diags.push(
        error(
          "Unsupported block type",
          `Blocks of type "${item.type}" are not expected here. Each plugin is an argument: docker = { version = ">= 1.0.0", source = "github.com/hashicorp/docker" }.`,
          item.typeRange
        )
      );
      continue;
    }
    const r = constant(item);
    diags.push(...r.diagnostics);
    if (r.value.kind !== "object" && r.value.kind !== "map") {
      diags.push(
        error(
          "Invalid required_plugins entry",
          `The plugin "${item.name}" must be an object with "version" and "source", e.g. { version = ">= 1.0.0", source = "github.com/hashicorp/docker" }.`,
          item.expr.range
        )
      );
      continue;
    }
    const attr2 = (n) => {
      const v = r.value.kind === "object" || r.value.kind === "map" ? r.value.attrs[n] : void 0;
      return v?.kind === "string" ? v.value : "";
    };
    out.push({ name: item.name, source: attr2("source"), version: attr2("version"), range: item.nameRange });
  }
  return out;
}
function decodeTemplate(files, root, env = process.env, pathRoot = root) {
  const diags = [];
  const initialization = /* @__PURE__ */ new Set();
  const t = {
    root,
    pathRoot,
    requiredPlugins: [],
    requiredVersions: [],
    variables: /* @__PURE__ */ new Map(),
    locals: [],
    sources: /* @__PURE__ */ new Map(),
    rejectedSources: /* @__PURE__ */ new Set(),
    builds: [],
    dataSources: [],
    hcpRegistries: []
  };
  for (const file2 of files) {
    const body = bodyContent(file2.body, TOP_LEVEL, diags);
    diags.push(...checkBody(body, TOP_LEVEL));
    for (const item of body.items) {
      if (item.kind !== "block") continue;
      const spec = TOP_LEVEL.blocks?.[item.type];
      if (!spec || checkLabels(item, spec.labels).length > 0) continue;
      const late = item.type === "source" || item.type === "build" || item.type === "data" || item.type === "hcp_packer_registry";
      const into = late ? [] : diags;
      decodeTopBlock(item, t, env, into);
      if (late) into.forEach((d) => (initialization.add(d), diags.push(d)));
    }
  }
  return { template: t, diagnostics: diags, initialization };
}
function decodeTopBlock(item, t, env, diags) {
  switch (item.type) {
    case "packer": {
      const body = bodyContent(item.body, PACKER_BLOCK, diags);
      diags.push(...checkBody(body, PACKER_BLOCK, item));
      for (const a of body.items) {
        if (a.kind === "attribute" && a.name === "required_version") {
          const r = constant(a);
          diags.push(...r.diagnostics);
          if (r.value.kind === "string") t.requiredVersions.push({ constraint: r.value.value, range: a.range });
          else if (r.value.kind !== "null" && r.diagnostics.length === 0)
            diags.push(error("Invalid version constraint", "A string value is required for required_version.", a.expr.range));
        } else if (a.kind === "block" && a.type === "required_plugins") {
          t.requiredPlugins.push(...decodeRequiredPlugins(a, diags));
        }
      }
      break;
    }
    case "variable": {
      const name = item.labels[0];
      const prev = t.variables.get(name);
      if (prev) {
        diags.push(
          error(
            "Duplicate variable",
            `A variable named "${name}" was already declared at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}. Variable names must be unique within a template.`,
            item.labelRanges[0]
          )
        );
        break;
      }
      const decl = decodeVariable(item, env, diags);
      if (decl) t.variables.set(name, decl);
      break;
    }
    case "variables":
      for (const a of justAttributes(item.body, diags).items) {
        if (a.kind !== "attribute") {
          diags.push(error("Unsupported block type", `Blocks of type "${a.type}" are not expected here.`, a.typeRange));
          continue;
        }
        const r = constantValue(a.expr, defaultFunctions(env));
        diags.push(...r.diagnostics);
        t.variables.set(a.name, {
          name: a.name,
          type: T.dynamic,
          default: r.value,
          description: "",
          sensitive: false,
          validations: [],
          range: a.nameRange
        });
      }
      break;
    case "locals":
      for (const a of justAttributes(item.body, diags).items) {
        if (a.kind !== "attribute") {
          diags.push(error("Unsupported block type", `Blocks of type "${a.type}" are not expected here.`, a.typeRange));
          continue;
        }
        addLocal(t.locals, { name: a.name, expr: a.expr, sensitive: false, range: a.nameRange }, diags);
      }
      break;
    case "local": {
      const body = bodyContent(item.body, LOCAL_BLOCK, diags);
      diags.push(...checkBody(body, LOCAL_BLOCK, item));
      const expr = body.items.find((i) => i.kind === "attribute" && i.name === "expression");
      const sens = body.items.find((i) => i.kind === "attribute" && i.name === "sensitive");
      const sensitive = sens ? decodeGoField(sens.expr, constant(sens), T.bool) : void 0;
      diags.push(...sensitive?.diagnostics ?? []);
      if (expr)
        addLocal(
          t.locals,
          { name: item.labels[0], expr: expr.expr, sensitive: sensitive?.value?.kind === "bool" && sensitive.value.value, range: item.labelRanges[0] },
          diags
        );
      break;
    }
    case "source": {
      const [type, name] = item.labels;
      if (!isOneOf(BUILDER_TYPES, type)) {
        t.rejectedSources.add(`${type}.${name}`);
        diags.push(
          error(
            `Unknown source type "${type}"`,
            `repack builds Docker images: the source types it supports are: ${BUILDER_TYPES.join(", ")}.${didYouMean(type, BUILDER_TYPES)}`,
            item.labelRanges[0]
          )
        );
        break;
      }
      const key2 = `${type}.${name}`;
      if (t.sources.has(key2)) {
        diags.push(
          error("Duplicate source block", `A source "${type}" "${name}" is already defined. Source names must be unique per type.`, item.labelRanges[1])
        );
        break;
      }
      t.sources.set(key2, { type, name, body: item.body, block: item });
      break;
    }
    case "build":
      t.builds.push(decodeBuild(item, diags));
      break;
    case "hcp_packer_registry":
      t.hcpRegistries.push(item);
      break;
    case "communicator":
      break;
    case "data": {
      const [type, name] = item.labels;
      if (!isOneOf(DATA_SOURCE_TYPES, type)) {
        const cloud = cloudOf(type);
        const instead = `pass the value as a variable instead (a sensitive one when it is a secret: from PKR_VAR_<name>, -var or the action's variables input) and replace data.${type}.${name} with it.`;
        diags.push(
          error(
            `Unsupported data source "${type}"`,
            cloud ? `The data source "${type}" needs ${cloud}: repack does not talk to it; ${instead}` : `repack has the data sources ${DATA_SOURCE_TYPES.join(", ")}; for "${type}", ${instead}${didYouMean(type, DATA_SOURCE_TYPES)}`,
            item.labelRanges[0]
          )
        );
        break;
      }
      if (t.dataSources.some((d) => d.type === type && d.name === name)) {
        diags.push(
          error(
            "Duplicate data source",
            `A data source "${type}" "${name}" is already defined. Data source names must be unique per type.`,
            item.labelRanges[1]
          )
        );
        break;
      }
      t.dataSources.push({ type, name, body: item.body, block: item });
      break;
    }
  }
}
function addLocal(locals, local, diags) {
  const prev = locals.find((l) => l.name === local.name);
  if (prev) {
    diags.push(
      error(
        "Duplicate local value",
        `A local value named "${local.name}" was already defined at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}. Local value names must be unique.`,
        local.range
      )
    );
    return;
  }
  locals.push(local);
}

// src/config/data.ts
var DataSourceRuns = class {
  results = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Map();
  /** Waits for every started execution. */
  async settle() {
    for (const [key2, p] of this.pending) this.results.set(key2, await p);
    this.pending.clear();
  }
};
function runDataSource(d, ctx, o) {
  const plugin = o.plugins[d.type];
  const r = decodeBody(d.body, plugin.schema, ctx, d.block);
  const diags = [...r.diagnostics];
  if (diags.some((x) => x.severity === "error")) return { diagnostics: diags };
  const problems = plugin.configure?.(r) ?? [];
  if (problems.length > 0) return { diagnostics: [...diags, ...problems.map((p) => error(p, void 0, d.block.typeRange))] };
  const key2 = `${d.type}.${d.name} ${JSON.stringify(r.attrs)}`;
  let result2 = o.runs.results.get(key2);
  if (!result2) {
    const executed = plugin.execute(r, { cwd: o.cwd });
    if (executed instanceof Promise) {
      o.runs.pending.set(key2, executed);
      return { waiting: true, diagnostics: diags };
    }
    result2 = executed;
  }
  if ("error" in result2) return { diagnostics: [...diags, error(result2.error, `data.${d.type}.${d.name} failed.`, d.block.typeRange)] };
  diags.push(...(result2.warnings ?? []).map((w) => warning(w, `From data.${d.type}.${d.name}.`, d.block.typeRange)));
  return { value: result2.value, diagnostics: diags };
}

// src/config/prereqs.ts
function expressionsOf(n) {
  if (n.kind === "local") return [n.decl.expr];
  const out = [];
  const walk3 = (items2) => {
    for (const i of items2) {
      if (i.kind === "attribute") out.push(i.expr);
      else walk3(i.body.items);
    }
  };
  walk3(n.decl.body.items);
  return out;
}
function evaluatePrereqs(dataSources, locals, base, o) {
  const diags = [];
  const nodes = /* @__PURE__ */ new Map();
  for (const d of dataSources) nodes.set(`data.${d.type}.${d.name}`, { kind: "data", decl: d, key: `data.${d.type}.${d.name}` });
  for (const l of locals) nodes.set(`local.${l.name}`, { kind: "local", decl: l, key: `local.${l.name}` });
  const dataValues = /* @__PURE__ */ new Map();
  const localValues = {};
  const failed = /* @__PURE__ */ new Set();
  const state = /* @__PURE__ */ new Map();
  const dataObject = () => {
    const types = {};
    for (const [d, v] of dataValues) (types[d.type] ??= {})[d.name] = v;
    return V.object(Object.fromEntries(Object.entries(types).map(([t, names]) => [t, V.object(names)])));
  };
  const context = () => ({ ...base, variables: { ...base.variables, data: dataObject(), local: V.object(localValues) } });
  const dependencies = (n) => expressionsOf(n).flatMap(
    (e) => traversals(e).flatMap((t) => {
      const key2 = t.root === "data" ? `data.${String(t.path[0])}.${String(t.path[1])}` : t.root === "local" ? `local.${String(t.path[0])}` : "";
      const dep = nodes.get(key2);
      return dep ? [dep] : [];
    })
  );
  const visit = (n, chain) => {
    const s = state.get(n.key);
    if (s === "done" || s === "waiting") return;
    if (s === "visiting") {
      const path10 = [...chain.slice(chain.indexOf(n.key)), n.key].join(" \u2192 ");
      if (n.kind === "local") {
        diags.push(error("Cycle in local values", `${n.key} depends on itself: ${path10}.`, n.decl.range));
        localValues[n.decl.name] = V.unknown();
      } else diags.push(error("Cycle in data sources", `${n.key} depends on itself: ${path10}.`, n.decl.block.labelRanges[1]));
      return;
    }
    state.set(n.key, "visiting");
    let blocked = false;
    for (const dep of dependencies(n)) {
      visit(dep, [...chain, n.key]);
      if (state.get(dep.key) === "waiting") blocked = true;
    }
    if (blocked) {
      state.set(n.key, "waiting");
      return;
    }
    if (n.kind === "local") {
      const r2 = evaluate(n.decl.expr, context());
      diags.push(...r2.diagnostics);
      if (r2.diagnostics.some((d) => d.severity === "error")) failed.add(n.decl.name);
      localValues[n.decl.name] = n.decl.sensitive ? markSensitive(r2.value) : r2.value;
      state.set(n.key, "done");
      return;
    }
    const r = runDataSource(n.decl, context(), o);
    diags.push(...r.diagnostics);
    if (r.waiting) {
      state.set(n.key, "waiting");
      return;
    }
    dataValues.set(n.decl, r.value ?? V.unknown());
    state.set(n.key, "done");
  };
  for (const n of nodes.values()) visit(n, []);
  return { data: dataObject(), local: localValues, diagnostics: diags, failed, waiting: o.runs.pending.size > 0 };
}

// src/data-sources/git.ts
import { spawnSync } from "node:child_process";
import { resolve as resolve3 } from "node:path";

// src/config/data-source.ts
function dataSource(plugin) {
  return plugin;
}

// src/data-sources/git.ts
var GitError = class extends Error {
};
function git(dir, args) {
  const r = spawnSync("git", ["-c", "safe.directory=*", "-C", dir, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.error) {
    const code = r.error.code;
    throw new GitError(code === "ENOENT" ? "the git command is not installed, and the git data sources need it" : r.error.message);
  }
  if (r.status !== 0) throw new GitError(r.stderr.trim().split("\n").at(-1) ?? `git ${args[0]} failed`);
  return r.stdout;
}
var strings2 = (xs) => V.list(xs.map(V.string), T.string);
var lines = (s) => s.split("\n").filter((l) => l !== "");
function where(d, env) {
  return resolve3(env.cwd, typeof d.attrs.path === "string" && d.attrs.path !== "" ? d.attrs.path : ".");
}
function commitIsh(d) {
  return typeof d.attrs.commit_ish === "string" && d.attrs.commit_ish !== "" ? d.attrs.commit_ish : "HEAD";
}
function resolveCommit(dir, rev) {
  return git(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]).trim();
}
function signature(line) {
  const m = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line);
  return m ? { text: `${m[1]} <${m[2]}>`, seconds: Number(m[3]) } : { text: line, seconds: 0 };
}
function readCommit(dir, hash) {
  const raw = git(dir, ["cat-file", "commit", hash]);
  const split = raw.indexOf("\n\n");
  const headers = split < 0 ? raw : raw.slice(0, split);
  const c = {
    tree: "",
    parents: [],
    author: "",
    committer: "",
    committerSeconds: 0,
    signature: "",
    message: split < 0 ? "" : raw.slice(split + 2)
  };
  let field = "";
  for (const line of headers.split("\n")) {
    if (line.startsWith(" ")) {
      if (field === "gpgsig") c.signature += `${line.slice(1)}
`;
      continue;
    }
    const space2 = line.indexOf(" ");
    field = line.slice(0, space2);
    const value = line.slice(space2 + 1);
    if (field === "tree") c.tree = value;
    else if (field === "parent") c.parents.push(value);
    else if (field === "author") c.author = signature(value).text;
    else if (field === "committer") ({ text: c.committer, seconds: c.committerSeconds } = signature(value));
    else if (field === "gpgsig") c.signature = `${value}
`;
  }
  return c;
}
function run(f) {
  try {
    return { value: f() };
  } catch (e) {
    if (e instanceof GitError) return { error: e.message };
    throw e;
  }
}
var PATH = { type: T.string, description: 'A directory inside the git work tree (default ".", the working directory).' };
var COMMIT_ISH = { type: T.string, description: 'The commit to read, e.g. a tag or a branch (default "HEAD").' };
var gitCommitDataSource = dataSource({
  schema: { attributes: { path: PATH, commit_ish: COMMIT_ISH } },
  execute: (d, env) => run(() => {
    const dir = where(d, env);
    const hash = resolveCommit(dir, commitIsh(d));
    const c = readCommit(dir, hash);
    const branches = lines(git(dir, ["for-each-ref", `--points-at=${hash}`, "--format=%(refname:lstrip=2)", "refs/heads/"]));
    return V.object({
      hash: V.string(hash),
      branches: strings2(branches),
      author: V.string(c.author),
      committer: V.string(c.committer),
      timestamp: V.string(new Date(c.committerSeconds * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z")),
      pgp_signature: V.string(c.signature),
      message: V.string(c.message),
      tree_hash: V.string(c.tree),
      parent_hashes: strings2(c.parents)
    });
  })
});
var gitRepositoryDataSource = dataSource({
  schema: { attributes: { path: PATH } },
  execute: (d, env) => run(() => {
    const dir = where(d, env);
    const r = spawnSync("git", ["-c", "safe.directory=*", "-C", dir, "symbolic-ref", "--quiet", "--short", "HEAD"], { encoding: "utf8" });
    const status = git(dir, ["status", "--porcelain"]);
    return V.object({
      head: V.string(r.status === 0 ? r.stdout.trim() : "HEAD"),
      branches: strings2(lines(git(dir, ["for-each-ref", "--format=%(refname:lstrip=2)", "refs/heads/"]))),
      tags: strings2(lines(git(dir, ["for-each-ref", "--format=%(refname:lstrip=2)", "refs/tags/"]))),
      is_clean: V.bool(status.trim() === "")
    });
  })
});
var gitTreeDataSource = dataSource({
  schema: { attributes: { path: PATH, commit_ish: COMMIT_ISH } },
  execute: (d, env) => run(() => {
    const dir = where(d, env);
    const hash = resolveCommit(dir, commitIsh(d));
    const files = git(dir, ["ls-tree", "-r", "-z", "--full-tree", hash]).split("\0").filter((e) => e !== "").flatMap((e) => {
      const tab = e.indexOf("	");
      return e.slice(0, tab).split(" ")[1] === "blob" ? [e.slice(tab + 1)] : [];
    });
    return V.object({ hash: V.string(hash), files: strings2(files) });
  })
});

// src/data-sources/http.ts
var METHODS = ["HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"];
function canonicalKey(k) {
  return k.split("-").map((w) => w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w).join("-");
}
function isText(contentType) {
  const [type, ...params] = contentType.split(";").map((p) => p.trim());
  if (!/^text\/.+|^application\/json$|^application\/samlmetadata\+xml/.test(type.toLowerCase())) return false;
  const charset = params.find((p) => p.toLowerCase().startsWith("charset="))?.slice(8).replace(/"/g, "").toLowerCase() ?? "";
  return charset === "" || charset === "utf-8" || charset === "us-ascii";
}
var text = (e) => typeof e === "object" && e !== null && "message" in e && typeof e.message === "string" ? e.message : String(e);
async function request(url, method, headers, body) {
  let res;
  let content;
  try {
    res = await fetch(url, { method, headers, body: body === "" ? void 0 : body, redirect: "follow" });
    content = await res.text();
  } catch (e) {
    const cause = typeof e === "object" && e !== null && "cause" in e && e.cause !== void 0 ? `: ${text(e.cause)}` : "";
    return { error: `${method} ${url}: ${text(e)}${cause}` };
  }
  if (res.status < 200 || res.status >= 300) return { error: `HTTP request error. Response code: ${res.status}` };
  const responseHeaders = {};
  res.headers.forEach((v, k) => {
    responseHeaders[canonicalKey(k)] = V.string(v);
  });
  const contentType = res.headers.get("content-type") ?? "";
  const warnings = isText(contentType) ? [] : [`Content-Type is not recognized as a text type, got ${JSON.stringify(contentType)}. If the content is binary data, it may not be handled properly.`];
  return { value: V.object({ url: V.string(url), body: V.string(content), request_headers: V.map(responseHeaders, T.string) }), warnings };
}
var httpDataSource = dataSource({
  schema: {
    attributes: {
      url: { type: T.string, description: "The URL to request; it must answer with a 2xx status." },
      method: { type: T.string, description: "HTTP method: HEAD, GET, POST, PUT, DELETE, OPTIONS or PATCH (default GET)." },
      request_headers: { type: T.map(T.string), description: "Headers sent with the request." },
      request_body: { type: T.string, description: "Body sent with the request." }
    },
    unsupported: PACKER_INTERNAL
  },
  configure(d) {
    const problems = [];
    if (typeof d.attrs.url !== "string" || d.attrs.url === "") problems.push("the `url` must be specified");
    const method = typeof d.attrs.method === "string" && d.attrs.method !== "" ? d.attrs.method : "GET";
    if (!METHODS.includes(method)) problems.push(`the \`method\` must be one of [${METHODS.join(" ")}]`);
    return problems;
  },
  execute(d) {
    const method = typeof d.attrs.method === "string" && d.attrs.method !== "" ? d.attrs.method : "GET";
    const headers = d.attrs.request_headers ?? {};
    return request(d.attrs.url ?? "", method, headers, typeof d.attrs.request_body === "string" ? d.attrs.request_body : "");
  }
});

// src/data-sources/null.ts
var nullDataSource = dataSource({
  schema: { attributes: { input: { type: T.string, required: true, description: "The value `output` takes." } }, unsupported: PACKER_INTERNAL },
  configure: (d) => d.attrs.input === null || d.attrs.input === "" ? ["The `input` must be specified"] : [],
  execute: (d) => ({ value: V.object({ output: d.values.input ?? V.string("") }) })
});

// src/data-sources/index.ts
var DATA_SOURCES = {
  null: nullDataSource,
  http: httpDataSource,
  "git-commit": gitCommitDataSource,
  "git-repository": gitRepositoryDataSource,
  "git-tree": gitTreeDataSource
};

// src/config/hcp-registry.ts
var HCP_PACKER_REGISTRY = {
  attributes: {
    bucket_name: { type: T.string, gohcl: "value", description: "HCP Packer bucket (or HCP_PACKER_BUCKET_NAME)." },
    description: { type: T.string, gohcl: "value", description: "Bucket description, up to 255 characters." },
    labels: { type: T.map(T.string), gohcl: "value", description: "Deprecated spelling of bucket_labels." },
    bucket_labels: { type: T.map(T.string), gohcl: "value", description: "Labels of the bucket." },
    build_labels: { type: T.map(T.string), gohcl: "value", description: "Labels of the build." },
    channels: { type: T.list(T.string), gohcl: "value", description: "Channels to assign the version to." }
  }
};
var BUCKET_NAME = /^[a-zA-Z0-9-]{3,36}$/;
function decodeOne(block, ctx) {
  const d = decodeBody(block.body, HCP_PACKER_REGISTRY, ctx, block);
  const diags = d.diagnostics.filter((x) => x.summary !== "Unsupported argument" && x.summary !== "Unsupported block type");
  if (diags.some((x) => x.severity === "error")) return diags;
  const { bucket_name: bucket, description, labels, bucket_labels: bucketLabels } = d.attrs;
  if (typeof description === "string" && description.length > 255)
    return [...diags, error("hcp_packer_registry.description should have a maximum length of 255 characters", void 0, block.typeRange)];
  if (typeof bucket === "string" && bucket !== "" && !BUCKET_NAME.test(bucket))
    diags.push(error("hcp_packer_registry.bucket_name can only contain between 3 and 36 ASCII letters, numbers and hyphens", void 0, block.typeRange));
  const count = (m) => m && typeof m === "object" ? Object.keys(m).length : 0;
  if (count(labels) > 0 && count(bucketLabels) > 0)
    diags.push(
      error(
        "hcp_packer_registry.labels and hcp_packer_registry.bucket_labels are mutually exclusive; please use the recommended argument hcp_packer_registry.bucket_labels",
        void 0,
        block.typeRange
      )
    );
  else if (count(labels) > 0)
    diags.push(
      warning(
        "the argument hcp_packer_registry.labels has been deprecated and will be removed in the next minor release; please use hcp_packer_registry.bucket_labels"
      )
    );
  return diags;
}
function checkHcpRegistries(t, ctx) {
  const diags = [];
  const top = t.hcpRegistries;
  top.slice(1).forEach((b) => diags.push(error("Only one hcp_packer_registry is allowed", void 0, b.typeRange)));
  const inBuilds = t.builds.flatMap((b) => b.hcpRegistries);
  inBuilds.slice(0, 1).forEach(
    (b) => diags.push(
      warning(
        "Build block level hcp_packer_registry are deprecated",
        "Starting with Packer 1.12.1, it is recommended to move it to the top-level configuration instead of within a build block.",
        b.typeRange
      )
    )
  );
  const multiple = [...inBuilds.slice(1), ...top.length > 0 ? inBuilds.slice(0, 1) : []];
  multiple.forEach(
    (b) => diags.push(
      error(
        "Multiple HCP Packer registry block declaration",
        "Multiple hcp_packer_registry blocks have been found, only one can be defined in HCL2 templates. Starting with Packer 1.12.1, it is recommended to move it to the top-level configuration instead of within a build block.",
        b.typeRange
      )
    )
  );
  for (const b of [...top.slice(0, 1), ...inBuilds]) diags.push(...decodeOne(b, ctx));
  const first = top[0] ?? inBuilds[0];
  if (first)
    diags.push(
      warning(
        "HCP Packer registry not used",
        "repack does not publish to HCP Packer: the hcp_packer_registry block is checked and nothing is sent. The images are built and pushed as without it.",
        first.typeRange
      )
    );
  return diags;
}

// src/config/lint.ts
function blocks(items2, type) {
  return items2.filter((i) => i.kind === "block" && i.type === type);
}
function leadingLiteral(e) {
  if (e.kind === "literal" && e.value.kind === "string") return { text: e.value.value, range: e.range };
  if (e.kind === "template" && e.parts[0]?.kind === "literal" && e.parts[0].value.kind === "string") {
    return { text: e.parts[0].value.value, range: e.parts[0].range };
  }
  return void 0;
}
function shift(r, by, length) {
  const start = { line: r.start.line, column: r.start.column + by, offset: r.start.offset + by };
  return { file: r.file, start, end: { line: start.line, column: start.column + length, offset: start.offset + length } };
}
function literalString(e) {
  const lit = leadingLiteral(e);
  return lit && (e.kind === "literal" || e.kind === "template" && e.parts.length === 1) ? lit.text : void 0;
}
function literalAttr(body, name) {
  const a = body.items.find((i) => i.kind === "attribute" && i.name === name);
  if (!a || a.kind !== "attribute") return void 0;
  return literalString(a.expr) ?? null;
}
var isRoot = (user) => user === void 0 || user !== null && /^(|root|0)(:.*)?$/.test(user);
function refOf(raw) {
  const parts = raw.split(".");
  return (parts.length > 2 ? parts.slice(1, 3) : parts).join(".");
}
function dockerRootSources(build, sources) {
  const uses = [];
  for (const item of build.body.items) {
    if (item.kind === "attribute" && item.name === "sources" && item.expr.kind === "tuple") {
      for (const el of item.expr.items) {
        const text2 = literalString(el);
        if (text2 !== void 0) uses.push({ ref: refOf(text2) });
      }
    }
    if (item.kind === "block" && item.type === "source" && item.labels.length === 1) uses.push({ ref: refOf(item.labels[0]), body: item.body });
  }
  return uses.flatMap((u) => {
    const source = sources.get(u.ref);
    if (!source || source.labels[0] !== "docker") return [];
    const override = u.body ? literalAttr(u.body, "exec_user") : void 0;
    const execUser = override === void 0 ? literalAttr(source.body, "exec_user") : override;
    if (!isRoot(execUser === void 0 ? runUser(u.body ?? source.body) ?? runUser(source.body) : execUser)) return [];
    const renamed2 = u.body ? literalAttr(u.body, "name") : void 0;
    return [typeof renamed2 === "string" ? `docker.${renamed2}` : u.ref];
  });
}
function literalList(body, name) {
  const a = body.items.find((i) => i.kind === "attribute" && i.name === name);
  if (!a || a.kind !== "attribute" || a.expr.kind !== "tuple") return void 0;
  const items2 = a.expr.items.map(literalString);
  return items2.every((i) => i !== void 0) ? items2 : void 0;
}
function runsOnAny(p, refs) {
  const only = literalList(p.body, "only");
  const except = literalList(p.body, "except");
  return refs.some((r) => (only === void 0 || only.includes(r)) && !(except ?? []).includes(r));
}
function runUser(body) {
  const a = body.items.find((i) => i.kind === "attribute" && i.name === "run_command");
  if (!a || a.kind !== "attribute") return void 0;
  if (a.expr.kind !== "tuple") return null;
  const args = a.expr.items.map(literalString);
  for (const [i, arg] of args.entries()) {
    if (arg === "-u" || arg === "--user") return args[i + 1] ?? null;
    const m = arg === void 0 ? null : /^(?:--user=|-u)(.+)$/.exec(arg);
    if (m) return m[1];
  }
  return void 0;
}
function lintSudo(files) {
  const all = files.flatMap((f) => f.body.items);
  const sources = new Map(blocks(all, "source").map((s) => [s.labels.join("."), s]));
  const diags = [];
  for (const build of blocks(all, "build")) {
    const rootSources = dockerRootSources(build, sources);
    if (rootSources.length === 0) continue;
    for (const p of blocks(build.body.items, "provisioner")) {
      if (p.labels[0] !== "shell" || !runsOnAny(p, rootSources)) continue;
      for (const item of p.body.items) {
        if (item.kind !== "attribute" || item.name !== "inline" || item.expr.kind !== "tuple") continue;
        for (const el of item.expr.items) {
          const lit = leadingLiteral(el);
          const m = lit && /^(\s*)sudo(\s+(?!-)|$)/.exec(lit.text);
          if (!lit || !m) continue;
          diags.push(
            warning(
              "sudo in a root container",
              `Docker provisioners run as root (the image's user; set exec_user to change it), and most base images do not have sudo, so this command would fail with "sudo: not found". Remove "sudo " from the command.`,
              shift(lit.range, m[1].length, 4)
            )
          );
        }
      }
    }
  }
  return diags;
}

// src/config/load.ts
import { readdirSync as readdirSync3, readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
import { join as join4, posix as posix2, resolve as resolve4 } from "node:path";

// src/hcl/syntax/source-text.ts
import { isUtf8 } from "node:buffer";
function firstInvalid(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let need;
    let min;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) [need, min] = [1, 128];
    else if (b >= 224 && b <= 239) [need, min] = [2, 2048];
    else if (b >= 240 && b <= 244) [need, min] = [3, 65536];
    else return i;
    let cp2 = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp2 = cp2 << 6 | c & 63;
    }
    if (cp2 < min || cp2 > 1114111 || cp2 >= 55296 && cp2 <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
function decodeSource(bytes, name, json) {
  const text2 = bytes.toString("utf8");
  if (json || isUtf8(bytes)) return { text: text2, diagnostics: [] };
  const bad = firstInvalid(bytes);
  const start = advance({ line: 1, column: 1, offset: 0 }, bytes.subarray(0, bad).toString("utf8"));
  const end = { line: start.line, column: start.column + 1, offset: start.offset + 1 };
  return {
    text: text2,
    diagnostics: [
      error("Invalid character encoding", "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.", {
        file: name,
        start,
        end
      })
    ]
  };
}

// src/config/load.ts
var TEMPLATE_SUFFIXES = [".pkr.hcl", ".pkr.json"];
var AUTO_VARS_SUFFIXES = [".auto.pkrvars.hcl", ".auto.pkrvars.json"];
function parseSource(absPath, name, sources, diags, varFile = false) {
  let bytes;
  try {
    bytes = readFileSync4(absPath);
  } catch (e) {
    diags.push(error("Failed to read file", `The file ${name} could not be read: ${e.code ?? String(e)}.`));
    return void 0;
  }
  const { text: text2, diagnostics: encoding } = decodeSource(bytes, name, name.endsWith(".json"));
  diags.push(...encoding);
  sources.set(name, text2);
  if (!name.endsWith(".json")) {
    const { file: file3, diagnostics: diagnostics2 } = parseFile(text2, name);
    diags.push(...diagnostics2);
    return file3;
  }
  const { file: file2, diagnostics } = parseJsonFile(text2, name);
  diags.push(...diagnostics);
  if (!varFile || diagnostics.length > 0) return file2;
  return { ...file2, body: justAttributes(file2.body, diags) };
}
function goDir(p) {
  const dir = posix2.normalize(p.slice(0, p.lastIndexOf("/") + 1));
  return dir.length > 1 && dir.endsWith("/") ? dir.slice(0, -1) : dir;
}
function loadTemplate(path10, cwd) {
  const abs = resolve4(cwd, path10);
  const given = path10.replaceAll("\\", "/");
  const out = { root: abs, pathRoot: given, templates: [], autoVarFiles: [], sources: /* @__PURE__ */ new Map(), diagnostics: [] };
  let isDir;
  try {
    isDir = statSync3(abs).isDirectory();
  } catch {
    out.diagnostics.push(
      error("Template not found", `No file or directory at ${path10}. Pass a .pkr.hcl or .pkr.json file, or a directory that holds such files.`)
    );
    return out;
  }
  if (!isDir) {
    out.root = resolve4(abs, "..");
    out.pathRoot = goDir(given);
    const f = parseSource(abs, path10, out.sources, out.diagnostics);
    if (f) out.templates.push(f);
    return out;
  }
  const names = readdirSync3(abs).sort();
  for (const name of names) {
    if (TEMPLATE_SUFFIXES.some((s) => name.endsWith(s))) {
      const f = parseSource(join4(abs, name), join4(path10, name), out.sources, out.diagnostics);
      if (f) out.templates.push(f);
    } else if (AUTO_VARS_SUFFIXES.some((s) => name.endsWith(s))) {
      const f = parseSource(join4(abs, name), join4(path10, name), out.sources, out.diagnostics, true);
      if (f) out.autoVarFiles.push(f);
    }
  }
  if (out.templates.length === 0 && out.diagnostics.length === 0) {
    out.diagnostics.push(error("No template files", `The directory ${path10} holds no *.pkr.hcl or *.pkr.json files.`));
  }
  return out;
}

// src/config/version.ts
function parseVersion(s) {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(s.trim());
  if (!m) return void 0;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}
function compare2(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
function satisfies(version, constraint) {
  const v = parseVersion(version);
  if (!v) return `"${version}" is not a version`;
  for (const part of constraint.split(",")) {
    const m = /^\s*(>=|<=|!=|~>|=|>|<)?\s*(\S+)\s*$/.exec(part);
    const want = m ? parseVersion(m[2]) : void 0;
    if (!m || !want) return `"${part.trim()}" is not a version constraint (e.g. ">= 1.0.0", "~> 1.1")`;
    const c = compare2(v, want);
    const segments2 = m[2].replace(/^v/, "").split(/[-+]/)[0].split(".").length;
    let ok2;
    switch (m[1] ?? "=") {
      case ">=":
        ok2 = c >= 0;
        break;
      case "<=":
        ok2 = c <= 0;
        break;
      case ">":
        ok2 = c > 0;
        break;
      case "<":
        ok2 = c < 0;
        break;
      case "!=":
        ok2 = c !== 0;
        break;
      case "~>": {
        const fixed = Math.max(1, segments2 - 1);
        ok2 = c >= 0 && v.slice(0, fixed).every((n, i) => n === want[i]);
        break;
      }
      default:
        ok2 = c === 0;
    }
    if (!ok2) return false;
  }
  return true;
}

// src/pipeline/plan.ts
import { resolve as resolve17 } from "node:path";

// src/pipeline/override.ts
function attrsOf(v) {
  return v.kind === "object" || v.kind === "map" ? v.attrs : void 0;
}
function checkOverride(value, header3) {
  if (value === void 0 || value.kind === "null" || value.kind === "unknown" && value.type.kind === "object") return [];
  if (value.kind !== "object") return [error("provisioner's override block must be an HCL object", void 0, header3)];
  const bad = Object.keys(value.attrs).sort().find((name) => {
    const entry = value.attrs[name];
    return entry.kind !== "object" && !(entry.kind === "unknown" && entry.type.kind === "object");
  });
  return bad === void 0 ? [] : [error(`provisioner's override.'${bad}' block must be an HCL object`, void 0, header3)];
}
function applyOverride(d, schema, sourceName) {
  const value = d.values.override;
  if (value === void 0 || value.kind === "null") return [];
  const range2 = d.ranges.override;
  const bySource = attrsOf(value);
  if (!bySource) return [];
  const entry = bySource[sourceName];
  if (entry === void 0 || entry.kind === "null") return [];
  const attrs2 = attrsOf(entry);
  if (!attrs2) return [];
  const diags = [];
  const names = Object.keys(schema.attributes);
  for (const [name, v] of Object.entries(attrs2)) {
    const spec = schema.attributes[name];
    if (!spec) {
      diags.push(error("Unsupported argument", `override.${sourceName}: an argument named "${name}" is not expected here.${didYouMean(name, names)}`, range2));
      continue;
    }
    const converted = convert(v, spec.type);
    if ("error" in converted) {
      diags.push(error("Incorrect attribute value type", `Inappropriate value for override.${sourceName}.${name}: ${converted.error}.`, range2));
      continue;
    }
    d.values[name] = converted.value;
    d.attrs[name] = converted.value.kind === "null" ? spec.default ?? null : toJS(converted.value);
    if (range2) d.ranges[name] = range2;
  }
  return diags;
}

// src/docker/changes.ts
var CHANGE_INSTRUCTIONS = ["CMD", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL", "ONBUILD", "USER", "VOLUME", "WORKDIR"];
function parseChange(line) {
  const match = /^\s*(\S+)\s*(.*?)\s*$/s.exec(line);
  if (!match) return { error: "empty change" };
  const word = match[1].toUpperCase();
  const instruction = CHANGE_INSTRUCTIONS.find((i) => i === word);
  if (!instruction) return { error: `${match[1].toLowerCase()} is not a valid change command` };
  if (match[2] === "") return { error: `${instruction} requires at least one argument` };
  if (instruction === "EXPOSE") {
    const bad = match[2].split(/\s+/).find((p) => !/^\d+(-\d+)?(\/(tcp|udp|sctp))?$/.test(p));
    if (bad) return { error: `Invalid containerPort: ${bad.replace(/\/.*$/, "")}` };
  }
  return { instruction, rest: match[2] };
}

// src/builders/docker/run-command.ts
var DEFAULT_RUN_COMMAND = ["-d", "-i", "-t", "--entrypoint=/bin/sh", "--", "{{.Image}}"];
var VALUE_FLAGS = {
  "--entrypoint": "entrypoint",
  "-e": "env",
  "--env": "env",
  "-v": "volume",
  "--volume": "volume",
  "-u": "user",
  "--user": "user",
  "-w": "workdir",
  "--workdir": "workdir",
  "--cap-add": "cap-add",
  "--cap-drop": "cap-drop",
  "--tmpfs": "tmpfs",
  "--device": "device",
  "--runtime": "runtime",
  "--platform": "platform",
  "--network": "network",
  "--net": "network",
  "-l": "label",
  "--label": "label",
  "--name": "name"
};
var BOOL_FLAGS = {
  "-d": "detach",
  "--detach": "detach",
  "-i": "interactive",
  "--interactive": "interactive",
  "-t": "tty",
  "--tty": "tty",
  "--privileged": "privileged",
  "--rm": "rm",
  "--init": "init"
};
function expandPlaceholders(args, image) {
  const out = [];
  for (const a of args) {
    const bad = /\{\{\s*\.?(\w*)\s*\}\}/.exec(a.replace(/\{\{\s*\.Image\s*\}\}/g, ""));
    if (bad) return { args, error: `run_command: the placeholder ${bad[0]} is not known; only {{.Image}} is` };
    out.push(a.replace(/\{\{\s*\.Image\s*\}\}/g, image));
  }
  return { args: out };
}
function parseRunCommand(args, image) {
  const expanded = expandPlaceholders(args, image);
  const spec = { image, env: [], binds: [], capAdd: [], capDrop: [], tmpfs: {}, devices: [], labels: {} };
  if (expanded.error) return { spec, error: expanded.error };
  const a = expanded.args;
  let i = 0;
  const take = (name, value) => {
    switch (VALUE_FLAGS[name]) {
      case "entrypoint":
        spec.entrypoint = value === "" ? [] : [value];
        break;
      case "env":
        spec.env?.push(value);
        break;
      case "volume":
        spec.binds?.push(value);
        break;
      case "user":
        spec.user = value;
        break;
      case "workdir":
        spec.workingDir = value;
        break;
      case "cap-add":
        spec.capAdd?.push(value);
        break;
      case "cap-drop":
        spec.capDrop?.push(value);
        break;
      case "tmpfs": {
        const [path10, opts = ""] = value.split(/:(.*)/s);
        if (spec.tmpfs) spec.tmpfs[path10] = opts;
        break;
      }
      case "device":
        spec.devices?.push(value);
        break;
      case "runtime":
        spec.runtime = value;
        break;
      case "platform":
        spec.platform = value;
        break;
      case "network":
        spec.networkMode = value;
        break;
      case "name":
        spec.name = value;
        break;
      case "label": {
        const [k, v = ""] = value.split(/=(.*)/s);
        if (spec.labels) spec.labels[k] = v;
        break;
      }
    }
  };
  for (; i < a.length; i++) {
    const arg = a[i];
    if (arg === "--") {
      i++;
      break;
    }
    if (!arg.startsWith("-")) break;
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS[name]) {
      if (eq > 0) take(name, arg.slice(eq + 1));
      else if (i + 1 < a.length) take(name, a[++i]);
      else return { spec, error: `run_command: ${name} needs a value` };
      continue;
    }
    if (BOOL_FLAGS[name]) {
      applyBool(spec, BOOL_FLAGS[name]);
      continue;
    }
    if (/^-[a-z]{2,}$/.test(arg) && [...arg.slice(1)].every((c) => BOOL_FLAGS[`-${c}`])) {
      [...arg.slice(1)].forEach((c) => applyBool(spec, BOOL_FLAGS[`-${c}`]));
      continue;
    }
    return {
      spec,
      error: `run_command: the docker run flag "${arg}" is not supported. Supported: ${[...Object.keys(BOOL_FLAGS), ...Object.keys(VALUE_FLAGS)].join(" ")}`
    };
  }
  if (i >= a.length) return { spec, error: 'run_command: no image argument; it must contain "{{.Image}}"' };
  spec.image = a[i];
  spec.cmd = a.slice(i + 1);
  return { spec };
}
function applyBool(spec, flag) {
  if (flag === "tty") spec.tty = true;
  else if (flag === "interactive") spec.openStdin = true;
  else if (flag === "privileged") spec.privileged = true;
}

// src/builders/docker/bootstrap-config.ts
var BOOTSTRAP_SCHEMA = {
  attributes: {
    path: {
      type: T.string,
      required: true,
      description: "The Dockerfile, relative to the working directory. It must be inside `build_dir` (it travels in the build context)."
    },
    build_dir: { type: T.string, default: ".", description: "The build context, relative to the working directory." },
    arguments: { type: T.map(T.string), default: {}, description: "Build arguments." },
    pull: { type: T.bool, default: true, description: "Pull newer versions of the Dockerfile's base images." },
    compress: { type: T.bool, default: false, description: "Accepted; the context is streamed to the engine as it is read." }
  }
};
function decodeBootstrap(blocks2, ctx, diags) {
  const block = blocks2.find((b) => b.type === "build");
  if (!block) return void 0;
  const d = decodeBody(block.body, BOOTSTRAP_SCHEMA, ctx, block);
  diags.push(...d.diagnostics);
  const a = d.attrs;
  return {
    path: typeof a.path === "string" ? a.path : "",
    buildDir: typeof a.build_dir === "string" ? a.build_dir : ".",
    arguments: a.arguments ?? {},
    pull: a.pull !== false
  };
}

// src/builders/docker/unsupported.ts
var SSH = [
  "ssh_host",
  "ssh_port",
  "ssh_username",
  "ssh_password",
  "ssh_keypair_name",
  "temporary_key_pair_name",
  "temporary_key_pair_type",
  "temporary_key_pair_bits",
  "ssh_ciphers",
  "ssh_clear_authorized_keys",
  "ssh_key_exchange_algorithms",
  "ssh_private_key_file",
  "ssh_certificate_file",
  "ssh_pty",
  "ssh_timeout",
  "ssh_wait_timeout",
  "ssh_agent_auth",
  "ssh_disable_agent_forwarding",
  "ssh_handshake_attempts",
  "ssh_bastion_host",
  "ssh_bastion_port",
  "ssh_bastion_agent_auth",
  "ssh_bastion_username",
  "ssh_bastion_password",
  "ssh_bastion_interactive",
  "ssh_bastion_private_key_file",
  "ssh_bastion_certificate_file",
  "ssh_file_transfer_method",
  "ssh_proxy_host",
  "ssh_proxy_port",
  "ssh_proxy_username",
  "ssh_proxy_password",
  "ssh_keep_alive_interval",
  "ssh_read_write_timeout",
  "ssh_remote_tunnels",
  "ssh_local_tunnels",
  "ssh_public_key",
  "ssh_private_key"
];
var WINRM = [
  "winrm_username",
  "winrm_password",
  "winrm_host",
  "winrm_no_proxy",
  "winrm_port",
  "winrm_timeout",
  "winrm_use_ssl",
  "winrm_insecure",
  "winrm_use_ntlm"
];
var DOCKER_SOURCE_UNSUPPORTED = {
  ...PACKER_INTERNAL,
  ...each(
    SSH,
    ignored(
      "repack reaches the container through the Docker Engine API (the docker communicator) and never over SSH; Packer ignores SSH settings with that communicator too. Remove it."
    )
  ),
  ...each(WINRM, ignored("repack builds Linux containers through the Docker Engine API and never connects over WinRM; Packer ignores it too. Remove it.")),
  ...ECR_AWS,
  pause_before_connecting: ignored(
    "repack runs provisioners as soon as the container has started, so the value is ignored. To wait, set pause_before on the first provisioner."
  )
};

// src/builders/docker/config.ts
var DOCKER_SOURCE = {
  attributes: {
    image: {
      key: false,
      doc: { default: "required without `build`" },
      type: T.string,
      description: 'The base image, e.g. `"debian:bookworm"`; anything `docker pull` accepts, digests included.'
    },
    commit: { key: false, type: T.bool, default: false, description: "Commit the container as an image; the artifact is the image ID." },
    discard: { key: false, type: T.bool, default: false, description: "Throw the container away (for `artifice` and host-side results)." },
    export_path: { key: false, type: T.string, description: "Export the container's filesystem to this tar file (relative to the working directory)." },
    pull: { key: false, type: T.bool, default: true, description: "Pull `image` first. With `false` it must be present." },
    changes: {
      key: false,
      type: T.list(T.string),
      default: [],
      description: "Dockerfile instructions applied at commit: `CMD`, `ENTRYPOINT`, `ENV`, `EXPOSE`, `LABEL`, `ONBUILD`, `USER`, `VOLUME`, `WORKDIR`. Others (e.g. `RUN`) are refused when validating."
    },
    run_command: {
      type: T.list(T.string),
      default: DEFAULT_RUN_COMMAND,
      description: "`docker run` arguments; see below."
    },
    volumes: { type: T.map(T.string), default: {}, description: "Bind mounts, host path \u2192 container path." },
    container_dir: {
      type: T.string,
      default: "/packer-files",
      description: "Accepted; repack mounts no shared directory (uploads go through the archive API), so nothing is created there."
    },
    exec_user: { type: T.string, description: "User (`user`, `uid`, `user:group`) the provisioners run as (`docker exec --user`)." },
    privileged: { type: T.bool, default: false, description: "Run the container privileged." },
    cap_add: { type: T.list(T.string), default: [], description: "Linux capabilities to add." },
    cap_drop: { type: T.list(T.string), default: [], description: "Linux capabilities to drop." },
    tmpfs: { type: T.list(T.string), default: [], description: 'tmpfs mounts, `"path[:options]"`.' },
    device: { type: T.list(T.string), default: [], description: 'Host devices, `"host[:container[:rwm]]"`.' },
    runtime: { type: T.string, description: "OCI runtime (e.g. `runsc`)." },
    platform: {
      type: T.string,
      description: 'Platform of the pulled image and the container, e.g. `"linux/arm64"`. A source that sets it is built for that platform only, also under `-platform` ([multi-platform.md](../multi-platform.md)).'
    },
    author: { key: false, type: T.string, description: "Author recorded in the committed image." },
    message: { key: false, type: T.string, description: "Commit message (the image's `Comment`)." },
    fix_upload_owner: {
      type: T.bool,
      default: true,
      description: "After each upload, `chown -R` it to the user the **container** runs as (below)."
    },
    docker_path: {
      key: false,
      type: T.string,
      default: "docker",
      description: 'Accepted; another value is ignored with a warning (repack talks to the Engine API, not to a binary \u2014 point `DOCKER_HOST` at Podman instead of `docker_path = "podman"`).'
    },
    windows_container: { key: false, type: T.bool, default: false, description: "Only `false`: repack builds Linux containers." },
    ecr_login: {
      key: false,
      type: T.bool,
      default: false,
      description: "Only `false`: use `docker-credential-ecr-login` as a credential helper (`credHelpers` in the docker config), which repack reads."
    },
    communicator: {
      key: false,
      type: T.string,
      default: "docker",
      description: 'Only `"docker"`: provisioners reach the container through the Engine API. Another value is an error.'
    },
    pty: { key: false, type: T.bool, default: false, description: "`true` is ignored with a warning: commands run without a pseudo-terminal." },
    ...LOGIN_ATTRIBUTES
  },
  unsupported: DOCKER_SOURCE_UNSUPPORTED,
  blocks: {
    // Decoded by decodeBootstrap (bootstrap-config.ts), which also checks its body.
    build: { labels: [], multiple: false, description: "Build the base image from a Dockerfile instead (below). Not with `image`." }
  }
};
function decodeDockerSource(body, ctx, owner) {
  const d = decodeBody(body, DOCKER_SOURCE, ctx, owner);
  const diags = d.diagnostics;
  const written = (name) => body.items.some((i) => i.kind === "attribute" && i.name === name);
  if (!written("image") && !d.blocks.some((b) => b.type === "build")) {
    diags.push(
      error("Missing required argument", 'The argument "image" is required, but no definition was found (or give a build block).', owner.openBraceRange)
    );
  }
  if (diags.some((x) => x.severity === "error")) return { diagnostics: diags };
  const a = d.attrs;
  const str2 = (k) => a[k] ?? void 0;
  const list = (k) => a[k];
  const exportPath = str2("export_path");
  const modes = [a.commit === true, a.discard === true, exportPath !== void 0].filter(Boolean).length;
  if (modes !== 1) {
    diags.push(
      error(
        "Invalid docker source",
        `Exactly one of "commit", "discard" or "export_path" must be set (found ${modes}). Set commit = true to keep the result as an image.`,
        owner.openBraceRange
      )
    );
  }
  const changes = list("changes");
  changes.forEach((c, i) => {
    const parsed2 = parseChange(c);
    if ("error" in parsed2) {
      diags.push(
        error("Invalid change", `changes[${i}] "${c}": ${parsed2.error}. Only ${CHANGE_INSTRUCTIONS.join(", ")} can be applied at commit.`, d.ranges.changes)
      );
    }
  });
  const bootstrap = decodeBootstrap(d.blocks, ctx, diags);
  if (bootstrap && d.ranges.image !== void 0) {
    diags.push(error("Invalid docker source", '"image" cannot be set together with a build block: the build block makes the base image.', d.ranges.image));
  }
  const image = str2("image") ?? "";
  const parsed = parseRunCommand(list("run_command"), image);
  if (parsed.error) diags.push(error("Invalid run_command", parsed.error, d.ranges.run_command));
  const spec = parsed.spec;
  const volumes = a.volumes;
  spec.binds = [...spec.binds ?? [], ...Object.entries(volumes).map(([host2, ctr]) => `${host2}:${ctr}`)];
  spec.privileged = spec.privileged || a.privileged === true;
  spec.capAdd = [...spec.capAdd ?? [], ...list("cap_add")];
  spec.capDrop = [...spec.capDrop ?? [], ...list("cap_drop")];
  for (const t of list("tmpfs")) {
    const [path10, opts = ""] = t.split(/:(.*)/s);
    spec.tmpfs = { ...spec.tmpfs, [path10]: opts };
  }
  spec.devices = [...spec.devices ?? [], ...list("device")];
  spec.runtime = str2("runtime") ?? spec.runtime;
  spec.platform = str2("platform") ?? spec.platform;
  if (a.windows_container === true) {
    diags.push(error("Unsupported option", "windows_container = true: repack builds Linux containers only.", d.ranges.windows_container));
  }
  if (a.communicator !== "docker") {
    diags.push(
      error(
        "communicator is not supported by repack",
        `communicator = ${JSON.stringify(a.communicator)}: repack runs provisioners through the Docker Engine API (Packer's "docker" communicator) only. Remove communicator or set it to "docker".`,
        d.ranges.communicator
      )
    );
  }
  if (a.pty === true) {
    diags.push(
      warning(
        "pty is not supported by repack",
        "Commands run without a pseudo-terminal (stdout and stderr stay separate); pty = true is ignored. Tools that want a terminal can be told not to (e.g. DEBIAN_FRONTEND=noninteractive).",
        d.ranges.pty
      )
    );
  }
  if (a.ecr_login === true) {
    diags.push(error("Unsupported option", ECR_LOGIN, d.ranges.ecr_login));
  }
  if (d.ranges.docker_path !== void 0 && a.docker_path !== "docker") {
    diags.push(
      warning(
        "Option ignored",
        `docker_path = "${String(a.docker_path)}" is ignored: repack talks to the Engine API of DOCKER_HOST (or the docker context), not to a docker binary. To use Podman, point DOCKER_HOST at its API socket.`,
        d.ranges.docker_path
      )
    );
  }
  const login = decodeLogin(d, owner.openBraceRange);
  diags.push(...login.diagnostics);
  if (diags.some((x) => x.severity === "error")) return { diagnostics: diags };
  return {
    diagnostics: diags,
    config: {
      image,
      ...bootstrap ? { bootstrap } : {},
      commit: a.commit === true,
      discard: a.discard === true,
      exportPath,
      exportPathAsWritten: exportPath,
      // With a build block the pull is the build's (build.pull), as in the plugin.
      pull: bootstrap ? false : a.pull !== false,
      changes,
      container: spec,
      containerDir: str2("container_dir") ?? "/packer-files",
      execUser: str2("exec_user"),
      platform: spec.platform,
      author: str2("author"),
      message: str2("message"),
      fixUploadOwner: a.fix_upload_owner !== false,
      keyed: keyedConfig(d.attrs, DOCKER_SOURCE),
      ...login.auth ? { login: login.auth } : {},
      ...login.problem ? { loginProblem: login.problem } : {}
    }
  };
}

// src/provisioners/shell.ts
import { readFileSync as readFileSync6 } from "node:fs";
import { basename as basename2, resolve as resolve6 } from "node:path";
import { randomInt } from "node:crypto";

// src/plugin/env-names.ts
var IDENTIFIER2 = /^[A-Za-z_][A-Za-z0-9_]*$/;
function readEnvVars(environmentVars, env, ranges, diags) {
  const vars = /* @__PURE__ */ new Map();
  const add = (name, value, attr2) => {
    if (!IDENTIFIER2.test(name)) {
      diags.push(
        error(
          `Invalid ${attr2} name`,
          `${JSON.stringify(name)} is not a valid environment variable name: use letters, digits and underscores, not starting with a digit.`,
          ranges[attr2]
        )
      );
      return;
    }
    vars.set(name, value);
  };
  for (const kv of environmentVars) {
    const eq = kv.indexOf("=");
    if (eq <= 0) {
      diags.push(error("Invalid environment_vars entry", `Environment variable not in format 'key=value': ${JSON.stringify(kv)}.`, ranges.environment_vars));
      continue;
    }
    add(kv.slice(0, eq), kv.slice(eq + 1), "environment_vars");
  }
  for (const [k, v] of Object.entries(env)) add(k, v, "env");
  return vars;
}

// src/plugin/duration.ts
var UNITS = { ns: 1e-6, us: 1e-3, \u00B5s: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration2(text2) {
  const s = text2.trim();
  if (s === "0") return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return void 0;
    total += Number(m[1]) * UNITS[m[2]];
    pos = re.lastIndex;
  }
  return pos > 0 ? total : void 0;
}
function formatGoDuration(ms) {
  const ns = Math.round(ms * 1e6);
  if (ns === 0) return "0s";
  const sign = ns < 0 ? "-" : "";
  const n = Math.abs(ns);
  const trim = (whole, frac, digits2) => {
    const f = String(frac).padStart(digits2, "0").replace(/0+$/, "");
    return f === "" ? String(whole) : `${whole}.${f}`;
  };
  if (n < 1e3) return `${sign}${n}ns`;
  if (n < 1e6) return `${sign}${trim(Math.floor(n / 1e3), n % 1e3, 3)}\xB5s`;
  if (n < 1e9) return `${sign}${trim(Math.floor(n / 1e6), n % 1e6, 6)}ms`;
  const totalSeconds = Math.floor(n / 1e9);
  const seconds = `${trim(totalSeconds % 60, n % 1e9, 9)}s`;
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const hours = Math.floor(totalSeconds / 3600);
  if (hours > 0) return `${sign}${hours}h${minutes}m${seconds}`;
  if (minutes > 0) return `${sign}${minutes}m${seconds}`;
  return `${sign}${seconds}`;
}

// src/plugin/step.ts
var BuildCancelled = class extends Error {
  constructor() {
    super("Build was cancelled.");
    this.name = "BuildCancelled";
  }
};
function throwIfAborted(signal) {
  if (signal.aborted) throw new BuildCancelled();
}
async function cleanupStep(step, state, onCleanupError, retry) {
  for (let attempt = 1; ; attempt++) {
    try {
      await step.cleanup?.(state);
      return;
    } catch (e) {
      if (!retry || attempt >= retry.attempts || !retry.retryable(e)) return onCleanupError(step.name, e);
      retry.onRetry?.(step.name, e, attempt);
      await new Promise((r) => setTimeout(r, retry.delayMs));
    }
  }
}
async function runStep(step, state, signal, ask) {
  for (; ; ) {
    try {
      await step.run(state, signal);
      return {};
    } catch (e) {
      const failure2 = signal.aborted ? new BuildCancelled() : e;
      if (!ask || failure2 instanceof BuildCancelled) return { failure: failure2 };
      const choice = await ask(step.name, failure2);
      if (choice !== "retry") return { failure: failure2, abort: choice === "abort" };
    }
  }
}
async function runSteps(steps, state, signal, onCleanupError, cleanupOnFailure = true, cleanupRetry, ask) {
  const started = [];
  let failure2;
  for (const step of steps) {
    if (signal.aborted) {
      failure2 = { error: new BuildCancelled() };
      break;
    }
    started.push(step);
    const r = await runStep(step, state, signal, ask);
    if (r.abort) return { error: r.failure, step };
    if (r.failure !== void 0) {
      failure2 = { error: r.failure, step };
      break;
    }
  }
  if (failure2 === void 0 && signal.aborted) failure2 = { error: new BuildCancelled() };
  if (failure2 !== void 0 && !cleanupOnFailure) return failure2;
  for (const step of started.reverse()) {
    if (step.cleanup) await cleanupStep(step, state, onCleanupError, cleanupRetry);
  }
  return failure2;
}

// src/plugin/host-shell.ts
import { existsSync as existsSync2 } from "node:fs";
import { chmod as chmod2, mkdtemp as mkdtemp2, rm as rm3, writeFile } from "node:fs/promises";
import { join as join6, resolve as resolve5 } from "node:path";

// src/plugin/host-process.ts
import { spawn } from "node:child_process";

// src/plugin/provisioner.ts
import { StringDecoder } from "node:string_decoder";
var ProvisionerError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ProvisionerError";
  }
};
var MAX_LOG_LINE = 64 * 1024;
var LineSplitter = class {
  constructor(emit, limit = MAX_LOG_LINE) {
    this.emit = emit;
    this.limit = limit;
  }
  emit;
  limit;
  decoder = new StringDecoder("utf8");
  line = "";
  dropped = 0;
  push(chunk) {
    const text2 = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
    let start = 0;
    for (let nl = text2.indexOf("\n"); nl >= 0; nl = text2.indexOf("\n", start)) {
      this.append(text2, start, nl);
      this.endLine();
      start = nl + 1;
    }
    this.append(text2, start, text2.length);
  }
  flush() {
    const tail = this.decoder.end();
    if (tail) this.append(tail, 0, tail.length);
    if (this.line !== "" || this.dropped > 0) this.endLine();
  }
  append(text2, from, to) {
    const room = Math.max(0, this.limit - this.line.length);
    const take = Math.min(room, to - from);
    if (take > 0) this.line += text2.slice(from, from + take);
    this.dropped += to - from - take;
  }
  endLine() {
    const line = this.dropped > 0 ? `${this.line} [\u2026 ${this.dropped} more characters not shown]` : this.line.replace(/\r$/, "");
    this.line = "";
    this.dropped = 0;
    this.emit(line);
  }
};

// src/plugin/host-process.ts
var CANCEL_GRACE_MS = 5e3;
function runInProcessGroup(p) {
  return new Promise((resolve22, reject) => {
    const out = new LineSplitter(p.message);
    const err = new LineSplitter(p.message);
    const child = spawn(p.argv[0], p.argv.slice(1), { cwd: p.cwd, env: p.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const forget = child.pid !== void 0 ? recordGroup(child.pid) : () => void 0;
    const signalGroup = (signal) => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, signal);
      } catch {
      }
    };
    let hardKill;
    const cancel = () => {
      signalGroup("SIGTERM");
      hardKill = setTimeout(() => signalGroup("SIGKILL"), CANCEL_GRACE_MS);
    };
    if (p.signal.aborted) cancel();
    else p.signal.addEventListener("abort", cancel, { once: true });
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", (e) => {
      forget();
      p.signal.removeEventListener("abort", cancel);
      reject(e);
    });
    child.on("close", (code, signal) => {
      forget();
      clearTimeout(hardKill);
      p.signal.removeEventListener("abort", cancel);
      if (p.signal.aborted) signalGroup("SIGKILL");
      out.flush();
      err.flush();
      resolve22(code ?? (signal ? 128 + 15 : 1));
    });
  });
}

// src/plugin/host-digest.ts
import { createHash as createHash5 } from "node:crypto";
import { closeSync as closeSync2, lstatSync as lstatSync3, openSync as openSync2, readdirSync as readdirSync4, readlinkSync, readSync as readSync2, realpathSync } from "node:fs";
import { join as join5 } from "node:path";

// src/plugin/digest-memo.ts
import { createHash as createHash4 } from "node:crypto";
import { mkdirSync as mkdirSync3, readFileSync as readFileSync5, renameSync as renameSync2, writeFileSync as writeFileSync3 } from "node:fs";
import os2 from "node:os";
import path7 from "node:path";
var MEMO_MIN_SIZE = 1 << 20;
var RACY_MS = 2e3;
var MAX_ENTRIES2 = 1e3;
function statKey(st) {
  return [st.dev, st.ino, st.size, st.mtimeNs, st.ctimeNs].join(":");
}
var DigestMemo = class {
  constructor(file2, now2 = Date.now) {
    this.file = file2;
    this.now = now2;
  }
  file;
  now;
  entries;
  /** Files hashed by reading them (for tests and benchmarks). */
  reads = 0;
  load() {
    if (this.entries) return this.entries;
    this.entries = /* @__PURE__ */ new Map();
    if (!this.file) return this.entries;
    try {
      const data = JSON.parse(readFileSync5(this.file, "utf8"));
      for (const [k, e] of Object.entries(data)) {
        if (typeof e?.stat === "string" && typeof e.digest === "string" && typeof e.at === "number") this.entries.set(k, e);
      }
    } catch {
    }
    return this.entries;
  }
  save(entries2) {
    if (!this.file) return;
    const kept = [...entries2].sort((a, b) => b[1].at - a[1].at).slice(0, MAX_ENTRIES2);
    try {
      mkdirSync3(path7.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync3(tmp, JSON.stringify(Object.fromEntries(kept)), { mode: 384 });
      renameSync2(tmp, this.file);
    } catch {
    }
  }
  /** The sha256 (hex) of the file at `abs` whose lstat (bigint) is `st`, read with `read` unless remembered. */
  digest(abs, st, read) {
    if (st.size < BigInt(MEMO_MIN_SIZE)) return this.compute(read);
    const entries2 = this.load();
    const key2 = statKey(st);
    const known = entries2.get(abs);
    if (known?.stat === key2) return known.digest;
    const digest3 = this.compute(read);
    const now2 = this.now();
    const touched = Number((st.mtimeNs > st.ctimeNs ? st.mtimeNs : st.ctimeNs) / 1000000n);
    if (touched <= now2 - RACY_MS) {
      entries2.set(abs, { stat: key2, digest: digest3, at: now2 });
      this.save(entries2);
    }
    return digest3;
  }
  compute(read) {
    this.reads++;
    const h = createHash4("sha256");
    read(h);
    return h.digest("hex");
  }
};
function defaultMemoFile(env = process.env) {
  return path7.join(env.XDG_CACHE_HOME || path7.join(os2.homedir(), ".cache"), "repack", "file-digests.json");
}

// src/plugin/host-digest.ts
function hashFile(h, file2) {
  const fd = openSync2(file2, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync2(fd, buf); n > 0; n = readSync2(fd, buf)) h.update(buf.subarray(0, n));
  } finally {
    closeSync2(fd);
  }
}
var sharedMemo;
function walk2(h, abs, rel, memo) {
  const st = lstatSync3(abs, { bigint: true });
  const mode = (st.mode & 0o7777n).toString(8);
  if (st.isSymbolicLink()) {
    h.update(`l ${rel} ${mode} ${readlinkSync(abs)}\0`);
  } else if (st.isDirectory()) {
    h.update(`d ${rel} ${mode}\0`);
    for (const child of readdirSync4(abs).sort()) walk2(h, join5(abs, child), rel === "" ? child : `${rel}/${child}`, memo);
  } else {
    h.update(`f ${rel} ${mode} ${st.size}\0`);
    if (st.isFile()) h.update(`${memo.digest(abs, st, (fh) => hashFile(fh, abs))}\0`);
  }
}
function hostDigest(path10, memo = sharedMemo ??= new DigestMemo(defaultMemoFile())) {
  let real;
  try {
    real = realpathSync(path10);
  } catch {
    return void 0;
  }
  const h = createHash5("sha256");
  walk2(h, real, "", memo);
  return `sha256:${h.digest("hex")}`;
}

// src/plugin/host-shell.ts
var LOCAL_SHELL_SCHEMA = {
  attributes: {
    command: { type: T.string, description: "One command, written to a temporary script." },
    inline: {
      type: T.list(T.string),
      description: "Commands, written to one temporary script and run in order. The script lives in the run's own directory, `$TMPDIR/repack-run-<owner>` (mode 0700), and is removed when it ends; if repack is killed outright, the next build or `repack cleanup` removes it and ends the script's processes."
    },
    script: { type: T.string, description: "A script on the host." },
    scripts: { type: T.list(T.string), description: "Scripts run in order, each on its own." },
    environment_vars: {
      type: T.list(T.string),
      default: [],
      description: '`"KEY=value"` pairs; `KEY` must match `^[A-Za-z_][A-Za-z0-9_]*$` (an error otherwise, as for `env` keys: names are written into the command unquoted).'
    },
    env: { type: T.map(T.string), default: {}, description: "Variables; win over `environment_vars`." },
    env_var_format: {
      type: T.string,
      default: "%s='%s' ",
      description: "How each variable is written into `{{.Vars}}`. Single quotes in values become `'\"'\"'`."
    },
    execute_command: {
      type: T.list(T.string),
      default: ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"],
      description: "The argv each script runs with; `{{.Vars}}`, `{{.Script}}`, `{{.Command}}` are expanded."
    },
    inline_shebang: { type: T.string, default: "/bin/sh -e", description: "First line of the script made from `command`/`inline`." },
    only_on: { type: T.list(T.string), default: [], description: "Run only on these OSes: `darwin`, `freebsd`, `linux`, `openbsd`, `solaris`, `windows`." },
    tempfile_extension: { type: T.string, default: "", description: "Extension of the temporary script." },
    valid_exit_codes: { type: T.list(T.number), default: [0], description: "Exit codes that count as success." }
  },
  unsupported: {
    ...PACKER_INTERNAL,
    use_linux_pathing: ignored(
      "it converts Windows paths for the Windows Subsystem for Linux, and repack runs shell-local on Linux or macOS, where paths need no conversion; the value is ignored. Remove it."
    )
  }
};
var SUPPORTED_OS = ["darwin", "freebsd", "linux", "openbsd", "solaris", "windows"];
var GO_OS = { win32: "windows", sunos: "solaris" };
var TOO_MANY = "You may only specify one of the following options: command, inline, script or scripts. Please consolidate these options in your config.";
function decodeLocalShell(d, block, dir) {
  const diags = [];
  const a = d.attrs;
  const { command, inline, script, scripts } = a;
  const set = [command, inline, script, scripts].filter((x) => x !== null).length;
  if (set === 0) diags.push(error("Invalid shell-local", "Command, Inline, Script and Scripts options cannot all be empty.", block.openBraceRange));
  if (set > 1) diags.push(error("Invalid shell-local", TOO_MANY, block.openBraceRange));
  const scriptPaths = (script !== null ? [script] : scripts ?? []).map((s) => ({ given: s, path: resolve5(dir, s) }));
  for (const s of scriptPaths) {
    if (!existsSync2(s.path))
      diags.push(
        error("Bad script", `Bad script '${s.given}': no such file (relative paths are resolved against ${dir}).`, d.ranges.script ?? d.ranges.scripts)
      );
  }
  for (const os4 of a.only_on) {
    if (!SUPPORTED_OS.includes(os4))
      diags.push(error("Invalid only_on", `Invalid OS specified in only_on: '${os4}'. Supported OS names: ${SUPPORTED_OS.join(", ")}.`, d.ranges.only_on));
  }
  const vars = readEnvVars(a.environment_vars, a.env, d.ranges, diags);
  if (a.execute_command.length === 0)
    diags.push(error("Invalid execute_command", "execute_command needs at least the program to run.", d.ranges.execute_command));
  if (diags.length > 0) return { diagnostics: diags };
  return {
    diagnostics: diags,
    config: {
      inline: command !== null ? [command] : inline ?? void 0,
      scripts: scriptPaths.map((s) => s.path),
      vars: [...vars],
      envVarFormat: a.env_var_format,
      executeCommand: a.execute_command,
      inlineShebang: a.inline_shebang,
      onlyOn: a.only_on,
      tempfileExtension: a.tempfile_extension.replace(/^\./, ""),
      validExitCodes: a.valid_exit_codes,
      cwd: dir
    }
  };
}
function describeLocalShell(c) {
  return {
    inline: c.inline ?? null,
    inlineShebang: c.inline ? c.inlineShebang : null,
    scripts: c.scripts.map((s) => ({ script: s, sha256: hostDigest(s) ?? null })),
    vars: [...c.vars].sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0),
    envVarFormat: c.envVarFormat,
    executeCommand: c.executeCommand,
    onlyOn: c.onlyOn,
    validExitCodes: c.validExitCodes
  };
}
function sprintf(format, ...args) {
  let i = 0;
  return format.replace(/%[s%]/g, (m) => m === "%%" ? "%" : args[i++] ?? "%!s(MISSING)");
}
function flattenVars(format, vars) {
  return [...vars.keys()].sort().map((k) => sprintf(format, k, (vars.get(k) ?? "").replace(/'/g, `'"'"'`))).join("");
}
function render(arg, vars, script) {
  return arg.replace(/\{\{\s*\.(Vars|Script|Command)\s*\}\}/g, (_, name) => name === "Vars" ? vars : script);
}
async function runLocalShell(c, run3) {
  const os4 = GO_OS[process.platform] ?? process.platform;
  if (c.onlyOn.length > 0 && !c.onlyOn.includes(os4)) {
    run3.say("Skipping shell-local due to runtime OS");
    return;
  }
  const vars = new Map([["PACKER_BUILD_NAME", run3.buildName], ["PACKER_BUILDER_TYPE", run3.builderType], ...run3.extraVars ?? [], ...c.vars]);
  const flattened = flattenVars(c.envVarFormat, vars);
  let tmp;
  try {
    const scripts = [...c.scripts];
    if (c.inline) {
      tmp = await mkdtemp2(join6(runDir(), "packer-shell"));
      const path10 = join6(tmp, `packer-shell${c.tempfileExtension ? `.${c.tempfileExtension}` : ""}`);
      await writeFile(path10, `${c.inlineShebang ? `#!${c.inlineShebang}
` : ""}${c.inline.map((l) => `${l}
`).join("")}`);
      await chmod2(path10, 448);
      scripts.push(path10);
    }
    for (const script of scripts) {
      run3.say(`Running local shell script: ${script}`);
      const argv = c.executeCommand.map((arg) => render(arg, flattened, script));
      let code;
      try {
        code = await runInProcessGroup({ argv, cwd: c.cwd, message: run3.message, signal: run3.signal });
      } catch (e) {
        if (run3.signal.aborted) throw new ProvisionerError("Local shell script was cancelled.");
        throw new ProvisionerError(`Error executing script: ${script}: ${messageOf(e)}`);
      }
      if (run3.signal.aborted) throw new ProvisionerError("Local shell script was cancelled.");
      if (!c.validExitCodes.includes(code)) {
        throw new ProvisionerError(`Script exited with non-zero exit status: ${code}. Allowed exit codes are: [${c.validExitCodes.join(" ")}]`);
      }
    }
  } finally {
    if (tmp) await rm3(tmp, { recursive: true, force: true });
  }
}

// src/plugin/shell-quote.ts
function shellQuote(value) {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

// src/provisioners/start-retry.ts
var RETRY_DELAY_MS = 2e3;
function isDisconnect(e) {
  return e instanceof DriverError && (e.code === "connection-lost" || /connection reset|unexpected eof/i.test(e.message));
}
function wait2(ms, signal) {
  return new Promise((resolve22, reject) => {
    if (signal.aborted) return reject(new BuildCancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new BuildCancelled());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve22();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
async function retryStart(work, timeoutMs, signal, onRetry) {
  const deadline2 = Date.now() + timeoutMs;
  for (; ; ) {
    try {
      return await work();
    } catch (e) {
      if (!isTransient(e) || isDisconnect(e) || signal.aborted || Date.now() + RETRY_DELAY_MS > deadline2) throw e;
      onRetry(e);
      await wait2(RETRY_DELAY_MS, signal);
    }
  }
}

// src/provisioners/unix-lines.ts
function unixLines(text2) {
  if (text2 === "") return "";
  const lines2 = text2.split("\n");
  if (lines2[lines2.length - 1] === "") lines2.pop();
  return lines2.map((l) => `${l.endsWith("\r") ? l.slice(0, -1) : l}
`).join("");
}

// src/provisioners/shell.ts
var SCHEMA2 = {
  attributes: {
    inline: {
      type: T.list(T.string),
      description: "Commands, written as one script (`#!` + `inline_shebang`, then a line each) and run in order. Without `inline_shebang`, commands that start with `#!` keep their own."
    },
    script: {
      type: T.string,
      description: 'A script on the host; a relative path is relative to the working directory (as in Packer: where `repack` runs, or the action\'s `working-directory`; use `"${path.root}/x.sh"` for a script next to the template).'
    },
    scripts: { type: T.list(T.string), description: "Several scripts, run in order; the first failure stops the step." },
    inline_shebang: {
      doc: { default: '`"/bin/sh -e"`' },
      type: T.string,
      description: "The shebang of the script made from `inline`: with `-e`, the first failing command fails the step."
    },
    environment_vars: {
      type: T.list(T.string),
      default: [],
      description: '`"KEY=value"` pairs set for every script; `KEY` must match `^[A-Za-z_][A-Za-z0-9_]*$` (an error otherwise, as for `env` keys: names are written into the command unquoted).'
    },
    env: { type: T.map(T.string), default: {}, description: "The same as a map; merged with `environment_vars` (`env` wins on the same key)." },
    env_var_format: {
      doc: { default: "`\"%s='%s' \"` (with `use_env_var_file`: `\"export %s='%s'\\n\"`)" },
      type: T.string,
      description: "How each variable is written into `{{.Vars}}` or the variables file: a Go format of the name, then the value (its `'` written as `'\"'\"'`)."
    },
    use_env_var_file: {
      type: T.bool,
      default: false,
      description: "Write the variables to `remote_folder/varfile_NNNN.sh` (mode `0600`, owned as uploads are) instead of the command line; `{{.EnvVarFile}}` names it; removed after the scripts unless `skip_clean`."
    },
    execute_command: {
      doc: { default: '`"chmod +x {{.Path}}; {{.Vars}} {{.Path}}"` (with `use_env_var_file`: `"chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}"`)' },
      type: T.string,
      description: "How each script is run; `{{.Vars}}`, `{{.Path}}` and `{{.EnvVarFile}}` are expanded."
    },
    remote_folder: { type: T.string, default: "/tmp", description: "Directory the script is written to." },
    remote_file: { doc: { default: "`script_NNNN.sh`" }, type: T.string, description: "File name of the script (NNNN random per provisioner, as in Packer)." },
    remote_path: { doc: { default: "`remote_folder/remote_file`" }, type: T.string, description: "Full path of the script." },
    binary: {
      type: T.bool,
      default: false,
      description: "Upload scripts byte for byte. When `false`, as in Packer, each line's `\\r\\n` becomes `\\n` and a last line without a line end gets one."
    },
    valid_exit_codes: { type: T.list(T.number), default: [0], description: "Exit codes that count as success." },
    skip_clean: { type: T.bool, default: false, description: "Leave the script at `remote_path` (it is then in the committed image)." },
    pause_after: {
      key: false,
      doc: { type: "duration" },
      type: T.string,
      description: "Wait this long after the last script, printing `Pausing 10s after this provisioner...`. A step served from the layer cache does not run, so it does not wait."
    },
    start_retry_timeout: {
      key: false,
      doc: { type: "duration", default: '`"5m"`' },
      type: T.string,
      description: "How long a script whose upload or start fails for a reason that can pass (the engine's connection refused, a 5xx answer) is tried again, every 2 s. A script that started is never run twice."
    },
    expect_disconnect: {
      type: T.bool,
      default: false,
      description: "A script whose exec ends without an exit status (the container or the engine went away) counts as success; without it that fails with Packer's `Script disconnected unexpectedly...`."
    }
  },
  unsupported: PACKER_INTERNAL
};
var DISCONNECTED = 'Script disconnected unexpectedly. If you expected your script to disconnect, i.e. from a restart, you can try adding `"expect_disconnect": true` or `"valid_exit_codes": [0, 2300218]` to the shell provisioner parameters.';
var CMD_DISCONNECT = 2300218;
function duration(d, name, diags) {
  const text2 = d.attrs[name];
  if (typeof text2 !== "string") return 0;
  const ms = parseDuration2(text2);
  if (ms === void 0) diags.push(error(`Invalid ${name}`, `"${text2}" is not a duration. Write it like "30s", "5m" or "1h30m".`, d.ranges[name]));
  return ms ?? 0;
}
function readScripts(d, dir, diags) {
  const a = d.attrs;
  const binary = a.binary === true;
  const scripts = [];
  for (const path10 of a.script !== null ? [a.script] : a.scripts ?? []) {
    try {
      const bytes = readFileSync6(resolve6(dir, path10));
      scripts.push({ name: path10, content: binary ? bytes : Buffer.from(unixLines(bytes.toString("latin1")), "latin1") });
    } catch (e) {
      const code = e.code ?? String(e);
      diags.push(
        error(
          "Script not readable",
          `The script ${path10} could not be read (${code}). Relative paths are resolved against the working directory, ${dir}.`,
          d.ranges.script ?? d.ranges.scripts
        )
      );
    }
  }
  const inline = a.inline;
  if (inline) {
    const commands = inline.map((c) => `${c}
`).join("");
    const shebang = a.inline_shebang === null && commands.startsWith("#!") ? "" : `#!${a.inline_shebang ?? "/bin/sh -e"}
`;
    scripts.push({ name: "inline", content: unixLines(shebang + commands) });
  }
  return scripts;
}
function decode2(d, block, dir) {
  const diags = [];
  const a = d.attrs;
  const given = [a.inline, a.script, a.scripts].filter((x) => x !== null).length;
  if (given !== 1) {
    diags.push(error("Invalid shell provisioner", `Exactly one of "inline", "script" or "scripts" must be set (found ${given}).`, block.openBraceRange));
    return { diagnostics: diags };
  }
  const scripts = readScripts(d, dir, diags);
  const env = readEnvVars(a.environment_vars, a.env, d.ranges, diags);
  const useFile = a.use_env_var_file === true;
  const folder = a.remote_folder.replace(/\/+$/, "");
  const file2 = a.remote_file ?? `script_${randomInt(1e3, 1e4)}.sh`;
  const config = {
    scripts,
    env,
    envVarFormat: a.env_var_format || (useFile ? "export %s='%s'\n" : "%s='%s' "),
    envVarFile: useFile ? `${folder}/varfile_${randomInt(1e3, 1e4)}.sh` : void 0,
    executeCommand: a.execute_command || (useFile ? "chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}" : "chmod +x {{.Path}}; {{.Vars}} {{.Path}}"),
    remotePath: a.remote_path ?? `${folder}/${file2}`,
    validExitCodes: a.valid_exit_codes,
    skipClean: a.skip_clean === true,
    pauseAfterMs: duration(d, "pause_after", diags),
    // As Packer: an unset or zero start_retry_timeout is 5m.
    startRetryTimeoutMs: duration(d, "start_retry_timeout", diags) || 5 * 6e4,
    expectDisconnect: a.expect_disconnect === true
  };
  return diags.length > 0 ? { diagnostics: diags } : { provisioner: new ShellProvisioner(config), diagnostics: diags };
}
function sleep(ms, signal) {
  return new Promise((done, fail4) => {
    if (signal.aborted) return fail4(new BuildCancelled());
    const onAbort = () => {
      clearTimeout(timer);
      fail4(new BuildCancelled());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      done();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
var ShellProvisioner = class {
  constructor(config) {
    this.config = config;
  }
  config;
  describe() {
    const c = this.config;
    const left = c.skipClean ? { remotePath: c.remotePath, envVarFile: c.envVarFile ?? null } : {};
    return {
      type: "shell",
      // Bytes are keyed by their sha256 (key.ts), text as itself.
      scripts: c.scripts.map((s) => s.content),
      env: [...c.env].sort(),
      envVarFormat: c.envVarFormat,
      useEnvVarFile: c.envVarFile !== void 0,
      executeCommand: c.executeCommand,
      validExitCodes: c.validExitCodes,
      skipClean: c.skipClean,
      expectDisconnect: c.expectDisconnect,
      ...left
    };
  }
  async run(ctx) {
    const c = this.config;
    const env = new Map(c.env);
    env.set("PACKER_BUILD_NAME", ctx.buildName);
    env.set("PACKER_BUILDER_TYPE", ctx.builderType);
    const vars = flattenVars(c.envVarFormat, env);
    const retrying = (what) => (e) => ctx.say(`${what} failed, retrying until start_retry_timeout: ${e.message}`);
    if (c.envVarFile !== void 0) {
      const path10 = c.envVarFile;
      await retryStart(
        async () => {
          await ctx.comm.upload(path10, unixLines(vars), 384);
          await ctx.comm.fixUploadOwner(path10);
        },
        c.startRetryTimeoutMs,
        ctx.signal,
        retrying("Uploading the variables file")
      );
    }
    const execute = c.executeCommand.replace(/\{\{\s*\.Vars\s*\}\}/g, vars).replace(/\{\{\s*\.Path\s*\}\}/g, c.remotePath).replace(/\{\{\s*\.EnvVarFile\s*\}\}/g, c.envVarFile ?? "");
    for (const script of c.scripts) {
      ctx.say(script.name === "inline" ? "Provisioning with shell script: inline commands" : `Provisioning with shell script: ${basename2(script.name)}`);
      const exitCode = await this.runOne(ctx, script.content, execute, retrying("Starting the script"));
      if (exitCode === CMD_DISCONNECT) {
        if (!c.expectDisconnect) throw new ProvisionerError(DISCONNECTED);
      } else if (!c.validExitCodes.includes(exitCode)) {
        throw new ProvisionerError(`Script exited with non-zero exit status: ${exitCode}. Allowed exit codes are: [${c.validExitCodes.join(" ")}]`);
      }
    }
    if (c.envVarFile !== void 0 && !c.skipClean) {
      const r = await ctx.comm.run(`rm -f ${shellQuote(c.envVarFile)}`, { signal: ctx.signal });
      if (r.exitCode !== 0) throw new ProvisionerError(`Error removing temporary script at ${c.envVarFile}!`);
    }
    if (c.pauseAfterMs > 0) {
      ctx.say(`Pausing ${formatGoDuration(c.pauseAfterMs)} after this provisioner...`);
      await sleep(c.pauseAfterMs, ctx.signal);
    }
  }
  /** The script's exit code, or CMD_DISCONNECT when the exec's connection ended without one. */
  async runOne(ctx, content, execute, onRetry) {
    const c = this.config;
    const out = new LineSplitter(ctx.message);
    const err = new LineSplitter(ctx.message);
    try {
      const result2 = await retryStart(
        () => ctx.comm.runScript(c.remotePath, content, execute, {
          keep: c.skipClean,
          onStdout: (b) => out.push(b),
          onStderr: (b) => err.push(b),
          signal: ctx.signal
        }),
        c.startRetryTimeoutMs,
        ctx.signal,
        onRetry
      );
      return result2.exitCode;
    } catch (e) {
      if (isDisconnect(e) && !ctx.signal.aborted) return CMD_DISCONNECT;
      throw e;
    } finally {
      out.flush();
      err.flush();
    }
  }
};
var shell = { schema: SCHEMA2, decode: decode2 };

// src/provisioners/file.ts
import { existsSync as existsSync3 } from "node:fs";
import { resolve as resolve7 } from "node:path";

// src/provisioners/file-transfer.ts
import { lstat as lstat3, mkdir as mkdir2, realpath as realpath2 } from "node:fs/promises";
import { basename as basename3, dirname as dirname2, posix as posix3 } from "node:path";
async function remoteKind(comm, path10) {
  const p = shellQuote(path10);
  const r = await comm.run(`if [ -d ${p} ]; then echo directory; elif [ -e ${p} ]; then echo file; else echo missing; fi`);
  const out = r.stdout.trim();
  if (r.exitCode !== 0 || out !== "directory" && out !== "file" && out !== "missing") {
    throw new ProvisionerError(`Could not inspect ${path10} in the container (exit status ${r.exitCode}): ${(r.stderr || r.stdout).trim()}`);
  }
  return out;
}
async function localKind(path10) {
  const st = await lstat3(path10).catch(() => void 0);
  if (!st) return "missing";
  return st.isDirectory() ? "directory" : "file";
}
function parentOf(path10) {
  return posix3.dirname(path10.replace(/\/+$/, "")) || "/";
}
function lastOf(path10) {
  return posix3.basename(path10.replace(/\/+$/, ""));
}
async function put(comm, dir, tar, target) {
  try {
    await comm.putArchive(dir, tar);
  } catch (e) {
    const msg = messageOf(e);
    const hint2 = /overwrite directory|not a directory/i.test(msg) ? "; this can occur when your file destination is a folder without a trailing slash" : "";
    throw new ProvisionerError(`Upload failed: ${msg}${hint2}`);
  }
  await comm.fixUploadOwner(target);
}
async function uploadPath(comm, src, dst) {
  const st = await lstat3(src).catch(() => void 0);
  if (!st) throw new ProvisionerError(`Bad source '${src}': no such file or directory`);
  const real = await realpath2(src);
  if (!st.isDirectory() && !(await lstat3(real)).isDirectory()) {
    const target = dst.endsWith("/") ? `${dst}${basename3(src)}` : dst;
    await put(comm, parentOf(target), tarFromHost(real, lastOf(target)), target);
    return target;
  }
  const kind = await remoteKind(comm, dst);
  if (kind === "file") throw new ProvisionerError(`Upload failed: cannot copy directory ${src} to ${dst}: the destination is a file`);
  if (kind === "directory") {
    const contents = src.endsWith("/");
    const target = contents ? dst : posix3.join(dst, basename3(src));
    await put(comm, dst, tarFromHost(real, contents ? "." : basename3(src)), target);
    return target;
  }
  await put(comm, parentOf(dst), tarFromHost(real, lastOf(dst)), dst.replace(/(.)\/+$/, "$1"));
  return dst;
}
async function downloadPath(comm, src, dst, warn2) {
  if (/[*?[]/.test(src)) throw new ProvisionerError(`Downloading ${src} failed: wildcards are not supported by the docker communicator`);
  let stream;
  try {
    stream = await comm.getArchive(src.replace(/(.)\/+$/, "$1/"));
  } catch (e) {
    throw new ProvisionerError(`Download failed: ${messageOf(e)}`);
  }
  const local = await localKind(dst);
  const intoDirectory = dst.endsWith("/") || local === "directory";
  let target = dst.replace(/(.)\/+$/, "$1");
  if (intoDirectory && !src.endsWith("/")) target = `${target}/${lastOf(src)}`;
  if (intoDirectory) await mkdir2(dst, { recursive: true });
  else await mkdir2(dirname2(target), { recursive: true });
  try {
    await extractTarToHost(stream, dirname2(target), { top: basename3(target), warn: warn2 });
  } catch (e) {
    throw new ProvisionerError(`Download of ${src} to ${target} failed (file provisioner): ${messageOf(e)}`);
  }
  return target;
}

// src/provisioners/file.ts
var SCHEMA3 = {
  attributes: {
    source: {
      type: T.string,
      description: "Host file or directory (upload), or container path (download)."
    },
    sources: { type: T.list(T.string), description: "Several sources; `source` is appended after them, as in Packer." },
    content: { type: T.string, description: "Text to write to `destination`. Not with `source`/`sources`; upload only." },
    destination: { type: T.string, required: true, description: "Container path (upload) or host path (download)." },
    direction: { type: T.string, default: "upload", description: '`"upload"` or `"download"`.' },
    generated: {
      type: T.bool,
      default: false,
      description: "The source is made during the build (e.g. by `shell-local`): do not check it exists when validating."
    }
  },
  unsupported: PACKER_INTERNAL
};
var CONTENT_NAME = "pkr-file-content";
function decode3(d, block, dir) {
  const diags = [];
  const a = d.attrs;
  const direction = a.direction;
  if (direction !== "upload" && direction !== "download") {
    diags.push(error("Invalid direction", `Direction must be one of: download, upload (got "${direction}").`, d.ranges.direction));
    return { diagnostics: diags };
  }
  const given = [...a.sources ?? [], ...a.source === null ? [] : [a.source]];
  const content = a.content;
  const where2 = d.ranges.source ?? d.ranges.sources ?? block.openBraceRange;
  if (given.length > 0 && content !== null) diags.push(error("Invalid file provisioner", "source(s) conflicts with content.", d.ranges.content));
  if (content !== null && direction === "download")
    diags.push(error("Invalid file provisioner", 'content can only be uploaded: remove it or set direction = "upload".', d.ranges.content));
  if (given.length === 0 && content === null)
    diags.push(warning("Nothing to copy", "Set source, sources or content: this provisioner copies nothing.", block.openBraceRange));
  const sources = given.map((g) => ({ given: g, path: direction === "upload" ? resolve7(dir, g) : g }));
  if (direction === "upload" && a.generated !== true) {
    for (const s of sources) {
      if (!existsSync3(s.path))
        diags.push(
          error(
            "Bad source",
            `Bad source '${s.given}': no such file or directory (relative paths are resolved against ${dir}). Set generated = true if an earlier step creates it.`,
            where2
          )
        );
    }
  }
  if (diags.some((x) => x.severity === "error")) return { diagnostics: diags };
  const dest = a.destination;
  const destination = direction === "download" ? resolve7(dir, dest) + (dest.endsWith("/") ? "/" : "") : dest;
  const config = { sources, content: content ?? void 0, destination, destinationGiven: dest, direction, generated: a.generated === true };
  return { provisioner: new FileProvisioner(config), diagnostics: diags };
}
var FileProvisioner = class {
  constructor(config) {
    this.config = config;
    this.effect = config.direction === "download" ? "host" : "image";
  }
  config;
  /** A download changes the host, not the image. */
  effect;
  describe() {
    const c = this.config;
    const sources = c.sources.map((s) => c.direction === "upload" ? { source: s.given, sha256: hostDigest(s.path) ?? null } : { source: s.given });
    return { type: "file", direction: c.direction, destination: c.destinationGiven, sources, content: c.content ?? null };
  }
  async run(ctx) {
    const c = this.config;
    if (c.content !== void 0) {
      const target = c.destination.endsWith("/") ? `${c.destination}${CONTENT_NAME}` : c.destination;
      ctx.say(`Uploading content => ${c.destination}`);
      const dir = target.replace(/\/[^/]*$/, "") || "/";
      try {
        await ctx.comm.putArchive(dir, tarFromContent(target.slice(dir.length).replace(/^\//, ""), c.content));
      } catch (e) {
        throw new ProvisionerError(`Upload failed: ${messageOf(e)}`);
      }
      await ctx.comm.fixUploadOwner(target);
    }
    for (const s of c.sources) {
      if (ctx.signal.aborted) return;
      if (c.direction === "upload") {
        ctx.say(`Uploading ${s.given} => ${c.destination}`);
        await uploadPath(ctx.comm, s.given.endsWith("/") ? `${s.path}/` : s.path, c.destination);
      } else {
        ctx.say(`Downloading ${s.given} => ${c.destinationGiven}`);
        await downloadPath(ctx.comm, s.given, c.destination, (m) => (ctx.warn ?? ctx.say)(`Warning: ${m}`));
      }
    }
  }
};
var file = { schema: SCHEMA3, decode: decode3 };

// src/provisioners/shell-local.ts
var ShellLocalProvisioner = class {
  constructor(config) {
    this.config = config;
  }
  config;
  effect = "host";
  describe() {
    return { type: "shell-local", ...describeLocalShell(this.config) };
  }
  run(ctx) {
    return runLocalShell(this.config, ctx);
  }
};
function decode4(d, block, dir) {
  const r = decodeLocalShell(d, block, dir);
  return { provisioner: r.config && new ShellLocalProvisioner(r.config), diagnostics: r.diagnostics };
}
var shellLocal = { schema: LOCAL_SHELL_SCHEMA, decode: decode4 };

// src/provisioners/breakpoint.ts
import { createInterface } from "node:readline";
var SCHEMA4 = {
  attributes: {
    disable: { type: T.bool, default: false, description: "Do not pause; only say `Breakpoint provisioner disabled; continuing...`." },
    note: { type: T.string, description: 'Shown when pausing: `Pausing at breakpoint provisioner with note "\u2026".`' }
  },
  unsupported: PACKER_INTERNAL
};
var stdinTerminal = {
  isInteractive: () => process.stdin.isTTY === true,
  waitForEnter: (signal) => new Promise((resolve22, reject) => {
    const rl = createInterface({ input: process.stdin });
    const done = (fn2) => {
      signal.removeEventListener("abort", onAbort);
      rl.close();
      process.stdin.pause();
      fn2();
    };
    const onAbort = () => done(() => reject(new BuildCancelled()));
    signal.addEventListener("abort", onAbort, { once: true });
    rl.once("line", () => done(resolve22));
    rl.once("close", () => done(resolve22));
  })
};
var BreakpointProvisioner = class {
  constructor(disable, note, terminal = stdinTerminal) {
    this.disable = disable;
    this.note = note;
    this.terminal = terminal;
  }
  disable;
  note;
  terminal;
  effect = "host";
  describe() {
    return { type: "breakpoint", disable: this.disable, note: this.note ?? null };
  }
  async run(ctx) {
    const noted = this.note ? ` with note "${this.note}"` : "";
    if (this.disable) {
      ctx.say(`Breakpoint provisioner${noted} disabled; continuing...`);
      return;
    }
    ctx.say(`Pausing at breakpoint provisioner${noted}.`);
    if (!this.terminal.isInteractive()) {
      ctx.say("Not waiting: stdin is not a terminal; continuing...");
      return;
    }
    ctx.say("Press enter to continue.");
    await this.terminal.waitForEnter(ctx.signal);
  }
};
function decode5(d) {
  return { provisioner: new BreakpointProvisioner(d.attrs.disable === true, d.attrs.note ?? void 0), diagnostics: [] };
}
var breakpoint = { schema: SCHEMA4, decode: decode5 };

// src/provisioners/ansible.ts
import { chmod as chmod3, mkdtemp as mkdtemp3, readFile, rm as rm4, writeFile as writeFile2 } from "node:fs/promises";
import { spawnSync as spawnSync3 } from "node:child_process";
import { randomInt as randomInt2 } from "node:crypto";
import { tmpdir as tmpdir4, userInfo } from "node:os";
import { dirname as dirname3, join as join8, resolve as resolve9 } from "node:path";

// src/provisioners/ansible-scp.ts
import { posix as posix4 } from "node:path";
import { Readable as Readable3 } from "node:stream";
var OK = Buffer.from([0]);
var ByteReader = class {
  chunks = [];
  length = 0;
  ended = false;
  wake;
  constructor(stream) {
    stream.on("data", (b) => {
      this.chunks.push(b);
      this.length += b.length;
      this.wake?.();
    });
    stream.on("end", () => {
      this.ended = true;
      this.wake?.();
    });
    stream.on("close", () => {
      this.ended = true;
      this.wake?.();
    });
  }
  async need(n) {
    while (this.length < n) {
      if (this.ended) return false;
      await new Promise((resolve22) => this.wake = resolve22);
      this.wake = void 0;
    }
    return true;
  }
  take(n) {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return out;
  }
  async byte() {
    return await this.need(1) ? this.take(1)[0] : void 0;
  }
  async bytes(n) {
    return await this.need(n) ? this.take(n) : void 0;
  }
  /** Up to (not including) the next newline. */
  async line() {
    for (; ; ) {
      const all = Buffer.concat(this.chunks);
      this.chunks = all.length > 0 ? [all] : [];
      const nl = all.indexOf(10);
      if (nl >= 0)
        return this.take(nl + 1).subarray(0, nl).toString("utf8");
      if (!await this.need(all.length + 1)) return void 0;
    }
  }
};
function scpArgs(args) {
  let opts = "";
  let rest = args.trimStart();
  for (; ; ) {
    const m = /^-(\S*)\s*/.exec(rest);
    if (!m) break;
    if (m[1] !== "-") opts += m[1];
    rest = rest.slice(m[0].length);
    if (m[1] === "-") break;
  }
  return { opts, path: unquote(rest.trim()) };
}
function unquote(text2) {
  const words2 = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === "'") {
      const end = text2.indexOf("'", i + 1);
      word += text2.slice(i + 1, end < 0 ? text2.length : end);
      i = end < 0 ? text2.length : end;
      inWord = true;
    } else if (c === '"') {
      for (i++; i < text2.length && text2[i] !== '"'; i++) {
        if (text2[i] === "\\" && i + 1 < text2.length && '"\\$`\n'.includes(text2[i + 1])) i++;
        word += text2[i];
      }
      inWord = true;
    } else if (c === "\\" && i + 1 < text2.length) {
      word += text2[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words2.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words2.push(word);
  return words2.join(" ");
}
function scpMode(command) {
  if (!command.startsWith("scp ")) return void 0;
  const { opts } = scpArgs(command.slice(4));
  if (opts.includes("t")) return "to";
  if (opts.includes("f")) return "from";
  return void 0;
}
function refuse(out, message) {
  out.write(`${message}
`);
  return new Error(message);
}
async function scpReceive(target, input, out, comm) {
  if (target === "") throw refuse(out, "scp: no target given");
  out.write(OK);
  for (; ; ) {
    const kind = await input.byte();
    if (kind === void 0) return;
    const line = await input.line();
    if (line === void 0) throw new Error("scp: the connection ended inside a message");
    switch (String.fromCharCode(kind)) {
      case "T":
      case "E":
        out.write(OK);
        break;
      case "C": {
        const m = /^([0-7]{3,4}) (\d+) (.+)$/.exec(line);
        if (!m) throw refuse(out, `scp: invalid file message: C${line}`);
        out.write(OK);
        const data = await input.bytes(Number(m[2]));
        const status = await input.byte();
        if (data === void 0 || status === void 0) throw new Error("scp: the connection ended inside a file");
        if (status !== 0) throw new Error(`scp: the sender failed: ${await input.line() ?? ""}`);
        const dest = target.endsWith("/") ? posix4.join(target, m[3]) : target;
        try {
          await comm.upload(dest, data, parseInt(m[1], 8));
          await comm.fixUploadOwner(dest);
        } catch (e) {
          throw refuse(out, `scp: ${dest}: ${messageOf(e)}`);
        }
        out.write(OK);
        break;
      }
      case "D":
        throw refuse(out, "scp: directory uploads are not supported");
      case "":
        break;
      case "":
        throw new Error(`scp: ${line}`);
      default:
        throw refuse(out, `scp: unexpected message ${JSON.stringify(String.fromCharCode(kind))}`);
    }
  }
}
async function readContainerFile(comm, path10) {
  const stream = await comm.getArchive(path10);
  const extract = (await tarStream()).extract();
  stream.on("error", (e) => extract.destroy(e));
  stream.pipe(extract);
  let file2;
  for await (const entry of extract) {
    const chunks = [];
    for await (const chunk of Readable3.from(entry)) chunks.push(chunk);
    if (file2) continue;
    if (entry.header.type !== "file") throw new Error("not a regular file");
    file2 = { name: posix4.basename(entry.header.name), mode: (entry.header.mode ?? 420) & 4095, data: Buffer.concat(chunks) };
  }
  if (!file2) throw new Error("No such file or directory");
  return file2;
}
async function expectOk(input) {
  const code = await input.byte();
  if (code === void 0) throw new Error("scp: the connection ended");
  if (code !== 0) {
    const message = await input.line() ?? "";
    if (code > 1) throw new Error(`scp: ${message}`);
  }
}
async function scpSend(source, input, out, comm) {
  let file2;
  try {
    file2 = await readContainerFile(comm, source);
  } catch (e) {
    out.write(`scp: ${source}: ${messageOf(e)}
`);
    throw new Error(`scp: ${source}: ${messageOf(e)}`);
  }
  await expectOk(input);
  out.write(`C${file2.mode.toString(8).padStart(4, "0")} ${file2.data.length} ${file2.name}
`);
  await expectOk(input);
  out.write(file2.data);
  out.write(OK);
  await expectOk(input);
}

// src/provisioners/ansible-adapter.ts
var DEFAULT_SFTP_COMMAND = "/usr/lib/sftp-server -e";
var CLOSE_WAIT_MS = 2e3;
var ProxyAdapter = class _ProxyAdapter {
  constructor(server, port) {
    this.server = server;
    this.port = port;
  }
  server;
  port;
  connections = /* @__PURE__ */ new Set();
  processes = /* @__PURE__ */ new Set();
  closed = false;
  static async start(o) {
    const ssh2 = (await import("./BF4OHCVQ.js")).default;
    const parsed = ssh2.utils.parseKey(o.authorizedKey);
    if (parsed instanceof Error) throw new Error(`Failed to parse authorized key: ${parsed.message}`);
    const key2 = Array.isArray(parsed) ? parsed[0] : parsed;
    const wanted = key2.getPublicSSH();
    let adapter;
    const server = new ssh2.Server({ hostKeys: [o.hostKey] }, (client) => adapter?.accept(client, o, key2, wanted));
    const tries = o.localPort === 0 ? 1 : 10;
    for (let i = 0; i < tries; i++) {
      const port = o.localPort === 0 ? 0 : o.localPort + i;
      try {
        await new Promise((resolve22, reject) => {
          server.once("error", reject);
          server.listen(port, "127.0.0.1", () => {
            server.off("error", reject);
            resolve22();
          });
        });
        adapter = new _ProxyAdapter(server, server.address().port);
        return adapter;
      } catch (e) {
        o.say(`listen tcp 127.0.0.1:${port}: ${messageOf(e)}`);
      }
    }
    throw new Error("Error setting up SSH proxy connection");
  }
  accept(client, o, key2, wanted) {
    if (this.closed) {
      client.end();
      return;
    }
    this.connections.add(client);
    client.on("close", () => this.connections.delete(client));
    client.on("error", () => {
    });
    client.on("authentication", (ctx) => {
      if (ctx.method !== "publickey" || ctx.username !== o.user || !ctx.key.data.equals(wanted)) {
        ctx.reject(["publickey"]);
        return;
      }
      if (ctx.signature && ctx.blob && key2.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) {
        ctx.reject(["publickey"]);
        return;
      }
      ctx.accept();
    });
    client.on("ready", () => {
      client.on("session", (acceptSession) => this.session(acceptSession(), o));
    });
  }
  session(session, o) {
    session.on("pty", (accept) => accept?.());
    session.on("env", (accept) => accept?.());
    session.on("exec", (accept, _reject, info) => {
      const channel = accept();
      channel.on("error", () => {
      });
      void this.exec(info.command, channel, o).then((code) => {
        channel.exit(code);
        channel.end();
      });
    });
    session.on("subsystem", (accept, reject, info) => {
      if (info.name !== "sftp") {
        o.onError(`unsupported subsystem requested: ${info.name}`);
        reject();
        return;
      }
      const channel = accept();
      channel.on("error", () => {
      });
      void this.remote(o.sftpCommand || DEFAULT_SFTP_COMMAND, channel, o).then((code) => {
        channel.exit(code);
        channel.end();
      });
    });
  }
  async exec(command, channel, o) {
    const mode = scpMode(command);
    if (!mode) return this.remote(command, channel, o);
    const { path: path10 } = scpArgs(command.slice(4));
    const input = new ByteReader(channel);
    try {
      if (mode === "to") await scpReceive(path10, input, channel, o.comm);
      else await scpSend(path10, input, channel, o.comm);
      return 0;
    } catch (e) {
      channel.stderr.write(`${messageOf(e)}
`);
      return 1;
    }
  }
  /** Runs a command line in the container with the channel as its stdin, stdout and stderr. */
  async remote(command, channel, o) {
    if (!o.comm.start) {
      o.onError("This communicator cannot run commands with input.");
      return 1;
    }
    let proc;
    try {
      proc = await o.comm.start(command, {
        onStdout: (b) => channel.write(b),
        onStderr: (b) => channel.stderr.write(b)
      });
    } catch (e) {
      o.onError(messageOf(e));
      return 1;
    }
    this.processes.add(proc);
    channel.on("data", (b) => proc.write(b));
    channel.on("end", () => proc.endInput());
    channel.on("close", () => proc.endInput());
    try {
      return await proc.exited;
    } catch (e) {
      if (!this.closed) o.onError(messageOf(e));
      return 1;
    } finally {
      this.processes.delete(proc);
    }
  }
  /** Stops listening, drops every connection and every command still running; idempotent. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.processes) p.kill();
    for (const c of this.connections) c.end();
    await new Promise((resolve22) => {
      const timer = setTimeout(resolve22, CLOSE_WAIT_MS);
      this.server.close(() => {
        clearTimeout(timer);
        resolve22();
      });
    });
  }
};

// src/provisioners/ansible-digest.ts
import { createHash as createHash6 } from "node:crypto";
import { readdirSync as readdirSync5, statSync as statSync4 } from "node:fs";
import { isAbsolute, join as join7, resolve as resolve8 } from "node:path";
function treeDigest(path10) {
  let dir;
  try {
    dir = statSync4(path10).isDirectory();
  } catch {
    return null;
  }
  if (!dir) return hostDigest(path10) ?? null;
  const h = createHash6("sha256");
  for (const child of readdirSync5(path10).sort()) {
    if (child === ".git") continue;
    h.update(`${child}\0${hostDigest(join7(path10, child)) ?? ""}\0`);
  }
  return `sha256:${h.digest("hex")}`;
}
var PATH_VARIABLES = /^ANSIBLE_(CONFIG|ROLES_PATH|COLLECTIONS_PATHS?|LIBRARY|MODULE_UTILS|INVENTORY|VAULT_PASSWORD_FILE|[A-Z_]*_PLUGINS)$/;
function envPathDigests(entries2, cwd) {
  const out = {};
  for (const entry of entries2) {
    const eq = entry.indexOf("=");
    if (eq <= 0 || !PATH_VARIABLES.test(entry.slice(0, eq))) continue;
    for (const p of entry.slice(eq + 1).split(":")) {
      if (p === "" || p.includes("$") || p.startsWith("~")) continue;
      out[p] = treeDigest(isAbsolute(p) ? p : resolve8(cwd, p));
    }
  }
  return out;
}
function argFileDigests(args, cwd) {
  const out = {};
  for (const a of args) {
    const m = /^(?:-e|--extra-vars=)?@(.+)$/.exec(a);
    if (m) out[m[1]] = treeDigest(resolve8(cwd, m[1]));
  }
  return out;
}

// src/provisioners/ansible-host.ts
import { spawnSync as spawnSync2 } from "node:child_process";
function missingProgram(command) {
  return `${command} was not found on PATH. The ansible provisioner runs Ansible on the machine that runs repack: install it there (Debian/Ubuntu: apt-get install ansible; elsewhere: pip install ansible-core), or set skip_version_check = true if an earlier step installs it.`;
}
async function runOnHost(argv, run3) {
  try {
    return await runInProcessGroup({ argv, cwd: run3.cwd, env: run3.env, message: run3.message, signal: run3.signal });
  } catch (e) {
    throw e.code === "ENOENT" ? new ProvisionerError(missingProgram(argv[0])) : e;
  }
}
var versions = /* @__PURE__ */ new Map();
function ansibleVersion(command, env = process.env) {
  const known = versions.get(command);
  if (known) return known;
  const r = spawnSync2(command, ["--version"], { env, encoding: "utf8", timeout: 6e4 });
  if (r.error) {
    const code = r.error.code;
    throw new ProvisionerError(`Error running "${command} --version": ${code === "ENOENT" ? missingProgram(command) : r.error.message}`);
  }
  if (r.status !== 0) throw new ProvisionerError(`Error running "${command} --version": exit status ${r.status}`);
  const m = /\w (\d+\.\d+[.\d+]*)/.exec(r.stdout);
  if (!m) throw new ProvisionerError(`Could not find ${command} version in output:
${r.stdout}`);
  versions.set(command, m[1]);
  return m[1];
}

// src/provisioners/ansible-args.ts
import { statSync as statSync5 } from "node:fs";
function checkArg(name, args) {
  return args.some((arg) => arg.split("=").includes(name));
}
function sanitize(commandLine, extraArguments) {
  let out = commandLine;
  for (const arg of extraArguments) {
    for (const pair of [arg, ...arg.split(/\s+/)]) {
      const eq = pair.indexOf("=");
      if (eq < 0) continue;
      const key2 = pair.slice(0, eq).toLowerCase();
      const value = pair.slice(eq + 1);
      if (value !== "" && (key2.includes("password") || key2.includes("secret"))) out = out.split(value).join("*****");
    }
  }
  return out;
}
function galaxyInstalls(c, requirements) {
  const file2 = c.galaxyFile ?? "";
  const roles = ["install", "-r", file2];
  const collections = ["collection", "install", "-r", file2];
  for (const list of [roles, collections]) {
    if (c.galaxyForceInstall) list.push("-f");
    if (c.galaxyForceWithDeps) list.push("--force-with-deps");
  }
  if (c.rolesPath) roles.push("-p", c.rolesPath);
  if (c.collectionsPath) collections.push("-p", c.collectionsPath);
  const hasRoles = /^roles:/m.test(requirements);
  const hasCollections = /^collections:/m.test(requirements);
  const out = [];
  if (hasRoles || !hasCollections) out.push(roles);
  if (hasCollections) out.push(collections);
  return out;
}
function checkPath(path10, name, kind, range2, diags) {
  let isDir;
  try {
    isDir = statSync5(path10).isDirectory();
  } catch (e) {
    diags.push(error(`Invalid ${name}`, `${name}: ${path10} is invalid: ${e.code ?? messageOf(e)}`, range2));
    return;
  }
  if (kind === "file" && isDir) diags.push(error(`Invalid ${name}`, `${name}: ${path10} must point to a file`, range2));
  if (kind === "directory" && !isDir) diags.push(error(`Invalid ${name}`, `${name}: ${path10} must point to a directory`, range2));
}

// src/provisioners/ansible.ts
var SCHEMA5 = {
  attributes: {
    playbook_file: { type: T.string, required: true, description: "The playbook to be run by Ansible." },
    command: { type: T.string, default: "ansible-playbook", description: "The program run (a path to an executable, not a shell line)." },
    extra_arguments: { type: T.list(T.string), default: [], description: "Arguments added to the command line, not passed through a shell." },
    ansible_env_vars: { type: T.list(T.string), default: [], description: '`"KEY=value"` environment for Ansible (and ansible-galaxy).' },
    ansible_ssh_extra_args: {
      doc: { default: '`["-o IdentitiesOnly=yes"]`' },
      type: T.list(T.string),
      default: [],
      description: "`--ssh-extra-args`, each quoted."
    },
    groups: { type: T.list(T.string), default: [], description: "Inventory groups the host is placed in." },
    empty_groups: { type: T.list(T.string), default: [], description: "Groups present in the inventory but empty." },
    host_alias: { type: T.string, default: "default", description: "The host's name in the generated inventory." },
    user: { doc: { default: "current user" }, type: T.string, description: "`ansible_user`, and the one user the adapter accepts." },
    local_port: { type: T.number, default: 0, description: "First of ten ports tried for the adapter; 0: the system picks one." },
    ssh_host_key_file: { doc: { default: "one-time key" }, type: T.string, description: "The adapter's private host key; host key checking stays on." },
    ssh_authorized_key_file: {
      doc: { default: "one-time key" },
      type: T.string,
      description: "Public key the adapter accepts (then no private key is passed)."
    },
    ansible_proxy_key_type: { type: T.string, default: "ECDSA", description: "Type of the generated keys: `ECDSA` (P-384) or `RSA` (2048 bits)." },
    sftp_command: { type: T.string, default: DEFAULT_SFTP_COMMAND, description: "The SFTP server run in the container." },
    skip_version_check: { type: T.bool, default: false, description: "Do not run `command --version` first." },
    use_sftp: { type: T.bool, default: false, description: "Transfer files with SFTP (`sftp_command` in the container) instead of scp." },
    use_proxy: {
      doc: { default: "unset" },
      type: T.bool,
      description: "`false` is accepted; a container has no address, so the adapter is used anyway (Packer's warning is printed)."
    },
    inventory_directory: {
      doc: { default: "temp dir" },
      type: T.string,
      description: "Where the generated inventory is written (next to your `group_vars`/`host_vars`)."
    },
    inventory_file_template: {
      doc: { default: "see above" },
      type: T.string,
      description: "The generated host line; `{{ .HostAlias }}`, `{{ .Host }}`, `{{ .User }}`, `{{ .Port }}`."
    },
    inventory_file: { doc: { default: "generated" }, type: T.string, description: "Use this inventory instead of the generated one." },
    keep_inventory_file: { type: T.bool, default: false, description: "Keep the generated inventory file." },
    galaxy_file: { type: T.string, description: "Requirements file installed with `galaxy_command` on the host before the playbook." },
    galaxy_command: { type: T.string, default: "ansible-galaxy", description: "The program that installs `galaxy_file`." },
    galaxy_force_install: { type: T.bool, default: false, description: "Adds `-f`." },
    galaxy_force_with_deps: { type: T.bool, default: false, description: "Adds `--force-with-deps`." },
    roles_path: { type: T.string, description: "`-p` for role installs." },
    collections_path: { type: T.string, description: "`-p` for collection installs." },
    ansible_winrm_use_http: { type: T.bool, default: false, description: "Adds `-e ansible_winrm_scheme=http` (WinRM only; no effect on containers)." }
  }
};
function currentUser() {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.LOGNAME ?? "";
  }
}
function decode6(d, block, dir) {
  const diags = [];
  const a = d.attrs;
  const str2 = (k) => {
    const v = a[k];
    return v === null || v === "" ? void 0 : v;
  };
  const path10 = (k) => {
    const v = str2(k);
    return v === void 0 ? void 0 : resolve9(dir, v);
  };
  const playbookFile = path10("playbook_file") ?? "";
  checkPath(playbookFile, "playbook_file", "file", d.ranges.playbook_file ?? block.openBraceRange, diags);
  for (const k of ["galaxy_file", "ssh_authorized_key_file", "ssh_host_key_file", "inventory_file"]) {
    const p = path10(k);
    if (p !== void 0) checkPath(p, k, "file", d.ranges[k], diags);
  }
  const inventoryDirectory = path10("inventory_directory");
  if (inventoryDirectory !== void 0) checkPath(inventoryDirectory, "inventory_directory", "directory", d.ranges.inventory_directory, diags);
  const localPort = a.local_port;
  if (!Number.isInteger(localPort) || localPort < 0 || localPort > 65535)
    diags.push(error("Invalid local_port", `local_port: ${localPort} must be a valid port`, d.ranges.local_port));
  const keyType = a.ansible_proxy_key_type.toUpperCase();
  if (keyType !== "ECDSA" && keyType !== "RSA")
    diags.push(
      error(
        "Invalid ansible_proxy_key_type",
        `Invalid value for ansible_proxy_key_type: ${JSON.stringify(a.ansible_proxy_key_type)}. Supported values are ECDSA or RSA.`,
        d.ranges.ansible_proxy_key_type
      )
    );
  for (const kv of a.ansible_env_vars) {
    if (kv.indexOf("=") <= 0)
      diags.push(error("Invalid ansible_env_vars entry", `Environment variable not in format 'key=value': ${JSON.stringify(kv)}.`, d.ranges.ansible_env_vars));
  }
  const user = str2("user") ?? currentUser();
  if (!user) diags.push(error("Invalid user", "user: could not determine current user from environment.", block.openBraceRange));
  if (diags.length > 0) return { diagnostics: diags };
  const extraArguments = [...a.extra_arguments];
  if (a.ansible_winrm_use_http === true && !extraArguments.some((x) => x.startsWith("ansible_winrm_scheme")))
    extraArguments.push("-e", "ansible_winrm_scheme=http");
  const config = {
    playbookFile,
    command: a.command,
    extraArguments,
    ansibleEnvVars: a.ansible_env_vars,
    sshExtraArgs: a.ansible_ssh_extra_args,
    groups: a.groups,
    emptyGroups: a.empty_groups,
    hostAlias: a.host_alias,
    user,
    localPort,
    sshHostKeyFile: path10("ssh_host_key_file"),
    sshAuthorizedKeyFile: path10("ssh_authorized_key_file"),
    keyType: keyType === "RSA" ? "RSA" : "ECDSA",
    sftpCommand: a.sftp_command,
    skipVersionCheck: a.skip_version_check === true,
    useSftp: a.use_sftp === true,
    useProxy: a.use_proxy,
    inventoryDirectory,
    inventoryFileTemplate: str2("inventory_file_template"),
    inventoryFile: path10("inventory_file"),
    keepInventoryFile: a.keep_inventory_file === true,
    galaxyFile: path10("galaxy_file"),
    galaxyCommand: a.galaxy_command,
    galaxyForceInstall: a.galaxy_force_install === true,
    galaxyForceWithDeps: a.galaxy_force_with_deps === true,
    rolesPath: path10("roles_path"),
    collectionsPath: path10("collections_path"),
    cwd: dir
  };
  return { provisioner: new AnsibleProvisioner(config), diagnostics: diags };
}
var DEFAULT_INVENTORY_LINE = "{{ .HostAlias }} ansible_host={{ .Host }} ansible_user={{ .User }} ansible_port={{ .Port }}\n";
function inventoryText(c, port) {
  const data = { HostAlias: c.hostAlias, Host: "127.0.0.1", User: c.user, Port: String(port), ConnType: "docker" };
  const host2 = (c.inventoryFileTemplate ?? DEFAULT_INVENTORY_LINE).replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, k) => data[k] ?? "<no value>");
  return [host2, ...c.groups.map((g) => `[${g}]
${host2}`), ...c.emptyGroups.map((g) => `[${g}]
`)].join("");
}
function scpNeedsLegacyFlag() {
  const r = spawnSync3("ssh", ["-V"], { encoding: "utf8" });
  const m = /OpenSSH_(\d+)\.(\d+)/.exec(`${r.stderr ?? ""}${r.stdout ?? ""}`);
  return m !== null && Number(m[1]) >= 9;
}
var AnsibleProvisioner = class {
  constructor(config) {
    this.config = config;
  }
  config;
  describe() {
    const c = this.config;
    let version = null;
    if (!c.skipVersionCheck) {
      try {
        version = ansibleVersion(c.command);
      } catch {
      }
    }
    return {
      type: "ansible",
      ansibleVersion: version,
      command: c.command,
      playbook: { path: c.playbookFile, sha256: treeDigest(c.playbookFile), directory: treeDigest(dirname3(c.playbookFile)) },
      ansibleCfg: treeDigest(join8(c.cwd, "ansible.cfg")),
      extraArguments: c.extraArguments,
      argumentFiles: argFileDigests(c.extraArguments, c.cwd),
      ansibleEnvVars: c.ansibleEnvVars,
      envPaths: envPathDigests(c.ansibleEnvVars, c.cwd),
      inventory: {
        file: c.inventoryFile ? { path: c.inventoryFile, sha256: treeDigest(c.inventoryFile) } : null,
        directory: c.inventoryDirectory ? treeDigest(c.inventoryDirectory) : null,
        template: c.inventoryFileTemplate ?? null,
        hostAlias: c.hostAlias,
        groups: c.groups,
        emptyGroups: c.emptyGroups,
        user: c.user
      },
      galaxy: c.galaxyFile ? {
        sha256: treeDigest(c.galaxyFile),
        command: c.galaxyCommand,
        force: c.galaxyForceInstall,
        forceWithDeps: c.galaxyForceWithDeps,
        rolesPath: c.rolesPath ?? null,
        collectionsPath: c.collectionsPath ?? null
      } : null,
      useSftp: c.useSftp,
      sftpCommand: c.useSftp ? c.sftpCommand : null,
      sshExtraArgs: c.sshExtraArgs
    };
  }
  async run(ctx) {
    const c = this.config;
    ctx.say("Provisioning with Ansible...");
    const env = { ...process.env, PACKER_BUILD_NAME: ctx.buildName, PACKER_BUILDER_TYPE: ctx.builderType };
    for (const kv of this.envVars()) env[kv.slice(0, kv.indexOf("="))] = kv.slice(kv.indexOf("=") + 1);
    if (!c.skipVersionCheck) ansibleVersion(c.command, env);
    if (c.useProxy === false) {
      ctx.say(
        "Warning: use_proxy is false, but communicator is neither ssh nor winrm, so without the proxy ansible will not function. Falling back to localhost proxy."
      );
    }
    ctx.say("Setting up proxy adapter for Ansible....");
    const keys = await mkdtemp3(join8(tmpdir4(), "repack-ansible-"));
    let adapter;
    let inventory;
    try {
      await chmod3(keys, 448);
      const { authorizedKey, hostKey, privateKeyFile } = await this.keys(keys);
      adapter = await ProxyAdapter.start({
        comm: ctx.comm,
        user: c.user,
        authorizedKey,
        hostKey,
        sftpCommand: c.sftpCommand,
        localPort: c.localPort,
        onError: (m) => ctx.message(m),
        say: ctx.say
      });
      inventory = c.inventoryFile;
      if (!inventory) {
        inventory = join8(c.inventoryDirectory ?? tmpdir4(), `packer-provisioner-ansible${randomInt2(1e9, 1e10)}`);
        await writeFile2(inventory, inventoryText(c, adapter.port), { mode: 384 });
      }
      const run3 = { message: ctx.message, signal: ctx.signal, cwd: c.cwd, env };
      if (c.galaxyFile) await this.galaxy(ctx, run3);
      const argv = [c.command, ...this.args(ctx, inventory, privateKeyFile)];
      ctx.say(`Executing Ansible: ${sanitize(argv.join(" "), c.extraArguments)}`);
      const code = await runOnHost(argv, run3);
      if (ctx.signal.aborted) throw new ProvisionerError("Ansible was cancelled.");
      if (code !== 0) throw new ProvisionerError(`Error executing Ansible: Non-zero exit status: exit status ${code}`);
    } finally {
      await adapter?.close();
      await rm4(keys, { recursive: true, force: true });
      if (inventory && !c.inventoryFile && !c.keepInventoryFile) await rm4(inventory, { force: true });
    }
  }
  /** ansible_env_vars, then what Packer sets after them (which wins over the same names). */
  envVars() {
    const c = this.config;
    const out = [...c.ansibleEnvVars];
    if (!c.sshHostKeyFile) out.push("ANSIBLE_HOST_KEY_CHECKING=False");
    if (!c.useSftp) out.push("ANSIBLE_SCP_IF_SSH=True");
    return out;
  }
  async keys(dir) {
    const c = this.config;
    const ssh2 = (await import("./BF4OHCVQ.js")).default;
    const generate = () => c.keyType === "RSA" ? ssh2.utils.generateKeyPairSync("rsa", { bits: 2048 }) : ssh2.utils.generateKeyPairSync("ecdsa", { bits: 384 });
    const hostKey = c.sshHostKeyFile ? await readFile(c.sshHostKeyFile, "utf8") : generate().private;
    if (c.sshAuthorizedKeyFile) return { authorizedKey: await readFile(c.sshAuthorizedKeyFile, "utf8"), hostKey };
    const pair = generate();
    const privateKeyFile = join8(dir, "ansible-key");
    await writeFile2(privateKeyFile, pair.private, { mode: 384 });
    return { authorizedKey: pair.public, hostKey, privateKeyFile };
  }
  async galaxy(ctx, run3) {
    const c = this.config;
    const text2 = await readFile(c.galaxyFile ?? "", "utf8");
    for (const args of galaxyInstalls(c, text2)) {
      ctx.say("Executing Ansible Galaxy");
      const code = await runOnHost([c.galaxyCommand, ...args], run3);
      if (code !== 0) throw new ProvisionerError(`Error executing Ansible: Error executing Ansible Galaxy: Non-zero exit status: exit status ${code}`);
    }
  }
  args(ctx, inventory, privateKeyFile) {
    const c = this.config;
    const args = ["-e", `packer_build_name=${JSON.stringify(ctx.buildName)}`, "-e", `packer_builder_type=${ctx.builderType}`];
    if (privateKeyFile) args.push("--ssh-extra-args", c.sshExtraArgs.length > 0 ? `'${c.sshExtraArgs.join("' '")}'` : "'-o IdentitiesOnly=yes'");
    if (!c.useSftp && !c.extraArguments.some((x) => x.startsWith("--scp-extra-args")) && scpNeedsLegacyFlag()) args.push("--scp-extra-args", "'-O'");
    args.push(...c.extraArguments);
    if (!checkArg("ansible_password", args) && privateKeyFile) args.push("-e", `ansible_ssh_private_key_file=${privateKeyFile}`);
    args.push("-i", inventory, c.playbookFile);
    return args;
  }
};
var ansible = { schema: SCHEMA5, decode: decode6 };

// src/provisioners/ansible-local.ts
import { randomInt as randomInt3, randomUUID as randomUUID2 } from "node:crypto";
import { readFileSync as readFileSync7 } from "node:fs";
import { basename as basename4, dirname as dirname4, posix as posix5, resolve as resolve10 } from "node:path";
var DEFAULT_STAGING_DIR = "/tmp/packer-provisioner-ansible-local";
var HTTP_ADDR_NOT_IMPLEMENTED = "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER";
var SCHEMA6 = {
  attributes: {
    command: {
      type: T.string,
      default: "ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook",
      description: "Run with `/bin/sh -c` in the container."
    },
    extra_arguments: { type: T.list(T.string), default: [], description: "Joined with spaces onto the command line (a shell line: quote as needed)." },
    playbook_file: { type: T.string, description: "The playbook to run (or playbook_files)." },
    playbook_files: { type: T.list(T.string), default: [], description: "Playbooks run in order." },
    playbook_dir: { type: T.string, description: "A directory uploaded whole as the staging directory." },
    playbook_paths: { type: T.list(T.string), default: [], description: "Directories uploaded into `<staging>/playbooks/`." },
    role_paths: { type: T.list(T.string), default: [], description: "Role directories uploaded into `<staging>/roles/<name>`." },
    collection_paths: { type: T.list(T.string), default: [], description: "Collection directories uploaded into `<staging>/collections/<name>`." },
    group_vars: { type: T.string, description: "Directory uploaded as `<staging>/group_vars`." },
    host_vars: { type: T.string, description: "Directory uploaded as `<staging>/host_vars`." },
    staging_directory: {
      doc: { default: "`/tmp/packer-provisioner-ansible-local/<uuid>`" },
      type: T.string,
      description: "Where files go in the container."
    },
    clean_staging_directory: { type: T.bool, default: false, description: "Remove the staging directory afterwards (Packer's default keeps it)." },
    inventory_file: { doc: { default: "`127.0.0.1`" }, type: T.string, description: "Inventory uploaded and used." },
    inventory_groups: { type: T.list(T.string), default: [], description: "Groups of the generated inventory, each holding `127.0.0.1`." },
    galaxy_file: { type: T.string, description: "Requirements installed in the container before the playbooks." },
    galaxy_command: { type: T.string, default: "ansible-galaxy", description: "The program that installs `galaxy_file`." },
    galaxy_force_install: { type: T.bool, default: false, description: "Adds `-f`." },
    galaxy_roles_path: {
      doc: { default: "`<staging>/galaxy_roles`" },
      type: T.string,
      description: "Where roles are installed."
    },
    galaxy_collections_path: {
      doc: { default: "`<staging>/galaxy_collections`" },
      type: T.string,
      description: "Where collections are installed."
    }
  }
};
function decode7(d, block, dir) {
  const diags = [];
  const a = d.attrs;
  const path10 = (k) => {
    const v = a[k];
    return v === null || v === "" ? void 0 : resolve10(dir, v);
  };
  const paths = (k) => a[k].map((p) => resolve10(dir, p));
  const playbookFile = path10("playbook_file");
  const playbookFiles = paths("playbook_files");
  if (playbookFile && playbookFiles.length > 0)
    diags.push(error("Invalid ansible-local provisioner", "Either playbook_file or playbook_files can be specified, not both", block.openBraceRange));
  if (!playbookFile && playbookFiles.length === 0)
    diags.push(error("Invalid ansible-local provisioner", "Either playbook_file or playbook_files must be specified", block.openBraceRange));
  if (playbookFile) checkPath(playbookFile, "playbook_file", "file", d.ranges.playbook_file, diags);
  for (const p of playbookFiles) checkPath(p, "playbook_files", "file", d.ranges.playbook_files, diags);
  for (const k of ["inventory_file", "galaxy_file"]) {
    const p = path10(k);
    if (p) checkPath(p, k, "file", d.ranges[k], diags);
  }
  for (const k of ["playbook_dir", "group_vars", "host_vars"]) {
    const p = path10(k);
    if (p) checkPath(p, k, "directory", d.ranges[k], diags);
  }
  for (const k of ["playbook_paths", "role_paths", "collection_paths"]) for (const p of paths(k)) checkPath(p, k, "directory", d.ranges[k], diags);
  if (diags.length > 0) return { diagnostics: diags };
  const given = a.staging_directory;
  const stagingDir = given || posix5.join(DEFAULT_STAGING_DIR, randomUUID2());
  const config = {
    command: a.command,
    extraArguments: a.extra_arguments,
    playbookFile,
    playbookFiles,
    playbookDir: path10("playbook_dir"),
    playbookPaths: paths("playbook_paths"),
    rolePaths: paths("role_paths"),
    collectionPaths: paths("collection_paths"),
    groupVars: path10("group_vars"),
    hostVars: path10("host_vars"),
    stagingDir,
    stagingGiven: Boolean(given),
    cleanStagingDir: a.clean_staging_directory === true,
    inventoryFile: path10("inventory_file"),
    inventoryGroups: a.inventory_groups,
    galaxyFile: path10("galaxy_file"),
    galaxyCommand: a.galaxy_command,
    galaxyForceInstall: a.galaxy_force_install === true,
    galaxyRolesPath: a.galaxy_roles_path || posix5.join(stagingDir, "galaxy_roles"),
    galaxyCollectionsPath: a.galaxy_collections_path || posix5.join(stagingDir, "galaxy_collections")
  };
  return { provisioner: new AnsibleLocalProvisioner(config), diagnostics: diags };
}
async function run2(ctx, comm, command) {
  const out = new LineSplitter(ctx.message);
  const err = new LineSplitter(ctx.message);
  const r = await comm.run(command, { onStdout: (b) => out.push(b), onStderr: (b) => err.push(b), signal: ctx.signal });
  out.flush();
  err.flush();
  return r.exitCode;
}
var AnsibleLocalProvisioner = class {
  constructor(config) {
    this.config = config;
  }
  config;
  describe() {
    const c = this.config;
    const digest3 = (p) => p ? { path: p, sha256: treeDigest(p) } : null;
    const playbookDirs = [...new Set([c.playbookFile, ...c.playbookFiles].filter((p) => !!p).map((p) => dirname4(p)))];
    return {
      type: "ansible-local",
      command: c.command,
      extraArguments: c.extraArguments,
      playbookFile: digest3(c.playbookFile),
      playbookFiles: c.playbookFiles.map(digest3),
      playbookDirectories: playbookDirs.map(digest3),
      playbookDir: digest3(c.playbookDir),
      playbookPaths: c.playbookPaths.map(digest3),
      rolePaths: c.rolePaths.map(digest3),
      collectionPaths: c.collectionPaths.map(digest3),
      groupVars: digest3(c.groupVars),
      hostVars: digest3(c.hostVars),
      inventoryFile: digest3(c.inventoryFile),
      inventoryGroups: c.inventoryGroups,
      galaxy: c.galaxyFile ? { file: digest3(c.galaxyFile), command: c.galaxyCommand, force: c.galaxyForceInstall, roles: c.galaxyRolesPath, collections: c.galaxyCollectionsPath } : null,
      stagingDirectory: c.stagingGiven ? c.stagingDir : null,
      cleanStagingDirectory: c.cleanStagingDir
    };
  }
  async run(ctx) {
    const c = this.config;
    const comm = ctx.comm;
    const staging = c.stagingDir;
    const mkdir6 = async (dir) => {
      ctx.say(`Creating directory: ${dir}`);
      if (await run2(ctx, comm, `mkdir -p ${shellQuote(dir)}`) !== 0) throw new Error("Non-zero exit status. See output above for more information.");
    };
    const uploadDir = async (dst, src) => {
      await mkdir6(dst);
      await uploadPath(comm, `${src}/`, dst);
    };
    const step = async (what, f) => {
      try {
        await f();
      } catch (e) {
        throw new ProvisionerError(`${what}: ${messageOf(e)}`);
      }
    };
    ctx.say("Provisioning with Ansible...");
    if (c.playbookDir) {
      ctx.say("Uploading Playbook directory to Ansible staging directory...");
      await step("Error uploading playbook_dir directory", () => uploadDir(staging, c.playbookDir ?? ""));
    } else {
      ctx.say("Creating Ansible staging directory...");
      await step("Error creating staging directory", () => mkdir6(staging));
    }
    const playbooks = [];
    if (c.playbookFile) {
      ctx.say("Uploading main Playbook file...");
      const dst = posix5.join(staging, basename4(c.playbookFile));
      await step("Error uploading main playbook", () => uploadPath(comm, c.playbookFile ?? "", dst).then(() => {
      }));
      playbooks.push(dst);
    }
    for (const file2 of c.playbookFiles) {
      if (c.playbookDir && file2.startsWith(c.playbookDir)) {
        playbooks.push(posix5.join(staging, file2.slice(c.playbookDir.length)));
        continue;
      }
      ctx.say(`Uploading playbook file: ${file2}`);
      const dst = posix5.join(staging, file2);
      await step(`Error uploading playbook file: ${file2}`, async () => {
        await mkdir6(posix5.dirname(dst));
        await uploadPath(comm, file2, dst);
      });
      playbooks.push(dst);
    }
    if (c.galaxyFile) {
      ctx.say("Uploading galaxy file...");
      await step("Error uploading galaxy file", () => uploadPath(comm, c.galaxyFile ?? "", posix5.join(staging, basename4(c.galaxyFile ?? ""))).then(() => {
      }));
    }
    ctx.say("Uploading inventory file...");
    let inventory;
    if (c.inventoryFile) {
      inventory = posix5.join(staging, basename4(c.inventoryFile));
      await step("Error uploading inventory file", () => uploadPath(comm, c.inventoryFile ?? "", inventory).then(() => {
      }));
    } else {
      inventory = posix5.join(staging, `packer-provisioner-ansible-local${randomInt3(1e9, 1e10)}`);
      const text2 = c.inventoryGroups.length > 0 ? c.inventoryGroups.map((g) => `[${g}]
127.0.0.1
`).join("") : "127.0.0.1";
      await step("Error uploading inventory file", () => comm.upload(inventory, text2));
    }
    const dirs = [
      [c.groupVars, "Uploading group_vars directory...", "group_vars"],
      [c.hostVars, "Uploading host_vars directory...", "host_vars"]
    ];
    for (const [src, say, name] of dirs) {
      if (!src) continue;
      ctx.say(say);
      await step(`Error uploading ${name} directory`, () => uploadDir(posix5.join(staging, name), src));
    }
    if (c.rolePaths.length > 0) ctx.say("Uploading role directories...");
    for (const src of c.rolePaths) await step("Error uploading roles", () => uploadDir(posix5.join(staging, "roles", basename4(src)), src));
    if (c.collectionPaths.length > 0) ctx.say("Uploading collection directories...");
    for (const src of c.collectionPaths) await step("Error uploading collections", () => uploadDir(posix5.join(staging, "collections", basename4(src)), src));
    if (c.playbookPaths.length > 0) {
      ctx.say("Uploading additional Playbooks...");
      await step("Error creating playbooks directory", () => mkdir6(posix5.join(staging, "playbooks")));
      for (const src of c.playbookPaths) await step("Error uploading playbooks", () => uploadDir(posix5.join(staging, "playbooks", basename4(src)), src));
    }
    await this.execute(ctx, playbooks, inventory);
    if (c.cleanStagingDir) {
      ctx.say("Removing staging directory...");
      ctx.say(`Removing directory: ${staging}`);
      if (await run2(ctx, comm, `rm -rf ${shellQuote(staging)}`) !== 0)
        throw new ProvisionerError("Error removing staging directory: Non-zero exit status. See output above for more information.");
    }
  }
  async execute(ctx, playbooks, inventory) {
    const c = this.config;
    const requirements = c.galaxyFile ? readFileSync7(c.galaxyFile, "utf8") : "";
    if (c.galaxyFile) {
      const file2 = posix5.join(c.stagingDir, basename4(c.galaxyFile));
      const installs = galaxyInstalls({ galaxyFile: file2, galaxyForceInstall: c.galaxyForceInstall, galaxyForceWithDeps: false }, requirements);
      for (const args of installs) {
        args.splice(args.indexOf("-r") + 2, 0, "-p", args[0] === "collection" ? c.galaxyCollectionsPath : c.galaxyRolesPath);
        const command = `cd ${c.stagingDir} && ${c.galaxyCommand} ${args.join(" ")}`;
        ctx.say(`Executing Ansible Galaxy: ${command}`);
        const code = await run2(ctx, ctx.comm, command);
        if (code !== 0) throw new ProvisionerError(`Error executing Ansible: Error executing Ansible Galaxy: Non-zero exit status: ${code}`);
      }
    }
    const collections = [
      .../^collections:/m.test(requirements) ? [c.galaxyCollectionsPath] : [],
      ...c.collectionPaths.length > 0 ? [posix5.join(c.stagingDir, "collections")] : []
    ];
    let envVars = "";
    if (collections.length > 0) envVars += ` ANSIBLE_COLLECTIONS_PATH=$ANSIBLE_COLLECTIONS_PATH:${collections.join(":")}`;
    if (/^roles:/m.test(requirements)) envVars += ` ANSIBLE_ROLES_PATH=$ANSIBLE_ROLES_PATH:${c.galaxyRolesPath}`;
    let extra = ` --extra-vars "packer_build_name=${ctx.buildName} packer_builder_type=${ctx.builderType} packer_http_addr=${HTTP_ADDR_NOT_IMPLEMENTED} -o IdentitiesOnly=yes" `;
    if (c.extraArguments.length > 0) extra += c.extraArguments.join(" ");
    for (const playbook of playbooks) {
      const command = `cd ${c.stagingDir} && ${envVars} ${c.command} ${playbook}${extra} -c local -i ${inventory}`;
      ctx.say(`Executing Ansible: ${command}`);
      const code = await run2(ctx, ctx.comm, command);
      if (code === 127)
        throw new ProvisionerError(
          `Error executing Ansible: ${c.command} could not be found. Verify that it is available on the
PATH after connecting to the machine.`
        );
      if (code !== 0) throw new ProvisionerError(`Error executing Ansible: Non-zero exit status: ${code}`);
    }
  }
};
var ansibleLocal = { schema: SCHEMA6, decode: decode7 };

// src/post-processors/docker-tag.ts
var SCHEMA7 = {
  attributes: {
    repository: { type: T.string, required: true, description: 'Repository to tag into, e.g. `"ghcr.io/org/app"`.' },
    tags: { type: T.list(T.string), doc: { default: '`["latest"]`' }, description: "Tags to apply." },
    tag: { type: T.list(T.string), description: "Deprecated spelling of `tags` (a warning says so); both may be given." },
    force: { type: T.bool, default: false, description: "Accepted for compatibility: a tag that exists is always moved, as docker does since 1.10." }
  },
  unsupported: { ...PACKER_INTERNAL, docker_path: DOCKER_PATH }
};
var DockerTag = class {
  constructor(tags, problem) {
    this.tags = tags;
    this.problem = problem;
  }
  tags;
  problem;
  async run(input, ctx) {
    const image = requireImage(input, "docker-tag");
    if (this.problem) throw new PostProcessorError(this.problem);
    for (const ref of this.tags) {
      ctx.say(`Tagging image: ${image.imageId}`);
      ctx.message(`Repository: ${formatReference(ref)}`);
      await ctx.driver.tag(image.imageId, ref.name, tagOrLatest(ref));
    }
    return { artifact: { builderId: BUILDER_ID.dockerTag, imageId: image.imageId, tags: [...this.tags], digests: [], files: [] }, keep: true, forceKeep: true };
  }
};
function decode8(d, block) {
  const diags = [];
  const repository = d.attrs.repository;
  const tags = [...d.attrs.tags ?? [], ...d.attrs.tag ?? []];
  if (d.attrs.tag !== null) diags.push(warning("Deprecated argument", 'The argument "tag" is deprecated: use "tags".', d.ranges.tag));
  const problems = [];
  const parsed = parseReference(repository);
  const repo = "ref" in parsed && parsed.ref.tag === void 0 && parsed.ref.digest === void 0 ? parsed.ref : void 0;
  if (!repo) {
    const why = `"${repository}" is not a valid repository name: lowercase letters, digits and separators (. _ -), with an optional registry host[:port]/ prefix.`;
    problems.push(why);
    diags.push(warning("Invalid repository", `${why} docker-tag will fail when it runs.`, d.ranges.repository ?? block.openBraceRange));
  }
  for (const t of tags) {
    if (tagProblem(t) === void 0) continue;
    const why = `"${t}" is not a valid tag: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-".`;
    problems.push(why);
    diags.push(warning("Invalid tag", `${why} docker-tag will fail when it runs.`, d.ranges.tags ?? d.ranges.tag));
  }
  const problem = problems.length > 0 ? problems.join(" ") : void 0;
  const refs = repo ? (tags.length > 0 ? tags : ["latest"]).map((t) => withTag(repo, t)) : [];
  return { postProcessor: new DockerTag(refs, problem), diagnostics: diags };
}
var dockerTag = { schema: SCHEMA7, decode: decode8 };

// src/post-processors/docker-save.ts
import { createWriteStream as createWriteStream3 } from "node:fs";
import { rm as rm5 } from "node:fs/promises";
import { resolve as resolve11 } from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
var SCHEMA8 = {
  attributes: {
    path: { type: T.string, required: true, description: "The tar file to write." }
  },
  unsupported: { ...PACKER_INTERNAL, docker_path: DOCKER_PATH }
};
var DockerSave = class {
  constructor(path10, cwd) {
    this.path = path10;
    this.cwd = cwd;
  }
  path;
  cwd;
  async run(input, ctx) {
    const image = requireImage(input, "docker-save");
    const refs = image.tags.length > 0 && !ctx.leg ? image.tags.map(formatReference) : [image.imageId];
    const path10 = ctx.leg ? platformPath(this.path, ctx.leg.platform) : this.path;
    const target = resolve11(this.cwd, path10);
    ctx.message(`Saving image: ${refs.join(", ")}`);
    try {
      await pipeline2(await ctx.driver.saveImages(refs), createWriteStream3(target), { signal: ctx.signal });
    } catch (e) {
      await rm5(target, { force: true });
      throw new PostProcessorError(`Error saving ${refs.join(", ")} to ${path10}: ${messageOf(e)}`);
    }
    ctx.message(`Saved to: ${path10}`);
    return { artifact: { ...image, files: [path10] }, keep: true, forceKeep: false };
  }
};
function decode9(d, _block, cwd) {
  return { postProcessor: new DockerSave(d.attrs.path, cwd), diagnostics: [] };
}
var dockerSave = { schema: SCHEMA8, decode: decode9 };

// src/post-processors/docker-import.ts
import { createReadStream as createReadStream3 } from "node:fs";
import { resolve as resolve12 } from "node:path";
var SCHEMA9 = {
  attributes: {
    repository: { type: T.string, required: true, description: "Repository of the new image." },
    tag: { doc: { default: "`latest`" }, type: T.string, description: "Its tag." },
    changes: {
      type: T.list(T.string),
      default: [],
      description: "Dockerfile instructions: CMD, ENTRYPOINT, ENV, EXPOSE, HEALTHCHECK, LABEL, ONBUILD, USER, VOLUME, WORKDIR. Checked when validating."
    },
    platform: { type: T.string, description: "e.g. `linux/arm64`." }
  },
  unsupported: { ...PACKER_INTERNAL, docker_path: DOCKER_PATH }
};
var NOT_IMPORTABLE = "Can only import from Docker builder and Artifice post-processor artifacts. If you are getting this error after having run the docker builder, it may be because you set commit = true in your Docker builder, so the image is already imported.";
var DockerImport = class {
  constructor(opts, cwd, target) {
    this.opts = opts;
    this.cwd = cwd;
    this.target = target;
  }
  opts;
  cwd;
  target;
  async run(input, ctx) {
    requireBuilder(input, [BUILDER_ID.dockerExport, BUILDER_ID.artifice], NOT_IMPORTABLE);
    if (typeof this.target === "string") throw new PostProcessorError(this.target);
    const file2 = input.files[0];
    if (file2 === void 0) throw new PostProcessorError("docker-import needs a file to import, but the input artifact has none.");
    const ref = this.opts.tag ? `${this.opts.repository}:${this.opts.tag}` : this.opts.repository;
    ctx.message(`Importing image: ${input.id ?? file2}`);
    ctx.message(`Repository: ${ref}`);
    const imageId = await ctx.driver.importImage(createReadStream3(resolve12(this.cwd, file2)), { ...this.opts, tag: this.opts.tag || void 0 });
    ctx.message(`Imported ID: ${imageId}`);
    const artifact = {
      builderId: BUILDER_ID.dockerImport,
      id: ref,
      description: `Imported Docker image: ${ref}`,
      files: [],
      imageId,
      tags: [this.target],
      digests: []
    };
    return { artifact, keep: false, forceKeep: false };
  }
};
function decode10(d, block, cwd) {
  const diags = [];
  const changes = d.attrs.changes;
  changes.forEach((c, i) => {
    const parsed2 = parseChange(c);
    if ("error" in parsed2)
      diags.push(
        error("Invalid change", `changes[${i}] "${c}": ${parsed2.error}. Only ${CHANGE_INSTRUCTIONS.join(", ")} can be applied on import.`, d.ranges.changes)
      );
  });
  if (diags.length > 0) return { diagnostics: diags };
  const opts = {
    repository: d.attrs.repository,
    tag: d.attrs.tag ?? void 0,
    changes,
    platform: d.attrs.platform ?? void 0
  };
  const parsed = parseReference(`${opts.repository}:${opts.tag || "latest"}`);
  let target;
  if ("error" in parsed || parsed.ref.digest !== void 0) {
    target = `"${opts.repository}:${opts.tag || "latest"}" is not a repository:tag reference: ${"error" in parsed ? parsed.error : "it names a digest"}.`;
    diags.push(warning("Invalid repository", `${target} docker-import will fail when it runs.`, d.ranges.repository ?? block.openBraceRange));
  } else target = parsed.ref;
  return { postProcessor: new DockerImport(opts, cwd, target), diagnostics: diags };
}
var dockerImport = { schema: SCHEMA9, decode: decode10 };

// src/post-processors/manifest.ts
import { existsSync as existsSync4, statSync as statSync6 } from "node:fs";
import { mkdir as mkdir3, readFile as readFile2, writeFile as writeFile3 } from "node:fs/promises";
import { basename as basename5, dirname as dirname5, resolve as resolve13 } from "node:path";

// src/post-processors/describe.ts
function artifactId(a) {
  if (a.id !== void 0) return a.id;
  if (a.tags.length > 0) return a.tags.map(formatReference).join(",");
  return a.imageId ?? "";
}
function artifactDescription(a) {
  if (a.description !== void 0) return a.description;
  const pushed = a.digests.map((d) => `${d.repository}@${d.digest}`);
  const tags = a.tags.map(formatReference);
  if (pushed.length > 0) return `Pushed Docker image: ${tags.join(", ")} (${pushed.join(", ")})`;
  if (tags.length > 0) return `Tagged Docker image: ${a.imageId ?? ""} with tags ${tags.join(" ")}`;
  if (a.imageId !== void 0) return `Imported Docker image: ${a.imageId}`;
  return `Created artifact from files: ${a.files.join(", ")}`;
}

// src/post-processors/manifest.ts
var SCHEMA10 = {
  attributes: {
    output: { type: T.string, default: "packer-manifest.json", description: "The manifest file (created with its directory)." },
    strip_path: { type: T.bool, default: false, description: "Write only each file's base name." },
    strip_time: { type: T.bool, default: false, description: "Leave `build_time` out." },
    custom_data: { type: T.map(T.string), description: "Stored with the entry." }
  },
  unsupported: PACKER_INTERNAL
};
var queues = /* @__PURE__ */ new Map();
function serialised(key2, fn2) {
  const next = (queues.get(key2) ?? Promise.resolve()).then(fn2, fn2);
  queues.set(
    key2,
    next.catch(() => void 0)
  );
  return next;
}
var Manifest = class {
  constructor(c, cwd) {
    this.c = c;
    this.cwd = cwd;
  }
  c;
  cwd;
  entry(input, ctx) {
    const files = input.files.map((f) => {
      const abs = resolve13(this.cwd, f);
      return { name: this.c.stripPath ? basename5(f) : f, size: existsSync4(abs) ? statSync6(abs).size : 0 };
    });
    const time = this.c.stripTime ? {} : { build_time: Math.floor(Date.now() / 1e3) };
    return {
      name: ctx.buildName,
      builder_type: ctx.builderType,
      ...time,
      files: files.length > 0 ? files : null,
      artifact_id: artifactId(input),
      packer_run_uuid: ctx.runUuid,
      custom_data: this.c.customData
    };
  }
  async run(input, ctx) {
    const path10 = resolve13(this.cwd, this.c.output);
    const entry = this.entry(input, ctx);
    await serialised(path10, async () => {
      let manifest2 = { builds: [], last_run_uuid: "" };
      const text2 = await readFile2(path10, "utf8").catch((e) => {
        if (e.code === "ENOENT") return "";
        throw new PostProcessorError(`Unable to open ${this.c.output} for reading: ${e.message}`);
      });
      if (text2.trim() !== "") {
        try {
          const parsed = JSON.parse(text2);
          manifest2 = { builds: Array.isArray(parsed.builds) ? parsed.builds : [], last_run_uuid: parsed.last_run_uuid ?? "" };
        } catch (e) {
          throw new PostProcessorError(`Unable to parse content from ${this.c.output}: ${e.message}`);
        }
      }
      manifest2.builds.push(entry);
      manifest2.last_run_uuid = ctx.runUuid;
      await mkdir3(dirname5(path10), { recursive: true });
      await writeFile3(path10, JSON.stringify(manifest2, null, 2), { mode: 436 });
    });
    ctx.message(`Added ${ctx.buildName} to ${this.c.output}`);
    return { artifact: input, keep: true, forceKeep: true };
  }
};
function decode11(d, _block, cwd) {
  const a = d.attrs;
  const c = {
    output: a.output,
    stripPath: a.strip_path === true,
    stripTime: a.strip_time === true,
    customData: a.custom_data ?? null
  };
  return { postProcessor: new Manifest(c, cwd), diagnostics: [] };
}
var manifest = { schema: SCHEMA10, decode: decode11 };

// src/post-processors/checksum.ts
import { createHash as createHash7 } from "node:crypto";
import { createReadStream as createReadStream4, existsSync as existsSync5 } from "node:fs";
import { appendFile, mkdir as mkdir4 } from "node:fs/promises";
import { basename as basename6, dirname as dirname6, resolve as resolve14 } from "node:path";
import { pipeline as pipeline3 } from "node:stream/promises";

// src/post-processors/placeholders.ts
var PLACEHOLDER = /\{\{\s*\.?([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
function checkPlaceholders(text2, allowed, attribute2, range2) {
  const diags = [];
  for (const m of text2.matchAll(PLACEHOLDER)) {
    if (!allowed.includes(m[1])) {
      diags.push(
        error(
          "Invalid placeholder",
          `Error parsing target template: ${attribute2} may use ${allowed.map((a) => `{{.${a}}}`).join(", ")}; "${m[0]}" is not one of them.`,
          range2
        )
      );
    }
  }
  if (text2.replace(PLACEHOLDER, "").includes("{{"))
    diags.push(error("Invalid placeholder", `Error parsing target template: unclosed or malformed "{{" in ${attribute2}.`, range2));
  return diags;
}
function renderPlaceholders(text2, values) {
  return text2.replace(PLACEHOLDER, (m, name) => values[name] ?? m);
}

// src/post-processors/checksum.ts
var CHECKSUM_TYPES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];
var PLACEHOLDERS = ["BuildName", "BuilderType", "ChecksumType"];
var DEFAULT_CHECKSUM_OUTPUT = "packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum";
var SCHEMA11 = {
  attributes: {
    checksum_types: { type: T.list(T.string), default: ["md5"], description: "`md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512`." },
    output: {
      type: T.string,
      default: DEFAULT_CHECKSUM_OUTPUT,
      description: "`{{.BuildName}}` (the source's name), `{{.BuilderType}}` (`docker`) and `{{.ChecksumType}}` are expanded; other placeholders are errors when validating."
    }
  },
  unsupported: PACKER_INTERNAL
};
async function digest2(type, file2, signal) {
  const h = createHash7(type);
  await pipeline3(createReadStream4(file2), h, { signal });
  return h.digest("hex");
}
var Checksum = class {
  constructor(types, output, cwd) {
    this.types = types;
    this.output = output;
    this.cwd = cwd;
  }
  types;
  output;
  cwd;
  async run(input, ctx) {
    const files = [...input.files];
    for (const type of this.types) {
      for (const file2 of input.files) {
        const out = renderPlaceholders(this.output, { BuildName: ctx.buildName, BuilderType: ctx.builderType, ChecksumType: type });
        const outAbs = resolve14(this.cwd, out);
        if (!existsSync5(outAbs) && !files.includes(out)) files.push(out);
        let hex;
        try {
          hex = await digest2(type, resolve14(this.cwd, file2), ctx.signal);
        } catch (e) {
          throw new PostProcessorError(`unable to compute ${type} hash for ${file2}: ${messageOf(e)}`);
        }
        await mkdir4(dirname6(outAbs), { recursive: true });
        await appendFile(outAbs, `${hex}	${basename6(file2)}
`, { mode: 420 });
        ctx.message(`${type} ${hex} ${file2} \u2192 ${out}`);
      }
    }
    const artifact = {
      builderId: BUILDER_ID.checksum,
      id: "",
      description: `Created artifact from files: ${files.join(", ")}`,
      files,
      tags: [],
      digests: []
    };
    return { artifact, keep: true, forceKeep: true };
  }
};
function decode12(d, _block, cwd) {
  const types = d.attrs.checksum_types;
  const output = d.attrs.output;
  const diags = [];
  for (const t of types) {
    if (!CHECKSUM_TYPES.includes(t))
      diags.push(error("Unrecognized checksum type", `Unrecognized checksum type: ${t}. Use one of ${CHECKSUM_TYPES.join(", ")}.`, d.ranges.checksum_types));
  }
  diags.push(...checkPlaceholders(output, PLACEHOLDERS, "output", d.ranges.output));
  if (diags.length > 0) return { diagnostics: diags };
  return { postProcessor: new Checksum(types, output, cwd), diagnostics: diags };
}
var checksum = { schema: SCHEMA11, decode: decode12 };

// src/post-processors/compress.ts
import { createReadStream as createReadStream6, createWriteStream as createWriteStream4 } from "node:fs";
import { mkdir as mkdir5, rm as rm6 } from "node:fs/promises";
import { basename as basename7, dirname as dirname7, resolve as resolve15 } from "node:path";
import { PassThrough as PassThrough2 } from "node:stream";
import { pipeline as pipeline4 } from "node:stream/promises";
import { constants as constants3, createGzip as createGzip2 } from "node:zlib";

// src/post-processors/archive-writers.ts
import { once as once2 } from "node:events";
import { createReadStream as createReadStream5 } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import { crc32 as crc322, createDeflateRaw } from "node:zlib";
async function write(out, chunk) {
  if (!out.write(chunk)) await once2(out, "drain");
}
async function writeTar(files, out) {
  const pack = (await tarStream()).pack();
  const piped = new Promise((resolve22, reject) => {
    pack.on("error", reject);
    out.on("error", reject);
    out.on("finish", resolve22);
    pack.pipe(out);
  });
  piped.catch(() => void 0);
  for (const [abs, name] of files) {
    const st = await stat2(abs);
    const entry = pack.entry({ name, size: st.size, mode: st.mode & 4095, mtime: st.mtime, type: "file" });
    for await (const chunk of createReadStream5(abs)) {
      if (!entry.write(chunk)) await once2(entry, "drain");
    }
    entry.end(null);
  }
  pack.finalize();
  await piped;
}
var LIMIT = 4294967295;
function dosTime(d) {
  return {
    time: d.getHours() << 11 | d.getMinutes() << 5 | Math.floor(d.getSeconds() / 2),
    date: Math.max(d.getFullYear(), 1980) - 1980 << 9 | d.getMonth() + 1 << 5 | d.getDate()
  };
}
async function writeZip(files, out, level) {
  const central = [];
  let offset = 0;
  const emit = async (b) => {
    offset += b.length;
    await write(out, b);
  };
  for (const [abs, entryName] of files) {
    const st = await stat2(abs);
    if (st.size >= LIMIT) throw new PostProcessorError(`Cannot zip ${abs}: files of 4 GiB or more need zip64, which repack does not write; use .tar.gz.`);
    const name = Buffer.from(entryName.replace(/\\/g, "/").replace(/^\/+/, ""));
    const { time, date } = dosTime(st.mtime);
    const start = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(67324752, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(2056, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt16LE(name.length, 26);
    await emit(Buffer.concat([local, name]));
    let crc = 0;
    let compressed = 0;
    const deflate = createDeflateRaw({ level });
    const source = createReadStream5(abs);
    source.on("data", (c) => crc = crc322(c, crc));
    source.pipe(deflate);
    for await (const chunk of deflate) {
      compressed += chunk.length;
      await emit(chunk);
    }
    const desc = Buffer.alloc(16);
    desc.writeUInt32LE(134695760, 0);
    desc.writeUInt32LE(crc >>> 0, 4);
    desc.writeUInt32LE(compressed, 8);
    desc.writeUInt32LE(st.size, 12);
    await emit(desc);
    central.push({ name, crc: crc >>> 0, compressed, size: st.size, offset: start, time, date });
  }
  const cdStart = offset;
  for (const c of central) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(33639248, 0);
    h.writeUInt16LE(798, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(2056, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt16LE(c.time, 12);
    h.writeUInt16LE(c.date, 14);
    h.writeUInt32LE(c.crc, 16);
    h.writeUInt32LE(c.compressed, 20);
    h.writeUInt32LE(c.size, 24);
    h.writeUInt16LE(c.name.length, 28);
    h.writeUInt32LE(33188 << 16 >>> 0, 38);
    h.writeUInt32LE(c.offset, 42);
    await emit(Buffer.concat([h, c.name]));
  }
  if (offset >= LIMIT) throw new PostProcessorError("Cannot zip: archives of 4 GiB or more need zip64, which repack does not write; use .tar.gz.");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(101010256, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(offset - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  await write(out, end);
  out.end();
  await once2(out, "finish");
}

// src/post-processors/compress.ts
var SCHEMA12 = {
  attributes: {
    output: {
      type: T.string,
      default: "packer_{{.BuildName}}_{{.BuilderType}}",
      description: "Archive path; `{{.BuildName}}`, `{{.BuilderType}}` expanded."
    },
    format: { type: T.string, description: 'Used as the extension when `output` has none that tells, e.g. `"tar.gz"`, `"zip"`.' },
    compression_level: { type: T.number, default: 6, description: "1 (fast) \u2026 9 (small); `0` and `-1` mean 6; above 9 means 9." }
  },
  unsupported: {
    ...PACKER_INTERNAL,
    ...each(
      ["archive", "algorithm"],
      ignored(
        "Packer derives it from the output file name (or format) and overwrites what the template sets, and so does repack. Remove it; set format instead."
      )
    )
  }
};
var UNSUPPORTED = ["lz4", "bgzf", "xz", "bzip2"];
function detectFormat(output, format) {
  const exts = [...(format ? `${output}.${format}` : output).matchAll(/\.([a-z0-9]+)/g)].map((m) => m[1]);
  const last = exts.at(-1);
  const tarBefore = exts.at(-2) === "tar";
  if (last === "zip" || last === "tar") return { archive: last, gzip: false };
  if (last === "gz" || last === "tgz") return { archive: tarBefore || last === "tgz" ? "tar" : void 0, gzip: true };
  if (last !== void 0 && UNSUPPORTED.includes(last)) return { unsupported: last };
  return { archive: "tar", gzip: true };
}
var Compress = class {
  constructor(output, format, level, cwd) {
    this.output = output;
    this.format = format;
    this.level = level;
    this.cwd = cwd;
  }
  output;
  format;
  level;
  cwd;
  async run(input, ctx) {
    const rendered = renderPlaceholders(this.output, { BuildName: ctx.buildName, BuilderType: ctx.builderType });
    const target = ctx.leg ? platformPath(rendered, ctx.leg.platform) : rendered;
    const fmt = detectFormat(target, this.format);
    if ("unsupported" in fmt) throw new PostProcessorError(`compress: .${fmt.unsupported} is not supported by repack; use .tar.gz, .tgz, .gz, .tar or .zip.`);
    const abs = resolve15(this.cwd, target);
    const files = input.files.map((f) => [resolve15(this.cwd, f), fmt.archive === "tar" ? basename7(f) : f]);
    if (!fmt.archive && files.length !== 1) {
      throw new PostProcessorError(`Can only have 1 input file when not using tar/zip. Found ${files.length} files: ${input.files.join(", ")}`);
    }
    await mkdir5(dirname7(abs), { recursive: true });
    const copy = (from) => fmt.gzip ? pipeline4(from, createGzip2({ level: this.level }), createWriteStream4(abs), { signal: ctx.signal }) : pipeline4(from, createWriteStream4(abs), { signal: ctx.signal });
    const what = fmt.gzip ? "gzip" : "no compression";
    try {
      if (!fmt.archive) {
        ctx.say(`Archiving ${input.files[0]} with ${what}`);
        await copy(createReadStream6(files[0][0]));
      } else {
        ctx.say(fmt.archive === "zip" ? `Zipping ${target}` : `Tarring ${target} with ${what}`);
        const sink = new PassThrough2();
        const written = copy(sink);
        const writer = fmt.archive === "zip" ? writeZip(files, sink, this.level) : writeTar(files, sink);
        await Promise.all([writer.catch((e) => sink.destroy(toError(e))), written]);
      }
    } catch (e) {
      await rm6(abs, { force: true });
      throw e instanceof PostProcessorError ? e : new PostProcessorError(`Error creating ${target}: ${messageOf(e)}`);
    }
    ctx.say(`Archive ${target} completed`);
    const artifact = {
      builderId: BUILDER_ID.compress,
      id: "",
      description: `compressed artifacts in: ${target}`,
      files: [target],
      tags: [],
      digests: []
    };
    return { artifact, keep: false, forceKeep: false };
  }
};
function decode13(d, _block, cwd) {
  const output = d.attrs.output;
  const format = d.attrs.format ?? void 0;
  const diags = checkPlaceholders(output, ["BuildName", "BuilderType"], "output", d.ranges.output);
  const fmt = detectFormat(output, format);
  if ("unsupported" in fmt)
    diags.push(
      error(
        "Unsupported compression format",
        `.${fmt.unsupported} is not supported by repack (it would need a compression library); use .tar.gz, .tgz, .gz, .tar or .zip.`,
        d.ranges.format ?? d.ranges.output
      )
    );
  const raw = Math.floor(Number(d.attrs.compression_level));
  if (raw < -1) diags.push(error("Invalid compression_level", `compression_level must be between -1 and 9 (got ${raw}).`, d.ranges.compression_level));
  if (diags.length > 0) return { diagnostics: diags };
  const level = raw === 0 || raw === -1 ? constants3.Z_DEFAULT_COMPRESSION : Math.min(raw, 9);
  return { postProcessor: new Compress(output, format, level, cwd), diagnostics: diags };
}
var compress = { schema: SCHEMA12, decode: decode13 };

// src/post-processors/shell-local.ts
var ShellLocal = class {
  constructor(config) {
    this.config = config;
  }
  config;
  async run(input, ctx) {
    const extraVars = [
      ["PACKER_ARTIFACT_ID", artifactId(input)],
      ["PACKER_ARTIFACT_FILES", input.files.join("\n")]
    ];
    try {
      await runLocalShell(this.config, { ...ctx, extraVars });
    } catch (e) {
      throw e instanceof ProvisionerError ? new PostProcessorError(e.message) : e;
    }
    return { artifact: input, keep: true, forceKeep: true };
  }
};
function decode14(d, block, cwd) {
  const r = decodeLocalShell(d, block, cwd);
  return { postProcessor: r.config && new ShellLocal(r.config), diagnostics: r.diagnostics };
}
var shellLocal2 = { schema: LOCAL_SHELL_SCHEMA, decode: decode14 };

// src/post-processors/glob-files.ts
import { existsSync as existsSync6, readdirSync as readdirSync6, statSync as statSync7 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join9, resolve as resolve16 } from "node:path";
var MAGIC = /[*?[]/;
function elementRegex(element) {
  let re = "";
  for (let i = 0; i < element.length; i++) {
    const c = element[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = element.indexOf("]", i + 2);
      if (close < 0) re += "\\[";
      else {
        re += `[${element.slice(i + 1, close).replace(/^\^/, "^").replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function globFiles(pattern, cwd) {
  if (!MAGIC.test(pattern)) return existsSync6(resolve16(cwd, pattern)) ? [pattern] : [];
  const elements2 = pattern.split("/");
  let found = [isAbsolute2(pattern) ? "/" : ""];
  elements2.forEach((element, i) => {
    if (element === "" && i === 0) return;
    const next = [];
    for (const base of found) {
      const dir = resolve16(cwd, base || ".");
      if (!MAGIC.test(element)) {
        const p = base === "" ? element : join9(base, element);
        if (existsSync6(resolve16(cwd, p))) next.push(p);
        continue;
      }
      if (!existsSync6(dir) || !statSync7(dir).isDirectory()) continue;
      const re = elementRegex(element);
      for (const name of readdirSync6(dir).sort()) {
        if (re.test(name) && !(name.startsWith(".") && !element.startsWith("."))) next.push(base === "" ? name : join9(base, name));
      }
    }
    found = next;
  });
  return found;
}

// src/post-processors/artifice.ts
var SCHEMA13 = {
  attributes: {
    files: {
      doc: { default: "required" },
      type: T.list(T.string),
      default: [],
      description: "Paths or globs (`*`, `?`, `[\u2026]` within one path element, as Go's `filepath.Glob`)."
    }
  },
  unsupported: PACKER_INTERNAL
};
var Artifice = class {
  constructor(patterns, cwd) {
    this.patterns = patterns;
    this.cwd = cwd;
  }
  patterns;
  cwd;
  async run(input, ctx) {
    if (input.files.length > 0) ctx.say(`Discarding files from artifact: ${input.files.join(", ")}`);
    const files = [];
    for (const p of this.patterns) {
      const matched = globFiles(p, this.cwd);
      if (matched.length === 0) ctx.message(`No file matches ${p}`);
      files.push(...matched);
    }
    ctx.say(`Using these artifact files: ${files.join(", ")}`);
    const artifact = {
      builderId: BUILDER_ID.artifice,
      id: "",
      description: `Created artifact from files: ${files.join(", ")}`,
      files,
      tags: [],
      digests: []
    };
    return { artifact, keep: true, forceKeep: false };
  }
};
function decode15(d, block, cwd) {
  const files = d.attrs.files;
  if (files.length === 0)
    return { diagnostics: [error("Invalid artifice", "No files specified in artifice configuration.", d.ranges.files ?? block.openBraceRange)] };
  return { postProcessor: new Artifice(files, cwd), diagnostics: [] };
}
var artifice = { schema: SCHEMA13, decode: decode15 };

// src/pipeline/plugins.ts
var PROVISIONERS = {
  shell,
  file,
  "shell-local": shellLocal,
  breakpoint,
  ansible,
  "ansible-local": ansibleLocal
};
var POST_PROCESSORS = {
  "docker-tag": dockerTag,
  "docker-push": dockerPush,
  "docker-save": dockerSave,
  "docker-import": dockerImport,
  manifest,
  checksum,
  compress,
  "shell-local": shellLocal2,
  artifice
};

// src/pipeline/glob.ts
function globMatch(pattern, name) {
  const re = new RegExp(
    `^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`
  );
  return re.test(name);
}
function selected(name, only, except) {
  if (only.length > 0 && !only.some((p) => globMatch(p, name))) return false;
  return !except.some((p) => globMatch(p, name));
}

// src/pipeline/run-uuid.ts
import { randomUUID as randomUUID3 } from "node:crypto";
var RUN_UUID = process.env.PACKER_RUN_UUID || randomUUID3();

// src/pipeline/late-provisioner.ts
import { randomUUID as randomUUID4 } from "node:crypto";
var STAND_IN_ID = "container-id-known-at-run-time";
function usesBuildId(body) {
  return body.items.some(
    (item) => item.kind === "attribute" ? traversals(item.expr).some((t) => t.root === "build" && t.path[0] === "ID") : usesBuildId(item.body)
  );
}
function withBuildId(ctx, id) {
  const build = ctx.variables.build;
  const attrs2 = build?.kind === "object" ? { ...build.attrs } : {};
  return { ...ctx, variables: { ...ctx.variables, build: V.object({ ...attrs2, ID: V.string(id) }) } };
}
var LateProvisioner = class {
  constructor(checked, decodeWith) {
    this.checked = checked;
    this.decodeWith = decodeWith;
    this.effect = checked.effect;
  }
  checked;
  decodeWith;
  effect;
  /** Stands for the container ID in the cache key: new for every planned build, so never a hit. */
  nonce = randomUUID4();
  describe() {
    return { buildId: this.nonce, provisioner: this.checked.describe() };
  }
  async run(ctx) {
    const p = this.decodeWith(ctx.containerId ?? "");
    if (typeof p === "string") throw new ProvisionerError(p);
    await p.run(ctx);
  }
};

// src/pipeline/plan.ts
var PROVISIONER_COMMON = {
  name: { type: T.string, gohcl: "value", description: "Name shown in the output; only/except of other blocks can refer to it." },
  only: { type: T.list(T.string), gohcl: "value", default: [], description: 'Run only for these sources ("docker.ubuntu").' },
  except: { type: T.list(T.string), gohcl: "value", default: [], description: "Skip for these sources." },
  pause_before: { type: T.string, gohcl: "value", description: 'Wait this long before running, e.g. "10s".' },
  max_retries: { type: T.number, gohcl: "int", default: 0, description: "Retry this many times when it fails." },
  timeout: { type: T.string, gohcl: "value", description: 'Fail when it runs longer than this, e.g. "5m".' },
  continue_on_error: {
    type: T.bool,
    gohcl: "value",
    default: false,
    description: "When it still fails after its retries, print the error as a warning and go on with the build."
  },
  override: { type: T.dynamic, description: 'Attribute values per source name: override = { ubuntu = { inline = ["\u2026"] } }.' }
};
var POST_PROCESSOR_COMMON = {
  name: { type: T.string, gohcl: "value", description: "Name shown in the output." },
  only: { type: T.list(T.string), gohcl: "value", default: [], description: 'Run only for these sources ("docker.ubuntu").' },
  except: { type: T.list(T.string), gohcl: "value", default: [], description: "Skip for these sources." },
  keep_input_artifact: {
    type: T.bool,
    gohcl: "pointer",
    description: "Keep (true) or delete (false) the input artifact; unset, the post-processor's default."
  }
};
function sourceSelected(source, only, except) {
  const norm = (s) => s.replace(/^source\./, "");
  const hit = (p) => globMatch(norm(p), source);
  if (only.length > 0 && !only.some(hit)) return false;
  return !except.some(hit);
}
function rangeText2(r) {
  const end = r.start.line === r.end.line ? `${r.end.column}` : `${r.end.line},${r.end.column}`;
  return `${r.file}:${r.start.line},${r.start.column}-${end}`;
}
function mergeOverrides(base, overrides, diags) {
  if (!overrides) return base;
  const set = new Map(base.items.flatMap((i) => i.kind === "attribute" ? [[i.name, i]] : []));
  const added = overrides.items.filter((i) => {
    const existing = i.kind === "attribute" ? set.get(i.name) : void 0;
    if (i.kind !== "attribute" || !existing) return true;
    diags.push(error("Duplicate argument", `Argument "${i.name}" was already set at ${rangeText2(existing.nameRange)}`, i.nameRange));
    return false;
  });
  return { ...base, items: [...base.items, ...added] };
}
function header2(block) {
  return rangeBetween(block.typeRange, block.labelRanges.at(-1) ?? block.typeRange);
}
function durationAttr(value, what, block, diags) {
  if (typeof value !== "string" || value === "") return 0;
  try {
    return Math.max(0, Number(parseDuration(value)) / 1e6);
  } catch (e) {
    if (!(e instanceof TimeError)) throw e;
    diags.push(error(`Failed to parse ${what} duration`, e.message, header2(block)));
    return 0;
  }
}
function planProvisioner(spec, source, sourceName, ctx, cwd, diags) {
  if (!isOneOf(PROVISIONER_TYPES, spec.type)) return void 0;
  const plugin = PROVISIONERS[spec.type];
  const schema = { attributes: { ...plugin.schema.attributes, ...PROVISIONER_COMMON }, blocks: plugin.schema.blocks, unsupported: plugin.schema.unsupported };
  const decode16 = (c) => {
    const d2 = decodeBody(spec.block.body, schema, c, spec.block);
    const found = [...d2.diagnostics];
    found.push(...checkOverride(d2.values.override, header2(spec.block)));
    if (found.some((x) => x.severity === "error")) return { d: d2, diagnostics: found };
    if (!sourceSelected(source, d2.attrs.only, d2.attrs.except)) return { d: d2, diagnostics: found, skipped: true };
    found.push(...applyOverride(d2, plugin.schema, sourceName));
    if (found.some((x) => x.severity === "error")) return { d: d2, diagnostics: found };
    const r = plugin.decode(d2, spec.block, cwd);
    return { d: d2, diagnostics: [...found, ...r.diagnostics], provisioner: r.provisioner };
  };
  const late = usesBuildId(spec.block.body);
  const checked = decode16(late ? withBuildId(ctx, STAND_IN_ID) : ctx);
  diags.push(...checked.diagnostics);
  if (checked.skipped || !checked.provisioner) return void 0;
  const { d } = checked;
  const provisioner = late ? new LateProvisioner(checked.provisioner, (id) => {
    const again = decode16(withBuildId(ctx, id));
    return again.provisioner ?? again.diagnostics.map((x) => `${x.summary}: ${x.detail ?? ""}`).join("\n");
  }) : checked.provisioner;
  const before = diags.length;
  const pauseBeforeMs = durationAttr(d.attrs.pause_before, "pause_before", spec.block, diags);
  const timeoutMs = diags.length > before ? 0 : durationAttr(d.attrs.timeout, "timeout", spec.block, diags);
  const name = d.attrs.name;
  return {
    type: spec.type,
    name: name ?? spec.type,
    block: { kind: "provisioner", type: spec.type, ...name === null ? {} : { name }, range: spec.block.range },
    provisioner,
    config: keyedConfig(d.attrs, plugin.schema),
    pauseBeforeMs,
    maxRetries: Math.max(0, Math.floor(Number(d.attrs.max_retries))),
    timeoutMs,
    continueOnError: d.attrs.continue_on_error === true
  };
}
function attributeValue(spec, name, ctx) {
  const attr2 = spec.block.body.items.find((i) => i.kind === "attribute" && i.name === name);
  return attr2?.kind === "attribute" ? evaluate(attr2.expr, ctx).value : void 0;
}
function postProcessorName(spec, ctx) {
  const v = attributeValue(spec, "name", ctx);
  return v?.kind === "string" && v.value !== "" ? v.value : spec.type;
}
function stringList(v) {
  return v && (v.kind === "list" || v.kind === "tuple" || v.kind === "set") ? v.items.flatMap((x) => x.kind === "string" ? [x.value] : []) : [];
}
function planChain(chain, source, ctx, input, diags, excepted) {
  const planned = [];
  let stopped = false;
  for (const spec of chain) {
    const left = stopped || !sourceSelected(source, stringList(attributeValue(spec, "only", ctx)), stringList(attributeValue(spec, "except", ctx)));
    if (!left && input.except.some((p2) => globMatch(p2, postProcessorName(spec, ctx)))) {
      excepted.count++;
      stopped = true;
    }
    if (left || stopped) {
      diags.push(...commonDiagnostics(spec, ctx));
      continue;
    }
    const p = planPostProcessor(spec, source, ctx, input.cwd, diags);
    if (p) planned.push(p);
  }
  return planned;
}
function commonDiagnostics(spec, ctx) {
  const common = POST_PROCESSOR_COMMON;
  const body = bodyContent(spec.block.body, { attributes: common }, []);
  return body.items.flatMap((i) => i.kind === "attribute" && Object.hasOwn(common, i.name) ? evalAttribute(i, common[i.name], ctx).diagnostics : []);
}
function planPostProcessor(spec, source, ctx, cwd, diags) {
  if (!isOneOf(POST_PROCESSOR_TYPES, spec.type)) return void 0;
  const plugin = POST_PROCESSORS[spec.type];
  const schema = { attributes: { ...POST_PROCESSOR_COMMON, ...plugin.schema.attributes }, unsupported: plugin.schema.unsupported };
  const d = decodeBody(spec.block.body, schema, ctx, spec.block);
  diags.push(...d.diagnostics);
  if (d.diagnostics.some((x) => x.severity === "error")) return void 0;
  if (!sourceSelected(source, d.attrs.only, d.attrs.except)) return void 0;
  const r = plugin.decode(d, spec.block, cwd);
  diags.push(...r.diagnostics);
  if (!r.postProcessor) return void 0;
  const keep = d.attrs.keep_input_artifact;
  const name = d.attrs.name;
  return {
    type: spec.type,
    name: name ?? spec.type,
    block: { kind: "post-processor", type: spec.type, ...name === null ? {} : { name }, range: spec.block.range },
    postProcessor: r.postProcessor,
    keepInputArtifact: typeof keep === "boolean" ? keep : void 0
  };
}
function buildVariables(build, config) {
  return V.object({
    name: V.string(build.name),
    ID: V.unknown(T.string),
    PackerRunUUID: V.string(RUN_UUID),
    ConnType: V.string("docker"),
    Host: V.string(""),
    Port: V.number(0),
    User: V.string(config?.execUser ?? ""),
    Password: V.string(""),
    SSHPublicKey: V.string(""),
    SSHPrivateKey: V.string(""),
    WinRMPassword: V.string(""),
    PackerHTTPIP: V.string(""),
    PackerHTTPPort: V.string(""),
    PackerHTTPAddr: V.string("")
  });
}
function contextFor(input, build, ref, sourceName, config) {
  const extra = {
    source: V.object({ name: V.string(sourceName), type: V.string(ref.type) }),
    build: buildVariables(build, config),
    path: V.object({ cwd: V.string(input.cwd), root: V.string(input.template.pathRoot) }),
    packer: packerObject(input.version)
  };
  return { ...input.base, variables: { ...input.base.variables, ...extra } };
}
function planBuilds(input) {
  const diags = [];
  const builds = [];
  const names = /* @__PURE__ */ new Map();
  const excepted = { count: 0 };
  for (const build of input.template.builds) {
    for (const ref of build.sources) {
      const source = input.template.sources.get(ref.ref);
      if (!source) continue;
      const sourceName = ref.nameOverride ?? ref.name;
      const sourceId = `${ref.type}.${sourceName}`;
      const name = build.name ? `${build.name}.${sourceId}` : sourceId;
      if (names.has(name)) {
        diags.push(
          error("Duplicate build", `Two builds are named "${name}". Give one of them another name with source "${ref.ref}" { name = "\u2026" }.`, ref.range)
        );
        continue;
      }
      names.set(name, build.block);
      if (!selected(name, input.only, input.except)) {
        if (input.except.some((p) => globMatch(p, name))) excepted.count++;
        continue;
      }
      const body = bodyContent(source.body, DOCKER_SOURCE, diags);
      const merged = [];
      const mergedBody = mergeOverrides(body, ref.overrides, merged);
      diags.push(...merged);
      if (merged.length > 0) continue;
      const cfg = decodeDockerSource(mergedBody, contextFor(input, build, ref, sourceName), source.block);
      diags.push(...cfg.diagnostics);
      if (cfg.config?.exportPath) cfg.config.exportPath = resolve17(input.cwd, cfg.config.exportPath);
      const ctx = contextFor(input, build, ref, sourceName, cfg.config);
      const provisioners = build.provisioners.map((p) => planProvisioner(p, sourceId, sourceName, ctx, input.cwd, diags)).filter((p) => p !== void 0);
      const cleanup = build.errorCleanupProvisioner && planProvisioner(build.errorCleanupProvisioner, sourceId, sourceName, ctx, input.cwd, diags);
      const errorCleanupProvisioner = cleanup?.block ? { ...cleanup, block: { ...cleanup.block, kind: "error-cleanup-provisioner" } } : cleanup;
      const chains = build.postProcessorChains.map((chain) => planChain(chain, sourceId, ctx, input, diags, excepted)).filter((chain) => chain.length > 0);
      if (!cfg.config) continue;
      builds.push({ name, buildName: build.name, source: sourceId, sourceName, config: cfg.config, provisioners, errorCleanupProvisioner, chains });
    }
  }
  if (builds.length === 0 && diags.length === 0 && (input.only.length > 0 || input.except.length > 0)) {
    diags.push(
      error(
        "No builds selected",
        `No build name matches -only=${input.only.join(",")} -except=${input.except.join(",")}. Build names: ${[...names.keys()].join(", ")}.`
      )
    );
  }
  if (input.except.length > excepted.count && !hasErrors(diags)) {
    diags.push(
      warning(
        "an 'except' option was passed, but did not match any build.",
        `Possible build names: [${[...names.keys()].join(" ")}].
These could also be matched with a glob pattern like: 'happycloud.*'`
      )
    );
  }
  return { builds, diagnostics: diags };
}

// src/pipeline/prepare.ts
function builtInPlugin(p) {
  return BUILT_IN_PLUGINS.find((b) => b.source === p.source) ?? BUILT_IN_PLUGINS.find((b) => b.name === p.name);
}
function checkRequirements(t, plugins = true) {
  const diags = [];
  for (const v of t.requiredVersions) {
    const ok2 = satisfies(PACKER_COMPAT_VERSION, v.constraint);
    if (typeof ok2 === "string")
      diags.push(
        error(
          "Invalid version constraint",
          `This string does not use correct version constraint syntax: ${ok2}. Check out the docs: https://packer.io/docs/templates/hcl_templates/blocks/packer#version-constraints`,
          v.range
        )
      );
    else if (!ok2)
      diags.push(
        error(
          "Unsupported Packer Core version",
          `This configuration does not support Packer version ${PACKER_COMPAT_VERSION}, the version repack follows. To proceed, either choose another supported Packer version or update this version constraint. Version constraints are normally set for good reason, so updating the constraint may lead to other errors or unexpected behavior.`,
          v.range
        )
      );
  }
  for (const p of plugins ? t.requiredPlugins : []) {
    const plugin = builtInPlugin(p);
    if (!plugin) {
      diags.push(
        error(
          `Unsupported plugin "${p.name}"`,
          `repack has the docker plugin (${DOCKER_PLUGIN_SOURCE}), the ansible plugin's provisioners (${ANSIBLE_PLUGIN_SOURCE}) and the git plugin's data sources (${GIT_PLUGIN_SOURCE}) built in and supports no other plugin. Remove "${p.name}" from required_plugins.`,
          p.range
        )
      );
      continue;
    }
    if (p.source !== plugin.source) {
      diags.push(error("Unsupported plugin source", `The ${plugin.name} plugin's source is "${plugin.source}", not "${p.source}".`, p.range));
      continue;
    }
    const ok2 = p.version === "" ? true : satisfies(plugin.version, p.version);
    if (typeof ok2 === "string") diags.push(error("Invalid version constraint", `${ok2}.`, p.range));
    else if (!ok2)
      diags.push(
        error(
          "Plugin version not available",
          `The template requires the ${plugin.name} plugin ${p.version}; repack's built-in ${plugin.what} is version ${plugin.version}.`,
          p.range
        )
      );
  }
  return diags;
}
async function prepareTemplate(o) {
  const dataRuns = o.dataRuns ?? new DataSourceRuns();
  let p = prepare({ ...o, dataRuns });
  if (p.needsYaml) {
    await loadYaml();
    p = prepare({ ...o, dataRuns });
  }
  while (p.needsData) {
    await dataRuns.settle();
    p = prepare({ ...o, dataRuns });
  }
  return p;
}
function prepare(o) {
  const cwd = resolve18(o.cwd ?? process.cwd());
  const loaded3 = loadTemplate(o.template, cwd);
  const out = { diagnostics: [...loaded3.diagnostics, ...lintSudo(loaded3.templates)], sources: loaded3.sources, builds: [] };
  if (hasErrors(out.diagnostics) || o.syntaxOnly) return out;
  const { template, diagnostics, initialization } = decodeTemplate(loaded3.templates, loaded3.root, o.env ?? process.env, loaded3.pathRoot);
  out.template = template;
  if (o.console) out.diagnostics.push(...diagnostics.filter((d) => !initialization.has(d)), ...checkRequirements(template, false));
  else out.diagnostics.push(...diagnostics, ...checkSourceRefs(template), ...checkRequirements(template));
  if (hasErrors(out.diagnostics)) return out;
  const varFiles = [];
  for (const path10 of o.varFiles ?? []) {
    const f = parseSource(resolve18(cwd, path10), path10, out.sources, out.diagnostics, true);
    if (f) varFiles.push(f);
  }
  if (hasErrors(out.diagnostics)) return out;
  if (!yamlLoaded() && [...out.sources.values()].some(mayCallYaml)) return { ...out, needsYaml: true };
  const functions = standardFunctions({ baseDir: template.root, cwd });
  const vars = resolveVariables(
    template.variables,
    { env: o.env ?? process.env, autoVarFiles: loaded3.autoVarFiles, varFiles, cliVars: o.vars ?? [] },
    o.onSensitive,
    functions,
    o.console
  );
  out.diagnostics.push(...vars.diagnostics);
  if (hasErrors(out.diagnostics)) return out;
  const common = { path: V.object({ cwd: V.string(cwd), root: V.string(template.pathRoot) }), packer: packerObject(PACKER_COMPAT_VERSION) };
  const prereqs = evaluatePrereqs(
    template.dataSources,
    template.locals,
    { variables: { ...common, var: V.object(vars.values) }, functions },
    { cwd, runs: o.dataRuns ?? new DataSourceRuns(), plugins: DATA_SOURCES }
  );
  if (prereqs.waiting) return { ...out, needsData: true };
  if (o.console) {
    expandBuilds(template, { variables: { ...common, var: V.object(vars.values), data: prereqs.data, local: V.object(prereqs.local) }, functions });
    for (const name of prereqs.failed) delete prereqs.local[name];
    out.values = { var: vars.values, local: prereqs.local, data: prereqs.data };
    return out;
  }
  out.diagnostics.push(...prereqs.diagnostics);
  if (hasErrors(out.diagnostics)) return out;
  out.values = { var: vars.values, local: prereqs.local, data: prereqs.data };
  const variables = { ...common, var: V.object(vars.values), data: prereqs.data, local: V.object(prereqs.local) };
  out.diagnostics.push(...expandBuilds(template, { variables, functions }));
  out.diagnostics.push(...checkHcpRegistries(template, { variables, functions }));
  if (hasErrors(out.diagnostics)) return out;
  const plan = planBuilds({
    template,
    base: { functions, variables, onSensitive: o.onSensitive },
    cwd,
    version: PACKER_COMPAT_VERSION,
    only: o.only ?? [],
    except: o.except ?? []
  });
  out.diagnostics.push(...uniqueDiagnostics(plan.diagnostics));
  out.builds = hasErrors(out.diagnostics) ? [] : plan.builds;
  return out;
}

// src/builders/docker/steps.ts
import { createWriteStream as createWriteStream5 } from "node:fs";
import { pipeline as pipeline5 } from "node:stream/promises";

// src/cache/key.ts
import { createHash as createHash8 } from "node:crypto";
var CACHE_KEY_LABEL = "io.repack.cache.key";
var CACHE_REPOSITORY = "repack-cache";
var cacheRef = (key2) => `${CACHE_REPOSITORY}:${key2}`;
var KEY_VERSION = "repack-cache-2";
function stableJson(value) {
  return JSON.stringify(normalize2(value));
}
function normalize2(value) {
  if (value instanceof Map) return [...value].map(([k, v]) => [normalize2(k), normalize2(v)]).sort(byJson);
  if (value instanceof Set) return [...value].map(normalize2).sort(byJson);
  if (Buffer.isBuffer(value)) return { sha256: createHash8("sha256").update(value).digest("hex") };
  if (Array.isArray(value)) return value.map(normalize2);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const k of Object.keys(value).sort()) {
      const v = value[k];
      if (v !== void 0 && typeof v !== "function") out[k] = normalize2(v);
    }
    return out;
  }
  return value;
}
function byJson(a, b) {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
function chainKey(previous, description) {
  return createHash8("sha256").update(previous).update("\n").update(stableJson(description)).digest("hex");
}
function provisionerDescription(p) {
  return { type: p.type, config: p.config, provisioner: p.provisioner.describe() };
}

// src/builders/docker/cache-keys.ts
function baseKey(baseImageId, build, next = chainKey) {
  const c = build.config;
  const { image: _image, ...container } = c.container;
  return next(KEY_VERSION, {
    base: baseImageId,
    // The build's name is in the committed image's labels, the source's name in PACKER_BUILD_NAME.
    build: build.name,
    source: build.sourceName,
    container,
    // Every attribute of the source but those declared key: false (the image is keyed by its ID, commit settings by
    // the commit key, credentials not at all).
    config: c.keyed,
    // The platform the build runs for, which -platform gives a source that does not set its own.
    platform: c.platform
  });
}
function commitKey(previous, config, next = chainKey) {
  return next(previous, { commit: { changes: config.changes, author: config.author, message: config.message } });
}

// src/builders/docker/communicator.ts
import { dirname as dirname8, posix as posix6 } from "node:path";

// src/builders/docker/shell-session.ts
import { randomBytes as randomBytes3 } from "node:crypto";
var AGENT = `n=$1
printf '%s ready\\n' "$n"
doc() { b=; while IFS= read -r l; do if [ "$l" = "$n" ]; then return 0; fi; b="$b$l
"; done; exit 0; }
while :; do
  doc; p=\${b%?}; doc; k=\${b%?}; doc; c=\${b%?}; doc; s=\${b%?}
  if { printf %s "$s" > "$p" && chmod 0755 "$p"; } 2>/dev/null; then
    /bin/sh -c "$c" </dev/null; r=$?
    [ -n "$k" ] || rm -f "$p"
  else r=upload; fi
  printf '%s %s\\n' "$n" "$r"; printf '%s %s\\n' "$n" "$r" >&2
done`;
var SESSION_SCRIPT_LIMIT = 64 * 1024;
var ShellUnavailable = class extends DriverError {
};
var MarkerScanner = class {
  constructor(marker, emit, onMarker) {
    this.marker = marker;
    this.emit = emit;
    this.onMarker = onMarker;
  }
  marker;
  emit;
  onMarker;
  held = Buffer.alloc(0);
  push(chunk) {
    let buf = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
    this.held = Buffer.alloc(0);
    for (; ; ) {
      const at2 = buf.indexOf(this.marker);
      if (at2 < 0) break;
      const end = buf.indexOf(10, at2 + this.marker.length);
      if (end < 0) {
        if (at2 > 0) this.emit(buf.subarray(0, at2));
        this.held = Buffer.from(buf.subarray(at2));
        return;
      }
      if (at2 > 0) this.emit(buf.subarray(0, at2));
      this.onMarker(buf.subarray(at2 + this.marker.length, end).toString("latin1"));
      buf = buf.subarray(end + 1);
    }
    let keep = Math.min(this.marker.length - 1, buf.length);
    while (keep > 0 && !buf.subarray(buf.length - keep).equals(this.marker.subarray(0, keep))) keep--;
    if (buf.length > keep) this.emit(buf.subarray(0, buf.length - keep));
    this.held = Buffer.from(buf.subarray(buf.length - keep));
  }
};
var ShellSession = class _ShellSession {
  constructor(session) {
    this.session = session;
  }
  session;
  pending;
  queue = Promise.resolve();
  ended;
  /** Whether the shell said it is reading requests. */
  ready = false;
  nonce = `repack-${randomBytes3(16).toString("hex")}`;
  /** Starts the shell as `user`; undefined when the driver has no sessions. */
  static async start(driver, containerId, user) {
    if (!driver.execSession) return void 0;
    const shell2 = new _ShellSession(void 0);
    const marker = Buffer.from(`${shell2.nonce} `);
    const [out, err] = [0, 1].map(
      (stream) => new MarkerScanner(
        marker,
        (b) => shell2.output(stream, b),
        (st) => shell2.marker(stream, st)
      )
    );
    shell2.session = await driver.execSession(containerId, {
      cmd: ["/bin/sh", "-c", AGENT, "sh", shell2.nonce],
      user,
      onStdout: (b) => out.push(b),
      onStderr: (b) => err.push(b)
    });
    shell2.session.exited.then(
      (code) => shell2.end(
        shell2.ready ? new DriverError(`the shell in container ${containerId.slice(0, 12)} ended (exit status ${code}) before the command finished`) : new ShellUnavailable(`the shell in container ${containerId.slice(0, 12)} did not start (exit status ${code})`)
      ),
      (e) => shell2.end(e)
    );
    return shell2;
  }
  get alive() {
    return this.ended === void 0;
  }
  /** Whether this session can take the request (else the caller uploads and execs). */
  accepts(content) {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
    return this.ended === void 0 && bytes.length <= SESSION_SCRIPT_LIMIT && !bytes.includes(0) && !bytes.includes(this.nonce);
  }
  /** Writes the script and runs the command; one request at a time. */
  run(request2) {
    const next = this.queue.then(() => this.send(request2));
    this.queue = next.catch(() => void 0);
    return next;
  }
  close() {
    this.end(new DriverError("exec cancelled", void 0, "cancelled"));
  }
  send(request2) {
    return new Promise((resolve22, reject) => {
      if (this.ended !== void 0) return reject(this.ended);
      const signal = request2.signal;
      if (signal?.aborted) return reject(new DriverError("exec cancelled", void 0, "cancelled"));
      const onAbort = () => this.close();
      signal?.addEventListener("abort", onAbort, { once: true });
      const done = (f) => (v) => {
        signal?.removeEventListener("abort", onAbort);
        this.pending = void 0;
        f(v);
      };
      this.pending = { request: request2, stdout: new Capture(), stderr: new Capture(), status: [void 0, void 0], resolve: done(resolve22), reject: done(reject) };
      const doc = (text2) => [Buffer.from(text2), Buffer.from(`
${this.nonce}
`)];
      this.session?.write(Buffer.concat([...doc(request2.path), ...doc(request2.keep ? "keep" : ""), ...doc(request2.command), ...doc(request2.content)]));
    });
  }
  output(stream, chunk) {
    const p = this.pending;
    if (!p) return;
    (stream === 0 ? p.stdout : p.stderr).push(chunk);
    (stream === 0 ? p.request.onStdout : p.request.onStderr)?.(chunk);
  }
  marker(stream, status) {
    if (stream === 0 && status === "ready" && !this.ready) {
      this.ready = true;
      return;
    }
    const p = this.pending;
    if (!p) return;
    p.status[stream] = status;
    if (p.status[0] === void 0 || p.status[1] === void 0) return;
    if (status === "upload") return p.resolve({ kind: "upload" });
    if (!/^\d+$/.test(status)) return p.reject(new DriverError(`the shell in the container reported an unexpected status: ${status}`));
    p.resolve({
      kind: "ran",
      result: { exitCode: Number(status), stdout: p.stdout.text(), stderr: p.stderr.text() }
    });
  }
  end(e) {
    if (this.ended !== void 0) return;
    this.ended = e;
    this.session?.close();
    this.pending?.reject(e);
  }
};

// src/builders/docker/communicator.ts
var DockerCommunicator = class {
  constructor(driver, containerId, execUser, fixOwner = true, containerUser, shell2) {
    this.driver = driver;
    this.containerId = containerId;
    this.execUser = execUser;
    this.fixOwner = fixOwner;
    this.containerUser = containerUser;
    this.shell = shell2;
  }
  driver;
  containerId;
  execUser;
  fixOwner;
  containerUser;
  shell;
  run(command, opts = {}) {
    return this.driver.exec(this.containerId, { cmd: ["/bin/sh", "-c", `(${command})`], user: this.execUser, ...opts });
  }
  async start(command, opts) {
    const spec = { cmd: ["/bin/sh", "-c", `(${command})`], user: this.execUser, onStdout: opts.onStdout, onStderr: opts.onStderr };
    if (!this.driver.execSession) {
      const exited = this.driver.exec(this.containerId, { ...spec, signal: opts.signal }).then((r) => r.exitCode);
      return { write: () => {
      }, endInput: () => {
      }, exited, kill: () => {
      } };
    }
    const session = await this.driver.execSession(this.containerId, spec);
    return {
      write: (data) => session.write(data),
      endInput: () => session.endInput ? session.endInput() : session.close(),
      exited: session.exited,
      kill: () => session.close()
    };
  }
  async runScript(path10, content, command, opts = {}) {
    const shell2 = await this.shell?.();
    if (typeof content === "string" && shell2?.accepts(content)) {
      try {
        const outcome = await shell2.run({ ...opts, path: path10, content, command, keep: opts.keep === true });
        if (outcome.kind === "ran") return outcome.result;
      } catch (e) {
        if (!(e instanceof ShellUnavailable)) throw e;
      }
    }
    return this.uploadAndRun(path10, content, command, opts);
  }
  /** The script as an upload and an exec, as Packer's communicator does: also where the shell could not write it. */
  async uploadAndRun(path10, content, command, opts) {
    const asRoot = opts.keep === true || this.runsAsRoot();
    await this.upload(path10, content, 493);
    const result2 = await this.run(asRoot && !opts.keep ? `trap ${shellQuote(`rm -f ${shellQuote(path10)}`)} EXIT; ${command}` : command, opts);
    if (!asRoot && !opts.signal?.aborted) await this.driver.exec(this.containerId, { cmd: ["rm", "-f", path10], user: "root" });
    return result2;
  }
  async upload(path10, content, mode = 420) {
    const dir = dirname8(path10) || "/";
    await this.driver.putArchive(this.containerId, dir, tarFromContent(posix6.basename(path10), content, mode));
  }
  putArchive(dir, tar) {
    return this.driver.putArchive(this.containerId, dir, tar);
  }
  getArchive(path10) {
    return this.driver.getArchive(this.containerId, path10);
  }
  /** Do commands run as root (no exec_user, and the container's own user is root)? */
  runsAsRoot() {
    const user = (this.execUser || this.containerUser) ?? "";
    return ["", "root", "0", "0:0", "root:root"].includes(user);
  }
  async fixUploadOwner(path10) {
    if (!this.fixOwner) return;
    const owner = (this.containerUser ?? this.execUser) || "root";
    const r = await this.driver.exec(this.containerId, { cmd: ["/bin/sh", "-c", `chown -R ${shellQuote(owner)} ${shellQuote(path10)}`], user: "root" });
    if (r.exitCode !== 0) throw new Error(`Failed to set owner of the uploaded file: exit status ${r.exitCode}, ${(r.stderr || r.stdout).trim()}`);
  }
};

// src/builders/docker/build-container.ts
function describeRun(s, image) {
  const c = s.build.config.container;
  const parts = [];
  if (c.openStdin) parts.push("-i");
  if (c.tty) parts.push("-t");
  if (c.entrypoint) parts.push(`--entrypoint=${c.entrypoint.join(" ")}`);
  for (const v of c.binds ?? []) parts.push(`-v ${v}`);
  if (c.privileged) parts.push("--privileged");
  return [...parts, image, ...c.cmd ?? []].join(" ");
}
async function removeContainer(s) {
  if (!s.containerId) return;
  const id = s.containerId;
  closeShell(s);
  s.ui.say(`Killing the container: ${id}`);
  await s.driver.removeContainer(id);
  s.onResource?.({ kind: "container", id }, false);
  s.containerId = void 0;
  s.containerStarted = false;
}
async function ensureContainer(s, start) {
  const base = s.build.leg && s.base ? s.base.id : s.build.config.container.image;
  const from = s.rebasedOn ?? s.chain?.image ?? base;
  if (s.containerId && s.containerFrom !== from) await removeContainer(s);
  if (!s.containerId) {
    const spec = s.build.config.container;
    s.ui.say(start ? "Starting docker container..." : "Creating docker container from the cached image...");
    s.ui.message(`Run command: docker run ${describeRun(s, from === s.chain?.baseImage || from === base ? s.build.config.container.image : from)}`);
    const labels = { ...spec.labels, ...s.containerLabels, "io.repack.build": s.build.name };
    s.containerId = await s.driver.createContainer({ ...spec, image: from, labels, autoRemove: true });
    s.containerFrom = from;
    s.containerStarted = false;
    s.onResource?.({ kind: "container", id: s.containerId }, true);
  }
  if (start && !s.containerStarted) {
    await s.driver.startContainer(s.containerId);
    s.containerStarted = true;
    s.ui.message(`Container ID: ${s.containerId}`);
  }
  return s.containerId;
}
function closeShell(s) {
  const shell2 = s.shell;
  s.shell = void 0;
  void shell2?.session.then((session) => session?.close());
}
async function shellOf(s, containerId) {
  const current = s.shell?.containerId === containerId ? await s.shell.session : void 0;
  if (current?.alive) return current;
  const session = ShellSession.start(s.driver, containerId, s.build.config.execUser).catch(() => void 0);
  s.shell = { containerId, session };
  return session;
}
function communicatorFor(s, containerId) {
  const { execUser, fixUploadOwner, container } = s.build.config;
  const user = container.user ?? s.base?.config.User ?? "";
  return new DockerCommunicator(s.driver, containerId, execUser, fixUploadOwner, user, () => shellOf(s, containerId));
}
function lazyCommunicator(s) {
  let comm;
  const get = () => comm ??= ensureContainer(s, true).then((id) => communicatorFor(s, id));
  return new Proxy({}, {
    get(_target, method) {
      if (typeof method !== "string" || method === "then") return void 0;
      return async (...args) => {
        const c = await get();
        return c[method].apply(c, args);
      };
    }
  });
}

// src/builders/docker/steps.ts
var sleep2 = (ms, signal) => new Promise((resolve22, reject) => {
  if (signal.aborted) return reject(new BuildCancelled());
  const t = setTimeout(() => {
    signal.removeEventListener("abort", onAbort);
    resolve22();
  }, ms);
  const onAbort = () => {
    clearTimeout(t);
    reject(new BuildCancelled());
  };
  signal.addEventListener("abort", onAbort, { once: true });
});
async function pullImage(s, signal) {
  const { image, pull, platform, login, loginProblem } = s.build.config;
  if (pull && loginProblem) throw new Error(loginProblem);
  if (pull) {
    s.ui.say(`Pulling Docker image: ${image}${s.build.leg ? ` for ${platform}` : ""}`);
    let last = "";
    await s.driver.pull(image, {
      platform,
      auth: login,
      signal,
      onProgress: (e) => {
        const line = `${e.id ? `${e.id}: ` : ""}${e.status}`;
        if (!e.progress && line !== last) s.ui.message(line);
        last = line;
      }
    });
  }
  s.base = await s.driver.inspectImage(image);
  if (!s.base) throw new Error(`The image ${image} is not present${pull ? " after pulling it" : " and pull = false"}.`);
}
var pullStep = {
  name: "pull",
  async run(s, signal) {
    const { image, platform } = s.build.config;
    if (!s.build.leg) return pullImage(s, signal);
    const lock = s.withImageLock ?? ((_, fn2) => fn2());
    try {
      await lock(image, () => pullImage(s, signal));
    } catch (e) {
      if (e instanceof Error && /no matching manifest/i.test(e.message)) throw new Error(`The base image ${image} has no ${platform} image: ${e.message}`);
      throw e;
    }
    if (s.base && platform && !imageMatches(s.base, platform)) {
      const have = imagePlatform(s.base);
      throw new Error(`The base image ${image} has no ${platform} image (it is ${have ? formatPlatform(have) : "of another platform"}).`);
    }
  }
};
var cacheStep = {
  name: "cache",
  async run(s, signal) {
    if (!s.cache || !s.base) return;
    const { config } = s.build;
    if ((config.container.binds ?? []).length > 0) {
      s.ui.say("Caching is off for this build: its container mounts host paths (volumes), whose content no cache key covers.");
      s.cache = void 0;
      return;
    }
    const steps = s.build.provisioners.map((p) => ({
      effect: p.provisioner.effect ?? "image",
      describe: () => provisionerDescription(p)
    }));
    const keys = s.cache.keys;
    const next = (previous, description) => keys.next(previous, description);
    const base = { key: baseKey(s.base.id, s.build, next), image: s.base.id };
    s.chain = s.cache.chain(steps, base, config.commit ? (last) => commitKey(last, config, next) : void 0, signal, !config.discard);
  }
};
var containerStep = {
  name: "container",
  async run(s) {
    if (!s.chain) await ensureContainer(s, true);
  },
  async cleanup(s) {
    await cacheWriteSettled(s);
    if (!s.removal) await removeContainer(s);
  }
};
async function runProvisioner(s, p, signal, comm) {
  try {
    await attemptProvisioner(s, p, signal, comm);
    return true;
  } catch (e) {
    if (!p.continueOnError || e instanceof BuildCancelled || signal.aborted) throw e;
    s.ui.say(`Warning: Provisioner failed with ${goQuote(messageOf(e))}, but continue_on_error is set; continuing the build.`);
    return false;
  }
}
async function attemptProvisioner(s, p, signal, comm) {
  if (!comm && !s.containerId) throw new Error("No container to provision.");
  const communicator = comm ?? communicatorFor(s, s.containerId ?? "");
  let first;
  for (let attempt = 0; ; attempt++) {
    try {
      await attemptOnce(s, p, signal, communicator);
      return;
    } catch (e) {
      throwIfAborted(signal);
      first ??= { error: e };
      if (p.maxRetries === 0) throw e;
      if (attempt >= p.maxRetries) {
        s.ui.say("retry limit reached.");
        throw first.error;
      }
      s.ui.say(`Provisioner failed with ${goQuote(messageOf(first.error))}, retrying with ${p.maxRetries - attempt} trie(s) left`);
    }
  }
}
async function attemptOnce(s, p, signal, comm) {
  if (p.pauseBeforeMs > 0) {
    s.ui.say(`Pausing ${formatGoDuration(p.pauseBeforeMs)} before the next provisioner...`);
    await sleep2(p.pauseBeforeMs, signal);
  }
  if (p.timeoutMs > 0) s.ui.say(`Setting a ${formatGoDuration(p.timeoutMs)} timeout for the next provisioner...`);
  const timeout = p.timeoutMs > 0 ? AbortSignal.timeout(p.timeoutMs) : void 0;
  const onTimeout = () => s.ui.error("Cancelling provisioner after a timeout...");
  timeout?.addEventListener("abort", onTimeout, { once: true });
  const timedOut = () => new ProvisionerError(`Provisioner ${p.name} timed out after ${p.timeoutMs / 1e3}s.`);
  try {
    await p.provisioner.run({
      comm,
      say: s.ui.say,
      warn: s.ui.warning ?? s.ui.error,
      message: s.ui.message,
      signal: timeout ? AbortSignal.any([signal, timeout]) : signal,
      buildName: s.build.sourceName,
      builderType: "docker",
      containerId: s.containerId
    });
  } catch (e) {
    throwIfAborted(signal);
    throw timeout?.aborted ? timedOut() : e;
  } finally {
    timeout?.removeEventListener("abort", onTimeout);
  }
  throwIfAborted(signal);
  if (timeout?.aborted) throw timedOut();
}
async function provisionCached(s, chain, p, i, signal) {
  const step = `[${i + 1}/${s.build.provisioners.length}]`;
  if (p.provisioner.effect === "host") {
    s.ui.say(`${step} RUN provisioner ${p.name} (never cached: its effect is outside the image)`);
    if (!await runProvisioner(s, p, signal, lazyCommunicator(s))) chain.spoil(i);
    return;
  }
  await cacheWritten(s);
  if (await chain.served(i)) {
    s.ui.say(`${step} CACHED provisioner ${p.name} (key ${chain.keyAfter(i).slice(0, 12)})`);
    return;
  }
  const key2 = chain.usesKeys() ? chain.keyAfter(i) : void 0;
  s.ui.say(`${step} RUN provisioner ${p.name}`);
  const id = await ensureContainer(s, true);
  if (!await runProvisioner(s, p, signal, communicatorFor(s, id))) chain.spoil(i);
  if (key2 === void 0 || !chain.keeps(i)) return;
  const image = s.driver.commit(id, { changes: [`LABEL ${CACHE_KEY_LABEL}=${key2}`], pause: false }).then(async (made2) => {
    await s.cache?.keep(key2, made2, false);
    return made2;
  });
  s.cacheWrite = { image, rebase: s.build.config.commit || s.build.provisioners.slice(i + 1).some((q) => q.provisioner.effect !== "host") };
  if (s.build.provisioners[i + 1]?.provisioner.effect === "host") image.catch(() => void 0);
  else await cacheWritten(s);
}
async function cacheWritten(s) {
  const write2 = s.cacheWrite;
  if (!write2) return;
  s.cacheWrite = void 0;
  const image = await write2.image;
  if (write2.rebase) await rebase(s, image);
}
async function cacheWriteSettled(s) {
  const image = s.cacheWrite?.image;
  s.cacheWrite = void 0;
  await image?.catch(() => void 0);
}
var REBASE_MIN_BYTES = 64 * 1024 * 1024;
async function rebase(s, image) {
  const from = s.containerFrom;
  if (!from) return;
  const [made2, parent] = await Promise.all([s.driver.inspectImage(image), s.driver.inspectImage(from)]);
  if (made2?.size === void 0 || parent?.size === void 0 || made2.size - parent.size < REBASE_MIN_BYTES) return;
  s.ui.say(
    `The step added ${Math.round((made2.size - parent.size) / 1e6)} MB: the next steps run in a container made from its cache image, which the image will share`
  );
  s.rebasedOn = image;
}
function provisionStep(p, i) {
  return {
    name: `provisioner ${p.name}`,
    ...p.block ? { block: p.block } : {},
    async run(s, signal) {
      try {
        if (s.chain) await provisionCached(s, s.chain, p, i, signal);
        else await runProvisioner(s, p, signal);
      } catch (e) {
        s.provisionFailed = !(e instanceof BuildCancelled);
        throw e;
      }
    }
  };
}
var errorCleanupStep = {
  name: "error-cleanup-provisioner",
  async run() {
  },
  async cleanup(s) {
    const p = s.build.errorCleanupProvisioner;
    if (!p || !s.provisionFailed || !s.containerId) return;
    await cacheWriteSettled(s);
    s.ui.say("Provisioning step had errors: Running the cleanup provisioner, if present...");
    await runProvisioner(s, p, new AbortController().signal);
  }
};
function commitConfig(base) {
  return { Entrypoint: base?.Entrypoint ?? [], Cmd: base?.Cmd ?? null };
}
async function commitImage(s) {
  const { config } = s.build;
  const chain = s.chain;
  if (chain && await chain.servedFinal()) {
    s.imageId = chain.finalImage;
    s.ui.say("CACHED commit: the image is unchanged");
    s.ui.message(`Image ID: ${s.imageId}`);
    return;
  }
  const key2 = chain && !chain.spoiled ? chain.finalKey() : void 0;
  const container = chain ? await ensureContainer(s, false) : s.containerId;
  if (!container) throw new Error("No container to commit.");
  s.ui.say("Committing the container");
  const labels = key2 ? { Labels: { [CACHE_KEY_LABEL]: key2 } } : {};
  s.imageId = await s.driver.commit(container, {
    changes: config.changes,
    config: { ...commitConfig(s.base?.config), ...labels },
    author: config.author,
    message: config.message,
    pause: false
  });
  if (key2) await s.cache?.keep(key2, s.imageId, true);
  s.ui.message(`Image ID: ${s.imageId}`);
}
var commitStep = {
  name: "commit",
  async run(s) {
    await cacheWritten(s);
    const { config } = s.build;
    if (config.commit) {
      await commitImage(s);
    } else if (config.exportPath) {
      const container = s.chain ? await ensureContainer(s, false) : s.containerId;
      if (!container) throw new Error("No container to export.");
      s.ui.say(`Exporting the container to ${config.exportPath}`);
      await pipeline5(await s.driver.exportContainer(container), createWriteStream5(config.exportPath));
    }
    s.removal = removeContainer(s).then(
      () => void 0,
      (e) => e
    );
  }
};
function builderSteps(build) {
  return [pullStep, cacheStep, containerStep, errorCleanupStep, ...build.provisioners.map((p, i) => provisionStep(p, i)), commitStep];
}

// src/builders/docker/bootstrap.ts
import { statSync as statSync8 } from "node:fs";
import { isAbsolute as isAbsolute3, relative, resolve as resolve19, sep as sep2 } from "node:path";
var BootstrapError = class extends Error {
};
function dockerfileInContext(cwd, path10, buildDir) {
  const dir = resolve19(cwd, buildDir);
  const file2 = resolve19(cwd, path10);
  try {
    if (!statSync8(dir).isDirectory()) throw new BootstrapError(`build_dir "${buildDir}" is not a directory.`);
    if (!statSync8(file2).isFile()) throw new BootstrapError(`The Dockerfile "${path10}" is not a regular file.`);
  } catch (e) {
    if (e instanceof BootstrapError) throw e;
    throw new BootstrapError(`Cannot read ${e.path ?? path10}: ${e.code ?? String(e)}.`);
  }
  const inside2 = relative(dir, file2);
  if (inside2.startsWith(`..${sep2}`) || inside2 === ".." || isAbsolute3(inside2)) {
    throw new BootstrapError(`The Dockerfile "${path10}" must be inside build_dir "${buildDir}" (it is sent to the engine as part of the build context).`);
  }
  return { dir, dockerfile: inside2.split(sep2).join("/") };
}
async function bootstrapImage(config, driver, ui, cwd, signal, labels = {}) {
  const b = config.bootstrap;
  if (!b) return;
  if (!driver.buildImage) throw new BootstrapError("This engine driver cannot build images.");
  const { dir, dockerfile } = dockerfileInContext(cwd, b.path, b.buildDir);
  ui.say(`Building the base image from ${b.path}...`);
  const id = await driver.buildImage(tarFromHost(dir, "."), {
    dockerfile,
    buildArgs: b.arguments,
    pull: b.pull,
    platform: config.platform,
    labels,
    onOutput: ui.message,
    signal
  });
  ui.message(`Base image: ${id}`);
  config.image = id;
  config.container.image = id;
}
function bootstrapStep(cwd) {
  return {
    name: "build base image",
    // Labelled as the build's other images, so what a build made can be found and removed.
    run: (s, signal) => bootstrapImage(s.build.config, s.driver, s.ui, cwd, signal, { [REPACK_LABEL]: "true", "io.repack.build": s.build.name })
  };
}

// src/cache/chain.ts
var CacheChain = class {
  /**
   * @param finalDescription how the key of the committed image derives from the last step key (undefined when the
   *   build does not commit: then every image step keeps its own image).
   * @param probe when given, asked first for every candidate of a segment at once; `find` is then asked only for the
   *   candidates better than the probe's best hit, and need not repeat what the probe covers.
   * @param keepSteps false for mode=min: only the build's result is kept (see `keeps`). Lookups are the same either
   *   way, so step images an earlier build kept are still used.
   * @param keys how keys follow one another (private-keys.ts): `find` is never asked for a private one.
   */
  constructor(steps, base, finalKeyOf, find, noCache, probe, keepSteps = true, rules) {
    this.steps = steps;
    this.base = base;
    this.finalKeyOf = finalKeyOf;
    this.find = find;
    this.probe = probe;
    this.keepSteps = keepSteps;
    this.rules = rules;
    this.keys = new Array(steps.length);
    this.image = base.image;
    this.missed = noCache;
  }
  steps;
  base;
  finalKeyOf;
  find;
  probe;
  keepSteps;
  rules;
  keys;
  /** Lookups stop at the first miss: from there on every step runs. */
  missed;
  /** Index after the last step whose segment was looked up. */
  resolvedTo = 0;
  /** Image steps before this index are served from cache. */
  hitUntil = 0;
  /** The image holding the chain state at `hitUntil` (the base image before any hit). */
  image;
  /** The committed image itself, when its key was a hit. */
  finalImage;
  /** Image steps served from cache. */
  hits = 0;
  /** The first step that failed while the build went on (continue_on_error): from there on nothing is cached. */
  spoiledAt = Infinity;
  /** The local ID of the build's base image, where the chain starts. */
  get baseImage() {
    return this.base.image;
  }
  /** The key of the chain state after step i (host steps leave it as it was). Computed once, in order. */
  keyAfter(i) {
    let prev = this.base.key;
    for (let j = 0; j <= i; j++) {
      let k = this.keys[j];
      if (k === void 0) {
        k = this.steps[j].effect === "host" ? prev : this.rules ? this.rules.next(prev, this.steps[j].describe()) : chainKey(prev, this.steps[j].describe());
        this.keys[j] = k;
      }
      prev = k;
    }
    return prev;
  }
  finalKey() {
    if (!this.finalKeyOf) throw new Error("This build does not commit an image.");
    return this.finalKeyOf(this.steps.length === 0 ? this.base.key : this.keyAfter(this.steps.length - 1));
  }
  /** The keys of every cache image this build's result is made of: each committed step's and the final one. */
  imageKeys() {
    const out = this.steps.map((_, i) => i).filter((i) => this.commits(i)).map((i) => ({ key: this.keyAfter(i), final: false }));
    return this.finalKeyOf && !this.spoiled ? [...out, { key: this.finalKey(), final: true }] : out;
  }
  /**
   * Step i failed and the build went on: the container's state is not what the key after step i stands for, nor is
   * any state after it. Every later step runs, and neither they nor the committed image are kept.
   */
  spoil(i) {
    this.spoiledAt = Math.min(this.spoiledAt, i);
    this.missed = true;
  }
  /** Whether a step failed while the build went on (`spoil`): the committed image then has no key. */
  get spoiled() {
    return this.spoiledAt !== Infinity;
  }
  /**
   * Whether step i keeps its result as a cache image. The last step of a committing build does not: the committed
   * image is cached under the final key and holds the same filesystem, which saves one commit of the whole diff.
   */
  commits(i) {
    if (i >= this.spoiledAt) return false;
    return this.steps[i].effect === "image" && (this.finalKeyOf === void 0 || i !== this.steps.length - 1);
  }
  /**
   * Whether this build commits step i's result now: mode=max, every step `commits` names; mode=min, none (only the
   * image the build commits is kept, under the final key, as buildx's mode=min keeps only the exported image).
   */
  keeps(i) {
    return this.keepSteps && this.commits(i);
  }
  /**
   * Whether any key will still be needed: for a lookup, an image kept, or the committed image's key. Not so after a
   * miss in a mode=min build that commits no image; its steps then skip hashing what they upload (~0.5 s per 200 MB).
   */
  usesKeys() {
    return !this.spoiled && (!this.missed || this.keepSteps || this.finalKeyOf !== void 0);
  }
  /** Whether image step i is served from cache. Call in order, when the step is reached. */
  async served(i) {
    if (this.missed) return false;
    if (i >= this.resolvedTo) await this.resolveSegment(i);
    if (i < this.hitUntil) return true;
    this.missed = true;
    return false;
  }
  /** Whether the committed image is served from cache (also for builds without provisioners). */
  async servedFinal() {
    if (this.missed || !this.finalKeyOf) return false;
    if (this.finalImage === void 0 && (this.resolvedTo < this.steps.length || this.steps.length === 0)) await this.resolveSegment(this.resolvedTo);
    if (this.finalImage !== void 0) return true;
    this.missed = true;
    return false;
  }
  async resolveSegment(from) {
    let end = from;
    while (end < this.steps.length && (end === from || this.steps[end].effect === "image")) end++;
    this.resolvedTo = end;
    const count = (to) => this.steps.slice(from, to).filter((s) => s.effect === "image").length;
    const candidates = [];
    if (end === this.steps.length && this.finalKeyOf) candidates.push({ key: this.finalKey(), until: end, final: true });
    for (let j = end - 1; j >= from; j--) if (this.commits(j)) candidates.push({ key: this.keyAfter(j), until: j + 1, final: false });
    let best = candidates.length;
    let image;
    if (this.probe && candidates.length > 0) {
      const first = candidates[0].final ? 1 : 0;
      const found = first ? await this.probe([candidates[0].key]) : [];
      if (found[0] === void 0) found.push(...await this.probe(candidates.slice(first).map((c2) => c2.key)));
      best = found.findIndex((id) => id !== void 0);
      if (best < 0) best = candidates.length;
      image = found[best];
    }
    for (let i = 0; i < best; i++) {
      if (this.rules?.isPrivate(candidates[i].key)) continue;
      const hit = await this.find(candidates[i].key);
      if (hit) {
        [best, image] = [i, hit];
        break;
      }
    }
    const c = candidates[best];
    if (!c || image === void 0) {
      this.missed = true;
      return;
    }
    if (c.final) this.finalImage = image;
    else this.image = image;
    this.hits += count(c.until);
    this.hitUntil = c.until;
  }
};

// src/cache/build-cache.ts
var BuildCache = class {
  constructor(caches, noCache, warn2) {
    this.caches = caches;
    this.noCache = noCache;
    this.warn = warn2;
  }
  caches;
  noCache;
  warn;
  kept = [];
  /**
   * The chain of a build whose base image is known. The local daemon (always the first cache read) is asked about a
   * whole segment's keys at once; the other caches, one key at a time, only for keys better than its best hit.
   * @param keepSteps false: no step image is committed for this build (lookups are the same).
   */
  chain(steps, base, finalKeyOf, signal, keepSteps = true) {
    const remote = this.caches.from.filter((b) => b !== this.caches.local);
    const probe = (keys) => Promise.all(keys.map((k) => this.findIn([this.caches.local], k, signal)));
    const keep = keepSteps && this.caches.keepSteps;
    return new CacheChain(steps, base, finalKeyOf, (key2) => this.findIn(remote, key2, signal), this.noCache, probe, keep, this.caches.keys);
  }
  /** How keys follow one another in this run (private-keys.ts). */
  get keys() {
    return this.caches.keys;
  }
  /** A failing cache is a miss, never a failed build. */
  find(key2, signal) {
    return this.findIn(this.caches.from, key2, signal);
  }
  async findIn(backends, key2, signal) {
    for (const b of backends) {
      try {
        const id = await b.find(key2, signal);
        if (id) return id;
      } catch (e) {
        if (signal.aborted) throw e;
        this.warn(`Cache lookup in ${b.name} failed, building instead: ${messageOf(e)}`);
      }
    }
    return void 0;
  }
  /** Names a new cache image in the local daemon, and remembers it for the caches written at the end. */
  async keep(key2, imageId, final) {
    this.kept.push({ key: key2, imageId, final });
    try {
      await this.caches.local.keep(key2, imageId);
    } catch (e) {
      this.warn(`Naming the cache image ${imageId} failed; the next build will not find it: ${messageOf(e)}`);
    }
  }
  /**
   * Writes the build's cache images — new ones and hits alike, as buildx exports a whole chain — to every cache-to.
   * Failures are warnings: the image was built all the same.
   */
  async flush(chain, signal, say) {
    if (!chain || this.caches.to.length === 0) return;
    const all = [];
    for (const { key: key2, final } of chain.imageKeys().filter((k) => !this.caches.keys.isPrivate(k.key))) {
      const imageId = this.kept.find((k) => k.key === key2)?.imageId ?? await this.caches.from[0]?.find(key2, signal);
      if (imageId) all.push({ key: key2, imageId, final });
    }
    for (const b of this.caches.to) {
      const todo = all.filter((k) => b.save && (!b.finalOnly || k.final));
      if (todo.length === 0) continue;
      say(`Exporting ${todo.length} cache image${todo.length === 1 ? "" : "s"} to ${b.name}`);
      try {
        for (const k of todo) await b.save?.(k.key, k.imageId, signal, { baseImage: chain.baseImage });
      } catch (e) {
        if (signal.aborted) throw e;
        this.warn(`Exporting the cache to ${b.name} failed: ${messageOf(e)}`);
      }
    }
  }
};

// src/cache/gha-cache.ts
import { readFile as readFile3, rm as rm7 } from "node:fs/promises";
import path8 from "node:path";

// src/cache/actions-cache.ts
var MAX_KEY_LENGTH = 512;

// src/cache/local.ts
var LocalCache = class {
  constructor(driver) {
    this.driver = driver;
  }
  driver;
  name = "local";
  async find(key2) {
    const image = await this.driver.inspectImage(cacheRef(key2));
    return image?.labels[CACHE_KEY_LABEL] === key2 ? image.id : void 0;
  }
  /** Names a new cache image so that `find` sees it. */
  async keep(key2, imageId) {
    await this.driver.tag(imageId, CACHE_REPOSITORY, key2);
  }
};

// src/cache/gha-cache.ts
var states = /* @__PURE__ */ new WeakMap();
var ServiceDown = class extends Error {
};
function ghaEntryPrefix(scope) {
  const s = (scope ?? "repack").toLowerCase();
  if (!/^[a-z0-9._/-]+$/.test(s)) throw new Error(`type=gha: scope=${scope} may hold only letters, digits, ".", "_", "-" and "/"`);
  const prefix = `repack-${s}-`;
  if (prefix.length + 64 > MAX_KEY_LENGTH) throw new Error(`type=gha: scope=${scope} is too long (keys are at most ${MAX_KEY_LENGTH} characters)`);
  return prefix;
}
function within(dir, name) {
  const p = path8.resolve(dir, name);
  return p.startsWith(dir + path8.sep) ? p : void 0;
}
async function dropBaseLayers(dir, baseLayers2) {
  if (baseLayers2.length === 0) return;
  const manifest2 = JSON.parse(await readFile3(path8.join(dir, "manifest.json"), "utf8"));
  for (const m of manifest2) {
    const configFile = within(dir, m.Config);
    if (!configFile) continue;
    const config = JSON.parse(await readFile3(configFile, "utf8"));
    const diffIds = config.rootfs?.diff_ids ?? [];
    for (let i = 0; i < baseLayers2.length && i < diffIds.length && diffIds[i] === baseLayers2[i]; i++) {
      const layer = within(dir, m.Layers[i] ?? "");
      if (layer) await rm7(layer, { force: true });
    }
  }
}
var GhaCache = class {
  /** @param warn reports an entry that could not be saved or loaded (the build goes on). */
  constructor(driver, client, scope, warn2, finalOnly = false) {
    this.driver = driver;
    this.client = client;
    this.warn = warn2;
    this.finalOnly = finalOnly;
    this.prefix = ghaEntryPrefix(scope);
    this.name = `gha${scope ? ` (scope ${scope})` : ""}`;
    this.local = new LocalCache(driver);
    let state = states.get(client);
    if (!state) states.set(client, state = { queue: Promise.resolve() });
    this.state = state;
  }
  driver;
  client;
  warn;
  finalOnly;
  name;
  prefix;
  local;
  state;
  entryKey(key2) {
    return `${this.prefix}${key2}`;
  }
  /** Restores the entry into the daemon; only an image carrying the exact key counts. */
  find(key2, signal) {
    return this.exclusive(signal, async () => {
      const staged = await this.client.stage();
      try {
        if (!await this.service(() => this.client.restore(this.entryKey(key2), staged))) return void 0;
        signal.throwIfAborted();
        await this.driver.loadImage(tarFromHost(staged.dir, "."));
      } finally {
        await staged.remove();
      }
      return this.local.find(key2);
    });
  }
  async save(key2, imageId, signal, context) {
    await this.exclusive(signal, async () => {
      const entry = this.entryKey(key2);
      if (await this.service(() => this.client.has(entry))) return;
      const staged = await this.client.stage();
      try {
        await this.driver.tag(imageId, CACHE_REPOSITORY, key2);
        await extractTarToHost(await this.driver.saveImages([cacheRef(key2)]), staged.dir);
        const base = context?.baseImage ? await this.driver.inspectImage(context.baseImage) : void 0;
        await dropBaseLayers(staged.dir, base?.layers ?? []);
        signal.throwIfAborted();
        await this.service(() => this.client.save(entry, staged));
      } finally {
        await staged.remove();
      }
    });
  }
  /** Runs `work` after the client's other calls; once the service failed, does nothing (a miss). */
  exclusive(signal, work) {
    const run3 = async () => {
      if (this.state.broken !== void 0) return void 0;
      signal.throwIfAborted();
      try {
        return await work();
      } catch (e) {
        if (signal.aborted) throw e;
        if (!(e instanceof ServiceDown)) throw e;
        this.state.broken = e.message;
        this.warn(`The GitHub Actions cache is off for the rest of this run: ${e.message}`);
        return void 0;
      }
    };
    const next = this.state.queue.then(run3, run3);
    this.state.queue = next.catch(() => void 0);
    return next;
  }
  async service(call) {
    try {
      return await call();
    } catch (e) {
      throw new ServiceDown(messageOf(e));
    }
  }
};

// src/cache/machine-secret.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { closeSync as closeSync3, fstatSync as fstatSync2, lstatSync as lstatSync4, mkdirSync as mkdirSync4, openSync as openSync3, readFileSync as readFileSync8, renameSync as renameSync3, writeFileSync as writeFileSync4 } from "node:fs";
import os3 from "node:os";
import path9 from "node:path";
var SIZE = 32;
function machineSecretFile(env = process.env) {
  return path9.join(env.XDG_CACHE_HOME || path9.join(os3.homedir(), ".cache"), "repack", "cache-key.secret");
}
function readOwn(file2) {
  let fd;
  try {
    if (!lstatSync4(file2).isFile()) return void 0;
    fd = openSync3(file2, "r");
  } catch {
    return void 0;
  }
  try {
    const st = fstatSync2(fd);
    const mine = typeof process.getuid !== "function" || st.uid === process.getuid();
    if (!st.isFile() || !mine || (st.mode & 63) !== 0 || st.size !== SIZE) return void 0;
    return readFileSync8(fd);
  } finally {
    closeSync3(fd);
  }
}
function loadMachineSecret(file2 = machineSecretFile()) {
  const known = readOwn(file2);
  if (known) return known;
  const secret = randomBytes4(SIZE);
  try {
    mkdirSync4(path9.dirname(file2), { recursive: true, mode: 448 });
    const tmp = `${file2}.${process.pid}.${randomBytes4(4).toString("hex")}.tmp`;
    writeFileSync4(tmp, secret, { mode: 384, flag: "wx" });
    renameSync3(tmp, file2);
    return readOwn(file2) ?? secret;
  } catch {
    return secret;
  }
}
var loaded2;
function machineSecret() {
  loaded2 ??= loadMachineSecret();
  return loaded2;
}

// src/cache/private-keys.ts
import { createHmac } from "node:crypto";
var CacheKeys = class {
  /**
   * @param sensitive every sensitive value of the run (a live collection: values are added as they are evaluated).
   * @param secret the machine's HMAC key, asked for only when a step reads a sensitive value.
   */
  constructor(sensitive = [], secret = () => {
    throw new Error("no secret to key a sensitive step with");
  }) {
    this.sensitive = sensitive;
    this.secret = secret;
  }
  sensitive;
  secret;
  privateKeys = /* @__PURE__ */ new Set();
  /** The key after `previous` for a step described by `description`. */
  next(previous, description) {
    if (this.privateKeys.has(previous)) return this.mark(chainKey(previous, description));
    const json = stableJson(description);
    if (!this.readsSensitive(json)) return chainKey(previous, description);
    return this.mark(createHmac("sha256", this.secret()).update(previous).update("\n").update(json).digest("hex"));
  }
  /** Whether the key (or one before it in its chain) came from a sensitive value: it stays in the local daemon. */
  isPrivate(key2) {
    return this.privateKeys.has(key2);
  }
  mark(key2) {
    this.privateKeys.add(key2);
    return key2;
  }
  /** Whether the description holds a sensitive value, as it is or JSON-escaped. */
  readsSensitive(json) {
    for (const value of this.sensitive) {
      if (value === "") continue;
      if (json.includes(value) || json.includes(JSON.stringify(value).slice(1, -1))) return true;
    }
    return false;
  }
};

// src/cache/registry.ts
var MISSING = /manifest unknown|not found|no such|does not exist/i;
var RegistryCache = class {
  /** @param warn reports a failed lookup that is not a plain miss (the build goes on as if missed). */
  constructor(driver, ref, warn2, finalOnly = false) {
    this.driver = driver;
    this.warn = warn2;
    this.finalOnly = finalOnly;
    const parsed = parseReference(ref);
    if ("error" in parsed) throw new Error(`type=registry: ref=${ref} is not an image reference: ${parsed.error}`);
    if (parsed.ref.digest) throw new Error(`type=registry: ref=${ref} names a digest; give a repository, and a tag to prefix the cache keys with`);
    const { tag } = parsed.ref;
    if (tag !== void 0 && tag.length > 63)
      throw new Error(`type=registry: the tag of ref=${ref} is longer than 63 characters; the cache key must fit after it`);
    this.repository = parsed.ref.name;
    this.prefix = tag === void 0 ? "" : `${tag}-`;
    this.name = `registry ${ref}`;
  }
  driver;
  warn;
  finalOnly;
  name;
  repository;
  prefix;
  tagOf(key2) {
    return `${this.prefix}${key2}`;
  }
  async find(key2, signal) {
    const ref = `${this.repository}:${this.tagOf(key2)}`;
    const local = await this.driver.inspectImage(ref);
    if (local?.labels[CACHE_KEY_LABEL] === key2) return local.id;
    try {
      await this.driver.pull(ref, { signal });
    } catch (e) {
      if (signal.aborted) throw e;
      const message = messageOf(e);
      if (!(e instanceof DriverError) || !MISSING.test(message)) this.warn(`Cache lookup in ${this.name} failed, building instead: ${message}`);
      return void 0;
    }
    const pulled = await this.driver.inspectImage(ref);
    if (pulled?.labels[CACHE_KEY_LABEL] !== key2) return void 0;
    await this.driver.tag(pulled.id, CACHE_REPOSITORY, key2);
    return pulled.id;
  }
  async save(key2, imageId, signal) {
    const tag = this.tagOf(key2);
    await this.driver.tag(imageId, this.repository, tag);
    await this.driver.push(this.repository, tag, { signal });
  }
};

// src/cache/options.ts
function open(spec, direction, o, driver, warn2) {
  switch (spec.type) {
    case "local":
      return void 0;
    // the daemon is always read and written
    case "registry":
      return new RegistryCache(driver, spec.attrs.ref, warn2, direction === "to" && spec.attrs.mode === "min");
    case "gha":
      if (!o.gha) throw new Error("type=gha works only in the repack GitHub Action (it needs the Actions cache service); use type=registry,ref=\u2026 elsewhere");
      return new GhaCache(driver, o.gha, spec.attrs.scope, warn2, direction === "to" && spec.attrs.mode === "min");
  }
}
function openCaches(o, driver, warn2) {
  const local = new LocalCache(driver);
  const list = (specs, direction) => (specs ?? []).map((s) => open(s, direction, o, driver, warn2)).filter((b) => b !== void 0);
  const localMode = (o.to ?? []).filter((s) => s.type === "local" && s.attrs.mode !== void 0).at(-1)?.attrs.mode;
  const keys = new CacheKeys(o.sensitive, machineSecret);
  return { local, keepSteps: localMode !== "min", from: [local, ...list(o.from, "from")], to: list(o.to, "to"), keys };
}

// src/pipeline/chains.ts
import { rm as rm8 } from "node:fs/promises";
import { resolve as resolve20 } from "node:path";

// src/plugin/build-error.ts
function blockContext(block) {
  const kind = block.kind === "error-cleanup-provisioner" ? "error-cleanup-provisioner" : block.kind;
  return `${kind} "${block.type}"`;
}
function buildErrorCode(e, otherwise) {
  if (e instanceof BuildCancelled) return "cancelled";
  if (e instanceof DriverError && (e.code === "daemon-unreachable" || e.code === "connection-lost")) return "daemon-unreachable";
  return otherwise;
}
function toBuildError(e, step, block, otherwise) {
  const code = buildErrorCode(e, otherwise);
  return { code, message: code === "cancelled" ? "Build was cancelled." : messageOf(e), step, ...block ? { block } : {} };
}
function errorText(errors) {
  return errors.map((e) => e.platform ? `${e.platform}: ${e.message}` : e.message).join("\n");
}

// src/pipeline/chains.ts
function keepInput(pp, keep, forceKeep) {
  if (pp.keepInputArtifact === void 0) return keep;
  if (keep && forceKeep && !pp.keepInputArtifact) return true;
  return pp.keepInputArtifact;
}
async function destroyArtifact(a, driver, cwd) {
  if (a.files.length > 0) {
    for (const f of a.files) await rm8(resolve20(cwd, f), { recursive: true, force: true });
    return;
  }
  const refs = a.tags.length > 0 ? a.tags.map(formatReference) : a.imageId ? [a.imageId] : [];
  for (const ref of refs) await driver.removeImage(ref);
}
function label(pp) {
  return pp.name === pp.type ? pp.type : `${pp.name} (type ${pp.type})`;
}
async function runChains(builder, chains, ctx, cwd) {
  const artifacts = [];
  const errors = [];
  const destroy = async (a, what, pp) => {
    await destroyArtifact(a, ctx.driver, cwd).catch((e) => {
      const failed = toBuildError(e, pp ? `post-processor ${pp.name}` : "artifact cleanup", pp?.block, "post-processor-failed");
      errors.push({ ...failed, message: `Failed cleaning up ${what}: ${messageOf(e)}` });
    });
  };
  let keepOriginal = chains.length === 0;
  for (const chain of chains) {
    let prior = builder;
    let failed = false;
    for (const [i, pp] of chain.entries()) {
      ctx.say(`Running post-processor: ${label(pp)}`);
      let out;
      try {
        out = await pp.postProcessor.run(prior, ctx);
      } catch (e) {
        errors.push(toBuildError(e, `post-processor ${pp.name}`, pp.block, "post-processor-failed"));
        failed = true;
        break;
      }
      const keep = keepInput(pp, out.keep, out.forceKeep);
      if (i === 0) keepOriginal ||= keep;
      else if (keep) artifacts.push(prior);
      else if (prior !== out.artifact) await destroy(prior, `the input of ${pp.type}`, pp);
      prior = out.artifact;
    }
    if (!failed) artifacts.push(prior);
    if (ctx.signal.aborted) break;
  }
  if (keepOriginal) artifacts.unshift(builder);
  else await destroy(builder, "the builder's artifact");
  return { artifacts: artifacts.filter((a, i) => artifacts.indexOf(a) === i), errors };
}
function resultArtifact(a) {
  return { builderId: a.builderId, id: artifactId(a), description: artifactDescription(a), files: [...a.files] };
}

// src/pipeline/run-builds.ts
function repositoryLocks() {
  const tails = /* @__PURE__ */ new Map();
  return (repository, fn2) => {
    const prev = tails.get(repository) ?? Promise.resolve();
    const next = prev.then(fn2, fn2);
    tails.set(
      repository,
      next.catch(() => void 0)
    );
    return next;
  };
}
function builderArtifact(b, imageId) {
  const c = b.config;
  if (c.commit && imageId)
    return { builderId: BUILDER_ID.dockerImport, id: imageId, description: `Imported Docker image: ${imageId}`, files: [], imageId, tags: [], digests: [] };
  if (c.exportPath)
    return {
      builderId: BUILDER_ID.dockerExport,
      id: "Container",
      description: `Exported Docker file: ${c.exportPathAsWritten ?? c.exportPath}`,
      files: [c.exportPath],
      tags: [],
      digests: []
    };
  return void 0;
}
function engineRestartRetry(ui) {
  return {
    // A daemon shutting down drops the requests in flight before it stops answering: both are worth waiting for.
    retryable: (e) => buildErrorCode(e, "builder-failed") === "daemon-unreachable",
    attempts: 16,
    delayMs: 1e3,
    onRetry: (step, _e, attempt) => {
      if (attempt === 1) ui.error(`Cleanup of ${step}: the Docker daemon is unreachable; retrying for up to 15 seconds...`);
    }
  };
}
function warn(ui, build, message) {
  if (ui.warning) ui.warning(build, message);
  else ui.error(build, message);
}
function ended(ui, build, text2, failed, failures) {
  if (ui.buildEnded) ui.buildEnded(build, text2, failed, failures);
  else if (failed) ui.error(build, text2);
  else ui.say(build, text2);
}
function fail3(result2, failures) {
  result2.failures = failures;
  result2.error = errorText(failures);
}
async function runBuild(b, o, withRepositoryLock, caches, withImageLock) {
  const started = Date.now();
  const clock = performance.now();
  const ui = {
    say: (m) => o.ui.say(b.name, m),
    message: (m) => o.ui.message(b.name, m),
    error: (m) => o.ui.error(b.name, m),
    warning: (m) => warn(o.ui, b.name, m)
  };
  const result2 = {
    name: b.name,
    buildName: b.buildName,
    source: b.source,
    tags: [],
    digests: [],
    artifacts: [],
    cache: { hits: 0, steps: b.provisioners.length },
    durationMs: 0
  };
  const state = { build: b, driver: o.driver, ui, onResource: o.onResource, containerLabels: o.containerLabels, withImageLock };
  if (caches) state.cache = new BuildCache(caches, o.cache?.noCache === true, ui.warning);
  const cleanupError = (step, e) => ui.error(`Cleanup of ${step} failed: ${messageOf(e)}`);
  const steps = b.config.bootstrap ? [bootstrapStep(o.cwd), ...builderSteps(b)] : builderSteps(b);
  const ask = o.onError === "ask" && o.ask ? o.ask : void 0;
  const failure2 = await runSteps(
    steps,
    state,
    o.signal,
    cleanupError,
    o.onError === "cleanup" || o.onError === "ask",
    engineRestartRetry(ui),
    ask && ((step, e) => ask(b.name, step, messageOf(e)))
  );
  if (failure2 !== void 0) {
    if (o.onError === "run-cleanup-provisioner") await errorCleanupStep.cleanup?.(state).catch((e) => cleanupError("error-cleanup-provisioner", e));
    closeShell(state);
    if (o.onError !== "cleanup" && state.containerId) ui.error(`Leaving the container ${state.containerId} for inspection (-on-error=${o.onError}).`);
    const step = failure2.step;
    const code = step?.block ? "provisioner-failed" : "builder-failed";
    fail3(result2, [toBuildError(failure2.error, step?.name ?? "start", step?.block, code)]);
    ended(o.ui, b.name, `Build '${b.name}' errored after ${elapsed(clock)}: ${result2.error}`, true, result2.failures);
    result2.durationMs = Date.now() - started;
    return result2;
  }
  result2.cache.hits = state.chain?.hits ?? 0;
  result2.imageId = state.imageId;
  const built = builderArtifact(b, state.imageId);
  await state.cache?.flush(state.chain, o.signal, ui.say);
  if (built) {
    const ctx = {
      driver: o.driver,
      say: ui.say,
      message: ui.message,
      signal: o.signal,
      push: o.push,
      withRepositoryLock,
      buildName: b.sourceName,
      builderType: "docker",
      runUuid: RUN_UUID,
      ...b.leg && o.indexes ? { leg: { build: b.leg.of, platform: b.leg.platform, indexes: o.indexes, base: state.base?.id } } : {}
    };
    const outcome = await runChains(built, b.chains, ctx, o.cwd);
    for (const a of outcome.artifacts) {
      for (const t of a.tags.map(formatReference)) if (!result2.tags.includes(t)) result2.tags.push(t);
      for (const d of a.digests)
        if (!result2.digests.some((x) => x.repository === d.repository && x.tag === d.tag && x.digest === d.digest)) result2.digests.push(d);
      result2.artifacts.push(resultArtifact(a));
    }
    if (outcome.errors.length > 0) {
      fail3(result2, o.signal.aborted ? [{ code: "cancelled", message: "Build was cancelled.", step: "post-processors" }] : outcome.errors);
      ended(o.ui, b.name, `Build '${b.name}' errored after ${elapsed(clock)}: ${result2.error}`, true, result2.failures);
    }
  }
  const removalError = await state.removal;
  if (removalError !== void 0) cleanupError("container", removalError);
  result2.durationMs = Date.now() - started;
  if (!result2.error) ended(o.ui, b.name, `Build '${b.name}' finished after ${elapsed(clock)}.`, false);
  return result2;
}
var DURATION_UNITS = [
  ["day", 864e8],
  ["hour", 36e8],
  ["minute", 6e7],
  ["second", 1e6],
  ["millisecond", 1e3],
  ["microsecond", 1]
];
function durationInWords(us) {
  let rest = Math.max(0, Math.floor(us));
  const parts = [];
  for (const [unit, size] of DURATION_UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 && parts.length < 2) parts.push(`${n} ${unit}${n === 1 ? "" : "s"}`);
  }
  return parts.length > 0 ? parts.join(" ") : "0 microseconds";
}
function elapsed(since) {
  return durationInWords((performance.now() - since) * 1e3);
}
async function runBuilds(builds, o) {
  const results = new Array(builds.length);
  const limit = o.parallelBuilds > 0 ? o.parallelBuilds : builds.length;
  const withRepositoryLock = repositoryLocks();
  const withImageLock = repositoryLocks();
  const caches = o.cache ? openCaches(o.cache, o.driver, (m) => warn(o.ui, "cache", m)) : void 0;
  let next = 0;
  const worker = async () => {
    while (next < builds.length) {
      const i = next++;
      results[i] = await runBuild(builds[i], o, withRepositoryLock, caches, withImageLock);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, builds.length) }, worker));
  return results;
}

// src/pipeline/legs.ts
function legName(build, platform) {
  return `${build} (${platform})`;
}
function platformLegs(builds, platforms, notes) {
  if (platforms.length === 0) return builds;
  return builds.flatMap((b) => {
    if (b.config.platform) {
      notes(b.name, `The source sets platform = "${b.config.platform}": it is built for that platform only, not for ${platforms.join(", ")}.`);
      return [b];
    }
    return platforms.map((platform) => ({
      ...b,
      name: legName(b.name, platform),
      config: {
        ...b.config,
        platform,
        container: { ...b.config.container, platform },
        ...b.config.exportPath ? { exportPath: platformPath(b.config.exportPath, platform) } : {},
        ...b.config.exportPathAsWritten ? { exportPathAsWritten: platformPath(b.config.exportPathAsWritten, platform) } : {}
      },
      leg: { platform, of: b.name }
    }));
  });
}
function legArtifact(a, platform) {
  return { ...a, description: `(${platform}) ${a.description}` };
}
function addFailures(combined, failures) {
  combined.failures = [...combined.failures ?? [], ...failures];
  combined.error = errorText(combined.failures);
}
function combineLegs(results, builds, indexes) {
  const out = [];
  const groups = /* @__PURE__ */ new Map();
  results.forEach((r, i) => {
    const leg = builds[i].leg;
    if (!leg) return out.push(r);
    let combined = groups.get(leg.of);
    if (!combined) {
      combined = { ...r, name: leg.of, imageId: void 0, tags: [], digests: [], artifacts: [], cache: { hits: 0, steps: 0 }, durationMs: 0, platforms: [] };
      delete combined.error;
      delete combined.failures;
      groups.set(leg.of, combined);
      out.push(combined);
    }
    combined.platforms?.push({ platform: leg.platform, imageId: r.imageId, digests: r.digests, ...r.error ? { error: r.error } : {} });
    for (const t of r.tags) if (!combined.tags.includes(t)) combined.tags.push(t);
    combined.artifacts.push(...r.artifacts.map((a) => legArtifact(a, leg.platform)));
    combined.cache = { hits: combined.cache.hits + r.cache.hits, steps: combined.cache.steps + r.cache.steps };
    combined.durationMs = Math.max(combined.durationMs, r.durationMs);
    if (r.failures)
      addFailures(
        combined,
        r.failures.map((f) => ({ ...f, platform: leg.platform }))
      );
  });
  for (const [name, combined] of groups) {
    const index2 = indexes.get(name);
    if (!index2) continue;
    combined.digests = index2.digests;
    combined.artifacts.unshift(...index2.artifacts);
    if (index2.errors.length > 0) addFailures(combined, index2.errors);
  }
  return out;
}

// src/pipeline/run.ts
function sensitiveLeaves(v) {
  if (v.sensitive) return leafStrings(v);
  switch (v.kind) {
    case "list":
    case "set":
    case "tuple":
      return v.items.flatMap(sensitiveLeaves);
    case "map":
    case "object":
      return Object.values(v.attrs).flatMap(sensitiveLeaves);
    default:
      return [];
  }
}
function platformDigests(builds, results) {
  const out = /* @__PURE__ */ new Map();
  builds.forEach((b, i) => {
    if (!b.leg) return;
    const outcome = out.get(b.leg.of) ?? { digests: [], artifacts: [], errors: [] };
    outcome.digests.push(...results[i].digests);
    out.set(b.leg.of, outcome);
  });
  return out;
}
async function runTemplate(o) {
  const sensitive = /* @__PURE__ */ new Set();
  const onSensitive = (value) => {
    sensitive.add(value);
    o.onSensitive?.(value);
  };
  const p = await prepareTemplate({ ...o, onSensitive });
  if (!hasErrors(p.diagnostics) && o.extra) p.diagnostics.push(...addTagsAndLabels(p.builds, o.extra));
  if (hasErrors(p.diagnostics)) return { diagnostics: p.diagnostics, sources: p.sources, results: [] };
  for (const v of [...Object.values(p.values?.var ?? {}), ...Object.values(p.values?.local ?? {})]) sensitiveLeaves(v).forEach((s) => sensitive.add(s));
  o.onPrepared?.();
  const driver = o.driver ?? (await import("./4F3VUNYF.js")).connectDocker(o.env ?? process.env);
  const reaped = await reapDeadRuns(driver);
  for (const id of reaped.containers) o.ui.say("cleanup", `Removed container ${id.slice(0, 12)} left by a run that was killed`);
  if (reaped.dirs.length > 0)
    o.ui.say("cleanup", `Removed ${reaped.dirs.length} temporary director${reaped.dirs.length === 1 ? "y" : "ies"} left by runs that were killed`);
  const platforms = o.platforms ?? [];
  const builds = platformLegs(p.builds, platforms, (build, m) => o.ui.warning ? o.ui.warning(build, m) : o.ui.say(build, m));
  const indexes = new IndexCollector();
  const results = await runBuilds(builds, {
    driver,
    ui: o.ui,
    signal: o.signal ?? new AbortController().signal,
    parallelBuilds: o.parallelBuilds ?? 0,
    onError: o.onError ?? "cleanup",
    ask: o.ask,
    push: o.push ?? true,
    onResource: o.onResource,
    containerLabels: { ...o.containerLabels, [OWNER_LABEL]: currentOwner() },
    cache: o.cache ? { ...o.cache, sensitive } : void 0,
    cwd: resolve21(o.cwd ?? process.cwd()),
    indexes
  });
  if (!builds.some((b) => b.leg)) return { diagnostics: p.diagnostics, sources: p.sources, results };
  const legsOf = /* @__PURE__ */ new Map();
  const failed = /* @__PURE__ */ new Set();
  builds.forEach((b, i) => {
    if (!b.leg) return;
    legsOf.set(b.leg.of, [...legsOf.get(b.leg.of) ?? [], b.leg.platform]);
    if (results[i].error !== void 0) failed.add(b.leg.of);
  });
  const pushed = o.pushByDigest ? platformDigests(builds, results) : await indexes.push(legsOf, failed, (build, m) => o.ui.say(build, m));
  return { diagnostics: p.diagnostics, sources: p.sources, results: combineLegs(results, builds, pushed) };
}

// src/hcl/format/diagnostic-text.ts
var ansi = { bold: "\x1B[1m", red: "\x1B[31m", yellow: "\x1B[33m", underline: "\x1B[4m", reset: "\x1B[0m" };
function contextString(text2, file2, offset) {
  if (file2.endsWith(".json")) return "";
  const { file: parsed } = parseFile(text2, file2);
  for (const item of parsed.body.items) {
    if (item.kind !== "block") continue;
    if (item.range.start.offset <= offset && offset < item.range.end.offset) {
      return [item.type, ...item.labels.map((l) => JSON.stringify(l))].join(" ");
    }
  }
  return "";
}
function sourceLine(text2, line) {
  const lines2 = text2.split(/\r?\n/);
  return line >= 1 && line <= lines2.length ? lines2[line - 1] : void 0;
}
function caretLine(lineText, range2, prefixWidth) {
  const chars = graphemes(lineText);
  const startCol = range2.start.column;
  const endCol = range2.end.line === range2.start.line ? range2.end.column : chars.length + 1;
  const lead = chars.slice(0, startCol - 1).map((c) => c === "	" ? "	" : " ").join("");
  const width = Math.max(1, Math.min(endCol, chars.length + 1) - startCol);
  return " ".repeat(prefixWidth) + lead + "^".repeat(width);
}
function formatDiagnostic(d, sources, opts = {}) {
  const color = opts.color === true;
  const label2 = d.severity === "error" ? "Error" : "Warning";
  const head = color ? `${ansi.bold}${d.severity === "error" ? ansi.red : ansi.yellow}${label2}: ${ansi.reset}${ansi.bold}${d.summary}${ansi.reset}` : `${label2}: ${d.summary}`;
  const out = [head, ""];
  const r = d.range;
  const text2 = r ? sources.get(r.file) : void 0;
  if (r) {
    const context = text2 !== void 0 ? contextString(text2, r.file, r.start.offset) : "";
    out.push(`  on ${r.file} line ${r.start.line}${context ? `, in ${context}` : ""}:`);
    const lineText = text2 !== void 0 ? sourceLine(text2, r.start.line) : void 0;
    if (lineText !== void 0) {
      const prefix = `  ${r.start.line}: `;
      if (color) {
        const chars = graphemes(lineText);
        const s = r.start.column - 1;
        const e = r.end.line === r.start.line ? r.end.column - 1 : chars.length;
        out.push(prefix + chars.slice(0, s).join("") + ansi.underline + chars.slice(s, e).join("") + ansi.reset + chars.slice(e).join(""));
      } else out.push(prefix + lineText);
      out.push(caretLine(lineText, r, prefix.length));
    }
    out.push("");
  }
  if (d.detail) out.push(d.detail);
  return `${out.join("\n").replace(/\n+$/, "")}
`;
}
function diagnosticsToJSON(diags, sources = /* @__PURE__ */ new Map()) {
  return diags.map((d) => {
    const out = { severity: d.severity, summary: d.summary, detail: d.detail ?? "" };
    const r = d.range;
    if (r) {
      out.range = {
        filename: r.file,
        start: { line: r.start.line, column: r.start.column, byte: r.start.offset },
        end: { line: r.end.line, column: r.end.column, byte: r.end.offset }
      };
      const text2 = sources.get(r.file);
      const code = text2 !== void 0 ? sourceLine(text2, r.start.line) : void 0;
      if (text2 !== void 0 && code !== void 0) {
        const context = contextString(text2, r.file, r.start.offset);
        out.snippet = { context: context || null, code, start_line: r.start.line };
      }
    }
    return out;
  });
}

// src/cache/spec.ts
var KEYS = {
  // type=local is the daemon's own images: it takes no directory, only (to write) a mode.
  "cache-from": { local: [], registry: ["ref"], gha: ["scope", "url", "token"] },
  "cache-to": { local: ["mode"], registry: ["ref", "mode"], gha: ["scope", "url", "token", "mode"] }
};
var TYPES = Object.keys(KEYS["cache-from"]);
var MODES = ["min", "max"];
function isCacheType(t) {
  return TYPES.includes(t);
}
function fields2(line) {
  const out = [];
  let current = "";
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (quoted) throw new Error("a double quote is not closed");
  out.push(current.trim());
  return out.filter((f) => f !== "");
}
function parseLine(line, direction) {
  const parts = fields2(line);
  if (parts.length === 1 && !parts[0].includes("=")) return { type: "registry", attrs: { ref: parts[0] } };
  const attrs2 = {};
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq <= 0) throw new Error(`"${part}" is not key=value`);
    attrs2[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  const { type, ...rest } = attrs2;
  if (type === void 0) throw new Error(`no type= given (expected type=${TYPES.join(", type=")})`);
  if (!isCacheType(type)) throw new Error(`unknown cache type "${type}" (expected ${TYPES.join(", ")})`);
  const allowed = KEYS[direction][type];
  for (const key2 of Object.keys(rest)) {
    if (!allowed.includes(key2)) {
      const takes = allowed.length > 0 ? `it takes: ${allowed.join(", ")}` : "it is the local Docker daemon's images and takes nothing";
      throw new Error(`type=${type} does not take "${key2}" in ${direction} (${takes})`);
    }
  }
  if (type === "registry" && !rest.ref) throw new Error("type=registry needs ref=IMAGE");
  if (rest.mode !== void 0 && !MODES.includes(rest.mode)) {
    throw new Error(`mode=${rest.mode} is not min or max`);
  }
  return { type, attrs: rest };
}
function parseCacheSpecs(raw, direction) {
  const specs = [];
  raw.split(/\r?\n/).forEach((text2, i) => {
    const line = text2.trim();
    if (line === "") return;
    try {
      specs.push(parseLine(line, direction));
    } catch (e) {
      const problem = messageOf(e);
      throw new Error(`Input "${direction}", line ${i + 1} (${line}): ${problem}`);
    }
  });
  return specs;
}

// src/pipeline/metadata.ts
function failureMetadata(f) {
  return {
    code: f.code,
    step: f.step,
    message: f.message,
    ...f.block ? { file: f.block.range.file, line: f.block.range.start.line, block: blockContext(f.block) } : {},
    ...f.platform ? { platform: f.platform } : {}
  };
}
function buildMetadata(results) {
  return results.map((r) => ({
    name: r.name,
    build: r.buildName,
    source: r.source,
    "image-id": r.imageId ?? null,
    tags: r.tags,
    digests: Object.fromEntries(r.digests.map((d) => [d.repository, d.digest])),
    pushed: r.digests,
    artifacts: r.artifacts,
    cache: r.cache,
    "duration-ms": r.durationMs,
    error: r.error ?? null,
    failures: (r.failures ?? []).map(failureMetadata),
    ...r.platforms ? { platforms: r.platforms.map((p) => ({ platform: p.platform, "image-id": p.imageId ?? null, pushed: p.digests, error: p.error ?? null })) } : {}
  }));
}

export {
  hasErrors,
  consoleNumber,
  compareStrings,
  V,
  isKnown,
  fromJS,
  isAscii,
  graphemes,
  evaluate,
  scanTokens,
  parseFile,
  parseExpressionText,
  OCI_INDEX,
  indexDocument,
  sha256,
  normalisePlatform,
  formatPlatform,
  parsePlatforms,
  addTagsAndLabels,
  reapDeadRuns,
  packerObject,
  consolePlaceholders,
  loadYaml,
  mayCallYaml,
  standardFunctions,
  DOCKER_PLUGIN_VERSION,
  DOCKER_PLUGIN_SOURCE,
  decodeTemplate,
  DataSourceRuns,
  loadTemplate,
  REPACK_VERSION,
  PACKER_COMPAT_VERSION,
  parseDuration2 as parseDuration,
  builtInPlugin,
  checkRequirements,
  prepareTemplate,
  CACHE_KEY_LABEL,
  blockContext,
  elapsed,
  runTemplate,
  formatDiagnostic,
  diagnosticsToJSON,
  parseCacheSpecs,
  buildMetadata
};

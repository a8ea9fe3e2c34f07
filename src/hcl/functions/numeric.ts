// Numeric functions as cty's stdlib has them: abs ceil floor log max min parseint pow signum. log and pow go through
// float64 (math.Log / math.Pow), signum through a Go int; the others stay exact.
import { BigFloat } from '../value/bigfloat.js';
import type { HclFunction } from './function.js';
import { compareNumbers, fromBig, numberOf, precOf, type NumberValue } from '../value/number.js';
import { T, V, type Value } from '../value/value.js';
import { ArgError, fn, FunctionError, param, str } from './helpers.js';
import { goPow } from './go-pow.js';

function numberArg(v: Value, index: number): NumberValue {
  if (v.kind === 'number') return v;
  throw new ArgError(index, 'number required');
}

const INT64_RANGE = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';

/** gocty's conversion to a Go int (an error for fractions and beyond int64). */
export function goInt(v: NumberValue): number | undefined {
  if (!v.big) return Number.isInteger(v.value) && Math.abs(v.value) <= 2 ** 63 && v.value !== 2 ** 63 ? v.value : undefined;
  const { int, acc } = v.big.toInt();
  if (int === undefined || acc !== 0 || int < -(2n ** 63n) || int >= 2n ** 63n) return undefined;
  return Number(int);
}

let maxFloatText: string | undefined;

/** gocty's conversion to a float64: rounding is fine, overflowing to an infinity is not. */
function goFloat(v: NumberValue): number {
  if (!v.big) return v.value;
  const d = v.big.toNumber();
  if (!Number.isFinite(d) && !v.big.isInf()) {
    maxFloatText ??= BigFloat.fromNumber(Number.MAX_VALUE).text('f', 6);
    throw new FunctionError(`value must be between -${maxFloatText} and ${maxFloatText} inclusive`);
  }
  return d;
}

/** cty.NumberFloatVal: precision 53; a NaN makes big.Float panic, which cty's function layer reports. */
function floatResult(d: number): Value {
  if (Number.isNaN(d)) throw new FunctionError('panic in function implementation: Float.SetFloat64(NaN)');
  return numberOf(d, 53);
}

/** Floor (down) or ceiling (up) as cty computes them: the integer part adjusted, at the argument's precision. */
function rounded(v: NumberValue, up: boolean): Value {
  if (!v.big) return numberOf((up ? Math.ceil(v.value) : Math.floor(v.value)) + 0, precOf(v));
  if (v.big.isInf()) return v;
  const { int, acc } = v.big.toInt();
  let i = int ?? 0n;
  if (up && acc < 0) i += 1n;
  if (!up && acc > 0) i -= 1n;
  return fromBig(BigFloat.fromBigInt(i, v.big.prec));
}

function extreme(isBetter: (candidate: NumberValue, best: NumberValue) => boolean, start: number): HclFunction {
  return fn(
    [],
    (args) => {
      if (args.length === 0) throw new FunctionError('must pass at least one number');
      let best: NumberValue = numberOf(start, 53);
      args.forEach((a, i) => {
        const n = numberArg(a, i);
        if (isBetter(n, best)) best = n;
      });
      return best;
    },
    { varParam: param('numbers', T.number), returnType: T.number },
  );
}

/** big.Int.SetString(text, base) for bases 2 to 62: an optional sign, then digits only. */
function parseBigInt(text: string, base: number): bigint | undefined {
  const m = /^([+-]?)(.+)$/s.exec(text);
  if (!m) return undefined;
  let n = 0n;
  const b = BigInt(base);
  for (const ch of m[2]) {
    const c = ch.charCodeAt(0);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 87;
    else if (c >= 65 && c <= 90) d = base <= 36 ? c - 55 : c - 29;
    else return undefined;
    if (d >= base) return undefined;
    n = n * b + BigInt(d);
  }
  return m[1] === '-' ? -n : n;
}

export function numericFunctions(): Record<string, HclFunction> {
  return {
    abs: fn(
      [param('num', T.number)],
      ([a]) => {
        const n = numberArg(a, 0);
        return n.big ? fromBig(n.big.abs()) : numberOf(Math.abs(n.value), precOf(n));
      },
      { returnType: T.number },
    ),
    ceil: fn([param('num', T.number)], ([a]) => rounded(numberArg(a, 0), true), { returnType: T.number }),
    floor: fn([param('num', T.number)], ([a]) => rounded(numberArg(a, 0), false), { returnType: T.number }),
    signum: fn(
      [param('num', T.number)],
      ([a]) => {
        const n = goInt(numberArg(a, 0));
        if (n === undefined) throw new FunctionError(INT64_RANGE);
        return V.number(n < 0 ? -1 : n > 0 ? 1 : 0);
      },
      { returnType: T.number },
    ),
    log: fn(
      [param('num', T.number), param('base', T.number)],
      ([n, b]) => floatResult(Math.log(goFloat(numberArg(n, 0))) / Math.log(goFloat(numberArg(b, 1)))),
      { returnType: T.number },
    ),
    pow: fn([param('num', T.number), param('power', T.number)], ([n, p]) => floatResult(goPow(goFloat(numberArg(n, 0)), goFloat(numberArg(p, 1)))), {
      returnType: T.number,
    }),
    max: extreme((c, best) => compareNumbers(c, best) > 0, -Infinity),
    min: extreme((c, best) => compareNumbers(c, best) < 0, Infinity),
    parseint: fn(
      [param('number', T.dynamic), param('base', T.number)],
      ([n, b]) => {
        if (n.kind !== 'string') throw new ArgError(0, 'first argument must be a string, not ' + n.kind);
        const text = str(n);
        const base = goInt(numberArg(b, 1));
        if (base === undefined) throw new ArgError(1, INT64_RANGE);
        if (base < 2 || base > 62) throw new ArgError(1, 'base must be a whole number between 2 and 62 inclusive');
        const i = parseBigInt(text, base);
        if (i === undefined) throw new ArgError(0, `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
        return fromBig(BigFloat.fromBigInt(i));
      },
      { returnType: T.number },
    ),
  };
}

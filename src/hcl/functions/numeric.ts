// Numeric functions: abs ceil floor log max min parseint pow signum.
import type { HclFunction } from '../function.js';
import { T, V } from '../value.js';
import { ArgError, fn, FunctionError, int, num, param, str } from './helpers.js';

const unary = (f: (n: number) => number): HclFunction => fn([param('num', T.number)], ([a]) => V.number(f(num(a))), { returnType: T.number });

function extreme(pick: (a: number, b: number) => number): HclFunction {
  return fn(
    [],
    (args) => {
      if (args.length === 0) throw new FunctionError('must pass at least one number');
      return V.number(args.map((a, i) => num(a, i)).reduce((a, b) => pick(a, b)));
    },
    { varParam: param('numbers', T.number), returnType: T.number },
  );
}

const digits = '0123456789abcdefghijklmnopqrstuvwxyz';

const WHOLE_INT64 = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';

/** cty cannot hold NaN: Packer's log and pow fail (a recovered panic) where the result would be one. */
function notNaN(n: number): ReturnType<typeof V.number> {
  if (Number.isNaN(n)) throw new FunctionError('panic in function implementation: Float.SetFloat64(NaN)');
  return V.number(n);
}

function parseInt_(text: string, base: number): number {
  if (base < 2 || base > 62) throw new ArgError(1, 'must be between 2 and 62 inclusive');
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '') throw new ArgError(0, `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
  let n = 0n;
  for (const ch of s) {
    let d = digits.indexOf(ch.toLowerCase());
    if (base > 36) {
      const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(ch);
      d = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 87 : upper >= 0 ? upper + 36 : -1;
    }
    if (d < 0 || d >= base) throw new ArgError(0, `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
    n = n * BigInt(base) + BigInt(d);
  }
  return sign * Number(n);
}

export function numericFunctions(): Record<string, HclFunction> {
  return {
    abs: unary(Math.abs),
    ceil: unary(Math.ceil),
    floor: unary(Math.floor),
    signum: unary((n) => {
      if (!Number.isInteger(n) || Math.abs(n) > 2 ** 63) throw new FunctionError(WHOLE_INT64);
      return n > 0 ? 1 : n < 0 ? -1 : 0;
    }),
    log: fn([param('num', T.number), param('base', T.number)], ([n, b]) => notNaN(Math.log(num(n)) / Math.log(num(b, 1))), {
      returnType: T.number,
    }),
    pow: fn([param('num', T.number), param('power', T.number)], ([n, p]) => notNaN(num(n) ** num(p, 1)), { returnType: T.number }),
    max: extreme(Math.max),
    min: extreme(Math.min),
    parseint: fn(
      [param('number', T.dynamic), param('base', T.number)],
      ([n, b]) => {
        if (n.kind !== 'string') throw new ArgError(0, 'first argument must be a string, not ' + n.kind);
        return V.number(parseInt_(str(n), int(b, 1)));
      },
      { returnType: T.number },
    ),
  };
}

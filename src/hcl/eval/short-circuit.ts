// `&&` and `||` as HCL decides them before calling the operator (hclsyntax OpLogicalAnd/OpLogicalOr ShortCircuit):
// a known deciding operand settles the result and drops the other side's diagnostics; null counts as false there.
import type { Diagnostic } from '../diagnostics.js';
import { T, V, type Value } from '../value/value.js';

export interface Settled {
  value: Value;
  diagnostics: Diagnostic[];
}

const hasError = (d: readonly Diagnostic[]): boolean => d.some((x) => x.severity === 'error');

/** The settled result, or undefined when the operator itself must run. */
export function shortCircuit(op: '&&' | '||', lhs: Value, rhs: Value, lhsDiags: Diagnostic[], rhsDiags: Diagnostic[]): Settled | undefined {
  const lk = lhs.kind !== 'unknown';
  const rk = rhs.kind !== 'unknown';
  const decides = op === '&&' ? (v: Value) => !(v.kind === 'bool' && v.value) : (v: Value) => v.kind === 'bool' && v.value;
  const result = op === '||';
  if (!lk && !rk) return hasError(lhsDiags) ? undefined : { value: V.unknown(T.bool), diagnostics: lhsDiags };
  if (lk && decides(lhs)) return { value: V.bool(result), diagnostics: lhsDiags };
  if (rk && decides(rhs)) return { value: V.bool(result), diagnostics: rhsDiags };
  if (!lk) return { value: V.unknown(T.bool), diagnostics: lhsDiags };
  if (!rk) return { value: V.unknown(T.bool), diagnostics: rhsDiags };
  return undefined;
}

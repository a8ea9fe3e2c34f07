// Building blocks for function definitions: parameter shorthands, typed argument readers and result builders.
import { ArgError, FunctionError, type FunctionParam, type HclFunction } from './function.js';
import { unifyTypes } from '../value/types.js';
import { T, typeOf, V, type Type, type Value } from '../value/value.js';

export { ArgError, FunctionError };

export const param = (name: string, type: Type, extra: Partial<FunctionParam> = {}): FunctionParam => ({ name, type, ...extra });

export function fn(
  params: FunctionParam[],
  impl: HclFunction['impl'],
  opts: { varParam?: FunctionParam; returnType?: HclFunction['returnType'] | Type } = {},
): HclFunction {
  const { varParam, returnType } = opts;
  const rt = returnType === undefined ? undefined : typeof returnType === 'function' ? returnType : () => returnType;
  return { params, impl, varParam, returnType: rt };
}

export function str(v: Value, index = 0): string {
  if (v.kind === 'string') return v.value;
  throw new ArgError(index, 'string required');
}

export function num(v: Value, index = 0): number {
  if (v.kind === 'number') return v.value;
  throw new ArgError(index, 'number required');
}

export function bool(v: Value, index = 0): boolean {
  if (v.kind === 'bool') return v.value;
  throw new ArgError(index, 'bool required');
}

export function int(v: Value, index = 0): number {
  const n = num(v, index);
  // A number with an exact form beside its double is a fraction or beyond 2^53 (which cty's int64 may still hold).
  const fraction = v.kind === 'number' && v.big !== undefined && !v.big.isInt();
  if (!Number.isInteger(n) || fraction) throw new ArgError(index, 'value must be a whole number');
  return n;
}

/** gocty's conversion of a number to a Go int (int64), exactly; cty's message for a fraction or beyond int64. */
export function int64(v: Value, index = 0): bigint {
  num(v, index);
  const n = v as Extract<Value, { kind: 'number' }>;
  const exact = n.big ? n.big.toInt() : Number.isInteger(n.value) ? { int: BigInt(n.value), acc: 0 } : { int: undefined, acc: 1 };
  if (exact.int === undefined || exact.acc !== 0 || exact.int < -(2n ** 63n) || exact.int >= 2n ** 63n) {
    throw new FunctionError('value must be a whole number, between -9223372036854775808 and 9223372036854775807');
  }
  return exact.int;
}

/** The elements of a list, set or tuple. */
export function items(v: Value, index = 0): Value[] {
  if (v.kind === 'list' || v.kind === 'set' || v.kind === 'tuple') return v.items;
  throw new ArgError(index, 'list, set or tuple required');
}

/** The attributes of a map or object. */
export function attrs(v: Value, index = 0): Record<string, Value> {
  if (v.kind === 'map' || v.kind === 'object') return v.attrs;
  throw new ArgError(index, 'map or object required');
}

export const strings = (vs: string[]): Value => V.list(vs.map(V.string), T.string);

/** A list whose element type is the one its elements share. */
export function listOf(vs: Value[], element?: Type): Value {
  return V.list(vs, element ?? unifyTypes(vs.map(typeOf)) ?? T.dynamic);
}

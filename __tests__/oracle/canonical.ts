// repack values and types in the plain form the oracle fixtures record Packer's in: numbers as the exact decimal text
// cty writes ({ n: "0.3" }, "+Inf"), null and unknown as markers, collections as arrays in iteration order, types as
// cty's JSON type notation (["list","string"], ["object",{…}]).
import { numberToString } from '../../src/hcl/value/number.js';
import { typeOf, type Type, type Value } from '../../src/hcl/value/value.js';

export type Plain = null | string | number | boolean | Plain[] | { [k: string]: Plain };

export function plainValue(v: Value): Plain {
  switch (v.kind) {
    case 'null':
      return { null: true };
    case 'unknown':
      return { unknown: true };
    case 'string':
    case 'bool':
      return v.value;
    case 'number':
      // cty has no NaN: one here is a repack bug, shown as a difference rather than a crash of the comparison.
      return { n: Number.isNaN(v.value) && !v.big ? 'NaN' : numberToString(v) };
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.map(plainValue);
    case 'map':
    case 'object':
      return Object.fromEntries(Object.entries(v.attrs).map(([k, a]) => [k, plainValue(a)]));
  }
}

export function plainType(t: Type): Plain {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'dynamic':
      return t.kind;
    case 'list':
    case 'set':
    case 'map':
      return [t.kind, plainType(t.element)];
    case 'tuple':
      return ['tuple', t.elements.map(plainType)];
    case 'object':
      return ['object', Object.fromEntries(Object.entries(t.attributes).map(([k, a]) => [k, plainType(a)]))];
  }
}

export function plainTypeOf(v: Value): Plain {
  return plainType(typeOf(v));
}

/** Deep equality of plain values; object key order does not matter (cty objects and maps have none). */
export function plainEqual(a: Plain, b: Plain): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => plainEqual(x, b[i]));
  }
  const ak = Object.keys(a);
  return ak.length === Object.keys(b).length && ak.every((k) => Object.hasOwn(b, k) && plainEqual(a[k], b[k]));
}

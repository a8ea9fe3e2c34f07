// HCL's typed value model (as go-cty): primitive string/number/bool, collections list/set/map, structural
// tuple/object, plus null and unknown of a type. Any value may carry the `sensitive` mark, which survives every
// operation that derives a value from it.
import type { BigFloat } from './bigfloat.js';
import { nfc } from './nfc.js';

export type Type =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'bool' }
  | { kind: 'dynamic' }
  | { kind: 'list'; element: Type }
  | { kind: 'set'; element: Type }
  | { kind: 'map'; element: Type }
  | { kind: 'tuple'; elements: Type[] }
  | { kind: 'object'; attributes: Record<string, Type>; optional?: string[]; defaults?: Record<string, Value> };

// Each member keeps its own kind in its type, so a schema's attribute types can be read at compile time
// (config/schema.ts derives a config's TypeScript type from them).
export const T = {
  string: { kind: 'string' } as { kind: 'string' },
  number: { kind: 'number' } as { kind: 'number' },
  bool: { kind: 'bool' } as { kind: 'bool' },
  dynamic: { kind: 'dynamic' } as { kind: 'dynamic' },
  list: <E extends Type>(element: E): { kind: 'list'; element: E } => ({ kind: 'list', element }),
  set: <E extends Type>(element: E): { kind: 'set'; element: E } => ({ kind: 'set', element }),
  map: <E extends Type>(element: E): { kind: 'map'; element: E } => ({ kind: 'map', element }),
  tuple: (elements: Type[]): Type => ({ kind: 'tuple', elements }),
  object: <A extends Record<string, Type>>(attributes: A): { kind: 'object'; attributes: A } => ({ kind: 'object', attributes }),
};

interface Marks {
  sensitive?: boolean;
}

export type Value = Marks &
  (
    | { kind: 'null'; type: Type }
    | { kind: 'unknown'; type: Type }
    | { kind: 'string'; value: string }
    // `value` is the nearest double; `big` the exact number when that double is not it; `prec` cty's precision in
    // bits (see number.ts).
    | { kind: 'number'; value: number; prec?: number; big?: BigFloat }
    | { kind: 'bool'; value: boolean }
    | { kind: 'list'; items: Value[]; element: Type }
    | { kind: 'set'; items: Value[]; element: Type }
    | { kind: 'tuple'; items: Value[] }
    | { kind: 'map'; attrs: Record<string, Value>; element: Type }
    | { kind: 'object'; attrs: Record<string, Value> }
  );

/** An empty attribute record; fill it with setAttr when the names come from a template. */
export function newAttrs(): Record<string, Value> {
  return {};
}

/**
 * Sets an attribute so that any name is an ordinary key, as in cty: `__proto__` becomes an own property rather than
 * the prototype. Lookups use Object.hasOwn, so `constructor` or `toString` are never found on the prototype either.
 * (Prototype-free records would do the same but are kept in V8's slow dictionary mode: +20% on validate.)
 */
export function setAttr<T>(attrs: Record<string, T>, name: string, value: T): void {
  if (name === '__proto__') Object.defineProperty(attrs, name, { value, enumerable: true, writable: true, configurable: true });
  else attrs[name] = value;
}

export const V = {
  null: (type: Type = T.dynamic): Value => ({ kind: 'null', type }),
  unknown: (type: Type = T.dynamic): Value => ({ kind: 'unknown', type }),
  string: (value: string): Value => ({ kind: 'string', value: nfc(value) }),
  number: (value: number): Value => ({ kind: 'number', value }),
  bool: (value: boolean): Value => ({ kind: 'bool', value }),
  tuple: (items: Value[]): Value => ({ kind: 'tuple', items }),
  object: (attrs: Record<string, Value>): Value => ({ kind: 'object', attrs }),
  list: (items: Value[], element: Type = T.dynamic): Value => ({ kind: 'list', items, element }),
  map: (attrs: Record<string, Value>, element: Type = T.dynamic): Value => ({ kind: 'map', attrs, element }),
};

/** The type of a value, as HCL would name it in a message. */
export function typeOf(v: Value): Type {
  switch (v.kind) {
    case 'null':
    case 'unknown':
      return v.type;
    case 'string':
    case 'number':
    case 'bool':
      return { kind: v.kind };
    case 'list':
    case 'set':
      return { kind: v.kind, element: v.element };
    case 'map':
      return { kind: 'map', element: v.element };
    case 'tuple':
      return { kind: 'tuple', elements: v.items.map(typeOf) };
    case 'object':
      return { kind: 'object', attributes: Object.fromEntries(Object.entries(v.attrs).map(([k, a]) => [k, typeOf(a)])) };
  }
}

export function typeName(t: Type): string {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return t.kind;
    case 'dynamic':
      return 'any';
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind} of ${typeName(t.element)}`;
    case 'tuple':
      return 'tuple';
    case 'object':
      return 'object';
  }
}

export function isKnown(v: Value): boolean {
  switch (v.kind) {
    case 'unknown':
      return false;
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.every(isKnown);
    case 'map':
    case 'object':
      return Object.values(v.attrs).every(isKnown);
    default:
      return true;
  }
}

export function isSensitive(v: Value): boolean {
  if (v.sensitive) return true;
  switch (v.kind) {
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.some(isSensitive);
    case 'map':
    case 'object':
      return Object.values(v.attrs).some(isSensitive);
    default:
      return false;
  }
}

export function markSensitive(v: Value): Value {
  return { ...v, sensitive: true };
}

export type JsValue = null | string | number | boolean | JsValue[] | { [k: string]: JsValue };

/** Plain JS for a known value (unknown becomes null). */
export function toJS(v: Value): JsValue {
  switch (v.kind) {
    case 'null':
    case 'unknown':
      return null;
    case 'string':
    case 'number':
    case 'bool':
      return v.value;
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.map(toJS);
    case 'map':
    case 'object':
      return Object.fromEntries(Object.entries(v.attrs).map(([k, a]) => [k, toJS(a)]));
  }
}

/** A value for plain JS data: arrays become tuples, objects become objects (as JSON decoding does in HCL). */
export function fromJS(js: unknown): Value {
  if (js === null || js === undefined) return V.null();
  if (typeof js === 'string') return V.string(js);
  if (typeof js === 'number') return V.number(js);
  if (typeof js === 'boolean') return V.bool(js);
  if (Array.isArray(js)) return V.tuple(js.map(fromJS));
  if (typeof js === 'object') {
    return V.object(Object.fromEntries(Object.entries(js as Record<string, unknown>).map(([k, a]) => [k, fromJS(a)])));
  }
  return V.string(String(js));
}

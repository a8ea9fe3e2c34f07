// cty's type conversion: primitives convert through their string forms, tuples to lists/sets, objects to maps or
// to object types (with `optional` attributes and their defaults), element types unified where the target says `any`.
import { equalityText, numberToString, parseNumberValue } from './number.js';
import { setItems } from './set-order.js';
import { hasDynamic, typeEquals, unifyTypes } from './types.js';
import { newAttrs, setAttr, typeName, typeOf, V, type Type, type Value } from './value.js';

export { parseTypeExpr } from '../eval/type-expr.js';

export type ConvertResult = { value: Value } | { error: string };

class ConversionError extends Error {}

function fail(message: string): never {
  throw new ConversionError(message);
}

function withMark(v: Value, from: Value): Value {
  return from.sensitive ? { ...v, sensitive: true } : v;
}

function describe(t: Type): string {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind} of ${typeName(t.element)}`;
    case 'dynamic':
      return 'any value';
    default:
      return typeName(t);
  }
}

/** The value converted to `type`, or cty's reason why not (e.g. `a number is required`). */
export function convert(value: Value, type: Type): ConvertResult {
  try {
    return { value: conv(value, type, '') };
  } catch (e: unknown) {
    if (e instanceof ConversionError) return { error: e.message };
    throw e;
  }
}

function at(path: string, message: string): string {
  return path === '' ? message : `${path}: ${message}`;
}

function conv(v: Value, t: Type, path: string): Value {
  if (t.kind === 'dynamic') return v;
  if (v.kind === 'null') return withMark(V.null(t), v);
  if (v.kind === 'unknown') {
    if (v.type.kind !== 'dynamic' && unifyTypes([v.type, t]) === undefined && !convertibleType(v.type, t)) {
      fail(at(path, `${describe(t)} required`));
    }
    return withMark(V.unknown(t), v);
  }
  switch (t.kind) {
    case 'string':
      return withMark(toStringValue(v, path), v);
    case 'number':
      return withMark(toNumberValue(v, path), v);
    case 'bool':
      return withMark(toBoolValue(v, path), v);
    case 'list':
    case 'set': {
      if (v.kind !== 'list' && v.kind !== 'set' && v.kind !== 'tuple') fail(at(path, `${describe(t)} required`));
      let items = v.items.map((item, i) => conv(item, t.element, at(path, `element ${i}`)));
      let element = t.element;
      if (hasDynamic(t.element)) {
        const unified = unifyTypes(items.map(typeOf));
        if (unified === undefined) fail(at(path, `all ${t.kind} elements must have the same type`));
        items = items.map((item) => conv(item, unified, path));
        element = unified;
      }
      if (t.kind === 'set') return withMark({ kind: 'set', items: setItems(items), element }, v);
      return withMark({ kind: 'list', items, element }, v);
    }
    case 'map': {
      if (v.kind !== 'map' && v.kind !== 'object') fail(at(path, `${describe(t)} required`));
      let attrs = newAttrs();
      for (const [k, a] of Object.entries(v.attrs)) setAttr(attrs, k, conv(a, t.element, at(path, `element ${JSON.stringify(k)}`)));
      let element = t.element;
      if (hasDynamic(t.element)) {
        const unified = unifyTypes(Object.values(attrs).map(typeOf));
        if (unified === undefined) fail(at(path, 'all map elements must have the same type'));
        attrs = Object.fromEntries(Object.entries(attrs).map(([k, a]) => [k, conv(a, unified, path)]));
        element = unified;
      }
      return withMark(V.map(attrs, element), v);
    }
    case 'tuple': {
      if (v.kind !== 'tuple' && v.kind !== 'list') fail(at(path, 'tuple required'));
      if (v.items.length !== t.elements.length) fail(at(path, `tuple required with exactly ${t.elements.length} elements`));
      return withMark(V.tuple(v.items.map((item, i) => conv(item, t.elements[i], at(path, `element ${i}`)))), v);
    }
    case 'object': {
      if (v.kind !== 'object' && v.kind !== 'map') fail(at(path, 'object required'));
      const optional = new Set(t.optional ?? []);
      const attrs = newAttrs();
      for (const [name, at_] of Object.entries(t.attributes)) {
        const given = Object.hasOwn(v.attrs, name) ? v.attrs[name] : undefined;
        if (given === undefined) {
          if (!optional.has(name)) fail(at(path, `attribute ${JSON.stringify(name)} is required`));
          const dflt = t.defaults?.[name];
          setAttr(attrs, name, dflt !== undefined ? conv(dflt, at_, at(path, `attribute ${JSON.stringify(name)}`)) : V.null(at_));
          continue;
        }
        const converted = conv(given, at_, at(path, `attribute ${JSON.stringify(name)}`));
        const dflt = t.defaults?.[name];
        setAttr(attrs, name, converted.kind === 'null' && dflt !== undefined ? conv(dflt, at_, path) : converted);
      }
      return withMark(V.object(attrs), v);
    }
  }
}

function convertibleType(from: Type, to: Type): boolean {
  if (to.kind === 'dynamic' || from.kind === 'dynamic') return true;
  const prim = (k: string): boolean => k === 'string' || k === 'number' || k === 'bool';
  if (prim(from.kind) && prim(to.kind)) return from.kind === to.kind || from.kind === 'string' || to.kind === 'string';
  if (to.kind === 'list' || to.kind === 'set') return from.kind === 'list' || from.kind === 'set' || from.kind === 'tuple';
  if (to.kind === 'map' || to.kind === 'object') return from.kind === 'map' || from.kind === 'object';
  if (to.kind === 'tuple') return from.kind === 'tuple' || from.kind === 'list';
  return typeEquals(from, to);
}

function toStringValue(v: Value, path: string): Value {
  switch (v.kind) {
    case 'string':
      return V.string(v.value);
    case 'number':
      return V.string(numberToString(v));
    case 'bool':
      return V.string(v.value ? 'true' : 'false');
    default:
      return fail(at(path, 'string required'));
  }
}

function toNumberValue(v: Value, path: string): Value {
  if (v.kind === 'number') return v.sensitive ? unmarkedNumber(v) : v;
  if (v.kind === 'string') {
    const n = parseNumberValue(v.value);
    if (n === undefined) fail(at(path, 'a number is required'));
    return n;
  }
  return fail(at(path, 'number required'));
}

function unmarkedNumber(v: Extract<Value, { kind: 'number' }>): Value {
  const copy = { ...v };
  delete copy.sensitive;
  return copy;
}

function toBoolValue(v: Value, path: string): Value {
  if (v.kind === 'bool') return V.bool(v.value);
  if (v.kind === 'string') {
    // cty: "1" and "0" convert too; "True" gets a hint.
    if (v.value === 'true' || v.value === '1') return V.bool(true);
    if (v.value === 'false' || v.value === '0') return V.bool(false);
    const lower = v.value.toLowerCase();
    if (lower === 'true' || lower === 'false') fail(at(path, `a bool is required; to convert from string, use lowercase "${lower}"`));
    fail(at(path, 'a bool is required'));
  }
  return fail(at(path, 'bool required'));
}

/** A canonical string for a wholly known value (undefined when any part is unknown). */
export function valueKey(v: Value): string | undefined {
  switch (v.kind) {
    case 'unknown':
      return undefined;
    case 'null':
      return 'null';
    case 'string':
      return `s${JSON.stringify(v.value)}`;
    case 'number':
      return `n${equalityText(v)}`;
    case 'bool':
      return v.value ? 'T' : 'F';
    case 'list':
    case 'set':
    case 'tuple': {
      const parts: string[] = [];
      for (const item of v.items) {
        const k = valueKey(item);
        if (k === undefined) return undefined;
        parts.push(k);
      }
      const sorted = v.kind === 'set' ? [...parts].sort() : parts;
      return `[${sorted.join(',')}]`;
    }
    case 'map':
    case 'object': {
      const parts: string[] = [];
      for (const name of Object.keys(v.attrs).sort()) {
        const k = valueKey(v.attrs[name]);
        if (k === undefined) return undefined;
        parts.push(`${JSON.stringify(name)}:${k}`);
      }
      return `{${parts.join(',')}}`;
    }
  }
}

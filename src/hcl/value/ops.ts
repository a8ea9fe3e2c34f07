// Operations on values shared by the evaluator and the functions: equality, marks, element access.
import { valueKey } from './convert.js';
import { typeEquals } from './types.js';
import { isKnown, newAttrs, setAttr, typeOf, type Value } from './value.js';

/** cty's equality: undefined when either side is not wholly known. */
export function valuesEqual(a: Value, b: Value): boolean | undefined {
  if (a.kind === 'null' || b.kind === 'null') {
    if (a.kind === 'unknown' || b.kind === 'unknown') return undefined;
    return a.kind === 'null' && b.kind === 'null';
  }
  if (!isKnown(a) || !isKnown(b)) return undefined;
  if (!typeEquals(typeOf(a), typeOf(b))) return false;
  return valueKey(a) === valueKey(b);
}

/** `v` marked sensitive when any of `from` is sensitive at its top level. */
export function withMarksOf(v: Value, ...from: Value[]): Value {
  return from.some((f) => f.sensitive) && !v.sensitive ? { ...v, sensitive: true } : v;
}

/** The value without its top-level mark. */
export function unmark(v: Value): Value {
  if (!v.sensitive) return v;
  const copy = { ...v };
  delete copy.sensitive;
  return copy;
}

/** The elements of a list, set or tuple (in order), or the values of a map or object (by key). */
export function elementsOf(v: Value): [Value, Value][] {
  switch (v.kind) {
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.map((item, i) => [v.kind === 'set' ? item : { kind: 'number', value: i }, item]);
    case 'map':
    case 'object':
      return Object.keys(v.attrs)
        .sort()
        .map((k) => [{ kind: 'string', value: k }, v.attrs[k]]);
    default:
      return [];
  }
}

/** The value with every sensitive mark removed, and whether there was any. */
export function unmarkDeep(v: Value): [Value, boolean] {
  let marked = !!v.sensitive;
  const strip = (x: Value): Value => {
    const [u, m] = unmarkDeep(x);
    if (m) marked = true;
    return u;
  };
  let out: Value;
  switch (v.kind) {
    case 'list':
    case 'set':
      out = { kind: v.kind, items: v.items.map(strip), element: v.element };
      break;
    case 'tuple':
      out = { kind: 'tuple', items: v.items.map(strip) };
      break;
    case 'map':
      out = { kind: 'map', attrs: mapValues(v.attrs, strip), element: v.element };
      break;
    case 'object':
      out = { kind: 'object', attrs: mapValues(v.attrs, strip) };
      break;
    default:
      out = unmark(v);
  }
  return [out, marked];
}

function mapValues(attrs: Record<string, Value>, f: (v: Value) => Value): Record<string, Value> {
  const out = newAttrs();
  for (const [k, v] of Object.entries(attrs)) setAttr(out, k, f(v));
  return out;
}

// Type relations of the value model: equality, friendly names, and the unification HCL uses to give a collection
// built from mixed elements (or the two arms of a conditional) one element type.
import { T, type Type } from './value.js';

export function typeEquals(a: Type, b: Type): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'list':
    case 'set':
    case 'map':
      return typeEquals(a.element, (b as typeof a).element);
    case 'tuple': {
      const bt = b as typeof a;
      return a.elements.length === bt.elements.length && a.elements.every((t, i) => typeEquals(t, bt.elements[i]));
    }
    case 'object': {
      const bo = b as typeof a;
      const ak = Object.keys(a.attributes);
      const bk = Object.keys(bo.attributes);
      return ak.length === bk.length && ak.every((k) => k in bo.attributes && typeEquals(a.attributes[k], bo.attributes[k]));
    }
    default:
      return true;
  }
}

/** True when the type contains `any` somewhere (so values of it keep their own, more specific types). */
export function hasDynamic(t: Type): boolean {
  switch (t.kind) {
    case 'dynamic':
      return true;
    case 'list':
    case 'set':
    case 'map':
      return hasDynamic(t.element);
    case 'tuple':
      return t.elements.some(hasDynamic);
    case 'object':
      return Object.values(t.attributes).some(hasDynamic);
    default:
      return false;
  }
}

function isPrimitive(t: Type): boolean {
  return t.kind === 'string' || t.kind === 'number' || t.kind === 'bool';
}

/**
 * The one type all of `types` can convert to, as cty's unify: equal types stay; mixed primitives become string;
 * objects/maps become a map of the unified attribute types; tuples/lists become a list. Undefined when none.
 */
export function unifyTypes(types: readonly Type[]): Type | undefined {
  const known = types.filter((t) => t.kind !== 'dynamic');
  if (known.length === 0) return T.dynamic;
  const [first] = known;
  if (known.every((t) => typeEquals(t, first))) return first;
  if (known.every(isPrimitive)) return T.string;
  if (known.every((t) => t.kind === 'object' || t.kind === 'map')) {
    const elems: Type[] = [];
    for (const t of known) {
      if (t.kind === 'map') elems.push(t.element);
      else if (t.kind === 'object') elems.push(...Object.values(t.attributes));
    }
    const objectsAlike = known.every((t) => t.kind === 'object');
    if (objectsAlike) {
      const merged = unifyObjects(known as Extract<Type, { kind: 'object' }>[]);
      if (merged) return merged;
    }
    const el = unifyTypes(elems);
    return el ? T.map(el) : undefined;
  }
  if (known.every((t) => t.kind === 'tuple' || t.kind === 'list')) {
    const elems: Type[] = [];
    for (const t of known) {
      if (t.kind === 'list') elems.push(t.element);
      else if (t.kind === 'tuple') elems.push(...t.elements);
    }
    const el = unifyTypes(elems);
    return el ? T.list(el) : undefined;
  }
  if (known.every((t) => t.kind === 'set')) {
    const el = unifyTypes(known.map((t) => (t as { element: Type }).element));
    return el ? T.set(el) : undefined;
  }
  return undefined;
}

/** Objects with the same attribute names unify attribute by attribute. */
function unifyObjects(objs: Extract<Type, { kind: 'object' }>[]): Type | undefined {
  const names = Object.keys(objs[0].attributes).sort();
  for (const o of objs) {
    const k = Object.keys(o.attributes).sort();
    if (k.length !== names.length || k.some((n, i) => n !== names[i])) return undefined;
  }
  const attributes: Record<string, Type> = {};
  for (const n of names) {
    const u = unifyTypes(objs.map((o) => o.attributes[n]));
    if (!u) return undefined;
    attributes[n] = u;
  }
  return T.object(attributes);
}

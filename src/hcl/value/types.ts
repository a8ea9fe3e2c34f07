// Type relations of the value model: equality, friendly names, and the unification HCL uses to give a collection
// built from mixed elements (or the two arms of a conditional) one element type.
import { unify } from './unify.js';
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
      return ak.length === bk.length && ak.every((k) => Object.hasOwn(bo.attributes, k) && typeEquals(a.attributes[k], bo.attributes[k]));
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

/** The one type all of `types` can convert to (cty's unsafe unify; `any` for none at all), or undefined. */
export function unifyTypes(types: readonly Type[]): Type | undefined {
  return types.length === 0 ? T.dynamic : unify(types);
}

// cty's type unification (cty/convert unify.go, sort_types.go, compare_types.go) and which conversions exist between
// two types (getConversionKnown): the one type a conditional's arms, a collection's elements or a set's members
// share. Numbers and strings unify to string, but numbers and bools do not unify at all; tuples of one length unify
// element by element, and objects with the same attributes attribute by attribute.
import { T, type Type } from './value.js';

type ObjectType = Extract<Type, { kind: 'object' }>;
type TupleType = Extract<Type, { kind: 'tuple' }>;

const primitive = (t: Type): boolean => t.kind === 'string' || t.kind === 'number' || t.kind === 'bool';
const collection = (t: Type): t is Extract<Type, { kind: 'list' | 'set' | 'map' }> => t.kind === 'list' || t.kind === 'set' || t.kind === 'map';

export function sameType(a: Type, b: Type): boolean {
  if (a.kind !== b.kind) return false;
  if (collection(a)) return sameType(a.element, (b as typeof a).element);
  if (a.kind === 'tuple') {
    const be = (b as TupleType).elements;
    return a.elements.length === be.length && a.elements.every((t, i) => sameType(t, be[i]));
  }
  if (a.kind === 'object') {
    const ba = (b as ObjectType).attributes;
    const ak = Object.keys(a.attributes);
    return ak.length === Object.keys(ba).length && ak.every((k) => Object.hasOwn(ba, k) && sameType(a.attributes[k], ba[k]));
  }
  return true;
}

/** Whether cty has a conversion from `from` to `to` (safe: never fails at run time; unsafe: may). */
export function convertible(from: Type, to: Type, unsafe: boolean): boolean {
  if (to.kind === 'dynamic') return true;
  if (from.kind === 'dynamic') return unsafe;
  if (primitive(from) && primitive(to)) {
    if (from.kind === to.kind || to.kind === 'string') return true;
    return unsafe && from.kind === 'string';
  }
  if (from.kind === 'object' && to.kind === 'object') {
    return Object.entries(to.attributes).every(([k, t]) =>
      Object.hasOwn(from.attributes, k) ? convertible(from.attributes[k], t, unsafe) : (to.optional ?? []).includes(k),
    );
  }
  if (from.kind === 'tuple' && to.kind === 'tuple') {
    return from.elements.length === to.elements.length && from.elements.every((t, i) => convertible(t, to.elements[i], unsafe));
  }
  if (to.kind === 'list' && (from.kind === 'list' || from.kind === 'set')) return convertible(from.element, to.element, unsafe);
  if (to.kind === 'set' && (from.kind === 'list' || from.kind === 'set')) {
    return (from.kind === 'set' || unsafe) && convertible(from.element, to.element, unsafe);
  }
  if (to.kind === 'map' && from.kind === 'map') return convertible(from.element, to.element, unsafe);
  if ((to.kind === 'list' || to.kind === 'set') && from.kind === 'tuple') return elementsConvert(from.elements, to.element, unsafe);
  if (to.kind === 'map' && from.kind === 'object') return elementsConvert(Object.values(from.attributes), to.element, unsafe);
  if (to.kind === 'object' && from.kind === 'map') return unsafe && Object.values(to.attributes).every((t) => convertible(from.element, t, unsafe));
  return false;
}

/** A tuple's elements (or an object's attributes) into one collection element type (conversionTupleToList). */
function elementsConvert(types: Type[], element: Type, unsafe: boolean): boolean {
  if (types.length === 0) return true;
  let el = element;
  if (el.kind === 'dynamic') {
    const u = unify(types, unsafe);
    if (u === undefined) return false;
    if (u.kind === 'dynamic') return types.every((t) => t.kind === 'dynamic');
    el = u;
  }
  return types.every((t) => sameType(t, el) || convertible(t, el, unsafe));
}

/** The element type `elementsConvert` arrives at for a tuple or object converted to a collection of `any`. */
export function collectionElement(types: Type[], unsafe: boolean): Type | undefined {
  if (types.length === 0) return T.dynamic;
  return unify(types, unsafe);
}

function compareTypes(a: Type, b: Type): number {
  if (a.kind === 'dynamic' || b.kind === 'dynamic') {
    if (a.kind !== 'dynamic') return -1;
    if (b.kind !== 'dynamic') return 1;
    return 0;
  }
  if (primitive(a) && primitive(b) && (a.kind === 'string' || b.kind === 'string')) {
    if (a.kind !== 'string') return 1;
    if (b.kind !== 'string') return -1;
    return 0;
  }
  if (collection(a) && collection(b) && a.kind === b.kind) return compareTypes(a.element, b.element);
  let [x, y] = [a, b];
  let swap = 1;
  if (
    (x.kind === 'tuple' && y.kind === 'list') ||
    (x.kind === 'object' && y.kind === 'map') ||
    (x.kind === 'set' && (y.kind === 'tuple' || y.kind === 'list'))
  ) {
    [x, y] = [y, x];
    swap = -1;
  }
  if (y.kind === 'set' && (x.kind === 'tuple' || x.kind === 'list')) return -swap;
  if (x.kind === 'list' && y.kind === 'tuple') return -swap;
  if (x.kind === 'map' && y.kind === 'object') return -swap;
  let pairs: [Type, Type][] | undefined;
  if (x.kind === 'object' && y.kind === 'object') {
    const ya = y.attributes;
    const keys = Object.keys(x.attributes);
    if (keys.length !== Object.keys(ya).length || keys.some((k) => !Object.hasOwn(ya, k))) return 0;
    pairs = keys.map((k) => [x.attributes[k], ya[k]]);
  } else if (x.kind === 'tuple' && y.kind === 'tuple') {
    if (x.elements.length !== y.elements.length) return 0;
    const ye = y.elements;
    pairs = x.elements.map((t, i) => [t, ye[i]]);
  }
  if (!pairs) return 0;
  const cmps = pairs.map(([p, q]) => compareTypes(p, q));
  const aSuper = cmps.some((c) => c < 0);
  const bSuper = cmps.some((c) => c > 0);
  if (aSuper && bSuper) return 0;
  if (aSuper) return -swap;
  if (bSuper) return swap;
  return 0;
}

/** cty's sortTypes: a topological order of the types by compareTypes. */
function sortTypes(types: Type[]): number[] {
  const n = types.length;
  const edges: number[][] = types.map(() => []);
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const c = compareTypes(types[i], types[j]);
      if (c < 0) edges[i].push(j);
      else if (c > 0) edges[j].push(i);
    }
  }
  const inDegree = new Array<number>(n).fill(0);
  for (const outs of edges) for (const j of outs) inDegree[j]++;
  const queue: number[] = [];
  inDegree.forEach((d, i) => d === 0 && queue.push(i));
  for (let q = 0; q < queue.length; q++) {
    for (const j of edges[queue[q]]) if (--inDegree[j] === 0) queue.push(j);
  }
  return queue;
}

function allConvert(types: Type[], to: Type, unsafe: boolean): boolean {
  return types.every((t) => sameType(t, to) || convertible(t, to, unsafe));
}

function unifyCollections(kind: 'list' | 'set' | 'map', types: Type[], unsafe: boolean, dynamic: boolean): Type | undefined {
  if (dynamic) return T.dynamic;
  const el = unify(
    types.map((t) => (t as { element: Type }).element),
    unsafe,
  );
  if (el === undefined) return undefined;
  const out: Type = { kind, element: el };
  return allConvert(types, out, unsafe) ? out : undefined;
}

function unifyObjectsToMap(types: Type[], unsafe: boolean): Type | undefined {
  const el = unify(
    types.flatMap((t) => (t.kind === 'object' ? Object.values(t.attributes) : [])),
    unsafe,
  );
  if (el === undefined) return undefined;
  const out = T.map(el);
  return allConvert(types, out, unsafe) ? out : undefined;
}

function unifyTuplesToList(types: Type[], unsafe: boolean): Type | undefined {
  const el = unify(
    types.flatMap((t) => (t.kind === 'tuple' ? t.elements : [])),
    unsafe,
  );
  if (el === undefined) return undefined;
  const out = T.list(el);
  return allConvert(types, out, unsafe) ? out : undefined;
}

function unifyObjects(types: ObjectType[], unsafe: boolean): Type | undefined {
  const first = types[0].attributes;
  const names = Object.keys(first);
  const alike = types.every((t) => Object.keys(t.attributes).length === names.length && names.every((k) => Object.hasOwn(t.attributes, k)));
  if (!alike) return unifyObjectsToMap(types, unsafe);
  const attributes: Record<string, Type> = {};
  for (const k of names) {
    const u = unify(
      types.map((t) => t.attributes[k]),
      unsafe,
    );
    if (u === undefined) return undefined;
    Object.defineProperty(attributes, k, { value: u, enumerable: true, writable: true, configurable: true });
  }
  const out = T.object(attributes);
  return allConvert(types, out, unsafe) ? out : unifyObjectsToMap(types, unsafe);
}

function unifyTuples(types: TupleType[], unsafe: boolean): Type | undefined {
  const len = types[0].elements.length;
  if (types.some((t) => t.elements.length !== len)) return unifyTuplesToList(types, unsafe);
  const elements: Type[] = [];
  for (let i = 0; i < len; i++) {
    const u = unify(
      types.map((t) => t.elements[i]),
      unsafe,
    );
    if (u === undefined) return undefined;
    elements.push(u);
  }
  const out = T.tuple(elements);
  return allConvert(types, out, unsafe) ? out : unifyTuplesToList(types, unsafe);
}

/** cty's unify: the type every one of `types` converts to, or undefined when there is none. */
export function unify(types: readonly Type[], unsafe = true): Type | undefined {
  const list = [...types];
  if (list.length === 0) return undefined;
  const count = (k: Type['kind']): number => list.filter((t) => t.kind === k).length;
  const [maps, lists, sets, objects, tuples, dynamic] = (['map', 'list', 'set', 'object', 'tuple', 'dynamic'] as const).map(count);
  const n = list.length;
  if (maps > 0 && maps + dynamic === n) return unifyCollections('map', list, unsafe, dynamic > 0);
  if (maps > 0 && maps + objects + dynamic === n) {
    const objs = list.filter((t) => t.kind === 'object');
    const m = unifyObjectsToMap(objs, unsafe);
    if (m?.kind === 'map') {
      const u = unify(
        list.map((t) => (t.kind === 'object' ? m : t)),
        unsafe,
      );
      if (u?.kind === 'map') return u;
    }
  } else if (lists > 0 && lists + dynamic === n) return unifyCollections('list', list, unsafe, dynamic > 0);
  else if (lists > 0 && lists + tuples + dynamic === n) {
    const l = unifyTuplesToList(
      list.filter((t) => t.kind === 'tuple'),
      unsafe,
    );
    if (l?.kind === 'list') {
      const u = unify(
        list.map((t) => (t.kind === 'tuple' ? l : t)),
        unsafe,
      );
      if (u?.kind === 'list') return u;
    }
  } else if (sets > 0 && sets + dynamic === n) return unifyCollections('set', list, unsafe, dynamic > 0);
  else if (objects > 0 && objects + dynamic === n) {
    return dynamic > 0 ? T.dynamic : unifyObjects(list as ObjectType[], unsafe);
  } else if (tuples > 0 && tuples + dynamic === n) {
    return dynamic > 0 ? T.dynamic : unifyTuples(list as TupleType[], unsafe);
  } else if (objects > 0 && tuples > 0) return undefined;
  for (const want of sortTypes(list)) {
    const target = list[want];
    if (list.every((t, i) => i === want || sameType(t, target) || convertible(t, target, unsafe))) return target;
  }
  return undefined;
}

/** cty's FriendlyName. */
export function friendlyName(t: Type): string {
  switch (t.kind) {
    case 'dynamic':
      return 'dynamic';
    case 'list':
    case 'set':
    case 'map':
      return `${t.kind} of ${friendlyName(t.element)}`;
    default:
      return t.kind;
  }
}

const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** HCL's describeConditionalTypeMismatch: why a conditional's two result types do not unify. */
export function describeMismatch(a: Type, b: Type): string {
  if (a.kind === 'object' && b.kind === 'object') {
    for (const name of Object.keys(a.attributes).sort(byBytes)) {
      if (!Object.hasOwn(b.attributes, name)) return `The 'true' value includes object attribute ${JSON.stringify(name)}, which is absent in the 'false' value`;
      if (!sameType(a.attributes[name], b.attributes[name])) {
        return `Type mismatch for object attribute ${JSON.stringify(name)}: ${describeMismatch(a.attributes[name], b.attributes[name])}`;
      }
    }
    for (const name of Object.keys(b.attributes).sort(byBytes)) {
      if (!Object.hasOwn(a.attributes, name)) return `The 'false' value includes object attribute ${JSON.stringify(name)}, which is absent in the 'true' value`;
    }
  } else if (a.kind === 'tuple' && b.kind === 'tuple') {
    if (a.elements.length !== b.elements.length) {
      return `The 'true' tuple has length ${a.elements.length}, but the 'false' tuple has length ${b.elements.length}`;
    }
    const i = a.elements.findIndex((t, k) => !sameType(t, b.elements[k]));
    if (i >= 0) return `Type mismatch for tuple element ${i}: ${describeMismatch(a.elements[i], b.elements[i])}`;
  } else if (collection(a) && collection(b) && a.kind === b.kind) {
    const [x, y] = [a.element, b.element];
    if ((x.kind === 'object' && y.kind === 'object') || (x.kind === 'tuple' && y.kind === 'tuple')) {
      return `Mismatched ${a.kind} element types: ${describeMismatch(x, y)}`;
    }
  }
  const [an, bn] = [friendlyName(a), friendlyName(b)];
  if (an === bn) return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
  return `The 'true' value is ${an}, but the 'false' value is ${bn}`;
}

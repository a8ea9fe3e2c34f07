// Collection functions: chunklist coalesce coalescelist compact concat contains distinct element flatten index keys
// length lookup merge range reverse setintersection setproduct setunion slice sort sum values zipmap.
import { convert, valueKey } from '../value/convert.js';
import { compareStrings, setItems } from '../value/set-order.js';
import type { HclFunction } from './function.js';
import { typeEquals } from '../value/types.js';
import { unify } from '../value/unify.js';
import { valuesEqual } from '../value/ops.js';
import { isKnown, newAttrs, setAttr, T, typeName, typeOf, V, type Type, type Value } from '../value/value.js';
import { graphemes } from '../graphemes.js';
import { arithmetic, compareNumbers, numberOf, numbersEqual, type NumberValue } from '../value/number.js';
import { ArgError, attrs, fn, FunctionError, int64, items, listOf, num, param, str, strings } from './helpers.js';

const WHOLE_INT64 = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';

/** gocty's conversion to a Go int, its failure prefixed as cty's functions word it ("invalid index: …"). */
function goInt(v: Value, what: string): bigint {
  try {
    return int64(v);
  } catch (e: unknown) {
    if (e instanceof FunctionError) throw new FunctionError(`${what}: ${e.message}`);
    throw e;
  }
}

const seq = (v: Value): v is Extract<Value, { kind: 'list' | 'set' | 'tuple' }> => v.kind === 'list' || v.kind === 'set' || v.kind === 'tuple';

/** A sequence like `like` (list stays list, tuple stays tuple) holding `vs`. */
function sameKind(like: Value, vs: Value[]): Value {
  if (like.kind === 'tuple') return V.tuple(vs);
  if (like.kind === 'set') return { kind: 'set', items: vs, element: like.element };
  return listOf(vs, like.kind === 'list' ? like.element : undefined);
}

/**
 * cty's set operations: every set is converted to a set of the element type they unify to (an empty set of any type
 * takes no part in choosing it), then combined pairwise by `op`.
 */
function setOperation(args: Value[], op: (acc: Value[], next: Value[]) => Value[]): Value {
  const etys: Type[] = [];
  for (const a of args) {
    const t = typeOf(a);
    if (t.kind !== 'set') continue;
    if (a.kind === 'set' && a.items.length === 0 && t.element.kind === 'dynamic') continue;
    etys.push(t.element);
  }
  const element = etys.length === 0 ? T.dynamic : unify(etys);
  if (element === undefined) throw new FunctionError('given sets must all have compatible element types');
  let acc: Value[] | undefined;
  for (const [i, a] of args.entries()) {
    const c = convert(a, T.set(element));
    if ('error' in c) throw new ArgError(i, c.error);
    if (!isKnown(c.value)) return V.unknown(T.set(element));
    const xs = items(c.value, i);
    acc = acc === undefined ? xs : op(acc, xs);
  }
  return { kind: 'set', items: setItems(acc ?? []), element };
}

function flatten(vs: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of vs) {
    if (seq(v)) out.push(...flatten(v.items));
    else out.push(v);
  }
  return out;
}

/** cty's range: a zero step is not refused, it runs into the 1024-value limit. */
function range(args: Value[]): Value {
  if (args.length === 0 || args.length > 3) throw new FunctionError('must have one, two, or three arguments');
  const n = args.map((a, i) => {
    num(a, i);
    return a as NumberValue;
  });
  // As cty: the defaults are NumberIntVal values, a zero step is only refused when it is cty's own Zero (never).
  let [start, end, step] = [numberOf(0), n[0], numberOf(1)];
  if (n.length === 1) step = numberOf(compareNumbers(n[0], start) < 0 ? -1 : 1);
  else {
    [start, end] = n;
    step = n.length === 3 ? n[2] : numberOf(compareNumbers(end, start) < 0 ? -1 : 1);
  }
  const down = compareNumbers(step, numberOf(0)) < 0;
  if (down && compareNumbers(end, start) > 0) throw new ArgError(1, 'end must be less than start when step is negative');
  if (!down && compareNumbers(end, start) < 0) throw new ArgError(1, 'end must be greater than start when step is positive');
  const out: Value[] = [];
  // cty stops at num <= end (or >=): Cmp, or the same text.
  const done = (x: NumberValue): boolean => (down ? compareNumbers(x, end) < 0 : compareNumbers(x, end) > 0) || numbersEqual(x, end);
  for (let x: NumberValue = start; !done(x);) {
    if (out.length >= 1024) {
      throw new FunctionError('more than 1024 values were generated; either decrease the difference between start and end or use a smaller step');
    }
    out.push(x);
    const next = arithmetic('+', x, step);
    if (typeof next === 'string') throw new FunctionError('panic in function implementation: addition of infinities with opposite signs');
    x = next;
  }
  return V.list(out, T.number);
}

/** cty's lookup: three arguments; an object's missing attribute gives the default as it is, a map's must convert. */
function lookup([m, k, dflt]: Value[]): Value {
  const key = str(k, 1);
  if (m.kind === 'object') {
    if (Object.hasOwn(m.attrs, key)) return m.attrs[key];
    return dflt;
  }
  if (m.kind !== 'map') throw new ArgError(0, 'lookup() requires a map as the first argument');
  const d = convert(dflt, m.element);
  if ('error' in d) throw new ArgError(2, 'the default value must have the same type as the map elements');
  return Object.hasOwn(m.attrs, key) ? m.attrs[key] : d.value;
}

/** cty's merge: arguments of one type give that type; otherwise an object of every attribute (last one wins). */
function merge(args: Value[]): Value {
  if (args.length === 0) return V.object({});
  let dynamic = false;
  for (const a of args) {
    if (a.kind === 'null' && a.type.kind === 'dynamic') dynamic = true;
    else if (!['map', 'object'].includes(typeOf(a).kind)) {
      throw new FunctionError(`arguments must be maps or objects, got ${JSON.stringify(typeName(typeOf(a)))}`);
    }
  }
  const out = newAttrs();
  for (const a of args) if (a.kind === 'map' || a.kind === 'object') for (const [k, v] of Object.entries(a.attrs)) setAttr(out, k, v);
  const first = typeOf(args[0]);
  if (!dynamic && first.kind === 'map' && args.every((a) => typeEquals(typeOf(a), first))) return V.map(out, first.element);
  return V.object(out);
}

/** cty's setproduct: two or more sets, lists or tuples; a list of tuples when every argument is a list or tuple. */
function setProduct(args: Value[]): Value {
  if (args.length < 2) throw new FunctionError('at least two arguments are required');
  let lists = 0;
  const elementTypes = args.map((a, i) => {
    if (a.kind === 'set' || a.kind === 'list') {
      if (a.kind === 'list') lists++;
      return a.element;
    }
    if (a.kind !== 'tuple') throw new ArgError(i, 'a set or a list is required');
    lists++;
    if (a.items.length === 0) return T.dynamic;
    const u = unify(a.items.map(typeOf));
    if (u === undefined) throw new ArgError(i, 'all elements must be of the same type');
    return u;
  });
  let acc: Value[][] = [[]];
  for (const [i, a] of args.entries()) {
    const next: Value[][] = [];
    for (const prefix of acc) {
      for (const v of items(a, i)) {
        const c = convert(v, elementTypes[i]);
        if ('error' in c) throw new FunctionError(c.error);
        next.push([...prefix, c.value]);
      }
    }
    acc = next;
  }
  const rows = acc.map((r) => V.tuple(r));
  const element = T.tuple(elementTypes);
  return lists === args.length ? V.list(rows, element) : { kind: 'set', items: setItems(rows), element };
}

export function collectionFunctions(): Record<string, HclFunction> {
  return {
    length: fn(
      [param('value', T.dynamic, { allowUnknown: true })],
      ([v]) => {
        switch (v.kind) {
          case 'string':
            return V.number(graphemes(v.value).length);
          case 'list':
          case 'set':
          case 'tuple':
            return V.number(v.items.length);
          case 'map':
          case 'object':
            return V.number(Object.keys(v.attrs).length);
          case 'unknown':
            return V.unknown(T.number);
          default:
            throw new FunctionError('argument must be a string, a collection type, or a structural type');
        }
      },
      { returnType: T.number },
    ),
    chunklist: fn([param('list', T.list(T.dynamic)), param('size', T.number)], ([l, s]) => {
      const size = goInt(s, 'invalid size');
      if (size < 0n) throw new FunctionError('the size argument must be positive');
      const xs = items(l);
      if (xs.length === 0) return V.list([], typeOf(l));
      if (size === 0n) return listOf([l]);
      // A chunk size beyond the list's length makes one chunk.
      const step = size > BigInt(xs.length) ? xs.length : Number(size);
      const out: Value[] = [];
      for (let i = 0; i < xs.length; i += step) out.push(sameKind(l, xs.slice(i, i + step)));
      return listOf(out);
    }),
    // go-cty-funcs' coalesce: every argument is converted to the type they all unify to (unsafely) first.
    coalesce: fn(
      [],
      (args) => {
        const ret = unify(args.map(typeOf));
        if (ret === undefined) throw new FunctionError('all arguments must have the same type');
        for (const a of args) {
          const c = convert(a, ret);
          if ('error' in c) throw new FunctionError(c.error);
          const v = c.value;
          if (v.kind === 'unknown') return V.unknown(ret);
          if (v.kind !== 'null' && !(ret.kind === 'string' && v.kind === 'string' && v.value === '')) return v;
        }
        throw new FunctionError('no non-null, non-empty-string arguments');
      },
      { varParam: param('vals', T.dynamic, { allowNull: true, allowUnknown: true }) },
    ),
    coalescelist: fn(
      [],
      (args) => {
        if (args.length === 0) throw new FunctionError('at least one argument is required');
        for (const a of args) {
          const k = typeOf(a).kind;
          if (k !== 'list' && k !== 'tuple') throw new FunctionError('coalescelist arguments must be lists or tuples');
        }
        for (const [i, a] of args.entries()) if (a.kind !== 'null' && items(a, i).length > 0) return a;
        throw new FunctionError('no non-null arguments');
      },
      { varParam: param('vals', T.dynamic, { allowNull: true }) },
    ),
    compact: fn([param('list', T.list(T.string))], ([l]) =>
      strings(
        items(l)
          .filter((v) => v.kind === 'string' && v.value !== '')
          .map((v) => str(v)),
      ),
    ),
    concat: fn(
      [],
      (args) => {
        if (args.length === 0) throw new FunctionError('at least one argument is required');
        // cty: lists alone concatenate to a list of the type they unify to; anything else makes a tuple.
        const ret = args.every((a) => a.kind === 'list') ? unify(args.map(typeOf)) : undefined;
        if (ret?.kind === 'list') {
          const all: Value[] = [];
          for (const [i, a] of args.entries()) {
            const c = convert(a, ret);
            if ('error' in c) throw new ArgError(i, c.error);
            all.push(...items(c.value, i));
          }
          return V.list(all, ret.element);
        }
        const all: Value[] = [];
        for (const [i, a] of args.entries()) {
          if (a.kind !== 'list' && a.kind !== 'tuple') throw new ArgError(i, `all arguments must be lists or tuples; got ${typeName(typeOf(a))}`);
          all.push(...a.items);
        }
        return V.tuple(all);
      },
      { varParam: param('seqs', T.dynamic) },
    ),
    contains: fn(
      [param('list', T.dynamic), param('value', T.dynamic)],
      ([l, v]) => {
        if (!seq(l)) throw new FunctionError('argument must be list, tuple, or set');
        const xs = l.items;
        let unknown = false;
        for (const x of xs) {
          const eq = valuesEqual(x, v);
          if (eq === true) return V.bool(true);
          if (eq === undefined) unknown = true;
        }
        return unknown ? V.unknown(T.bool) : V.bool(false);
      },
      { returnType: T.bool },
    ),
    distinct: fn([param('list', T.list(T.dynamic))], ([l]) => {
      const seen = new Set<string>();
      const out: Value[] = [];
      for (const v of items(l)) {
        const k = valueKey(v) ?? `?${out.length}`;
        if (!seen.has(k)) {
          seen.add(k);
          out.push(v);
        }
      }
      return listOf(out);
    }),
    element: fn([param('list', T.dynamic), param('index', T.number)], ([l, i]) => {
      if (l.kind !== 'list' && l.kind !== 'tuple') throw new FunctionError(`cannot read elements from ${typeName(typeOf(l))}`);
      if (compareNumbers(i as NumberValue, numberOf(0)) < 0) throw new FunctionError('cannot use element function with a negative index');
      const n = goInt(i, 'invalid index');
      const xs = l.items;
      if (xs.length === 0) throw new FunctionError('cannot use element function with an empty list');
      return xs[Number(n % BigInt(xs.length))];
    }),
    flatten: fn([param('list', T.dynamic)], ([l]) => {
      if (!seq(l)) throw new FunctionError('can only flatten lists, sets and tuples');
      // cty's flatten always makes a tuple, whatever the sequence it is given.
      return V.tuple(flatten(l.items));
    }),
    index: fn(
      [param('list', T.dynamic), param('value', T.dynamic)],
      ([l, v]) => {
        if (l.kind !== 'list' && l.kind !== 'tuple') throw new FunctionError('argument must be a list or tuple');
        for (const [i, x] of l.items.entries()) if (valuesEqual(x, v) === true) return V.number(i);
        throw new FunctionError('item not found');
      },
      { returnType: T.number },
    ),
    keys: fn([param('inputMap', T.dynamic)], ([m]) => {
      const names = Object.keys(attrs(m)).sort(compareStrings);
      return m.kind === 'object' ? V.tuple(names.map(V.string)) : strings(names);
    }),
    values: fn([param('mapping', T.dynamic)], ([m]) => {
      if (m.kind !== 'map' && m.kind !== 'object') throw new FunctionError('values() requires a map as the first argument');
      const a = m.attrs;
      const vs = Object.keys(a)
        .sort()
        .map((k) => a[k]);
      return m.kind === 'map' ? V.list(vs, m.element) : V.tuple(vs);
    }),
    lookup: fn([param('inputMap', T.dynamic), param('key', T.string), param('default', T.dynamic)], lookup),
    merge: fn([], merge, { varParam: param('maps', T.dynamic, { allowNull: true }) }),
    range: fn([], range, { varParam: param('params', T.number), returnType: T.list(T.number) }),
    // A set reverses to a list (of its elements in cty's order), as cty's reverse takes it as a list.
    reverse: fn([param('list', T.dynamic)], ([l]) => {
      if (!seq(l)) throw new ArgError(0, `can only reverse list or tuple values, not ${typeName(typeOf(l))}`);
      const reversed = [...l.items].reverse();
      return l.kind === 'tuple' ? V.tuple(reversed) : V.list(reversed, l.element);
    }),
    setintersection: fn(
      [param('first_set', T.set(T.dynamic))],
      (args) => setOperation(args, (acc, next) => acc.filter((v) => next.some((x) => valuesEqual(x, v) === true))),
      { varParam: param('other_sets', T.set(T.dynamic)) },
    ),
    setunion: fn([param('first_set', T.set(T.dynamic))], (args) => setOperation(args, (acc, next) => [...acc, ...next]), {
      varParam: param('other_sets', T.set(T.dynamic)),
    }),
    setproduct: fn([], setProduct, { varParam: param('sets', T.dynamic) }),
    slice: fn([param('list', T.dynamic), param('start_index', T.number), param('end_index', T.number)], ([l, s, e]) => {
      if (l.kind === 'set') {
        throw new ArgError(
          0,
          'cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important',
        );
      }
      if (l.kind !== 'list' && l.kind !== 'tuple') throw new ArgError(0, 'must be a list or tuple value');
      const xs = l.items;
      const index = (v: Value, i: number, what: string): number => {
        const x = num(v, i);
        if (!Number.isInteger(x) || Math.abs(x) > 2 ** 63) throw new ArgError(i, `invalid ${what} index: ${WHOLE_INT64}`);
        return x;
      };
      const start = index(s, 1, 'start');
      if (start < 0) throw new ArgError(1, 'start index must not be less than zero');
      if (start > xs.length) throw new ArgError(1, 'start index must not be greater than the length of the list');
      const end = index(e, 2, 'end');
      if (end < 0) throw new ArgError(2, 'end index must not be less than zero');
      if (end > xs.length) throw new ArgError(2, 'end index must not be greater than the length of the list');
      if (start > end) throw new ArgError(1, 'start index must not be greater than end index');
      return sameKind(l, xs.slice(start, end));
    }),
    sort: fn([param('list', T.list(T.string))], ([l]) => {
      const xs = items(l).map((v, i) => {
        if (v.kind === 'null') throw new FunctionError(`given list element ${i} is null; a null string cannot be sorted`);
        return str(v);
      });
      return strings(xs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }),
    sum: fn(
      [param('list', T.dynamic)],
      ([l]) => {
        if (l.kind !== 'list' && l.kind !== 'set' && l.kind !== 'tuple' && l.kind !== 'map' && l.kind !== 'object') {
          throw new ArgError(0, 'cannot sum noniterable');
        }
        const xs = items(l);
        if (xs.length === 0) throw new ArgError(0, 'cannot sum an empty list');
        let total: NumberValue | undefined;
        for (const v of xs) {
          const c = v.kind === 'null' ? undefined : convert(v, T.number);
          if (c === undefined || 'error' in c || c.value.kind !== 'number') {
            throw new ArgError(0, 'argument must be list, set, or tuple of number values');
          }
          const sum: NumberValue | string = total === undefined ? c.value : arithmetic('+', total, c.value);
          if (typeof sum === 'string') throw new FunctionError(sum);
          total = sum;
        }
        return total as NumberValue;
      },
      { returnType: T.number },
    ),
    zipmap: fn([param('keys', T.list(T.string)), param('values', T.dynamic)], ([k, v]) => {
      const keyItems = items(k);
      const nullAt = keyItems.findIndex((x) => x.kind === 'null');
      if (nullAt >= 0) throw new FunctionError(`keys list has null value at index ${nullAt}`);
      const ks = keyItems.map((x) => str(x));
      const vs = items(v, 1);
      if (ks.length !== vs.length) {
        throw new FunctionError(`number of keys (${ks.length}) does not match number of values (${vs.length})`);
      }
      const out = newAttrs();
      ks.forEach((key, i) => setAttr(out, key, vs[i]));
      return v.kind === 'list' ? V.map(out, v.element) : V.object(out);
    }),
  };
}

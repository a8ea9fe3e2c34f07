// Collection functions: chunklist coalesce coalescelist compact concat contains distinct element flatten index keys
// length lookup merge range reverse setintersection setproduct setunion slice sort sum values zipmap.
import { convert, valueKey } from '../convert.js';
import type { HclFunction } from '../function.js';
import { unifyTypes } from '../types.js';
import { valuesEqual } from '../value-ops.js';
import { T, typeOf, V, type Type, type Value } from '../value.js';
import { graphemes } from '../graphemes.js';
import { arithmetic, compareNumbers, numberOf, numbersEqual, type NumberValue } from '../number.js';
import { ArgError, attrs, fn, FunctionError, int, items, listOf, num, param, str, strings } from './helpers.js';

const seq = (v: Value): v is Extract<Value, { kind: 'list' | 'set' | 'tuple' }> => v.kind === 'list' || v.kind === 'set' || v.kind === 'tuple';

/** A sequence like `like` (list stays list, tuple stays tuple) holding `vs`. */
function sameKind(like: Value, vs: Value[]): Value {
  if (like.kind === 'tuple') return V.tuple(vs);
  if (like.kind === 'set') return { kind: 'set', items: vs, element: like.element };
  return listOf(vs, like.kind === 'list' ? like.element : undefined);
}

function setOf(vs: Value[], element?: Type): Value {
  const out: Value[] = [];
  const seen = new Set<string>();
  for (const v of vs) {
    const k = valueKey(v) ?? `?${out.length}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return { kind: 'set', items: out, element: element ?? unifyTypes(out.map(typeOf)) ?? T.dynamic };
}

function flatten(vs: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of vs) {
    if (seq(v)) out.push(...flatten(v.items));
    else out.push(v);
  }
  return out;
}

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

function lookup(args: Value[]): Value {
  const [m, k, dflt] = args;
  const key = str(k, 1);
  const a = attrs(m);
  if (Object.hasOwn(a, key)) return a[key];
  if (dflt !== undefined) return dflt;
  throw new ArgError(1, `lookup failed to find key ${JSON.stringify(key)}`);
}

function merge(args: Value[]): Value {
  const out: Record<string, Value> = {};
  let allMaps = true;
  for (const [i, a] of args.entries()) {
    if (a.kind === 'null') continue;
    if (a.kind !== 'map') allMaps = false;
    Object.assign(out, attrs(a, i));
  }
  if (allMaps) {
    const el = unifyTypes(Object.values(out).map(typeOf));
    if (el !== undefined) {
      const c = convert(V.object(out), T.map(el));
      if ('value' in c) return c.value;
    }
  }
  return V.object(out);
}

function setProduct(args: Value[]): Value {
  let acc: Value[][] = [[]];
  for (const [i, a] of args.entries()) {
    const next: Value[][] = [];
    for (const prefix of acc) for (const v of items(a, i)) next.push([...prefix, v]);
    acc = next;
  }
  const anyList = args.some((a) => a.kind === 'list' || a.kind === 'tuple');
  const rows = acc.map((r) => listOf(r));
  if (args.length === 0) return V.list([], T.dynamic);
  return anyList ? listOf(rows) : setOf(rows);
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
            throw new ArgError(0, 'argument must be a string, a collection type, or a structural type');
        }
      },
      { returnType: T.number },
    ),
    chunklist: fn([param('list', T.list(T.dynamic)), param('size', T.number)], ([l, s]) => {
      const size = int(s, 1);
      if (size < 0) throw new ArgError(1, 'the size argument must be positive');
      const xs = items(l);
      if (size === 0) return listOf([l]);
      const out: Value[] = [];
      for (let i = 0; i < xs.length; i += size) out.push(sameKind(l, xs.slice(i, i + size)));
      return listOf(out);
    }),
    coalesce: fn(
      [],
      (args) => {
        for (const a of args) if (a.kind !== 'null' && !(a.kind === 'string' && a.value === '')) return a;
        throw new FunctionError('no non-null, non-empty-string arguments');
      },
      { varParam: param('vals', T.dynamic, { allowNull: true }) },
    ),
    coalescelist: fn(
      [],
      (args) => {
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
        const all: Value[] = [];
        for (const [i, a] of args.entries()) all.push(...items(a, i));
        if (args.length > 0 && args.every((a) => a.kind === 'list')) return listOf(all);
        return V.tuple(all);
      },
      { varParam: param('seqs', T.dynamic) },
    ),
    contains: fn(
      [param('list', T.dynamic), param('value', T.dynamic)],
      ([l, v]) => {
        const xs = l.kind === 'map' || l.kind === 'object' ? Object.values(l.attrs) : items(l);
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
      const xs = items(l);
      if (xs.length === 0) throw new FunctionError('cannot use element function with an empty list');
      const n = int(i, 1);
      if (n < 0) throw new ArgError(1, 'cannot use element function with a negative index');
      return xs[n % xs.length];
    }),
    flatten: fn([param('list', T.dynamic)], ([l]) => {
      if (!seq(l)) throw new ArgError(0, 'can only flatten lists, sets and tuples');
      const flat = flatten(l.items);
      return l.kind === 'list' || l.kind === 'set' ? listOf(flat) : V.tuple(flat);
    }),
    index: fn(
      [param('list', T.dynamic), param('value', T.dynamic)],
      ([l, v]) => {
        for (const [i, x] of items(l).entries()) if (valuesEqual(x, v) === true) return V.number(i);
        throw new FunctionError('item not found');
      },
      { returnType: T.number },
    ),
    keys: fn([param('inputMap', T.dynamic)], ([m]) => strings(Object.keys(attrs(m)).sort())),
    values: fn([param('mapping', T.dynamic)], ([m]) => {
      const a = attrs(m);
      const vs = Object.keys(a)
        .sort()
        .map((k) => a[k]);
      return m.kind === 'map' ? V.list(vs, m.element) : V.tuple(vs);
    }),
    lookup: fn([param('inputMap', T.dynamic), param('key', T.string)], lookup, { varParam: param('default', T.dynamic, { allowNull: true }) }),
    merge: fn([], merge, { varParam: param('maps', T.dynamic, { allowNull: true }) }),
    range: fn([], range, { varParam: param('params', T.number), returnType: T.list(T.number) }),
    reverse: fn([param('list', T.dynamic)], ([l]) => {
      if (!seq(l)) throw new ArgError(0, 'can only reverse list or tuple values');
      return sameKind(l, [...l.items].reverse());
    }),
    setintersection: fn(
      [param('first_set', T.set(T.dynamic))],
      (args) => {
        const [first, ...rest] = args;
        const keep = items(first).filter((v) => rest.every((r, i) => items(r, i + 1).some((x) => valuesEqual(x, v) === true)));
        return setOf(keep);
      },
      { varParam: param('other_sets', T.set(T.dynamic)) },
    ),
    setunion: fn([param('first_set', T.set(T.dynamic))], (args) => setOf(args.flatMap((a, i) => items(a, i))), {
      varParam: param('other_sets', T.set(T.dynamic)),
    }),
    setproduct: fn([], setProduct, { varParam: param('sets', T.dynamic) }),
    slice: fn([param('list', T.dynamic), param('start_index', T.number), param('end_index', T.number)], ([l, s, e]) => {
      const xs = items(l);
      const start = int(s, 1);
      const end = int(e, 2);
      if (start < 0) throw new ArgError(1, 'start index must not be less than zero');
      if (end > xs.length) throw new ArgError(2, 'end index must not be greater than the length of the list');
      if (start > end) throw new ArgError(1, 'start index must not be greater than end index');
      return sameKind(l, xs.slice(start, end));
    }),
    sort: fn([param('list', T.list(T.string))], ([l]) => {
      const xs = items(l).map((v, i) => {
        if (v.kind === 'null') throw new ArgError(0, `given list element ${i} is null; a null string cannot be sorted`);
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
      const ks = items(k).map((x) => str(x));
      const vs = items(v, 1);
      if (ks.length !== vs.length) {
        throw new FunctionError(`number of keys (${ks.length}) does not match number of values (${vs.length})`);
      }
      const out: Record<string, Value> = {};
      ks.forEach((key, i) => (out[key] = vs[i]));
      return v.kind === 'list' ? V.map(out, v.element) : V.object(out);
    }),
  };
}

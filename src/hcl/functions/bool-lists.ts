// Packer's alltrue and anytrue: a list of bools reduced with and / or. Null elements count as false; an unknown
// element makes the result unknown unless a known element already decides it.
import type { HclFunction } from './function.js';
import { T, V, type Value } from '../value/value.js';
import { fn, items, param } from './helpers.js';

const listParam = param('list', T.list(T.bool), { allowUnknown: true });

function allTrue([list]: Value[]): Value {
  if (list.kind === 'unknown') return V.unknown(T.bool);
  for (const v of items(list)) {
    if (v.kind === 'unknown') return V.unknown(T.bool);
    if (v.kind !== 'bool' || !v.value) return V.bool(false);
  }
  return V.bool(true);
}

function anyTrue([list]: Value[]): Value {
  if (list.kind === 'unknown') return V.unknown(T.bool);
  let unknown = false;
  for (const v of items(list)) {
    if (v.kind === 'unknown') unknown = true;
    else if (v.kind === 'bool' && v.value) return V.bool(true);
  }
  return unknown ? V.unknown(T.bool) : V.bool(false);
}

export function boolListFunctions(): Record<string, HclFunction> {
  return {
    alltrue: fn([listParam], allTrue, { returnType: T.bool }),
    anytrue: fn([listParam], anyTrue, { returnType: T.bool }),
  };
}

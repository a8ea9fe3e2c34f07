// String functions: chomp format formatlist indent join lower regex regexall regex_replace replace split strrev substr title trim
// trimprefix trimsuffix trimspace upper startswith endswith strcontains.
import type { HclFunction } from './function.js';
import { T, V, type Value } from '../value/value.js';
import { formatValues } from './format-verbs.js';
import { clusters, graphemeCount } from '../graphemes.js';
import { goTitle, goToLower, goToUpper, goTrimSpace } from './go-case.js';
import { ArgError, fn, FunctionError, items, num, param, str, strings } from './helpers.js';
import { regexAll, regexMatch, regexReplace, regexResultType } from './regex.js';

const s1 = (f: (s: string) => string): HclFunction => fn([param('str', T.string)], ([a]) => V.string(f(str(a))), { returnType: T.string });
const s2b = (name: string, f: (s: string, x: string) => boolean): HclFunction =>
  fn([param('str', T.string), param(name, T.string)], ([a, b]) => V.bool(f(str(a), str(b, 1))), { returnType: T.bool });

/** gocty's conversion of a number argument to a Go int: a plain error ("Error in function call"), as in cty. */
function goInt(v: Value): number {
  const n = num(v);
  if (!Number.isInteger(n) || n < -(2 ** 63) || n >= 2 ** 63) {
    throw new FunctionError('value must be a whole number, between -9223372036854775808 and 9223372036854775807');
  }
  return n;
}

/** cty's substr in one pass over the clusters, with its quirk: after a negative offset, a zero length means "the rest". */
function substr(s: string, offset: number, length: number): string {
  if (offset < 0) offset += graphemeCount(s);
  else if (length === 0) return '';
  const limit = length <= 0 ? Infinity : length;
  let skipped = 0;
  let taken = 0;
  let out = '';
  for (const c of clusters(s)) {
    if (skipped < offset) {
      skipped++;
      continue;
    }
    if (taken === limit) break;
    out += c;
    taken++;
  }
  return out;
}

/** strings.Replace with n = -1: an empty `old` inserts `by` before every code point and at the end. */
function replaceAll(text: string, old: string, by: string): string {
  if (old === '') return by + Array.from(text, (ch) => ch + by).join('');
  return text.split(old).join(by);
}

function trimSet(s: string, cutset: string, left: boolean, right: boolean): string {
  const set = new Set(Array.from(cutset));
  const chars = Array.from(s);
  let i = 0;
  let j = chars.length;
  if (left) while (i < j && set.has(chars[i])) i++;
  if (right) while (j > i && set.has(chars[j - 1])) j--;
  return chars.slice(i, j).join('');
}

/**
 * cty's function calls return an unknown value when an argument is an untyped `null` and its parameter does not
 * accept dynamic types, as format's and formatlist's arguments do not: `format("%v", null)` is unknown in Packer.
 */
const untypedNull = (args: Value[]): boolean => args.some((a) => a.kind === 'null' && a.type.kind === 'dynamic');

const isSequence = (v: Value): boolean => v.kind === 'list' || v.kind === 'tuple' || v.kind === 'set';

/** cty's formatlist: sequences are iterated in step (their lengths must agree), other values repeat. */
function formatlist(args: Value[]): Value {
  if (untypedNull(args)) return V.unknown();
  const [fmt, ...rest] = args;
  const format = str(fmt);
  if (rest.length === 0) return strings([formatValues(format, [])]);
  let n = -1;
  let lenFrom = 0;
  for (const [i, a] of rest.entries()) {
    if (!(a.kind === 'list' || a.kind === 'tuple' || a.kind === 'set')) continue;
    const len = a.items.length;
    if (n === -1) {
      n = len;
      lenFrom = i + 1;
    } else if (len !== n) {
      throw new ArgError(i + 1, `argument ${i + 1} has length ${len}, which is inconsistent with argument ${lenFrom} of length ${n}`);
    }
  }
  const out: string[] = [];
  for (let k = 0; k < (n === -1 ? 1 : n); k++) {
    const row = rest.map((a) => (isSequence(a) && 'items' in a ? a.items[k] : a));
    try {
      out.push(formatValues(format, row));
    } catch (e: unknown) {
      if (e instanceof Error) throw new FunctionError(`error on format iteration ${k}: ${e.message}`);
      throw e;
    }
  }
  return strings(out);
}

export function stringFunctions(): Record<string, HclFunction> {
  return {
    chomp: s1((s) => s.replace(/(?:\r\n|\r|\n)+$/, '')),
    lower: s1(goToLower),
    upper: s1(goToUpper),
    title: s1(goTitle),
    strrev: s1((s) => Array.from(clusters(s)).reverse().join('')),
    trimspace: s1(goTrimSpace),
    trim: fn([param('str', T.string), param('cutset', T.string)], ([a, b]) => V.string(trimSet(str(a), str(b, 1), true, true)), {
      returnType: T.string,
    }),
    trimprefix: fn(
      [param('str', T.string), param('prefix', T.string)],
      ([a, b]) => {
        const s = str(a);
        const p = str(b, 1);
        return V.string(s.startsWith(p) ? s.slice(p.length) : s);
      },
      { returnType: T.string },
    ),
    trimsuffix: fn(
      [param('str', T.string), param('suffix', T.string)],
      ([a, b]) => {
        const s = str(a);
        const p = str(b, 1);
        return V.string(p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
      },
      { returnType: T.string },
    ),
    startswith: s2b('prefix', (s, p) => s.startsWith(p)),
    endswith: s2b('suffix', (s, p) => s.endsWith(p)),
    strcontains: s2b('substr', (s, p) => s.includes(p)),
    indent: fn(
      [param('spaces', T.number), param('str', T.string)],
      ([n, s]) => {
        const spaces = goInt(n);
        if (spaces < 0) throw new FunctionError('panic in function implementation: strings: negative Repeat count');
        const text = str(s, 1);
        if (!text.includes('\n')) return V.string(text);
        return V.string(text.replaceAll('\n', `\n${' '.repeat(spaces)}`));
      },
      { returnType: T.string },
    ),
    substr: fn([param('str', T.string), param('offset', T.number), param('length', T.number)], ([s, o, l]) => V.string(substr(str(s), goInt(o), goInt(l))), {
      returnType: T.string,
    }),
    split: fn(
      [param('separator', T.string), param('str', T.string)],
      ([sep, s]) => {
        const text = str(s, 1);
        const parts = str(sep) === '' ? Array.from(text) : text.split(str(sep));
        return strings(parts);
      },
      { returnType: T.list(T.string) },
    ),
    join: fn(
      [param('separator', T.string)],
      ([sep, ...lists]) => {
        if (lists.length === 0) throw new FunctionError('at least one list is required');
        const out: string[] = [];
        for (const [li, l] of lists.entries()) {
          for (const [i, v] of items(l, li + 1).entries()) {
            if (v.kind === 'null') throw new ArgError(li + 1, `element ${i} is null; cannot concatenate null values`);
            out.push(str(v, li + 1));
          }
        }
        return V.string(out.join(str(sep)));
      },
      { varParam: param('lists', T.list(T.string)), returnType: T.string },
    ),
    replace: fn(
      [param('str', T.string), param('substr', T.string), param('replace', T.string)],
      ([s, sub, rep]) => V.string(replaceAll(str(s), str(sub, 1), str(rep, 2))),
      { returnType: T.string },
    ),
    regex_replace: fn(
      [param('str', T.string), param('pattern', T.string), param('replace', T.string)],
      ([s, p, rep]) => V.string(regexReplace(str(s), str(p, 1), str(rep, 2))),
      { returnType: T.string },
    ),
    regex: fn([param('pattern', T.string), param('string', T.string)], ([p, s]) => regexMatch(str(p), str(s, 1)), {
      returnType: ([p]) => (p.kind === 'string' ? regexResultType(p.value) : T.dynamic),
    }),
    regexall: fn([param('pattern', T.string), param('string', T.string)], ([p, s]) => regexAll(str(p), str(s, 1)), {
      returnType: ([p]) => T.list(p.kind === 'string' ? regexResultType(p.value) : T.dynamic),
    }),
    format: fn([param('format', T.string)], ([f, ...args]) => (untypedNull(args) ? V.unknown() : V.string(formatValues(str(f), args))), {
      varParam: param('args', T.dynamic, { allowNull: true }),
      returnType: T.string,
    }),
    formatlist: fn([param('format', T.string)], formatlist, {
      varParam: param('args', T.dynamic, { allowNull: true }),
      returnType: T.list(T.string),
    }),
  };
}

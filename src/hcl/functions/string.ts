// String functions: chomp format formatlist indent join lower regex regexall replace split strrev substr title trim
// trimprefix trimsuffix trimspace upper startswith endswith strcontains.
import type { HclFunction } from '../function.js';
import { T, V, type Value } from '../value.js';
import { formatValues } from './format-verbs.js';
import { graphemes } from '../graphemes.js';
import { ArgError, fn, FunctionError, int, items, param, str, strings } from './helpers.js';
import { compileRE2, goReplacement, regexAll, regexMatch } from './regex.js';

const s1 = (f: (s: string) => string): HclFunction => fn([param('str', T.string)], ([a]) => V.string(f(str(a))), { returnType: T.string });
const s2b = (name: string, f: (s: string, x: string) => boolean): HclFunction =>
  fn([param('str', T.string), param(name, T.string)], ([a, b]) => V.bool(f(str(a), str(b, 1))), { returnType: T.bool });

function title(s: string): string {
  let prevLetter = false;
  let out = '';
  for (const ch of s) {
    const isLetter = /[\p{L}\p{N}_']/u.test(ch);
    out += isLetter && !prevLetter ? ch.toUpperCase() : ch;
    prevLetter = isLetter;
  }
  return out;
}

function substr(s: string, offset: number, length: number): string {
  const g = graphemes(s);
  let start = offset;
  if (start < 0) start = g.length + start;
  if (start < 0) start = 0;
  if (start > g.length) return '';
  const end = length < 0 ? g.length : Math.min(g.length, start + length);
  return g.slice(start, end).join('');
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

function formatlist(args: Value[]): Value {
  const [fmt, ...rest] = args;
  const format = str(fmt);
  let n: number | undefined;
  let lenFrom = 0;
  for (const [i, a] of rest.entries()) {
    if (a.kind === 'list' || a.kind === 'tuple' || a.kind === 'set') {
      if (n === undefined) {
        n = a.items.length;
        lenFrom = i + 1;
      } else if (a.items.length !== n) {
        throw new ArgError(i + 1, `argument ${i + 1} has length ${a.items.length}, which is inconsistent with argument ${lenFrom} of length ${n}`);
      }
    }
  }
  const count = n ?? 1;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    out.push(
      formatValues(
        format,
        rest.map((a) => (a.kind === 'list' || a.kind === 'tuple' || a.kind === 'set' ? a.items[k] : a)),
      ),
    );
  }
  return strings(out);
}

export function stringFunctions(): Record<string, HclFunction> {
  return {
    chomp: s1((s) => s.replace(/(?:\r\n|\r|\n)+$/, '')),
    lower: s1((s) => s.toLowerCase()),
    upper: s1((s) => s.toUpperCase()),
    title: s1(title),
    strrev: s1((s) => graphemes(s).reverse().join('')),
    trimspace: s1((s) => s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '')),
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
        const pad = ' '.repeat(Math.max(0, int(n)));
        return V.string(str(s, 1).replace(/\n/g, `\n${pad}`));
      },
      { returnType: T.string },
    ),
    substr: fn([param('str', T.string), param('offset', T.number), param('length', T.number)], ([s, o, l]) => V.string(substr(str(s), int(o, 1), int(l, 2))), {
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
      ([s, sub, rep]) => {
        const text = str(s);
        const what = str(sub, 1);
        const by = str(rep, 2);
        if (what.length > 1 && what.startsWith('/') && what.endsWith('/')) {
          return V.string(text.replace(compileRE2(what.slice(1, -1), true, 1), goReplacement(by)));
        }
        return V.string(text.split(what).join(by));
      },
      { returnType: T.string },
    ),
    regex: fn([param('pattern', T.string), param('string', T.string)], ([p, s]) => regexMatch(str(p), str(s, 1))),
    regexall: fn([param('pattern', T.string), param('string', T.string)], ([p, s]) => regexAll(str(p), str(s, 1))),
    format: fn([param('format', T.string)], ([f, ...args]) => V.string(formatValues(str(f), args)), {
      varParam: param('args', T.dynamic, { allowNull: true }),
      returnType: T.string,
    }),
    formatlist: fn([param('format', T.string)], formatlist, {
      varParam: param('args', T.dynamic, { allowNull: true }),
      returnType: T.list(T.string),
    }),
  };
}

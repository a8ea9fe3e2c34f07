// regex, regexall and regex_replace on RE2 (the engine of Go's regexp, which cty uses): the same syntax, the same
// leftmost-first semantics, and matching in time linear in the input, so no pattern can run for longer than its
// input warrants. Results follow cty: a string without captures, a tuple for unnamed captures, an object for named
// ones; matches and replacements step over empty matches as Go's FindAll and ReplaceAll do.
import { RE2JS, RE2JSSyntaxException, type Matcher } from 're2js';
import { T, V, type Type, type Value } from '../value/value.js';
import { ArgError, FunctionError } from './helpers.js';

interface Compiled {
  re: RE2JS;
  /** The name of each capture group, "" when unnamed; index 0 is the whole match. */
  names: string[];
}

/** What Go's regexp.Compile reports, as Go words it: `error parsing regexp: <code>: `<expr>``. */
export class PatternError extends Error {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {
    super(`error parsing regexp: ${code}: \`${expr}\``);
  }
}

const cache = new Map<string, Compiled>();

/**
 * Go accepts the same name on several groups (RE2 itself does not): such a pattern is compiled with the repeats
 * renamed, and `names` keeps the names as written.
 */
function renameRepeatedGroups(pattern: string): { source: string; renamed: Map<string, string> } {
  const seen = new Set<string>();
  const renamed = new Map<string, string>();
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    const group = inClass ? null : /^\(\?P?<([A-Za-z0-9_]+)>/.exec(pattern.slice(i, i + 260));
    if (!group) {
      out += c;
      continue;
    }
    let name = group[1];
    if (seen.has(name)) {
      const alias = `${name}_${renamed.size}_`;
      renamed.set(alias, name);
      name = alias;
    }
    seen.add(group[1]);
    out += `(?P<${name}>`;
    i += group[0].length - 1;
  }
  return { source: out, renamed };
}

function compileSource(source: string): RE2JS {
  try {
    return RE2JS.compile(source);
  } catch (e: unknown) {
    if (e instanceof RE2JSSyntaxException) throw new PatternError(e.error, e.input || source);
    throw new PatternError('expression too large', source);
  }
}

export function compileRE2(pattern: string): Compiled {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let re: RE2JS;
  let renamed = new Map<string, string>();
  try {
    re = compileSource(pattern);
  } catch (e: unknown) {
    if (!(e instanceof PatternError && e.code === 'duplicate capture group name')) throw e;
    const r = renameRepeatedGroups(pattern);
    re = compileSource(r.source);
    renamed = r.renamed;
  }
  const count = re.matcher('').groupCount();
  const names = new Array<string>(count + 1).fill('');
  for (const [name, index] of Object.entries(re.matcher('').namedGroups)) names[index] = renamed.get(name) ?? name;
  const compiled = { re, names };
  if (cache.size > 256) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

type ResultShape = { kind: 'string' } | { kind: 'tuple'; count: number } | { kind: 'object'; groups: [string, number][] };

/** cty's regexPatternResultType, with its messages; errors blame the pattern argument. */
function resultShape(pattern: string): { compiled: Compiled; shape: ResultShape; type: Type } {
  let compiled: Compiled;
  try {
    compiled = compileRE2(pattern);
  } catch (e: unknown) {
    if (e instanceof PatternError) throw new ArgError(0, `invalid regexp pattern: ${e.code} in ${e.expr}`);
    throw e;
  }
  const groups = compiled.names.slice(1);
  const named = groups.filter((n) => n !== '');
  const unnamed = groups.length - named.length;
  if (groups.length === 0) return { compiled, shape: { kind: 'string' }, type: T.string };
  if (unnamed > 0 && named.length > 0) throw new ArgError(0, 'invalid regexp pattern: cannot mix both named and unnamed capture groups');
  if (unnamed > 0) return { compiled, shape: { kind: 'tuple', count: unnamed }, type: T.tuple(groups.map(() => T.string)) };
  return {
    compiled,
    shape: { kind: 'object', groups: named.map((n) => [n, compiled.names.lastIndexOf(n)]) },
    type: T.object(Object.fromEntries(named.map((n) => [n, T.string]))),
  };
}

/** The result type of regex for a known pattern (an ArgError for an invalid one), as cty's Type function. */
export function regexResultType(pattern: string): Type {
  return resultShape(pattern).type;
}

function group(m: Matcher, text: string, i: number): Value {
  const start = m.start(i);
  return start < 0 ? V.null(T.string) : V.string(text.slice(start, m.end(i)));
}

function result(m: Matcher, text: string, shape: ResultShape): Value {
  switch (shape.kind) {
    case 'string':
      return V.string(text.slice(m.start(), m.end()));
    case 'tuple':
      return V.tuple(Array.from({ length: shape.count }, (_, i) => group(m, text, i + 1)));
    case 'object':
      return V.object(Object.fromEntries(shape.groups.map(([n, i]) => [n, group(m, text, i)])));
  }
}

/** Width in code units of the code point at i (Go steps over a whole rune after an empty match). */
const widthAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

export function regexMatch(pattern: string, text: string): Value {
  const { compiled, shape } = resultShape(pattern);
  const m = compiled.re.matcher(text);
  if (!m.find(0)) throw new FunctionError('pattern did not match any part of the given string');
  return result(m, text, shape);
}

export function regexAll(pattern: string, text: string): Value {
  const { compiled, shape, type } = resultShape(pattern);
  const m = compiled.re.matcher(text);
  const out: Value[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= text.length && m.find(pos)) {
    const start = m.start();
    const end = m.end();
    let accept = true;
    if (end === pos) {
      if (start === prevEnd) accept = false;
      pos += pos < text.length ? widthAt(text, pos) : 1;
    } else pos = end;
    prevEnd = end;
    if (accept) out.push(result(m, text, shape));
  }
  return V.list(out, type);
}

/** Go's Regexp.Expand template: `$1`, `${1}`, `$name`, `${name}`, `$$`; unknown groups expand to nothing. */
const groupRef = /\{([\p{L}\p{Nd}_]+)\}|([\p{L}\p{Nd}_]+)/uy;

function expand(template: string, m: Matcher, text: string, names: string[]): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) break;
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === '$') {
      out += '$';
      i++;
      continue;
    }
    groupRef.lastIndex = i;
    const ref = groupRef.exec(template);
    if (!ref) {
      out += '$';
      continue;
    }
    i += ref[0].length;
    const name = ref[1] ?? ref[2];
    if (/^(?:0|[1-9]\d{0,7})$/.test(name)) {
      const index = Number(name);
      if (index < names.length && m.start(index) >= 0) out += text.slice(m.start(index), m.end(index));
      continue;
    }
    // The first group of that name that took part in the match (Go allows a name on several groups).
    const index = names.findIndex((n, k) => n === name && m.start(k) >= 0);
    if (index >= 0) out += text.slice(m.start(index), m.end(index));
  }
  return out + template.slice(i);
}

/** cty's regex_replace: Go's ReplaceAllString, whose compile errors are the call's error. */
export function regexReplace(text: string, pattern: string, replacement: string): string {
  let compiled: Compiled;
  try {
    compiled = compileRE2(pattern);
  } catch (e: unknown) {
    if (e instanceof PatternError) throw new FunctionError(e.message);
    throw e;
  }
  const m = compiled.re.matcher(text);
  let out = '';
  let lastEnd = 0;
  let pos = 0;
  while (pos <= text.length && m.find(pos)) {
    const start = m.start();
    const end = m.end();
    out += text.slice(lastEnd, start);
    if (end > lastEnd || start === 0) out += expand(replacement, m, text, compiled.names);
    lastEnd = end;
    const width = pos < text.length ? widthAt(text, pos) : 0;
    if (pos + width > end) pos += width;
    else if (pos + 1 > end) pos++;
    else pos = end;
  }
  return out + text.slice(lastEnd);
}

// Go RE2 patterns (what regex, regexall and replace accept) translated to JavaScript: named groups `(?P<n>…)`,
// leading flag groups `(?i)`/`(?s)`/`(?m)`, `\A` and `\z`. Results follow cty: a string without captures, a list
// for numbered captures, an object for named ones.
import { T, V, type Value } from '../value.js';
import { ArgError, FunctionError } from './helpers.js';
import { messageOf } from '../../error-message.js';

export function compileRE2(pattern: string, global = false, index = 0): RegExp {
  let source = pattern;
  let flags = 'u';
  const lead = /^\(\?([imsU]+)\)/.exec(source);
  if (lead) {
    for (const f of lead[1]) if (f !== 'U' && !flags.includes(f)) flags += f;
    source = source.slice(lead[0].length);
  }
  source = source
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$(?![\\s\\S])');
  try {
    return new RegExp(source, global ? `${flags}g` : flags);
  } catch (e: unknown) {
    throw new ArgError(index, `invalid regular expression pattern: ${messageOf(e)}`);
  }
}

function captures(re: RegExp, m: RegExpExecArray): Value {
  const groups = m.groups;
  if (groups && Object.keys(groups).length > 0) {
    const attrs: Record<string, Value> = {};
    for (const [k, v] of Object.entries(groups)) attrs[k] = v === undefined ? V.null(T.string) : V.string(v);
    return V.object(attrs);
  }
  if (m.length > 1) return V.tuple(m.slice(1).map((s) => (s === undefined ? V.null(T.string) : V.string(s))));
  return V.string(m[0]);
}

export function regexMatch(pattern: string, text: string): Value {
  const re = compileRE2(pattern);
  const m = re.exec(text);
  if (!m) throw new FunctionError('pattern did not match any part of the given string');
  const c = captures(re, m);
  return c.kind === 'tuple' ? V.list(c.items, T.string) : c;
}

export function regexAll(pattern: string, text: string): Value {
  const re = compileRE2(pattern, true);
  const out: Value[] = [];
  for (const m of text.matchAll(re)) {
    const c = captures(re, m);
    out.push(c.kind === 'tuple' ? V.list(c.items, T.string) : c);
  }
  return V.list(out, out.length > 0 && out[0].kind === 'string' ? T.string : T.dynamic);
}

/** Go's replacement template (`$1`, `${1}`, `${name}`, `$$`) in JavaScript's syntax. */
export function goReplacement(template: string): string {
  return template.replace(/\$(\$|\{([^}]*)\}|(\w+))/g, (_, all: string, braced?: string, bare?: string) => {
    if (all === '$') return '$$';
    const name = braced ?? bare ?? '';
    return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
  });
}

// fileset's globbing: a port of bmatcuk/doublestar v1.3.4's Glob, the version Packer's fileset uses. `*`, `?`, `[...]`
// (negated with `^`, so `[!a]` is the class of `!` and `a`) and `{a,b}` within a path segment; `**` as a whole
// segment for any depth; `\` escapes. Unreadable directories are skipped, symbolic links followed.
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { FunctionError } from './helpers.js';

export class BadPattern extends Error {
  constructor() {
    super('syntax error in pattern');
  }
}

function indexWithEscaping(s: string, chars: string): number {
  for (let i = 0; i < s.length; i++) {
    if (!chars.includes(s[i])) continue;
    if (i > 0 && s[i - 1] === '\\') continue;
    return i;
  }
  return -1;
}

function lastIndexWithEscaping(s: string, c: string): number {
  let end = s.lastIndexOf(c);
  while (end > 0 && s[end - 1] === '\\') end = s.lastIndexOf(c, end - 2);
  return end;
}

/** The alternatives of `{a,b}` (s starts after the `{`) and the index after the closing `}`, or -1. */
function splitAlternatives(s: string): [string[], number] {
  const out: string[] = [];
  let depth = 1;
  let esc = false;
  let start = 0;
  let i = 0;
  while (depth > 0) {
    if (i >= s.length) return [[], -1];
    const c = s[i];
    if (esc) esc = false;
    else if (c === '\\') esc = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 1) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  out.push(s.slice(start, i - 1));
  return [out, i];
}

function isZeroLength(pattern: string): boolean {
  if (pattern === '' || pattern === '*' || pattern === '**') return true;
  if (pattern[0] === '{') {
    const [options, end] = splitAlternatives(pattern.slice(1));
    if (end === -1) throw new BadPattern();
    if (!isZeroLength(pattern.slice(1 + end))) return false;
    return options.some(isZeroLength);
  }
  return false;
}

const cp = (s: string, i: number): string => String.fromCodePoint(s.codePointAt(i) ?? 0);

/** Whether `name` matches the first segment of `pattern`: undefined if not, else the patterns left for what follows. */
function matchComponent(pattern: string, name: string): string[] | undefined {
  let p = 0;
  let n = 0;
  while (p < pattern.length && n < name.length) {
    let pc = cp(pattern, p);
    const nc = cp(name, n);
    if (pc === '/') {
      p++;
      break;
    } else if (pc === '\\') {
      p++;
      if (p >= pattern.length) throw new BadPattern();
      pc = cp(pattern, p);
      if (pc !== nc) return undefined;
      p += pc.length;
      n += nc.length;
    } else if (pc === '*') {
      p++;
      if (p >= pattern.length) return [];
      if (pattern[p] === '/') return [pattern.slice(p + 1)];
      for (; n < name.length; n += cp(name, n).length) {
        const m = matchComponent(pattern.slice(p), name.slice(n));
        if (m) return m;
      }
      return undefined;
    } else if (pc === '[') {
      p++;
      const close = indexWithEscaping(pattern.slice(p), ']');
      if (close === -1) throw new BadPattern();
      const cls = [...pattern.slice(p, p + close)];
      if (cls.length === 0) throw new BadPattern();
      let k = cls[0] === '^' ? 1 : 0;
      let matched = false;
      while (k < cls.length) {
        let low = cls[k++];
        if (low === '-') throw new BadPattern();
        if (low === '\\') {
          if (k >= cls.length) throw new BadPattern();
          low = cls[k++];
        }
        let high = low;
        if (k < cls.length && cls[k] === '-') {
          if (++k >= cls.length) throw new BadPattern();
          high = cls[k++];
          if (high === '-') throw new BadPattern();
          if (high === '\\') {
            if (k >= cls.length) throw new BadPattern();
            high = cls[k++];
          }
        }
        const x = nc.codePointAt(0) ?? 0;
        if ((low.codePointAt(0) ?? 0) <= x && x <= (high.codePointAt(0) ?? 0)) matched = true;
      }
      if (matched === (cls[0] === '^')) return undefined;
      p += close + 1;
      n += nc.length;
    } else if (pc === '{') {
      p++;
      const [options, end] = splitAlternatives(pattern.slice(p));
      if (end === -1) throw new BadPattern();
      p += end;
      const results: string[] = [];
      let any = false;
      for (const o of options) {
        const m = matchComponent(o + pattern.slice(p), name.slice(n));
        if (m) {
          any = true;
          results.push(...m);
        }
      }
      return any ? results : undefined;
    } else if (pc === '?' || pc === nc) {
      p += pc.length;
      n += nc.length;
    } else return undefined;
  }
  if (n >= name.length) {
    if (p >= pattern.length) return [];
    const rest = pattern.slice(p);
    const slash = indexWithEscaping(rest, '/');
    if (isZeroLength(slash >= 0 ? rest.slice(0, slash) : rest)) return slash === -1 ? [] : [rest.slice(slash + 1)];
  }
  return undefined;
}

function entries(dir: string): { name: string; isLink: boolean; isDir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .map((d) => ({ name: d.name, isLink: d.isSymbolicLink(), isDir: d.isDirectory() }))
      .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  } catch {
    return []; // doublestar skips what it cannot read
  }
}

function stat(p: string, follow: boolean): Stats | undefined {
  try {
    return follow ? statSync(p) : lstatSync(p);
  } catch {
    return undefined;
  }
}

function doGlob(base: string, pat: string, out: string[]): void {
  let basedir = base;
  let pattern = pat;
  let globIdx = indexWithEscaping(pattern, '*?[{\\');
  if (globIdx > 0) globIdx = lastIndexWithEscaping(pattern.slice(0, globIdx), '/');
  else if (globIdx === -1) globIdx = lastIndexWithEscaping(pattern, '/');
  if (globIdx > 0) {
    basedir = path.join(basedir, pattern.slice(0, globIdx));
    pattern = pattern.slice(globIdx + 1);
  }
  let fi = stat(basedir, false);
  if (!fi) return;
  if (pattern === '') {
    out.push(basedir);
    return;
  }
  if (fi.isSymbolicLink()) fi = stat(basedir, true);
  if (!fi?.isDirectory()) return;
  const files = entries(basedir);
  let slash = indexWithEscaping(pattern, '/');
  const last = slash === -1;
  if (last) slash = pattern.length;
  if (pattern.slice(0, slash) === '**') {
    for (const f of files) {
      const full = path.join(basedir, f.name);
      let isDir = f.isDir;
      if (f.isLink) {
        const target = stat(full, true);
        if (!target) continue;
        isDir = target.isDirectory();
      }
      if (isDir) {
        if (last) out.push(full);
        doGlob(full, pattern, out);
      } else if (last) out.push(full);
    }
    if (last) return;
    pattern = pattern.slice(slash + 1);
  }
  for (const f of files) {
    const m = matchComponent(pattern, f.name);
    if (!m) continue;
    const full = path.join(basedir, f.name);
    if (m.length === 0) out.push(full);
    else for (const alt of m) doGlob(full, alt, out);
  }
}

/** doublestar.Glob for an absolute, cleaned pattern: the matching paths, in its order. */
export function glob(pattern: string): string[] {
  const out: string[] = [];
  if (pattern === '') return out;
  if (pattern.startsWith('/')) doGlob('/', pattern.slice(1), out);
  else doGlob('.', pattern, out);
  return out;
}

/** Go's filepath.Join: cleaned, without a trailing slash. */
function goJoin(...parts: string[]): string {
  const j = path.join(...parts);
  return j.length > 1 && j.endsWith('/') ? j.slice(0, -1) : j;
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'not a directory',
};

/**
 * go-cty-funcs' fileset: the pattern joined to the directory (so `./` and `../` are resolved first), regular files
 * only (symbolic links followed), paths relative to the directory with forward slashes. Errors are the call's, in
 * its words; `[` without `]` is a syntax error.
 */
export function fileset(baseDir: string, dir: string, pattern: string): string[] {
  const root = path.isAbsolute(dir) ? goJoin(dir) : goJoin(baseDir, dir);
  const joined = goJoin(root, pattern);
  let matches: string[];
  try {
    matches = glob(joined);
  } catch (e: unknown) {
    if (e instanceof BadPattern) throw new FunctionError(`failed to glob pattern (${joined}): ${e.message}`);
    throw e;
  }
  const out: string[] = [];
  for (const m of matches) {
    let st: Stats;
    try {
      st = statSync(m);
    } catch (e: unknown) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      throw new FunctionError(`failed to stat (${m}): stat ${m}: ${ERRNO_TEXT[code] ?? code}`);
    }
    if (!st.isFile()) continue;
    out.push(path.relative(root, m).split(path.sep).join('/'));
  }
  return out;
}

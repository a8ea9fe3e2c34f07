// Filesystem functions: abspath basename dirname file fileexists fileset pathexpand templatefile. Relative paths
// are resolved against the template's directory.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { evaluate } from '../eval.js';
import type { HclFunction } from '../function.js';
import { parseTemplateText } from '../parser.js';
import { T, V, type Value } from '../value.js';
import { ArgError, attrs, fn, FunctionError, param, str } from './helpers.js';
import { globToRegExp } from './glob.js';
import { readFileBounded } from './read-file.js';

/** The file as UTF-8 text, a BOM included (Go keeps it; TextDecoder would drop it by default). */
function readText(file: string, shown: string): string {
  const bytes = readFileBounded(file, shown);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FunctionError(
      `contents of ${shown} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`,
    );
  }
}

function fileset(root: string, dir: string, pattern: string): string[] {
  const base = path.resolve(root, dir);
  if (!existsSync(base)) return [];
  const re = globToRegExp(pattern);
  const out: string[] = [];
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(base, full).split(path.sep).join('/');
    if (re.test(rel)) out.push(rel);
  }
  return out.sort();
}

export interface FilesystemOptions {
  baseDir: string;
  /** The functions available inside templatefile's template. */
  templateFunctions: () => Record<string, HclFunction>;
}

export function filesystemFunctions(opts: FilesystemOptions): Record<string, HclFunction> {
  const resolve = (p: string): string => path.resolve(opts.baseDir, expandHome(p));
  const templatefile = fn([param('path', T.string), param('vars', T.dynamic)], ([p, vars]) => {
    const shown = str(p);
    const text = readText(resolve(shown), shown);
    const variables: Record<string, Value> = {};
    for (const [k, v] of Object.entries(attrs(vars, 1))) {
      if (!/^[\p{ID_Start}_][\p{ID_Continue}-]*$/u.test(k))
        throw new ArgError(
          1,
          `invalid template variable name ${JSON.stringify(k)}: must start with a letter, followed by zero or more letters, digits, and underscores`,
        );
      variables[k] = v;
    }
    const parsed = parseTemplateText(text, shown);
    const functions = { ...opts.templateFunctions() };
    delete functions.templatefile;
    const result = parsed.diagnostics.length > 0 ? { value: V.unknown(), diagnostics: parsed.diagnostics } : evaluate(parsed.expr, { variables, functions });
    const problem = result.diagnostics.find((d) => d.severity === 'error');
    if (problem) {
      const r = problem.range;
      const where = r ? `${r.file}:${r.start.line},${r.start.column}-${r.end.line === r.start.line ? '' : `${r.end.line},`}${r.end.column}: ` : '';
      throw new FunctionError(`${where}${problem.summary}; ${problem.detail ?? ''}`);
    }
    return result.value;
  });
  return {
    abspath: fn([param('path', T.string)], ([p]) => V.string(resolve(str(p)).split(path.sep).join('/')), { returnType: T.string }),
    basename: fn([param('path', T.string)], ([p]) => V.string(basename(str(p))), { returnType: T.string }),
    dirname: fn([param('path', T.string)], ([p]) => V.string(dirname(str(p))), { returnType: T.string }),
    pathexpand: fn([param('path', T.string)], ([p]) => V.string(expandHome(str(p))), { returnType: T.string }),
    file: fn([param('path', T.string)], ([p]) => V.string(readText(resolve(str(p)), str(p))), { returnType: T.string }),
    fileexists: fn(
      [param('path', T.string)],
      ([p]) => {
        const full = resolve(str(p));
        if (!existsSync(full)) return V.bool(false);
        const st = statSync(full);
        if (st.isDirectory()) throw new FunctionError(`${str(p)} is a directory, not a file`);
        return V.bool(st.isFile());
      },
      { returnType: T.bool },
    ),
    fileset: fn(
      [param('path', T.string), param('pattern', T.string)],
      ([p, pat]) => {
        const out = fileset(opts.baseDir, expandHome(str(p)), str(pat, 1));
        return { kind: 'set', items: out.map(V.string), element: T.string };
      },
      { returnType: T.set(T.string) },
    ),
    templatefile,
  };
}

function expandHome(p: string): string {
  if (p === '~') return homedir();
  if (p.startsWith('~/')) return path.join(homedir(), p.slice(2));
  return p;
}

/** Go's filepath.Base: the last element, "." for empty, "/" for only slashes. */
function basename(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Go's filepath.Dir: all but the last element, cleaned. */
function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  const dir = i < 0 ? '.' : p.slice(0, i + 1);
  const cleaned = path.posix.normalize(dir);
  return cleaned.length > 1 ? cleaned.replace(/\/$/, '') : cleaned;
}

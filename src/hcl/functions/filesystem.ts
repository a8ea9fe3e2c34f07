// Filesystem functions: abspath basename dirname file fileexists fileset pathexpand templatefile. Relative paths
// are resolved against the template's directory.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { evaluate } from '../eval/evaluate.js';
import type { Diagnostic } from '../diagnostics.js';
import type { HclFunction } from './function.js';
import { rangeText } from '../position.js';
import { traversals } from '../syntax/traversals.js';
import { parseTemplateText } from '../syntax/parser.js';
import { newAttrs, setAttr, T, V } from '../value/value.js';
import { ArgError, attrs, fn, FunctionError, param, str } from './helpers.js';
import { fileset } from './glob.js';
import { readFileBounded } from './read-file.js';
import { setItems } from '../value/set-order.js';

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

export interface FilesystemOptions {
  baseDir: string;
  /** The functions available inside templatefile's template. */
  templateFunctions: () => Record<string, HclFunction>;
}

export function filesystemFunctions(opts: FilesystemOptions): Record<string, HclFunction> {
  const resolve = (p: string): string => path.resolve(opts.baseDir, expandForFile(p));
  const templatefile = fn([param('path', T.string), param('vars', T.dynamic)], ([p, vars]) => {
    const shown = str(p);
    const text = readText(resolve(shown), shown);
    const parsed = parseTemplateText(text, shown);
    if (parsed.diagnostics.length > 0) throw failure(parsed.diagnostics);
    const variables = newAttrs();
    for (const [k, v] of Object.entries(attrs(vars, 1))) {
      if (!/^[\p{ID_Start}_][\p{ID_Continue}-]*$/u.test(k))
        throw new ArgError(
          1,
          `invalid template variable name ${JSON.stringify(k)}: must start with a letter, followed by zero or more letters, digits, and underscores`,
        );
      setAttr(variables, k, v);
    }
    // As Packer: a reference to a name the vars lack is blamed on the vars argument, before evaluating.
    for (const ref of traversals(parsed.expr)) {
      if (!Object.hasOwn(variables, ref.root))
        throw new ArgError(1, `vars map does not contain key ${JSON.stringify(ref.root)}, referenced at ${rangeText(ref.rootRange)}`);
    }
    const functions = { ...opts.templateFunctions() };
    delete functions.templatefile;
    const result = evaluate(parsed.expr, { variables, functions });
    if (result.diagnostics.some((d) => d.severity === 'error')) throw failure(result.diagnostics);
    return result.value;
  });
  return {
    // Go's filepath.Abs: no `~` expansion.
    abspath: fn([param('path', T.string)], ([p]) => V.string(path.resolve(opts.baseDir, str(p)).split(path.sep).join('/')), { returnType: T.string }),
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
        const out = fileset(opts.baseDir, str(p), str(pat, 1));
        return { kind: 'set', items: setItems(out.map(V.string)), element: T.string };
      },
      { returnType: T.set(T.string) },
    ),
    templatefile,
  };
}

/** The first error of the template, as HCL's diagnostics print in the call's failure message. */
function failure(diagnostics: readonly Diagnostic[]): FunctionError {
  const problem = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const where = problem.range ? `${rangeText(problem.range)}: ` : '';
  return new FunctionError(`${where}${problem.summary}; ${problem.detail ?? ''}`);
}

/** go-homedir's Expand: `~` and `~/…` (or `~\\…`) only; `~user` is refused. */
function expandHome(p: string): string {
  if (!p.startsWith('~')) return p;
  if (p.length > 1 && p[1] !== '/' && p[1] !== '\\') throw new FunctionError('cannot expand user-specific home dir');
  return path.join(homedir(), p.slice(1));
}

/** The file functions' expansion of `~`, failing as theirs do. */
function expandForFile(p: string): string {
  try {
    return expandHome(p);
  } catch (e: unknown) {
    if (e instanceof FunctionError) throw new FunctionError(`failed to expand ~: ${e.message}`);
    throw e;
  }
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

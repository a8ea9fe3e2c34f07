// Finds and parses a template: a file, or a directory's *.pkr.hcl and *.pkr.json files plus its *.auto.pkrvars.hcl
// and *.auto.pkrvars.json files, in lexical order. Files ending in .json are HCL JSON syntax.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import type { File } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { parseJsonFile } from '../hcl/json/body.js';
import { justAttributes } from './body.js';
import { parseFile } from '../hcl/syntax/parser.js';
import { decodeSource } from '../hcl/syntax/source-text.js';

export interface LoadedFiles {
  /** Absolute directory of the template. */
  root: string;
  /** Packer's path.root: the path as given, or for a file its directory as Go's filepath.Dir gives it ("." for "t.pkr.hcl"). */
  pathRoot: string;
  templates: File[];
  autoVarFiles: File[];
  sources: Map<string, string>;
  diagnostics: Diagnostic[];
}

const TEMPLATE_SUFFIXES = ['.pkr.hcl', '.pkr.json'];
const AUTO_VARS_SUFFIXES = ['.auto.pkrvars.hcl', '.auto.pkrvars.json'];

/**
 * Reads and parses one file; `name` is how it appears in diagnostics. A variables file (`varFile`) holds only
 * attributes, so a JSON one is resolved into attributes here.
 */
export function parseSource(absPath: string, name: string, sources: Map<string, string>, diags: Diagnostic[], varFile = false): File | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absPath);
  } catch (e: unknown) {
    diags.push(error('Failed to read file', `The file ${name} could not be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`));
    return undefined;
  }
  const { text, diagnostics: encoding } = decodeSource(bytes, name, name.endsWith('.json'));
  diags.push(...encoding);
  sources.set(name, text);
  if (!name.endsWith('.json')) {
    const { file, diagnostics } = parseFile(text, name);
    diags.push(...diagnostics);
    return file;
  }
  const { file, diagnostics } = parseJsonFile(text, name);
  diags.push(...diagnostics);
  if (!varFile || diagnostics.length > 0) return file;
  return { ...file, body: justAttributes(file.body, diags) };
}

/** Go's filepath.Dir: everything before the last slash, cleaned; "." when there is none. */
function goDir(p: string): string {
  const dir = posix.normalize(p.slice(0, p.lastIndexOf('/') + 1));
  return dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir;
}

/** File names in diagnostics are as the user wrote the path (relative to the working directory), as Packer prints them. */
export function loadTemplate(path: string, cwd: string): LoadedFiles {
  const abs = resolve(cwd, path);
  const given = path.replaceAll('\\', '/');
  const out: LoadedFiles = { root: abs, pathRoot: given, templates: [], autoVarFiles: [], sources: new Map(), diagnostics: [] };
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    out.diagnostics.push(
      error('Template not found', `No file or directory at ${path}. Pass a .pkr.hcl or .pkr.json file, or a directory that holds such files.`),
    );
    return out;
  }
  if (!isDir) {
    out.root = resolve(abs, '..');
    out.pathRoot = goDir(given);
    const f = parseSource(abs, path, out.sources, out.diagnostics);
    if (f) out.templates.push(f);
    return out;
  }
  const names = readdirSync(abs).sort();
  for (const name of names) {
    if (TEMPLATE_SUFFIXES.some((s) => name.endsWith(s))) {
      const f = parseSource(join(abs, name), join(path, name), out.sources, out.diagnostics);
      if (f) out.templates.push(f);
    } else if (AUTO_VARS_SUFFIXES.some((s) => name.endsWith(s))) {
      const f = parseSource(join(abs, name), join(path, name), out.sources, out.diagnostics, true);
      if (f) out.autoVarFiles.push(f);
    }
  }
  if (out.templates.length === 0 && out.diagnostics.length === 0) {
    out.diagnostics.push(error('No template files', `The directory ${path} holds no *.pkr.hcl or *.pkr.json files.`));
  }
  return out;
}

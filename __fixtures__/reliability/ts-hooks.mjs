// Module hooks that let node run src/**/*.ts directly (relative `.js` imports resolve to the `.ts` file), so the
// reliability suite drives the CLI as a real process on the current source without bundling it first.
// Transpiled files are cached by path, size and mtime; typescript is loaded only on a cache miss.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE = join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.cache/repack-ts');
let typescript;

export async function resolve(specifier, context, next) {
  if (/^\.{1,2}\//.test(specifier) && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true, format: 'module' };
  }
  return next(specifier, context);
}

async function transpile(file, source) {
  typescript ??= (await import('typescript')).default;
  const { ModuleKind, ScriptTarget } = typescript;
  const options = { module: ModuleKind.ESNext, target: ScriptTarget.ES2022, isolatedModules: true };
  return typescript.transpileModule(source, { fileName: file, compilerOptions: options }).outputText;
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const st = statSync(file);
  const key = createHash('sha1').update(`${file}:${st.size}:${st.mtimeMs}`).digest('hex');
  const cached = join(CACHE, `${key}.js`);
  if (existsSync(cached)) return { format: 'module', source: readFileSync(cached, 'utf8'), shortCircuit: true };
  const out = await transpile(file, readFileSync(file, 'utf8'));
  try {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, out);
  } catch {
    // A read-only cache (a run as another user) only costs the transpile.
  }
  return { format: 'module', source: out, shortCircuit: true };
}

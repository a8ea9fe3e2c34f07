#!/usr/bin/env node
// Bundles the action (main + post step) and the CLI into dist/ with esbuild: one build of the three entries, ES
// modules for node 20 and later, so code they share (the engine, the Docker client, the HCL evaluator) is one chunk
// that each entry imports rather than a copy in each entry's bundle. Each dynamic import() in the code (the Docker
// client, @actions/cache, the YAML parser, tar-stream) stays a chunk of its own, loaded only when the run reaches it
// (docs/adr/0002, docs/adr/0004). esbuild does not type-check: `npm run lint` runs tsc.
// Layout: dist/index.js, dist/post.js and dist/cli/index.js are launchers; dist/<entry>.bundle.js and
// dist/cli/index.bundle.js the entries' code; dist/chunks/ the shared and lazy chunks, with a .npmignore that leaves
// the chunks only the action loads out of the npm package (which ships the CLI).
// Usage: node scripts/bundle.mjs [--out DIR]   (check-dist.sh builds into a temp dir and compares)
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = path.resolve(outFlag >= 0 ? process.argv[outFlag + 1] : path.join(root, 'dist'));

/** `out` is the launcher's path in dist/; the entry's code goes beside it as `<name>.bundle.js`. */
const entries = [
  { src: 'src/index.ts', out: 'index.js' },
  { src: 'src/post.ts', out: 'post.js' },
  { src: 'src/cli/index.ts', out: 'cli/index.js', shebang: true, cli: true },
];

// Bundled CommonJS code calls require() for node's built-in modules and reads __dirname; an ES module has neither.
// Every output file (entry and chunks) starts with these. __filename and __dirname get names of their own, which
// `define` puts where bundled code reads them as globals: an ES module of a dependency may declare its own top-level
// `var __filename` (@azure/storage-common does), which would clash with a prelude constant of that name.
const PRELUDE = [
  "import { createRequire as __repackCreateRequire } from 'node:module';",
  "import { fileURLToPath as __repackFileURLToPath } from 'node:url';",
  "import { dirname as __repackDirname } from 'node:path';",
  'const require = __repackCreateRequire(import.meta.url);',
  'const __repackFilename = __repackFileURLToPath(import.meta.url);',
  'const __repackDirnameValue = __repackDirname(__repackFilename);',
].join('\n');

/**
 * What is not bundled, and why.
 * - ssh2's optional native addons (cpu-features, sshcrypto.node) are compiled by `npm ci` on each machine, so their
 *   bytes differ between machines (and would break check-dist.sh); left as run-time requires, they fail to load from
 *   dist/ and ssh2 falls back to plain JS.
 * - dockerode's BuildKit session (gRPC, protobufjs: half of the Docker client) serves only builds with
 *   `version: "2"`, which repack never asks for; bundled, they cost ~35 ms of compiling at every start. Their
 *   requires resolve to a built-in module with none of their exports instead, so such a build would fail at its
 *   first call. The .proto files it would read and ssh2's pagent.exe (Windows' Pageant) are not copied either.
 * - docker-modem's ssh transport (for ssh:// DOCKER_HOST) is required when the Docker client loads but called
 *   rarely: it is replaced by a function that requires it on its first call (the module exports one function, so
 *   the wrapper is equivalent), and costs nothing until then.
 */
const policy = {
  name: 'repack-externals',
  setup(build) {
    build.onResolve({ filter: /^cpu-features$|\.node$/ }, (args) => ({ path: args.path, external: true }));
    build.onResolve({ filter: /^(@grpc\/grpc-js|@grpc\/proto-loader|protobufjs)$/ }, () => ({
      path: 'node:process',
      external: true,
    }));
    build.onResolve({ filter: /^\.\/ssh$/ }, (args) =>
      /[\\/]docker-modem[\\/]lib[\\/]modem\.js$/.test(args.importer)
        ? { path: path.relative(root, path.join(args.resolveDir, 'ssh.js')), namespace: 'lazy-ssh' }
        : undefined,
    );
    // The path is relative to the repository: esbuild names each module in a comment, and dist/ must not depend on
    // where the checkout is.
    build.onLoad({ filter: /.*/, namespace: 'lazy-ssh' }, (args) => ({
      contents: "module.exports = function () { return require('./ssh.js').apply(this, arguments); };\n",
      resolveDir: path.dirname(path.join(root, args.path)),
      loader: 'js',
    }));
  },
};

/** The first directory holding a package.json with a name, from a bundled file upwards. */
function packageOf(file) {
  for (let dir = path.dirname(file); dir.includes('node_modules'); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    if (pkg.name) return { dir, pkg };
  }
  return undefined;
}

/** The licence texts of every package with code in the bundle, one after another, sorted by package name. */
function licenses(metafile) {
  const seen = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const file = path.resolve(root, input.replace(/^[a-z-]+:/, ''));
    if (!file.includes(`${path.sep}node_modules${path.sep}`)) continue;
    const found = packageOf(file);
    if (found) seen.set(`${found.pkg.name}@${found.pkg.version}`, found);
  }
  const parts = [...seen.keys()].sort().map((id) => {
    const { dir, pkg } = seen.get(id);
    const licenseFiles = readdirSync(dir)
      .filter((f) => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(f))
      .sort();
    const texts = licenseFiles.map((f) => readFileSync(path.join(dir, f), 'utf8').trim());
    const spdx = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see the package');
    return [id, spdx, '', ...texts].join('\n').trimEnd();
  });
  return `${parts.join('\n\n--------------------------------------------------------------------------\n\n')}\n`;
}

// Each entry file is a small launcher that turns on node's on-disk compile cache (node >= 22.1, e.g. the action's
// node24; a no-op on older nodes) and then imports the bundle, so the bundle itself is compiled from the cache: a
// module compiles before its first line runs, so it cannot turn the cache on for itself. Its place is beside the
// digest memo (src/plugin/digest-memo.ts); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
function launcher(bundleName) {
  return [
    "import module from 'node:module';",
    "import os from 'node:os';",
    "import path from 'node:path';",
    '',
    'try {',
    "  module.enableCompileCache?.(path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'repack', 'node-compile-cache'));",
    '} catch {',
    '  // No home directory: no cache.',
    '}',
    `await import('./${bundleName}');`,
    '',
  ].join('\n');
}

/** The output path (relative to dist/) of an entry's code. */
function bundleOut(entry) {
  return entry.out.replace(/\.js$/, '.bundle.js');
}

async function bundle() {
  for (const e of entries) if (!existsSync(path.join(root, e.src))) throw new Error(`${e.src} does not exist`);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(entries.map((e) => [bundleOut(e).replace(/\.js$/, ''), path.join(root, e.src)])),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: ['node20'],
    chunkNames: 'chunks/[hash]',
    banner: { js: PRELUDE },
    define: { __filename: '__repackFilename', __dirname: '__repackDirnameValue' },
    legalComments: 'none',
    plugins: [policy],
    metafile: true,
    write: false,
    outdir: outDir,
    logLevel: 'silent',
  });
  return { files: result.outputFiles, metafile: result.metafile };
}

/** Every output file (relative to dist/) the CLI's code can load, statically or lazily. */
function cliFiles(metafile) {
  const outputs = new Map(Object.entries(metafile.outputs).map(([p, o]) => [path.relative(outDir, path.resolve(root, p)), o]));
  const start = bundleOut(entries.find((e) => e.cli));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !outputs.has(file)) return;
    seen.add(file);
    for (const i of outputs.get(file).imports) if (!i.external) visit(path.relative(outDir, path.resolve(root, i.path)));
  };
  visit(start);
  return seen;
}

function write(file, contents, mode) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, contents);
  if (mode !== undefined) chmodSync(file, mode);
}

function emit({ files, metafile }) {
  for (const f of files) write(f.path, f.contents, 0o644);
  for (const entry of entries) {
    const start = launcher(path.basename(bundleOut(entry)));
    write(path.join(outDir, entry.out), entry.shebang ? `#!/usr/bin/env node\n${start}` : start, entry.shebang ? 0o755 : 0o644);
  }
  write(path.join(outDir, 'licenses.txt'), licenses(metafile), 0o644);
  write(path.join(outDir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`, 0o644);
  // The npm package ships dist/cli/ and dist/chunks/: the chunks only the action loads stay out of it.
  const forCli = cliFiles(metafile);
  const actionOnly = files
    .map((f) => path.relative(outDir, f.path))
    .filter((f) => f.startsWith('chunks/') && !forCli.has(f))
    .map((f) => path.basename(f))
    .sort();
  write(path.join(outDir, 'chunks', '.npmignore'), `# Chunks the CLI never loads (written by scripts/bundle.mjs).\n${actionOnly.join('\n')}\n`, 0o644);
}

function describe(e) {
  if (e && typeof e === 'object' && Array.isArray(e.errors) && e.errors.length > 0)
    return e.errors
      .slice(0, 10)
      .map((m) => (m.location ? `${m.location.file}:${m.location.line}:${m.location.column}: ${m.text}` : m.text))
      .join('\n');
  return e instanceof Error ? e.message : String(e);
}

try {
  const built = await bundle().catch((e) => {
    throw new Error(`esbuild failed:\n${describe(e)}`);
  });
  rmSync(outDir, { recursive: true, force: true });
  emit(built);
  for (const e of entries) console.error(`bundle: ${e.src} -> ${path.relative(root, path.join(outDir, e.out))}`);
} catch (e) {
  console.error(`bundle: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

#!/usr/bin/env node
// Bundles the action (main + post step) and the CLI into dist/ with ncc, as ES modules, one file per entry plus
// any native or data assets ncc finds. ncc type-checks: ts-loader needs the whole program to emit NodeNext
// files as ES modules (transpile-only would emit CommonJS).
// Usage: node scripts/bundle.mjs [--out DIR]   (check-dist.sh builds into a temp dir and compares)
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = path.resolve(outFlag >= 0 ? process.argv[outFlag + 1] : path.join(root, 'dist'));

// ssh2's optional native addons are compiled by `npm ci` on each machine, so their bytes differ between machines
// (and would break check-dist.sh); ssh2 falls back to plain JS when they fail to load, as they then do.
// dockerode's BuildKit session (gRPC, protobufjs: half of the Docker client's 2.2 MB) serves only builds with
// `version: "2"`, which repack never asks for; bundled, they cost ~35 ms of compiling at every start. Their requires
// resolve to a built-in module with none of their exports instead, so such a build would fail at its first call.
const NOT_BUNDLED = 'node:process';
const externals = {
  'cpu-features': 'cpu-features',
  './crypto/build/Release/sshcrypto.node': './crypto/build/Release/sshcrypto.node',
  '@grpc/grpc-js': NOT_BUNDLED,
  '@grpc/proto-loader': NOT_BUNDLED,
  protobufjs: NOT_BUNDLED,
};

const entries = [
  { src: 'src/index.ts', out: 'index.js' },
  { src: 'src/post.ts', out: 'post.js' },
  { src: 'src/cli/index.ts', out: 'cli/index.js', shebang: true, optional: true },
];

function firstLines(text, n) {
  return String(text)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, n)
    .join('\n');
}

async function bundle(entry) {
  const input = path.join(root, entry.src);
  if (!existsSync(input)) {
    if (entry.optional) return undefined;
    throw new Error(`${entry.src} does not exist`);
  }
  const base = path.basename(entry.out, '.js');
  try {
    const { code, assets } = await ncc(input, {
      cache: false,
      externals,
      minify: false,
      sourceMap: false,
      transpileOnly: false,
      target: 'es2022',
      license: `${base}.licenses.txt`,
      // Chunks of dynamic imports are named `<id>.<filename>`: distinct per entry, so entries sharing a directory
      // cannot overwrite each other's chunks.
      filename: path.basename(entry.out),
      quiet: true,
    });
    return { entry, code, assets };
  } catch (e) {
    // ncc's errors embed its own minified source; the first lines say what is wrong.
    throw new Error(`ncc failed on ${entry.src}:\n${firstLines(e instanceof Error ? e.message : e, 20)}`);
  }
}

function write(file, contents, mode) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, contents);
  if (mode !== undefined) chmodSync(file, mode);
}

// ncc's ES module output leaves some CommonJS `__dirname` uses as they are (ssh2's emscripten poly1305 module, which
// docker-modem loads at startup), and an ES module has no `__dirname`.
const ESM_PRELUDE = [
  "import { fileURLToPath as __repackFileURLToPath } from 'node:url';",
  "import { dirname as __repackDirname } from 'node:path';",
  'const __filename = __repackFileURLToPath(import.meta.url);',
  'const __dirname = __repackDirname(__filename);',
  '',
].join('\n');

// A module the Docker client loads at start-up but repack uses rarely (docker-modem's ssh transport, for ssh://
// DOCKER_HOST): made lazy, it costs nothing until called. It is a function in its module, so a wrapper that loads it
// on the first call is equivalent.
const LAZY = [{ name: 'ssh', re: /(\n\s*)ssh = (__(?:webpack|nccwpck)_require__)\((\d+)\),/ }];

/** Applies the LAZY rewrites to each piece of an entry's output; throws when the Docker client is there but a rewrite no longer matches. */
function lazify(pieces) {
  const hasClient = pieces.some((p) => p.includes('withSession'));
  const found = new Set();
  const out = pieces.map((text) =>
    LAZY.reduce(
      (t, { name, re }) =>
        t.replace(re, (_m, indent, req, id) => {
          found.add(name);
          return `${indent}${name} = function () { return ${req}(${id}).apply(this, arguments); },`;
        }),
      text,
    ),
  );
  const missing = LAZY.filter((l) => !found.has(l.name)).map((l) => l.name);
  if (hasClient && missing.length > 0)
    throw new Error(`the lazy-load rewrite found no ${missing.join(', ')} in the Docker client: update LAZY in scripts/bundle.mjs`);
  return out;
}

// Each entry file is a small launcher that turns on node's on-disk compile cache (node >= 22.1, e.g. the action's
// node24; a no-op on older nodes) and then imports the bundle, so the bundle itself is compiled from the cache: a
// module compiles before its first line runs, so it cannot turn the cache on for itself. Its place is beside the
// digest memo (src/provisioners/digest-memo.ts); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
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

function emit({ entry, code, assets }) {
  const file = path.join(outDir, entry.out);
  const bundleName = path.basename(entry.out).replace(/\.js$/, '.bundle.js');
  const chunk = new RegExp(`^\\d+\\.${path.basename(entry.out).replace('.', '\\.')}$`);
  const names = Object.keys(assets).sort((a, b) => a.localeCompare(b));
  const chunkNames = names.filter((n) => chunk.test(n));
  const [main, ...chunks] = lazify([code, ...chunkNames.map((n) => assets[n].source.toString('utf8'))]);
  write(path.join(path.dirname(file), bundleName), ESM_PRELUDE + main.replace(/^#![^\n]*\n/, ''));
  const start = launcher(bundleName);
  write(file, entry.shebang ? `#!/usr/bin/env node\n${start}` : start, entry.shebang ? 0o755 : undefined);
  for (const name of names) {
    const i = chunkNames.indexOf(name);
    const source = i >= 0 ? ESM_PRELUDE + chunks[i] : assets[name].source;
    write(path.join(path.dirname(file), name), source, assets[name].permissions);
  }
}

try {
  const built = [];
  for (const entry of entries) {
    const result = await bundle(entry);
    if (result) built.push(result);
    else console.error(`bundle: skipped ${entry.src} (not found)`);
  }
  rmSync(outDir, { recursive: true, force: true });
  for (const b of built) emit(b);
  write(path.join(outDir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`, 0o644);
  for (const b of built) console.error(`bundle: ${b.entry.src} -> ${path.relative(root, path.join(outDir, b.entry.out))}`);
} catch (e) {
  console.error(`bundle: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

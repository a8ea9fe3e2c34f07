// Multi-platform builds and the shared caches, on the real engine and registry (and the local Actions cache server
// for type=gha): a linux/amd64 + linux/arm64 build exports distinct entries per platform, and a repeat build in a
// daemon holding none of the build's images is served by them in full, each platform from its own entries. And the
// job summary of a build whose arm64 leg fails names the failed platform beside the other's result.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startCacheServer, type CacheServer } from '../__fixtures__/cache-server/index.js';
import { CACHE_ENV_KEYS, keepCacheEnv } from '../__fixtures__/cache-server/runner-env.js';
import { renderSummary } from '../src/action/summary.js';
import { actionsCacheClient } from '../src/cache/gha.js';
import { CACHE_KEY_LABEL, CACHE_REPOSITORY } from '../src/cache/key.js';
import type { CacheOptions } from '../src/cache/options.js';
import { parseCacheSpecs } from '../src/cache/spec.js';
import { connectDocker } from '../src/docker/connect.js';
import { runTemplate } from '../src/pipeline/run.js';
import { RecordingUi } from '../src/pipeline/ui.js';

const REGISTRY = '127.0.0.1:5000';
const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const driver = connectDocker();
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const source = `mpc_${run}`;
const cacheRepo = `${REGISTRY}/repack-itg-mp-cache-${run}`;
const pushRepo = `${REGISTRY}/repack-itg-mp-summary-${run}`;
const restoreEnv = keepCacheEnv();
let dir: string;
let server: CacheServer;

/** A template building busybox-multi as source `source`, with `body` in its build block. */
function busyboxMulti(body: string): string {
  return `source "docker" "${source}" {
  image  = "${REGISTRY}/busybox-multi:latest"
  commit = true
}
build {
  sources = ["source.docker.${source}"]
${body}
}
`;
}

beforeAll(async () => {
  server = await startCacheServer();
  dir = mkdtempSync(join(tmpdir(), 'repack-mp-cache-'));
  writeFileSync(
    join(dir, 'cache.pkr.hcl'),
    busyboxMulti(`  provisioner "shell" { inline = ["echo ${run} > /run-id"] }
  provisioner "shell" { inline = ["uname -m > /built-on"] }`),
  );
  writeFileSync(
    join(dir, 'fails-on-arm.pkr.hcl'),
    busyboxMulti(`  provisioner "shell" { inline = ["echo ${run}-summary > /run-id"] }
  provisioner "shell" { inline = ["test \\"$(uname -m)\\" != aarch64"] }
  post-processors {
    post-processor "docker-tag" {
      repository = "${pushRepo}"
      tags       = ["v1"]
    }
    post-processor "docker-push" {}
  }`),
  );
});

/** Every image this file made (steps, cache tags, results), newest first; the base image is never among them. */
async function removeOwnImages(): Promise<void> {
  const images = (await driver.listImages('io.repack.build'))
    .filter((i) => i.labels['io.repack.build']?.includes(source))
    .sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));
  for (const i of images) await driver.removeImage(i.id, { force: true }).catch(() => undefined);
}

afterAll(async () => {
  await removeOwnImages();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  restoreEnv();
});

async function build(template: string, cache?: CacheOptions) {
  const ui = new RecordingUi();
  const outcome = await runTemplate({ template, cwd: dir, ui, driver, platforms: PLATFORMS, cache });
  expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const [r] = outcome.results;
  // Each leg's cache marks, in step order.
  const marks = Object.fromEntries(
    PLATFORMS.map((p) => [p, ui.lines.filter((l) => l.build.endsWith(`(${p})`)).flatMap((l) => /\] (CACHED|RUN) provisioner/.exec(l.text)?.[1] ?? [])]),
  );
  return { r, ui, marks, results: outcome.results };
}

function runImage(image: string, platform: string): string {
  return execFileSync('docker', ['run', '--rm', '--platform', platform, image, 'sh', '-c', 'uname -m; cat /built-on /run-id'], { encoding: 'utf8' }).trim();
}

function checkRestored(first: Awaited<ReturnType<typeof build>>, again: Awaited<ReturnType<typeof build>>): void {
  expect(again.r.error).toBeUndefined();
  expect(again.marks).toEqual({ 'linux/amd64': ['CACHED', 'CACHED'], 'linux/arm64': ['CACHED', 'CACHED'] });
  expect(again.r.cache).toEqual({ hits: 4, steps: 4 });
  const ids = (b: typeof first) => b.r.platforms?.map((p) => p.imageId);
  expect(ids(again)).toEqual(ids(first));
  expect(runImage(again.r.platforms?.[0].imageId ?? '', 'linux/amd64')).toBe(`x86_64\nx86_64\n${run}`);
  expect(runImage(again.r.platforms?.[1].imageId ?? '', 'linux/arm64')).toBe(`aarch64\naarch64\n${run}`);
}

test('type=registry: a platform entry per step and platform; a repeat build without local images is fully CACHED', async () => {
  const specs = (dir: 'cache-from' | 'cache-to') => parseCacheSpecs(`type=registry,ref=${cacheRepo}`, dir);
  const first = await build('cache.pkr.hcl', { to: specs('cache-to') });
  expect(first.r.error).toBeUndefined();
  expect(first.marks).toEqual({ 'linux/amd64': ['RUN', 'RUN'], 'linux/arm64': ['RUN', 'RUN'] });
  // Four cache images in the registry, one per step and platform, each of its own platform.
  const res = await fetch(`http://${REGISTRY}/v2/${cacheRepo.slice(REGISTRY.length + 1)}/tags/list`);
  const tags = ((await res.json()) as { tags: string[] }).tags;
  expect(tags).toHaveLength(4);
  const archs = await Promise.all(
    tags.map(async (t) => {
      const image = await driver.inspectImage(`${cacheRepo}:${t}`);
      expect(image?.labels[CACHE_KEY_LABEL]).toBe(t);
      return image?.architecture;
    }),
  );
  expect(archs.sort()).toEqual(['amd64', 'amd64', 'arm64', 'arm64']);

  await removeOwnImages();
  for (const t of tags) expect(await driver.inspectImage(`${CACHE_REPOSITORY}:${t}`)).toBeUndefined();
  checkRestored(first, await build('cache.pkr.hcl', { from: specs('cache-from') }));
});

test('type=gha: distinct entries per platform; a repeat build without local images is fully CACHED', async () => {
  await removeOwnImages();
  for (const k of CACHE_ENV_KEYS) delete process.env[k];
  Object.assign(process.env, server.env('v2'), { GITHUB_WORKSPACE: dir });
  const gha = [{ type: 'gha' as const, attrs: { scope: run } }];
  const client = () => actionsCacheClient(gha, process.env, join(dir, 'staging'));
  const before = server.store.entries.length;
  const first = await build('cache.pkr.hcl', { to: gha, gha: client() });
  expect(first.r.error).toBeUndefined();
  expect(first.marks).toEqual({ 'linux/amd64': ['RUN', 'RUN'], 'linux/arm64': ['RUN', 'RUN'] });
  const made = server.store.entries.slice(before).map((e) => e.key);
  expect(new Set(made).size).toBe(4);

  await removeOwnImages();
  checkRestored(first, await build('cache.pkr.hcl', { from: gha, gha: client() }));
});

test('the job summary of a build whose arm64 leg fails names that platform and shows the amd64 result', async () => {
  const { r, results } = await build('fails-on-arm.pkr.hcl');
  expect(r.error).toMatch(/^linux\/arm64: /);
  const amd64 = r.platforms?.find((p) => p.platform === 'linux/amd64');
  const digest = amd64?.digests[0]?.digest ?? '';
  expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  const [row] = renderSummary(results)
    .split('\n')
    .filter((l) => l.startsWith('| <code>'));
  const cell = (s: string) => s.replace(/[:.]/g, (c) => `&#${c.charCodeAt(0)};`);
  expect(row).toContain(`<code>docker${cell('.')}${source.replace(/_/g, '&#95;')}</code> ❌ linux/arm64&#58; `);
  expect(row).toContain(`<br><code>linux/amd64</code> ✅ <code>${cell(digest)}</code><br><code>linux/arm64</code> ❌`);
  expect(row).not.toContain('index of');
  // No index: the tag names nothing, the amd64 image is under its platform tag.
  const res = await fetch(`http://${REGISTRY}/v2/${pushRepo.slice(REGISTRY.length + 1)}/manifests/v1`, { method: 'HEAD' });
  expect(res.status).toBe(404);
});

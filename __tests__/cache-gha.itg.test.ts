// type=gha against the real engine, @actions/cache 6 and a local cache server (v2 as on github.com, v1 as act serves
// it): a build exported to the service is restored into a daemon holding none of the build's images, a missing entry
// costs only its step, entries are not uploaded twice, and a dead service is a warning and a miss. Only the images
// this file made are removed.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startCacheServer, type CacheServer } from '../__fixtures__/cache-server/index.js';
import { CACHE_ENV_KEYS, keepCacheEnv } from '../__fixtures__/cache-server/runner-env.js';
import { actionsCacheClient } from '../src/cache/gha.js';
import type { CacheOptions } from '../src/cache/options.js';
import { connectDocker } from '../src/docker/connect.js';
import { tarFromContent } from '../src/docker/tar.js';
import { runTemplate } from '../src/pipeline/run.js';
import { RecordingUi } from '../src/pipeline/ui.js';

const driver = connectDocker();
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const BUILD = `gha-itg-${run}`;
const FULL = `${BUILD}.docker.d`;
const restoreEnv = keepCacheEnv();
let server: CacheServer;
let dir: string;
/** Each protocol's tests use their own scope: both protocols read the same store. */
let scope = run;
const GHA = () => [{ type: 'gha' as const, attrs: { scope } }];

beforeAll(async () => {
  server = await startCacheServer();
  dir = mkdtempSync(join(tmpdir(), 'repack-gha-itg-'));
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `variable "last" {
  type    = string
  default = "three"
}
source "docker" "d" {
  image   = "127.0.0.1:5000/debian:bookworm"
  commit  = true
  changes = ["WORKDIR /srv"]
}
build {
  name    = "${BUILD}"
  sources = ["source.docker.d"]
  provisioner "shell" { inline = ["mkdir -p /srv", "echo ${run} > /srv/one.txt", "seq 1 100000 > /srv/numbers.txt"] }
  provisioner "shell" { inline = ["sha256sum /srv/numbers.txt > /srv/two.txt"] }
  provisioner "shell" { inline = ["echo \${var.last} > /srv/three.txt"] }
}
`,
  );
});

async function removeOwnImages(): Promise<void> {
  // Newest first: an image made from a cached step's container goes before that step's image.
  const images = (await driver.listImages(`io.repack.build=${FULL}`)).sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));
  for (const i of images) await driver.removeImage(i.id, { force: true });
}

afterAll(async () => {
  await removeOwnImages();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  restoreEnv();
});

function useService(env: Record<string, string>, protocol = 'v2'): void {
  scope = `${run}-${protocol}`;
  for (const k of CACHE_ENV_KEYS) delete process.env[k];
  Object.assign(process.env, env, { GITHUB_WORKSPACE: dir });
}

async function build(cache: CacheOptions, last = 'three') {
  const ui = new RecordingUi();
  const gha = actionsCacheClient(GHA(), process.env, join(dir, 'staging'));
  const outcome = await runTemplate({ template: 't.pkr.hcl', cwd: dir, vars: [['last', last]], ui, driver, cache: { ...cache, gha } });
  const [r] = outcome.results;
  expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  // A staging directory holds an entry only while it is saved or restored.
  expect(existsSync(join(dir, 'staging')) ? readdirSync(join(dir, 'staging')) : []).toEqual([]);
  const marks = ui.lines.map((l) => /\] (CACHED|RUN) provisioner/.exec(l.text)?.[1]).filter((m) => m !== undefined);
  return { r, ui, marks };
}

async function fileIn(image: string, file: string): Promise<string> {
  const id = await driver.createContainer({ image, entrypoint: ['/bin/sh'], tty: true, openStdin: true, labels: { 'io.repack.test': run } });
  try {
    await driver.startContainer(id);
    return (await driver.exec(id, { cmd: ['cat', file] })).stdout;
  } finally {
    await driver.removeContainer(id);
  }
}

describe.each(['v2', 'v1'] as const)('protocol %s', (protocol) => {
  test('round trip: exported, then restored into a daemon without any of the build images', async () => {
    useService(server.env(protocol), protocol);
    await removeOwnImages();
    const before = server.store.entries.length;
    const first = await build({ to: GHA() });
    expect(first.r.error).toBeUndefined();
    const made = server.store.entries.slice(before);
    expect(made).toHaveLength(3);
    // The base image's layers are not in the entries: each holds only what the build added.
    for (const e of made) expect(e.data.length).toBeLessThan(2_000_000);

    await removeOwnImages();
    const again = await build({ from: GHA() });
    expect(again.r.error).toBeUndefined();
    expect(again.marks).toEqual(['CACHED', 'CACHED', 'CACHED']);
    expect(again.r.imageId).toBe(first.r.imageId);
    expect(await fileIn(again.r.imageId ?? '', '/srv/one.txt')).toBe(`${run}\n`);
    expect(again.ui.text()).not.toMatch(/failed|warning/i);
  });

  test('partial chain: without the committed image entry the step entries serve, and a changed last step reruns alone', async () => {
    useService(server.env(protocol), protocol);
    const finalEntry = server.store.entries[server.store.entries.length - 1].key;
    server.store.delete(finalEntry);
    await removeOwnImages();
    const partial = await build({ from: GHA() });
    expect(partial.marks).toEqual(['CACHED', 'CACHED', 'RUN']);
    expect(await fileIn(partial.r.imageId ?? '', '/srv/three.txt')).toBe('three\n');

    await removeOwnImages();
    const changed = await build({ from: GHA(), to: GHA() }, `changed-${protocol}`);
    expect(changed.marks).toEqual(['CACHED', 'CACHED', 'RUN']);
    expect(await fileIn(changed.r.imageId ?? '', '/srv/three.txt')).toBe(`changed-${protocol}\n`);
  });

  test('existing entries are looked up, not uploaded again', async () => {
    useService(server.env(protocol), protocol);
    const creates = () => server.requests.filter((r) => r.endsWith('/CreateCacheEntry') || r === 'POST /_apis/artifactcache/caches').length;
    const before = creates();
    const again = await build({ from: GHA(), to: GHA() }, `changed-${protocol}`);
    expect(again.r.error).toBeUndefined();
    expect(creates()).toBe(before);
  });
});

test('a service that is down: one warning, every step runs, the build succeeds', async () => {
  const down = await startCacheServer();
  await down.stop();
  useService({ ...down.env('v2') });
  const started = Date.now();
  const { r, ui, marks } = await build({ from: GHA(), to: GHA() }, `down-${run}`);
  expect(r.error).toBeUndefined();
  expect(marks.slice(-1)).toEqual(['RUN']);
  expect(ui.lines.filter((l) => /Actions cache is off/.test(l.text))).toHaveLength(1);
  expect(ui.text()).toContain('ECONNREFUSED');
  expect(Date.now() - started).toBeLessThan(60_000);
});

test('docker load: every failure is a DriverError with the engine message, also inside a 200 response', async () => {
  await expect(driver.loadImage(Readable.from([Buffer.from('not a tar at all')]))).rejects.toMatchObject({
    name: 'DriverError',
    message: expect.stringMatching(/^load images: /),
  });
  await expect(driver.loadImage(tarFromContent('manifest.json', '[{"Config":"missing.json","Layers":[]}]'))).rejects.toMatchObject({
    name: 'DriverError',
    message: expect.stringMatching(/^load images: .*missing\.json/),
  });
});

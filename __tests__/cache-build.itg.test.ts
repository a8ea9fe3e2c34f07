// Caching against the real engine and registry: warm builds start no container and return the same image, a changed
// last step reruns alone, cached and uncached builds make the same filesystem and config, and the registry cache
// serves a daemon that holds none of the build's images. Every image made here is removed; nothing global is pruned.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';
import { removeImagesLabelled } from '../__fixtures__/remove-images.js';
import { snapshot as snapshotOf } from '../__fixtures__/image-snapshot.js';

const REGISTRY = '127.0.0.1:5000';
const driver = connectDocker();
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const BUILD = `cache-itg-${run}`;
const FULL = `${BUILD}.docker.d`;
let dir: string;

function write(last: string, salt = ''): void {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `source "docker" "d" {
  image   = "${REGISTRY}/debian:bookworm"
  commit  = true
  changes = ["WORKDIR /srv", "ENV DONE=1"]
}
build {
  name    = "${BUILD}"
  sources = ["source.docker.d"]
  provisioner "shell" {
    environment_vars = ["RUN=${run}${salt}"]
    inline = ["mkdir -p /srv", "echo \\"run $RUN\\" > /srv/one.txt", "seq 1 200000 > /srv/numbers.txt"]
  }
  provisioner "shell" {
    inline = ["sha256sum /srv/numbers.txt > /srv/two.txt"]
  }
  provisioner "shell" {
    inline = ["echo ${last} > /srv/three.txt"]
  }
}
`,
  );
}

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env: { ...process.env }, cwd: dir });
  const marks = [...err.matchAll(/\] (CACHED|RUN) provisioner/g)].map((m) => m[1]);
  const [meta] = JSON.parse(out || '[{}]') as { 'image-id': string; cache: { hits: number } }[];
  return { code, err, marks, image: meta['image-id'], hits: meta.cache?.hits };
}

const snapshot = (image: string) => snapshotOf(driver, image, { 'io.repack.test': run });

/** Removes every image this test's builds made (cache images carry the build's label), newest first. */
const removeOwnImages = (): Promise<void> => removeImagesLabelled(driver, `io.repack.build=${FULL}`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-cache-itg-'));
});
afterAll(async () => {
  await removeOwnImages();
  rmSync(dir, { recursive: true, force: true });
  for (const id of await driver.listContainers(`io.repack.test=${run}`)) await driver.removeContainer(id);
});

test('local: a repeat build is all cache hits, starts no container, and gives the same image', async () => {
  write('a');
  const cold = await cli(['build', '-json', 't.pkr.hcl']);
  expect(cold.code).toBe(0);
  expect(cold.marks).toEqual(['RUN', 'RUN', 'RUN']);
  const warm = await cli(['build', '-json', 't.pkr.hcl']);
  expect(warm.code).toBe(0);
  expect(warm.marks).toEqual(['CACHED', 'CACHED', 'CACHED']);
  expect(warm.err).not.toContain('Starting docker container');
  expect(warm.hits).toBe(3);
  expect(warm.image).toBe(cold.image);
  expect(await driver.listContainers(`io.repack.build=${FULL}`)).toEqual([]);
});

test('local: changing the last step reruns it alone, and the result equals an uncached build', async () => {
  write('b');
  const changed = await cli(['build', '-json', 't.pkr.hcl']);
  expect(changed.code).toBe(0);
  expect(changed.marks).toEqual(['CACHED', 'CACHED', 'RUN']);
  const uncached = await cli(['build', '-json', '-no-cache', 't.pkr.hcl']);
  expect(uncached.marks).toEqual(['RUN', 'RUN', 'RUN']);
  expect(uncached.image).not.toBe(changed.image);
  const a = await snapshot(changed.image);
  const b = await snapshot(uncached.image);
  expect(a.files).toContain('/srv/three.txt');
  expect(a.files).toBe(b.files);
  const strip = (c: unknown) => ({ ...(c as Record<string, unknown>), Hostname: undefined });
  expect(strip(a.config)).toEqual(strip(b.config));
  expect(a.config).toMatchObject({ WorkingDir: '/srv', Env: expect.arrayContaining(['DONE=1']) });
  expect(await driver.listContainers(`io.repack.build=${FULL}`)).toEqual([]);
});

test('registry: another daemon state without any of the images pulls the cached steps', async () => {
  const ref = `${REGISTRY}/repack-cache-itg-${run}`;
  write('c');
  const pushed = await cli(['build', '-json', '-cache-to', `type=registry,ref=${ref}`, 't.pkr.hcl']);
  expect(pushed.code).toBe(0);
  expect(pushed.err).toContain(`Exporting 3 cache images to registry ${ref}`);
  await removeOwnImages();
  expect(await driver.inspectImage(pushed.image)).toBeUndefined();

  const restored = await cli(['build', '-json', '-cache-from', `type=registry,ref=${ref}`, 't.pkr.hcl']);
  expect(restored.code).toBe(0);
  expect(restored.marks).toEqual(['CACHED', 'CACHED', 'CACHED']);
  expect(restored.image).toBe(pushed.image);

  await removeOwnImages();
  write('d');
  const partial = await cli(['build', '-json', '-cache-from', `type=registry,ref=${ref}`, 't.pkr.hcl']);
  expect(partial.code).toBe(0);
  expect(partial.marks).toEqual(['CACHED', 'CACHED', 'RUN']);
  expect((await snapshot(partial.image)).files).toMatch(/\/srv\/two.txt/);
});

test('local mode=min: only the committed image is kept; a repeat build hits it, a changed step reruns them all', async () => {
  const MIN = ['build', '-json', '-cache-to', 'type=local,mode=min', 't.pkr.hcl'];
  const images = async () => (await driver.listImages(`io.repack.build=${FULL}`)).length;
  write('e', '-min');
  const before = await images();
  const cold = await cli(MIN);
  expect(cold.code).toBe(0);
  expect(cold.marks).toEqual(['RUN', 'RUN', 'RUN']);
  expect(await images()).toBe(before + 1);
  const warm = await cli(MIN);
  expect(warm.marks).toEqual(['CACHED', 'CACHED', 'CACHED']);
  expect(warm.image).toBe(cold.image);
  write('f', '-min');
  const changed = await cli(MIN);
  expect(changed.code).toBe(0);
  expect(changed.marks).toEqual(['RUN', 'RUN', 'RUN']);
  expect(await images()).toBe(before + 2);
  expect((await snapshot(changed.image)).files).toBe((await snapshot((await cli(['build', '-json', '-no-cache', 't.pkr.hcl'])).image)).files);
});

test('cache ls lists the cache images of the local daemon', async () => {
  let out = '';
  const code = await main(['cache', 'ls'], { out: (s) => (out += s), err: () => undefined, isTTY: false, env: { ...process.env }, cwd: dir });
  expect(code).toBe(0);
  expect(out).toContain(FULL);
});

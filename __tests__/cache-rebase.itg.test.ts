// After a step with a large layer (≥ REBASE_MIN_BYTES) the next steps run in a container made from its cache image
// (src/builders/docker/steps.ts, `rebase`): the committed image shares that layer, so the first build that changes a
// later step pushes only the small layer after it; the result equals a build that never rebased (mode=min); a small
// step does not rebase; nothing is left behind. Real engine and registry (127.0.0.1:5000).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { REBASE_MIN_BYTES } from '../src/builders/docker/steps.js';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';
import { removeImagesLabelled } from '../__fixtures__/remove-images.js';
import { snapshot } from '../__fixtures__/image-snapshot.js';

const REGISTRY = '127.0.0.1:5000';
const BASE = `${REGISTRY}/debian:bookworm`;
const driver = connectDocker();
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const BUILD = `rebase-itg-${run}`;
const FULL = `${BUILD}.docker.d`;
const REPOSITORY = `${REGISTRY}/repack-itg/rebase-${run}`;
let dir: string;

/** Step 1 writes `bytes` (the same every time, so two builds can be compared); step 2 writes `last`. */
function write(bytes: number, last: string): void {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `source "docker" "d" {
  image   = "${BASE}"
  commit  = true
  changes = ["WORKDIR /srv"]
}
build {
  name    = "${BUILD}"
  sources = ["source.docker.d"]
  provisioner "shell" {
    inline = ["mkdir -p /srv", "yes repack-rebase-test | head -c ${bytes} > /srv/big.bin"]
  }
  provisioner "shell" {
    inline = ["echo ${last} > /srv/last.txt"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "${REPOSITORY}"
      tags       = ["t"]
    }
    post-processor "docker-push" {}
  }
}
`,
  );
}

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['build', '-json', ...args, 't.pkr.hcl'], {
    out: (s) => (out += s),
    err: (s) => (err += s),
    isTTY: false,
    env: { ...process.env },
    cwd: dir,
  });
  const [meta] = JSON.parse(out || '[{}]') as { 'image-id': string }[];
  return { code, err, image: meta['image-id'], pushed: (err.match(/: Pushed$/gm) ?? []).length };
}

const layersOf = async (image: string) => (await driver.inspectImage(image))?.layers ?? [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-rebase-itg-'));
});
afterAll(async () => {
  await removeImagesLabelled(driver, `io.repack.build=${FULL}`);
  rmSync(dir, { recursive: true, force: true });
  for (const id of await driver.listContainers(`io.repack.test=${run}`)) await driver.removeContainer(id);
});

test('a large step: the image shares its layer, and the first change after it pushes only the layer after it', async () => {
  const base = await layersOf(BASE);
  write(REBASE_MIN_BYTES + 4_000_000, 'one');
  const cold = await cli();
  expect(cold.code).toBe(0);
  expect(cold.err).toMatch(/The step added \d+ MB: the next steps run in a container made from its cache image/);
  expect(cold.err.match(/Starting docker container/g)).toHaveLength(2);
  const coldLayers = await layersOf(cold.image);
  expect(coldLayers).toHaveLength(base.length + 2);
  expect(cold.pushed).toBe(2);

  write(REBASE_MIN_BYTES + 4_000_000, 'two');
  const changed = await cli();
  expect(changed.code).toBe(0);
  expect(changed.err).toMatch(/\[1\/2\] CACHED provisioner shell/);
  const changedLayers = await layersOf(changed.image);
  expect(changedLayers.slice(0, -1)).toEqual(coldLayers.slice(0, -1));
  expect(changedLayers.at(-1)).not.toBe(coldLayers.at(-1));
  expect(changed.pushed).toBe(1); // the large layer is in the registry already
  expect(changed.err).toContain('Layer already exists');

  // The same filesystem and config as a build that never rebases (mode=min commits once, from one container).
  const once = await cli('-no-cache', '-cache-to', 'type=local,mode=min');
  expect(once.code).toBe(0);
  expect(once.err).not.toContain('The step added');
  expect(await layersOf(once.image)).toHaveLength(base.length + 1);
  const labels = { 'io.repack.test': run };
  const [a, b] = [await snapshot(driver, changed.image, labels), await snapshot(driver, once.image, labels)];
  expect(a.files).toContain('/srv/big.bin');
  expect(a.files).toBe(b.files);
  const strip = (c: unknown) => ({ ...(c as Record<string, unknown>), Hostname: undefined, Labels: undefined });
  expect(strip(a.config)).toEqual(strip(b.config));
  expect(await driver.listContainers(`io.repack.build=${FULL}`)).toEqual([]);
}, 300_000);

test('a small step does not rebase: one container, one layer', async () => {
  const base = await layersOf(BASE);
  write(1_000_000, 'small');
  const r = await cli();
  expect(r.code).toBe(0);
  expect(r.err).not.toContain('The step added');
  expect(r.err.match(/Starting docker container/g)).toHaveLength(1);
  expect(await layersOf(r.image)).toHaveLength(base.length + 1);
  expect(await driver.listContainers(`io.repack.build=${FULL}`)).toEqual([]);
}, 300_000);

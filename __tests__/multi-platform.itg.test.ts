// Multi-platform builds on the real engine and registry (dev-env: qemu-aarch64 through binfmt_misc, and
// 127.0.0.1:5000/busybox-multi:latest, an index of an amd64 and an arm64 busybox): one template built for
// linux/amd64 and linux/arm64 pushes one index whose images run as x86_64 and aarch64; the digest output is the
// registry's; a second run is served by the cache; a base without arm64 fails before any container starts; and
// `repack index create` from the per-platform digests gives the same index.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DOCKER_MANIFEST as MANIFEST, multiPlatformTemplate, OCI_INDEX, registryManifest, registryTags } from '../__fixtures__/multiplatform.js';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';
import { computeOutputs } from '../src/action/outputs.js';
import type { BuildMetadata } from '../src/pipeline/metadata.js';

const REGISTRY = '127.0.0.1:5000';
const driver = connectDocker();
const run = Date.now().toString(36);
const repository = `${REGISTRY}/repack-itg-multiplatform-${run}`;
const source = `mp_${run}`;
let dir: string;

interface Index {
  mediaType: string;
  manifests: { mediaType: string; digest: string; size: number; platform: { os: string; architecture: string } }[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-mp-'));
});

afterAll(async () => {
  for (const image of await driver.listImages(`io.repack.build`)) {
    if (!image.labels['io.repack.build']?.includes(source)) continue;
    await driver.removeImage(image.id, { force: true }).catch(() => undefined);
  }
  for (const ref of ['v1', 'deb', 'amd64-only']) await driver.removeImage(`${repository}:${ref}`).catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function template(image: string, name = 'mp.pkr.hcl'): string {
  writeFileSync(join(dir, name), multiPlatformTemplate({ source, image, repository, tags: '"v1"' }));
  return name;
}

async function build(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), isTTY: false, env: { ...process.env }, cwd: dir };
  const code = await main(args, io);
  return { code, out, err };
}

function runImage(ref: string, platform: string): string {
  return execFileSync('docker', ['run', '--rm', '--platform', platform, ref, 'sh', '-c', 'uname -m; cat /built-on'], { encoding: 'utf8' }).trim();
}

let first: BuildMetadata[];

test('a busybox template built for linux/amd64,linux/arm64 pushes one index of both, each running as its platform', async () => {
  const name = template(`${REGISTRY}/busybox-multi:latest`);
  const r = await build(['build', '-json', '-platform', 'linux/amd64,linux/arm64', name]);
  expect({ code: r.code, err: r.code === 0 ? '' : r.err }).toEqual({ code: 0, err: '' });
  expect(r.err).toContain(`docker.${source} (linux/arm64)`);
  first = JSON.parse(r.out) as BuildMetadata[];
  expect(first.map((b) => b.name)).toEqual([`docker.${source}`]);
  const [meta] = first;
  const served = await registryManifest(repository, 'v1', OCI_INDEX);
  const index = JSON.parse(served.body) as Index;
  expect(index.mediaType).toBe(OCI_INDEX);
  // The platform images are pushed by digest: the repository's only tag is the index's.
  expect(await registryTags(repository)).toEqual(['v1']);
  expect(r.err).not.toContain('v1-linux-');
  expect(index.manifests.map((m) => m.mediaType)).toEqual([MANIFEST, MANIFEST]);
  expect(index.manifests.map((m) => m.platform)).toEqual([
    { architecture: 'amd64', os: 'linux' },
    { architecture: 'arm64', os: 'linux' },
  ]);
  expect(meta.pushed).toEqual([{ repository, tag: 'v1', digest: served.digest }]);
  expect(meta.platforms?.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64']);
  for (const [i, p] of (meta.platforms ?? []).entries()) {
    expect(p['image-id']).toMatch(/^sha256:/);
    expect(p.pushed.map((d) => d.digest)).toEqual([index.manifests[i].digest]);
  }
  // The action's outputs from the same results: `digest` is the index, as the registry serves it.
  const outputs = computeOutputs([
    {
      name: meta.name,
      buildName: meta.build,
      source: meta.source,
      tags: meta.tags,
      digests: meta.pushed,
      artifacts: meta.artifacts,
      cache: meta.cache,
      durationMs: 0,
    },
  ]);
  expect(outputs.digest).toBe(served.digest);
  expect(outputs.digests).toBe(`${repository}@${served.digest}`);
  expect(runImage(`${repository}@${index.manifests[0].digest}`, 'linux/amd64')).toBe('x86_64\nx86_64');
  expect(runImage(`${repository}@${index.manifests[1].digest}`, 'linux/arm64')).toBe('aarch64\naarch64');
  // Pulled by its tag for arm64, the index gives the arm64 image.
  execFileSync('docker', ['pull', '--quiet', '--platform', 'linux/arm64', `${repository}:v1`]);
  expect(runImage(`${repository}:v1`, 'linux/arm64')).toBe('aarch64\naarch64');
  // The CLI's artifact lines name the index and its platforms.
  expect(r.err).toContain(`Image index ${repository}:v1@${served.digest}: linux/amd64 ${index.manifests[0].digest}, linux/arm64 ${index.manifests[1].digest}`);
});

test('a repeat multi-platform build is fully cached and pushes the same index', async () => {
  const r = await build(['build', '-json', '-platform', 'linux/amd64,linux/arm64', 'mp.pkr.hcl']);
  expect({ code: r.code, err: r.code === 0 ? '' : r.err }).toEqual({ code: 0, err: '' });
  const [meta] = JSON.parse(r.out) as BuildMetadata[];
  expect(meta.cache).toEqual({ hits: 2, steps: 2 });
  expect(meta.platforms?.map((p) => p['image-id'])).toEqual(first[0].platforms?.map((p) => p['image-id']));
  expect(meta.pushed).toEqual(first[0].pushed);
});

test('repack index create from the per-platform digests pushes the same index as the build', async () => {
  const digests = (first[0].platforms ?? []).map((p) => p.pushed[0].digest);
  const r = await build(['index', 'create', '--tag', `${repository}:by-digest`, ...digests]);
  expect({ code: r.code, err: r.code === 0 ? '' : r.err }).toEqual({ code: 0, err: '' });
  const served = await registryManifest(repository, 'by-digest', OCI_INDEX);
  expect(r.out.trim()).toBe(`${repository}@${served.digest}`);
  expect(served.digest).toBe(first[0].pushed[0].digest);
  // The platform images are in the repository by digest only.
  expect((await registryManifest(repository, digests[1], MANIFEST)).digest).toBe(digests[1]);
  expect(await registryTags(repository)).toEqual(['by-digest', 'v1']);
});

test("a debian-based leg mounts the base's layer from the repository it was pulled from, uploading only its own", async () => {
  const name = template(`${REGISTRY}/debian:bookworm`, 'deb.pkr.hcl');
  writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8').replace('tags       = ["v1"]', 'tags       = ["deb"]'));
  const r = await build(['build', '-json', '-platform', 'linux/amd64', name]);
  expect({ code: r.code, err: r.code === 0 ? '' : r.err }).toEqual({ code: 0, err: '' });
  const debian = JSON.parse(
    (await fetch(`http://${REGISTRY}/v2/debian/manifests/bookworm`, { headers: { Accept: MANIFEST } }).then((x) => x.text())) as string,
  ) as {
    layers: { digest: string }[];
  };
  const [meta] = JSON.parse(r.out) as BuildMetadata[];
  const mine = JSON.parse((await registryManifest(repository, meta.platforms?.[0].pushed[0].digest ?? '', MANIFEST)).body) as { layers: { digest: string }[] };
  expect(mine.layers.length).toBe(debian.layers.length + 1);
  expect(mine.layers[0].digest).toBe(debian.layers[0].digest);
  expect(r.err).toMatch(new RegExp(`${debian.layers[0].digest.slice(7, 19)}: (Mounted from debian|Layer already exists)`));
  expect((await registryTags(repository)).filter((t) => t.startsWith('deb'))).toEqual(['deb']);
});

test('docker-save in a multi-platform build writes one file per platform, each of its own image', async () => {
  writeFileSync(
    join(dir, 'save.pkr.hcl'),
    `source "docker" "${source}" {
  image  = "${REGISTRY}/busybox-multi:latest"
  commit = true
}
build {
  sources = ["source.docker.${source}"]
  provisioner "shell" {
    inline = ["uname -m > /built-on"]
  }
  post-processor "docker-save" {
    path = "img.tar"
  }
}
`,
  );
  const r = await build(['build', '-json', '-platform', 'linux/amd64,linux/arm64', 'save.pkr.hcl']);
  expect({ code: r.code, err: r.code === 0 ? '' : r.err }).toEqual({ code: 0, err: '' });
  const [meta] = JSON.parse(r.out) as BuildMetadata[];
  const files = meta.artifacts.flatMap((a) => a.files);
  expect(files).toEqual(['img-linux-amd64.tar', 'img-linux-arm64.tar']);
  for (const [i, f] of files.entries()) {
    const manifest = execFileSync('tar', ['-xOf', join(dir, f), 'manifest.json'], { encoding: 'utf8' });
    const config = (JSON.parse(manifest) as { Config: string }[])[0].Config;
    // `docker save` names the config <hex>.json (engine 20.10) or blobs/sha256/<hex> (OCI layout).
    expect(`sha256:${config.replace(/^blobs\/sha256\//, '').replace(/\.json$/, '')}`).toBe(meta.platforms?.[i]['image-id']);
  }
});

test('a base image without arm64 fails before any container starts, naming the base and the platform', async () => {
  const name = template(`${REGISTRY}/busybox:latest`, 'single.pkr.hcl');
  const r = await build(['build', '-platform', 'linux/amd64,linux/arm64', name]);
  expect(r.code).toBe(1);
  expect(r.out + r.err).toContain(`The base image ${REGISTRY}/busybox:latest has no linux/arm64 image (it is linux/amd64).`);
  const log = r.out + r.err;
  const arm = log.split('\n').filter((l) => l.includes('(linux/arm64)'));
  expect(arm.some((l) => l.includes('Starting docker container'))).toBe(false);
});

test("a base image index without arm64 fails that leg before its container starts, in the engine's words too", async () => {
  // An index of the amd64 image only, made with index create from the first build's amd64 manifest.
  const amd64 = first[0].platforms?.[0].pushed[0].digest ?? '';
  const made = await build(['index', 'create', '--tag', `${repository}:amd64-only`, amd64]);
  expect({ code: made.code, err: made.code === 0 ? '' : made.err }).toEqual({ code: 0, err: '' });
  const name = template(`${repository}:amd64-only`, 'amd64-only.pkr.hcl');
  const r = await build(['build', '-platform', 'linux/amd64,linux/arm64', name]);
  expect(r.code).toBe(1);
  expect(r.out + r.err).toMatch(new RegExp(`The base image ${repository}:amd64-only has no linux/arm64 image: .*no matching manifest for linux/arm64`));
  const arm = (r.out + r.err).split('\n').filter((l) => l.includes('(linux/arm64)'));
  expect(arm.some((l) => l.includes('Starting docker container'))).toBe(false);
  // No index is pushed for a build with a failed leg.
  expect((await registryManifest(repository, 'v1', OCI_INDEX)).digest).toBe(first[0].pushed[0].digest);
});

// The bundled action with `platforms`, run as the GitHub runner runs it (the runner protocol: inputs in INPUT_*,
// outputs through GITHUB_OUTPUT): one image index is pushed, and the `digest` output is the registry's index digest.
// Rebuild the bundle first (npm run bundle), or point REPACK_DIST at one.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { ActionHarness, ROOT } from '../__fixtures__/action/runner.js';
import { connectDocker } from '../src/docker/connect.js';
import type { BuildMetadata } from '../src/pipeline/metadata.js';

const REGISTRY = '127.0.0.1:5000';
const REPOSITORY = 'action-test-multiplatform';
const driver = connectDocker();
let h: ActionHarness | undefined;
afterAll(async () => {
  h?.dispose();
  for (const platform of ['linux/amd64', 'linux/arm64'])
    for (const image of await driver.listImages(`io.repack.build=docker.mp (${platform})`))
      await driver.removeImage(image.id, { force: true }).catch(() => undefined);
});

/** This run's tags in the shared repository (earlier runs left theirs). */
async function tagsOf(tag: string): Promise<string[]> {
  const res = await fetch(`http://${REGISTRY}/v2/${REPOSITORY}/tags/list?n=10000`);
  return ((await res.json()) as { tags: string[] | null }).tags?.filter((t) => t.startsWith(tag)) ?? [];
}

test('platforms: linux/amd64,linux/arm64 pushes one index; digest is the index the registry serves', async () => {
  const tag = `t${Date.now().toString(36)}`;
  h = new ActionHarness({ inputs: { template: 'multiplatform', platforms: 'linux/amd64,linux/arm64', variables: JSON.stringify({ tag }) } });
  cpSync(path.join(ROOT, '__fixtures__', 'action', 'multiplatform'), path.join(h.workspace, 'multiplatform'), { recursive: true });
  const r = await h.runMain();
  expect(r.commands.filter((c) => c.command === 'error')).toEqual([]);
  expect(r.exitCode).toBe(0);
  const res = await fetch(`http://${REGISTRY}/v2/${REPOSITORY}/manifests/${tag}`, { headers: { Accept: 'application/vnd.oci.image.index.v1+json' } });
  const index = (await res.json()) as { manifests: { digest: string; platform: { architecture: string } }[] };
  expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
  // The platform images were pushed by digest: the index's tag is the only one.
  expect(await tagsOf(tag)).toEqual([tag]);
  expect(r.outputs.get('digest')).toBe(res.headers.get('docker-content-digest'));
  expect(r.outputs.get('digests')).toBe(`${REGISTRY}/${REPOSITORY}@${res.headers.get('docker-content-digest')}`);
  const [meta] = JSON.parse(r.outputs.get('metadata') ?? '[]') as BuildMetadata[];
  expect(meta.platforms?.map((p) => [p.platform, p.pushed[0]?.digest])).toEqual([
    ['linux/amd64', index.manifests[0].digest],
    ['linux/arm64', index.manifests[1].digest],
  ]);
});

test('push-by-digest: true pushes each platform image and no index; the outputs carry the platform digests', async () => {
  const tag = `d${Date.now().toString(36)}`;
  h?.dispose();
  h = new ActionHarness({
    inputs: { template: 'multiplatform', platforms: 'linux/amd64,linux/arm64', 'push-by-digest': 'true', variables: JSON.stringify({ tag }) },
  });
  cpSync(path.join(ROOT, '__fixtures__', 'action', 'multiplatform'), path.join(h.workspace, 'multiplatform'), { recursive: true });
  const r = await h.runMain();
  expect(r.commands.filter((c) => c.command === 'error')).toEqual([]);
  expect(r.exitCode).toBe(0);
  // The index is the last job's work (repack index create): nothing answers under the tag itself yet.
  const untagged = await fetch(`http://${REGISTRY}/v2/${REPOSITORY}/manifests/${tag}`, { headers: { Accept: 'application/vnd.oci.image.index.v1+json' } });
  expect(untagged.status).toBe(404);
  // Nor under any other tag: the platform images are in the repository by digest only.
  expect(await tagsOf(tag)).toEqual([]);
  const [meta] = JSON.parse(r.outputs.get('metadata') ?? '[]') as BuildMetadata[];
  const served: string[] = [];
  for (const p of meta.platforms ?? []) {
    const digest = p.pushed[0]?.digest ?? '';
    const res = await fetch(`http://${REGISTRY}/v2/${REPOSITORY}/manifests/${digest}`, {
      method: 'HEAD',
      headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' },
    });
    expect([p.platform, res.status]).toEqual([p.platform, 200]);
    served.push(res.headers.get('docker-content-digest') ?? '');
  }
  expect(meta.platforms?.map((p) => [p.platform, p.pushed[0]?.digest])).toEqual([
    ['linux/amd64', served[0]],
    ['linux/arm64', served[1]],
  ]);
  expect(r.outputs.get('digest')).toBe(served[0]);
  expect(r.outputs.get('digests')?.split('\n')).toEqual(served.map((d) => `${REGISTRY}/${REPOSITORY}@${d}`));
});

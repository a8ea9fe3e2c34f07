// The reusable workflow's distributed path on the real engine and registry: build.yml's jobs run as the runner would
// (__fixtures__/action/workflow.ts), each platform leg a real `repack build -platform P -push-by-digest` with the
// inputs the workflow gives the action, and the index job's own script running the real CLI's `repack index create`.
// The legs push no index; the index job pushes one under each tag; and it is the index the one-machine path pushes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../__fixtures__/action/runner.js';
import { DOCKER_MANIFEST, multiPlatformTemplate, OCI_INDEX, registryManifest, registryTags } from '../__fixtures__/multiplatform.js';
import { runCall } from '../__fixtures__/action/workflow.js';
import { main } from '../src/cli/main.js';
import { connectDocker } from '../src/docker/connect.js';
import type { BuildMetadata } from '../src/pipeline/metadata.js';

const REGISTRY = '127.0.0.1:5000';
const driver = connectDocker();
const run = Date.now().toString(36);
const name = `repack-itg-workflow-index-${run}`;
const repository = `${REGISTRY}/${name}`;
const source = `wf_${run}`;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'repack-wf-index-'));
  writeFileSync(
    path.join(dir, 'app.pkr.hcl'),
    multiPlatformTemplate({
      head: 'variable "tag" {\n  type = string\n}\n',
      source,
      image: `${REGISTRY}/busybox-multi:latest`,
      repository,
      tags: `var.tag, "\${var.tag}-latest"`,
    }),
  );
});

afterAll(async () => {
  for (const image of await driver.listImages('io.repack.build')) {
    if (!image.labels['io.repack.build']?.includes(source)) continue;
    await driver.removeImage(image.id, { force: true }).catch(() => undefined);
  }
  for (const tag of ['wf', 'wf-latest', 'one', 'one-latest']) await driver.removeImage(`${repository}:${tag}`).catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function served(ref: string): Promise<{ status: number; digest: string | null; mediaType: string | null }> {
  const { status, digest, mediaType } = await registryManifest(repository, ref, `${OCI_INDEX}, ${DOCKER_MANIFEST}`);
  return { status, digest, mediaType };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env: { ...process.env }, cwd: dir });
  return { code, out, err };
}

test('platform legs pushed by digest + the index job give the index the one-machine build pushes', async () => {
  const work = path.join(dir, 'run');
  const legs: string[] = [];
  const r = await runCall(
    { matrix: JSON.stringify([{ tag: 'wf' }]), platforms: 'linux/amd64,linux/arm64', 'platform-runners': '{"linux/arm64": "ubuntu-24.04-arm"}' },
    work,
    async (leg, inputs) => {
      // The action's inputs as the workflow sets them, given to the CLI's equivalent flags.
      const vars = Object.entries(JSON.parse(String(inputs.variables)) as Record<string, string>).flatMap(([k, v]) => ['-var', `${k}=${v}`]);
      const metadata = String(inputs['metadata-file']);
      const b = await cli([
        'build',
        '-platform',
        String(inputs.platforms),
        ...(inputs['push-by-digest'] === true ? ['-push-by-digest'] : []),
        ...vars,
        '-json-file',
        metadata,
        'app.pkr.hcl',
      ]);
      legs.push(`${String(inputs.platforms)}: ${b.code}${b.code === 0 ? '' : ` ${b.err}`}`);
      // The leg pushed its platform's image by digest only: no index, and no tag at all.
      expect((await served('wf')).status).toBe(404);
      expect(await registryTags(repository)).toEqual([]);
      const [pushed] = (JSON.parse(readFileSync(metadata, 'utf8')) as BuildMetadata[])[0].platforms?.[0].pushed ?? [];
      expect(pushed.platform).toBe(leg.platform);
      expect((await served(pushed.digest)).status).toBe(200);
      return existsSync(metadata) ? metadata : undefined;
    },
    {
      REPACK: path.join(ROOT, 'src/cli/index.ts'),
      NODE_OPTIONS: `--import ${path.join(ROOT, '__fixtures__/reliability/ts-register.mjs')}`,
      HOME: process.env.HOME ?? '',
    },
  );
  expect(legs).toEqual(['linux/amd64: 0', 'linux/arm64: 0']);
  expect(r.legs.map((l) => l.runsOn)).toEqual(['ubuntu-latest', 'ubuntu-24.04-arm']);
  expect(r.index.map((i) => [i.run.code, i.run.code === 0 ? '' : i.run.stdout + i.run.stderr])).toEqual([[0, '']]);
  const [index] = JSON.parse(r.outputs.get('indexes') ?? '[]') as { repository: string; tags: string[]; digest: string; platforms: { platform: string }[] }[];
  expect(index.tags).toEqual(['wf', 'wf-latest']);
  expect(index.platforms.map((p) => p.platform)).toEqual(['linux/amd64', 'linux/arm64']);
  expect(r.outputs.get('digests')).toBe(`${repository}@${index.digest}`);
  for (const tag of ['wf', 'wf-latest']) expect(await served(tag)).toEqual({ status: 200, digest: index.digest, mediaType: OCI_INDEX });

  // The one-machine path, same template and platforms: the same images (from the cache), the same index.
  const one = await cli(['build', '-json', '-platform', 'linux/amd64,linux/arm64', '-var', 'tag=one', 'app.pkr.hcl']);
  expect({ code: one.code, err: one.code === 0 ? '' : one.err }).toEqual({ code: 0, err: '' });
  const [meta] = JSON.parse(one.out) as BuildMetadata[];
  expect(meta.pushed.map((p) => [p.tag, p.digest])).toEqual([
    ['one', index.digest],
    ['one-latest', index.digest],
  ]);
  expect((await served('one')).digest).toBe(index.digest);
  expect(await registryTags(repository)).toEqual(['one', 'one-latest', 'wf', 'wf-latest']);
});

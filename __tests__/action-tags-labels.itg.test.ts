// The tags and labels inputs on the real engine and registry: metadata-action's references are tagged on the one
// committing build's image and pushed (digests verified, reported with the template's own), labels are in the image.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDocker } from '../src/docker/connect.js';
import { runTemplate } from '../src/pipeline/run.js';
import { RecordingUi } from '../src/pipeline/ui.js';

const driver = connectDocker();
const REGISTRY = '127.0.0.1:5000';
const name = `action-rest-tags-${Date.now().toString(36)}`;
const repository = `${REGISTRY}/${name}`;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-tags-labels-'));
});
afterAll(async () => {
  for (const t of ['template', 'sha-abc', 'pr-1']) await driver.removeImage(`${repository}:${t}`, { force: true }).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

async function registryDigest(tag: string): Promise<string | null> {
  const res = await fetch(`http://${REGISTRY}/v2/${name}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.docker.distribution.manifest.v2+json' },
  });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

test('tags are pushed with the template chain, labels applied at commit', async () => {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `source "docker" "app" {
  image  = "${REGISTRY}/busybox:latest"
  commit = true
}
build {
  sources = ["source.docker.app"]
  provisioner "shell" { inline = ["echo ${name} > /marker"] }
  post-processors {
    post-processor "docker-tag" {
      repository = "${repository}"
      tags       = ["template"]
    }
    post-processor "docker-push" {}
  }
}
`,
  );
  const ui = new RecordingUi();
  const outcome = await runTemplate({
    template: 't.pkr.hcl',
    cwd: dir,
    ui,
    driver,
    extra: { tags: [`${repository}:sha-abc`, `${repository}:pr-1`], labels: { 'org.opencontainers.image.revision': 'abc123', 'org.example.x': 'two words' } },
  });
  expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const [r] = outcome.results;
  expect(r.error).toBeUndefined();
  expect(r.tags).toEqual([`${repository}:template`, `${repository}:sha-abc`, `${repository}:pr-1`]);
  const image = await driver.inspectImage(r.imageId as string);
  expect(image?.config?.Labels).toMatchObject({ 'org.opencontainers.image.revision': 'abc123', 'org.example.x': 'two words' });
  for (const tag of ['template', 'sha-abc', 'pr-1']) {
    const digest = await registryDigest(tag);
    expect(digest).toMatch(/^sha256:/);
    expect(r.digests).toContainEqual({ repository, tag, digest });
  }
}, 120_000);

test('push off: the tags exist locally, nothing more is pushed', async () => {
  const ui = new RecordingUi();
  const outcome = await runTemplate({ template: 't.pkr.hcl', cwd: dir, ui, driver, push: false, extra: { tags: [`${repository}:pr-2`] } });
  const [r] = outcome.results;
  expect(r.error).toBeUndefined();
  expect((await driver.inspectImage(`${repository}:pr-2`))?.id).toBe(r.imageId);
  expect(await registryDigest('pr-2')).toBeNull();
  expect(r.digests).toEqual([]);
  await driver.removeImage(`${repository}:pr-2`, { force: true });
}, 120_000);

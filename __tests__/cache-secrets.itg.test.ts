// A sensitive value used by a step must not be recoverable from anything pushed: the image config and labels, the
// registry cache's tags (docs/caching.md, "Sensitive values"). Through the CLI on the real engine and registry: the
// build pushes its image and exports its cache, then an attacker who knows the template and the key algorithm
// recomputes the keys for a dictionary that holds the real value, and matches nothing.
import { afterAll, expect, test } from '@jest/globals';
import { chainKey } from '../src/cache/key.js';
import { baseKey, commitKey } from '../src/builders/docker/cache-keys.js';
import { prepareTemplate } from '../src/pipeline/prepare.js';
import { BUSYBOX, driver, REGISTRY, RUN, Workspace } from '../__fixtures__/plugins/itg.js';

const ws = new Workspace();
const IMAGE = `repack-itg-secret-${RUN}`;
const CACHE = `repack-itg-secret-cache-${RUN}`;
const SECRET = 'hunter2';

afterAll(async () => {
  await driver.removeImage(`${REGISTRY}/${IMAGE}:t`, { force: true }).catch(() => undefined);
  for (const tag of await tags(CACHE)) await driver.removeImage(`${REGISTRY}/${CACHE}:${tag}`, { force: true }).catch(() => undefined);
  await ws.cleanup();
});

const TEMPLATE = ws
  .template(
    `
  provisioner "shell" { inline = ["echo public > /public"] }
  provisioner "shell" {
    environment_vars = ["PW=\${var.pw}"]
    inline           = ["test \\"$PW\\" = ${SECRET} && echo ok > /checked"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "${REGISTRY}/${IMAGE}"
      tags       = ["t"]
    }
    post-processor "docker-push" {}
  }
`,
  )
  .concat(`variable "pw" {\n  type      = string\n  sensitive = true\n  default   = "${SECRET}"\n}\n`);

async function tags(repository: string): Promise<string[]> {
  const res = await fetch(`http://${REGISTRY}/v2/${repository}/tags/list`);
  if (!res.ok) return [];
  return ((await res.json()) as { tags?: string[] | null }).tags ?? [];
}

/** The pushed image's config blob, as text. */
async function pushedConfig(repository: string, tag: string): Promise<string> {
  const manifest = await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${tag}`, {
    headers: { accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' },
  });
  const digest = ((await manifest.json()) as { config: { digest: string } }).config.digest;
  return (await fetch(`http://${REGISTRY}/v2/${repository}/blobs/${digest}`)).text();
}

/** What an attacker computes for a guessed value: the documented key chain, step by step. */
async function keysFor(dir: string, guess: string, baseImageId: string): Promise<string[]> {
  const p = await prepareTemplate({ template: 't.pkr.hcl', cwd: dir, vars: [['pw', guess]], env: {} });
  const build = p.builds[0];
  const out = [baseKey(baseImageId, build)];
  for (const q of build.provisioners) out.push(chainKey(out[out.length - 1], { type: q.type, provisioner: q.provisioner.describe() }));
  out.push(commitKey(out[out.length - 1], build.config));
  return out;
}

test('no pushed artifact lets the sensitive value be guessed offline; the step is still cached locally', async () => {
  const dir = ws.dir({ 't.pkr.hcl': TEMPLATE });
  const first = await ws.build(dir, ['-cache-to', `type=registry,ref=${REGISTRY}/${CACHE}`], true);
  expect(first.code).toBe(0);
  expect(first.err).not.toContain(SECRET);
  const config = await pushedConfig(IMAGE, 't');
  const cacheTags = await tags(CACHE);
  const label = (JSON.parse(config) as { config: { Labels: Record<string, string> } }).config.Labels['io.repack.cache.key'];
  expect(label).toMatch(/^[0-9a-f]{64}$/);

  const base = await driver.inspectImage(BUSYBOX);
  const dictionary = ['password', '123456', SECRET, 'letmein'];
  // Keys [0] base, [1] the public step: the same for every guess. [2] the step reading the value, [3] the image.
  const guessed = await Promise.all(dictionary.map((g) => keysFor(dir, g, base?.id ?? '')));
  const published = [config, ...cacheTags].join('\n');
  for (const keys of guessed) for (const key of keys.slice(2)) expect(published).not.toContain(key);
  const real = guessed[dictionary.indexOf(SECRET)];
  // The public step before it is shared as usual; nothing after it is.
  expect(cacheTags).toEqual([real[1]]);

  // The local daemon keeps it: a repeat build is served from cache (keys are stable on this machine).
  const again = await ws.build(dir, [], true);
  expect(again.code).toBe(0);
  expect(again.err).toContain('CACHED commit');
  expect(again.builds[0]['image-id']).toBe(first.builds[0]['image-id']);
});

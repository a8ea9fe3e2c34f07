// Three builds at once, each pushing its own tag of one repository: all succeed, and each reported digest is the one
// the registry serves for that tag (Docker-Content-Digest), never another build's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';

const REGISTRY = '127.0.0.1:5000';
const driver = connectDocker();
const run = Date.now().toString(36);
const repository = `parity-push-${run}`;
const sources = ['one', 'two', 'three'].map((n) => `push_${n}_${run}`);
let dir: string;

afterAll(async () => {
  for (const s of sources) for (const image of await driver.listImages(`io.repack.build=docker.${s}`)) await driver.removeImage(image.id, { force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function registryDigest(tag: string): Promise<string | null> {
  const res = await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
  });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

test('three parallel builds push three tags of one repository, each with its own digest', async () => {
  dir = mkdtempSync(join(tmpdir(), 'repack-push-'));
  const blocks = sources.map((s) => `source "docker" "${s}" {\n  image  = "${REGISTRY}/busybox:latest"\n  commit = true\n}\n`).join('');
  writeFileSync(
    join(dir, 'push.pkr.hcl'),
    `${blocks}
build {
  sources = [${sources.map((s) => `"source.docker.${s}"`).join(', ')}]
  provisioner "shell" {
    inline = ["head -c 300000 /dev/urandom > /payload", "echo \${source.name} > /which"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "${REGISTRY}/${repository}"
      tags       = [source.name]
    }
    post-processor "docker-push" {}
  }
}
`,
  );
  let out = '';
  let err = '';
  const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), isTTY: false, env: { ...process.env }, cwd: dir };
  const code = await main(['build', '-json', '-no-cache', 'push.pkr.hcl'], io);
  expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
  const builds = JSON.parse(out) as { name: string; 'image-id': string; pushed: { repository: string; tag: string; digest: string }[] }[];
  expect(builds.map((b) => b.name).sort()).toEqual(sources.map((s) => `docker.${s}`).sort());
  const digests = new Set<string>();
  for (const b of builds) {
    const tag = b.name.replace(/^docker\./, '');
    expect(b.pushed).toEqual([{ repository: `${REGISTRY}/${repository}`, tag, digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as string }]);
    expect(b.pushed[0].digest).toBe(await registryDigest(tag));
    digests.add(b.pushed[0].digest);
  }
  expect(digests.size).toBe(3);
});

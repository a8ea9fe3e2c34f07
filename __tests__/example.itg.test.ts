// The example template through the CLI against the real engine and registry: the image holds what the provisioner
// made, the digest repack reports is the one the registry serves, and nothing is left behind — in success and failure.
// The daemon is shared: every build here has a name unique to this run, so the test checks and removes only the
// containers and images it made, and passes whatever else runs on the daemon.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';

const ROOT = join(import.meta.dirname, '..');
const REGISTRY = '127.0.0.1:5000';
const driver = connectDocker();
const run = `${Date.now().toString(36)}-${process.pid}`;
/** Build names of this run: the example's, and the one every scratch template below uses. */
const EXAMPLE = `docker-example-${run}`;
const SCRATCH = `itg-${run}`;
const BUILDS = [`${EXAMPLE}.docker.ubuntu`, `${SCRATCH}.docker.b`, `${SCRATCH}.docker.n`];
const work = mkdtempSync(join(tmpdir(), 'repack-itg-example-'));

/** Containers left by one of this run's builds. */
async function ours(): Promise<string[]> {
  const found: string[] = [];
  for (const build of BUILDS) found.push(...(await driver.listContainers(`io.repack.build=${build}`)));
  return found;
}

async function cli(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env: { ...process.env }, cwd });
  return { code, out, err };
}

async function registryDigest(repository: string, tag: string): Promise<string | null> {
  const res = await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
  });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

/** Runs a command in a throwaway container of the image and returns its stdout. */
async function inImage(image: string, command: string): Promise<{ exitCode: number; stdout: string }> {
  const id = await driver.createContainer({ image, entrypoint: ['/bin/sh'], tty: true, openStdin: true, labels: { 'io.repack.test': run } });
  try {
    await driver.startContainer(id);
    return await driver.exec(id, { cmd: ['/bin/sh', '-c', command] });
  } finally {
    await driver.removeContainer(id);
  }
}

afterAll(async () => {
  for (const id of await ours()) await driver.removeContainer(id);
  // The images these builds made (final and per-step cache images), by the build label repack puts on them.
  for (const build of BUILDS) {
    for (const image of await driver.listImages(`io.repack.build=${build}`)) await driver.removeImage(image.id, { force: true });
  }
  rmSync(work, { recursive: true, force: true });
});

/** The example, as shipped, with this run's build name. */
function example(): string {
  const dir = join(work, 'docker-ubuntu');
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(join(ROOT, 'examples/docker-ubuntu/docker-ubuntu.pkr.hcl'), 'utf8');
  if (!text.includes('name    = "docker-example"')) throw new Error('the example no longer names its build "docker-example"');
  writeFileSync(join(dir, 'docker-ubuntu.pkr.hcl'), text.replace('name    = "docker-example"', `name    = "${EXAMPLE}"`));
  return dir;
}

test('the example builds, pushes, and reports the digest the registry serves', async () => {
  const repository = `${REGISTRY}/docker-example`;
  const tag = `itg-${run}`;
  const dir = example();
  const r = await cli(['build', '-no-cache', '-var', `tag=${tag}`, '-json', dir]);
  expect(r.err).toContain(`==> ${EXAMPLE}.docker.ubuntu: Provisioning with shell script: inline commands`);
  expect(r.err).toContain('==> Builds finished. The artifacts of successful builds are:');
  expect(r.code).toBe(0);
  const [build] = JSON.parse(r.out) as { 'image-id': string; tags: string[]; pushed: { repository: string; tag: string; digest: string }[] }[];
  expect(build.tags).toEqual([`${repository}:${tag}`]);
  expect(build.pushed).toHaveLength(1);
  expect(build.pushed[0].digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(build.pushed[0].digest).toBe(await registryDigest('docker-example', tag));
  expect(build.pushed[0].digest).not.toBe(build['image-id']);

  const image = build['image-id'];
  expect(await inImage(image, 'cat /example.txt')).toMatchObject({ exitCode: 0, stdout: 'FOO is hello world\n' });
  expect((await inImage(image, "dpkg-query -W -f='${Status}' redis-server && test -x /usr/bin/redis-server")).stdout).toBe('install ok installed');
  // The uploaded script was removed by the step that ran it.
  expect((await inImage(image, 'ls /tmp/script_*.sh 2>/dev/null | wc -l')).stdout.trim()).toBe('0');
  // The base image's CMD survives the build container's /bin/sh entrypoint.
  const info = await driver.inspectImage(image);
  expect(info?.config.Cmd).toEqual(['bash']);
  expect(info?.config.Entrypoint ?? []).toEqual([]);
  expect(await ours()).toEqual([]);

  // The same build again is served from the layer cache: no container, the same image, the same digest.
  const again = await cli(['build', '-var', `tag=${tag}`, '-json', dir]);
  expect(again.code).toBe(0);
  expect(again.err).toContain('CACHED provisioner shell');
  expect(again.err).not.toContain('Starting docker container');
  const [cached] = JSON.parse(again.out) as { 'image-id': string; pushed: { digest: string }[]; cache: { hits: number } }[];
  expect(cached['image-id']).toBe(image);
  expect(cached.pushed[0].digest).toBe(build.pushed[0].digest);
  expect(cached.cache.hits).toBe(1);
});

describe('failures leave nothing behind', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'repack-itg-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a failing provisioner exits non-zero, shows its output, and tags nothing', async () => {
    const tag = `fail-${run}`;
    writeFileSync(
      join(dir, 'fail.pkr.hcl'),
      `source "docker" "b" {
  image  = "${REGISTRY}/busybox:latest"
  commit = true
}
build {
  name    = "${SCRATCH}"
  sources = ["source.docker.b"]
  provisioner "shell" {
    inline = ["echo about to fail", "echo on stderr >&2", "exit 7"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "${REGISTRY}/repack-fail"
      tags       = ["${tag}"]
    }
    post-processor "docker-push" {}
  }
}
`,
    );
    const r = await cli(['build', 'fail.pkr.hcl'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`    ${SCRATCH}.docker.b: about to fail`);
    expect(r.out).toContain(`    ${SCRATCH}.docker.b: on stderr`);
    expect(r.out).toContain(`Build '${SCRATCH}.docker.b' errored after`);
    expect(r.out).toContain('Script exited with non-zero exit status: 7');
    expect(await ours()).toEqual([]);
    expect(await driver.inspectImage(`${REGISTRY}/repack-fail:${tag}`)).toBeUndefined();
    expect(await registryDigest('repack-fail', tag)).toBeNull();
  });

  test('build.ID is the build container: its hostname is the ID, shortened', async () => {
    writeFileSync(
      join(dir, 'id.pkr.hcl'),
      `source "docker" "b" {
  image   = "${REGISTRY}/busybox:latest"
  discard = true
}
build {
  name    = "${SCRATCH}"
  sources = ["source.docker.b"]
  provisioner "shell" {
    inline = ["test \\"$(hostname)\\" = \\"$(echo \${build.ID} | cut -c1-12)\\"", "echo id=\${build.ID}"]
  }
}
`,
    );
    const r = await cli(['build', 'id.pkr.hcl'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${SCRATCH}.docker.b: id=`);
    expect(r.out).toMatch(/docker\.b: id=[0-9a-f]{64}\n/);
  });

  test('a non-root exec_user runs the script, and the script is still removed from the image', async () => {
    writeFileSync(
      join(dir, 'nobody.pkr.hcl'),
      `source "docker" "n" {
  image     = "${REGISTRY}/busybox:latest"
  commit    = true
  exec_user = "65534"
}
build {
  name    = "${SCRATCH}"
  sources = ["source.docker.n"]
  provisioner "shell" {
    inline = ["id -u > /tmp/uid"]
  }
}
`,
    );
    const r = await cli(['build', '-no-cache', '-json', 'nobody.pkr.hcl'], dir);
    expect(r.code).toBe(0);
    const [built] = JSON.parse(r.out) as { 'image-id': string }[];
    expect((await inImage(built['image-id'], 'cat /tmp/uid; ls /tmp/script_*.sh 2>/dev/null | wc -l')).stdout).toBe('65534\n0\n');
    await driver.removeImage(built['image-id'], { force: true });
  });

  test("the original template's mistakes are reported with a caret, and no container starts", async () => {
    const r = await cli(['build', '__fixtures__/templates/invalid/original-docker-ubuntu/docker-ubuntu.pkr.hcl']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Error: Unexpected comma after argument');
    expect(r.err).toMatch(/on __fixtures__\/templates\/invalid\/original-docker-ubuntu\/docker-ubuntu\.pkr\.hcl line 19/);
    expect(r.err).toMatch(/19: {3}\],\n {9}\^/);
    expect(r.err).toContain('Warning: sudo in a root container');
    expect(r.err).toContain('Remove "sudo " from the command.');
    expect(r.out).toBe('');
    // Its build is named docker-example; other runs of the example may be building on the shared daemon, so the check
    // is that the command stopped before any build step (no "Starting docker container" line), not a daemon count.
    expect(r.err).not.toContain('docker container');
  });
});

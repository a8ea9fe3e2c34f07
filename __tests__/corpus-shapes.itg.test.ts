// Shapes found in real public templates, built against the real engine: a named build container (run_command
// --name), a string "true" for commit, `changes` from a variable, and docker-tag tags from source.name — compared
// with what Packer's docker plugin gives (tags repository:tag, the ENV change in the config, the base image's Cmd).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';

const driver = connectDocker();
const run = `corpus-${Date.now().toString(36)}`;
const repository = `127.0.0.1:5000/${run}`;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-corpus-'));
});
afterAll(async () => {
  for (const image of await driver.listImages(`io.repack.build=docker.x86`)) {
    if (image.repoTags.some((t) => t.startsWith(repository))) await driver.removeImage(image.id, { force: true });
  }
  rmSync(dir, { recursive: true, force: true });
});

const TEMPLATE = `variable "release" {
  type    = string
  default = "2.1.0"
}

source "docker" "x86" {
  image       = "127.0.0.1:5000/busybox:latest"
  commit      = "true"
  platform    = "linux/amd64"
  run_command = ["-d", "-i", "-t", "--name", "${run}", "{{.Image}}", "/bin/sh"]
  changes     = ["ENV DOC_VERSION \${var.release}"]
}

build {
  sources = ["source.docker.x86"]

  provisioner "shell" {
    inline = ["mkdir -p /srv/docs", "echo \${source.name} > /srv/docs/from"]
  }

  post-processor "docker-tag" {
    repository = "${repository}"
    tags       = [source.name, var.release]
  }
}
`;

test('a real-template shape builds as Packer builds it, in a container of the given name', async () => {
  writeFileSync(join(dir, 't.pkr.hcl'), TEMPLATE);
  let err = '';
  let out = '';
  const code = await main(['build', '-no-cache', '-json', '.'], {
    out: (s) => (out += s),
    err: (s) => (err += s),
    isTTY: false,
    env: { ...process.env },
    cwd: dir,
  });
  expect(err).not.toContain('Error');
  expect(code).toBe(0);
  const [build] = JSON.parse(out) as { 'image-id': string; tags: string[] }[];
  expect(build.tags.sort()).toEqual([`${repository}:2.1.0`, `${repository}:x86`]);
  const image = await driver.inspectImage(`${repository}:x86`);
  expect(image?.id).toBe(build['image-id']);
  expect(image?.config.Env).toContain('DOC_VERSION=2.1.0');
  const base = await driver.inspectImage('127.0.0.1:5000/busybox:latest');
  expect(image?.config.Cmd).toEqual(base?.config.Cmd);
  // The build container's name is free again (creating another with it would conflict otherwise), and the
  // provisioner's file is in the image.
  const id = await driver.createContainer({ image: `${repository}:x86`, entrypoint: ['/bin/sh'], tty: true, openStdin: true, name: run });
  try {
    await driver.startContainer(id);
    const r = await driver.exec(id, { cmd: ['cat', '/srv/docs/from'] });
    expect(r.stdout.trim()).toBe('x86');
  } finally {
    await driver.removeContainer(id);
  }
});

// On the real engine and registry: when another build moves the tag between this build's docker-tag and docker-push
// (simulated by a shell-local post-processor running `docker tag` in between), the engine pushes the other image;
// repack fails the build instead of reporting that image's digest as this build's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, writeTemplate } from '../__fixtures__/reliability/harness.js';
import { connectDocker } from '../src/docker/connect.js';

const driver = connectDocker();
const repository = `127.0.0.1:5000/push-verify-${Date.now().toString(36)}`;
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'repack-push-verify-'));
});
afterAll(async () => {
  await driver.removeImage(`${repository}:1`, { force: true }); // only the tag: it names busybox's image
  for (const image of await driver.listImages(`io.repack.test.push-verify=${repository}`)) await driver.removeImage(image.id, { force: true });
  rmSync(work, { recursive: true, force: true });
});

test('a tag moved by someone else during the push fails the build and reports no digest', async () => {
  writeTemplate(
    work,
    `source "docker" "pv" {
  image   = "127.0.0.1:5000/busybox:latest"
  commit  = true
  changes = ["LABEL io.repack.test.push-verify=${repository}"]
}
build {
  sources = ["source.docker.pv"]
  provisioner "shell" { inline = ["echo ours > /ours"] }
  post-processors {
    post-processor "docker-tag" {
      repository = "${repository}"
      tags       = ["1"]
    }
    post-processor "shell-local" { inline = ["docker tag 127.0.0.1:5000/busybox:latest ${repository}:1"] }
    post-processor "docker-push" {}
  }
}
`,
  );
  const json = join(work, 'out.json');
  const run = await runCli(['build', '-no-cache', '-color=false', `-json-file=${json}`, 'template.pkr.hcl'], { cwd: work });
  expect(run.code).toBe(1);
  expect(run.all).toMatch(new RegExp(`${repository.replace(/\./g, '\\.')}:1 was pushed, but the registry's sha256:[0-9a-f]{64} is not this build's image`));
  const busybox = await driver.inspectImage('127.0.0.1:5000/busybox:latest');
  const pushed = await driver.inspectImage(`${repository}:1`);
  expect(pushed?.id).toBe(busybox?.id);
  expect(run.all).not.toMatch(/1: digest: sha256:/);
});

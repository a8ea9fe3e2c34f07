// The docker source's container options reach the build container: tmpfs, device, runtime, platform, volumes,
// exec_user and cap_drop, each checked from inside by the provisioner itself (a failed check fails the build).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { connectDocker } from '../src/docker/connect.js';

/** A build name of this run only: checks and cleanup see what this run made, nothing another run made. */
const BUILD = `opts-${Date.now().toString(36)}-${process.pid}`;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-options-'));
  chmodSync(dir, 0o755); // readable by the exec user through the volume
  writeFileSync(join(dir, 'shared.txt'), 'from the host\n');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const driver = connectDocker();
  for (const build of [`${BUILD}.docker.opts`, `${BUILD}.docker.caps`]) {
    for (const image of await driver.listImages(`io.repack.build=${build}`)) await driver.removeImage(image.id, { force: true });
  }
});

test('every container option is in effect while provisioning', async () => {
  writeFileSync(
    join(dir, 'options.pkr.hcl'),
    `source "docker" "opts" {
  image     = "127.0.0.1:5000/busybox:latest"
  discard   = true
  cap_drop  = ["CHOWN"]
  tmpfs     = ["/scratch:size=1m"]
  device    = ["/dev/null:/dev/repack-null"]
  runtime   = "runc"
  platform  = "linux/amd64"
  volumes   = { "${dir}" = "/host" }
  exec_user = "65534"
}
build {
  name    = "${BUILD}"
  sources = ["source.docker.opts"]
  provisioner "shell" {
    inline = [
      "grep -q ' /scratch tmpfs ' /proc/mounts",
      "test -c /dev/repack-null",
      "test \\"$(cat /host/shared.txt)\\" = 'from the host'",
      "test \\"$(id -u)\\" = 65534",
      "uname -m | grep -q x86_64",
      "echo all-options-in-effect",
    ]
  }
}
`,
  );
  let out = '';
  const code = await main(['build', '-no-cache', '-color=false', 'options.pkr.hcl'], {
    out: (s) => (out += s),
    err: (s) => (out += s),
    isTTY: false,
    env: { ...process.env },
    cwd: dir,
  });
  expect(out).toContain('all-options-in-effect');
  expect(code).toBe(0);
  expect(await connectDocker().listContainers(`io.repack.build=${BUILD}.docker.opts`)).toEqual([]);
});

test('cap_drop takes CHOWN away from root in the build container', async () => {
  writeFileSync(
    join(dir, 'caps.pkr.hcl'),
    `source "docker" "caps" {
  image    = "127.0.0.1:5000/busybox:latest"
  discard  = true
  cap_drop = ["CHOWN"]
}
build {
  name    = "${BUILD}"
  sources = ["source.docker.caps"]
  provisioner "shell" {
    inline = ["touch /tmp/f", "if chown 1:1 /tmp/f; then echo chown-allowed; else echo chown-dropped; fi"]
  }
}
`,
  );
  let out = '';
  const code = await main(['build', '-no-cache', '-color=false', 'caps.pkr.hcl'], {
    out: (s) => (out += s),
    err: (s) => (out += s),
    isTTY: false,
    env: { ...process.env },
    cwd: dir,
  });
  expect(code).toBe(0);
  expect(out).toContain('chown-dropped');
  expect(out).not.toContain('chown-allowed');
});

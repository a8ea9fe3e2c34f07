// Host file system errors name what failed and where: a download into a full file system (a 1 MiB tmpfs) names the
// provisioner, the source and the destination; fileset over an unreadable directory is a diagnostic, not a raw
// "EACCES … scandir".
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoStack, runCli, scenarioDir, writeTemplate } from '../__fixtures__/reliability/harness.js';

const parent = join(tmpdir(), 'repack-messages-host-fs');
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) execFileSync('umount', [m]);
  rmSync(parent, { recursive: true, force: true });
});

test('ENOSPC during a download names the step, the source and the path, and leaves no partial file', async () => {
  const dir = scenarioDir(parent, 'enospc');
  const full = join(dir, 'full');
  mkdirSync(full);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', full]);
  mounts.push(full);
  writeTemplate(
    dir,
    `source "docker" "e" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}
build {
  sources = ["source.docker.e"]
  provisioner "shell" { inline = ["dd if=/dev/zero of=/big bs=1024 count=2048 2>/dev/null"] }
  provisioner "file" {
    direction   = "download"
    source      = "/big"
    destination = "${full}/big"
  }
}
`,
  );
  const r = await runCli(['build', '-color=false', 'template.pkr.hcl'], { cwd: dir });
  expect(r.code).toBe(1);
  expect(r.all).toContain(`Download of /big to ${full}/big failed (file provisioner): no space left on device (ENOSPC) while writing ${full}/big`);
  expect(r.all).not.toMatch(/ENOSPC: no space left on device, write/);
  expectNoStack(r.all);
  expect(readdirSync(full)).toEqual([]);
}, 120_000);

test('fileset skips a directory the user cannot read, as Packer (doublestar) does: no raw EACCES, the rest is listed', async () => {
  const dir = scenarioDir(parent, 'eacces');
  mkdirSync(join(dir, 'd', 'locked'), { recursive: true });
  writeFileSync(join(dir, 'd', 'open.txt'), 'x');
  chmodSync(join(dir, 'd', 'locked'), 0o000);
  chownSync(dir, 65534, 65534);
  writeTemplate(
    dir,
    `locals { f = fileset(path.root, "d/**") }\nsource "docker" "e" {\n  image   = "busybox"\n  discard = true\n}\nbuild { sources = ["source.docker.e"] }\n`,
  );
  const r = await runCli(['validate', 'template.pkr.hcl'], { cwd: dir, uid: 65534, gid: 65534 });
  expect(r.code).toBe(0);
  expect(r.all).not.toMatch(/scandir|EACCES/);
  const inspected = await runCli(['inspect', 'template.pkr.hcl'], { cwd: dir, uid: 65534, gid: 65534 });
  expect(inspected.all).toMatch(/local\.f: .*d\/open\.txt/);
}, 60_000);

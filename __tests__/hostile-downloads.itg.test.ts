// Downloads from a hostile base image, through the CLI on the real engine: the image (built here by committing a
// container that plants the files) holds symbolic links out of the tree, a link where a directory is expected,
// setuid files and a world-writable sticky directory. Nothing may land or change outside the destination, no host
// directory may be removed or re-moded, no setuid bit may reach the host (docs/provisioners/file.md).
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { BUSYBOX, driver, RUN, Workspace } from '../__fixtures__/plugins/itg.js';

const ws = new Workspace();
const HOSTILE = `repack-itg-hostile-dl:${RUN}`;
let victim: string;

beforeAll(async () => {
  // A host directory the image's links aim at: whatever a build writes there has escaped.
  victim = ws.dir({ 'victim/keep.txt': 'victim\n' });
  const id = await driver.createContainer({ image: BUSYBOX, entrypoint: ['/bin/sh'], tty: true, openStdin: true, labels: { 'io.repack.test': RUN } });
  try {
    await driver.startContainer(id);
    const plant = [
      'mkdir -p /srv/out/sub /srv/payload',
      `ln -s ${victim}/victim /srv/out/escape`,
      'ln -s ../../../../../../.. /srv/out/up',
      'ln -s sub /srv/out/inside',
      'echo data > /srv/out/sub/data.txt',
      'echo "#!/bin/sh" > /srv/out/suid && chmod 4755 /srv/out/suid',
      'chmod 3777 /srv/out/sub',
      'chmod 4777 /srv/out',
      'ln -s /srv/out /srv/dirlink',
      'echo planted > /srv/payload/pwned.txt',
    ].join(' && ');
    const r = await driver.exec(id, { cmd: ['/bin/sh', '-c', plant] });
    expect(r.exitCode).toBe(0);
    const image = await driver.commit(id, { pause: false });
    await driver.tag(image, 'repack-itg-hostile-dl', RUN);
    ws.track(HOSTILE);
  } finally {
    await driver.removeContainer(id);
  }
}, 60_000);

afterAll(() => ws.cleanup());

function template(body: string): string {
  return ws.template(body, 'discard = true\n  pull = false').replace(BUSYBOX, HOSTILE);
}

test('links out of a downloaded tree are skipped with a warning, and nothing is written through them', async () => {
  const dir = ws.dir({
    't.pkr.hcl': template(`
  provisioner "file" {
    direction   = "download"
    source      = "/srv/out"
    destination = "dl/"
  }
  provisioner "file" {
    direction   = "download"
    source      = "/srv/payload/"
    destination = "dl/out/escape/"
  }
  provisioner "shell-local" { inline = ["cp dl/out/escape/pwned.txt dl/out/up/tmp/repack-itg-escaped-${RUN} 2>/dev/null || true"] }
`),
  });
  const r = await ws.build(dir);
  expect(r.err).toContain(`Warning: skipped the symbolic link out/escape -> ${victim}/victim`);
  expect(r.err).toContain('Warning: skipped the symbolic link out/up -> ../../../../../../..');
  expect(r.code).toBe(0);
  expect(readdirSync(join(victim, 'victim'))).toEqual(['keep.txt']);
  expect(existsSync(`/tmp/repack-itg-escaped-${RUN}`)).toBe(false);
  // The second download made a real directory where the skipped link would have been.
  expect(lstatSync(join(dir, 'dl/out/escape')).isDirectory()).toBe(true);
  expect(readFileSync(join(dir, 'dl/out/escape/pwned.txt'), 'utf8')).toBe('planted\n');
  // A link that stays inside is kept; modes lose their setuid, setgid and sticky bits.
  expect(readFileSync(join(dir, 'dl/out/inside/data.txt'), 'utf8')).toBe('data\n');
  expect(statSync(join(dir, 'dl/out/suid')).mode & 0o7777).toBe(0o755);
  expect(statSync(join(dir, 'dl/out/sub')).mode & 0o7777).toBe(0o777);
  expect(statSync(join(dir, 'dl/out')).mode & 0o7777).toBe(0o777);
});

test('a source with a trailing slash that is a symbolic link fills the existing destination, which keeps its files and mode', async () => {
  const dir = ws.dir({
    'keep/precious.txt': 'mine\n',
    't.pkr.hcl': template(`
  provisioner "file" {
    direction   = "download"
    source      = "/srv/dirlink/"
    destination = "keep"
  }
`),
  });
  mkdirSync(join(dir, 'keep'), { recursive: true });
  chmodSync(join(dir, 'keep'), 0o700);
  writeFileSync(join(dir, 'keep/precious.txt'), 'mine\n');
  const r = await ws.build(dir);
  expect(r.code).toBe(0);
  expect(lstatSync(join(dir, 'keep')).isDirectory()).toBe(true);
  expect(statSync(join(dir, 'keep')).mode & 0o7777).toBe(0o700);
  expect(readFileSync(join(dir, 'keep/precious.txt'), 'utf8')).toBe('mine\n');
  expect(readFileSync(join(dir, 'keep/sub/data.txt'), 'utf8')).toBe('data\n');
  expect(statSync(join(dir, 'keep/suid')).mode & 0o7777).toBe(0o755);
});

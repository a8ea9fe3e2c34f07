// The file provisioner on the real engine through the CLI: files, directories with and without a trailing slash,
// content, downloads of files and directories, uploads owned by exec_user, and a download during the step commit.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { inImage, Workspace } from '../__fixtures__/plugins/itg.js';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const TREE = { 'tree/a.txt': 'A\n', 'tree/sub/b.txt': 'B\n', 'one.txt': 'ONE\n' };

test('uploads and downloads as Packer documents, through the archive API', async () => {
  const dir = ws.dir({
    ...TREE,
    't.pkr.hcl': ws.template(`
  provisioner "shell" { inline = ["mkdir -p /up/dir /srv/out/deep", "echo made > /srv/made.txt", "echo x > /srv/out/deep/x.txt"] }
  provisioner "file" {
    source      = "tree"
    destination = "/up"
  }
  provisioner "file" {
    source      = "tree/"
    destination = "/up/contents"
  }
  provisioner "file" {
    source      = "tree/"
    destination = "/up/dir"
  }
  provisioner "file" {
    source      = "one.txt"
    destination = "/up/renamed.txt"
  }
  provisioner "file" {
    sources     = ["one.txt"]
    destination = "/up/dir/"
  }
  provisioner "file" {
    content     = "hello"
    destination = "/up/content.txt"
  }
  provisioner "file" {
    direction   = "download"
    source      = "/srv/made.txt"
    destination = "dl/made.txt"
  }
  provisioner "file" {
    direction   = "download"
    source      = "/srv/out"
    destination = "dl/"
  }
  provisioner "file" {
    direction   = "download"
    source      = "/srv/out/"
    destination = "dl/contents"
  }
`),
  });
  const r = await ws.build(dir);
  expect(r.err).toContain(': Uploading tree => /up');
  expect(r.err).toContain(': Downloading /srv/out => dl/');
  expect(r.err).toContain(': Uploading content => /up/content.txt');
  expect(r.code).toBe(0);
  const image = r.builds[0]['image-id'] ?? '';
  const listing = await inImage(image, 'cd /up && find . -type f | sort && cat content.txt renamed.txt');
  expect(listing.stdout.split(/\r?\n/)).toEqual([
    './content.txt',
    './contents/a.txt',
    './contents/sub/b.txt',
    './dir/a.txt',
    './dir/one.txt',
    './dir/sub/b.txt',
    './renamed.txt',
    './tree/a.txt',
    './tree/sub/b.txt',
    'helloONE',
    '',
  ]);
  expect(readFileSync(join(dir, 'dl/made.txt'), 'utf8')).toBe('made\n');
  expect(readFileSync(join(dir, 'dl/out/deep/x.txt'), 'utf8')).toBe('x\n');
  expect(readFileSync(join(dir, 'dl/contents/deep/x.txt'), 'utf8')).toBe('x\n');
  expect(await ws.leftContainers()).toEqual([]);
});

test('uploads are owned by the user the container runs as (fix_upload_owner), or left as uploaded when it is off', async () => {
  const template = (fix: boolean) =>
    ws.template(
      `  provisioner "file" {
    source      = "tree"
    destination = "/tmp/"
  }`,
      `commit           = true
  run_command      = ["-d", "-i", "-t", "-u", "4321:4321", "--entrypoint=/bin/sh", "--", "{{.Image}}"]
  fix_upload_owner = ${fix}`,
    );
  const on = await ws.build(ws.dir({ ...TREE, 't.pkr.hcl': template(true) }));
  expect(on.code).toBe(0);
  expect((await inImage(on.builds[0]['image-id'] ?? '', 'stat -c %u:%g /tmp/tree /tmp/tree/sub/b.txt')).stdout).toBe('4321:4321\n4321:4321\n');
  const off = await ws.build(ws.dir({ ...TREE, 't.pkr.hcl': template(false) }));
  expect(off.code).toBe(0);
  expect((await inImage(off.builds[0]['image-id'] ?? '', 'stat -c %u /tmp/tree/sub/b.txt')).stdout).toBe('0\n');
});

test('a download runs while the step before it is committed: the same bytes out, the image, a cached repeat', async () => {
  const dir = ws.dir({
    't.pkr.hcl': ws.template(`
  provisioner "file" {
    source      = "big.bin"
    destination = "/tmp/big.bin"
  }
  provisioner "file" {
    direction   = "download"
    source      = "/tmp/big.bin"
    destination = "out/big.bin"
  }
  provisioner "shell" { inline = ["sha256sum /tmp/big.bin > /sum"] }
`),
  });
  const payload = randomBytes(20 * 1024 * 1024);
  writeFileSync(join(dir, 'big.bin'), payload);
  const cold = await ws.build(dir);
  expect(cold.code).toBe(0);
  expect(readFileSync(join(dir, 'out/big.bin')).equals(payload)).toBe(true);
  const sum = await inImage(cold.builds[0]['image-id'] ?? '', 'cat /sum');
  expect(sum.stdout).toMatch(/^[0-9a-f]{64} {2}\/tmp\/big.bin\n$/);
  expect(await ws.leftContainers()).toEqual([]);
  // The step image committed during the download serves the repeat.
  const warm = await ws.build(dir, [], true);
  expect(warm.code).toBe(0);
  expect(warm.err).toContain('[1/3] CACHED provisioner file');
  expect(warm.builds[0]['image-id']).toBe(cold.builds[0]['image-id']);
  expect(await ws.leftContainers()).toEqual([]);
});

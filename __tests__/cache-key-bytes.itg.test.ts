// Cache keys cover exactly what a step sends, through the CLI on the real engine: an upload whose source is a
// symbolic link is keyed by the bytes it uploads (the target's), and shell scripts are sent and keyed as bytes (a
// Latin-1 script, a binary payload), never decoded as UTF-8.
import { createHash } from 'node:crypto';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { inImage, Workspace } from '../__fixtures__/plugins/itg.js';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

test('an upload whose source is a symbolic link misses the cache when the target changes', async () => {
  const dir = ws.dir({
    'target.txt': 'one\n',
    't.pkr.hcl': ws.template(`
  provisioner "file" {
    source      = "link.txt"
    destination = "/tmp/up.txt"
  }
  provisioner "shell" { inline = ["cat /tmp/up.txt > /out.txt"] }
`),
  });
  symlinkSync('target.txt', join(dir, 'link.txt'));
  const first = await ws.build(dir, [], true);
  expect(first.code).toBe(0);
  writeFileSync(join(dir, 'target.txt'), 'two\n');
  const second = await ws.build(dir, [], true);
  expect(second.code).toBe(0);
  expect(second.err).toContain('[1/2] RUN provisioner file');
  expect((await inImage(second.builds[0]['image-id'] ?? '', 'cat /out.txt')).stdout).toBe('two\n');
});

test('scripts arrive byte for byte and are keyed by their bytes', async () => {
  const latin1 = (ch: number) => Buffer.concat([Buffer.from("#!/bin/sh\nprintf '%s' 'caf"), Buffer.from([ch]), Buffer.from("' > /latin1\n")]);
  const payload = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\ntail -c 256 "$0" > /payload\nexit 0\n'), payload]);
  const dir = ws.dir({
    't.pkr.hcl': ws.template(`
  provisioner "shell" { script = "latin1.sh" }
  provisioner "shell" { script = "binary.sh" }
`),
  });
  writeFileSync(join(dir, 'latin1.sh'), latin1(0xe9));
  writeFileSync(join(dir, 'binary.sh'), binary);
  const first = await ws.build(dir, [], true);
  expect(first.code).toBe(0);
  const sums = await inImage(first.builds[0]['image-id'] ?? '', 'sha256sum /latin1 /payload');
  expect(sums.stdout).toBe(`${sha(Buffer.from([0x63, 0x61, 0x66, 0xe9]))}  /latin1\n${sha(payload)}  /payload\n`);
  // Another byte that is just as invalid UTF-8: another script, another key.
  writeFileSync(join(dir, 'latin1.sh'), latin1(0xe8));
  const second = await ws.build(dir, [], true);
  expect(second.code).toBe(0);
  expect(second.err).toContain('[1/2] RUN provisioner shell');
  const again = await inImage(second.builds[0]['image-id'] ?? '', 'od -An -tx1 /latin1');
  expect(again.stdout.trim()).toBe('63 61 66 e8');
});

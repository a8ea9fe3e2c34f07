// A discard build keeps nothing, as Packer's: with caching on, no step image is committed either. On the real engine
// a commit writes sparse files out in full (a 1 GiB sparse file: ~1 GiB on disk and ~13 s per commit, measured), so
// a step that makes one must not cost that in a build that keeps nothing (docs/caching.md).
import { afterAll, expect, test } from '@jest/globals';
import { driver, Workspace } from '../__fixtures__/plugins/itg.js';

const ws = new Workspace();
afterAll(() => ws.cleanup());

test('a discard build with a sparse file commits no image', async () => {
  const dir = ws.dir({
    't.pkr.hcl': ws.template(
      `
  provisioner "shell" { inline = ["truncate -s 1G /sparse.bin"] }
  provisioner "shell" { inline = ["echo done > /done"] }
`,
      'discard = true',
    ),
  });
  const started = Date.now();
  const r = await ws.build(dir, [], true);
  expect(r.code).toBe(0);
  expect(r.err).toContain('[2/2] RUN provisioner shell');
  const images = (await driver.listImages('io.repack.build')).filter((i) => i.labels['io.repack.build']?.startsWith(`${ws.name}.`));
  expect(images).toEqual([]);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(await ws.leftContainers()).toEqual([]);
});

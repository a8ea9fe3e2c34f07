// shell-local and breakpoint in a real build: a host script makes a file a later upload reads (generated = true);
// a breakpoint without a terminal says so and the build goes on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { inImage, Workspace } from '../__fixtures__/plugins/itg.js';

const ws = new Workspace();
afterAll(() => ws.cleanup());

test('shell-local runs on the host between container steps; breakpoint continues without a terminal', async () => {
  const dir = ws.dir({
    't.pkr.hcl': ws.template(`
  provisioner "shell-local" {
    inline           = ["echo \\"$PACKER_BUILD_NAME/$PACKER_BUILDER_TYPE/$GREETING\\" > generated.txt"]
    environment_vars = ["GREETING=it's here"]
  }
  provisioner "breakpoint" {
    note = "look around"
  }
  provisioner "file" {
    source      = "generated.txt"
    destination = "/generated.txt"
    generated   = true
  }
`),
  });
  const r = await ws.build(dir);
  expect(r.err).toContain(': Pausing at breakpoint provisioner with note "look around".');
  expect(r.err).toContain(': Not waiting: stdin is not a terminal; continuing...');
  expect(r.code).toBe(0);
  expect(readFileSync(join(dir, 'generated.txt'), 'utf8')).toBe("b/docker/it's here\n");
  expect((await inImage(r.builds[0]['image-id'] ?? '', 'cat /generated.txt')).stdout).toBe("b/docker/it's here\n");
  expect(await ws.leftContainers()).toEqual([]);
});

test('a failing shell-local fails the build with its exit status and removes the container', async () => {
  const dir = ws.dir({
    't.pkr.hcl': ws.template(`
  provisioner "shell-local" {
    command = "echo failing >&2; exit 5"
  }
`),
  });
  const r = await ws.build(dir);
  expect(r.code).toBe(1);
  expect(r.err).toContain(': failing');
  expect(r.err).toContain('Script exited with non-zero exit status: 5. Allowed exit codes are: [0]');
  expect(await ws.leftContainers()).toEqual([]);
});

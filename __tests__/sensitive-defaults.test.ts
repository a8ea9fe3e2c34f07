// A sensitive variable's default is a sensitive value like any other: reported for masking (and for the cache keys
// of the steps that read it), so the CLI never prints it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { prepareTemplate } from '../src/pipeline/prepare.js';

const dir = mkdtempSync(join(tmpdir(), 'repack-sensitive-default-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the default of a sensitive variable is reported as sensitive', async () => {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    `variable "pw" {
  type      = string
  sensitive = true
  default   = "hunter2"
}
variable "open" {
  type    = string
  default = "public"
}
source "docker" "b" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}
build {
  sources = ["source.docker.b"]
  provisioner "shell" { inline = ["echo \${var.pw} \${var.open}"] }
}
`,
  );
  const seen: string[] = [];
  const p = await prepareTemplate({ template: 't.pkr.hcl', cwd: dir, env: {}, onSensitive: (v) => seen.push(v) });
  expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(seen).toContain('hunter2');
  expect(seen).not.toContain('public');
});

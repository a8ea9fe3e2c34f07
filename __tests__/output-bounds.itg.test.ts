// On the real engine: a step that prints more than V8's largest string in one line succeeds, and the log
// shows the line's first MAX_LOG_LINE characters with the count of the rest. Run as a process from source.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, writeTemplate } from '../__fixtures__/reliability/harness.js';
import { MAX_LOG_LINE } from '../src/plugin/provisioner.js';

// Above V8's largest string (2^29 - 24 characters on 64-bit).
const BYTES = 530 * 1024 * 1024;
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'repack-output-bounds-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('530 MiB of output in one line, twice in one shell session, and a build that succeeds', async () => {
  writeTemplate(
    work,
    `source "docker" "loud" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}
build {
  sources = ["source.docker.loud"]
  provisioner "shell" { inline = ["head -c ${BYTES} /dev/zero | tr '\\\\0' a; echo", "echo after-the-flood"] }
  provisioner "shell" { inline = ["head -c ${BYTES} /dev/zero | tr '\\\\0' b >&2; echo >&2"] }
}
`,
  );
  const run = await runCli(['build', '-no-cache', '-color=false', 'template.pkr.hcl'], { cwd: work, timeoutMs: 240_000 });
  expect(run.code).toBe(0);
  expect(run.all).toContain(`${'a'.repeat(MAX_LOG_LINE)} [… ${BYTES - MAX_LOG_LINE} more characters not shown]`);
  expect(run.all).toContain(`${'b'.repeat(MAX_LOG_LINE)} [… ${BYTES - MAX_LOG_LINE} more characters not shown]`);
  expect(run.all).toContain('after-the-flood');
  expect(run.all).toContain("Build 'docker.loud' finished");
}, 300_000);

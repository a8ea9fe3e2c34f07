// -on-error=ask on a real terminal (`script` gives the bundled CLI a pseudo-terminal): the failed step is retried
// when the user answers r, and the build finishes; without a terminal the flag is refused.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { connectDocker } from '../src/docker/connect.js';

const ROOT = join(import.meta.dirname, '..');
/** A build name of this run only: cleanup removes what it made and nothing another run made. */
const BUILD = `ask-${Date.now().toString(36)}-${process.pid}`;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-ask-'));
  writeFileSync(
    join(dir, 'flaky.pkr.hcl'),
    `source "docker" "f" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}
build {
  name    = "${BUILD}"
  sources = ["source.docker.f"]
  provisioner "shell" {
    inline = ["test -f /tmp/once || { touch /tmp/once; echo first-try-fails; exit 1; }", "echo second-try-works"]
  }
}
`,
  );
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  // Step images the build kept for the cache.
  const driver = connectDocker();
  for (const image of await driver.listImages(`io.repack.build=${BUILD}.docker.f`)) await driver.removeImage(image.id, { force: true });
});

test('answering r retries the failed step on the same container, and the build succeeds', () => {
  const cli = `node ${join(ROOT, 'dist/cli/index.js')} build -no-cache -color=false -on-error=ask flaky.pkr.hcl`;
  const r = spawnSync('script', ['-qfec', cli, '/dev/null'], { cwd: dir, input: 'r\n', encoding: 'utf8', timeout: 60_000 });
  const screen = r.stdout.replace(/\r/g, '');
  expect(screen).toContain('first-try-fails');
  expect(screen).toContain('Step "provisioner shell" failed: Script exited with non-zero exit status: 1');
  expect(screen).toContain('[c] Clean up and exit, [a] abort without cleanup, or [r] retry step (build may fail even if retry succeeds)?');
  expect(screen).toContain('second-try-works');
  expect(screen).toContain(`Build '${BUILD}.docker.f' finished`);
  expect(r.status).toBe(0);
});

test('without a terminal, -on-error=ask is refused before anything runs', async () => {
  let err = '';
  const code = await main(['build', '-on-error=ask', 'flaky.pkr.hcl'], {
    out: () => {},
    err: (s) => (err += s),
    isTTY: false,
    stdinIsTTY: false,
    env: {},
    cwd: dir,
  });
  expect(code).toBe(1);
  expect(err).toContain('-on-error=ask needs a terminal to ask on');
});

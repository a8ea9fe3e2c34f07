// A cancel reaches everything a shell-local script started: the script runs in a process group of its own, the group
// gets SIGTERM (and SIGKILL after a grace period, for what ignores SIGTERM), and the CLI exits once the group is gone —
// not when the script's children would have ended by themselves. Run from source as a process, on the shared engine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, writeTemplate } from '../__fixtures__/reliability/harness.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'repack-shell-local-cancel-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Host processes whose command line contains `marker`. */
function processesWith(marker: string): string[] {
  const r = spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean);
}

test.each(['SIGINT', 'SIGTERM'] as const)('%s ends the script, its children and the CLI within seconds', async (sig) => {
  // Unusual durations name the children: one that obeys SIGTERM, one started with SIGTERM ignored.
  const obeys = sig === 'SIGINT' ? '3171' : '3172';
  const ignores = sig === 'SIGINT' ? '3181' : '3182';
  const dir = mkdtempSync(join(work, 'run-'));
  writeTemplate(
    dir,
    `source "docker" "host" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}
build {
  sources = ["source.docker.host"]
  provisioner "shell-local" {
    inline = [
      "sleep ${obeys} &",
      "sh -c \\"trap '' TERM; echo ignoring-term; exec sleep ${ignores}\\" &",
      "wait",
    ]
  }
}
`,
  );
  let sent = false;
  const run = await runCli(['build', '-color=false', 'template.pkr.hcl'], {
    cwd: dir,
    timeoutMs: 60_000,
    watch: (all, child) => {
      if (!sent && all.includes('ignoring-term')) {
        sent = true;
        child.kill(sig);
      }
    },
  });
  expect(sent).toBe(true);
  expect(run.signal).toBeNull();
  expect(run.code).toBe(1);
  expect(run.all).toContain('Build was cancelled');
  // SIGTERM at once, SIGKILL after the 5 s grace for the child that ignores it; far below the children's own time.
  expect(run.ms).toBeLessThan(20_000);
  expect(processesWith(`sleep ${obeys}`)).toEqual([]);
  expect(processesWith(`sleep ${ignores}`)).toEqual([]);
});

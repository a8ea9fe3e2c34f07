// Host-side faults of downloads and cleanup, against a private Docker engine (see __fixtures__/reliability): the
// engine stopped mid-download, and kept down longer than the cleanup waits for it. The download leaves no partial
// file under its final name, and the build container does not outlive the engine's return.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIfRoot, PrivateDaemon, waitFor } from '../__fixtures__/reliability/daemon.js';
import { expectNoStack, runCli, scenarioDir, writeTemplate } from '../__fixtures__/reliability/harness.js';
import { template } from '../__fixtures__/reliability/templates.js';

const BUSYBOX = '127.0.0.1:5000/busybox:latest';

/**
 * A killed private engine takes its containerd along, orphaning the container's shim and processes (the engine that
 * comes back no longer knows them): end those under `dir`, children first, and unmount what they held.
 */
function reapEngineLeftovers(dir: string): void {
  const procs = readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .map((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return { pid: Number(pid), ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]), cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8') };
      } catch {
        return undefined;
      }
    })
    .filter((p) => p !== undefined);
  const shims = procs.filter((p) => p.cmd.includes(dir));
  for (const shim of shims) {
    for (const child of procs.filter((p) => p.ppid === shim.pid)) process.kill(child.pid, 'SIGKILL');
    process.kill(shim.pid, 'SIGKILL');
  }
  const mounts = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[1] ?? '')
    .filter((m) => m.startsWith(dir))
    .sort()
    .reverse();
  for (const m of mounts) spawnSync('umount', ['-l', m]);
}

describeIfRoot('reliability: host filesystem', () => {
  let work: string;
  let daemon: PrivateDaemon;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'repack-rel-hostfs-'));
    daemon = new PrivateDaemon(join(work, 'engine'));
    await daemon.start();
    await daemon.seed('busybox:latest');
  }, 60_000);

  afterAll(async () => {
    await daemon?.stop();
    reapEngineLeftovers(work);
    rmSync(work, { recursive: true, force: true });
  });

  test('the engine stopped mid-download for longer than cleanup waits: no partial file, no container once it is back', async () => {
    const dir = scenarioDir(join(work, 'runs'), 'download-engine-down');
    mkdirSync(join(dir, 'out'));
    writeTemplate(
      dir,
      template({
        image: BUSYBOX,
        provisioners: `  provisioner "shell" { inline = ["head -c 1000000000 /dev/zero > /big"] }
  provisioner "file" {
    direction   = "download"
    source      = "/big"
    destination = "out/big.bin"
  }
`,
      }),
    );
    // Killed as soon as the download's first bytes are on the host (a SIGTERM lets the transfer finish first).
    let stopping: Promise<void> | undefined;
    const poll = setInterval(() => {
      if (stopping || readdirSync(join(dir, 'out')).length === 0) return;
      process.kill(Number(readFileSync(join(work, 'engine', 'dockerd.pid'), 'utf8')), 'SIGKILL');
      stopping = daemon.stop(true);
    }, 20);
    const run = await runCli(['build', '-no-cache', 'template.pkr.hcl'], { cwd: dir, env: daemon.env, timeoutMs: 120_000 });
    clearInterval(poll);
    await stopping;
    expectNoStack(run.all);
    expect(stopping).toBeDefined();
    expect(run.code).toBe(1);
    expect(run.out).toContain('retrying for up to 15 seconds');
    // Nothing under the final name, and no temporary file left beside it.
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
    await daemon.start();
    await waitFor('the engine to remove the build container', async () => (await daemon.driver.listContainers('io.repack.build')).length === 0, 20_000);
    expect(existsSync(join(dir, 'out', 'big.bin'))).toBe(false);
  }, 180_000);
});

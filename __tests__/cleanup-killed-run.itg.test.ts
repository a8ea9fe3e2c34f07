// A CLI build killed outright (SIGKILL) mid-provision leaves its container running, its shell-local script (with a
// secret in it) in TMPDIR and the script's processes orphaned. `repack cleanup` (and the next build) remove all of
// it, and leave a live concurrent run's container, files and processes alone.
import { type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, scenarioDir, writeTemplate, type CliRun } from '../__fixtures__/reliability/harness.js';
import { connectDocker } from '../src/docker/connect.js';
import { OWNER_LABEL, parseOwner } from '../src/cleanup/owner.js';

const driver = connectDocker();
const parent = join(tmpdir(), 'repack-cleanup-killed');
let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'hunter2-cleanup-secret';

function template(sleep: number): string {
  return `variable "token" {
  type      = string
  sensitive = true
  default   = "${SECRET}"
}
source "docker" "k" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}
build {
  sources = ["source.docker.k"]
  provisioner "shell" { inline = ["echo in-container-${sleep}"] }
  provisioner "shell-local" {
    inline = ["echo TOKEN=\${var.token} > /dev/null", "echo started-${sleep}", "sleep ${sleep}"]
  }
}
`;
}

/** Pids of processes whose command line is exactly `sleep <n>`. */
function sleepers(n: number): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8') === `sleep\0${n}\0`;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function containersOf(pid: number): Promise<string[]> {
  const all = await driver.listContainerLabels(OWNER_LABEL);
  return all.filter((c) => parseOwner(c.labels[OWNER_LABEL])?.pid === pid).map((c) => c.id);
}

/** Starts a build and resolves once its script runs, with the child and the promise of its end. */
function startBuild(file: string, sleep: number, cwd: string): Promise<{ child: ChildProcess; done: Promise<CliRun> }> {
  return new Promise((resolve) => {
    let child: ChildProcess | undefined;
    let resolved = false;
    const done = runCli(['build', '-color=false', file], {
      cwd,
      timeoutMs: 120_000,
      watch: (all, c) => {
        child = c;
        if (!resolved && all.includes(`started-${sleep}`)) {
          resolved = true;
          resolve({ child, done });
        }
      },
    });
    void done.then((r) => {
      if (!resolved) throw new Error(`the build ended before its script started: ${r.all}`);
    });
  });
}

test('SIGKILL mid-provision: cleanup removes the container, the script and its processes; a live run keeps its own', async () => {
  dir = scenarioDir(parent, 'run');
  const tmp = join(dir, 'tmp');
  const killedFile = writeTemplate(dir, template(301), 'killed.pkr.hcl');
  const liveFile = writeTemplate(dir, template(302), 'live.pkr.hcl');

  const killed = await startBuild(killedFile, 301, dir);
  const live = await startBuild(liveFile, 302, dir);
  const killedPid = killed.child.pid as number;
  const livePid = live.child.pid as number;
  killed.child.kill('SIGKILL');
  await killed.done;

  // What SIGKILL left: the container, the run directory with the secret-bearing script, the orphaned sleep.
  const left = await containersOf(killedPid);
  expect(left).toHaveLength(1);
  const runDirs = () => readdirSync(tmp).filter((n) => n.startsWith('repack-run-'));
  const killedDir = runDirs().find((n) => n.includes(`-${killedPid}-`)) as string;
  const liveDir = runDirs().find((n) => n.includes(`-${livePid}-`)) as string;
  expect(killedDir).toBeDefined();
  expect(liveDir).toBeDefined();
  expect(JSON.stringify(readdirSync(join(tmp, killedDir), { recursive: true }))).toContain('packer-shell');
  expect(sleepers(301)).toHaveLength(1);
  const liveContainers = await containersOf(livePid);
  expect(liveContainers).toHaveLength(1);

  const r = await runCli(['cleanup'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Removed container ${left[0].slice(0, 12)}`);
  expect(await containersOf(killedPid)).toEqual([]);
  expect(existsSync(join(tmp, killedDir))).toBe(false);
  await new Promise((res) => setTimeout(res, 200));
  expect(sleepers(301)).toEqual([]);

  // The live run: untouched, and it still finishes its own cleanup when cancelled.
  expect(await containersOf(livePid)).toEqual(liveContainers);
  expect(existsSync(join(tmp, liveDir))).toBe(true);
  expect(sleepers(302)).toHaveLength(1);
  live.child.kill('SIGINT');
  const ended = await live.done;
  expect(ended.code).toBe(1);
  expect(ended.all).not.toContain(SECRET);
  expect(await containersOf(livePid)).toEqual([]);
  expect(existsSync(join(tmp, liveDir))).toBe(false);
  expect(sleepers(302)).toEqual([]);
}, 180_000);

test('the next build removes what a killed run left before it starts', async () => {
  const next = scenarioDir(parent, 'next');
  const tmp = join(next, 'tmp');
  const file = writeTemplate(next, template(303), 'killed.pkr.hcl');
  const killed = await startBuild(file, 303, next);
  const pid = killed.child.pid as number;
  killed.child.kill('SIGKILL');
  await killed.done;
  const left = await containersOf(pid);
  expect(left).toHaveLength(1);
  writeTemplate(
    next,
    `source "docker" "n" {\n  image   = "127.0.0.1:5000/busybox:latest"\n  discard = true\n}\nbuild { sources = ["source.docker.n"] }\n`,
    'next.pkr.hcl',
  );
  const r = await runCli(['build', '-color=false', 'next.pkr.hcl'], { cwd: next });
  expect(r.code).toBe(0);
  expect(r.all).toContain(`Removed container ${left[0].slice(0, 12)} left by a run that was killed`);
  expect(await containersOf(pid)).toEqual([]);
  expect(readdirSync(tmp).filter((n) => n.includes(`-${pid}-`))).toEqual([]);
  expect(sleepers(303)).toEqual([]);
  rmSync(next, { recursive: true, force: true });
}, 180_000);

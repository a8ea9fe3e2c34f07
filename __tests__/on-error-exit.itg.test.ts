// Every -on-error outcome ends the process, in both fronts: a build that keeps its container (abort, ask → a,
// run-cleanup-provisioner) must not keep the process alive through the container's exec streams. Run as processes
// from a bundle of the current sources, against the real engine; each run must exit within seconds.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionHarness } from '../__fixtures__/action/runner.js';
import { tempBundle } from '../__fixtures__/bundle.js';
import { connectDocker } from '../src/docker/connect.js';

const driver = connectDocker();
const run = `onerr${Date.now().toString(36)}`;
/** Far above a failed busybox build (~1 s) and far below a hang. */
const EXIT_WITHIN_MS = 20_000;
let work: string;
let dist: string;
const builds: string[] = [];

beforeAll(() => {
  ({ work, dist } = tempBundle('repack-on-error-'));
}, 120_000);

afterAll(async () => {
  // Only what these builds made: their containers carry io.repack.build=<build name>.
  for (const build of builds) for (const id of await containersOf(build)) await driver.removeContainer(id);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A template whose one provisioner fails, and an error-cleanup-provisioner that leaves a mark in the output. */
function failingTemplate(dir: string, source: string): string {
  builds.push(`docker.${source}`);
  const file = join(dir, `${source}.pkr.hcl`);
  writeFileSync(
    file,
    `source "docker" "${source}" {
  image   = "127.0.0.1:5000/busybox:latest"
  discard = true
}
build {
  sources = ["source.docker.${source}"]
  provisioner "shell" {
    inline = ["echo step-output", "exit 3"]
  }
  error-cleanup-provisioner "shell" {
    inline = ["echo error-cleanup-ran"]
  }
}
`,
  );
  return file;
}

interface Exit {
  code: number | null;
  out: string;
  ms: number;
}

/** Waits for the process to exit; a process still alive after EXIT_WITHIN_MS is killed and reported as a hang. */
function exitOf(child: ChildProcess): Promise<Exit> {
  const started = Date.now();
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (out += s));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_WITHIN_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, ms: Date.now() - started });
    });
  });
}

async function containersOf(build: string): Promise<string[]> {
  return driver.listContainers(`io.repack.build=${build}`);
}

describe('the CLI exits after a failed build, whatever -on-error says', () => {
  test.each([
    ['cleanup', false],
    ['abort', true],
    ['run-cleanup-provisioner', true],
  ])('-on-error=%s', async (mode, keeps) => {
    const source = `${run}${mode.replace(/-/g, '')}`;
    const dir = mkdtempSync(join(work, 'cli-'));
    const file = failingTemplate(dir, source);
    const child = spawn(process.execPath, [join(dist, 'cli/index.js'), 'build', '-color=false', `-on-error=${mode}`, file], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const r = await exitOf(child);
    expect(r.ms).toBeLessThan(EXIT_WITHIN_MS);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Script exited with non-zero exit status: 3');
    // As Packer: the error-cleanup-provisioner runs on a failed build, unless -on-error=abort.
    expect(r.out.includes('error-cleanup-ran')).toBe(mode !== 'abort');
    expect(await containersOf(`docker.${source}`)).toHaveLength(keeps ? 1 : 0);
  });

  test('-on-error=ask, answered a (abort without cleanup) on a terminal', async () => {
    const source = `${run}ask`;
    const dir = mkdtempSync(join(work, 'ask-'));
    const file = failingTemplate(dir, source);
    const cli = `${process.execPath} ${join(dist, 'cli/index.js')} build -color=false -on-error=ask ${file}`;
    // `script` gives the CLI a pseudo-terminal; the answer waits until the question is on the screen.
    const child = spawn('script', ['-qfec', cli, '/dev/null'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout?.on('data', (b: Buffer) => {
      if (b.toString().includes('[r] retry step')) child.stdin?.write('a\n');
    });
    const r = await exitOf(child);
    expect(r.ms).toBeLessThan(EXIT_WITHIN_MS);
    expect(r.out).toContain('[a] abort without cleanup');
    expect(r.code).toBe(1);
    expect(await containersOf(`docker.${source}`)).toHaveLength(1);
  });
});

describe('the action exits after a failed build, whatever on-error says', () => {
  const harnesses: ActionHarness[] = [];
  afterAll(() => harnesses.forEach((h) => h.dispose()));

  test.each([
    ['cleanup', false],
    ['abort', true],
    ['run-cleanup-provisioner', true],
  ])('on-error: %s', async (mode, keeps) => {
    const source = `${run}action${mode.replace(/-/g, '')}`;
    const h = new ActionHarness({ dist, inputs: { template: `${source}.pkr.hcl`, 'on-error': mode } });
    harnesses.push(h);
    failingTemplate(h.workspace, source);
    const { child, result } = h.startMain();
    const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_WITHIN_MS);
    const started = Date.now();
    const r = await result;
    clearTimeout(timer);
    expect(Date.now() - started).toBeLessThan(EXIT_WITHIN_MS);
    expect(r.signal).toBeNull();
    expect(r.exitCode).toBe(1);
    expect(r.stdout.includes('error-cleanup-ran')).toBe(mode !== 'abort');
    expect(await containersOf(`docker.${source}`)).toHaveLength(keeps ? 1 : 0);
    // The post step removes what main kept, as the job ends.
    const post = await h.runPost();
    expect(post.exitCode).toBe(0);
    expect(await containersOf(`docker.${source}`)).toHaveLength(0);
  });
});

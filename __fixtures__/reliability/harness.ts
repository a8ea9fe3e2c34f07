// Runs the repack CLI as a real process (from source, see ts-hooks.mjs) and checks what a run left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Docker from 'dockerode';
import { REPACK_LABEL } from '../../src/docker/driver.js';
import type { DockerodeDriver } from '../../src/docker/dockerode-driver.js';

export const ROOT = join(import.meta.dirname, '../..');
const REGISTER = join(ROOT, '__fixtures__/reliability/ts-register.mjs');
const CLI = join(ROOT, 'src/cli/index.ts');
/** The action's entry (src/index.ts), run as the runner runs dist/index.js. */
export const ACTION = join(ROOT, 'src/index.ts');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  /** stdout and stderr interleaved as they arrived. */
  all: string;
  ms: number;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Called with the output so far after every chunk; may signal the child. */
  watch?: (all: string, child: ChildProcess) => void;
  timeoutMs?: number;
  /** Run as this user (e.g. nobody, 65534) instead of the test's. */
  uid?: number;
  gid?: number;
}

/**
 * How to start the CLI: from source through the TS loader — or, as another user, who may not be able to read the
 * checkout (a clone in a private directory), a copy of the bundled CLI next to the run.
 */
function cliArgs(o: CliOptions & { entry?: string }): string[] {
  if (o.uid === undefined || o.entry) return ['--import', REGISTER, o.entry ?? CLI];
  const dir = join(o.cwd, 'repack-cli');
  // The CLI's launcher and code are in dist/cli/, the chunks it shares with the action in dist/chunks/.
  if (!existsSync(dir)) cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  return [join(dir, 'cli', 'index.js')];
}

/** `repack <args>` with a private TMPDIR (cwd/tmp), so temp files it leaves can be found. */
export function runCli(args: string[], o: CliOptions & { entry?: string }): Promise<CliRun> {
  const tmp = join(o.cwd, 'tmp');
  mkdirSync(tmp, { recursive: true, mode: 0o777 });
  chmodSync(tmp, 0o777);
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', TMPDIR: tmp, ...o.env };
  const started = Date.now();
  const child = spawn(process.execPath, [...cliArgs(o), ...args], { cwd: o.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], uid: o.uid, gid: o.gid });
  let out = '';
  let err = '';
  let all = '';
  const take = (to: 'out' | 'err') => (b: Buffer) => {
    const s = b.toString('utf8');
    if (to === 'out') out += s;
    else err += s;
    all += s;
    o.watch?.(all, child);
  };
  child.stdout.on('data', take('out'));
  child.stderr.on('data', take('err'));
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 90_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err, all, ms: Date.now() - started });
    });
  });
}

export function scenarioDir(parent: string, name: string): string {
  mkdirSync(parent, { recursive: true, mode: 0o755 });
  const dir = mkdtempSync(join(parent, `${name}-`));
  chmodSync(dir, 0o755);
  return dir;
}

export function writeTemplate(dir: string, text: string, file = 'template.pkr.hcl'): string {
  writeFileSync(join(dir, file), text);
  return file;
}

export interface Leftovers {
  containers: string[];
  volumes: string[];
  images: string[];
  tags: string[];
  tempFiles: string[];
}

/** What carries repack's label on the engine, which of `tags` exist, and what is left in the run's TMPDIR. */
export async function leftovers(driver: DockerodeDriver, socket: string, dir: string, tags: string[] = []): Promise<Leftovers> {
  const docker = new Docker({ socketPath: socket });
  const volumes = (await docker.listVolumes()).Volumes ?? [];
  const images = await driver.listImages(REPACK_LABEL);
  const present = await Promise.all(tags.map(async (t) => ((await driver.inspectImage(t)) ? t : undefined)));
  let tempFiles: string[] = [];
  try {
    tempFiles = readdirSync(join(dir, 'tmp'));
  } catch {
    tempFiles = [];
  }
  return {
    containers: await driver.listContainers(REPACK_LABEL),
    volumes: volumes.map((v) => v.Name),
    images: images.map((i) => i.id),
    tags: present.filter((t): t is string => t !== undefined),
    tempFiles,
  };
}

export const NOTHING: Leftovers = { containers: [], volumes: [], images: [], tags: [], tempFiles: [] };

/** No stack frames, no internal error class names: what a user reads. */
export function expectNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(text).not.toMatch(/(?:TypeError|ReferenceError|RangeError|SyntaxError|Unhandled|uncaught)/i);
}

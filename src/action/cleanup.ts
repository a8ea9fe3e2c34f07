// The post step: removes what a killed or cancelled run left behind — only the containers it can prove the main step
// made (run-identity.ts), whatever else the saved state lists. It runs after every job, successful or not, so it
// reports problems as warnings and never fails the job.
// Under act without a TTY the post step can start while the main step still runs: a container a live main uses is
// never removed. The post step waits a little for main to end; if it does not, a detached watcher removes the run's
// containers once main's process is gone (main's own cleanup usually has by then).
import { spawn } from 'node:child_process';
import * as core from './workflow-commands.js';
import { connectDocker } from '../docker/connect.js';
import type { Driver } from '../docker/driver.js';
import { OWNER_LABEL, ownerState } from '../cleanup/owner.js';
import { identityOf, MAIN_STATE, RUN_LABEL, RUN_STATE } from './run-identity.js';
import { messageOf } from '../error-message.js';

type CleanupDriver = Pick<Driver, 'removeContainer' | 'listContainers' | 'listContainerLabels'>;

export interface PostOptions {
  /** How long to wait for a live main step before leaving the cleanup to the watcher. */
  waitMs: number;
  pollMs: number;
  /** Starts the watcher (a detached copy of this step). */
  watch: () => void;
}

export const WATCH_ENV = 'REPACK_POST_WATCH';

function firstLineOf(e: unknown): string {
  return messageOf(e).split(/\r\n|\r|\n/)[0];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `owner` is no longer a live process; false when `ms` passed first. */
async function ended(owner: string, ms: number, pollMs: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (ownerState(owner) === 'alive') {
    if (Date.now() >= deadline) return false;
    await sleep(pollMs);
  }
  return true;
}

/** The run's containers, without those a live process owns (a main step still running). */
async function runContainers(driver: CleanupDriver, filter: string): Promise<string[]> {
  if (!driver.listContainerLabels) return driver.listContainers(filter);
  const found = await driver.listContainerLabels(filter);
  return found.filter((c) => ownerState(c.labels[OWNER_LABEL] ?? '') !== 'alive').map((c) => c.id);
}

async function removeContainers(label: string, connect: () => CleanupDriver): Promise<void> {
  const driver = connect();
  for (const id of await runContainers(driver, `${RUN_LABEL}=${label}`)) {
    try {
      await driver.removeContainer(id);
      core.info(`Removed container ${id.slice(0, 12)} left by the build`);
    } catch (e: unknown) {
      core.warning(`repack: could not remove container ${id.slice(0, 12)}: ${firstLineOf(e)}`);
    }
  }
}

function startWatcher(): void {
  const script = process.argv[1];
  if (!script) return;
  spawn(process.execPath, [script], { detached: true, stdio: 'ignore', env: { ...process.env, [WATCH_ENV]: '1' } }).unref();
}

const DEFAULTS: PostOptions = { waitMs: 10_000, pollMs: 250, watch: startWatcher };

/** Removes the run's labelled containers; each failure is a warning. */
export async function removeLeftovers(connect: () => CleanupDriver = connectDocker, options: Partial<PostOptions> = {}): Promise<void> {
  const o = { ...DEFAULTS, ...options };
  const id = identityOf(core.getState(RUN_STATE));
  if (!id) {
    core.debug('repack: nothing left to clean up');
    return;
  }
  const main = core.getState(MAIN_STATE);
  if (ownerState(main) === 'alive') {
    core.info('repack: the main step is still running; waiting for it to end before cleaning up');
    if (!(await ended(main, o.waitMs, o.pollMs))) {
      core.info('repack: the main step is still running: its containers are left to it, and removed after it ends if it leaves any');
      o.watch();
      return;
    }
  }
  try {
    await removeContainers(id.label, connect);
  } catch (e: unknown) {
    core.warning(`repack: could not look for containers left by the build: ${firstLineOf(e)}`);
  }
}

/** The watcher: waits (up to 6 hours, a job's longest) for the main step's process to end, then cleans up. */
async function watch(): Promise<void> {
  const main = core.getState(MAIN_STATE);
  if (await ended(main, 6 * 3600_000, 2000)) await removeLeftovers(connectDocker, { waitMs: 0 });
}

/** The post step's entry: not even an error a library throws later may fail the job. */
export async function cleanup(): Promise<void> {
  const warn = (e: unknown): void => core.warning(`repack: cleanup failed: ${firstLineOf(e)}`);
  process.on('uncaughtException', warn);
  process.on('unhandledRejection', warn);
  try {
    if (process.env[WATCH_ENV] === '1') await watch();
    else await removeLeftovers();
  } catch (e: unknown) {
    warn(e);
  } finally {
    core.resumeCommands();
  }
}

// Removes what dead runs on this host left: containers labelled with an owner whose process is gone, their
// temporary directories (shell-local scripts, with whatever secret they held) and the host process groups recorded
// there. Anything a live run owns, or that another host owns (a shared engine), is left alone.
import { lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from '../docker/driver.js';
import { OWNER_LABEL, ownerState, processGroup, processStart } from './owner.js';
import { RUN_DIR_PREFIX } from './run-dir.js';
import { messageOf } from '../error-message.js';

export interface Reaped {
  containers: string[];
  dirs: string[];
  groups: number[];
  problems: string[];
}

/**
 * Whether the process group `pgid` is still the one recorded (its leader started at `since`). While any member of a
 * group lives, the kernel hands its id to no new process; so a live leader must have the recorded start time, and
 * without a leader, members with that group id are survivors of the recorded group.
 */
function sameGroupAlive(pgid: number, since: string): boolean {
  const leaderStart = processStart(pgid);
  if (leaderStart !== undefined) return leaderStart === since && processGroup(pgid) === pgid;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return false;
  }
  return pids.some((p) => processGroup(Number(p)) === pgid);
}

function reapGroups(dir: string, r: Reaped): void {
  for (const f of readdirSync(dir)) {
    const m = /^group-(\d+)$/.exec(f);
    if (!m) continue;
    const pgid = Number(m[1]);
    const since = readFileSync(join(dir, f), 'utf8').trim();
    if (!/^\d+$/.test(since) || !sameGroupAlive(pgid, since)) continue;
    try {
      process.kill(-pgid, 'SIGKILL');
      r.groups.push(pgid);
    } catch (e: unknown) {
      r.problems.push(`could not end process group ${pgid}: ${messageOf(e)}`);
    }
  }
}

/** Dead runs' directories in the temporary directory: only real directories of this user, never through a link. */
export function reapDirs(r: Reaped, base = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(base).filter((n) => n.startsWith(RUN_DIR_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(base, name);
    if (ownerState(name.slice(RUN_DIR_PREFIX.length)) !== 'dead') continue;
    const st = lstatSync(dir, { throwIfNoEntry: false });
    if (!st?.isDirectory() || (process.getuid && st.uid !== process.getuid())) continue;
    try {
      reapGroups(dir, r);
      rmSync(dir, { recursive: true, force: true });
      r.dirs.push(dir);
    } catch (e: unknown) {
      r.problems.push(`could not remove ${dir}: ${messageOf(e)}`);
    }
  }
}

/** Dead runs' containers on this engine. */
export async function reapContainers(driver: Pick<Driver, 'listContainerLabels' | 'removeContainer'>, r: Reaped): Promise<void> {
  if (!driver.listContainerLabels) return;
  for (const c of await driver.listContainerLabels(OWNER_LABEL)) {
    if (ownerState(c.labels[OWNER_LABEL] ?? '') !== 'dead') continue;
    try {
      await driver.removeContainer(c.id);
      r.containers.push(c.id);
    } catch (e: unknown) {
      r.problems.push(`could not remove container ${c.id.slice(0, 12)}: ${messageOf(e)}`);
    }
  }
}

/** Everything dead runs left; engine trouble is a problem in the result, not an exception. */
export async function reapDeadRuns(driver?: Pick<Driver, 'listContainerLabels' | 'removeContainer'>, base?: string): Promise<Reaped> {
  const r: Reaped = { containers: [], dirs: [], groups: [], problems: [] };
  reapDirs(r, base);
  if (driver) {
    try {
      await reapContainers(driver, r);
    } catch (e: unknown) {
      r.problems.push(`could not list containers: ${messageOf(e).split('\n')[0]}`);
    }
  }
  return r;
}

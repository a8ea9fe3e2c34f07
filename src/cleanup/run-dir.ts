// The run's own temporary directory, named after its owner (owner.ts) and made 0700: shell-local's inline scripts
// are written inside it, and each host process group it starts is recorded there, so the next run (or `repack
// cleanup`) can end the group and remove the scripts when this run was killed before it could.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentOwner, processStart } from './owner.js';

export const RUN_DIR_PREFIX = 'repack-run-';

let made: string | undefined;

/** Creates the directory on first use; it is removed when the process exits normally. */
export function runDir(): string {
  if (made) return made;
  const dir = join(tmpdir(), `${RUN_DIR_PREFIX}${currentOwner()}`);
  // Not recursive: an existing entry (a link someone planted, a leftover) is an error, not something to write into.
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e: unknown) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { mode: 0o700 });
  }
  made = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Records a process group this run started (its leader's pid and start time). */
export function recordGroup(pgid: number): () => void {
  const file = join(runDir(), `group-${pgid}`);
  writeFileSync(file, processStart(pgid) ?? '', { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

// What the post step may remove, and how it proves a thing is the main step's: the main step draws a secret nonce
// and keeps it in the step's state; its containers carry a label with the nonce's hash, and its temporary files live
// in a directory named after that hash, which it created (mode 0700) in RUNNER_TEMP. The post step lists only
// containers with that label and removes only that directory, so a forged state (say, a `::save-state` smuggled into
// the log) can name nothing else: without the nonce it matches no label and no directory.
import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RUN_STATE = 'run';
export const RUN_LABEL = 'io.repack.run';
const NONCE = /^[0-9a-f]{64}$/;

export interface RunIdentity {
  nonce: string;
  /** The label value every container of the run carries. */
  label: string;
  /** The run's own temporary directory. */
  dir: string;
}

function runnerTemp(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP || os.tmpdir();
}

/** The identity for a nonce; undefined when the text is not one (empty or forged state). */
export function identityOf(nonce: string, env: NodeJS.ProcessEnv = process.env): RunIdentity | undefined {
  if (!NONCE.test(nonce)) return undefined;
  const label = createHash('sha256').update(nonce).digest('hex').slice(0, 32);
  return { nonce, label, dir: path.join(runnerTemp(env), `repack-run-${label}`) };
}

/** A fresh identity, its directory created (it must not exist yet). */
export function newIdentity(env: NodeJS.ProcessEnv = process.env): RunIdentity {
  const id = identityOf(randomBytes(32).toString('hex'), env) as RunIdentity;
  mkdirSync(path.dirname(id.dir), { recursive: true });
  mkdirSync(id.dir, { mode: 0o700 });
  return id;
}

/** The run's directory when it is what the main step made: a real directory (not a link), owned by this user. */
export function ownedRunDir(id: RunIdentity): string | undefined {
  try {
    const st = lstatSync(id.dir);
    if (!st.isDirectory() || st.isSymbolicLink()) return undefined;
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined;
    return id.dir;
  } catch {
    return undefined;
  }
}

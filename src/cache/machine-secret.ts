// The machine's secret for the HMAC keys of steps that read a sensitive value (private-keys.ts): 32 random bytes in
// `$XDG_CACHE_HOME/repack/cache-key.secret` (default `~/.cache/…`), mode 0600 in a 0700 directory, made on first
// use. Only a regular file of this user that no one else can read is used; anything else is replaced. Where it cannot
// be stored, a secret for this process only is used: such steps are then cached for this run only.
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SIZE = 32;

export function machineSecretFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'repack', 'cache-key.secret');
}

function readOwn(file: string): Buffer | undefined {
  let fd: number;
  try {
    if (!lstatSync(file).isFile()) return undefined; // a link is not followed
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    const mine = typeof process.getuid !== 'function' || st.uid === process.getuid();
    if (!st.isFile() || !mine || (st.mode & 0o077) !== 0 || st.size !== SIZE) return undefined;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The secret in `file`, made there when missing or unfit; a process-only one when it cannot be stored. */
export function loadMachineSecret(file: string = machineSecretFile()): Buffer {
  const known = readOwn(file);
  if (known) return known;
  const secret = randomBytes(SIZE);
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(tmp, secret, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
    // Two processes making it at once: both use the one that stayed.
    return readOwn(file) ?? secret;
  } catch {
    return secret;
  }
}

let loaded: Buffer | undefined;

/** The secret of this machine, loaded once per process. */
export function machineSecret(): Buffer {
  loaded ??= loadMachineSecret();
  return loaded;
}

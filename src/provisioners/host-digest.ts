// A sha256 of what a provisioner reads from the host — every file's relative path, type, mode and content (symbolic
// links by their target) — so a cache key changes whenever an upload would.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readlinkSync, readSync } from 'node:fs';
import { join } from 'node:path';

function hashFile(h: Hash, file: string): void {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

function walk(h: Hash, abs: string, rel: string): void {
  const st = lstatSync(abs);
  const mode = (st.mode & 0o7777).toString(8);
  if (st.isSymbolicLink()) {
    h.update(`l ${rel} ${mode} ${readlinkSync(abs)}\0`);
  } else if (st.isDirectory()) {
    h.update(`d ${rel} ${mode}\0`);
    for (const child of readdirSync(abs).sort()) walk(h, join(abs, child), rel === '' ? child : `${rel}/${child}`);
  } else {
    h.update(`f ${rel} ${mode} ${st.size}\0`);
    if (st.isFile()) hashFile(h, abs);
  }
}

/** "sha256:…" of a host file or directory tree, or undefined when it does not exist (yet). */
export function hostDigest(path: string): string | undefined {
  try {
    lstatSync(path);
  } catch {
    return undefined;
  }
  const h = createHash('sha256');
  walk(h, path, '');
  return `sha256:${h.digest('hex')}`;
}

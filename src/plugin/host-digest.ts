// A sha256 of what a provisioner sends from the host — every file's relative path, type, mode and content digest
// (symbolic links inside a tree by their link text, as they are uploaded) — so a cache key changes whenever an upload
// would. A source that is itself a link is uploaded as what it points to (provisioners/file-transfer.ts), so it is hashed so too. Content digests of large
// files come from the digest memo when the file is, by its stat, the one hashed before (digest-memo.ts).
import { createHash, type Hash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMemoFile, DigestMemo } from './digest-memo.js';

function hashFile(h: Hash, file: string): void {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

let sharedMemo: DigestMemo | undefined;

function walk(h: Hash, abs: string, rel: string, memo: DigestMemo): void {
  const st = lstatSync(abs, { bigint: true });
  const mode = (st.mode & 0o7777n).toString(8);
  if (st.isSymbolicLink()) {
    h.update(`l ${rel} ${mode} ${readlinkSync(abs)}\0`);
  } else if (st.isDirectory()) {
    h.update(`d ${rel} ${mode}\0`);
    for (const child of readdirSync(abs).sort()) walk(h, join(abs, child), rel === '' ? child : `${rel}/${child}`, memo);
  } else {
    h.update(`f ${rel} ${mode} ${st.size}\0`);
    if (st.isFile()) h.update(`${memo.digest(abs, st, (fh) => hashFile(fh, abs))}\0`);
  }
}

/** "sha256:…" of a host file or directory tree, or undefined when it does not exist (yet). */
export function hostDigest(path: string, memo: DigestMemo = (sharedMemo ??= new DigestMemo(defaultMemoFile()))): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return undefined;
  }
  const h = createHash('sha256');
  walk(h, real, '', memo);
  return `sha256:${h.digest('hex')}`;
}

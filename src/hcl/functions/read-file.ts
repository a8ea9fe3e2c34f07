// Reading a file for file() and templatefile(): regular files only (a FIFO would block evaluation forever, a device
// such as /dev/zero would never end), at most FILE_LIMIT bytes. Opened without blocking and checked on the open
// descriptor, so what is checked is what is read.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { FunctionError } from './helpers.js';

/** The largest file file() and templatefile() read: 64 MiB (documented in docs/templates.md). */
export const FILE_LIMIT = 64 * 1024 * 1024;

export function readFileBounded(file: string, shown: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e: unknown) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new FunctionError(`no file exists at ${shown}`);
    throw new FunctionError(`failed to read ${shown}`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FunctionError(`failed to read ${shown}`);
    if (!st.isFile()) throw new FunctionError(`failed to read ${shown}: not a regular file`);
    if (st.size > FILE_LIMIT) throw tooLarge(shown);
    // One read of the size fstat gave, plus a byte to notice a file that grew since; then the rest, bounded.
    const first = Buffer.allocUnsafe(st.size + 1);
    const got = readInto(fd, first);
    if (got < first.length) return first.subarray(0, got);
    const parts = [first];
    let total = got;
    if (total > FILE_LIMIT) throw tooLarge(shown);
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (let n = readInto(fd, chunk); n > 0; n = readInto(fd, chunk)) {
      total += n;
      if (total > FILE_LIMIT) throw tooLarge(shown);
      parts.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(parts);
  } catch (e: unknown) {
    if (e instanceof FunctionError) throw e;
    throw new FunctionError(`failed to read ${shown}`);
  } finally {
    closeSync(fd);
  }
}

function readInto(fd: number, buf: Buffer): number {
  let got = 0;
  for (let n = -1; got < buf.length && n !== 0; got += n) n = readSync(fd, buf, got, buf.length - got, null);
  return got;
}

const tooLarge = (shown: string): FunctionError => new FunctionError(`failed to read ${shown}: the file is larger than ${FILE_LIMIT / 1024 / 1024} MiB`);

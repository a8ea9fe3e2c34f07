// Packer's own base64 functions: base64gzip (gzip, then base64) and filebase64 (a file's bytes as base64).
// filebase64 reads its path as given, so a relative path is relative to the working directory, not the template's
// directory as with file().
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { HclFunction } from './function.js';
import { T, V } from '../value/value.js';
import { fn, FunctionError, param, str } from './helpers.js';
import { messageOf } from '../../error-message.js';

export interface PackerEncodingOptions {
  /** The working directory relative filebase64 paths resolve against. */
  cwd: string;
}

function readBase64(cwd: string, path: string): string {
  try {
    return readFileSync(resolve(cwd, path)).toString('base64');
  } catch (e: unknown) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : messageOf(e);
    throw new FunctionError(`failed to read file ${JSON.stringify(path)}: open ${path}: ${why}`);
  }
}

/**
 * Gzip as Go's gzip.Writer writes it after Flush and Close: no name or time, OS "unknown", the data deflated up to a
 * sync flush, then an empty final stored block.
 */
function goGzip(data: Buffer): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  const body = deflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  return Buffer.concat([header, body, Buffer.from([1, 0, 0, 0xff, 0xff]), trailer]);
}

export function packerEncodingFunctions(opts: PackerEncodingOptions): Record<string, HclFunction> {
  return {
    base64gzip: fn([param('str', T.string)], ([s]) => V.string(goGzip(Buffer.from(str(s), 'utf8')).toString('base64')), { returnType: T.string }),
    filebase64: fn([param('path', T.string)], ([p]) => V.string(readBase64(opts.cwd, str(p))), { returnType: T.string }),
  };
}

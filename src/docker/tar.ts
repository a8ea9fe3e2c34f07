// Tar streams for the archive API (file provisioner uploads and downloads). Files are streamed, never buffered.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Transform } from 'node:stream';
import type tar from 'tar-stream';
import { DriverError } from './driver.js';
import { toError } from '../error-message.js';

export interface Ownership {
  uid?: number;
  gid?: number;
}

type TarStream = typeof tar;
let loaded: Promise<TarStream> | undefined;

/** tar-stream (with streamx) loads on first use: most runs upload and download nothing. */
export function tarStream(): Promise<TarStream> {
  loaded ??= import('tar-stream').then((m) => m.default);
  return loaded;
}

/**
 * A plain node stream of what `fill` packs: tar-stream's pack is a streamx stream. It is returned at once; the
 * pack starts once tar-stream is loaded.
 */
function packed(fill: (pack: tar.Pack) => Promise<void>): PassThrough {
  const out = new PassThrough();
  tarStream().then(
    (t) => {
      if (out.destroyed) return; // the consumer gave up before the pack could start
      const pack = t.pack();
      pack.on('error', (e: Error) => out.destroy(e));
      out.on('close', () => pack.destroy());
      pack.pipe(out);
      fill(pack).then(
        () => pack.finalize(),
        (e: unknown) => pack.destroy(toError(e)),
      );
    },
    (e: unknown) => out.destroy(toError(e)),
  );
  return out;
}

type EntryHeader = Partial<tar.Header> & { name: string };

async function addFile(pack: tar.Pack, file: string, header: EntryHeader): Promise<void> {
  let entry: ReturnType<tar.Pack['entry']> | undefined;
  const written = new Promise<void>((resolve, reject) => {
    entry = pack.entry(header, (err) => (err ? reject(err) : resolve()));
  });
  written.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
  if (!entry) throw new Error('tar-stream did not return an entry stream');
  // 1 MB reads: the pack's cost is per chunk, and 64 KB ones make 3,200 of them for 200 MB.
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    // The entry stalls until the consumer reads the pack: this is what keeps a 200 MB upload out of memory.
    if (!entry.write(chunk as Buffer)) await Promise.race([once(entry, 'drain'), written]);
  }
  entry.end(null); // streamx types require an argument
  await written;
}

async function addPath(pack: tar.Pack, hostPath: string, name: string, owner: Required<Ownership>): Promise<void> {
  const st = await lstat(hostPath);
  const header = { name, mode: st.mode & 0o7777, mtime: st.mtime, uid: owner.uid, gid: owner.gid };
  if (st.isSymbolicLink()) {
    pack.entry({ ...header, type: 'symlink', linkname: await readlink(hostPath) });
  } else if (st.isDirectory()) {
    pack.entry({ ...header, type: 'directory' });
    for (const child of (await readdir(hostPath)).sort()) {
      await addPath(pack, path.join(hostPath, child), `${name}/${child}`, owner);
    }
  } else if (st.isFile()) {
    await addFile(pack, hostPath, { ...header, type: 'file', size: st.size });
  } else {
    throw new DriverError(`cannot upload ${hostPath}: not a regular file, directory or symbolic link`);
  }
}

/** A tar of `hostPath` (a file, or a directory recursively) named `nameInArchive`, keeping modes and symlinks. */
export function tarFromHost(hostPath: string, nameInArchive: string, opts: Ownership = {}): NodeJS.ReadableStream {
  const name = nameInArchive.replace(/^\/+/, '').replace(/\/+$/, '') || '.';
  const owner = { uid: opts.uid ?? 0, gid: opts.gid ?? 0 };
  return packed((pack) => addPath(pack, hostPath, name, owner));
}

export function tarFromContent(name: string, content: string | Buffer, mode = 0o644): NodeJS.ReadableStream {
  return packed(async (pack) => {
    pack.entry({ name: name.replace(/^\/+/, ''), mode, type: 'file' }, Buffer.from(content));
  });
}

/** tar-stream's parser costs per chunk, not per byte: it reads 200 MB in 16 KB chunks ~8× slower than in 1 MB ones. */
export const PARSE_CHUNK_BYTES = 1 << 20;

/** Gathers a stream's chunks into ones of at least `size` bytes (the last may be smaller). */
export function coalesce(size: number): Transform {
  let parts: Buffer[] = [];
  let length = 0;
  const release = (t: Transform): void => {
    t.push(parts.length === 1 ? parts[0] : Buffer.concat(parts, length));
    parts = [];
    length = 0;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= size) release(this);
      done();
    },
    flush(done) {
      if (length > 0) release(this);
      done();
    },
  });
}

export { extractTarToHost, type ExtractOptions } from './tar-extract.js';

// Tar streams for the archive API (file provisioner uploads and downloads). Files are streamed, never buffered.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, link, lstat, mkdir, readdir, readlink, realpath, rm, symlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
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

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + path.sep);
}

/** Resolves an entry name under `root`, refusing names (or parent symlinks) that lead outside it. */
async function safeTarget(root: string, name: string): Promise<string> {
  const target = path.resolve(root, name);
  if (!inside(root, target)) throw new DriverError(`refusing to extract "${name}": it points outside ${root}`);
  await mkdir(path.dirname(target), { recursive: true });
  if (!inside(root, await realpath(path.dirname(target)))) {
    throw new DriverError(`refusing to extract "${name}": a symbolic link leads outside ${root}`);
  }
  return target;
}

/** Removes whatever is at `target` unless it is a directory we may extract into. */
async function clear(target: string, keepDirectory: boolean): Promise<void> {
  const st = await lstat(target).catch(() => undefined);
  if (!st || (keepDirectory && st.isDirectory())) return;
  await rm(target, { recursive: true, force: true });
}

async function extractEntry(root: string, header: tar.Header, body: Readable): Promise<void> {
  const target = await safeTarget(root, header.name);
  const mode = (header.mode ?? 0o644) & 0o7777;
  switch (header.type) {
    case 'directory':
      await clear(target, true);
      await mkdir(target, { recursive: true });
      await chmod(target, mode);
      return;
    case 'file':
    case 'contiguous-file':
      await clear(target, false);
      await pipelineAsync(body, createWriteStream(target, { mode }));
      await chmod(target, mode);
      if (header.mtime) await utimes(target, header.mtime, header.mtime);
      return;
    case 'symlink':
      await clear(target, false);
      await symlink(header.linkname ?? '', target);
      return;
    case 'link': {
      const source = await safeTarget(root, header.linkname ?? '');
      await clear(target, false);
      await link(source, target);
      return;
    }
    default:
      // Devices, fifos: nothing a provisioner download needs.
      return;
  }
}

/** tar-stream's parser costs per chunk, not per byte: it reads 200 MB in 16 KB chunks ~8× slower than in 1 MB ones. */
const PARSE_CHUNK_BYTES = 1 << 20;

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

/** `name` with its first path element replaced by `top` ("x/a" → "dest/a"). */
function renamed(name: string, top: string): string {
  return top + name.replace(/^\.?\/+/, '').replace(/^[^/]*/, '');
}

function withTop(h: tar.Header, top: string | undefined): tar.Header {
  if (top === undefined) return h;
  return { ...h, name: renamed(h.name, top), ...(h.type === 'link' && h.linkname ? { linkname: renamed(h.linkname, top) } : {}) };
}

/**
 * Extracts a tar stream into `destDir` (created if missing). With `top`, each entry's first path element is replaced
 * by it, so a download lands under the name its destination asks for — in the same pass, with the same checks.
 */
export async function extractTarToHost(stream: NodeJS.ReadableStream, destDir: string, top?: string): Promise<void> {
  await mkdir(destDir, { recursive: true });
  const root = await realpath(destDir);
  const extract = (await tarStream()).extract();
  const gathered = coalesce(PARSE_CHUNK_BYTES);
  stream.on('error', (e: Error) => gathered.destroy(e));
  gathered.on('error', (e: Error) => extract.destroy(e));
  stream.pipe(gathered).pipe(extract as unknown as NodeJS.WritableStream);
  try {
    for await (const entry of extract) {
      const body = Readable.from(entry);
      await extractEntry(root, withTop(entry.header, top), body);
      body.resume();
    }
  } catch (e: unknown) {
    extract.destroy();
    gathered.destroy();
    const destroyable = stream as NodeJS.ReadableStream & { destroy?: () => void };
    destroyable.destroy?.();
    throw e;
  }
}

// Extraction of the engine's tar streams onto the host (file provisioner downloads, gha cache entries), under rules
// that keep a hostile image from reaching anything outside the destination (docs/provisioners/file.md):
// - no entry is written outside it, nor through a symbolic link (a link on the way is refused, one at the entry's
//   own name is replaced, never followed);
// - a symbolic link is recreated only when its target, taken relative to where it sits, stays inside the tree being
//   extracted; any other (absolute, or climbing out) is skipped with a warning, so a later step cannot follow it out;
// - a directory the host already had is neither removed nor re-moded, and setuid, setgid and sticky bits are dropped;
// - a file appears under its name only once complete: it is written to a temporary name beside it and renamed.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, link, lstat, mkdir, realpath, rename, rm, symlink, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import type tar from 'tar-stream';
import { DriverError } from './driver.js';
import { coalesce, PARSE_CHUNK_BYTES, tarStream } from './tar.js';

export interface ExtractOptions {
  /** Replaces each entry's first path element, so a download lands under the name its destination asks for. */
  top?: string;
  /** Told of every entry skipped (symbolic links that would lead outside). */
  warn?: (message: string) => void;
}

/** Permission bits only: setuid, setgid and sticky bits never reach the host. */
const PERMISSIONS = 0o777;

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + path.sep);
}

interface Extraction {
  root: string;
  /** The tree being extracted: links must stay inside it. */
  scope: string;
  warn: (message: string) => void;
  /** Directories this extraction created, and the modes they get once their contents are in (from their entries). */
  created: Map<string, number | undefined>;
}

/** Resolves an entry name under the root, refusing names (or symbolic links on the way) that lead outside it. */
async function safeTarget(x: Extraction, name: string): Promise<string> {
  const target = path.resolve(x.root, name);
  if (!inside(x.root, target)) throw new DriverError(`refusing to extract "${name}": it points outside ${x.root}`);
  await makeDirectory(x, path.dirname(target));
  if (!inside(x.root, await realpath(path.dirname(target)))) {
    throw new DriverError(`refusing to extract "${name}": a symbolic link leads outside ${x.root}`);
  }
  return target;
}

/** mkdir -p that records what it made (only those get the archive's modes). */
async function makeDirectory(x: Extraction, dir: string): Promise<void> {
  const made = await mkdir(dir, { recursive: true });
  if (made === undefined) return;
  for (let d = dir; inside(made, d); d = path.dirname(d)) if (!x.created.has(d)) x.created.set(d, undefined);
}

/** Clears the way for a non-directory entry: an existing file or link goes, an existing directory is refused. */
async function replaceable(target: string, name: string): Promise<void> {
  const st = await lstat(target).catch(() => undefined);
  if (st?.isDirectory()) throw new DriverError(`refusing to extract "${name}": it would replace the directory ${target}`);
}

async function extractFile(target: string, header: tar.Header, body: Readable): Promise<void> {
  await replaceable(target, header.name);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    await pipelineAsync(body, createWriteStream(temporary, { mode: 0o600, flags: 'wx' }));
    await chmod(temporary, (header.mode ?? 0o644) & PERMISSIONS);
    if (header.mtime) await utimes(temporary, header.mtime, header.mtime);
    await rename(temporary, target);
  } catch (e: unknown) {
    await rm(temporary, { force: true });
    throw e;
  }
}

/** Whether a link target climbs only at its start ("../../a/b"): after a name, ".." would follow whatever that name is. */
function climbsOnlyFirst(linkname: string): boolean {
  const parts = linkname.split('/').filter((p) => p !== '' && p !== '.');
  const firstName = parts.findIndex((p) => p !== '..');
  return firstName < 0 || !parts.slice(firstName).includes('..');
}

async function extractSymlink(x: Extraction, target: string, header: tar.Header): Promise<void> {
  const linkname = header.linkname ?? '';
  // Resolved from the link's real directory, as the kernel will.
  const resolved = path.resolve(await realpath(path.dirname(target)), linkname);
  if (path.isAbsolute(linkname) || !climbsOnlyFirst(linkname) || !inside(x.scope, resolved) || resolved === target) {
    x.warn(`skipped the symbolic link ${header.name} -> ${linkname}: it could lead outside the downloaded tree`);
    return;
  }
  await replaceable(target, header.name);
  await unlink(target).catch(() => undefined);
  await symlink(linkname, target);
}

async function extractEntry(x: Extraction, header: tar.Header, body: Readable): Promise<void> {
  if (path.resolve(x.root, header.name) === x.root) return; // "./": the destination itself, which the host had
  const target = await safeTarget(x, header.name);
  switch (header.type) {
    case 'directory': {
      const st = await lstat(target).catch(() => undefined);
      if (st?.isDirectory()) {
        // Ours from an earlier entry: the archive's mode still applies. The host's own: left as it is.
        if (x.created.has(target)) x.created.set(target, (header.mode ?? 0o755) & PERMISSIONS);
        return;
      }
      if (st?.isSymbolicLink()) await unlink(target);
      else if (st) throw new DriverError(`refusing to extract "${header.name}": it would replace the file ${target} with a directory`);
      await mkdir(target);
      x.created.set(target, (header.mode ?? 0o755) & PERMISSIONS);
      return;
    }
    case 'file':
    case 'contiguous-file':
      return extractFile(target, header, body);
    case 'symlink':
      return extractSymlink(x, target, header);
    case 'link': {
      const source = await safeTarget(x, header.linkname ?? '');
      if (!inside(x.scope, source)) throw new DriverError(`refusing to extract "${header.name}": its hard link leads outside the downloaded tree`);
      await replaceable(target, header.name);
      await unlink(target).catch(() => undefined);
      await link(source, target);
      return;
    }
    default:
      // Devices, fifos: nothing a provisioner download needs.
      return;
  }
}

/** `name` with its first path element replaced by `top` ("x/a" → "dest/a"). */
function renamed(name: string, top: string): string {
  return top + name.replace(/^\.?\/+/, '').replace(/^[^/]*/, '');
}

function withTop(h: tar.Header, top: string | undefined): tar.Header {
  if (top === undefined) return h;
  return { ...h, name: renamed(h.name, top), ...(h.type === 'link' && h.linkname ? { linkname: renamed(h.linkname, top) } : {}) };
}

/** Modes of the directories this extraction made, deepest first: a read-only one must not stop its own contents. */
async function applyDirectoryModes(x: Extraction): Promise<void> {
  const dirs = [...x.created].sort((a, b) => b[0].length - a[0].length);
  for (const [dir, mode] of dirs) if (mode !== undefined) await chmod(dir, mode).catch(() => undefined);
}

/** Extracts a tar stream into `destDir` (created if missing), under the rules above. */
export async function extractTarToHost(stream: NodeJS.ReadableStream, destDir: string, opts: ExtractOptions = {}): Promise<void> {
  await mkdir(destDir, { recursive: true });
  const root = await realpath(destDir);
  const x: Extraction = {
    root,
    scope: opts.top === undefined ? root : path.resolve(root, opts.top),
    warn: opts.warn ?? (() => undefined),
    created: new Map(),
  };
  const extract = (await tarStream()).extract();
  const gathered = coalesce(PARSE_CHUNK_BYTES);
  stream.on('error', (e: Error) => gathered.destroy(e));
  gathered.on('error', (e: Error) => extract.destroy(e));
  stream.pipe(gathered).pipe(extract as unknown as NodeJS.WritableStream);
  try {
    for await (const entry of extract) {
      const body = Readable.from(entry);
      await extractEntry(x, withTop(entry.header, opts.top), body);
      body.resume();
    }
  } catch (e: unknown) {
    extract.destroy();
    gathered.destroy();
    const destroyable = stream as NodeJS.ReadableStream & { destroy?: () => void };
    destroyable.destroy?.();
    throw e;
  } finally {
    await applyDirectoryModes(x);
  }
}

// The file provisioner's moves, with `docker cp`'s rules for directories (which Packer's docker communicator uses):
// a source directory without a trailing slash lands inside an existing destination directory under its own name, and
// becomes the destination when that does not exist; with a trailing slash its contents go into the destination.
import { lstat, mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, posix } from 'node:path';
import { extractTarToHost, tarFromHost } from '../docker/tar.js';
import type { Communicator } from '../plugin/communicator.js';
import { shellQuote } from '../plugin/shell-quote.js';
import { ProvisionerError } from '../plugin/provisioner.js';
import { messageOf } from '../error-message.js';

type Kind = 'directory' | 'file' | 'missing';

async function remoteKind(comm: Communicator, path: string): Promise<Kind> {
  const p = shellQuote(path);
  const r = await comm.run(`if [ -d ${p} ]; then echo directory; elif [ -e ${p} ]; then echo file; else echo missing; fi`);
  const out = r.stdout.trim();
  if (r.exitCode !== 0 || (out !== 'directory' && out !== 'file' && out !== 'missing')) {
    throw new ProvisionerError(`Could not inspect ${path} in the container (exit status ${r.exitCode}): ${(r.stderr || r.stdout).trim()}`);
  }
  return out;
}

async function localKind(path: string): Promise<Kind> {
  const st = await lstat(path).catch(() => undefined);
  if (!st) return 'missing';
  return st.isDirectory() ? 'directory' : 'file';
}

function parentOf(path: string): string {
  return posix.dirname(path.replace(/\/+$/, '')) || '/';
}

function lastOf(path: string): string {
  return posix.basename(path.replace(/\/+$/, ''));
}

async function put(comm: Communicator, dir: string, tar: NodeJS.ReadableStream, target: string): Promise<void> {
  try {
    await comm.putArchive(dir, tar);
  } catch (e: unknown) {
    const msg = messageOf(e);
    const hint = /overwrite directory|not a directory/i.test(msg) ? '; this can occur when your file destination is a folder without a trailing slash' : '';
    throw new ProvisionerError(`Upload failed: ${msg}${hint}`);
  }
  await comm.fixUploadOwner(target);
}

/** Uploads a host file or directory; returns the path it landed at in the container. */
export async function uploadPath(comm: Communicator, src: string, dst: string): Promise<string> {
  const st = await lstat(src).catch(() => undefined);
  if (!st) throw new ProvisionerError(`Bad source '${src}': no such file or directory`);
  const real = await realpath(src);
  if (!st.isDirectory() && !(await lstat(real)).isDirectory()) {
    const target = dst.endsWith('/') ? `${dst}${basename(src)}` : dst;
    await put(comm, parentOf(target), tarFromHost(real, lastOf(target)), target);
    return target;
  }
  const kind = await remoteKind(comm, dst);
  if (kind === 'file') throw new ProvisionerError(`Upload failed: cannot copy directory ${src} to ${dst}: the destination is a file`);
  if (kind === 'directory') {
    const contents = src.endsWith('/');
    const target = contents ? dst : posix.join(dst, basename(src));
    await put(comm, dst, tarFromHost(real, contents ? '.' : basename(src)), target);
    return target;
  }
  await put(comm, parentOf(dst), tarFromHost(real, lastOf(dst)), dst.replace(/(.)\/+$/, '$1'));
  return dst;
}

/**
 * Downloads a container file or directory to the host; returns the host path written. A source with a trailing slash
 * is asked for with it, so the engine follows a symbolic link there to the directory it names (as `docker cp` does).
 * Links in the tree that would lead outside it are skipped: `warn` is told of each (tar-extract.ts).
 */
export async function downloadPath(comm: Communicator, src: string, dst: string, warn?: (message: string) => void): Promise<string> {
  if (/[*?[]/.test(src)) throw new ProvisionerError(`Downloading ${src} failed: wildcards are not supported by the docker communicator`);
  let stream: NodeJS.ReadableStream;
  try {
    stream = await comm.getArchive(src.replace(/(.)\/+$/, '$1/'));
  } catch (e: unknown) {
    throw new ProvisionerError(`Download failed: ${messageOf(e)}`);
  }
  const local = await localKind(dst);
  const intoDirectory = dst.endsWith('/') || local === 'directory';
  let target = dst.replace(/(.)\/+$/, '$1');
  if (intoDirectory && !src.endsWith('/')) target = `${target}/${lastOf(src)}`;
  if (intoDirectory) await mkdir(dst, { recursive: true });
  else await mkdir(dirname(target), { recursive: true });
  try {
    await extractTarToHost(stream, dirname(target), { top: basename(target), warn });
  } catch (e: unknown) {
    throw new ProvisionerError(`Download of ${src} to ${target} failed (file provisioner): ${messageOf(e)}`);
  }
  return target;
}

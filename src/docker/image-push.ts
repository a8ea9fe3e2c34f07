// Pushes one image of the engine by digest, under no tag (the platform images of a multi-platform build): the engine
// can push only tags, so the image goes through the registry's API instead. Layers the repository has, or can mount
// from the base image's repository, are not sent; the others come from the engine's export (docker save), each
// written to a temporary file while its diff ID is computed, gzipped to another, and uploaded from there — an image is
// never held in memory. The manifest (Docker schema 2) is PUT last, by its digest, once every blob is in.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Driver } from './driver.js';
import { RegistryRequestError, registryPath, type ManifestQuery } from './registry-api.js';
import { RegistrySession } from './registry-session.js';
import { defaultLayerMemoFile, LayerMemo } from './layer-memo.js';
import { PUSH_RETRY, type RetryOptions } from './retry.js';
import { coalesce, PARSE_CHUNK_BYTES, tarStream } from './tar.js';
import type { Digest } from './digest.js';

export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

export interface Blob {
  digest: string;
  size: number;
}

/** The compressed blobs of a base image's layers, by diff ID, in the repository that serves them. */
export interface BaseLayers {
  repository: string;
  layers: Map<string, Blob>;
}

export interface ImagePush {
  driver: Driver;
  /** The image's ID (its config's digest). */
  imageId: string;
  repository: string;
  query: ManifestQuery;
  base?: BaseLayers;
  /** One line per layer, as the engine's push prints them. */
  progress: (line: string) => void;
  retry?: Pick<RetryOptions, 'attempts' | 'delaysMs'>;
  /** The layers pushed before (layer-memo.ts); the one in the user's cache directory when not given. */
  memo?: LayerMemo;
  onRetry?: (error: Error, attempt: number, delayMs: number) => void;
}

export interface PushedImage {
  mediaType: string;
  digest: Digest;
  size: number;
}

let defaultMemo: LayerMemo | undefined;

const short = (digest: string) => digest.slice(7, 19);

/** A stream's bytes into a file, with their sha256 and count. */
async function toFile(source: NodeJS.ReadableStream, file: string, gzip: boolean): Promise<Blob> {
  const hash = createHash('sha256');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _e, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  if (gzip) await pipeline(source, createGzip(), count, createWriteStream(file));
  else await pipeline(source, count, createWriteStream(file));
  return { digest: `sha256:${hash.digest('hex')}`, size };
}

async function drain(entry: AsyncIterable<unknown>): Promise<void> {
  for await (const chunk of entry) void chunk;
}

interface Export {
  /** Layers still to find, by diff ID; each found one is uploaded and its blob recorded. */
  wanted: Set<string>;
  found: Map<string, Blob>;
  needConfig: boolean;
  config?: Buffer;
}

/** Reads the engine's export of the image: the config, and each wanted layer (uploaded as it is found). */
async function readExport(o: ImagePush, session: RegistrySession, x: Export, dir: string): Promise<void> {
  const hex = o.imageId.replace(/^sha256:/, '');
  const stream = await o.driver.saveImages([o.imageId]);
  const extract = (await tarStream()).extract();
  const source = Readable.from(stream as AsyncIterable<Buffer>).pipe(coalesce(PARSE_CHUNK_BYTES));
  source.on('error', (e: Error) => extract.destroy(e));
  source.pipe(extract as unknown as NodeJS.WritableStream);
  let n = 0;
  try {
    for await (const entry of extract) {
      const name = entry.header.name.replace(/^\.\//, '');
      const blob = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(name)?.[1];
      if (entry.header.type !== 'file') {
        await drain(entry);
      } else if (name === `${hex}.json` || blob === hex) {
        const parts: Buffer[] = [];
        for await (const c of entry) parts.push(c as Buffer);
        x.config = Buffer.concat(parts);
      } else if ((name === 'layer.tar' || name.endsWith('/layer.tar') || blob) && x.wanted.size > 0 && (!blob || x.wanted.has(`sha256:${blob}`))) {
        // The old format names a layer by a v1 ID, not its diff ID: only its bytes say which layer it is.
        const raw = path.join(dir, `layer-${n++}`);
        const diff = await toFile(Readable.from(entry), raw, false);
        if (x.wanted.has(diff.digest)) {
          const gz = `${raw}.gz`;
          const layer = await toFile(createReadStream(raw, { highWaterMark: 1 << 20 }), gz, true);
          if ((await session.blobSize(layer.digest)) === undefined) {
            await session.upload(layer.digest, layer.size, () => createReadStream(gz, { highWaterMark: 1 << 20 }));
            o.progress(`${short(layer.digest)}: Pushed`);
          } else o.progress(`${short(layer.digest)}: Layer already exists`);
          memoOf(o).set(diff.digest, { ...layer, repository: o.repository });
          x.wanted.delete(diff.digest);
          x.found.set(diff.digest, layer);
          await rm(gz, { force: true });
        }
        await rm(raw, { force: true });
      } else {
        await drain(entry);
      }
      // The rest of the export (often the base image's layers) is not read: the engine stops when it is closed.
      if (x.wanted.size === 0 && (x.config || !x.needConfig)) break;
    }
  } finally {
    extract.destroy();
    source.destroy();
  }
}

/** Whether the repository has (or now mounts) one of a diff ID's known blobs. */
async function remoteLayer(o: ImagePush, session: RegistrySession, diffId: string): Promise<Blob | undefined> {
  const base = o.base?.layers.get(diffId);
  if (base) {
    if ((await session.blobSize(base.digest)) !== undefined) {
      o.progress(`${short(base.digest)}: Layer already exists`);
      return base;
    }
    if (o.base && o.base.repository !== o.repository && (await session.mount(base.digest, o.base.repository))) {
      o.progress(`${short(base.digest)}: Mounted from ${registryPath(o.base.repository).name}`);
      return base;
    }
  }
  const known = memoOf(o).get(diffId);
  if (!known) return undefined;
  const mine = { digest: known.digest, size: known.size };
  if ((await session.blobSize(mine.digest)) !== undefined) {
    o.progress(`${short(mine.digest)}: Layer already exists`);
    return mine;
  }
  const from = known.repository;
  if (from && from !== o.repository && registryPath(from).host === session.host && (await session.mount(mine.digest, from))) {
    o.progress(`${short(mine.digest)}: Mounted from ${registryPath(from).name}`);
    return mine;
  }
  return undefined;
}

function memoOf(o: ImagePush): LayerMemo {
  if (o.memo) return o.memo;
  defaultMemo ??= new LayerMemo(defaultLayerMemoFile());
  return defaultMemo;
}

/**
 * Pushes the image and its manifest by digest; resolves with the manifest's digest, size and media type. A transient
 * failure is tried again (as the engine's pushes are, docker/retry.ts): what the registry got is not sent twice.
 */
export async function pushImageByDigest(o: ImagePush): Promise<PushedImage> {
  const retry = o.retry ?? PUSH_RETRY;
  for (let attempt = 1; ; attempt++) {
    try {
      return await pushOnce(o);
    } catch (e: unknown) {
      if (!(e instanceof RegistryRequestError) || !e.transient || attempt >= retry.attempts || o.query.signal?.aborted) throw e;
      const ms = retry.delaysMs[Math.min(attempt - 1, retry.delaysMs.length - 1)] ?? 0;
      o.onRetry?.(e, attempt, ms);
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
  }
}

async function pushOnce(o: ImagePush): Promise<PushedImage> {
  const info = await o.driver.inspectImage(o.imageId);
  if (!info?.layers) throw new RegistryRequestError(`The engine does not list the layers of ${o.imageId}.`);
  const diffIds = info.layers;
  // Where blobs may be mounted from: the token asked for must allow pulling from those repositories too.
  const host = registryPath(o.repository).host;
  const sources = [o.base?.repository, ...[...diffIds, o.imageId].map((d) => memoOf(o).get(d)?.repository)].filter(
    (r): r is string => r !== undefined && r !== o.repository && registryPath(r).host === host,
  );
  const session = await RegistrySession.open(o.repository, o.query, [...new Set(sources)]);
  const x: Export = { wanted: new Set(), found: new Map(), needConfig: false };
  for (const d of new Set(diffIds)) {
    const blob = await remoteLayer(o, session, d);
    if (blob) x.found.set(d, blob);
    else x.wanted.add(d);
  }
  let configSize = await session.blobSize(o.imageId);
  // The config too is remembered (by the image ID, its digest): a repeat push to another repository mounts it.
  const known = memoOf(o).get(o.imageId);
  if (configSize === undefined && known?.repository && known.repository !== o.repository && registryPath(known.repository).host === host)
    if (await session.mount(o.imageId, known.repository)) configSize = known.size;
  x.needConfig = configSize === undefined;
  if (x.wanted.size > 0 || configSize === undefined) {
    const dir = await mkdtemp(path.join(tmpdir(), 'repack-push-'));
    try {
      await readExport(o, session, x, dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const missing = [...x.wanted];
    if (missing.length > 0) throw new RegistryRequestError(`The engine's export of ${o.imageId} has no layer ${missing.join(', ')}.`);
    if (configSize === undefined) {
      const config = x.config;
      if (!config || `sha256:${createHash('sha256').update(config).digest('hex')}` !== o.imageId)
        throw new RegistryRequestError(`The engine's export of ${o.imageId} does not hold its config.`);
      await session.upload(o.imageId, config.length, () => config);
      configSize = config.length;
      memoOf(o).set(o.imageId, { digest: o.imageId, size: config.length, repository: o.repository });
    }
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: DOCKER_MANIFEST,
    config: { mediaType: DOCKER_CONFIG, size: configSize, digest: o.imageId },
    layers: diffIds.map((d) => {
      const blob = x.found.get(d) as Blob;
      return { mediaType: DOCKER_LAYER, size: blob.size, digest: blob.digest };
    }),
  };
  const body = Buffer.from(JSON.stringify(manifest));
  const digest: Digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
  const served = await session.putManifest(digest, body, DOCKER_MANIFEST);
  if (served !== '' && served !== digest)
    throw new RegistryRequestError(`Pushing to ${session.host}/${session.name}: the registry stored the manifest as ${served}, not ${digest}`);
  return { digest, size: body.length, mediaType: DOCKER_MANIFEST };
}

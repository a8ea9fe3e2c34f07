// Cache keys: a chain of sha256 hashes from the base image. Each key hashes the key before it and the stable JSON of
// everything that determines the next step's result, so a key names one exact filesystem state.
import { createHash } from 'node:crypto';
import type { DockerConfig } from '../builders/docker/config.js';

/** The label every cache image carries: the key of the chain state it holds. */
export const CACHE_KEY_LABEL = 'io.repack.cache.key';

/**
 * The local tag of every cache image, `repack-cache:<key>`: a lookup is then one inspect by name (~5 ms), where a
 * label-filtered image list scans every image in the daemon (~70 ms with 1,000 images, and growing).
 */
export const CACHE_REPOSITORY = 'repack-cache';
export const cacheRef = (key: string): string => `${CACHE_REPOSITORY}:${key}`;

/** Bumped whenever what a key covers changes, so old cache images can never be hits. */
const KEY_VERSION = 'repack-cache-2';

/** JSON with object keys sorted, Maps and Sets as sorted entry lists, undefined fields dropped. */
export function stableJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

function normalize(value: unknown): unknown {
  if (value instanceof Map) return [...value].map(([k, v]) => [normalize(k), normalize(v)]).sort(byJson);
  if (value instanceof Set) return [...value].map(normalize).sort(byJson);
  if (Buffer.isBuffer(value)) return { sha256: createHash('sha256').update(value).digest('hex') };
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined && typeof v !== 'function') out[k] = normalize(v);
    }
    return out;
  }
  return value;
}

function byJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The next key of a chain: sha256(previous key, description), 64 hex digits (usable as a tag). */
export function chainKey(previous: string, description: unknown): string {
  return createHash('sha256').update(previous).update('\n').update(stableJson(description)).digest('hex');
}

/**
 * The key of the build container's starting state: the base image's ID (its content digest, resolved after the pull)
 * and every builder setting that can change what a provisioner produces in the container.
 */
export function baseKey(
  baseImageId: string,
  build: { name: string; sourceName: string; config: DockerConfig },
  next: (previous: string, description: unknown) => string = chainKey,
): string {
  const c = build.config;
  const { image: _image, ...container } = c.container;
  return next(KEY_VERSION, {
    base: baseImageId,
    // The build's name is in the committed image's labels, the source's name in PACKER_BUILD_NAME.
    build: build.name,
    source: build.sourceName,
    container,
    // Every attribute of the source but those declared key: false (the image is keyed by its ID, commit settings by
    // the commit key, credentials not at all).
    config: c.keyed,
    // The platform the build runs for, which -platform gives a source that does not set its own.
    platform: c.platform,
  });
}

/**
 * What a provisioner step's key hashes: its type, its typed config (every attribute its schema declares, so none can be
 * left out) and what the config alone does not show (describe(): the bytes of files it reads, tool versions).
 */
export function provisionerDescription(p: { type: string; config: unknown; provisioner: { describe(): unknown } }): unknown {
  return { type: p.type, config: p.config, provisioner: p.provisioner.describe() };
}

/** The key of the committed image: the last step's key and everything the commit applies. */
export function commitKey(previous: string, config: DockerConfig, next: (previous: string, description: unknown) => string = chainKey): string {
  return next(previous, { commit: { changes: config.changes, author: config.author, message: config.message } });
}

// Cache keys: a chain of sha256 hashes from the base image. Each key hashes the key before it and the stable JSON of
// everything that determines the next step's result, so a key names one exact filesystem state.
import { createHash } from 'node:crypto';

/** The label every cache image carries: the key of the chain state it holds. */
export const CACHE_KEY_LABEL = 'io.repack.cache.key';

/**
 * The local tag of every cache image, `repack-cache:<key>`: a lookup is then one inspect by name (~5 ms), where a
 * label-filtered image list scans every image in the daemon (~70 ms with 1,000 images, and growing).
 */
export const CACHE_REPOSITORY = 'repack-cache';
export const cacheRef = (key: string): string => `${CACHE_REPOSITORY}:${key}`;

/** Bumped whenever what a key covers changes, so old cache images can never be hits. */
export const KEY_VERSION = 'repack-cache-1';

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

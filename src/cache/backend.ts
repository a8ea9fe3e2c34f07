// Where cached step images live. Every backend hands back an image in the local daemon, found by its exact key:
// the image carries the key in its `io.repack.cache.key` label, which each backend checks before answering.

export interface CacheBackend {
  /** "local", "registry 127.0.0.1:5000/app-cache", "gha" — for messages. */
  readonly name: string;
  /** The local image ID of the chain state named `key`, fetched into the daemon when needed; undefined on a miss. */
  find(key: string, signal: AbortSignal): Promise<string | undefined>;
  /** Keeps a local image (labelled with `key`) in this cache; absent when the daemon itself is the store. */
  save?(key: string, imageId: string, signal: AbortSignal, context?: SaveContext): Promise<void>;
  /** Keep only committed images, not the steps before them (mode=min). */
  readonly finalOnly?: boolean;
}

/** What a backend may use when saving an image of a build's chain. */
export interface SaveContext {
  /** The local ID of the build's base image: its layers are in the daemon wherever the chain's keys match. */
  baseImage?: string;
}

/** A cache written as buildx writes it: `{type: 'registry', attrs: {ref: '…', mode: 'max'}}`. */
export type CacheType = 'local' | 'registry' | 'gha';

/** A parsed cache spec (see spec.ts): its type and every other field as written. */
export interface CacheSpec {
  type: CacheType;
  attrs: Record<string, string>;
}

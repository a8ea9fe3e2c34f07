// One build's view of the cache: lookups through every cache read (first hit wins), and the images to write once
// the build succeeded.
import type { ChainStep } from './chain.js';
import { CacheChain } from './chain.js';
import type { OpenedCaches } from './options.js';

interface Kept {
  key: string;
  imageId: string;
  final: boolean;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class BuildCache {
  private readonly kept: Kept[] = [];

  constructor(
    private readonly caches: OpenedCaches,
    private readonly noCache: boolean,
    private readonly warn: (message: string) => void,
  ) {}

  /** The chain of a build whose base image is known. */
  chain(steps: ChainStep[], base: { key: string; image: string }, finalKeyOf: ((last: string) => string) | undefined, signal: AbortSignal): CacheChain {
    return new CacheChain(steps, base, finalKeyOf, (key) => this.find(key, signal), this.noCache);
  }

  /** A failing cache is a miss, never a failed build. */
  async find(key: string, signal: AbortSignal): Promise<string | undefined> {
    for (const b of this.caches.from) {
      try {
        const id = await b.find(key, signal);
        if (id) return id;
      } catch (e: unknown) {
        if (signal.aborted) throw e;
        this.warn(`Cache lookup in ${b.name} failed, building instead: ${messageOf(e)}`);
      }
    }
    return undefined;
  }

  /** Remembers a new cache image (already in the local daemon) for the caches written at the end. */
  keep(key: string, imageId: string, final: boolean): void {
    this.kept.push({ key, imageId, final });
  }

  /**
   * Writes the build's cache images — new ones and hits alike, as buildx exports a whole chain — to every cache-to.
   * Failures are warnings: the image was built all the same.
   */
  async flush(chain: CacheChain | undefined, signal: AbortSignal, say: (message: string) => void): Promise<void> {
    if (!chain || this.caches.to.length === 0) return;
    const all: Kept[] = [];
    for (const { key, final } of chain.imageKeys()) {
      const imageId = this.kept.find((k) => k.key === key)?.imageId ?? (await this.caches.from[0]?.find(key, signal));
      if (imageId) all.push({ key, imageId, final });
    }
    for (const b of this.caches.to) {
      const todo = all.filter((k) => b.save && (!b.finalOnly || k.final));
      if (todo.length === 0) continue;
      say(`Exporting ${todo.length} cache image${todo.length === 1 ? '' : 's'} to ${b.name}`);
      try {
        for (const k of todo) await b.save?.(k.key, k.imageId, signal);
      } catch (e: unknown) {
        if (signal.aborted) throw e;
        this.warn(`Exporting the cache to ${b.name} failed: ${messageOf(e)}`);
      }
    }
  }
}

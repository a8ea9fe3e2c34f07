// One build's view of the cache: lookups through every cache read (the local daemon first, then each cache-from in
// order), the naming of new cache images, and the images to write once the build succeeded.
import type { CacheBackend } from './backend.js';
import type { ChainStep } from './chain.js';
import { CacheChain } from './chain.js';
import type { OpenedCaches } from './options.js';
import { messageOf } from '../error-message.js';

interface Kept {
  key: string;
  imageId: string;
  final: boolean;
}

export class BuildCache {
  private readonly kept: Kept[] = [];

  constructor(
    private readonly caches: OpenedCaches,
    private readonly noCache: boolean,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * The chain of a build whose base image is known. The local daemon (always the first cache read) is asked about a
   * whole segment's keys at once; the other caches, one key at a time, only for keys better than its best hit.
   * @param keepSteps false: no step image is committed for this build (lookups are the same).
   */
  chain(
    steps: ChainStep[],
    base: { key: string; image: string },
    finalKeyOf: ((last: string) => string) | undefined,
    signal: AbortSignal,
    keepSteps = true,
  ): CacheChain {
    const remote = this.caches.from.filter((b) => b !== this.caches.local);
    const probe = (keys: string[]) => Promise.all(keys.map((k) => this.findIn([this.caches.local], k, signal)));
    const keep = keepSteps && this.caches.keepSteps;
    return new CacheChain(steps, base, finalKeyOf, (key) => this.findIn(remote, key, signal), this.noCache, probe, keep, this.caches.keys);
  }

  /** How keys follow one another in this run (private-keys.ts). */
  get keys(): OpenedCaches['keys'] {
    return this.caches.keys;
  }

  /** A failing cache is a miss, never a failed build. */
  find(key: string, signal: AbortSignal): Promise<string | undefined> {
    return this.findIn(this.caches.from, key, signal);
  }

  private async findIn(backends: CacheBackend[], key: string, signal: AbortSignal): Promise<string | undefined> {
    for (const b of backends) {
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

  /** Names a new cache image in the local daemon, and remembers it for the caches written at the end. */
  async keep(key: string, imageId: string, final: boolean): Promise<void> {
    this.kept.push({ key, imageId, final });
    try {
      await this.caches.local.keep(key, imageId);
    } catch (e: unknown) {
      this.warn(`Naming the cache image ${imageId} failed; the next build will not find it: ${messageOf(e)}`);
    }
  }

  /**
   * Writes the build's cache images — new ones and hits alike, as buildx exports a whole chain — to every cache-to.
   * Failures are warnings: the image was built all the same.
   */
  async flush(chain: CacheChain | undefined, signal: AbortSignal, say: (message: string) => void): Promise<void> {
    if (!chain || this.caches.to.length === 0) return;
    const all: Kept[] = [];
    // A private key (a step that read a sensitive value, and all after it) stays in the local daemon.
    for (const { key, final } of chain.imageKeys().filter((k) => !this.caches.keys.isPrivate(k.key))) {
      const imageId = this.kept.find((k) => k.key === key)?.imageId ?? (await this.caches.from[0]?.find(key, signal));
      if (imageId) all.push({ key, imageId, final });
    }
    for (const b of this.caches.to) {
      const todo = all.filter((k) => b.save && (!b.finalOnly || k.final));
      if (todo.length === 0) continue;
      say(`Exporting ${todo.length} cache image${todo.length === 1 ? '' : 's'} to ${b.name}`);
      try {
        for (const k of todo) await b.save?.(k.key, k.imageId, signal, { baseImage: chain.baseImage });
      } catch (e: unknown) {
        if (signal.aborted) throw e;
        this.warn(`Exporting the cache to ${b.name} failed: ${messageOf(e)}`);
      }
    }
  }
}

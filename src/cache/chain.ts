// The chain of a build's provisioner steps and the walk that decides which of them the cache serves. Keys are made
// in order and only when a step is reached, so a host step (shell-local) that writes a file an upload reads later
// runs before that upload's key is taken. Between host steps, the longest run of hits is found from its end: a fully
// cached segment costs one lookup.
import { chainKey } from './key.js';
import type { CacheKeys } from './private-keys.js';

export interface ChainStep {
  /** 'host' steps are never served from cache and do not change the chain. */
  effect: 'image' | 'host';
  describe(): unknown;
}

export type Find = (key: string) => Promise<string | undefined>;
/** A cheap lookup of many keys at once (the local daemon): the image of each key, or undefined. */
export type Probe = (keys: string[]) => Promise<(string | undefined)[]>;

export class CacheChain {
  private readonly keys: (string | undefined)[];
  /** Lookups stop at the first miss: from there on every step runs. */
  private missed: boolean;
  /** Index after the last step whose segment was looked up. */
  private resolvedTo = 0;
  /** Image steps before this index are served from cache. */
  private hitUntil = 0;
  /** The image holding the chain state at `hitUntil` (the base image before any hit). */
  image: string;
  /** The committed image itself, when its key was a hit. */
  finalImage?: string;
  /** Image steps served from cache. */
  hits = 0;
  /** The first step that failed while the build went on (continue_on_error): from there on nothing is cached. */
  private spoiledAt = Infinity;

  /**
   * @param finalDescription how the key of the committed image derives from the last step key (undefined when the
   *   build does not commit: then every image step keeps its own image).
   * @param probe when given, asked first for every candidate of a segment at once; `find` is then asked only for the
   *   candidates better than the probe's best hit, and need not repeat what the probe covers.
   * @param keepSteps false for mode=min: only the build's result is kept (see `keeps`). Lookups are the same either
   *   way, so step images an earlier build kept are still used.
   * @param keys how keys follow one another (private-keys.ts): `find` is never asked for a private one.
   */
  constructor(
    private readonly steps: ChainStep[],
    private readonly base: { key: string; image: string },
    private readonly finalKeyOf: ((last: string) => string) | undefined,
    private readonly find: Find,
    noCache: boolean,
    private readonly probe?: Probe,
    private readonly keepSteps = true,
    private readonly rules?: CacheKeys,
  ) {
    this.keys = new Array<string | undefined>(steps.length);
    this.image = base.image;
    this.missed = noCache;
  }

  /** The local ID of the build's base image, where the chain starts. */
  get baseImage(): string {
    return this.base.image;
  }

  /** The key of the chain state after step i (host steps leave it as it was). Computed once, in order. */
  keyAfter(i: number): string {
    let prev = this.base.key;
    for (let j = 0; j <= i; j++) {
      let k = this.keys[j];
      if (k === undefined) {
        k = this.steps[j].effect === 'host' ? prev : this.rules ? this.rules.next(prev, this.steps[j].describe()) : chainKey(prev, this.steps[j].describe());
        this.keys[j] = k;
      }
      prev = k;
    }
    return prev;
  }

  finalKey(): string {
    if (!this.finalKeyOf) throw new Error('This build does not commit an image.');
    return this.finalKeyOf(this.steps.length === 0 ? this.base.key : this.keyAfter(this.steps.length - 1));
  }

  /** The keys of every cache image this build's result is made of: each committed step's and the final one. */
  imageKeys(): { key: string; final: boolean }[] {
    const out = this.steps
      .map((_, i) => i)
      .filter((i) => this.commits(i))
      .map((i) => ({ key: this.keyAfter(i), final: false }));
    return this.finalKeyOf && !this.spoiled ? [...out, { key: this.finalKey(), final: true }] : out;
  }

  /**
   * Step i failed and the build went on: the container's state is not what the key after step i stands for, nor is
   * any state after it. Every later step runs, and neither they nor the committed image are kept.
   */
  spoil(i: number): void {
    this.spoiledAt = Math.min(this.spoiledAt, i);
    this.missed = true;
  }

  /** Whether a step failed while the build went on (`spoil`): the committed image then has no key. */
  get spoiled(): boolean {
    return this.spoiledAt !== Infinity;
  }

  /**
   * Whether step i keeps its result as a cache image. The last step of a committing build does not: the committed
   * image is cached under the final key and holds the same filesystem, which saves one commit of the whole diff.
   */
  commits(i: number): boolean {
    if (i >= this.spoiledAt) return false;
    return this.steps[i].effect === 'image' && (this.finalKeyOf === undefined || i !== this.steps.length - 1);
  }

  /**
   * Whether this build commits step i's result now: mode=max, every step `commits` names; mode=min, none (only the
   * image the build commits is kept, under the final key, as buildx's mode=min keeps only the exported image).
   */
  keeps(i: number): boolean {
    return this.keepSteps && this.commits(i);
  }

  /**
   * Whether any key will still be needed: for a lookup, an image kept, or the committed image's key. Not so after a
   * miss in a mode=min build that commits no image; its steps then skip hashing what they upload (~0.5 s per 200 MB).
   */
  usesKeys(): boolean {
    return !this.spoiled && (!this.missed || this.keepSteps || this.finalKeyOf !== undefined);
  }

  /** Whether image step i is served from cache. Call in order, when the step is reached. */
  async served(i: number): Promise<boolean> {
    if (this.missed) return false;
    if (i >= this.resolvedTo) await this.resolveSegment(i);
    if (i < this.hitUntil) return true;
    this.missed = true;
    return false;
  }

  /** Whether the committed image is served from cache (also for builds without provisioners). */
  async servedFinal(): Promise<boolean> {
    if (this.missed || !this.finalKeyOf) return false;
    if (this.finalImage === undefined && (this.resolvedTo < this.steps.length || this.steps.length === 0)) await this.resolveSegment(this.resolvedTo);
    if (this.finalImage !== undefined) return true;
    this.missed = true;
    return false;
  }

  private async resolveSegment(from: number): Promise<void> {
    let end = from;
    while (end < this.steps.length && (end === from || this.steps[end].effect === 'image')) end++;
    this.resolvedTo = end;
    const count = (to: number) => this.steps.slice(from, to).filter((s) => s.effect === 'image').length;
    // Best first: the committed image (when the segment ends the build), then each committed step from the last back.
    const candidates: { key: string; until: number; final: boolean }[] = [];
    if (end === this.steps.length && this.finalKeyOf) candidates.push({ key: this.finalKey(), until: end, final: true });
    for (let j = end - 1; j >= from; j--) if (this.commits(j)) candidates.push({ key: this.keyAfter(j), until: j + 1, final: false });
    let best = candidates.length;
    let image: string | undefined;
    if (this.probe && candidates.length > 0) {
      // The committed image alone first: a repeat build is then one lookup; else every step key at once.
      const first = candidates[0].final ? 1 : 0;
      const found = first ? await this.probe([candidates[0].key]) : [];
      if (found[0] === undefined) found.push(...(await this.probe(candidates.slice(first).map((c) => c.key))));
      best = found.findIndex((id) => id !== undefined);
      if (best < 0) best = candidates.length;
      image = found[best];
    }
    for (let i = 0; i < best; i++) {
      if (this.rules?.isPrivate(candidates[i].key)) continue;
      const hit = await this.find(candidates[i].key);
      if (hit) {
        [best, image] = [i, hit];
        break;
      }
    }
    const c = candidates[best];
    if (!c || image === undefined) {
      this.missed = true;
      return;
    }
    if (c.final) this.finalImage = image;
    else this.image = image;
    this.hits += count(c.until);
    this.hitUntil = c.until;
  }
}

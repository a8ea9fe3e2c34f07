// type=registry,ref=REPOSITORY[:TAG]: cache images pushed as tags of a cache repository — `REPOSITORY:<key>`, or
// `REPOSITORY:<TAG>-<key>` — so another machine can pull the state it needs. A pulled image counts only when its
// label carries the exact key asked for.
import { type Driver, DriverError } from '../docker/driver.js';
import { parseReference } from '../docker/reference.js';
import type { CacheBackend } from './backend.js';
import { CACHE_KEY_LABEL, CACHE_REPOSITORY } from './key.js';
import { messageOf } from '../error-message.js';

/** The engine's words for a tag the registry does not have (docker/distribution, ghcr, Docker Hub). */
const MISSING = /manifest unknown|not found|no such|does not exist/i;

export class RegistryCache implements CacheBackend {
  readonly name: string;
  private readonly repository: string;
  private readonly prefix: string;

  /** @param warn reports a failed lookup that is not a plain miss (the build goes on as if missed). */
  constructor(
    private readonly driver: Driver,
    ref: string,
    private readonly warn: (message: string) => void,
    readonly finalOnly = false,
  ) {
    const parsed = parseReference(ref);
    if ('error' in parsed) throw new Error(`type=registry: ref=${ref} is not an image reference: ${parsed.error}`);
    if (parsed.ref.digest) throw new Error(`type=registry: ref=${ref} names a digest; give a repository, and a tag to prefix the cache keys with`);
    const { tag } = parsed.ref;
    if (tag !== undefined && tag.length > 63)
      throw new Error(`type=registry: the tag of ref=${ref} is longer than 63 characters; the cache key must fit after it`);
    this.repository = parsed.ref.name;
    this.prefix = tag === undefined ? '' : `${tag}-`;
    this.name = `registry ${ref}`;
  }

  tagOf(key: string): string {
    return `${this.prefix}${key}`;
  }

  async find(key: string, signal: AbortSignal): Promise<string | undefined> {
    const ref = `${this.repository}:${this.tagOf(key)}`;
    const local = await this.driver.inspectImage(ref);
    if (local?.labels[CACHE_KEY_LABEL] === key) return local.id;
    try {
      await this.driver.pull(ref, { signal });
    } catch (e: unknown) {
      if (signal.aborted) throw e;
      const message = messageOf(e);
      if (!(e instanceof DriverError) || !MISSING.test(message)) this.warn(`Cache lookup in ${this.name} failed, building instead: ${message}`);
      return undefined;
    }
    const pulled = await this.driver.inspectImage(ref);
    if (pulled?.labels[CACHE_KEY_LABEL] !== key) return undefined;
    await this.driver.tag(pulled.id, CACHE_REPOSITORY, key); // so that the local cache finds it next time
    return pulled.id;
  }

  async save(key: string, imageId: string, signal: AbortSignal): Promise<void> {
    const tag = this.tagOf(key);
    await this.driver.tag(imageId, this.repository, tag);
    await this.driver.push(this.repository, tag, { signal });
  }
}

// Keys of steps that read a sensitive value. A plain key is a sha256 of the step's description, and the description
// holds the value (an `environment_vars` entry, an `inline` command): anyone holding the key — from a label, a
// registry cache tag, an Actions cache entry — could recompute it for guessed values offline. Such a step's key is an
// HMAC under a secret of this machine instead (machine-secret.ts), and it and every key after it are private: kept in
// the local daemon only, never written to nor looked up in a shared cache (docs/caching.md, "Sensitive values").
import { createHmac } from 'node:crypto';
import { chainKey, stableJson } from './key.js';

export class CacheKeys {
  private readonly privateKeys = new Set<string>();

  /**
   * @param sensitive every sensitive value of the run (a live collection: values are added as they are evaluated).
   * @param secret the machine's HMAC key, asked for only when a step reads a sensitive value.
   */
  constructor(
    private readonly sensitive: Iterable<string> = [],
    private readonly secret: () => Buffer = () => {
      throw new Error('no secret to key a sensitive step with');
    },
  ) {}

  /** The key after `previous` for a step described by `description`. */
  next(previous: string, description: unknown): string {
    if (this.privateKeys.has(previous)) return this.mark(chainKey(previous, description));
    const json = stableJson(description);
    if (!this.readsSensitive(json)) return chainKey(previous, description);
    return this.mark(createHmac('sha256', this.secret()).update(previous).update('\n').update(json).digest('hex'));
  }

  /** Whether the key (or one before it in its chain) came from a sensitive value: it stays in the local daemon. */
  isPrivate(key: string): boolean {
    return this.privateKeys.has(key);
  }

  private mark(key: string): string {
    this.privateKeys.add(key);
    return key;
  }

  /** Whether the description holds a sensitive value, as it is or JSON-escaped. */
  private readsSensitive(json: string): boolean {
    for (const value of this.sensitive) {
      if (value === '') continue;
      if (json.includes(value) || json.includes(JSON.stringify(value).slice(1, -1))) return true;
    }
    return false;
  }
}

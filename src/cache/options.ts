// What a front asks of the cache (RunOptions.cache), and the backends that follow from it.
import type { Driver } from '../docker/driver.js';
import type { CacheBackend, CacheSpec } from './backend.js';
import { LocalCache } from './local.js';
import { RegistryCache } from './registry.js';

export interface CacheOptions {
  /** Look nothing up: every step runs. Results are still written (docker build --no-cache). */
  noCache?: boolean;
  /** Caches read, in order, after the local daemon's images (`-cache-from` / action `cache-from`). */
  from?: CacheSpec[];
  /** Caches written besides the local daemon (`-cache-to` / action `cache-to`). */
  to?: CacheSpec[];
}

export interface OpenedCaches {
  from: CacheBackend[];
  to: CacheBackend[];
}

function open(spec: CacheSpec, direction: 'from' | 'to', driver: Driver, warn: (m: string) => void): CacheBackend | undefined {
  switch (spec.type) {
    case 'local':
      return undefined; // the daemon is always read and written
    case 'registry':
      // Specs were checked by parseCacheSpecs (spec.ts).
      // mode=min writes only committed images; max (the default here) every step, so a changed step elsewhere
      // still finds the steps before it.
      return new RegistryCache(driver, spec.attrs.ref, warn, direction === 'to' && spec.attrs.mode === 'min');
    case 'gha':
      throw new Error('type=gha is not available in this version of repack; use type=registry,ref=… to share the cache');
  }
}

/** Throws an Error naming a cache type this version cannot open. */
export function openCaches(o: CacheOptions, driver: Driver, warn: (message: string) => void): OpenedCaches {
  const local = new LocalCache(driver);
  const list = (specs: CacheSpec[] | undefined, direction: 'from' | 'to') =>
    (specs ?? []).map((s) => open(s, direction, driver, warn)).filter((b): b is CacheBackend => b !== undefined);
  return { from: [local, ...list(o.from, 'from')], to: list(o.to, 'to') };
}

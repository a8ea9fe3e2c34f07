// What a front asks of the cache (RunOptions.cache), and the backends that follow from it.
import type { Driver } from '../docker/driver.js';
import type { ActionsCacheClient } from './actions-cache.js';
import type { CacheBackend, CacheSpec } from './backend.js';
import { GhaCache } from './gha-cache.js';
import { LocalCache } from './local.js';
import { machineSecret } from './machine-secret.js';
import { CacheKeys } from './private-keys.js';
import { RegistryCache } from './registry.js';

export interface CacheOptions {
  /** Look nothing up: every step runs. Results are still written (docker build --no-cache). */
  noCache?: boolean;
  /** Caches read, in order, after the local daemon's images (`-cache-from` / action `cache-from`). */
  from?: CacheSpec[];
  /** Caches written besides the local daemon (`-cache-to` / action `cache-to`). */
  to?: CacheSpec[];
  /**
   * The Actions cache service, for type=gha. Only the action front can give it (src/cache/gha.ts, the one module
   * that imports @actions/cache); without it type=gha is refused.
   */
  gha?: ActionsCacheClient;
  /**
   * The run's sensitive values (a live collection). A step that reads one is keyed privately and kept out of shared
   * caches (private-keys.ts).
   */
  sensitive?: Iterable<string>;
}

export interface OpenedCaches {
  /** The local daemon's images: always read first, and where new cache images are named. */
  local: LocalCache;
  /**
   * Whether each step's result is kept as an image (mode=max, the default), or only the image the build commits
   * (`type=local,mode=min`: no commit between steps; a repeat build still hits, a changed step reruns from the start).
   */
  keepSteps: boolean;
  from: CacheBackend[];
  to: CacheBackend[];
  /** The run's key rules (private-keys.ts). */
  keys: CacheKeys;
}

function open(spec: CacheSpec, direction: 'from' | 'to', o: CacheOptions, driver: Driver, warn: (m: string) => void): CacheBackend | undefined {
  switch (spec.type) {
    case 'local':
      return undefined; // the daemon is always read and written
    case 'registry':
      // Specs were checked by parseCacheSpecs (spec.ts).
      // mode=min writes only committed images; max (the default here) every step, so a changed step elsewhere
      // still finds the steps before it.
      return new RegistryCache(driver, spec.attrs.ref, warn, direction === 'to' && spec.attrs.mode === 'min');
    case 'gha':
      if (!o.gha) throw new Error('type=gha works only in the repack GitHub Action (it needs the Actions cache service); use type=registry,ref=… elsewhere');
      return new GhaCache(driver, o.gha, spec.attrs.scope, warn, direction === 'to' && spec.attrs.mode === 'min');
  }
}

/** Throws an Error naming a cache type this version cannot open. */
export function openCaches(o: CacheOptions, driver: Driver, warn: (message: string) => void): OpenedCaches {
  const local = new LocalCache(driver);
  const list = (specs: CacheSpec[] | undefined, direction: 'from' | 'to') =>
    (specs ?? []).map((s) => open(s, direction, o, driver, warn)).filter((b): b is CacheBackend => b !== undefined);
  const localMode = (o.to ?? []).filter((s) => s.type === 'local' && s.attrs.mode !== undefined).at(-1)?.attrs.mode;
  const keys = new CacheKeys(o.sensitive, machineSecret);
  return { local, keepSteps: localMode !== 'min', from: [local, ...list(o.from, 'from')], to: list(o.to, 'to'), keys };
}

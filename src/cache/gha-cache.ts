// type=gha: each cache image is one immutable entry of GitHub's Actions cache, `repack-<scope>-<key>`, holding the
// image as `docker save` writes it minus the base image's layers (a key names its base image's ID, so wherever the key
// matches, the pull step has put those layers in the daemon). One entry per chain state, as buildx's gha cache keeps
// one per blob: a missing entry costs only its own step, the steps before it are still found.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from '../docker/driver.js';
import { extractTarToHost, tarFromHost } from '../docker/tar.js';
import { type ActionsCacheClient, MAX_KEY_LENGTH } from './actions-cache.js';
import type { CacheBackend, SaveContext } from './backend.js';
import { CACHE_REPOSITORY, cacheRef } from './key.js';
import { LocalCache } from './local.js';
import { messageOf } from '../error-message.js';

/** Calls on one client share its state: one entry at a time, and one failure turns it off. */
interface ClientState {
  queue: Promise<unknown>;
  /** Why the service is off for this run, after its first failure. */
  broken?: string;
}
const states = new WeakMap<ActionsCacheClient, ClientState>();

/** A failure of the cache service itself (not of Docker): the cache is off for the rest of the run. */
class ServiceDown extends Error {}

/** `scope` as GitHub's keys allow it (act lowercases keys: so do we, for both to agree). */
export function ghaEntryPrefix(scope: string | undefined): string {
  const s = (scope ?? 'repack').toLowerCase();
  if (!/^[a-z0-9._/-]+$/.test(s)) throw new Error(`type=gha: scope=${scope} may hold only letters, digits, ".", "_", "-" and "/"`);
  const prefix = `repack-${s}-`;
  if (prefix.length + 64 > MAX_KEY_LENGTH) throw new Error(`type=gha: scope=${scope} is too long (keys are at most ${MAX_KEY_LENGTH} characters)`);
  return prefix;
}

interface SavedManifest {
  Config: string;
  Layers: string[];
}

/** Paths under `dir` only: a manifest naming `../x` is not ours to delete. */
function within(dir: string, name: string): string | undefined {
  const p = path.resolve(dir, name);
  return p.startsWith(dir + path.sep) ? p : undefined;
}

/** Deletes the layer files of a saved image that the base image has (same diff IDs, bottom up). */
async function dropBaseLayers(dir: string, baseLayers: string[]): Promise<void> {
  if (baseLayers.length === 0) return;
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as SavedManifest[];
  for (const m of manifest) {
    const configFile = within(dir, m.Config);
    if (!configFile) continue;
    const config = JSON.parse(await readFile(configFile, 'utf8')) as { rootfs?: { diff_ids?: string[] } };
    const diffIds = config.rootfs?.diff_ids ?? [];
    for (let i = 0; i < baseLayers.length && i < diffIds.length && diffIds[i] === baseLayers[i]; i++) {
      const layer = within(dir, m.Layers[i] ?? '');
      if (layer) await rm(layer, { force: true });
    }
  }
}

export class GhaCache implements CacheBackend {
  readonly name: string;
  private readonly prefix: string;
  private readonly local: LocalCache;
  private readonly state: ClientState;

  /** @param warn reports an entry that could not be saved or loaded (the build goes on). */
  constructor(
    private readonly driver: Driver,
    private readonly client: ActionsCacheClient,
    scope: string | undefined,
    private readonly warn: (message: string) => void,
    readonly finalOnly = false,
  ) {
    this.prefix = ghaEntryPrefix(scope);
    this.name = `gha${scope ? ` (scope ${scope})` : ''}`;
    this.local = new LocalCache(driver);
    let state = states.get(client);
    if (!state) states.set(client, (state = { queue: Promise.resolve() }));
    this.state = state;
  }

  entryKey(key: string): string {
    return `${this.prefix}${key}`;
  }

  /** Restores the entry into the daemon; only an image carrying the exact key counts. */
  find(key: string, signal: AbortSignal): Promise<string | undefined> {
    return this.exclusive(signal, async () => {
      const staged = await this.client.stage();
      try {
        if (!(await this.service(() => this.client.restore(this.entryKey(key), staged)))) return undefined;
        signal.throwIfAborted();
        await this.driver.loadImage(tarFromHost(staged.dir, '.'));
      } finally {
        await staged.remove();
      }
      return this.local.find(key);
    });
  }

  async save(key: string, imageId: string, signal: AbortSignal, context?: SaveContext): Promise<void> {
    await this.exclusive(signal, async () => {
      const entry = this.entryKey(key);
      // Entries are immutable; saveCache would build the whole archive before learning the key is taken.
      if (await this.service(() => this.client.has(entry))) return;
      const staged = await this.client.stage();
      try {
        // Saved by its cache tag, which `docker load` then restores: the local cache finds the image by it.
        await this.driver.tag(imageId, CACHE_REPOSITORY, key);
        await extractTarToHost(await this.driver.saveImages([cacheRef(key)]), staged.dir);
        const base = context?.baseImage ? await this.driver.inspectImage(context.baseImage) : undefined;
        await dropBaseLayers(staged.dir, base?.layers ?? []);
        signal.throwIfAborted();
        await this.service(() => this.client.save(entry, staged));
      } finally {
        await staged.remove();
      }
    });
  }

  /** Runs `work` after the client's other calls; once the service failed, does nothing (a miss). */
  private exclusive<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T | undefined> {
    const run = async (): Promise<T | undefined> => {
      if (this.state.broken !== undefined) return undefined;
      signal.throwIfAborted();
      try {
        return await work();
      } catch (e: unknown) {
        if (signal.aborted) throw e;
        if (!(e instanceof ServiceDown)) throw e;
        this.state.broken = e.message;
        this.warn(`The GitHub Actions cache is off for the rest of this run: ${e.message}`);
        return undefined;
      }
    };
    const next = this.state.queue.then(run, run);
    this.state.queue = next.catch(() => undefined);
    return next;
  }

  private async service<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (e: unknown) {
      throw new ServiceDown(messageOf(e));
    }
  }
}

// GitHub's Actions cache service through @actions/cache 6: an edge (DESIGN.md rule 1), the only module that imports
// it, loaded by the action front only when a cache spec says type=gha and injected into the engine as an
// ActionsCacheClient (actions-cache.ts). @actions/cache picks the protocol itself: v2 (Twirp + blob URLs) when the
// runner sets ACTIONS_CACHE_SERVICE_V2, else v1 (act's built-in server, GHES).
import os from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import type { ActionsCacheClient, SaveOutcome } from './actions-cache.js';
import type { CacheSpec } from './backend.js';
import { messageOf } from '../error-message.js';

const PROBE_TIMEOUT_MS = 5000;

function serviceUrl(env: NodeJS.ProcessEnv): string | undefined {
  const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2);
  const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
  return url || undefined;
}

/**
 * Any HTTP answer means the service is there. Asking first matters: @actions/cache retries an unreachable service
 * for ~25 s per call and then only logs a warning, so a dead service would cost every lookup that long.
 */
async function probe(url: string): Promise<void> {
  try {
    await fetch(url, { method: 'GET', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  } catch (e: unknown) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? messageOf(e);
    throw new Error(`cannot reach the Actions cache service at ${new URL(url).origin} (${why})`);
  }
}

class ActionsCache implements ActionsCacheClient {
  private ready?: Promise<void>;

  /** @param dir one fixed path: the service versions an entry by the paths it was saved from. */
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly dir: string,
  ) {}

  private check(): Promise<void> {
    this.ready ??= (async () => {
      const url = serviceUrl(this.env);
      if (!url) throw new Error('the Actions cache service is not available to this step (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set)');
      await probe(url);
    })();
    return this.ready;
  }

  async has(key: string): Promise<boolean> {
    await this.check();
    return (await cache.restoreCache([this.dir], key, [], { lookupOnly: true })) === key;
  }

  async restore(key: string): Promise<boolean> {
    await this.check();
    // The service matches keys by prefix too; our keys are fixed-length, but only the exact one is an answer.
    return (await cache.restoreCache([this.dir], key)) === key;
  }

  async save(key: string): Promise<SaveOutcome> {
    await this.check();
    // saveCache logs its failures and returns -1 for all of them, "already exists" (409) included.
    if ((await cache.saveCache([this.dir], key)) !== -1) return 'saved';
    if (await this.has(key)) return 'exists';
    throw new Error(`saving the cache entry ${key} failed (the reason is logged above)`);
  }
}

/**
 * The client for a run's type=gha specs. `url=` and `token=` (as in buildx) replace the service URL and token the
 * runner gave; @actions/cache reads them from the environment.
 */
export function actionsCacheClient(
  specs: CacheSpec[],
  env: NodeJS.ProcessEnv = process.env,
  dir = path.join(os.tmpdir(), 'repack-gha-cache'),
): ActionsCacheClient {
  for (const s of specs) {
    if (s.type !== 'gha') continue;
    if (s.attrs.url) {
      const url = s.attrs.url.endsWith('/') ? s.attrs.url : `${s.attrs.url}/`;
      if (env.ACTIONS_CACHE_SERVICE_V2) env.ACTIONS_RESULTS_URL = url;
      else env.ACTIONS_CACHE_URL = url;
    }
    if (s.attrs.token) env.ACTIONS_RUNTIME_TOKEN = s.attrs.token;
  }
  return new ActionsCache(env, dir);
}

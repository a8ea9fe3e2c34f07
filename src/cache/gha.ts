// GitHub's Actions cache service through @actions/cache 6: an edge (DESIGN.md rule 1), the only module that imports
// it, loaded by the action front only when a cache spec says type=gha and injected into the engine as an
// ActionsCacheClient (actions-cache.ts). @actions/cache picks the protocol itself: v2 (Twirp + blob URLs) when the
// runner sets ACTIONS_CACHE_SERVICE_V2, else v1 (act's built-in server, GHES).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as cache from '@actions/cache';
import { HttpClient } from '@actions/http-client';
import type { ActionsCacheClient, SaveOutcome, StagedEntry } from './actions-cache.js';
import type { CacheSpec } from './backend.js';
import { messageOf } from '../error-message.js';

const PROBE_TIMEOUT_MS = 5000;

/**
 * The path list every entry is saved and restored under. The service versions an entry by this text, so it must be
 * the same on every machine: a relative path is, while the directory it names is each call's own (see `inStage`).
 */
const ENTRY_PATHS = ['entry'];

function serviceUrl(env: NodeJS.ProcessEnv): string | undefined {
  const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2);
  const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
  return url || undefined;
}

/**
 * Any HTTP answer means the service is there. Asking first matters: @actions/cache retries an unreachable service
 * for ~25 s per call and then only logs a warning, so a dead service would cost every lookup that long. Asked through
 * @actions/http-client, as @actions/cache asks: the same proxy (HTTPS_PROXY / HTTP_PROXY) and bypass (NO_PROXY) rules.
 */
async function probe(url: string): Promise<void> {
  const client = new HttpClient('repack-cache-probe', [], { allowRetries: false, socketTimeout: PROBE_TIMEOUT_MS });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), PROBE_TIMEOUT_MS);
  });
  try {
    const response = await Promise.race([client.get(url), timeout]);
    await response.readBody();
  } catch (e: unknown) {
    const why = (e as { code?: string }).code ?? messageOf(e);
    throw new Error(`cannot reach the Actions cache service at ${new URL(url).origin} (${why})`);
  } finally {
    clearTimeout(timer);
    client.dispose();
  }
}

/**
 * Runs an @actions/cache call on a staged entry. It resolves the path list from the current directory, archives
 * paths relative to GITHUB_WORKSPACE and extracts there: all three point at the entry's own directory for the call, so
 * an archive holds `entry/…` whatever the depth of the runner's workspace, and restores into that directory only.
 * Such calls run one at a time in the process (`staged`); the rest of repack resolves every path against a directory
 * it was given, never the current one.
 */
function inStage<T>(entry: StagedEntry, call: () => Promise<T>): Promise<T> {
  const next = staged.then(() => inStageNow(entry, call));
  staged = next.catch(() => undefined);
  return next;
}

let staged: Promise<unknown> = Promise.resolve();

async function inStageNow<T>(entry: StagedEntry, call: () => Promise<T>): Promise<T> {
  const root = path.dirname(entry.dir);
  const cwd = process.cwd();
  const workspace = process.env.GITHUB_WORKSPACE;
  process.chdir(root);
  process.env.GITHUB_WORKSPACE = root;
  try {
    return await call();
  } finally {
    process.chdir(cwd);
    if (workspace === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = workspace;
  }
}

class ActionsCache implements ActionsCacheClient {
  private ready?: Promise<void>;

  /** @param stagingRoot where each call's private directory is made. */
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly stagingRoot: string,
  ) {}

  private check(): Promise<void> {
    this.ready ??= (async () => {
      const url = serviceUrl(this.env);
      if (!url) throw new Error('the Actions cache service is not available to this step (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set)');
      await probe(url);
    })();
    return this.ready;
  }

  async stage(): Promise<StagedEntry> {
    await mkdir(this.stagingRoot, { recursive: true });
    const root = await mkdtemp(path.join(this.stagingRoot, 'repack-gha-')); // mode 0700, and new: no one else's
    const dir = path.join(root, 'entry');
    await mkdir(dir, { mode: 0o700 });
    return { dir, remove: () => rm(root, { recursive: true, force: true }) };
  }

  async has(key: string): Promise<boolean> {
    await this.check();
    return (await cache.restoreCache([...ENTRY_PATHS], key, [], { lookupOnly: true })) === key;
  }

  async restore(key: string, entry: StagedEntry): Promise<boolean> {
    await this.check();
    // The service matches keys by prefix too; our keys are fixed-length, but only the exact one is an answer.
    return (await inStage(entry, () => cache.restoreCache([...ENTRY_PATHS], key))) === key;
  }

  async save(key: string, entry: StagedEntry): Promise<SaveOutcome> {
    await this.check();
    // saveCache logs its failures and returns -1 for all of them, "already exists" (409) included.
    if ((await inStage(entry, () => cache.saveCache([...ENTRY_PATHS], key))) !== -1) return 'saved';
    if (await this.has(key)) return 'exists';
    throw new Error(`saving the cache entry ${key} failed (the reason is logged above)`);
  }
}

/** RUNNER_TEMP (private to the job, emptied by the runner after it), else the workspace, else the system's. */
export function stagingRootOf(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP || env.GITHUB_WORKSPACE || os.tmpdir();
}

/**
 * The client for a run's type=gha specs. `url=` and `token=` (as in buildx) replace the service URL and token the
 * runner gave; @actions/cache reads them from the environment.
 */
export function actionsCacheClient(specs: CacheSpec[], env: NodeJS.ProcessEnv = process.env, stagingRoot = stagingRootOf(env)): ActionsCacheClient {
  for (const s of specs) {
    if (s.type !== 'gha') continue;
    if (s.attrs.url) {
      const url = s.attrs.url.endsWith('/') ? s.attrs.url : `${s.attrs.url}/`;
      if (env.ACTIONS_CACHE_SERVICE_V2) env.ACTIONS_RESULTS_URL = url;
      else env.ACTIONS_CACHE_URL = url;
    }
    if (s.attrs.token) env.ACTIONS_RUNTIME_TOKEN = s.attrs.token;
  }
  return new ActionsCache(env, stagingRoot);
}

// Where the Actions cache client looks for the service and stages its entries, from the runner's variables and a
// cache spec's url= and token=, without a cache server: which variable each protocol reads, and what a spec replaces.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { actionsCacheClient, stagingRootOf } from '../src/cache/gha.js';

/** Nothing listens on port 1: a probe there fails at once, naming the URL it tried. */
const DEAD = 'http://127.0.0.1:1/';
const staging = join(tmpdir(), 'repack-gha-env-unused');

describe('stagingRootOf', () => {
  it("RUNNER_TEMP, else the workspace, else the system's temporary directory", () => {
    expect(stagingRootOf({ RUNNER_TEMP: '/r', GITHUB_WORKSPACE: '/w' })).toBe('/r');
    expect(stagingRootOf({ RUNNER_TEMP: '', GITHUB_WORKSPACE: '/w' })).toBe('/w');
    expect(stagingRootOf({})).toBe(tmpdir());
  });
});

describe('the service URL', () => {
  it('v2 reads ACTIONS_RESULTS_URL only', async () => {
    const c = actionsCacheClient([], { ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_CACHE_URL: DEAD }, staging);
    await expect(c.has('k')).rejects.toThrow('ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set');
    const d = actionsCacheClient([], { ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: DEAD }, staging);
    await expect(d.has('k')).rejects.toThrow('cannot reach the Actions cache service at http://127.0.0.1:1');
  });

  it('v1 reads ACTIONS_CACHE_URL, else ACTIONS_RESULTS_URL; an empty one counts as unset', async () => {
    const c = actionsCacheClient([], { ACTIONS_CACHE_URL: DEAD, ACTIONS_RESULTS_URL: 'http://127.0.0.1:2/' }, staging);
    await expect(c.has('k')).rejects.toThrow('cannot reach the Actions cache service at http://127.0.0.1:1 ');
    const d = actionsCacheClient([], { ACTIONS_CACHE_URL: '', ACTIONS_RESULTS_URL: DEAD }, staging);
    await expect(d.has('k')).rejects.toThrow('cannot reach the Actions cache service at http://127.0.0.1:1 ');
    const e = actionsCacheClient([], { ACTIONS_CACHE_URL: '' }, staging);
    await expect(e.has('k')).rejects.toThrow('are not set');
  });

  it('the first check is kept: a second call fails the same way without asking again', async () => {
    const env: NodeJS.ProcessEnv = { ACTIONS_CACHE_URL: DEAD };
    const c = actionsCacheClient([], env, staging);
    await expect(c.has('k')).rejects.toThrow('127.0.0.1:1');
    env.ACTIONS_CACHE_URL = 'http://127.0.0.1:2/';
    await expect(c.has('k')).rejects.toThrow('127.0.0.1:1');
  });
});

describe("a spec's url= and token=", () => {
  it('v1: url= becomes ACTIONS_CACHE_URL, with one final slash; specs of other types are ignored', () => {
    const env: NodeJS.ProcessEnv = { ACTIONS_RUNTIME_TOKEN: 'runner' };
    actionsCacheClient(
      [
        { type: 'registry', attrs: { url: 'http://not-this', token: 'no' } },
        { type: 'gha', attrs: { url: 'http://cache.example:1/base/' } },
      ],
      env,
      staging,
    );
    expect(env).toEqual({ ACTIONS_RUNTIME_TOKEN: 'runner', ACTIONS_CACHE_URL: 'http://cache.example:1/base/' });
  });

  it('v2: url= becomes ACTIONS_RESULTS_URL and token= the runtime token', () => {
    const env: NodeJS.ProcessEnv = { ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RUNTIME_TOKEN: 'runner' };
    actionsCacheClient([{ type: 'gha', attrs: { url: 'http://cache.example:1', token: 't' } }], env, staging);
    expect(env).toEqual({ ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: 'http://cache.example:1/', ACTIONS_RUNTIME_TOKEN: 't' });
  });
});

// The action's Actions cache client (src/cache/gha.ts, over @actions/cache 6) against a local server speaking both
// protocols: v2 as on github.com (entries immutable: a repeat save is 409), v1 as act serves it (repeat saves replace).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheServer, type CacheServer } from '../__fixtures__/cache-server/index.js';
import { actionsCacheClient } from '../src/cache/gha.js';

const KEYS = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'ACTIONS_CACHE_MODE',
];
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
let server: CacheServer;
let work: string;

beforeAll(async () => {
  server = await startCacheServer();
});
afterAll(() => server.stop());
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'repack-gha-client-'));
  for (const k of KEYS) delete process.env[k];
  process.env.GITHUB_WORKSPACE = work;
});
afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  rmSync(work, { recursive: true, force: true });
});

function client(protocol: 'v1' | 'v2', env: Record<string, string> = server.env(protocol)) {
  Object.assign(process.env, env);
  return actionsCacheClient([{ type: 'gha', attrs: {} }], process.env, join(work, 'entry'));
}

function put(dir: string, name: string, content: string | Buffer): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
}

describe.each(['v2', 'v1'] as const)('protocol %s', (protocol) => {
  test('saves a directory and restores it; a missing key is a miss', async () => {
    const c = client(protocol);
    const key = `repack-test-${protocol}-${Date.now()}`;
    put(c.dir, 'manifest.json', '[]');
    put(c.dir, 'layer.tar', Buffer.alloc(3_000_000, 7));
    expect(await c.has(key)).toBe(false);
    expect(await c.save(key)).toBe('saved');
    expect(await c.has(key)).toBe(true);
    rmSync(c.dir, { recursive: true });
    expect(await c.restore(key)).toBe(true);
    expect(readFileSync(join(c.dir, 'layer.tar')).equals(Buffer.alloc(3_000_000, 7))).toBe(true);
    expect(await c.restore(`${key}-other`)).toBe(false);
    // The service also matches by prefix; only the exact key is an answer.
    expect(await c.restore(key.slice(0, -3))).toBe(false);
  });

  test('saving an existing key is not an error', async () => {
    const c = client(protocol);
    const key = `repack-test-exists-${protocol}-${Date.now()}`;
    put(c.dir, 'a', 'first');
    expect(await c.save(key)).toBe('saved');
    put(c.dir, 'a', 'second');
    // github.com answers 409 (entries are immutable); act replaces the entry.
    expect(await c.save(key)).toBe(protocol === 'v2' ? 'exists' : 'saved');
    if (protocol === 'v2') expect(server.requests.filter((r) => r.endsWith('/CreateCacheEntry')).length).toBeGreaterThanOrEqual(2);
  });
});

test('an unreachable service fails fast with a clear message', async () => {
  const down = await startCacheServer();
  const url = down.url;
  await down.stop();
  const c = client('v2', { ...server.env('v2'), ACTIONS_RESULTS_URL: url });
  const started = Date.now();
  await expect(c.has('repack-x')).rejects.toThrow(`cannot reach the Actions cache service at ${url.slice(0, -1)} (ECONNREFUSED)`);
  await expect(c.restore('repack-x')).rejects.toThrow('ECONNREFUSED');
  expect(Date.now() - started).toBeLessThan(5000);
});

test('without the runner variables the service is said to be unavailable', async () => {
  const c = client('v1', {});
  await expect(c.has('repack-x')).rejects.toThrow('ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set');
});

test('url= and token= from the spec replace what the runner gave', () => {
  const env: NodeJS.ProcessEnv = { ACTIONS_CACHE_SERVICE_V2: 'True' };
  actionsCacheClient([{ type: 'gha', attrs: { url: 'http://cache.example:1', token: 't' } }], env, join(work, 'entry'));
  expect(env).toMatchObject({ ACTIONS_RESULTS_URL: 'http://cache.example:1/', ACTIONS_RUNTIME_TOKEN: 't' });
});

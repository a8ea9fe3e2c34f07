// The action's Actions cache client (src/cache/gha.ts, over @actions/cache 6) against a local server speaking both
// protocols: v2 as on github.com (entries immutable: a repeat save is 409), v1 as act serves it (repeat saves replace).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type IncomingMessage, request } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { startCacheServer, type CacheServer } from '../__fixtures__/cache-server/index.js';
import { actionsCacheClient } from '../src/cache/gha.js';

const KEYS = [
  'RUNNER_TEMP',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'ACTIONS_CACHE_MODE',
];
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
const cwd = process.cwd();
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
  return actionsCacheClient([{ type: 'gha', attrs: {} }], process.env, join(work, 'staging'));
}

function put(dir: string, name: string, content: string | Buffer): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
}

describe.each(['v2', 'v1'] as const)('protocol %s', (protocol) => {
  test('saves a directory and restores it; a missing key is a miss', async () => {
    const c = client(protocol);
    const key = `repack-test-${protocol}-${Date.now()}`;
    const out = await c.stage();
    put(out.dir, 'manifest.json', '[]');
    put(out.dir, 'layer.tar', Buffer.alloc(3_000_000, 7));
    expect(await c.has(key)).toBe(false);
    expect(await c.save(key, out)).toBe('saved');
    await out.remove();
    expect(await c.has(key)).toBe(true);
    const back = await c.stage();
    expect(await c.restore(key, back)).toBe(true);
    expect(readFileSync(join(back.dir, 'layer.tar')).equals(Buffer.alloc(3_000_000, 7))).toBe(true);
    expect(await c.restore(`${key}-other`, back)).toBe(false);
    // The service also matches by prefix; only the exact key is an answer.
    expect(await c.restore(key.slice(0, -3), back)).toBe(false);
    await back.remove();
    expect(readdirSync(join(work, 'staging'))).toEqual([]);
  });

  test('saving an existing key is not an error', async () => {
    const c = client(protocol);
    const key = `repack-test-exists-${protocol}-${Date.now()}`;
    const staged = await c.stage();
    put(staged.dir, 'a', 'first');
    expect(await c.save(key, staged)).toBe('saved');
    put(staged.dir, 'a', 'second');
    // github.com answers 409 (entries are immutable); act replaces the entry.
    expect(await c.save(key, staged)).toBe(protocol === 'v2' ? 'exists' : 'saved');
    if (protocol === 'v2') expect(server.requests.filter((r) => r.endsWith('/CreateCacheEntry')).length).toBeGreaterThanOrEqual(2);
  });

  test('an entry saved on a runner restores on one with a deeper workspace, inside its own directory', async () => {
    const key = `repack-test-depth-${protocol}-${Date.now()}`;
    process.env.GITHUB_WORKSPACE = join(work, 'a', 'repo');
    const shallow = client(protocol);
    const out = await shallow.stage();
    put(out.dir, 'layer.tar', 'layer bytes');
    expect(await shallow.save(key, out)).toBe('saved');
    await out.remove();
    // Another machine: deeper workspace, another staging root (RUNNER_TEMP), another HOME.
    process.env.GITHUB_WORKSPACE = join(work, 'b', 'deeper', 'still', 'repo');
    const deep = actionsCacheClient([{ type: 'gha', attrs: {} }], process.env, join(work, 'other-temp'));
    const back = await deep.stage();
    expect(await deep.restore(key, back)).toBe(true);
    expect(readFileSync(join(back.dir, 'layer.tar'), 'utf8')).toBe('layer bytes');
    // Nothing landed anywhere else (an archive made relative to the workspace would climb out of a deeper one).
    const layers = readdirSync(work, { recursive: true }).filter((f) => String(f).endsWith('layer.tar'));
    expect(layers).toEqual([relative(work, join(back.dir, 'layer.tar'))]);
    // The runner's variables are as they were.
    expect(process.env.GITHUB_WORKSPACE).toBe(join(work, 'b', 'deeper', 'still', 'repo'));
    expect(process.cwd()).toBe(cwd);
    await back.remove();
  });
});

test('concurrent builds on one machine keep their own entries (staged under RUNNER_TEMP, each apart)', async () => {
  Object.assign(process.env, server.env('v2'), { RUNNER_TEMP: join(work, 'runner-temp') });
  try {
    const legs = ['a', 'b', 'c'].map((leg) => ({ leg, key: `repack-test-leg-${leg}-${Date.now()}`, c: actionsCacheClient([{ type: 'gha', attrs: {} }]) }));
    await Promise.all(
      legs.map(async ({ leg, key, c }) => {
        const out = await c.stage();
        put(out.dir, 'layer.tar', Buffer.alloc(1_000_000, leg.charCodeAt(0)));
        expect(await c.save(key, out)).toBe('saved');
        await out.remove();
      }),
    );
    for (const { leg, key, c } of legs) {
      const back = await c.stage();
      expect(await c.restore(key, back)).toBe(true);
      expect(readFileSync(join(back.dir, 'layer.tar')).equals(Buffer.alloc(1_000_000, leg.charCodeAt(0)))).toBe(true);
      await back.remove();
    }
    // @actions/cache leaves its own (empty) archive directories there; none of ours is left.
    expect(readdirSync(join(work, 'runner-temp')).filter((n) => n.startsWith('repack-'))).toEqual([]);
  } finally {
    delete process.env.RUNNER_TEMP;
  }
});

test('each stage is a new private directory; removing it follows no symbolic link', async () => {
  const c = client('v2');
  const victim = join(work, 'victim');
  put(victim, 'keep.txt', 'keep');
  const [a, b] = await Promise.all([c.stage(), c.stage()]);
  expect(a.dir).not.toBe(b.dir);
  for (const s of [a, b]) expect(statSync(dirname(s.dir)).mode & 0o777).toBe(0o700);
  symlinkSync(victim, join(a.dir, 'planted'));
  await a.remove();
  await b.remove();
  expect(readFileSync(join(victim, 'keep.txt'), 'utf8')).toBe('keep');
  expect(readdirSync(join(work, 'staging'))).toEqual([]);
});

test('an unreachable service fails fast with a clear message', async () => {
  const down = await startCacheServer();
  const url = down.url;
  await down.stop();
  const c = client('v2', { ...server.env('v2'), ACTIONS_RESULTS_URL: url });
  const started = Date.now();
  await expect(c.has('repack-x')).rejects.toThrow(`cannot reach the Actions cache service at ${url.slice(0, -1)} (ECONNREFUSED)`);
  await expect(c.restore('repack-x', await c.stage())).rejects.toThrow('ECONNREFUSED');
  expect(Date.now() - started).toBeLessThan(5000);
});

/** An HTTP proxy (CONNECT and absolute URLs) that alone knows the host `repack-cache.invalid`: 127.0.0.1. */
async function startProxy(): Promise<{ url: string; seen: string[]; stop(): Promise<void> }> {
  const seen: string[] = [];
  const local = (host: string) => host.replace(/^repack-cache\.invalid\b/, '127.0.0.1');
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const upstream = request(
      { host: local(target.hostname), port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), local(host), () => {
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('behind a proxy the service is reached through it, as @actions/cache reaches it; NO_PROXY is honoured', async () => {
  const proxy = await startProxy();
  const proxied = { ...server.env('v1'), ACTIONS_CACHE_URL: server.url.replace('127.0.0.1', 'repack-cache.invalid'), HTTP_PROXY: proxy.url };
  const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
  try {
    const c = client('v1', proxied);
    const key = `repack-test-proxy-${Date.now()}`;
    expect(await c.has(key)).toBe(false);
    const out = await c.stage();
    put(out.dir, 'layer.tar', 'through the proxy');
    expect(await c.save(key, out)).toBe('saved');
    const back = await c.stage();
    expect(await c.restore(key, back)).toBe(true);
    expect(readFileSync(join(back.dir, 'layer.tar'), 'utf8')).toBe('through the proxy');
    expect(proxy.seen.length).toBeGreaterThan(0);
    const direct = client('v1', { ...proxied, NO_PROXY: 'repack-cache.invalid' });
    await expect(direct.has(key)).rejects.toThrow(/cannot reach the Actions cache service at http:\/\/repack-cache\.invalid:\d+ \((ENOTFOUND|EAI_AGAIN)\)/);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await proxy.stop();
  }
});

test('without the runner variables the service is said to be unavailable', async () => {
  const c = client('v1', {});
  await expect(c.has('repack-x')).rejects.toThrow('ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL are not set');
});

test('url= and token= from the spec replace what the runner gave', () => {
  const env: NodeJS.ProcessEnv = { ACTIONS_CACHE_SERVICE_V2: 'True' };
  actionsCacheClient([{ type: 'gha', attrs: { url: 'http://cache.example:1', token: 't' } }], env, join(work, 'staging'));
  expect(env).toMatchObject({ ACTIONS_RESULTS_URL: 'http://cache.example:1/', ACTIONS_RUNTIME_TOKEN: 't' });
});

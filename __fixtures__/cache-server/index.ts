// A local stand-in for GitHub's Actions cache service, speaking both protocols @actions/cache 6 uses: v2 (github.com)
// and v1 (act, GHES). `env(protocol)` gives the variables a runner would set for a node action.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { json } from './http-util.js';
import { CacheStore } from './store.js';
import { V1Protocol } from './v1.js';
import { V2Protocol } from './v2.js';

export type { Entry } from './store.js';

export interface CacheServer {
  /** Base URL, ending in `/`. */
  url: string;
  store: CacheStore;
  /** "METHOD path" of every request, in order. */
  requests: string[];
  env(protocol: 'v1' | 'v2'): Record<string, string>;
  stop(): Promise<void>;
}

export async function startCacheServer(port = 0): Promise<CacheServer> {
  const store = new CacheStore();
  const requests: string[] = [];
  let url = '';
  const base = (): string => url;
  const v1 = new V1Protocol(store, base);
  const v2 = new V2Protocol(store, base);
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${req.method} ${u.pathname}`);
    (async () => {
      if (await v2.handle(req, res, u)) return;
      if (await v1.handle(req, res, u)) return;
      json(res, 404, { message: `no route for ${u.pathname}` });
    })().catch((e: unknown) => json(res, 500, { message: e instanceof Error ? e.message : String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    store,
    requests,
    env(protocol) {
      const common = { ACTIONS_RUNTIME_TOKEN: 'test-token', GITHUB_SERVER_URL: 'https://github.com' };
      return protocol === 'v2' ? { ...common, ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: url } : { ...common, ACTIONS_CACHE_URL: url };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

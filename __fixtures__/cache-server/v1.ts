// Cache service v1 (`_apis/artifactcache/…`) as act's built-in server speaks it: keys lowercased, no branch scopes,
// and saving an existing key replaces it (GitHub answered 409 there).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyOf, bytes, json } from './http-util.js';
import type { CacheStore } from './store.js';

const API = '/_apis/artifactcache/';

interface Reserved {
  key: string;
  version: string;
  chunks: { start: number; data: Buffer }[];
}

export class V1Protocol {
  private readonly reserved = new Map<number, Reserved>();
  private ids = 0;

  constructor(
    private readonly store: CacheStore,
    private readonly base: () => string,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (!url.pathname.startsWith(API)) return false;
    const rest = url.pathname.slice(API.length);
    if (req.method === 'GET' && rest === 'cache') {
      const keys = (url.searchParams.get('keys') ?? '').split(',').map((k) => k.toLowerCase());
      const hit = this.store.find(keys, url.searchParams.get('version') ?? '');
      if (!hit) {
        res.writeHead(204).end();
        return true;
      }
      json(res, 200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${this.base()}_apis/artifactcache/artifacts/${encodeURIComponent(hit.key)}?version=${hit.version}` });
      return true;
    }
    if (req.method === 'GET' && rest.startsWith('artifacts/')) {
      const key = decodeURIComponent(rest.slice('artifacts/'.length));
      const hit = this.store.entries.find((e) => e.key === key && e.version === url.searchParams.get('version'));
      if (!hit) json(res, 404, { message: 'not found' });
      else bytes(res, hit.data);
      return true;
    }
    if (req.method === 'POST' && rest === 'caches') {
      const body = JSON.parse((await bodyOf(req)).toString()) as { key: string; version: string };
      const id = ++this.ids;
      this.reserved.set(id, { key: body.key.toLowerCase(), version: body.version, chunks: [] });
      json(res, 200, { cacheId: id });
      return true;
    }
    const m = /^caches\/(\d+)$/.exec(rest);
    const r = m ? this.reserved.get(Number(m[1])) : undefined;
    if (!m || !r) {
      json(res, 404, { message: `no route for ${req.method} ${url.pathname}` });
      return true;
    }
    if (req.method === 'PATCH') {
      const start = Number(/bytes (\d+)-/.exec(req.headers['content-range'] ?? '')?.[1] ?? 0);
      r.chunks.push({ start, data: await bodyOf(req) });
      json(res, 200, {});
    } else if (req.method === 'POST') {
      await bodyOf(req);
      this.reserved.delete(Number(m[1]));
      this.store.put(r.key, r.version, Buffer.concat(r.chunks.sort((a, b) => a.start - b.start).map((c) => c.data)));
      json(res, 200, {});
    } else json(res, 405, { message: 'method not allowed' });
    return true;
  }
}

// Cache service v2, as @actions/cache 6 speaks it on github.com: three Twirp JSON calls under
// `twirp/github.actions.results.api.v1.CacheService/`, and the archive itself PUT to / GET from a signed blob URL the
// way Azure's BlockBlobClient does it (one PUT with x-ms-blob-type: BlockBlob up to 128 MiB, else Put Block + Put Block
// List). Entries are immutable: creating an existing key answers 409 already_exists, as GitHub does.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyOf, bytes, json } from './http-util.js';
import type { CacheStore } from './store.js';

const PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
/** Azure's SDK wants `/<account>/<container>/<blob>` in the URL path. */
const BLOB = '/devstoreaccount1/actions-cache/';

interface Upload {
  key: string;
  version: string;
  blob?: Buffer;
  blocks: Map<string, Buffer>;
}

export class V2Protocol {
  private readonly uploads = new Map<string, Upload>();
  private ids = 0;

  constructor(
    private readonly store: CacheStore,
    private readonly base: () => string,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (url.pathname.startsWith(PREFIX) && req.method === 'POST') {
      const body = JSON.parse((await bodyOf(req)).toString() || '{}') as Record<string, unknown>;
      this.twirp(url.pathname.slice(PREFIX.length), body, res);
      return true;
    }
    if (url.pathname.startsWith(BLOB)) {
      await this.blob(req, res, url);
      return true;
    }
    return false;
  }

  private twirp(method: string, body: Record<string, unknown>, res: ServerResponse): void {
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    switch (method) {
      case 'CreateCacheEntry': {
        if (this.store.has(key, version)) return json(res, 409, { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' });
        const id = `upload-${++this.ids}`;
        this.uploads.set(id, { key, version, blocks: new Map() });
        return json(res, 200, { ok: true, signed_upload_url: `${this.base()}${BLOB.slice(1)}${id}?sig=upload` });
      }
      case 'FinalizeCacheEntryUpload': {
        const [id, upload] = [...this.uploads].find(([, u]) => u.key === key && u.version === version) ?? [];
        if (!id || !upload?.blob) return json(res, 404, { code: 'not_found', msg: 'no upload for this key' });
        this.uploads.delete(id);
        this.store.put(key, version, upload.blob);
        return json(res, 200, { ok: true, entry_id: String(this.ids) });
      }
      case 'GetCacheEntryDownloadURL': {
        const keys = [key, ...((body.restore_keys as string[] | undefined) ?? [])];
        const hit = this.store.find(keys, version);
        if (!hit) return json(res, 200, { ok: false });
        const id = `entry-${this.store.entries.indexOf(hit)}-${hit.created}`;
        return json(res, 200, { ok: true, signed_download_url: `${this.base()}${BLOB.slice(1)}${id}?sig=download`, matched_key: hit.key });
      }
      default:
        return json(res, 404, { code: 'bad_route', msg: `no handler for ${method}` });
    }
  }

  private async blob(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const id = url.pathname.slice(BLOB.length);
    if (req.method === 'GET') {
      const hit = this.store.entries.find((e) => id === `entry-${this.store.entries.indexOf(e)}-${e.created}`);
      if (!hit) return json(res, 404, { code: 'BlobNotFound' });
      return bytes(res, hit.data);
    }
    const upload = this.uploads.get(id);
    if (req.method !== 'PUT' || !upload) return json(res, 404, { code: 'BlobNotFound' });
    const data = await bodyOf(req);
    const comp = url.searchParams.get('comp');
    if (comp === 'block') upload.blocks.set(url.searchParams.get('blockid') ?? '', data);
    else if (comp === 'blocklist') {
      const ids = [...data.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
      upload.blob = Buffer.concat(ids.map((b) => upload.blocks.get(b) ?? Buffer.alloc(0)));
    } else upload.blob = data;
    res.writeHead(201, { etag: `"${id}"`, 'last-modified': new Date().toUTCString(), 'content-length': 0 });
    res.end();
  }
}

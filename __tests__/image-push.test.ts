// Pushing an image by digest through the registry's API (docker/image-push.ts), against a small registry server:
// the layers come out of the engine's export gzipped with matching diff IDs, layers the repository has or can mount
// are not sent, the manifest is PUT by its digest and never under a tag, credentials are asked for when the
// registry wants them, and a refusal stops the push before the manifest, naming the registry and repository.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterEach, expect, it } from '@jest/globals';
import tar from 'tar-stream';
import type { Driver, ImageInfo } from '../src/docker/driver.js';
import { DOCKER_MANIFEST, pushImageByDigest, type BaseLayers } from '../src/docker/image-push.js';
import { LayerMemo } from '../src/docker/layer-memo.js';

/** Shared by the tests as a process shares it; the user's cache directory is never written. */
const memo = new LayerMemo(undefined);
const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

interface Registry {
  port: number;
  blobs: Map<string, Buffer>;
  manifests: Map<string, { type: string; body: Buffer }>;
  requests: string[];
}

interface RegistryOptions {
  /** Basic credentials it wants, when set. */
  basic?: string;
  /** A status to answer blob PUTs with instead of storing them. */
  refuseBlobs?: number;
  /** Blobs already in the registry (in every repository). */
  has?: Map<string, Buffer>;
  /** A status the first manifest PUT is answered with. */
  failFirstManifest?: number;
  /** Blobs of another repository that a mount can bring in. */
  mountable?: Map<string, Buffer>;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

function registry(o: RegistryOptions = {}): Promise<Registry> {
  const r: Registry = { port: 0, blobs: new Map(o.has ?? []), manifests: new Map(), requests: [] };
  server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = await readAll(req);
      r.requests.push(`${req.method} ${url.pathname}${url.searchParams.has('mount') ? `?mount&from=${url.searchParams.get('from')}` : ''}`);
      if (o.basic && req.headers.authorization !== `Basic ${Buffer.from(o.basic).toString('base64')}`) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end();
        return;
      }
      if (url.pathname === '/v2/') return void res.writeHead(200).end('{}');
      const blob = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname);
      if (blob && req.method === 'HEAD') {
        const b = r.blobs.get(blob[2]);
        return void res.writeHead(b ? 200 : 404, b ? { 'Content-Length': String(b.length) } : {}).end();
      }
      if (/\/blobs\/uploads\/$/.test(url.pathname) && req.method === 'POST') {
        const mount = url.searchParams.get('mount');
        const from = mount ? o.mountable?.get(mount) : undefined;
        if (mount && from) {
          r.blobs.set(mount, from);
          return void res.writeHead(201).end();
        }
        return void res.writeHead(202, { Location: `/v2/upload/${r.requests.length}?_state=x` }).end();
      }
      if (url.pathname.startsWith('/v2/upload/') && req.method === 'PUT') {
        if (o.refuseBlobs) return void res.writeHead(o.refuseBlobs).end('{"errors":[{"code":"BLOB_UPLOAD_INVALID"}]}');
        const digest = url.searchParams.get('digest') ?? '';
        if (sha(body) !== digest) return void res.writeHead(400).end('{"errors":[{"code":"DIGEST_INVALID"}]}');
        r.blobs.set(digest, body);
        return void res.writeHead(201, { 'Docker-Content-Digest': digest }).end();
      }
      const manifest = /^\/v2\/(.+)\/manifests\/(.+)$/.exec(url.pathname);
      if (manifest && req.method === 'PUT') {
        if (o.failFirstManifest && !r.requests.slice(0, -1).some((q) => q.startsWith('PUT') && q.includes('/manifests/')))
          return void res.writeHead(o.failFirstManifest).end('{"errors":[{"code":"UNAVAILABLE"}]}');
        const doc = JSON.parse(body.toString()) as { config: { digest: string }; layers: { digest: string }[] };
        if (![doc.config, ...doc.layers].every((d) => r.blobs.has(d.digest)))
          return void res.writeHead(400).end('{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN"}]}');
        r.manifests.set(manifest[2], { type: req.headers['content-type'] ?? '', body });
        return void res.writeHead(201, { 'Docker-Content-Digest': sha(body) }).end();
      }
      res.writeHead(404).end();
    })();
  });
  return new Promise((resolve) =>
    server?.listen(0, '127.0.0.1', () => {
      r.port = (server?.address() as AddressInfo).port;
      resolve(r);
    }),
  );
}

/** A layer's tar, with one file. */
function layerTar(name: string, content: string): Promise<Buffer> {
  const pack = tar.pack();
  pack.entry({ name, mode: 0o644 }, content);
  pack.finalize();
  return readStream(pack);
}

async function readStream(s: AsyncIterable<unknown>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

interface Image {
  id: string;
  config: Buffer;
  layers: Buffer[];
}

async function image(): Promise<Image> {
  const layers = [await layerTar('base.txt', 'the base'), await layerTar('app.txt', 'the app')];
  const config = Buffer.from(JSON.stringify({ architecture: 'arm64', os: 'linux', rootfs: { type: 'layers', diff_ids: layers.map(sha) }, config: {} }));
  return { id: sha(config), config, layers };
}

/** An engine whose export is docker save's format: `<v1 id>/layer.tar` per layer, `<id>.json`, manifest.json. */
function engine(img: Image, saves: string[] = []): Driver {
  const info: ImageInfo = { id: img.id, repoTags: [], repoDigests: [], config: {}, labels: {}, layers: img.layers.map(sha) };
  const partial: Pick<Driver, 'inspectImage' | 'saveImages'> = {
    inspectImage: async (ref) => (ref === img.id ? info : undefined),
    saveImages: async (refs) => {
      saves.push(...refs);
      const pack = tar.pack();
      const hex = img.id.slice(7);
      // Not in the image's order: an export lists layers by their v1 IDs.
      [...img.layers].reverse().forEach((l, i) => pack.entry({ name: `${'0'.repeat(63)}${i}/layer.tar` }, l));
      pack.entry({ name: `${hex}.json` }, img.config);
      pack.entry({ name: 'manifest.json' }, JSON.stringify([{ Config: `${hex}.json`, Layers: [] }]));
      pack.finalize();
      return Readable.from(pack);
    },
  };
  return partial as Driver;
}

type PushOptions = Parameters<typeof pushImageByDigest>[0];

/** Pushes `img` to `repository` on the test registry at `port`: no credentials, no progress, the shared memo, unless `o` says otherwise. */
function push(img: Image, port: number, repository: string, o: Partial<PushOptions> = {}) {
  return pushImageByDigest({
    memo,
    driver: engine(img),
    imageId: img.id,
    repository: `127.0.0.1:${port}/${repository}`,
    query: { auth: {} },
    progress: () => undefined,
    ...o,
  });
}

it('uploads the config and gzipped layers whose diff IDs match, then PUTs the manifest by digest and no tag', async () => {
  const reg = await registry();
  const img = await image();
  const lines: string[] = [];
  const pushed = await push(img, reg.port, 'team/app', { progress: (l) => lines.push(l) });
  expect(reg.requests.filter((r) => r.startsWith('PUT /v2/team/app/manifests/'))).toEqual([`PUT /v2/team/app/manifests/${pushed.digest}`]);
  expect(pushed.mediaType).toBe(DOCKER_MANIFEST);
  expect([...reg.manifests.keys()]).toEqual([pushed.digest]);
  const stored = reg.manifests.get(pushed.digest);
  expect(stored?.type).toBe(DOCKER_MANIFEST);
  expect(sha(stored?.body ?? Buffer.alloc(0))).toBe(pushed.digest);
  expect(pushed.size).toBe(stored?.body.length);
  const doc = JSON.parse(stored?.body.toString() ?? '{}') as {
    config: { digest: string; size: number; mediaType: string };
    layers: { digest: string; size: number; mediaType: string }[];
  };
  expect(doc.config).toEqual({ mediaType: 'application/vnd.docker.container.image.v1+json', size: img.config.length, digest: img.id });
  expect(reg.blobs.get(img.id)).toEqual(img.config);
  // Each layer blob is the gzip of the layer, in the config's diff_ids order.
  expect(doc.layers.map((l) => sha(gunzipSync(reg.blobs.get(l.digest) ?? Buffer.alloc(0))))).toEqual(img.layers.map(sha));
  expect(doc.layers.map((l) => [l.mediaType, l.size])).toEqual(
    doc.layers.map((l) => ['application/vnd.docker.image.rootfs.diff.tar.gzip', reg.blobs.get(l.digest)?.length]),
  );
  expect(lines).toEqual(doc.layers.map((l) => `${l.digest.slice(7, 19)}: Pushed`).reverse());
});

it('the same image pushed again gives the same manifest digest, and sends no blob the repository has', async () => {
  const img = await image();
  const first = await registry();
  const a = await push(img, first.port, 'app');
  const blobs = first.blobs;
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  const again = await registry({ has: blobs });
  const saves: string[] = [];
  const b = await push(img, again.port, 'app', { driver: engine(img, saves) });
  expect(b.digest).toBe(a.digest);
  expect(again.requests.filter((r) => r.startsWith('PUT /v2/upload/'))).toEqual([]);
  // The layers' gzip digests are known from the first push: the engine's export is not even read.
  expect(saves).toEqual([]);
});

it("mounts the base image's layers from its repository, and uploads only the others", async () => {
  const img = await image();
  const baseBlob = Buffer.from('the base, as the registry has it');
  const base: BaseLayers = { repository: 'ignored/base', layers: new Map([[sha(img.layers[0]), { digest: sha(baseBlob), size: baseBlob.length }]]) };
  const reg = await registry({ mountable: new Map([[sha(baseBlob), baseBlob]]) });
  base.repository = `127.0.0.1:${reg.port}/library/base`;
  const lines: string[] = [];
  const pushed = await push(img, reg.port, 'app', { progress: (l) => lines.push(l), base });
  const doc = JSON.parse(reg.manifests.get(pushed.digest)?.body.toString() ?? '{}') as { layers: { digest: string }[] };
  expect(doc.layers[0].digest).toBe(sha(baseBlob));
  expect(lines[0]).toBe(`${sha(baseBlob).slice(7, 19)}: Mounted from library/base`);
  // Only the app's layer and the config were uploaded.
  expect(reg.requests.filter((r) => r.startsWith('PUT /v2/upload/'))).toHaveLength(2);
});

it('a mount the registry refuses falls back to uploading the layer', async () => {
  const img = await image();
  const baseBlob = Buffer.from('only in the other repository');
  const reg = await registry();
  const base: BaseLayers = {
    repository: `127.0.0.1:${reg.port}/library/base`,
    layers: new Map([[sha(img.layers[0]), { digest: sha(baseBlob), size: baseBlob.length }]]),
  };
  const pushed = await push(img, reg.port, 'app', { base });
  expect(reg.requests).toContain('POST /v2/app/blobs/uploads/?mount&from=library/base');
  const doc = JSON.parse(reg.manifests.get(pushed.digest)?.body.toString() ?? '{}') as { layers: { digest: string }[] };
  expect(sha(gunzipSync(reg.blobs.get(doc.layers[0].digest) ?? Buffer.alloc(0)))).toBe(sha(img.layers[0]));
});

it('asks with the credentials when the registry wants them', async () => {
  const reg = await registry({ basic: 'me:secret' });
  const img = await image();
  const pushed = await push(img, reg.port, 'app', { query: { auth: { username: 'me', password: 'secret' } } });
  expect(reg.manifests.has(pushed.digest)).toBe(true);
});

it('wrong credentials fail with a message naming the registry and repository, and no secret', async () => {
  const reg = await registry({ basic: 'me:secret' });
  const img = await image();
  const pushed = push(img, reg.port, 'team/app', { query: { auth: { username: 'me', password: 'wrong' } } });
  await expect(pushed).rejects.toThrow(`127.0.0.1:${reg.port}/team/app: the registry asks for credentials that were not given or not accepted`);
  await expect(pushed).rejects.not.toThrow(/wrong/);
  expect(reg.manifests.size).toBe(0);
});

it('a refused blob upload stops the push before any manifest, naming the registry, repository and answer', async () => {
  const reg = await registry({ refuseBlobs: 500 });
  const img = await image();
  const tries: number[] = [];
  const pushed = push(img, reg.port, 'team/app', { retry: { attempts: 2, delaysMs: [0] }, onRetry: (_e, n) => tries.push(n) });
  await expect(pushed).rejects.toThrow(
    new RegExp(
      `^Pushing to 127\\.0\\.0\\.1:${reg.port}/team/app: PUT 127\\.0\\.0\\.1:${reg.port}/v2/upload/\\d+: HTTP 500: \\{"errors":\\[\\{"code":"BLOB_UPLOAD_INVALID"\\}\\]\\}$`,
    ),
  );
  expect(reg.manifests.size).toBe(0);
  expect(tries).toEqual([1]);
});

it('a 503 from the registry is tried again, and the push completes without sending a blob twice', async () => {
  const reg = await registry({ failFirstManifest: 503 });
  const img = await image();
  const tries: string[] = [];
  const pushed = await push(img, reg.port, 'app', { retry: { attempts: 3, delaysMs: [0] }, onRetry: (e, n) => tries.push(`${n}: ${e.message}`) });
  expect(tries).toEqual([
    `1: Pushing to 127.0.0.1:${reg.port}/app: PUT 127.0.0.1:${reg.port}/v2/app/manifests/${pushed.digest}: HTTP 503: {"errors":[{"code":"UNAVAILABLE"}]}`,
  ]);
  expect(reg.manifests.has(pushed.digest)).toBe(true);
  expect(reg.requests.filter((q) => q.startsWith('PUT /v2/upload/'))).toHaveLength(reg.blobs.size);
});

it('a 400 is not tried again', async () => {
  const reg = await registry({ failFirstManifest: 400 });
  const img = await image();
  const tries: number[] = [];
  const pushed = push(img, reg.port, 'app', { retry: { attempts: 3, delaysMs: [0] }, onRetry: (_e, n) => tries.push(n) });
  await expect(pushed).rejects.toThrow('HTTP 400');
  expect(tries).toEqual([]);
});

it('an export without one of the layers is an error, and nothing is pushed under any reference', async () => {
  const reg = await registry();
  const img = await image();
  const driver = engine(img);
  const lying: Driver = {
    ...driver,
    inspectImage: async () => ({ id: img.id, repoTags: [], repoDigests: [], config: {}, labels: {}, layers: [...img.layers.map(sha), sha(Buffer.from('x'))] }),
  };
  const pushed = push(img, reg.port, 'app', { driver: lying });
  await expect(pushed).rejects.toThrow(`The engine's export of ${img.id} has no layer ${sha(Buffer.from('x'))}.`);
  expect(reg.manifests.size).toBe(0);
});

it('a later run knows the layers pushed before (the memo file): it mounts them from the repository they went to, without reading the export', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'repack-layer-memo-'));
  try {
    const file = path.join(dir, 'layer-digests.json');
    const img = await image();
    const options: RegistryOptions = {};
    const reg = await registry(options);
    const a = await push(img, reg.port, 'one', { memo: new LayerMemo(file) });
    // The blobs (layers and config) stay in repository "one" only: a new run pushing to "two" mounts them from there.
    options.mountable = new Map(reg.blobs);
    for (const d of options.mountable.keys()) reg.blobs.delete(d);
    const saves: string[] = [];
    const lines: string[] = [];
    const b = await push(img, reg.port, 'two', { memo: new LayerMemo(file), driver: engine(img, saves), progress: (l) => lines.push(l) });
    expect(b.digest).toBe(a.digest);
    expect(saves).toEqual([]);
    expect(lines.every((l) => l.endsWith(': Mounted from one'))).toBe(true);
    expect(lines).toHaveLength(2);
    expect(reg.requests.filter((q) => q.includes('?mount'))).toHaveLength(3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

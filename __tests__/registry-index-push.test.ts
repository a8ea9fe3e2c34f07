// Pushing an image index through the registry's API (registry-api.ts registryRequest/putManifest): a token service
// must be asked for pull,push, the body and media type reach the registry as given, and a refusal is an error that
// names the registry's answer without any credential.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from '@jest/globals';
import { putManifest } from '../src/docker/registry-api.js';
import { indexDocument, OCI_INDEX, sha256 } from '../src/plugin/image-index.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

interface Put {
  url: string;
  type: string | undefined;
  body: string;
}

function registry(refuse = false): Promise<{ port: number; puts: Put[]; scopes: string[] }> {
  const puts: Put[] = [];
  const scopes: string[] = [];
  server = createServer((req, res) => {
    const port = (server?.address() as AddressInfo).port;
    if (req.url?.startsWith('/token')) {
      const url = new URL(req.url, 'http://x');
      scopes.push(url.searchParams.get('scope') ?? '');
      const ok = req.headers.authorization === `Basic ${Buffer.from('me:secret').toString('base64')}`;
      res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' }).end(ok ? JSON.stringify({ token: 'T0KEN' }) : '');
      return;
    }
    if (req.headers.authorization !== 'Bearer T0KEN') {
      res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="reg"` }).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      puts.push({ url: req.url ?? '', type: req.headers['content-type'], body: body.toString() });
      if (refuse) {
        res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"errors":[{"code":"MANIFEST_BLOB_UNKNOWN"}]}');
        return;
      }
      res.writeHead(201, { 'Docker-Content-Digest': sha256(body) }).end();
    });
  });
  return new Promise((resolve) => server?.listen(0, '127.0.0.1', () => resolve({ port: (server?.address() as AddressInfo).port, puts, scopes })));
}

const body = indexDocument([
  { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 5, platform: { os: 'linux', architecture: 'arm64' } },
]);

it('asks the token service for pull,push and PUTs the index under the tag', async () => {
  const { port, puts, scopes } = await registry();
  const digest = await putManifest(`127.0.0.1:${port}/team/app`, 'v1', body, OCI_INDEX, { auth: { username: 'me', password: 'secret' } });
  expect(digest).toBe(sha256(body));
  expect(scopes).toEqual(['repository:team/app:pull,push']);
  expect(puts).toEqual([{ url: '/v2/team/app/manifests/v1', type: OCI_INDEX, body: body.toString() }]);
});

it("a refusal names the registry's answer, never the credentials", async () => {
  const { port } = await registry(true);
  const pushed = putManifest(`127.0.0.1:${port}/team/app`, 'v1', body, OCI_INDEX, { auth: { username: 'me', password: 'secret' } });
  await expect(pushed).rejects.toThrow(`PUT 127.0.0.1:${port}/v2/team/app/manifests/v1: HTTP 400: {"errors":[{"code":"MANIFEST_BLOB_UNKNOWN"}]}`);
  await expect(pushed).rejects.not.toThrow(/secret|T0KEN/);
});

it('wrong credentials are an error saying so', async () => {
  const { port } = await registry();
  await expect(putManifest(`127.0.0.1:${port}/team/app`, 'v1', body, OCI_INDEX, { auth: { username: 'me', password: 'nope' } })).rejects.toThrow(
    'the registry asks for credentials that were not given or not accepted',
  );
});

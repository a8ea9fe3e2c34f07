// The registry question behind the push skip (src/docker/registry-api.ts): names, challenges, and the Bearer token
// flow against a local server playing a registry and its token service (the dev-env registries speak Basic only).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from '@jest/globals';
import { isLoopback, parseChallenge, registryPath, servedManifest } from '../src/docker/registry-api.js';
import { familiarName } from '../src/docker/registry-host.js';

describe('names', () => {
  it.each([
    ['127.0.0.1:5000/demo', '127.0.0.1:5000', 'demo'],
    ['ghcr.io/org/app', 'ghcr.io', 'org/app'],
    ['ubuntu', 'registry-1.docker.io', 'library/ubuntu'],
    ['docker.io/library/ubuntu', 'registry-1.docker.io', 'library/ubuntu'],
    ['user/app', 'registry-1.docker.io', 'user/app'],
    ['localhost/app', 'localhost', 'app'],
  ])('%s → host %s, name %s', (repository, host, name) => {
    expect(registryPath(repository)).toEqual({ host, name });
  });

  it.each([
    ['docker.io/library/ubuntu', 'ubuntu'],
    ['index.docker.io/user/app', 'user/app'],
    ['ubuntu', 'ubuntu'],
    ['127.0.0.1:5000/library/x', '127.0.0.1:5000/library/x'],
  ])('familiar name of %s is %s', (repository, familiar) => {
    expect(familiarName(repository)).toBe(familiar);
  });

  it.each([
    ['127.0.0.1:5000', true],
    ['127.8.0.1', true],
    ['localhost:5000', true],
    ['[::1]:5000', true],
    ['10.0.0.1:5000', false],
    ['127.0.0.1.example.com', false],
    ['ghcr.io', false],
  ])('%s is loopback: %s', (host, loop) => {
    expect(isLoopback(host)).toBe(loop);
  });
});

describe('parseChallenge', () => {
  it('reads the scheme and quoted or bare parameters', () => {
    expect(parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull,push' },
    });
    expect(parseChallenge('Basic realm=x')).toEqual({ scheme: 'basic', params: { realm: 'x' } });
    expect(parseChallenge(undefined)).toBeUndefined();
  });
});

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const SCHEMA2 = 'application/vnd.docker.distribution.manifest.v2+json';

/** A registry on 127.0.0.1 whose manifests need a Bearer token from its own token service (given Basic credentials). */
function tokenRegistry(mediaType = SCHEMA2): Promise<{ server: Server; port: number; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    const port = (server.address() as AddressInfo).port;
    if (req.url?.startsWith('/token')) {
      const url = new URL(req.url, 'http://x');
      const ok = req.headers.authorization === `Basic ${Buffer.from('me:secret').toString('base64')}`;
      if (!ok || url.searchParams.get('scope') !== 'repository:team/app:pull' || url.searchParams.get('service') !== 'test-registry') {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token: 'T0KEN' }));
      return;
    }
    if (req.headers.authorization !== 'Bearer T0KEN') {
      res
        .writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="test-registry",scope="repository:team/app:pull"` })
        .end();
      return;
    }
    if (req.method === 'HEAD' && req.url === '/v2/team/app/manifests/v1') {
      res.writeHead(200, { 'Docker-Content-Digest': DIGEST, 'Content-Type': mediaType, 'Content-Length': '528' }).end();
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, seen })));
}

let running: Server | undefined;
afterEach(() => {
  running?.close();
  running = undefined;
});

describe('servedManifest', () => {
  it('gets a token for pull with the credentials, then the digest, size and media type', async () => {
    const { server, port, seen } = await tokenRegistry();
    running = server;
    const served = await servedManifest(`127.0.0.1:${port}/team/app`, 'v1', { auth: { username: 'me', password: 'secret' } });
    expect(served).toEqual({ digest: DIGEST, size: 528, mediaType: SCHEMA2 });
    // The password goes to the token service only; the registry sees the token.
    for (const req of seen.filter((r) => !r.url?.startsWith('/token'))) expect(req.headers.authorization ?? '').not.toMatch(/^Basic/);
  });

  it('is undefined for a tag the registry does not have, wrong credentials, or an unreachable registry', async () => {
    const { server, port } = await tokenRegistry();
    running = server;
    expect(await servedManifest(`127.0.0.1:${port}/team/app`, 'v2', { auth: { username: 'me', password: 'secret' } })).toBeUndefined();
    expect(await servedManifest(`127.0.0.1:${port}/team/app`, 'v1', { auth: { username: 'me', password: 'wrong' } })).toBeUndefined();
    expect(await servedManifest(`127.0.0.1:${port}/team/app`, 'v1', { auth: {} })).toBeUndefined();
    server.close();
    running = undefined;
    expect(await servedManifest(`127.0.0.1:${port}/team/app`, 'v1', { auth: { username: 'me', password: 'secret' } })).toBeUndefined();
  });

  it('does not wait past its timeout for a registry that never answers', async () => {
    const server = createServer(() => undefined);
    running = server;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    const started = Date.now();
    expect(await servedManifest(`127.0.0.1:${port}/team/app`, 'v1', { auth: {}, timeoutMs: 200 })).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
    server.closeAllConnections();
  });

  it('sends no credentials to a token service on another host over plain HTTP', async () => {
    // This machine's own non-loopback address stands for another host: the token service there would answer.
    const address = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    expect(address).toBeDefined();
    const tokenRequests: string[] = [];
    const server = createServer((req, res) => {
      const port = (server.address() as AddressInfo).port;
      if (req.url?.startsWith('/token')) {
        tokenRequests.push(req.headers.authorization ?? '');
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token: 'T0KEN' }));
      } else if (req.headers.authorization === 'Bearer T0KEN') {
        res.writeHead(200, { 'Docker-Content-Digest': DIGEST, 'Content-Type': SCHEMA2 }).end();
      } else {
        res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://${address}:${port}/token",service="x"` }).end();
      }
    });
    running = server;
    await new Promise<void>((r) => server.listen(0, '0.0.0.0', () => r()));
    const port = (server.address() as AddressInfo).port;
    expect(await servedManifest(`127.0.0.1:${port}/team/app`, 'v1', { auth: { username: 'me', password: 'secret' } })).toBeUndefined();
    expect(tokenRequests).toEqual([]);
  });
});

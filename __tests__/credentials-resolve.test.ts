// Registry credentials chosen as the docker CLI chooses them: host names, config.json auths, credHelpers, credsStore,
// explicit login options; and the real helper protocol against a small helper script.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { helperGet, runHelperProcess, type HelperOutput } from '../src/docker/credential-helper.js';
import { DockerCredentials, explicitOnly, EXPLICIT_ORIGIN } from '../src/docker/credentials.js';
import { parseDockerConfig } from '../src/docker/docker-config.js';
import { DriverError, type RegistryAuth } from '../src/docker/driver.js';
import { authKey, hostOf, registryOf } from '../src/docker/registry-host.js';

const HELPER_BIN = join(import.meta.dirname, '../__fixtures__/credentials/bin');
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('registry host names', () => {
  it.each([
    ['debian', 'docker.io'],
    ['debian:bookworm', 'docker.io'],
    ['library/debian:12', 'docker.io'],
    ['myorg/app', 'docker.io'],
    ['index.docker.io/library/debian', 'docker.io'],
    ['registry-1.docker.io/myorg/app', 'docker.io'],
    ['ghcr.io/o/r:t', 'ghcr.io'],
    ['127.0.0.1:5443/repack/app', '127.0.0.1:5443'],
    ['localhost/app', 'localhost'],
    ['localhost:5000/a/b@sha256:' + 'a'.repeat(64), 'localhost:5000'],
    ['Registry/app', 'Registry'],
  ])('%s is on %s', (ref, host) => {
    expect(registryOf(ref)).toBe(host);
  });

  it.each([
    ['ghcr.io', 'ghcr.io'],
    ['https://ghcr.io', 'ghcr.io'],
    ['https://ghcr.io/v2/', 'ghcr.io'],
    ['http://127.0.0.1:5443/', '127.0.0.1:5443'],
    ['https://index.docker.io/v1/', 'docker.io'],
    ['docker.io', 'docker.io'],
  ])('server address %s is host %s', (address, host) => {
    expect(hostOf(address)).toBe(host);
  });

  it("keys Docker Hub's credentials by its index address, others by host", () => {
    expect(authKey('docker.io')).toBe('https://index.docker.io/v1/');
    expect(authKey('ghcr.io')).toBe('ghcr.io');
  });
});

describe('parseDockerConfig', () => {
  it('decodes auth, keeps identity tokens, helpers and the store', () => {
    const c = parseDockerConfig(
      JSON.stringify({
        auths: { 'ghcr.io': { auth: b64('u:p:with:colons') }, 'r.example': { identitytoken: 'tok' } },
        credHelpers: { 'gcr.io': 'gcloud', bad: 3 },
        credsStore: 'desktop',
      }),
      '/c/config.json',
    );
    expect(c.auths['ghcr.io']).toEqual({ username: 'u', password: 'p:with:colons' });
    expect(c.auths['r.example']).toEqual({ identitytoken: 'tok' });
    expect(c.credHelpers).toEqual({ 'gcr.io': 'gcloud' });
    expect(c.credsStore).toBe('desktop');
    expect(c.problem).toBeUndefined();
  });

  it('reports a broken file without quoting it', () => {
    const secret = 'hunter2-secret';
    const c = parseDockerConfig(`{"auths": {"x": {"auth": "${secret}"`, '/c/config.json');
    expect(c.problem).toBe('/c/config.json is not valid JSON');
    const entry = parseDockerConfig(JSON.stringify({ auths: { x: { auth: b64(secret) } } }), '/c/config.json');
    expect(entry.problem).toContain('"auth" of x');
    expect(JSON.stringify(entry)).not.toContain(secret);
  });
});

interface World {
  files?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** Helper name → server address → answer. */
  helpers?: Record<string, Record<string, HelperOutput>>;
}

function resolver(w: World) {
  const asked: string[] = [];
  const creds = new DockerCredentials({
    env: w.env ?? { HOME: '/home/u' },
    home: '/nonexistent',
    readFile: (f) => w.files?.[f],
    runHelper: async (program, input) => {
      asked.push(`${program} ${input}`);
      const name = program.replace(/^docker-credential-/, '');
      const helper = w.helpers?.[name];
      if (!helper) return { exitCode: null, stdout: '', spawnError: 'ENOENT' };
      return helper[input] ?? { exitCode: 1, stdout: 'credentials not found in native keychain\n' };
    },
  });
  return { creds, asked };
}

const CONFIG = '/home/u/.docker/config.json';
const ok = (username: string, secret: string): HelperOutput => ({
  exitCode: 0,
  stdout: JSON.stringify({ ServerURL: 'x', Username: username, Secret: secret }),
});

describe('DockerCredentials.forImage', () => {
  const cases: { name: string; world: World; ref: string; explicit?: RegistryAuth; auth: RegistryAuth; origin: string; asked?: string[] }[] = [
    {
      name: 'no config file: anonymous',
      world: {},
      ref: 'ghcr.io/o/r',
      auth: {},
      origin: `no credentials (none for ghcr.io in ${CONFIG})`,
    },
    {
      name: 'an auths entry for the host',
      world: { files: { [CONFIG]: JSON.stringify({ auths: { 'ghcr.io': { auth: b64('me:pw1') } } }) } },
      ref: 'ghcr.io/o/r',
      auth: { username: 'me', password: 'pw1', serveraddress: 'ghcr.io' },
      origin: `the auths entry "ghcr.io" in ${CONFIG}`,
    },
    {
      name: 'a legacy URL key for the host',
      world: { files: { [CONFIG]: JSON.stringify({ auths: { 'https://ghcr.io/v1/': { auth: b64('me:pw1') } } }) } },
      ref: 'ghcr.io/o/r:1',
      auth: { username: 'me', password: 'pw1', serveraddress: 'ghcr.io' },
      origin: `the auths entry "https://ghcr.io/v1/" in ${CONFIG}`,
    },
    {
      name: "Docker Hub's index key for an image without a host",
      world: {
        files: { [CONFIG]: JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: b64('hubber:pw2') }, 'ghcr.io': { auth: b64('x:y') } } }) },
      },
      ref: 'myorg/app:1',
      auth: { username: 'hubber', password: 'pw2', serveraddress: 'https://index.docker.io/v1/' },
      origin: 'the auths entry "https://index.docker.io/v1/"',
    },
    {
      name: 'an identity token',
      world: { files: { [CONFIG]: JSON.stringify({ auths: { 'r.example': { auth: b64('u:'), identitytoken: 'refresh-tok' } } }) } },
      ref: 'r.example/app',
      auth: { identitytoken: 'refresh-tok', username: 'u', serveraddress: 'r.example' },
      origin: 'the auths entry "r.example"',
    },
    {
      name: 'no entry for this host among others',
      world: { files: { [CONFIG]: JSON.stringify({ auths: { 'ghcr.io': { auth: b64('me:pw1') } } }) } },
      ref: '127.0.0.1:5443/app',
      auth: {},
      origin: `no credentials (none for 127.0.0.1:5443 in ${CONFIG})`,
    },
    {
      name: 'DOCKER_CONFIG moves the file',
      world: {
        env: { DOCKER_CONFIG: '/cfg', HOME: '/home/u' },
        files: { '/cfg/config.json': JSON.stringify({ auths: { 'ghcr.io': { auth: b64('me:pw3') } } }) },
      },
      ref: 'ghcr.io/o/r',
      auth: { username: 'me', password: 'pw3', serveraddress: 'ghcr.io' },
      origin: 'the auths entry "ghcr.io" in /cfg/config.json',
    },
    {
      name: 'credHelpers for the host win over credsStore and auths',
      world: {
        files: { [CONFIG]: JSON.stringify({ auths: { 'ghcr.io': { auth: b64('file:pw') } }, credHelpers: { 'ghcr.io': 'gh' }, credsStore: 'store' }) },
        helpers: { gh: { 'ghcr.io': ok('helper-user', 'helper-pw') } },
      },
      ref: 'ghcr.io/o/r',
      auth: { username: 'helper-user', password: 'helper-pw', serveraddress: 'ghcr.io' },
      origin: `the credential helper docker-credential-gh (credHelpers["ghcr.io"] in ${CONFIG})`,
      asked: ['docker-credential-gh ghcr.io'],
    },
    {
      name: 'credsStore for hosts without a helper, asked with the Hub key',
      world: {
        files: { [CONFIG]: JSON.stringify({ auths: { 'https://index.docker.io/v1/': {} }, credHelpers: { 'ghcr.io': 'gh' }, credsStore: 'store' }) },
        helpers: { store: { 'https://index.docker.io/v1/': ok('hubber', 'store-pw') } },
      },
      ref: 'debian:bookworm',
      auth: { username: 'hubber', password: 'store-pw', serveraddress: 'https://index.docker.io/v1/' },
      origin: `the credential helper docker-credential-store (credsStore in ${CONFIG})`,
      asked: ['docker-credential-store https://index.docker.io/v1/'],
    },
    {
      name: 'a helper without credentials for the host: anonymous, the auths entry is not used',
      world: { files: { [CONFIG]: JSON.stringify({ auths: { 'ghcr.io': { auth: b64('file:pw') } }, credsStore: 'store' }) }, helpers: { store: {} } },
      ref: 'ghcr.io/o/r',
      auth: {},
      origin: 'no credentials (the credential helper docker-credential-store (credsStore in /home/u/.docker/config.json) has none for ghcr.io)',
    },
    {
      name: "a helper's <token> user is an identity token",
      world: { files: { [CONFIG]: JSON.stringify({ credHelpers: { 'r.example': 'tok' } }) }, helpers: { tok: { 'r.example': ok('<token>', 'refresh') } } },
      ref: 'r.example/app',
      auth: { identitytoken: 'refresh', serveraddress: 'r.example' },
      origin: 'the credential helper docker-credential-tok',
    },
    {
      name: 'explicit credentials without a server win for any registry, before any helper runs',
      world: { files: { [CONFIG]: JSON.stringify({ credsStore: 'store' }) } },
      ref: 'ghcr.io/o/r',
      explicit: { username: 'tpl', password: 'tpl-pw' },
      auth: { username: 'tpl', password: 'tpl-pw', serveraddress: 'ghcr.io' },
      origin: EXPLICIT_ORIGIN,
      asked: [],
    },
    {
      name: 'explicit credentials for this server (any spelling)',
      world: { files: { [CONFIG]: JSON.stringify({ auths: { '127.0.0.1:5443': { auth: b64('file:pw') } } }) } },
      ref: '127.0.0.1:5443/app',
      explicit: { username: 'tpl', password: 'tpl-pw', serveraddress: 'https://127.0.0.1:5443' },
      auth: { username: 'tpl', password: 'tpl-pw', serveraddress: 'https://127.0.0.1:5443' },
      origin: EXPLICIT_ORIGIN,
    },
    {
      name: 'explicit credentials for another server leave this one to the config',
      world: { files: { [CONFIG]: JSON.stringify({ auths: { '127.0.0.1:5443': { auth: b64('file:pw') } } }) } },
      ref: '127.0.0.1:5443/app',
      explicit: { username: 'tpl', password: 'tpl-pw', serveraddress: 'ghcr.io' },
      auth: { username: 'file', password: 'pw', serveraddress: '127.0.0.1:5443' },
      origin: 'the auths entry "127.0.0.1:5443"',
    },
    {
      name: 'a broken config file: anonymous, and the reason, not the text',
      world: { files: { [CONFIG]: '{"auths": {"ghcr.io": {"auth": "c2VjcmV0' } },
      ref: 'ghcr.io/o/r',
      auth: {},
      origin: `no credentials (${CONFIG} is not valid JSON, so it was ignored)`,
    },
  ];

  it.each(cases)('$name', async ({ world, ref, explicit, auth, origin, asked }) => {
    const r = resolver(world);
    const resolved = await r.creds.forImage(ref, explicit);
    expect(resolved.auth).toEqual(auth);
    expect(resolved.origin).toContain(origin);
    expect(resolved.registry).toBe(registryOf(ref));
    if (asked) expect(r.asked).toEqual(asked);
  });

  it('names a configured helper that is not installed', async () => {
    const { creds } = resolver({ files: { [CONFIG]: JSON.stringify({ credsStore: 'desktop' }) } });
    const failure = creds.forImage('debian');
    await expect(failure).rejects.toBeInstanceOf(DriverError);
    await expect(failure).rejects.toThrow(
      'cannot get credentials for https://index.docker.io/v1/: credsStore in /home/u/.docker/config.json names the credential helper docker-credential-desktop, but it is not on PATH',
    );
  });

  it('reports a failing helper by its status', async () => {
    const { creds } = resolver({
      files: { [CONFIG]: JSON.stringify({ credsStore: 'broken' }) },
      helpers: { broken: { 'ghcr.io': { exitCode: 2, stdout: 'keychain locked\n' } } },
    });
    await expect(creds.forImage('ghcr.io/o/r')).rejects.toThrow('the credential helper docker-credential-broken exited with status 2: keychain locked');
  });

  it('without a docker config, only explicit credentials are sent', async () => {
    expect(await explicitOnly.forImage('ghcr.io/o/r')).toEqual({ registry: 'ghcr.io', auth: {}, origin: 'no credentials' });
    expect((await explicitOnly.forImage('ghcr.io/o/r', { username: 'a', password: 'b' })).auth).toEqual({
      username: 'a',
      password: 'b',
      serveraddress: 'ghcr.io',
    });
    expect((await explicitOnly.forImage('ghcr.io/o/r', { username: 'a', password: 'b', serveraddress: 'quay.io' })).auth).toEqual({});
  });
});

describe('the helper protocol, with a real helper program', () => {
  it('sends the server address on stdin and reads the answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'repack-helper-'));
    try {
      writeFileSync(join(dir, '127.0.0.1_5443.json'), JSON.stringify({ ServerURL: '127.0.0.1:5443', Username: 'repack', Secret: 's3cret' }));
      const env = { PATH: `${HELPER_BIN}:${process.env.PATH ?? ''}`, REPACK_TEST_HELPER_DIR: dir, REPACK_TEST_HELPER_LOG: join(dir, 'log') };
      expect(await helperGet('repack-test', '127.0.0.1:5443', env, runHelperProcess, 'credsStore')).toEqual({ username: 'repack', secret: 's3cret' });
      expect(await helperGet('repack-test', 'ghcr.io', env, runHelperProcess, 'credsStore')).toBeUndefined();
      expect(readFileSync(join(dir, 'log'), 'utf8')).toBe('127.0.0.1:5443\nghcr.io\n');
      await expect(helperGet('repack-missing', 'ghcr.io', env, runHelperProcess, 'credsStore')).rejects.toThrow(
        'docker-credential-repack-missing, but it is not on PATH',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Pull and push against a registry that wants credentials (127.0.0.1:5443: TLS with the dev-env's own CA, htpasswd
// auth; see scripts/dev-env.sh), through the CLI: credentials from a config.json auths entry, from a credential
// helper on PATH, from the template's login options. A wrong password fails with a plain message and pushes nothing,
// and no credential shows up in any output, metadata, image or file repack could have written.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';
import { removeImagesLabelled } from '../__fixtures__/remove-images.js';
import { createTestHost, type TestHost } from '../__fixtures__/netns/test-host.js';

const REGISTRY = '127.0.0.1:5443';
const AUTH_DIR = process.env.REPACK_AUTH_REGISTRY_DIR ?? '/var/lib/repack-dev-env/auth-registry';
const USER = 'repack';
const PASSWORD = readFileSync(join(AUTH_DIR, 'password'), 'utf8').trim();
const CA = readFileSync(join(AUTH_DIR, 'ca.crt'));
const HELPER_BIN = join(import.meta.dirname, '../__fixtures__/credentials/bin');
const run = Date.now().toString(36);
const BASE = `${REGISTRY}/repack-itg/busybox:${run}`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

let work: string;
/** A driver that knows no docker config: credentials only when given. */
const plainDriver = connectDocker({ ...process.env, DOCKER_CONFIG: join(tmpdir(), `repack-no-config-${run}`) });
const localTags: string[] = [];

/** The digest the registry serves for repository:tag (null when it has none), asked with our CA and credentials. */
function registryDigest(repository: string, tag: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: 5443,
        method: 'HEAD',
        path: `/v2/${repository}/manifests/${tag}`,
        ca: CA,
        headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json', Authorization: `Basic ${b64(`${USER}:${PASSWORD}`)}` },
      },
      (res) => {
        res.resume();
        const digest = res.headers['docker-content-digest'];
        resolve(res.statusCode === 200 && typeof digest === 'string' ? digest : null);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function cli(args: string[], env: Record<string, string | undefined>, cwd: string) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env, cwd });
  return { code, out, err };
}

/** A directory with a template that pulls BASE and pushes `app:<tag>`, and its own DOCKER_CONFIG. */
function project(name: string, opts: { config?: object; source?: string; push?: string } = {}) {
  const dir = join(work, name);
  const dockerConfig = join(dir, 'docker-config');
  mkdirSync(dockerConfig, { recursive: true });
  if (opts.config) writeFileSync(join(dockerConfig, 'config.json'), JSON.stringify(opts.config));
  const tag = `${name}-${run}`;
  writeFileSync(
    join(dir, 'app.pkr.hcl'),
    `variable "registry_password" {
  type    = string
  default = ""
}
source "docker" "app" {
  image  = "${BASE}"
  commit = true
  changes = ["LABEL io.repack.test=${run}"]
${opts.source ?? ''}
}
build {
  name    = "auth-${run}"
  sources = ["source.docker.app"]
  provisioner "shell" {
    inline = ["echo built > /built.txt"]
  }
  post-processors {
    post-processor "docker-tag" {
      repository = "${REGISTRY}/repack-itg/app"
      tags       = ["${tag}"]
    }
    post-processor "docker-push" {
${opts.push ?? ''}
    }
  }
}
`,
  );
  localTags.push(`${REGISTRY}/repack-itg/app:${tag}`);
  const env = { ...process.env, DOCKER_CONFIG: dockerConfig, PATH: `${HELPER_BIN}:${process.env.PATH ?? ''}` };
  return { dir, dockerConfig, tag, env };
}

/** Every file under dir, as text. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

interface Metadata {
  'image-id': string;
  pushed: { repository: string; tag: string; digest: string }[];
}

async function expectPushed(r: { code: number; out: string; err: string }, tag: string): Promise<void> {
  expect(r.err).not.toMatch(/Error|errored/);
  expect(r.code).toBe(0);
  const [build] = JSON.parse(r.out) as Metadata[];
  expect(build.pushed).toEqual([{ repository: `${REGISTRY}/repack-itg/app`, tag, digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) }]);
  expect(build.pushed[0].digest).toBe(await registryDigest('repack-itg/app', tag));
  const image = await plainDriver.inspectImage(build['image-id']);
  expect(JSON.stringify(image)).not.toContain(PASSWORD);
}

function expectNoSecret(...texts: string[]): void {
  for (const t of texts) expect(t).not.toContain(PASSWORD);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'repack-auth-itg-'));
  // The base image lives only in the auth registry: every build below must authenticate its pull too.
  await plainDriver.pull('127.0.0.1:5000/busybox:latest');
  await plainDriver.tag('127.0.0.1:5000/busybox:latest', `${REGISTRY}/repack-itg/busybox`, run);
  await plainDriver.push(`${REGISTRY}/repack-itg/busybox`, run, { auth: { username: USER, password: PASSWORD, serveraddress: REGISTRY } });
  await plainDriver.removeImage(BASE);
  expect(await registryDigest('repack-itg/busybox', run)).toMatch(/^sha256:/);
});

afterAll(async () => {
  for (const id of await plainDriver.listContainers(`io.repack.build=auth-${run}.docker.app`)) await plainDriver.removeContainer(id);
  for (const ref of [...localTags, BASE]) await plainDriver.removeImage(ref, { force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('credentials for 127.0.0.1:5443', () => {
  it('come from an auths entry in config.json', async () => {
    const p = project('auths', { config: { auths: { [REGISTRY]: { auth: b64(`${USER}:${PASSWORD}`) } } } });
    const before = readFileSync(join(p.dockerConfig, 'config.json'), 'utf8');
    const r = await cli(['build', '-json', '.'], p.env, p.dir);
    await expectPushed(r, p.tag);
    expectNoSecret(r.out, r.err);
    expect(readFileSync(join(p.dockerConfig, 'config.json'), 'utf8')).toBe(before);
  });

  it('come from a credential helper on PATH, asked for this host', async () => {
    const p = project('helper', { config: { credHelpers: { [REGISTRY]: 'repack-test' }, auths: { [REGISTRY]: { auth: b64(`${USER}:wrong`) } } } });
    const store = join(p.dir, 'helper-store');
    mkdirSync(store);
    writeFileSync(join(store, '127.0.0.1_5443.json'), JSON.stringify({ ServerURL: REGISTRY, Username: USER, Secret: PASSWORD }));
    const log = join(p.dir, 'helper.log');
    const r = await cli(['build', '-json', '.'], { ...p.env, REPACK_TEST_HELPER_DIR: store, REPACK_TEST_HELPER_LOG: log }, p.dir);
    await expectPushed(r, p.tag);
    expectNoSecret(r.out, r.err);
    // Once for the pull, once for the push.
    expect(readFileSync(log, 'utf8')).toBe(`${REGISTRY}\n${REGISTRY}\n`);
  });

  it("come from the template's login options, ahead of the docker config", async () => {
    const login = `  login          = true\n  login_server   = "https://${REGISTRY}"\n  login_username = "${USER}"\n  login_password = var.registry_password`;
    const p = project('template', { config: { auths: { [REGISTRY]: { auth: b64(`${USER}:wrong`) } } }, source: login, push: login });
    const r = await cli(['build', '-json', '-var', `registry_password=${PASSWORD}`, '.'], p.env, p.dir);
    await expectPushed(r, p.tag);
    expectNoSecret(r.out, r.err, allText(p.dir));
  });
});

describe('a registry cache on 127.0.0.1:5443', () => {
  it('is exported and restored with the credentials of config.json, as pulls and pushes are', async () => {
    const p = project('cache', { config: { auths: { [REGISTRY]: { auth: b64(`${USER}:${PASSWORD}`) } } } });
    const ref = `${REGISTRY}/repack-itg/cache-${run}`;
    const exported = await cli(['build', '-json', '-cache-to', `type=registry,ref=${ref}`, '.'], p.env, p.dir);
    await expectPushed(exported, p.tag);
    expect(exported.err).toContain(`Exporting 1 cache image to registry ${ref}`);
    expect(exported.err).not.toMatch(/warning/i);
    const [built] = JSON.parse(exported.out) as Metadata[];
    // A daemon without any of the build's images: the step comes back from the registry, pulled with credentials.
    await removeImagesLabelled(plainDriver, `io.repack.build=auth-${run}.docker.app`);
    expect(await plainDriver.inspectImage(built['image-id'])).toBeUndefined();
    const restored = await cli(['build', '-json', '-cache-from', `type=registry,ref=${ref}`, '.'], p.env, p.dir);
    await expectPushed(restored, p.tag);
    expect([...restored.err.matchAll(/\] (CACHED|RUN) provisioner/g)].map((m) => m[1])).toEqual(['CACHED']);
    expect((JSON.parse(restored.out) as Metadata[])[0]['image-id']).toBe(built['image-id']);
    expectNoSecret(exported.out, exported.err, restored.out, restored.err);
  });
});

describe('refused credentials', () => {
  it('a wrong password fails the pull with a plain message, and nothing is built or pushed', async () => {
    const p = project('wrong-pull', { config: { auths: { [REGISTRY]: { auth: b64(`${USER}:not-the-password`) } } } });
    const r = await cli(['build', '-json', '.'], p.env, p.dir);
    expect(r.code).toBe(1);
    const text = r.out + r.err;
    expect(text).toContain(
      `pull ${BASE}: authentication required or denied for ${REGISTRY}: unauthorized: authentication required. Check the user name and password or token (the auths entry "${REGISTRY}" in ${p.dockerConfig}/config.json).`,
    );
    expect(text).not.toMatch(/^\s+at /m);
    expect(text).not.toContain('not-the-password');
    expect(await registryDigest('repack-itg/app', p.tag)).toBeNull();
  });

  it('a wrong push password fails the push cleanly: no tag in the registry, no container left', async () => {
    const p = project('wrong-push', {
      source: `  login          = true\n  login_username = "${USER}"\n  login_password = var.registry_password`,
      push: `  login          = true\n  login_username = "${USER}"\n  login_password = "not-the-password"`,
    });
    const r = await cli(['build', '-json', '-var', `registry_password=${PASSWORD}`, '.'], p.env, p.dir);
    expect(r.code).toBe(1);
    const text = r.out + r.err;
    expect(text).toContain(
      `push ${REGISTRY}/repack-itg/app:${p.tag}: authentication required or denied for ${REGISTRY}: unauthorized: authentication required. Check the user name and password or token (the login options of the template).`,
    );
    expect(text).not.toMatch(/^\s+at /m);
    expect(text).not.toMatch(/gave up after/);
    expectNoSecret(text);
    expect(text).not.toContain('not-the-password');
    expect(await registryDigest('repack-itg/app', p.tag)).toBeNull();
    expect(await plainDriver.listContainers(`io.repack.build=auth-${run}.docker.app`)).toEqual([]);
  });

  it('no credentials at all: the message says none were found and how to log in', async () => {
    const p = project('anonymous');
    const r = await cli(['build', '.'], p.env, p.dir);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain(`pull ${BASE}: authentication required or denied for ${REGISTRY}:`);
    expect(r.out + r.err).toContain(
      `Used no credentials (none for ${REGISTRY} in ${p.dockerConfig}/config.json). Log in first (docker login ${REGISTRY}, or docker/login-action in a workflow)`,
    );
  });
});

describe('transport problems the engine reports', () => {
  // The stand-in registries run on a test host of our own (a network namespace), not on loopback.
  let host: TestHost;
  const port = 8443;
  beforeAll(() => {
    host = createTestHost();
  });
  afterAll(() => host.close());
  const STUB = join(import.meta.dirname, '../__fixtures__/netns/registry-stub.mjs');

  it('a plain-HTTP registry the engine is not told about: how to allow it', async () => {
    const server = await host.start(STUB, ['http', String(port)]);
    const ip = host.ip;
    try {
      await expect(plainDriver.pull(`${ip}:${port}/x:1`)).rejects.toThrow(
        `the registry ${ip}:${port} speaks plain HTTP, and the Docker engine only uses HTTP for registries it is told are insecure`,
      );
      await expect(plainDriver.pull(`${ip}:${port}/x:1`)).rejects.toThrow(
        `add "insecure-registries": ["${ip}:${port}"] to /etc/docker/daemon.json and restart dockerd`,
      );
    } finally {
      server.kill();
    }
  });

  it('a certificate from a CA the engine does not trust: where to put the CA', async () => {
    const ip = host.ip;
    const dir = join(work, 'untrusted');
    mkdirSync(dir);
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=untrusted',
        '-addext',
        `subjectAltName=IP:${ip}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const server = await host.start(STUB, ['https', String(port + 1), join(dir, 'key.pem'), join(dir, 'cert.pem')]);
    try {
      await expect(plainDriver.pull(`${ip}:${port + 1}/x:1`)).rejects.toThrow(
        `the Docker engine does not trust the TLS certificate of the registry ${ip}:${port + 1}`,
      );
      await expect(plainDriver.pull(`${ip}:${port + 1}/x:1`)).rejects.toThrow(`/etc/docker/certs.d/${ip}:${port + 1}/ca.crt`);
    } finally {
      server.kill();
    }
  });
});

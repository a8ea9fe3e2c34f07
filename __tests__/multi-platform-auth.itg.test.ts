// A multi-platform build pushing to the registry that wants credentials (127.0.0.1:5443: TLS with the dev-env's own
// CA, htpasswd auth; scripts/dev-env.sh): the platform images go through the registry's API by digest with the
// template's login, the index's tag is the repository's only tag, and a wrong password fails the push with a plain
// message, leaving no tag and no password anywhere.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { multiPlatformTemplate, OCI_INDEX } from '../__fixtures__/multiplatform.js';
import { connectDocker } from '../src/docker/connect.js';
import { main } from '../src/cli/main.js';
import type { BuildMetadata } from '../src/pipeline/metadata.js';

const REGISTRY = '127.0.0.1:5443';
const AUTH_DIR = process.env.REPACK_AUTH_REGISTRY_DIR ?? '/var/lib/repack-dev-env/auth-registry';
const USER = 'repack';
const PASSWORD = readFileSync(join(AUTH_DIR, 'password'), 'utf8').trim();
const CA = readFileSync(join(AUTH_DIR, 'ca.crt'));
const run = Date.now().toString(36);
const name = `repack-itg/untagged-${run}`;
const repository = `${REGISTRY}/${name}`;
const source = `mpauth_${run}`;
const driver = connectDocker();
let dir: string;

function get(path: string, accept = 'application/json'): Promise<{ status: number; body: string; digest?: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: 5443,
        path,
        ca: CA,
        headers: { Accept: accept, Authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          const digest = res.headers['docker-content-digest'];
          resolve({ status: res.statusCode ?? 0, body, ...(typeof digest === 'string' ? { digest } : {}) });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function tags(): Promise<string[]> {
  const r = await get(`/v2/${name}/tags/list`);
  return r.status === 200 ? ((JSON.parse(r.body) as { tags: string[] | null }).tags ?? []).sort() : [];
}

function template(tag: string, password: string): string {
  const file = `${tag}.pkr.hcl`;
  writeFileSync(
    join(dir, file),
    multiPlatformTemplate({
      head: 'variable "password" {\n  type      = string\n  sensitive = true\n}\n',
      source,
      image: '127.0.0.1:5000/busybox-multi:latest',
      repository,
      tags: `"${tag}"`,
      push: `      login          = true\n      login_username = "${USER}"\n      login_password = ${password}`,
    }),
  );
  return file;
}

async function build(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env: { ...process.env }, cwd: dir });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-mp-auth-'));
});

afterAll(async () => {
  for (const image of await driver.listImages('io.repack.build')) {
    if (!image.labels['io.repack.build']?.includes(source)) continue;
    await driver.removeImage(image.id, { force: true }).catch(() => undefined);
  }
  for (const tag of ['v1', 'bad']) await driver.removeImage(`${repository}:${tag}`).catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('pushes the platform images by digest with the login, and one index under the only tag', async () => {
  const r = await build(['build', '-json', '-platform', 'linux/amd64,linux/arm64', '-var', `password=${PASSWORD}`, template('v1', 'var.password')]);
  expect({ code: r.code, err: r.code === 0 ? '' : r.err }).toEqual({ code: 0, err: '' });
  expect(r.out + r.err).not.toContain(PASSWORD);
  expect(await tags()).toEqual(['v1']);
  const index = await get(`/v2/${name}/manifests/v1`, OCI_INDEX);
  const doc = JSON.parse(index.body) as { manifests: { digest: string; platform: { architecture: string } }[] };
  expect(doc.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
  const [meta] = JSON.parse(r.out) as BuildMetadata[];
  expect(meta.pushed.map((p) => p.digest)).toEqual([index.digest]);
  expect(meta.platforms?.map((p) => p.pushed[0]?.digest)).toEqual(doc.manifests.map((m) => m.digest));
});

it('a wrong password fails the push with a plain message: no tag, no index, no password in the output', async () => {
  const r = await build(['build', '-json', '-platform', 'linux/amd64,linux/arm64', '-var', 'password=unused', template('bad', '"not-the-password"')]);
  expect(r.code).not.toBe(0);
  expect(r.err).toContain(`${REGISTRY}/${name}: the registry asks for credentials that were not given or not accepted`);
  expect(r.out + r.err).not.toContain('not-the-password');
  expect(await tags()).toEqual(['v1']);
});

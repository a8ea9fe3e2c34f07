// A push of a tag the registry already serves for the same image sends nothing (the driver asks the registry first,
// see DockerodeDriver.push); every other case — a new tag, a tag serving another image, a tag serving a manifest
// list, a registry that wants credentials the check lacks, a daemon that is not local — goes through the engine.
// Real engine, real registries: 127.0.0.1:5000 (plain HTTP) and 127.0.0.1:5443 (TLS, htpasswd).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Docker from 'dockerode';
import { connectDocker } from '../src/docker/connect.js';
import { DockerodeDriver } from '../src/docker/dockerode-driver.js';
import { tarFromContent } from '../src/docker/tar.js';
import { servedManifest } from '../src/docker/registry-api.js';
import { removeImagesLabelled } from '../__fixtures__/remove-images.js';

const RUN = Date.now().toString(36);
const LABEL = 'io.repack.test.push-unchanged';
const PLAIN = `127.0.0.1:5000/repack-itg/unchanged-${RUN}`;
const AUTHED = `127.0.0.1:5443/repack-itg/unchanged-${RUN}`;
const AUTH_DIR = process.env.REPACK_AUTH_REGISTRY_DIR ?? '/var/lib/repack-dev-env/auth-registry';
const CREDENTIALS = { username: 'repack', password: readFileSync(join(AUTH_DIR, 'password'), 'utf8').trim(), serveraddress: '127.0.0.1:5443' };
const driver = connectDocker();

/** A one-file image of its own (distinct content, so a distinct ID), labelled for cleanup. */
async function image(content: string): Promise<string> {
  return driver.importImage(tarFromContent('f.txt', content), { repository: `repack-itg-unchanged-${RUN}`, tag: content, changes: [`LABEL ${LABEL}=${RUN}`] });
}

let first: string;
let second: string;

beforeAll(async () => {
  first = await image('one');
  second = await image('two');
});

afterAll(async () => {
  await removeImagesLabelled(driver, `${LABEL}=${RUN}`);
});

describe('plain-HTTP loopback registry', () => {
  it('pushes a new tag, then finds it served and sends nothing; a second tag is pushed', async () => {
    await driver.tag(first, PLAIN, 'a');
    const pushed = await driver.push(PLAIN, 'a');
    expect(pushed.unchanged).toBeFalsy();
    const again = await driver.push(PLAIN, 'a');
    expect(again).toEqual({ digest: pushed.digest, size: pushed.size, unchanged: true });
    await driver.tag(first, PLAIN, 'b');
    const b = await driver.push(PLAIN, 'b');
    expect(b.unchanged).toBeFalsy();
    expect(b.digest).toBe(pushed.digest);
  });

  it('pushes when the tag serves another image, and the registry then serves this one', async () => {
    await driver.tag(second, PLAIN, 'a');
    const moved = await driver.push(PLAIN, 'a');
    expect(moved.unchanged).toBeFalsy();
    await driver.tag(first, PLAIN, 'a');
    const back = await driver.push(PLAIN, 'a');
    expect(back.unchanged).toBeFalsy();
    expect((await servedManifest(PLAIN, 'a', { auth: {} }))?.digest).toBe(back.digest);
    expect(back.digest).not.toBe(moved.digest);
  });

  it('pushes when the tag serves a manifest list holding the image, replacing the list as the engine does', async () => {
    await driver.tag(first, PLAIN, 'one');
    const single = await driver.push(PLAIN, 'one');
    const name = PLAIN.slice('127.0.0.1:5000/'.length);
    const list = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
      manifests: [
        {
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          size: single.size,
          digest: single.digest,
          platform: { architecture: 'amd64', os: 'linux' },
        },
      ],
    });
    const put = await fetch(`http://127.0.0.1:5000/v2/${name}/manifests/list`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/vnd.docker.distribution.manifest.list.v2+json' },
      body: list,
    });
    expect(put.status).toBe(201);
    // Pulled by the list, the image records the list's digest: the check sees a match but must not trust a list.
    await driver.pull(`${PLAIN}:list`);
    const listDigest = put.headers.get('docker-content-digest');
    expect((await driver.inspectImage(`${PLAIN}:list`))?.repoDigests).toContain(`${PLAIN}@${listDigest}`);
    const pushed = await driver.push(PLAIN, 'list');
    expect(pushed.unchanged).toBeFalsy();
    const served = await servedManifest(PLAIN, 'list', { auth: {} });
    expect(served?.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(served?.digest).toBe(single.digest);
  });

  it('is not asked through a daemon that is not on this machine (another registry may answer to the name)', async () => {
    await driver.tag(first, PLAIN, 'remote');
    await driver.push(PLAIN, 'remote');
    const remoteLooking = new DockerodeDriver(new Docker({ socketPath: '/var/run/docker.sock' }), 'tcp://build-host:2376');
    const pushed = await remoteLooking.push(PLAIN, 'remote');
    expect(pushed.unchanged).toBeFalsy();
  });
});

describe('pull', () => {
  const statuses = async (ref: string, opts: { platform?: string } = {}) => {
    const seen: string[] = [];
    await driver.pull(ref, { ...opts, onProgress: (e) => seen.push(e.status) });
    return seen;
  };

  it('of a tag that serves the local image asks the registry only, and says it is up to date', async () => {
    await driver.tag(first, PLAIN, 'pull');
    const pushed = await driver.push(PLAIN, 'pull');
    expect(await statuses(`${PLAIN}:pull`)).toEqual([`Digest: ${pushed.digest}`, `Status: Image is up to date for ${PLAIN}:pull`]);
    expect(await statuses(`${PLAIN}@${pushed.digest}`)).toEqual([`Digest: ${pushed.digest}`, `Status: Image is up to date for ${PLAIN}@${pushed.digest}`]);
  });

  it('goes through the engine when the tag moved on, and the local tag then names the new image', async () => {
    await driver.tag(second, PLAIN, 'moving');
    const moved = await driver.push(PLAIN, 'moving');
    await driver.tag(first, PLAIN, 'moving'); // the local tag still names the old image
    const seen = await statuses(`${PLAIN}:moving`);
    expect(seen.some((s) => s.startsWith('Status: Downloaded newer image') || s.startsWith('Pulling from'))).toBe(true);
    expect((await driver.inspectImage(`${PLAIN}:moving`))?.id).toBe(second);
    expect((await driver.inspectImage(`${PLAIN}:moving`))?.repoDigests).toContain(`${PLAIN}@${moved.digest}`);
  });

  it('with a platform always goes through the engine', async () => {
    await driver.tag(first, PLAIN, 'platform');
    await driver.push(PLAIN, 'platform');
    const seen = await statuses(`${PLAIN}:platform`, { platform: 'linux/amd64' });
    expect(seen.some((s) => s.startsWith('Pulling from'))).toBe(true);
  });
});

describe('TLS registry with credentials (127.0.0.1:5443)', () => {
  it('answers the Basic challenge with the push credentials and finds the tag served', async () => {
    await driver.tag(first, AUTHED, 'a');
    const pushed = await driver.push(AUTHED, 'a', { auth: CREDENTIALS });
    expect(pushed.unchanged).toBeFalsy();
    const again = await driver.push(AUTHED, 'a', { auth: CREDENTIALS });
    expect(again).toEqual({ digest: pushed.digest, size: pushed.size, unchanged: true });
  });

  it('without credentials the check cannot answer, and the engine’s push fails as it always did', async () => {
    const anonymous = connectDocker({ ...process.env, DOCKER_CONFIG: `/nonexistent-${RUN}` });
    expect(await servedManifest(AUTHED, 'a', { auth: {} })).toBeUndefined();
    await expect(anonymous.push(AUTHED, 'a')).rejects.toThrow(/no basic auth credentials|unauthorized|authentication required/i);
  });
});

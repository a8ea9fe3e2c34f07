// DockerodeDriver against the real engine and the registry on 127.0.0.1:5000 (scripts/dev-env.sh brings them up).
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Docker from 'dockerode';
import tar from 'tar-stream';
import { CAPTURE_LIMIT } from '../src/docker/capture.js';
import { connectDocker } from '../src/docker/connect.js';
import type { DockerodeDriver } from '../src/docker/dockerode-driver.js';
import { DriverError, type ProgressEvent, REPACK_LABEL } from '../src/docker/driver.js';
import { extractTarToHost, tarFromContent, tarFromHost } from '../src/docker/tar.js';

const REGISTRY = '127.0.0.1:5000';
const BUSYBOX = `${REGISTRY}/busybox:latest`;
const DEBIAN = `${REGISTRY}/debian:bookworm`;
const RUN = `${process.pid}-${Date.now()}`;
const TEST_LABEL = 'io.repack.test-run';
const REPO = `${REGISTRY}/repack-itg`;

let driver: DockerodeDriver;
const raw = new Docker({ socketPath: '/var/run/docker.sock' });
const localRefs: string[] = [];
let scratch: string;

async function newContainer(image = BUSYBOX): Promise<string> {
  // Packer's docker run_command: -d -i -t --entrypoint=/bin/sh
  const id = await driver.createContainer({
    image,
    entrypoint: ['/bin/sh'],
    tty: true,
    openStdin: true,
    networkMode: 'none',
    labels: { [TEST_LABEL]: RUN },
  });
  await driver.startContainer(id);
  return id;
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

async function registryDigest(repository: string, tag: string): Promise<string | null> {
  const res = await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
  });
  return res.headers.get('docker-content-digest');
}

async function tarNames(stream: NodeJS.ReadableStream): Promise<string[]> {
  const extract = tar.extract();
  stream.pipe(extract as unknown as NodeJS.WritableStream);
  const names: string[] = [];
  for await (const entry of extract) {
    names.push(entry.header.name);
    entry.resume();
  }
  return names;
}

beforeAll(async () => {
  driver = connectDocker();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'repack-itg-'));
});

afterAll(async () => {
  for (const id of await driver.listContainers(`${TEST_LABEL}=${RUN}`)) await driver.removeContainer(id);
  for (const ref of localRefs) await driver.removeImage(ref, { force: true });
  for (const image of await driver.listImages(`${TEST_LABEL}=${RUN}`)) await driver.removeImage(image.id, { force: true });
  await rm(scratch, { recursive: true, force: true });
});

describe('connection', () => {
  it('reports the engine and API version', async () => {
    const v = await driver.version();
    expect(v.apiVersion).toMatch(/^1\.\d+$/);
    expect(v.version).not.toBe('');
  });

  it('says what the CLI says when the socket is missing', async () => {
    const missing = connectDocker({ DOCKER_HOST: 'unix:///tmp/repack-no-such.sock' });
    const err = await missing.version().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DriverError);
    expect((err as Error).message).toMatch(/^Cannot connect to the Docker daemon at unix:\/\/\/tmp\/repack-no-such\.sock\. Is the docker daemon running\?/);
  });

  it('reports a refused tcp connection the same way', async () => {
    const down = connectDocker({ DOCKER_HOST: 'tcp://127.0.0.1:5999' });
    await expect(down.version()).rejects.toThrow(/Cannot connect to the Docker daemon at tcp:\/\/127\.0\.0\.1:5999/);
  });
});

describe('pull', () => {
  it('pulls a present image and reports progress', async () => {
    const events: ProgressEvent[] = [];
    await driver.pull(BUSYBOX, { onProgress: (e) => events.push(e) });
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.status).join('\n')).toMatch(/Status: (Image is up to date|Downloaded newer image)/);
    const info = await driver.inspectImage(BUSYBOX);
    expect(info?.repoTags).toContain(BUSYBOX);
    expect(info?.config.Env).toContain('PATH=/bin');
  });

  it('fails clearly for a missing image', async () => {
    const err = await driver.pull(`${REGISTRY}/repack-no-such-image:nope`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DriverError);
    expect((err as Error).message).toMatch(/^pull 127\.0\.0\.1:5000\/repack-no-such-image:nope: .*(not found|manifest unknown)/);
  });

  it('returns undefined when inspecting an image that is not there', async () => {
    expect(await driver.inspectImage('repack-no-such-image:nope')).toBeUndefined();
  });
});

describe('containers and exec', () => {
  let id: string;
  beforeAll(async () => {
    id = await newContainer();
  });

  it('labels every container it creates', async () => {
    expect(await driver.listContainers(`${REPACK_LABEL}=true`)).toContain(id);
    expect(await driver.listContainers(`${TEST_LABEL}=${RUN}`)).toContain(id);
  });

  it('returns stdout, stderr and the exit code, and streams chunks', async () => {
    const streamed: string[] = [];
    const result = await driver.exec(id, {
      cmd: ['sh', '-c', 'echo out; echo err >&2; exit 3'],
      onStdout: (c) => streamed.push(`1:${c.toString()}`),
      onStderr: (c) => streamed.push(`2:${c.toString()}`),
    });
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    expect(streamed.join('')).toContain('1:out\n');
    expect(streamed.join('')).toContain('2:err\n');
  });

  it('passes env values verbatim', async () => {
    const value = `it's "quoted" $(echo not-run) \`id\` \\n a\nsecond line $HOME`;
    const result = await driver.exec(id, { cmd: ['sh', '-c', 'printf %s "$V"'], env: [`V=${value}`] });
    expect(result.stdout).toBe(value);
  });

  it('honours user and working dir', async () => {
    const result = await driver.exec(id, { cmd: ['sh', '-c', 'id -u; pwd'], user: '65534', workingDir: '/tmp' });
    expect(result.stdout).toBe('65534\n/tmp\n');
  });

  it('demultiplexes large output intact to the stream callbacks, and keeps the first MiB in the result', async () => {
    const chunks: Buffer[] = [];
    const result = await driver.exec(id, {
      cmd: ['sh', '-c', 'head -c 3000000 /dev/zero | tr "\\0" x; echo; echo done >&2'],
      onStdout: (c) => chunks.push(c),
    });
    const streamed = Buffer.concat(chunks).toString();
    expect(streamed.length).toBe(3_000_001);
    expect(/^x+\n$/.test(streamed)).toBe(true);
    expect(result.stdout).toBe(`${'x'.repeat(CAPTURE_LIMIT)}\n[… ${3_000_001 - CAPTURE_LIMIT} more bytes not kept]`);
    expect(result.stderr).toBe('done\n');
  });

  it('reports a missing binary as exit 126/127 with the runtime message on stderr', async () => {
    const result = await driver.exec(id, { cmd: ['/no/such/binary'] });
    expect([126, 127]).toContain(result.exitCode);
    expect(result.stderr).toMatch(/no such file or directory|not found/);
    expect(result.stdout).toBe('');
  });

  it('stops waiting when cancelled', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 300);
    await expect(driver.exec(id, { cmd: ['sleep', '30'], signal: controller.signal })).rejects.toThrow(/cancelled/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('fails with the engine message on a missing container', async () => {
    await expect(driver.exec('repack-no-such-container', { cmd: ['true'] })).rejects.toThrow(/No such container: repack-no-such-container/);
  });

  it('removes containers idempotently', async () => {
    const other = await newContainer();
    await driver.removeContainer(other);
    await driver.removeContainer(other);
    expect(await driver.listContainers(`${TEST_LABEL}=${RUN}`)).not.toContain(other);
  });
});

describe('archives', () => {
  let id: string;
  beforeAll(async () => {
    id = await newContainer();
  });

  it('round-trips a directory with modes and symlinks', async () => {
    const src = path.join(scratch, 'src');
    await mkdir(path.join(src, 'sub'), { recursive: true });
    await writeFile(path.join(src, 'run.sh'), '#!/bin/sh\necho hi\n', { mode: 0o755 });
    await writeFile(path.join(src, 'sub', 'data.txt'), 'data', { mode: 0o600 });
    await symlink('sub/data.txt', path.join(src, 'link'));
    await driver.putArchive(id, '/tmp', tarFromHost(src, 'up'));

    const listing = await driver.exec(id, { cmd: ['sh', '-c', 'cd /tmp/up && stat -c "%n %a %u" run.sh sub/data.txt && readlink link && ./run.sh'] });
    expect(listing).toEqual({ exitCode: 0, stdout: 'run.sh 755 0\nsub/data.txt 600 0\nsub/data.txt\nhi\n', stderr: '' });

    const dest = path.join(scratch, 'down');
    await extractTarToHost(await driver.getArchive(id, '/tmp/up'), dest);
    expect(await readFile(path.join(dest, 'up', 'sub', 'data.txt'), 'utf8')).toBe('data');
    expect((await stat(path.join(dest, 'up', 'run.sh'))).mode & 0o777).toBe(0o755);
    expect(await readlink(path.join(dest, 'up', 'link'))).toBe('sub/data.txt');
  });

  it('uploads and downloads a 20 MB file intact', async () => {
    const big = path.join(scratch, 'big.bin');
    await writeFile(big, randomBytes(20 * 1024 * 1024));
    await driver.putArchive(id, '/tmp', tarFromHost(big, 'big.bin'));
    const remote = await driver.exec(id, { cmd: ['sha256sum', '/tmp/big.bin'] });
    expect(remote.stdout.split(' ')[0]).toBe(await sha256(big));

    const dest = path.join(scratch, 'big-down');
    await extractTarToHost(await driver.getArchive(id, '/tmp/big.bin'), dest);
    expect(await sha256(path.join(dest, 'big.bin'))).toBe(await sha256(big));
  });

  it('uploads generated content', async () => {
    await driver.putArchive(id, '/tmp', tarFromContent('note.txt', 'hello\n', 0o640));
    const result = await driver.exec(id, { cmd: ['sh', '-c', 'stat -c %a /tmp/note.txt; cat /tmp/note.txt'] });
    expect(result.stdout).toBe('640\nhello\n');
  });

  it('fails clearly, without crashing, when the target directory is missing', async () => {
    const big = path.join(scratch, 'big.bin');
    for (let i = 0; i < 3; i++) {
      const err = await driver.putArchive(id, '/no/such/dir', tarFromHost(big, 'big.bin')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DriverError);
      expect((err as Error).message).toMatch(/^upload to \/no\/such\/dir in container \w{12}: .*\/no\/such\/dir.* \(the target directory must exist\)$/);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await driver.exec(id, { cmd: ['true'] })).exitCode).toBe(0);
  });

  it('fails clearly when downloading a missing path', async () => {
    await expect(driver.getArchive(id, '/no/such/file')).rejects.toThrow(/^download \/no\/such\/file from container \w{12}: /);
  });

  it('exports the container filesystem', async () => {
    const names = await tarNames(await driver.exportContainer(id));
    expect(names).toContain('bin/busybox');
    expect(names).toContain('tmp/note.txt');
  });
});

describe('commit, tag, push', () => {
  let container: string;
  let image: string;
  const tag = `t-${RUN}`;

  beforeAll(async () => {
    container = await newContainer();
    await driver.exec(container, { cmd: ['sh', '-c', 'echo built > /built.txt'] });
  });

  it('applies changes and restores the base image command', async () => {
    image = await driver.commit(container, {
      changes: ['ENV GREETING="hello world"', 'WORKDIR /work', 'LABEL org.example.name=itg', 'EXPOSE 8080/tcp', 'USER nobody', 'ONBUILD RUN true'],
      config: { Cmd: ['sh'], Entrypoint: null },
      author: 'repack itg',
      message: 'itg commit',
      pause: false,
    });
    expect(image).toMatch(/^sha256:[0-9a-f]{64}$/);
    const info = await driver.inspectImage(image);
    expect(info?.config.Env).toEqual(expect.arrayContaining(['PATH=/bin', 'GREETING=hello world']));
    expect(info?.config.WorkingDir).toBe('/work');
    expect(info?.config.User).toBe('nobody');
    expect(info?.config.ExposedPorts).toEqual({ '8080/tcp': {} });
    expect(info?.config.OnBuild).toEqual(['RUN true']);
    expect(info?.config.Cmd).toEqual(['sh']);
    expect(info?.config.Entrypoint ?? []).toEqual([]);
    expect(info?.labels).toMatchObject({ [REPACK_LABEL]: 'true', [TEST_LABEL]: RUN, 'org.example.name': 'itg' });
    const rawInfo = await raw.getImage(image).inspect();
    expect(rawInfo.Author).toBe('repack itg');
    expect(rawInfo.Comment).toBe('itg commit');
  });

  it('lets changes set CMD and ENTRYPOINT', async () => {
    const other = await driver.commit(container, { changes: ['ENTRYPOINT ["/bin/echo"]', 'CMD ["from", "changes"]'] });
    const info = await driver.inspectImage(other);
    expect(info?.config.Entrypoint).toEqual(['/bin/echo']);
    expect(info?.config.Cmd).toEqual(['from', 'changes']);
    const id = await driver.createContainer({ image: other, labels: { [TEST_LABEL]: RUN } });
    expect(id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the container config without a body', async () => {
    const plain = await driver.commit(container, {});
    expect((await driver.inspectImage(plain))?.config.Entrypoint).toEqual(['/bin/sh']);
  });

  it('rejects RUN in changes with the engine message', async () => {
    await expect(driver.commit(container, { changes: ['RUN true'] })).rejects.toThrow(/^commit container \w{12}: .*RUN/i);
  });

  it('tags, and pushes returning the digest the registry serves', async () => {
    await driver.tag(image, REPO, tag);
    await driver.tag(image, REPO, `${tag}-b`);
    localRefs.push(`${REPO}:${tag}`, `${REPO}:${tag}-b`);
    expect((await driver.inspectImage(`${REPO}:${tag}`))?.id).toBe(image);

    const events: ProgressEvent[] = [];
    const first = await driver.push(REPO, tag, { onProgress: (e) => events.push(e) });
    expect(first.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.digest).not.toBe(image);
    expect(await registryDigest('repack-itg', tag)).toBe(first.digest);
    expect(events.some((e) => /Pushed|Layer already exists|Mounted from/.test(e.status))).toBe(true);

    const second = await driver.push(REPO, `${tag}-b`);
    expect(second.digest).toBe(first.digest);
    expect(await registryDigest('repack-itg', `${tag}-b`)).toBe(second.digest);
  });

  it('cancels a push when aborted, leaving no tag in the registry', async () => {
    const big = path.join(scratch, 'abort.bin');
    await writeFile(big, randomBytes(20 * 1024 * 1024));
    await driver.putArchive(container, '/tmp', tarFromHost(big, 'abort.bin'));
    const heavy = await driver.commit(container, { pause: false });
    await driver.tag(heavy, REPO, `${tag}-abort`);
    localRefs.push(`${REPO}:${tag}-abort`);
    const controller = new AbortController();
    const events: ProgressEvent[] = [];
    const pushing = driver.push(REPO, `${tag}-abort`, {
      signal: controller.signal,
      onProgress: (e) => {
        events.push(e);
        if (e.status === 'Pushing') controller.abort();
      },
    });
    await expect(pushing).rejects.toThrow(new DriverError(`push ${REPO}:${tag}-abort: cancelled`));
    expect(events.some((e) => e.status === 'Pushing')).toBe(true);
    expect(await registryDigest('repack-itg', `${tag}-abort`)).toBeNull();
  });

  it('fails a push to a registry that is down', async () => {
    await driver.tag(image, '127.0.0.1:5999/repack-itg', tag);
    localRefs.push(`127.0.0.1:5999/repack-itg:${tag}`);
    const err = await driver.push('127.0.0.1:5999/repack-itg', tag).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DriverError);
    expect((err as Error).message).toMatch(/^push 127\.0\.0\.1:5999\/repack-itg:t-[\w-]+: .*(connection refused|127\.0\.0\.1:5999)/);
  });

  it('fails a push of a tag that does not exist', async () => {
    await expect(driver.push(REPO, 'repack-no-such-tag')).rejects.toThrow(/^push 127\.0\.0\.1:5000\/repack-itg:repack-no-such-tag: /);
  });

  it('lists the images it made by label', async () => {
    const images = await driver.listImages(`${TEST_LABEL}=${RUN}`);
    expect(images.map((i) => i.id)).toContain(image);
  });

  it('saves images as a docker-save tar', async () => {
    const names = await tarNames(await driver.saveImages([`${REPO}:${tag}`]));
    expect(names).toContain('manifest.json');
  });

  it('removes images idempotently', async () => {
    await driver.tag(image, REPO, `${tag}-gone`);
    await driver.removeImage(`${REPO}:${tag}-gone`);
    await driver.removeImage(`${REPO}:${tag}-gone`);
    expect(await driver.inspectImage(`${REPO}:${tag}-gone`)).toBeUndefined();
    expect(await driver.inspectImage(image)).toBeDefined();
  });
});

describe('import', () => {
  it('imports a root filesystem with changes and the repack label', async () => {
    const ref = `repack-itg-import:${RUN}`;
    localRefs.push(ref);
    const id = await driver.importImage(tarFromContent('hello.txt', 'hi\n'), {
      repository: 'repack-itg-import',
      tag: RUN,
      changes: ['CMD ["/hello.txt"]', `LABEL ${TEST_LABEL}=${RUN}`],
    });
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    const info = await driver.inspectImage(ref);
    expect(info?.id).toBe(id);
    expect(info?.config.Cmd).toEqual(['/hello.txt']);
    expect(info?.labels[REPACK_LABEL]).toBe('true');
  });
});

describe('a Packer-like build on debian', () => {
  it('pulls, creates, execs and cleans up', async () => {
    await driver.pull(DEBIAN);
    const id = await newContainer(DEBIAN);
    const result = await driver.exec(id, { cmd: ['bash', '-c', 'echo "$0 $BASH_VERSION" | cut -c1-4'] });
    expect(result).toEqual({ exitCode: 0, stdout: 'bash\n', stderr: '' });
    await driver.removeContainer(id);
  });
});

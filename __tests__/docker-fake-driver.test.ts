import { describe, expect, it } from '@jest/globals';
import tar from 'tar-stream';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { DriverError, REPACK_LABEL } from '../src/docker/driver.js';
import { tarFromContent } from '../src/docker/tar.js';

const BASE = '127.0.0.1:5000/debian:bookworm';

async function entries(stream: NodeJS.ReadableStream): Promise<Record<string, string>> {
  const extract = tar.extract();
  stream.pipe(extract as unknown as NodeJS.WritableStream);
  const out: Record<string, string> = {};
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const c of entry) chunks.push(c as Buffer);
    out[entry.header.name] = Buffer.concat(chunks).toString();
  }
  return out;
}

async function started(fake: FakeDriver): Promise<string> {
  await fake.pull(BASE);
  const id = await fake.createContainer({ image: BASE, entrypoint: ['/bin/sh'], tty: true, labels: { build: 'a' } });
  await fake.startContainer(id);
  return id;
}

describe('FakeDriver', () => {
  it('records every call in order', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE, { Cmd: ['bash'] });
    const id = await started(fake);
    await fake.exec(id, { cmd: ['true'] });
    await fake.removeContainer(id);
    expect(fake.calls.map((c) => c.method)).toEqual(['pull', 'createContainer', 'startContainer', 'exec', 'removeContainer']);
    expect(fake.callsTo('exec')[0][0]).toBe(id);
  });

  it('fails a pull of an image it was not given, with the engine-like message', async () => {
    const fake = new FakeDriver();
    await expect(fake.pull('nope:1')).rejects.toThrow(new DriverError('pull nope:1: manifest for nope:1 not found: manifest unknown: manifest unknown'));
  });

  it('scripts exec results and streams them to the callbacks', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE);
    const id = await started(fake);
    fake.onExec((_, spec) => ({ exitCode: spec.cmd[0] === 'false' ? 1 : 0, stdout: `ran ${spec.cmd.join(' ')}`, stderr: '' }));
    const seen: string[] = [];
    const result = await fake.exec(id, { cmd: ['false'], onStdout: (c) => seen.push(c.toString()) });
    expect(result).toEqual({ exitCode: 1, stdout: 'ran false', stderr: '' });
    expect(seen).toEqual(['ran false']);
  });

  it('refuses exec in a container that is not running', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE);
    await fake.pull(BASE);
    const id = await fake.createContainer({ image: BASE });
    await expect(fake.exec(id, { cmd: ['true'] })).rejects.toMatchObject({ statusCode: 409 });
  });

  it('fails a scripted method the given number of times', async () => {
    const fake = new FakeDriver().failOn('version', new DriverError('engine down'), { times: 1 });
    await expect(fake.version()).rejects.toThrow('engine down');
    await expect(fake.version()).resolves.toEqual({ version: '20.10.24-fake', apiVersion: '1.41' });
    expect(fake.callsTo('version')).toHaveLength(2);
  });

  it('fails only the calls a predicate selects', async () => {
    const fake = new FakeDriver()
      .addRemoteImage('a:1')
      .addRemoteImage('b:1')
      .failOn('pull', new DriverError('denied'), { when: (args) => args[0] === 'b:1' });
    await expect(fake.pull('a:1')).resolves.toBeUndefined();
    await expect(fake.pull('b:1')).rejects.toThrow('denied');
  });

  it('labels containers and tracks the live ones', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE);
    const a = await started(fake);
    const b = await started(fake);
    expect(a).not.toBe(b);
    expect(await fake.listContainers(`${REPACK_LABEL}=true`)).toEqual([a, b]);
    expect(await fake.listContainers('build=a')).toEqual([a, b]);
    await fake.removeContainer(a);
    await fake.removeContainer(a);
    expect(fake.liveContainers()).toEqual([b]);
  });

  it('produces the same IDs and digests on every run', async () => {
    const run = async (): Promise<string[]> => {
      const fake = new FakeDriver().addRemoteImage(BASE);
      const id = await started(fake);
      const image = await fake.commit(id, {});
      await fake.tag(image, 'r/x', 'v1');
      const { digest } = await fake.push('r/x', 'v1');
      return [id, image, digest];
    };
    const [first, second] = [await run(), await run()];
    expect(first).toEqual(second);
    expect(first[1]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first[2]).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('keeps uploaded files and serves them back as a tar', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE);
    const id = await started(fake);
    await fake.putArchive(id, '/packer-files', tarFromContent('script.sh', 'echo hi'));
    expect(fake.fileIn(id, '/packer-files/script.sh')?.toString()).toBe('echo hi');
    expect(await entries(await fake.getArchive(id, '/packer-files/script.sh'))).toEqual({ 'script.sh': 'echo hi' });
    expect(await entries(await fake.getArchive(id, '/packer-files'))).toEqual({ 'packer-files/script.sh': 'echo hi' });
    await expect(fake.getArchive(id, '/nope')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('commits like the engine: changes on the container config, labels inherited', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE, { Cmd: ['bash'], Env: ['PATH=/bin'] });
    const id = await started(fake);
    const image = await fake.commit(id, { changes: ['ENV A="b c"', 'WORKDIR /app', 'EXPOSE 80'] });
    const info = await fake.inspectImage(image);
    expect(info?.config).toMatchObject({ Env: ['PATH=/bin', 'A=b c'], WorkingDir: '/app', ExposedPorts: { '80/tcp': {} } });
    expect(info?.config.Entrypoint).toEqual(['/bin/sh']); // from the container, as the engine does
    expect(info?.labels).toMatchObject({ [REPACK_LABEL]: 'true', build: 'a' });
  });

  it('commits a config body restoring the base command, with changes winning', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE, { Cmd: ['bash'], Env: ['PATH=/bin'] });
    const id = await started(fake);
    const restored = await fake.inspectImage(await fake.commit(id, { config: { Cmd: ['bash'], Entrypoint: null } }));
    expect(restored?.config).toMatchObject({ Cmd: ['bash'], Entrypoint: [], Env: ['PATH=/bin'] });
    const changed = await fake.inspectImage(await fake.commit(id, { config: { Cmd: ['bash'], Entrypoint: null }, changes: ['CMD ["serve"]'] }));
    expect(changed?.config.Cmd).toEqual(['serve']);
  });

  it('rejects changes the engine rejects', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE);
    const id = await started(fake);
    await expect(fake.commit(id, { changes: ['RUN true'] })).rejects.toThrow(/run is not a valid change command/);
  });

  it('pushes tagged images only, and records digests', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE);
    const image = await fake.commit(await started(fake), {});
    await expect(fake.push('r/x', 'v1')).rejects.toThrow('push r/x:v1: tag does not exist: r/x:v1');
    await fake.tag(image, 'r/x', 'v1');
    await fake.tag(image, 'r/y', 'v1');
    const x = await fake.push('r/x', 'v1');
    const y = await fake.push('r/y', 'v1');
    expect(x.digest).toBe(y.digest);
    expect(fake.pushed.get('r/x:v1')).toBe(x.digest);
    expect((await fake.inspectImage('r/x:v1'))?.repoDigests).toEqual([`r/x@${x.digest}`, `r/y@${x.digest}`]);
  });

  it('removes images like the engine: tags first, conflicts unless forced, idempotent', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE);
    const container = await started(fake);
    const image = await fake.commit(container, {});
    await fake.tag(image, 'r/x', 'a');
    await fake.tag(image, 'r/x', 'b');
    await expect(fake.removeImage(image)).rejects.toMatchObject({ statusCode: 409 });
    await fake.removeImage('r/x:a');
    expect((await fake.inspectImage(image))?.repoTags).toEqual(['r/x:b']);
    await fake.removeImage(image);
    expect(await fake.inspectImage(image)).toBeUndefined();
    await expect(fake.removeImage(image)).resolves.toBeUndefined();
  });

  it('imports a filesystem with changes and the repack label', async () => {
    const fake = new FakeDriver();
    const id = await fake.importImage(tarFromContent('hello', 'hi'), { repository: 'imp', tag: 't', changes: ['CMD ["/hello"]'] });
    const info = await fake.inspectImage('imp:t');
    expect(info?.id).toBe(id);
    expect(info?.config.Cmd).toEqual(['/hello']);
    expect(info?.labels[REPACK_LABEL]).toBe('true');
    expect(await fake.listImages(REPACK_LABEL)).toHaveLength(1);
  });

  it('exports containers and saves images as tars', async () => {
    const fake = new FakeDriver().addRemoteImage(BASE);
    const id = await started(fake);
    await fake.putArchive(id, '/etc', tarFromContent('motd', 'hello'));
    expect(await entries(await fake.exportContainer(id))).toEqual({ 'etc/motd': 'hello' });
    const saved = await entries(await fake.saveImages([BASE]));
    expect(JSON.parse(saved['manifest.json'])).toEqual([expect.objectContaining({ RepoTags: [BASE] })]);
    await expect(fake.saveImages(['missing:1'])).rejects.toMatchObject({ statusCode: 404 });
  });
});

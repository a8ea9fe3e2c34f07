// The docker communicator's shell session against the real engine: scripts written byte for byte, output and exit
// codes kept apart per request, the upload path where the shell cannot write, and a new shell after a cancelled one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connectDocker } from '../src/docker/connect.js';
import type { DockerodeDriver } from '../src/docker/dockerode-driver.js';
import { DockerCommunicator } from '../src/builders/docker/communicator.js';
import { ShellSession, SESSION_SCRIPT_LIMIT } from '../src/builders/docker/shell-session.js';

const REGISTRY = '127.0.0.1:5000';
const IMAGES = { busybox: `${REGISTRY}/busybox:latest`, debian: `${REGISTRY}/debian:bookworm` };
const LABEL = { 'io.repack.test-run': `shell-session-${process.pid}` };

let driver: DockerodeDriver;
const containers: string[] = [];

async function container(image: string, user?: string): Promise<string> {
  const id = await driver.createContainer({ image, entrypoint: ['/bin/sh'], tty: true, openStdin: true, networkMode: 'none', user, labels: LABEL });
  containers.push(id);
  await driver.startContainer(id);
  return id;
}

async function read(id: string, path: string): Promise<string> {
  const r = await driver.exec(id, { cmd: ['cat', path] });
  expect(r.exitCode).toBe(0);
  return r.stdout;
}

beforeAll(() => {
  driver = connectDocker();
});

afterAll(async () => {
  for (const id of containers) await driver.removeContainer(id);
});

describe.each(Object.entries(IMAGES))('on %s', (_name, image) => {
  let id: string;
  let shell: ShellSession;
  beforeAll(async () => {
    id = await container(image);
    const started = await ShellSession.start(driver, id, undefined);
    if (!started) throw new Error('the docker driver has sessions');
    shell = started;
  });
  afterAll(() => shell.close());

  it('writes each script byte for byte and keeps it only when asked', async () => {
    const contents = ['', 'no newline at the end', 'a\\b\\\\c $(x) `y` "q" \'s\'\n\n\ttab\r\nCRLF\n', 'ünïcödé ✓\n', '-n\n-e\n%s %d\n'];
    for (const [i, content] of contents.entries()) {
      const path = `/tmp/kept-${i}.sh`;
      const out = await shell.run({ path, content, command: 'true', keep: true });
      expect(out).toEqual({ kind: 'ran', result: { exitCode: 0, stdout: '', stderr: '' } });
      expect(await read(id, path)).toBe(content);
    }
    const mode = await driver.exec(id, { cmd: ['stat', '-c', '%a', '/tmp/kept-1.sh'] });
    expect(mode.stdout.trim()).toBe('755');
    await shell.run({ path: '/tmp/gone.sh', content: 'echo hi\n', command: '/tmp/gone.sh', keep: false });
    expect((await driver.exec(id, { cmd: ['test', '-e', '/tmp/gone.sh'] })).exitCode).toBe(1);
  });

  it('keeps each request’s stdout, stderr and exit status apart, streamed as they come', async () => {
    const chunks: string[] = [];
    const a = await shell.run({
      path: '/tmp/a.sh',
      content: '#!/bin/sh\necho out-a\necho err-a >&2\nprintf no-newline\nexit 3\n',
      command: 'chmod +x /tmp/a.sh; /tmp/a.sh',
      keep: false,
      onStdout: (b) => chunks.push(b.toString()),
    });
    const b = await shell.run({ path: '/tmp/b.sh', content: 'echo out-b; echo err-b >&2', command: 'sh /tmp/b.sh', keep: false });
    expect(a).toEqual({ kind: 'ran', result: { exitCode: 3, stdout: 'out-a\nno-newline', stderr: 'err-a\n' } });
    expect(chunks.join('')).toBe('out-a\nno-newline');
    expect(b).toEqual({ kind: 'ran', result: { exitCode: 0, stdout: 'out-b\n', stderr: 'err-b\n' } });
  });

  it('gives the command no stdin, as an exec of its own', async () => {
    const r = await shell.run({ path: '/tmp/stdin.sh', content: 'cat; echo done', command: 'sh /tmp/stdin.sh', keep: false });
    expect(r).toEqual({ kind: 'ran', result: { exitCode: 0, stdout: 'done\n', stderr: '' } });
  });

  it('output far larger than a pipe buffer arrives whole', async () => {
    const r = await shell.run({
      path: '/tmp/big.sh',
      content: 'i=0; while [ $i -lt 20000 ]; do echo line-$i; i=$((i+1)); done',
      command: 'sh /tmp/big.sh',
      keep: false,
    });
    if (r.kind !== 'ran') throw new Error('ran');
    const lines = r.result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(20000);
    expect(lines[19999]).toBe('line-19999');
  });

  it('says `upload` when the script cannot be written there, and runs nothing', async () => {
    const r = await shell.run({ path: '/no/such/dir/x.sh', content: 'touch /tmp/ran', command: 'sh /no/such/dir/x.sh', keep: false });
    expect(r).toEqual({ kind: 'upload' });
    expect((await driver.exec(id, { cmd: ['test', '-e', '/tmp/ran'] })).exitCode).toBe(1);
  });
});

describe('the communicator', () => {
  it('runs scripts through the session, falls back to an upload where it cannot, and starts a new shell after a cancel', async () => {
    const id = await container(IMAGES.busybox);
    let current: ShellSession | undefined;
    let started = 0;
    const comm = new DockerCommunicator(driver, id, undefined, true, '', async () => {
      if (!current?.alive) {
        current = await ShellSession.start(driver, id, undefined);
        started++;
      }
      return current;
    });
    const ok = await comm.runScript('/tmp/s.sh', 'echo $((6*7))', 'sh /tmp/s.sh');
    expect(ok).toEqual({ exitCode: 0, stdout: '42\n', stderr: '' });
    // Not writable by the shell: the archive API's error, as Packer's communicator reports it.
    await expect(comm.runScript('/no/such/dir/s.sh', 'echo hi', 'sh /no/such/dir/s.sh')).rejects.toThrow(/the target directory must exist/);
    // Larger than the session takes: the upload path, same result.
    const big = `echo big\n#${'x'.repeat(SESSION_SCRIPT_LIMIT)}\n`;
    expect(await comm.runScript('/tmp/big.sh', big, 'sh /tmp/big.sh')).toEqual({ exitCode: 0, stdout: 'big\n', stderr: '' });
    const cancel = new AbortController();
    const slow = comm.runScript('/tmp/slow.sh', 'sleep 30', 'sh /tmp/slow.sh', { signal: cancel.signal });
    setTimeout(() => cancel.abort(), 300);
    await expect(slow).rejects.toThrow(/cancelled/);
    expect(await comm.runScript('/tmp/after.sh', 'echo after', 'sh /tmp/after.sh')).toEqual({ exitCode: 0, stdout: 'after\n', stderr: '' });
    expect(started).toBe(2);
  });

  it('runs as the exec user, whose scripts are theirs to remove', async () => {
    const id = await container(IMAGES.debian);
    const shell = await ShellSession.start(driver, id, 'nobody');
    try {
      const comm = new DockerCommunicator(driver, id, 'nobody', true, '', async () => shell);
      expect(await comm.runScript('/tmp/who.sh', 'id -un', 'sh /tmp/who.sh')).toEqual({ exitCode: 0, stdout: 'nobody\n', stderr: '' });
      expect((await driver.exec(id, { cmd: ['test', '-e', '/tmp/who.sh'] })).exitCode).toBe(1);
    } finally {
      shell?.close();
    }
  });

  it('an image without /bin/sh: the upload path reports the engine’s error', async () => {
    const id = await container(IMAGES.busybox);
    await driver.exec(id, { cmd: ['/bin/busybox', 'mv', '/bin/sh', '/bin/sh.moved'] });
    const comm = new DockerCommunicator(driver, id, undefined, true, '', () => ShellSession.start(driver, id, undefined));
    await expect(comm.runScript('/tmp/x.sh', 'echo hi', 'sh /tmp/x.sh')).resolves.toMatchObject({ exitCode: 126 });
  });
});

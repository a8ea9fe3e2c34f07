// The Ansible proxy adapter against the host's OpenSSH client: only the generated key and the configured user get
// in, exec requests carry stdin, stdout, stderr and exit status, `scp -O` moves files both ways through the
// communicator, and nothing listens once it is closed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ssh2 from 'ssh2';
import type { Communicator, RemoteProcess } from '../src/plugin/communicator.js';
import { tarFromContent } from '../src/docker/tar.js';
import { ProxyAdapter } from '../src/provisioners/ansible-adapter.js';
import { scpArgs, scpMode, unquote } from '../src/provisioners/ansible-scp.js';

/** A "container" that is a shell on the host, with files kept in memory for scp. */
class HostShell implements Communicator {
  files = new Map<string, { data: Buffer; mode: number }>();
  chowned: string[] = [];
  run(): never {
    throw new Error('not used');
  }
  runScript(): never {
    throw new Error('not used');
  }
  upload(path: string, content: string | Buffer, mode = 0o644): Promise<void> {
    this.files.set(path, { data: Buffer.from(content), mode });
    return Promise.resolve();
  }
  putArchive(): never {
    throw new Error('not used');
  }
  getArchive(path: string): Promise<NodeJS.ReadableStream> {
    const f = this.files.get(path);
    if (!f) return Promise.reject(new Error('Could not find the file in container'));
    return Promise.resolve(tarFromContent(path.replace(/^.*\//, ''), f.data, f.mode));
  }
  fixUploadOwner(path: string): Promise<void> {
    this.chowned.push(path);
    return Promise.resolve();
  }
  start(command: string, opts: { onStdout?: (b: Buffer) => void; onStderr?: (b: Buffer) => void }): Promise<RemoteProcess> {
    const child = spawn('/bin/sh', ['-c', command], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => opts.onStdout?.(b));
    child.stderr.on('data', (b: Buffer) => opts.onStderr?.(b));
    child.stdin.on('error', () => {});
    const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
    return Promise.resolve({ write: (b) => child.stdin.write(b), endInput: () => child.stdin.end(), exited, kill: () => child.kill() });
  }
}

let dir: string;
let keyFile: string;
let otherKeyFile: string;
let adapter: ProxyAdapter;
const comm = new HostShell();
const errors: string[] = [];
const USER = 'ansible-user';

function sshOpts(key: string): string[] {
  return [
    '-i',
    key,
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'StrictHostKeyChecking=no',
    '-o',
    'UserKnownHostsFile=/dev/null',
    '-o',
    'LogLevel=ERROR',
    '-o',
    'BatchMode=yes',
  ];
}

function client(program: string, args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

function ssh(key: string, command: string, input = '', user = USER) {
  return client('ssh', [...sshOpts(key), '-p', String(adapter.port), `${user}@127.0.0.1`, command], input);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repack-adapter-test-'));
  const pair = ssh2.utils.generateKeyPairSync('ecdsa', { bits: 384 });
  const other = ssh2.utils.generateKeyPairSync('ecdsa', { bits: 384 });
  keyFile = join(dir, 'key');
  otherKeyFile = join(dir, 'other');
  writeFileSync(keyFile, pair.private, { mode: 0o600 });
  writeFileSync(otherKeyFile, other.private, { mode: 0o600 });
  adapter = await ProxyAdapter.start({
    comm,
    user: USER,
    authorizedKey: pair.public,
    hostKey: ssh2.utils.generateKeyPairSync('ecdsa', { bits: 256 }).private,
    sftpCommand: '',
    localPort: 0,
    onError: (m) => errors.push(m),
    say: () => {},
  });
});

afterAll(async () => {
  await adapter.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the proxy adapter', () => {
  it('runs exec requests with stdin, stdout, stderr and the exit status', async () => {
    const r = await ssh(keyFile, 'cat; echo to-stderr >&2; exit 3', 'from stdin\n');
    expect(r).toEqual({ code: 3, stdout: 'from stdin\n', stderr: 'to-stderr\n' });
  });

  it('accepts only the generated key and the configured user', async () => {
    const wrongKey = await ssh(otherKeyFile, 'echo in');
    expect(wrongKey.code).toBe(255);
    expect(wrongKey.stderr).toContain('Permission denied');
    const wrongUser = await ssh(keyFile, 'echo in', '', 'someone-else');
    expect(wrongUser.code).toBe(255);
    expect(wrongUser.stdout).toBe('');
  });

  it('serves legacy scp uploads and downloads through the communicator', async () => {
    const local = join(dir, 'up.txt');
    writeFileSync(local, 'uploaded content\n', { mode: 0o640 });
    const scp = (args: string[]) => client('scp', ['-O', ...sshOpts(keyFile), '-P', String(adapter.port), ...args]);
    const up = await scp([local, `${USER}@127.0.0.1:'/remote dir/up.txt'`]);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(comm.files.get('/remote dir/up.txt')).toEqual({ data: Buffer.from('uploaded content\n'), mode: 0o640 });
    expect(comm.chowned).toEqual(['/remote dir/up.txt']);
    const back = join(dir, 'down.txt');
    // scp checks the name sent back against the requested one, quotes included: Ansible quotes only odd paths.
    comm.files.set('/tmp/plain.txt', { data: Buffer.from('uploaded content\n'), mode: 0o600 });
    const down = await scp([`${USER}@127.0.0.1:/tmp/plain.txt`, back]);
    expect(down).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(back, 'utf8')).toBe('uploaded content\n');
    const missing = await scp([`${USER}@127.0.0.1:/nope`, join(dir, 'nope')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('/nope');
  });

  it('listens on loopback only and on nothing once closed', async () => {
    const probe = await ProxyAdapter.start({
      comm,
      user: USER,
      authorizedKey: readFileSync(keyFile, 'utf8'),
      hostKey: readFileSync(otherKeyFile, 'utf8'),
      sftpCommand: '',
      localPort: 0,
      onError: () => {},
      say: () => {},
    });
    const refused = (host: string, port: number) =>
      new Promise<boolean>((resolve) => {
        const s = connect(port, host);
        s.on('connect', () => {
          s.destroy();
          resolve(false);
        });
        s.on('error', () => resolve(true));
      });
    expect(await refused('127.0.0.1', probe.port)).toBe(false);
    await probe.close();
    expect(await refused('127.0.0.1', probe.port)).toBe(true);
  });
});

describe('scp command lines', () => {
  it.each([
    ['scp -t /tmp/x', 'to', '/tmp/x'],
    ["scp -v -f '/a b/c'", 'from', '/a b/c'],
    ['scp -t -- -odd', 'to', '-odd'],
    ['scp -r x', undefined, 'x'],
    ['scpx -t y', undefined, ''],
  ])('%s', (command, mode, path) => {
    expect(scpMode(command)).toBe(mode);
    if (command.startsWith('scp ')) expect(scpArgs(command.slice(4)).path).toBe(path);
  });

  it('removes shell quoting as the client added it', () => {
    expect(unquote(`'/tmp/it'"'"'s'`)).toBe("/tmp/it's");
    expect(unquote('"a\\"b" c\\ d')).toBe('a"b c d');
  });
});

import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import tar from 'tar-stream';
import { DriverError } from '../src/docker/driver.js';
import { coalesce, extractTarToHost, tarFromContent, tarFromHost } from '../src/docker/tar.js';
import { Readable } from 'node:stream';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'repack-tar-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Entry {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  linkname?: string | null;
  body: string;
}

async function list(stream: NodeJS.ReadableStream): Promise<Entry[]> {
  const extract = tar.extract();
  stream.on('error', (e: Error) => extract.destroy(e));
  stream.pipe(extract as unknown as NodeJS.WritableStream);
  const out: Entry[] = [];
  for await (const e of extract) {
    const chunks: Buffer[] = [];
    for await (const c of e) chunks.push(c as Buffer);
    const h = e.header;
    out.push({ name: h.name, type: h.type, mode: h.mode, uid: h.uid, gid: h.gid, linkname: h.linkname, body: Buffer.concat(chunks).toString() });
  }
  return out;
}

type ArchiveEntry = { name: string; type?: 'file' | 'symlink' | 'directory' | 'link'; linkname?: string; body?: string; mode?: number };

function archive(entries: ArchiveEntry[]): NodeJS.ReadableStream {
  const pack = tar.pack();
  for (const e of entries) {
    if (e.type === 'symlink' || e.type === 'link') pack.entry({ name: e.name, type: e.type, linkname: e.linkname });
    else if (e.type === 'directory') pack.entry({ name: e.name, type: 'directory', mode: e.mode ?? 0o755 });
    else pack.entry({ name: e.name, mode: e.mode ?? 0o644 }, e.body ?? '');
  }
  pack.finalize();
  return pack as unknown as NodeJS.ReadableStream;
}

async function tree(): Promise<string> {
  const src = path.join(dir, `src-${Math.random().toString(36).slice(2)}`);
  await mkdir(path.join(src, 'sub'), { recursive: true });
  await writeFile(path.join(src, 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
  await writeFile(path.join(src, 'sub', 'secret'), 'shh', { mode: 0o600 });
  await symlink('sub/secret', path.join(src, 'link'));
  return src;
}

describe('tarFromHost', () => {
  it('packs a directory recursively with modes and symlinks, owned by root by default', async () => {
    const entries = await list(tarFromHost(await tree(), '/up/'));
    expect(entries.map((e) => [e.name, e.type, e.mode & 0o777, e.uid, e.body])).toEqual([
      ['up', 'directory', expect.any(Number), 0, ''],
      ['up/link', 'symlink', expect.any(Number), 0, ''],
      ['up/run.sh', 'file', 0o755, 0, '#!/bin/sh\n'],
      ['up/sub', 'directory', expect.any(Number), 0, ''],
      ['up/sub/secret', 'file', 0o600, 0, 'shh'],
    ]);
    expect(entries[1].linkname).toBe('sub/secret');
  });

  it('a file that cannot be read fails the stream', async () => {
    await expect(list(tarFromHost(path.join(dir, 'nope'), 'x'))).rejects.toThrow(/ENOENT/);
  });

  it('packs a single file under the given name and owner', async () => {
    const file = path.join(dir, 'one.txt');
    await writeFile(file, 'one');
    const entries = await list(tarFromHost(file, 'renamed.txt', { uid: 1000, gid: 1001 }));
    expect(entries).toEqual([expect.objectContaining({ name: 'renamed.txt', type: 'file', uid: 1000, gid: 1001, body: 'one' })]);
  });

  it('fails the stream for a missing path', async () => {
    await expect(list(tarFromHost(path.join(dir, 'missing'), 'x'))).rejects.toThrow(/ENOENT/);
  });

  it('streams a 200 MB file without holding it in memory', async () => {
    const big = path.join(dir, 'sparse.bin');
    await writeFile(big, '');
    await truncate(big, 200 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const stream = tarFromHost(big, 'big.bin');
    // Nobody reads for a while: a producer ignoring backpressure would read the whole file into memory meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    let peak = process.memoryUsage().rss;
    let bytes = 0;
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      peak = Math.max(peak, process.memoryUsage().rss);
      await tick();
    }
    expect(bytes).toBeGreaterThanOrEqual(200 * 1024 * 1024 + 512);
    expect(peak - before).toBeLessThan(100 * 1024 * 1024);
  }, 60_000);
});

describe('tarFromContent', () => {
  it('makes a one-file archive', async () => {
    expect(await list(tarFromContent('/etc/motd', Buffer.from('hi'), 0o600))).toEqual([
      expect.objectContaining({ name: 'etc/motd', type: 'file', mode: 0o600, body: 'hi' }),
    ]);
  });
});

describe('extractTarToHost', () => {
  it('restores what tarFromHost packed', async () => {
    const dest = path.join(dir, 'round-trip');
    await extractTarToHost(tarFromHost(await tree(), 'up'), dest);
    expect(await readFile(path.join(dest, 'up', 'sub', 'secret'), 'utf8')).toBe('shh');
    expect((await stat(path.join(dest, 'up', 'sub', 'secret'))).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(dest, 'up', 'run.sh'))).mode & 0o777).toBe(0o755);
    expect(await readlink(path.join(dest, 'up', 'link'))).toBe('sub/secret');
  });

  it('overwrites existing files, and replaces a symlink instead of writing through it', async () => {
    const dest = path.join(dir, 'overwrite');
    const outside = path.join(dir, 'outside-target.txt');
    await writeFile(outside, 'untouched');
    await mkdir(dest, { recursive: true });
    await symlink(outside, path.join(dest, 'f'));
    await extractTarToHost(archive([{ name: 'f', body: 'new' }]), dest);
    expect((await lstat(path.join(dest, 'f'))).isSymbolicLink()).toBe(false);
    expect(await readFile(path.join(dest, 'f'), 'utf8')).toBe('new');
    expect(await readFile(outside, 'utf8')).toBe('untouched');
  });

  it.each([
    ['a parent-relative name', [{ name: '../escaped.txt', body: 'x' }], /refusing to extract "\.\.\/escaped\.txt"/],
    [
      'a file below a symlink of the host that leaves the directory',
      [{ name: 'evil/pwned.txt', body: 'x' }],
      /refusing to extract "evil\/pwned\.txt": a symbolic link leads outside/,
    ],
    [
      'a hard link to a file outside the tree',
      [{ name: 'h', type: 'link' as const, linkname: '../outside-target.txt' }],
      /refusing to extract "\.\.\/outside-target\.txt": it points outside/,
    ],
  ])('rejects %s', async (_, entries, message) => {
    const dest = path.join(dir, `escape-${Math.random().toString(36).slice(2)}`);
    await mkdir(dest);
    await symlink(os.tmpdir(), path.join(dest, 'evil'));
    const err = await extractTarToHost(archive(entries), dest).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DriverError);
    expect((err as Error).message).toMatch(message);
    await expect(stat(path.join(dir, 'escaped.txt'))).rejects.toThrow(/ENOENT/);
    await expect(stat(path.join(os.tmpdir(), 'pwned.txt'))).rejects.toThrow(/ENOENT/);
  });

  it('never recreates a symbolic link that could lead outside the tree, and says which it skipped', async () => {
    const dest = path.join(dir, `links-${Math.random().toString(36).slice(2)}`);
    const skipped: string[] = [];
    await extractTarToHost(
      archive([
        { name: 'out/', type: 'directory' },
        { name: 'out/abs', type: 'symlink', linkname: '/etc' },
        { name: 'out/up', type: 'symlink', linkname: '../..' },
        { name: 'out/self', type: 'symlink', linkname: '.' },
        // Lexically inside, but the kernel takes ".." after "self" (the tree itself) to the tree's parent.
        { name: 'out/trick', type: 'symlink', linkname: 'self/../../x' },
        { name: 'out/sub/', type: 'directory' },
        { name: 'out/sub/ok', type: 'symlink', linkname: '../f' },
        { name: 'out/f', body: 'F' },
        // A later file through a link that was skipped lands in a directory of its own, inside.
        { name: 'out/abs/passwd', body: 'x' },
      ]),
      dest,
      { top: 'renamed', warn: (m) => skipped.push(m) },
    );
    expect(skipped).toEqual([
      expect.stringContaining('renamed/abs -> /etc'),
      expect.stringContaining('renamed/up -> ../..'),
      expect.stringContaining('renamed/trick -> self/../../x'),
    ]);
    expect(await readlink(path.join(dest, 'renamed', 'self'))).toBe('.');
    expect(await readFile(path.join(dest, 'renamed', 'sub', 'ok'), 'utf8')).toBe('F');
    expect((await lstat(path.join(dest, 'renamed', 'abs'))).isDirectory()).toBe(true);
    expect(await readFile(path.join(dest, 'renamed', 'abs', 'passwd'), 'utf8')).toBe('x');
  });

  it('never removes a directory the host had: a link in its place is skipped, a file refused', async () => {
    const dest = path.join(dir, `keep-${Math.random().toString(36).slice(2)}`);
    await mkdir(path.join(dest, 'mine'), { recursive: true });
    await writeFile(path.join(dest, 'mine', 'precious'), 'p');
    const skipped: string[] = [];
    await extractTarToHost(archive([{ name: 'link', type: 'symlink', linkname: '/etc' }]), dest, { top: 'mine', warn: (m) => skipped.push(m) });
    expect(skipped).toEqual([expect.stringContaining('mine -> /etc')]);
    const err = await extractTarToHost(archive([{ name: 'x', body: 'file' }]), dest, { top: 'mine' }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/would replace the directory/);
    expect((await lstat(path.join(dest, 'mine'))).isDirectory()).toBe(true);
    expect(await readFile(path.join(dest, 'mine', 'precious'), 'utf8')).toBe('p');
  });

  it('drops setuid, setgid and sticky bits, and leaves the mode of a directory the host had', async () => {
    const dest = path.join(dir, `modes-${Math.random().toString(36).slice(2)}`);
    await mkdir(path.join(dest, 'had'), { recursive: true, mode: 0o700 });
    await chmod(path.join(dest, 'had'), 0o700);
    await extractTarToHost(
      archive([
        { name: 'had/', type: 'directory', mode: 0o4777 },
        { name: 'had/suid', body: '#!/bin/sh\n', mode: 0o4755 },
        { name: 'had/new/', type: 'directory', mode: 0o3775 },
        { name: 'had/new/ro/', type: 'directory', mode: 0o555 },
        { name: 'had/new/ro/inside', body: 'i', mode: 0o2644 },
      ]),
      dest,
    );
    expect((await stat(path.join(dest, 'had'))).mode & 0o7777).toBe(0o700);
    expect((await stat(path.join(dest, 'had', 'suid'))).mode & 0o7777).toBe(0o755);
    expect((await stat(path.join(dest, 'had', 'new'))).mode & 0o7777).toBe(0o775);
    expect((await stat(path.join(dest, 'had', 'new', 'ro'))).mode & 0o7777).toBe(0o555);
    expect((await stat(path.join(dest, 'had', 'new', 'ro', 'inside'))).mode & 0o7777).toBe(0o644);
  });

  it('a stream that fails mid-file leaves no file under its name, and the old one intact', async () => {
    const dest = path.join(dir, `partial-${Math.random().toString(36).slice(2)}`);
    await mkdir(dest);
    await writeFile(path.join(dest, 'big.bin'), 'old');
    const pack = tar.pack();
    const entry = pack.entry({ name: 'big.bin', size: 4 << 20 });
    entry.write(Buffer.alloc(1 << 20, 1));
    const broken = new Readable({ read() {} });
    pack.on('data', (c: unknown) => broken.push(c));
    setTimeout(() => broken.destroy(new Error('engine went away')), 200);
    const err = await extractTarToHost(broken, dest).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/engine went away/);
    expect(await readdir(dest)).toEqual(['big.bin']);
    expect(await readFile(path.join(dest, 'big.bin'), 'utf8')).toBe('old');
  });
});

describe('coalesce', () => {
  it('gathers small chunks into ones of at least the size asked, in order, the last one smaller', async () => {
    const chunks = Array.from({ length: 100 }, (_, i) => Buffer.alloc(1000 + i, i));
    const out: Buffer[] = [];
    const gathered = Readable.from(chunks).pipe(coalesce(16 * 1024));
    gathered.on('data', (c: Buffer) => out.push(c)); // 'data' sees each pushed chunk; read() would join them
    await new Promise((resolve) => gathered.on('end', resolve));
    expect(Buffer.concat(out).equals(Buffer.concat(chunks))).toBe(true);
    expect(out.length).toBe(7);
    for (const c of out.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(16 * 1024);
    expect(out.at(-1)?.length).toBeLessThan(16 * 1024);
  });
});

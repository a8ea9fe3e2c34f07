// hostDigest (src/plugin/host-digest.ts) is what a cache key knows of an upload: every change that would change
// what lands in the image must change it — bytes at the same size, a name, a mode, a link target, the tree's shape —
// and nothing else may (times, the order a directory lists its entries in).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DigestMemo, MEMO_MIN_SIZE } from '../src/plugin/digest-memo.js';
import { hostDigest } from '../src/plugin/host-digest.js';

let dir: string;
const digest = (p = join(dir, 'up')): string | undefined => hostDigest(p, new DigestMemo(undefined));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-host-digest-'));
  mkdirSync(join(dir, 'up/sub'), { recursive: true });
  writeFileSync(join(dir, 'up/a.txt'), 'AAAA');
  writeFileSync(join(dir, 'up/sub/b.txt'), 'BBBB');
  chmodSync(join(dir, 'up/a.txt'), 0o644);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('hostDigest changes with what an upload would put in the image', () => {
  it.each<[string, () => void]>([
    ['content at the same size', () => writeFileSync(join(dir, 'up/a.txt'), 'AAAB')],
    ['a large file’s content at the same size', () => writeFileSync(join(dir, 'up/a.txt'), Buffer.alloc(MEMO_MIN_SIZE + 1, 1))],
    ['a file renamed, same content and mode', () => renameSync(join(dir, 'up/a.txt'), join(dir, 'up/c.txt'))],
    ['a file moved into a subdirectory', () => renameSync(join(dir, 'up/a.txt'), join(dir, 'up/sub/a.txt'))],
    ['a directory renamed', () => renameSync(join(dir, 'up/sub'), join(dir, 'up/sub2'))],
    ['a mode', () => chmodSync(join(dir, 'up/a.txt'), 0o755)],
    ['a directory’s mode', () => chmodSync(join(dir, 'up/sub'), 0o700)],
    ['an empty file added', () => writeFileSync(join(dir, 'up/sub/empty'), '')],
    ['an empty directory added', () => mkdirSync(join(dir, 'up/sub/empty'))],
    [
      'a file swapped for a link to it',
      () => {
        rmSync(join(dir, 'up/sub/b.txt'));
        symlinkSync('../a.txt', join(dir, 'up/sub/b.txt'));
      },
    ],
  ])('%s', (_what, change) => {
    const before = digest();
    change();
    expect(digest()).not.toBe(before);
  });

  it('a link by its target, not by what it points to', () => {
    symlinkSync('a.txt', join(dir, 'up/link'));
    const before = digest();
    rmSync(join(dir, 'up/link'));
    symlinkSync('sub/b.txt', join(dir, 'up/link'));
    expect(digest()).not.toBe(before);
  });

  it('two files whose contents swap between names', () => {
    writeFileSync(join(dir, 'up/sub/b.txt'), 'AAAA');
    writeFileSync(join(dir, 'up/a.txt'), 'BBBB');
    const before = digest();
    writeFileSync(join(dir, 'up/sub/b.txt'), 'BBBB');
    writeFileSync(join(dir, 'up/a.txt'), 'AAAA');
    expect(digest()).not.toBe(before);
  });
});

describe('hostDigest stays put', () => {
  it('when only times change, and for the same tree made elsewhere', () => {
    const before = digest();
    utimesSync(join(dir, 'up/a.txt'), 1000, 1000);
    expect(digest()).toBe(before);
    const other = mkdtempSync(join(tmpdir(), 'repack-host-digest-'));
    try {
      mkdirSync(join(other, 'up/sub'), { recursive: true });
      // Written in the other order: the digest must not follow the directory listing order.
      writeFileSync(join(other, 'up/sub/b.txt'), 'BBBB');
      writeFileSync(join(other, 'up/a.txt'), 'AAAA');
      chmodSync(join(other, 'up/a.txt'), 0o644);
      chmodSync(join(other, 'up/sub'), 0o755);
      chmodSync(join(dir, 'up/sub'), 0o755);
      chmodSync(join(other, 'up'), 0o755);
      chmodSync(join(dir, 'up'), 0o755);
      expect(digest(join(other, 'up'))).toBe(digest());
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('is undefined for a missing path, sha256 for a file', () => {
    expect(digest(join(dir, 'missing'))).toBeUndefined();
    expect(digest(join(dir, 'up/a.txt'))).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('hostDigest, what a path and an entry are', () => {
  it('a file moved out of the directory that sorts just before it', () => {
    mkdirSync(join(dir, 'nest/a'), { recursive: true });
    writeFileSync(join(dir, 'nest/a/b'), 'B');
    const nested = digest(join(dir, 'nest'));
    renameSync(join(dir, 'nest/a/b'), join(dir, 'nest/b'));
    expect(digest(join(dir, 'nest'))).not.toBe(nested);
  });

  it('a link retargeted to another name of the same length', () => {
    symlinkSync('a.txt', join(dir, 'up/link'));
    const before = digest();
    rmSync(join(dir, 'up/link'));
    symlinkSync('b.txt', join(dir, 'up/link'));
    expect(digest()).not.toBe(before);
  });

  it('a named pipe is hashed by its name and mode, never read', () => {
    execFileSync('mkfifo', [join(dir, 'up/pipe')]);
    expect(digest()).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('does not follow the order the file system lists entries in (tmpfs lists the newest first)', () => {
    const root = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    const make = (names: string[]): string => {
      const d = mkdtempSync(join(root, 'repack-host-digest-'));
      for (const n of names) writeFileSync(join(d, n), n);
      return d;
    };
    const one = make(['a', 'b', 'c', 'd']);
    const two = make(['d', 'b', 'a', 'c']);
    try {
      // The two listings may differ (on tmpfs they can); the digests must not.
      expect(digest(one)).toBe(digest(two));
    } finally {
      rmSync(one, { recursive: true, force: true });
      rmSync(two, { recursive: true, force: true });
    }
  });

  it('closes every file it reads', () => {
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `up/sub/f${i}`), `${i}`);
    const open = (): number => readdirSync('/proc/self/fd').length;
    const before = open();
    digest();
    expect(open()).toBe(before);
  });
});

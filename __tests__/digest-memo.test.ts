// The digest memo (src/plugin/digest-memo.ts): a large upload is read once across runs, and never served from
// the memo once it changed — content rewritten with its times set back, replaced by another file, touched within the
// racy window. Each "run" is a new DigestMemo on the same memo file, as a new process would make.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { defaultMemoFile, DigestMemo, MEMO_MIN_SIZE, RACY_MS } from '../src/plugin/digest-memo.js';
import { hostDigest } from '../src/plugin/host-digest.js';

let dir: string;
let memoFile: string;
/** A clock past the racy window of every file written by the test. */
const later = () => Date.now() + 2 * RACY_MS;
const run = (now: () => number = later) => new DigestMemo(memoFile, now);
const uncached = (p: string) => hostDigest(p, new DigestMemo(undefined));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-memo-'));
  memoFile = join(dir, 'memo', 'file-digests.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function bigFile(name: string, fill: number): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.alloc(MEMO_MIN_SIZE + 1000, fill));
  return file;
}

describe('digest memo', () => {
  it('reads a large file once across runs, and gives the digest a fresh hash gives', () => {
    const file = bigFile('payload.bin', 1);
    const first = run();
    const digest = hostDigest(file, first);
    expect(first.reads).toBe(1);
    const second = run();
    expect(hostDigest(file, second)).toBe(digest);
    expect(second.reads).toBe(0);
    expect(digest).toBe(uncached(file));
  });

  it('reads again after the content changed in place with its size and modification time put back', () => {
    const file = bigFile('payload.bin', 1);
    // Whole seconds, so the times can be put back exactly (to the nanosecond the memo compares).
    const past = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(file, past, past);
    const before = hostDigest(file, run());
    const bytes = readFileSync(file);
    bytes[500] = 2;
    writeFileSync(file, bytes);
    utimesSync(file, past, past);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(BigInt(past) * 1_000_000_000n);
    const again = run();
    const after = hostDigest(file, again);
    expect(again.reads).toBe(1);
    expect(after).not.toBe(before);
    expect(after).toBe(uncached(file));
  });

  it('reads again when the path names another file (renamed over it), even with the same content', () => {
    const file = bigFile('payload.bin', 1);
    const before = hostDigest(file, run());
    const copy = bigFile('copy.bin', 1);
    renameSync(copy, file);
    const again = run();
    expect(hostDigest(file, again)).toBe(before);
    expect(again.reads).toBe(1);
  });

  it('does not remember a file touched within the racy window', () => {
    const file = bigFile('payload.bin', 1);
    hostDigest(file, run(Date.now));
    const again = run();
    hostDigest(file, again);
    expect(again.reads).toBe(1);
  });

  it('keeps no entry for small files, and works without a writable memo file', () => {
    writeFileSync(join(dir, 'small.txt'), 'hi');
    hostDigest(join(dir, 'small.txt'), run());
    expect(existsSync(memoFile)).toBe(false);
    mkdirSync(join(dir, 'blocked'));
    writeFileSync(join(dir, 'blocked', 'memo'), 'a file where a directory should be');
    const file = bigFile('payload.bin', 3);
    const nowhere = new DigestMemo(join(dir, 'blocked', 'memo', 'file-digests.json'), later);
    expect(hostDigest(file, nowhere)).toBe(uncached(file));
  });

  it('hashes a tree with a large file the same with or without the memo', () => {
    mkdirSync(join(dir, 'tree', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'tree', 'a.txt'), 'a');
    writeFileSync(join(dir, 'tree', 'sub', 'big.bin'), Buffer.alloc(MEMO_MIN_SIZE * 2, 7));
    const tree = join(dir, 'tree');
    const memo = run();
    expect(hostDigest(tree, memo)).toBe(uncached(tree));
    const again = run();
    expect(hostDigest(tree, again)).toBe(uncached(tree));
    expect(again.reads).toBe(1); // a.txt only
  });
});

describe('digest memo, its edges', () => {
  /** The memo's own key of a file state: device, inode, size, modification and change times in ns. */
  const statKey = (file: string): string => {
    const st = statSync(file, { bigint: true });
    return [st.dev, st.ino, st.size, st.mtimeNs, st.ctimeNs].join(':');
  };
  /** The file's last change (the later of its modification and change times), in ms. */
  const touched = (file: string): number => {
    const st = statSync(file, { bigint: true });
    return Number((st.mtimeNs > st.ctimeNs ? st.mtimeNs : st.ctimeNs) / 1_000_000n);
  };
  /** Whether a new run finds the file in the memo; its clock (0) is inside every racy window, so it saves nothing. */
  const remembered = (file: string): boolean => {
    const again = run(() => 0);
    hostDigest(file, again);
    return again.reads === 0;
  };

  it('a file of exactly the minimum size is remembered, one byte smaller is not', () => {
    const at = join(dir, 'at-min.bin');
    writeFileSync(at, Buffer.alloc(MEMO_MIN_SIZE, 4));
    hostDigest(at, run());
    expect(remembered(at)).toBe(true);
    const below = join(dir, 'below-min.bin');
    writeFileSync(below, Buffer.alloc(MEMO_MIN_SIZE - 1, 4));
    hostDigest(below, run());
    expect(remembered(below)).toBe(false);
  });

  it('a file last changed exactly the racy window ago is remembered, a millisecond later it is not', () => {
    const file = bigFile('edge.bin', 5);
    hostDigest(
      file,
      run(() => touched(file) + RACY_MS - 1),
    );
    expect(remembered(file)).toBe(false);
    hostDigest(
      file,
      run(() => touched(file) + RACY_MS),
    );
    expect(remembered(file)).toBe(true);
  });

  it('the later of the modification and change times counts: a modification time in the future keeps it out', () => {
    const file = bigFile('future.bin', 6);
    const future = Math.floor(Date.now() / 1000) + 3600;
    utimesSync(file, future, future);
    hostDigest(file, run());
    expect(remembered(file)).toBe(false);
  });

  it('a change time later than the modification time counts too: a file with old times just copied in is not remembered', () => {
    const file = bigFile('copied.bin', 9);
    const past = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(file, past, past);
    // The change time is now: within the racy window of a clock one second ahead.
    hostDigest(
      file,
      run(() => Date.now() + 1000),
    );
    expect(remembered(file)).toBe(false);
  });

  it('entries of the wrong shape are skipped, the others still used', () => {
    const file = bigFile('mixed.bin', 10);
    const fake = 'f'.repeat(64);
    const good = { stat: statKey(file), digest: fake, at: 1 };
    mkdirSync(join(dir, 'memo'), { recursive: true });
    for (const bad of [null, { stat: 1, digest: fake, at: 1 }, { stat: statKey(file), digest: 1, at: 1 }]) {
      writeFileSync(memoFile, JSON.stringify({ '/first': bad, [file]: bad }));
      const m = run(() => 0);
      expect(hostDigest(file, m)).toBe(uncached(file));
      expect(m.reads).toBe(1);
      writeFileSync(memoFile, JSON.stringify({ '/first': bad, [file]: good }));
      const n = run(() => 0);
      hostDigest(file, n);
      expect(n.reads).toBe(0);
    }
  });

  it('an entry is used only when every field has its type; the newest entries are kept', () => {
    const file = bigFile('shaped.bin', 8);
    const fake = 'f'.repeat(64);
    mkdirSync(join(dir, 'memo'), { recursive: true });
    const old = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`/old/${i}`, { stat: `x:${i}`, digest: fake, at: i }]));
    writeFileSync(memoFile, JSON.stringify({ ...old, [file]: { stat: statKey(file), digest: fake, at: 'yesterday' } }));
    const first = run();
    expect(hostDigest(file, first)).toBe(uncached(file));
    expect(first.reads).toBe(1);
    // The file's new entry is the newest: kept, where the oldest of the others make room for it.
    const saved = JSON.parse(readFileSync(memoFile, 'utf8')) as Record<string, { at: number }>;
    expect(Object.keys(saved)).toHaveLength(1000);
    expect(saved[file]).toBeDefined();
    expect(saved['/old/0']).toBeUndefined();
    expect(saved['/old/1199']).toBeDefined();
    expect(statSync(memoFile).mode & 0o777).toBe(0o600);
    expect(remembered(file)).toBe(true);
    // A well-formed entry for this very file state is trusted as it is.
    writeFileSync(memoFile, JSON.stringify({ [file]: { stat: statKey(file), digest: fake, at: 1 } }));
    const trusting = run();
    expect(hostDigest(file, trusting)).not.toBe(uncached(file));
    expect(trusting.reads).toBe(0);
  });

  it('lives under $XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultMemoFile({ XDG_CACHE_HOME: '/xdg' })).toBe('/xdg/repack/file-digests.json');
    expect(defaultMemoFile({ XDG_CACHE_HOME: '' })).toBe(join(homedir(), '.cache', 'repack', 'file-digests.json'));
  });
});

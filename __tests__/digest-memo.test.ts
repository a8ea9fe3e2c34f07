// The digest memo (src/provisioners/digest-memo.ts): a large upload is read once across runs, and never served from
// the memo once it changed — content rewritten with its times set back, replaced by another file, touched within the
// racy window. Each "run" is a new DigestMemo on the same memo file, as a new process would make.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DigestMemo, MEMO_MIN_SIZE, RACY_MS } from '../src/provisioners/digest-memo.js';
import { hostDigest } from '../src/provisioners/host-digest.js';

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

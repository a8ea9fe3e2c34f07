// The content digests of large host files, remembered across runs by what `stat` says of each file: device, inode,
// size, modification and change times, to the nanosecond. A repeat build then hashes a 20 MB upload in a stat call
// instead of ~20 ms of reading. Any change to the file changes its change time (which no program can set back), so
// a remembered digest is used only for the very file state it was computed from. As git does for its index, a file
// touched within the last seconds is not remembered: two writes inside one tick of the file system's clock would
// leave the same times behind. The memo is an optimisation only: a file it cannot read or write is ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, type BigIntStats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Files below this size hash faster than a memo entry is worth. */
export const MEMO_MIN_SIZE = 1 << 20;
/** A file whose times are this recent (ms) may still change within the same clock tick: not remembered. */
export const RACY_MS = 2000;
const MAX_ENTRIES = 1000;

interface Entry {
  /** dev, ino, size, mtime ns, ctime ns. */
  stat: string;
  digest: string;
  /** When it was recorded (ms since the epoch), to drop the oldest entries first. */
  at: number;
}

function statKey(st: BigIntStats): string {
  return [st.dev, st.ino, st.size, st.mtimeNs, st.ctimeNs].join(':');
}

export class DigestMemo {
  private entries?: Map<string, Entry>;
  /** Files hashed by reading them (for tests and benchmarks). */
  reads = 0;

  constructor(
    private readonly file: string | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  private load(): Map<string, Entry> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    if (!this.file) return this.entries;
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, Entry>;
      for (const [k, e] of Object.entries(data)) {
        if (typeof e?.stat === 'string' && typeof e.digest === 'string' && typeof e.at === 'number') this.entries.set(k, e);
      }
    } catch {
      // Missing or unreadable: start empty.
    }
    return this.entries;
  }

  private save(entries: Map<string, Entry>): void {
    if (!this.file) return;
    const kept = [...entries].sort((a, b) => b[1].at - a[1].at).slice(0, MAX_ENTRIES);
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(kept)), { mode: 0o600 });
      renameSync(tmp, this.file);
    } catch {
      // A read-only home: no memo.
    }
  }

  /** The sha256 (hex) of the file at `abs` whose lstat (bigint) is `st`, read with `read` unless remembered. */
  digest(abs: string, st: BigIntStats, read: (h: ReturnType<typeof createHash>) => void): string {
    if (st.size < BigInt(MEMO_MIN_SIZE)) return this.compute(read);
    const entries = this.load();
    const key = statKey(st);
    const known = entries.get(abs);
    if (known?.stat === key) return known.digest;
    const digest = this.compute(read);
    const now = this.now();
    const touched = Number((st.mtimeNs > st.ctimeNs ? st.mtimeNs : st.ctimeNs) / 1_000_000n);
    if (touched <= now - RACY_MS) {
      entries.set(abs, { stat: key, digest, at: now });
      this.save(entries);
    }
    return digest;
  }

  private compute(read: (h: ReturnType<typeof createHash>) => void): string {
    this.reads++;
    const h = createHash('sha256');
    read(h);
    return h.digest('hex');
  }
}

/** `$XDG_CACHE_HOME/repack/file-digests.json`, else under `~/.cache`. */
export function defaultMemoFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'repack', 'file-digests.json');
}

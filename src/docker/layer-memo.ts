// The gzip blob of each layer pushed by digest from this machine, by diff ID, remembered across runs in
// `$XDG_CACHE_HOME/repack/layer-digests.json` (else under `~/.cache`): a repeat push of an image (a cached rebuild,
// another tag or repository) asks the registry for those blobs, or mounts them from the repository they went to,
// instead of reading the engine's export and compressing again. It is an optimisation only: an entry is used only
// when the registry has its blob, and a file that cannot be read or written is ignored.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MAX_ENTRIES = 2000;

export interface LayerBlob {
  digest: string;
  size: number;
  /** The repository it was pushed to (`host/name`), to mount it from. */
  repository?: string;
}

interface Entry extends LayerBlob {
  at: number;
}

export class LayerMemo {
  readonly #file: string | undefined;
  #entries?: Map<string, Entry>;

  constructor(file: string | undefined) {
    this.#file = file;
  }

  #load(): Map<string, Entry> {
    if (this.#entries) return this.#entries;
    this.#entries = new Map();
    if (!this.#file) return this.#entries;
    try {
      const data = JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, Partial<Entry>>;
      for (const [k, e] of Object.entries(data))
        if (typeof e?.digest === 'string' && typeof e.size === 'number' && typeof e.at === 'number')
          this.#entries.set(k, { digest: e.digest, size: e.size, at: e.at, ...(typeof e.repository === 'string' ? { repository: e.repository } : {}) });
    } catch {
      // Missing or unreadable: start empty.
    }
    return this.#entries;
  }

  get(diffId: string): LayerBlob | undefined {
    return this.#load().get(diffId);
  }

  set(diffId: string, blob: LayerBlob): void {
    const entries = this.#load();
    entries.set(diffId, { ...blob, at: Date.now() });
    if (!this.#file) return;
    const kept = [...entries].sort((a, b) => b[1].at - a[1].at).slice(0, MAX_ENTRIES);
    try {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      const tmp = `${this.#file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(kept)), { mode: 0o600 });
      renameSync(tmp, this.#file);
    } catch {
      // A read-only home: remembered for this run only.
    }
  }
}

/** `$XDG_CACHE_HOME/repack/layer-digests.json`, else under `~/.cache`. */
export function defaultLayerMemoFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'repack', 'layer-digests.json');
}

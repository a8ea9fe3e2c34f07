// The entries of a fake Actions cache service, with GitHub's lookup rules: an entry matches only its own `version`;
// the primary key is tried exactly, then every key (restore keys too) as a prefix, newest entry first.
export interface Entry {
  key: string;
  version: string;
  data: Buffer;
  created: number;
}

export class CacheStore {
  readonly entries: Entry[] = [];
  private clock = 0;

  /** The entry an exact or prefix lookup finds, as the service answers GetCacheEntryDownloadURL / GET cache. */
  find(keys: string[], version: string): Entry | undefined {
    const ofVersion = this.entries.filter((e) => e.version === version).sort((a, b) => b.created - a.created);
    const exact = ofVersion.find((e) => e.key === keys[0]);
    if (exact) return exact;
    for (const k of keys) {
      const hit = ofVersion.find((e) => e.key.startsWith(k));
      if (hit) return hit;
    }
    return undefined;
  }

  has(key: string, version: string): boolean {
    return this.entries.some((e) => e.key === key && e.version === version);
  }

  /** Adds (or, as act does, replaces) an entry. */
  put(key: string, version: string, data: Buffer): void {
    const i = this.entries.findIndex((e) => e.key === key && e.version === version);
    if (i >= 0) this.entries.splice(i, 1);
    this.entries.push({ key, version, data, created: ++this.clock });
  }

  delete(key: string): void {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i].key === key) this.entries.splice(i, 1);
  }
}

// The seam between the engine and GitHub's Actions cache service. The engine (gha-cache.ts) sees only this
// interface; the action front injects `gha.ts`, its one implementation, which is the only code that imports
// @actions/cache (DESIGN.md rule 1). Entries are directories, as @actions/cache saves paths. Each save or restore
// works in a directory of its own (`stage`), so concurrent builds on one machine never share one.

export type SaveOutcome = 'saved' | 'exists';

/** A fresh, private directory (made by `stage`, mode 0700) to save one entry from or restore one into. */
export interface StagedEntry {
  readonly dir: string;
  /** Removes the directory and all in it, following no symbolic link. */
  remove(): Promise<void>;
}

export interface ActionsCacheClient {
  stage(): Promise<StagedEntry>;
  /** Whether the entry exists, without downloading it (lookupOnly). Throws when the service cannot be reached. */
  has(key: string): Promise<boolean>;
  /** Restores the entry into `entry.dir`: false on a miss. Throws when the service cannot be reached. */
  restore(key: string, entry: StagedEntry): Promise<boolean>;
  /** Saves `entry.dir` as the entry `key`: 'exists' when another run saved that key first (entries are immutable). */
  save(key: string, entry: StagedEntry): Promise<SaveOutcome>;
}

/** GitHub's limits on keys: at most 512 characters, no commas. */
export const MAX_KEY_LENGTH = 512;

// The seam between the engine and GitHub's Actions cache service. The engine (gha-cache.ts) sees only this
// interface; the action front injects `gha.ts`, its one implementation, which is the only code that imports
// @actions/cache (DESIGN.md rule 1). Entries are directories, as @actions/cache saves paths: every entry is saved
// from and restored into the same directory (`dir`), because the service versions an entry by its path list.

export type SaveOutcome = 'saved' | 'exists';

export interface ActionsCacheClient {
  /** The one directory entries are saved from and restored into; callers use it one entry at a time. */
  readonly dir: string;
  /** Whether the entry exists, without downloading it (lookupOnly). Throws when the service cannot be reached. */
  has(key: string): Promise<boolean>;
  /** Restores the entry into `dir`: false on a miss. Throws when the service cannot be reached. */
  restore(key: string): Promise<boolean>;
  /** Saves `dir` as the entry `key`: 'exists' when another run saved that key first (entries are immutable). */
  save(key: string): Promise<SaveOutcome>;
}

/** GitHub's limits on keys: at most 512 characters, no commas. */
export const MAX_KEY_LENGTH = 512;

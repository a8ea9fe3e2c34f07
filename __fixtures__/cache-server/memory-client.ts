// An in-memory ActionsCacheClient for unit tests of type=gha: entries are snapshots of a staged directory's files.
// `down` makes every call fail as an unreachable service does.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionsCacheClient, SaveOutcome, StagedEntry } from '../../src/cache/actions-cache.js';

async function filesOf(dir: string, prefix = ''): Promise<[string, Buffer][]> {
  const out: [string, Buffer][] = [];
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) out.push(...(await filesOf(dir, rel)));
    else out.push([rel, await readFile(path.join(dir, rel))]);
  }
  return out;
}

export class MemoryActionsCache implements ActionsCacheClient {
  readonly entries = new Map<string, Map<string, Buffer>>();
  readonly calls: string[] = [];
  down = false;
  /** Every directory staged, whether or not it was removed since. */
  readonly staged: string[] = [];

  constructor(readonly root: string) {}

  async stage(): Promise<StagedEntry> {
    await mkdir(this.root, { recursive: true });
    const dir = await mkdtemp(path.join(this.root, 'stage-'));
    this.staged.push(dir);
    return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
  }

  private call(what: string): void {
    this.calls.push(what);
    if (this.down) throw new Error('cannot reach the Actions cache service at http://127.0.0.1:9 (ECONNREFUSED)');
  }

  async has(key: string): Promise<boolean> {
    this.call(`has ${key}`);
    return this.entries.has(key);
  }

  async restore(key: string, staged: StagedEntry): Promise<boolean> {
    this.call(`restore ${key}`);
    const entry = this.entries.get(key);
    if (!entry) return false;
    for (const [rel, data] of entry) {
      await mkdir(path.dirname(path.join(staged.dir, rel)), { recursive: true });
      await writeFile(path.join(staged.dir, rel), data);
    }
    return true;
  }

  async save(key: string, staged: StagedEntry): Promise<SaveOutcome> {
    this.call(`save ${key}`);
    if (this.entries.has(key)) return 'exists';
    this.entries.set(key, new Map(await filesOf(staged.dir)));
    return 'saved';
  }
}

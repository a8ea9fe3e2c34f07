// `repack cache ls` and `repack cache prune`: the cache images in the local daemon.
import type { Driver, ImageInfo } from '../docker/driver.js';
import { CACHE_KEY_LABEL } from './key.js';

export interface CacheEntry {
  key: string;
  imageId: string;
  /** The build that made it (`io.repack.build`). */
  build: string;
  created?: Date;
  /** Tags other than registry-cache tags (`…:<key>`): a user's image, which prune leaves alone. */
  tags: string[];
}

function entry(i: ImageInfo): CacheEntry {
  const key = i.labels[CACHE_KEY_LABEL] ?? '';
  const created = i.created ? new Date(i.created) : undefined;
  return {
    key,
    imageId: i.id,
    build: i.labels['io.repack.build'] ?? '',
    created: created && !Number.isNaN(created.getTime()) ? created : undefined,
    tags: i.repoTags.filter((t) => !t.endsWith(key) && t !== '<none>:<none>'),
  };
}

/** Newest first. */
export async function listCache(driver: Driver): Promise<CacheEntry[]> {
  const images = await driver.listImages(CACHE_KEY_LABEL);
  return images
    .map(entry)
    .filter((e) => e.key !== '')
    .sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
}

export interface PruneResult {
  removed: CacheEntry[];
  /** Entries kept because they are tagged by a user, in use, or the parent of another image. */
  kept: { entry: CacheEntry; reason: string }[];
}

/**
 * Removes cache images older than `keepMs` (all when undefined; entries of unknown age are kept when it is set),
 * newest first so that a step image goes after the images made on top of it. Tagged and busy images stay.
 */
export async function pruneCache(driver: Driver, keepMs: number | undefined, now = Date.now()): Promise<PruneResult> {
  const out: PruneResult = { removed: [], kept: [] };
  for (const e of await listCache(driver)) {
    if (keepMs !== undefined && (!e.created || now - e.created.getTime() < keepMs)) continue;
    if (e.tags.length > 0) {
      out.kept.push({ entry: e, reason: `tagged ${e.tags.join(', ')}` });
      continue;
    }
    try {
      const info = await driver.inspectImage(e.imageId);
      for (const t of info?.repoTags ?? []) if (t !== '<none>:<none>') await driver.removeImage(t);
      await driver.removeImage(e.imageId);
      out.removed.push(e);
    } catch (err: unknown) {
      out.kept.push({ entry: e, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
}

// type=local: the cache is the local daemon's images. Every step image is committed there anyway and tagged
// `repack-cache:<key>`, so saving is free and finding is one inspect by name; the image counts only if its label
// carries the exact key.
import type { Driver } from '../docker/driver.js';
import type { CacheBackend } from './backend.js';
import { CACHE_KEY_LABEL, CACHE_REPOSITORY, cacheRef } from './key.js';

export class LocalCache implements CacheBackend {
  readonly name = 'local';
  constructor(private readonly driver: Driver) {}

  async find(key: string): Promise<string | undefined> {
    const image = await this.driver.inspectImage(cacheRef(key));
    return image?.labels[CACHE_KEY_LABEL] === key ? image.id : undefined;
  }

  /** Names a new cache image so that `find` sees it. */
  async keep(key: string, imageId: string): Promise<void> {
    await this.driver.tag(imageId, CACHE_REPOSITORY, key);
  }
}

// type=local: the cache is the local daemon's images. Every step image is committed there anyway, so saving is
// free; finding is one label-filtered image list.
import type { Driver } from '../docker/driver.js';
import type { CacheBackend } from './backend.js';
import { CACHE_KEY_LABEL } from './key.js';

export class LocalCache implements CacheBackend {
  readonly name = 'local';
  constructor(private readonly driver: Driver) {}

  async find(key: string): Promise<string | undefined> {
    const images = await this.driver.listImages(`${CACHE_KEY_LABEL}=${key}`);
    return images.find((i) => i.labels[CACHE_KEY_LABEL] === key)?.id;
  }
}

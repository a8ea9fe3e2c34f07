// The local cache backend (src/cache/local.ts) against the in-memory driver: `repack-cache:<key>` counts as a hit
// only when the image's key label carries that exact key, so a tag left on another image is never a stale hit.
import { describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { CACHE_KEY_LABEL, CACHE_REPOSITORY, cacheRef } from '../src/cache/key.js';
import { LocalCache } from '../src/cache/local.js';

const KEY = 'c'.repeat(64);

describe('LocalCache', () => {
  it('finds the image tagged with the key when its label carries the key', async () => {
    const d = new FakeDriver();
    const id = d.addLocalImage(cacheRef(KEY), { Labels: { [CACHE_KEY_LABEL]: KEY } });
    expect(await new LocalCache(d).find(KEY)).toBe(id);
    // The name messages give the backend by.
    expect(new LocalCache(d).name).toBe('local');
  });

  it.each([
    ['another key', { [CACHE_KEY_LABEL]: 'd'.repeat(64) }],
    ['no key label', {}],
    ['a label that only starts with the key', { [CACHE_KEY_LABEL]: `${KEY}0` }],
  ])('a tagged image with %s is a miss', async (_what, labels) => {
    const d = new FakeDriver();
    d.addLocalImage(cacheRef(KEY), { Labels: labels });
    expect(await new LocalCache(d).find(KEY)).toBeUndefined();
  });

  it('no image under the key is a miss', async () => {
    expect(await new LocalCache(new FakeDriver()).find(KEY)).toBeUndefined();
  });

  it('keeps an image by tagging it repack-cache:<key>, which find then sees', async () => {
    const d = new FakeDriver();
    const id = d.addLocalImage('some/step:1', { Labels: { [CACHE_KEY_LABEL]: KEY } });
    const cache = new LocalCache(d);
    await cache.keep(KEY, id);
    expect(d.tags.get(`${CACHE_REPOSITORY}:${KEY}`)).toBe(id);
    expect(await cache.find(KEY)).toBe(id);
  });
});

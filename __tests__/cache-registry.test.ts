// The registry cache backend (src/cache/registry.ts) against the in-memory driver: an image counts as a hit only when
// its key label carries the exact key asked for — whether it is already local or just pulled — and a lookup failure
// that is not a plain miss is reported, never turned into a hit.
import { describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { CACHE_KEY_LABEL, CACHE_REPOSITORY } from '../src/cache/key.js';
import { RegistryCache } from '../src/cache/registry.js';
import { DriverError } from '../src/docker/driver.js';

const REPO = '127.0.0.1:5000/unit-cache';
const KEY = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

function setup(ref = REPO): { d: FakeDriver; cache: RegistryCache; warnings: string[] } {
  const d = new FakeDriver();
  const warnings: string[] = [];
  return { d, cache: new RegistryCache(d, ref, (m) => warnings.push(m)), warnings };
}
const signal = (): AbortSignal => new AbortController().signal;

describe('RegistryCache.find', () => {
  it('a pulled image with the matching key label is a hit, and is tagged for the local cache', async () => {
    const { d, cache, warnings } = setup();
    d.addRemoteImage(`${REPO}:${KEY}`, { Labels: { [CACHE_KEY_LABEL]: KEY } });
    const id = await cache.find(KEY, signal());
    expect(id).toBeDefined();
    expect(id).toBe(d.tags.get(`${REPO}:${KEY}`));
    expect(d.tags.get(`${CACHE_REPOSITORY}:${KEY}`)).toBe(id);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['another key', { [CACHE_KEY_LABEL]: OTHER }],
    ['no key label', {}],
    ['a key label that only starts with the key', { [CACHE_KEY_LABEL]: `${KEY}x` }],
  ])('a pulled image with %s is a miss, and is not tagged for the local cache', async (_what, labels) => {
    const { d, cache } = setup();
    d.addRemoteImage(`${REPO}:${KEY}`, { Labels: labels });
    expect(await cache.find(KEY, signal())).toBeUndefined();
    expect(d.callsTo('pull')).toHaveLength(1);
    expect(d.tags.has(`${CACHE_REPOSITORY}:${KEY}`)).toBe(false);
  });

  it('a local image with the key label is used without a pull; one without it is pulled again and checked', async () => {
    const { d, cache } = setup();
    const good = d.addLocalImage(`${REPO}:${KEY}`, { Labels: { [CACHE_KEY_LABEL]: KEY } });
    expect(await cache.find(KEY, signal())).toBe(good);
    expect(d.callsTo('pull')).toEqual([]);

    const other = setup();
    other.d.addLocalImage(`${REPO}:${KEY}`, { Labels: { [CACHE_KEY_LABEL]: OTHER } });
    expect(await other.cache.find(KEY, signal())).toBeUndefined();
    expect(other.d.callsTo('pull')).toHaveLength(1);
  });

  it('looks under REPOSITORY:TAG-<key> when the ref names a tag', async () => {
    const { d, cache } = setup(`${REPO}:main`);
    expect(cache.tagOf(KEY)).toBe(`main-${KEY}`);
    d.addRemoteImage(`${REPO}:main-${KEY}`, { Labels: { [CACHE_KEY_LABEL]: KEY } });
    expect(await cache.find(KEY, signal())).toBeDefined();
    expect(setup().cache.tagOf(KEY)).toBe(KEY);
  });

  it('a missing tag is a silent miss; any other failure is a miss with a warning', async () => {
    const { cache, warnings } = setup();
    expect(await cache.find(KEY, signal())).toBeUndefined();
    expect(warnings).toEqual([]);

    const failing = setup();
    failing.d.failOn('pull', new DriverError('pull: unauthorized: authentication required'));
    expect(await failing.cache.find(KEY, signal())).toBeUndefined();
    expect(failing.warnings).toEqual([`Cache lookup in registry ${REPO} failed, building instead: pull: unauthorized: authentication required`]);
  });

  it("only the engine's own not-found is a silent miss: any other error that reads like one is still a warning", async () => {
    for (const missing of ['manifest unknown', 'not found', 'No such image', 'repository does not exist']) {
      const quiet = setup();
      quiet.d.failOn('pull', new DriverError(`pull: ${missing}`));
      expect(await quiet.cache.find(KEY, signal())).toBeUndefined();
      expect(quiet.warnings).toEqual([]);
    }
    const other = setup();
    other.d.failOn('pull', new Error('manifest unknown'));
    expect(await other.cache.find(KEY, signal())).toBeUndefined();
    expect(other.warnings).toEqual([`Cache lookup in registry ${REPO} failed, building instead: manifest unknown`]);
  });

  it('a ref with a registry port and no tag puts nothing before the key; a ref by digest is refused', () => {
    expect(() => setup(`${REPO}@sha256:${'e'.repeat(64)}`)).toThrow('names a digest; give a repository, and a tag to prefix the cache keys with');
    expect(setup('127.0.0.1:5000/deep/cache').cache.tagOf(KEY)).toBe(KEY);
    expect(setup('127.0.0.1:5000/deep/cache:v2').cache.tagOf(KEY)).toBe(`v2-${KEY}`);
  });

  it('a cancelled lookup is not a miss: it throws', async () => {
    const { d, cache } = setup();
    d.addRemoteImage(`${REPO}:${KEY}`, { Labels: { [CACHE_KEY_LABEL]: KEY } });
    const ac = new AbortController();
    ac.abort();
    await expect(cache.find(KEY, ac.signal)).rejects.toThrow('cancelled');
  });

  it('refuses a ref tag too long to leave room for the key', () => {
    expect(() => setup(`${REPO}:${'t'.repeat(64)}`)).toThrow('longer than 63 characters');
    expect(() => setup(`${REPO}:${'t'.repeat(63)}`)).not.toThrow();
  });
});

describe('RegistryCache.save', () => {
  it('tags and pushes the image under its key', async () => {
    const { d, cache } = setup(`${REPO}:main`);
    const id = d.addLocalImage('some/image:1', {});
    await cache.save(KEY, id, signal());
    expect(d.tags.get(`${REPO}:main-${KEY}`)).toBe(id);
    expect([...d.pushed.keys()]).toEqual([`${REPO}:main-${KEY}`]);
  });
});

// The cache key chain and the walk that picks the served prefix, without Docker.
import { chainKey, stableJson } from '../src/cache/key.js';
import { baseKey, commitKey } from '../src/builders/docker/cache-keys.js';
import { CacheChain, type ChainStep } from '../src/cache/chain.js';
import type { DockerConfig } from '../src/builders/docker/config.js';
import { dockerConfig } from '../__fixtures__/docker-config.js';

const config = dockerConfig;
const build = (c = config()) => ({ name: 'b.docker.a', sourceName: 'a', config: c });

describe('keys', () => {
  test('stable JSON ignores key order, keeps array order, drops undefined', () => {
    expect(stableJson({ b: 1, a: [2, 1], c: undefined })).toBe('{"a":[2,1],"b":1}');
    expect(
      stableJson(
        new Map([
          ['y', 1],
          ['x', 2],
        ]),
      ),
    ).toBe(
      stableJson(
        new Map([
          ['x', 2],
          ['y', 1],
        ]),
      ),
    );
  });
  test('a key is 64 hex digits and changes with the previous key and the description', () => {
    const k = chainKey('p', { a: 1 });
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(chainKey('p', { a: 1 })).toBe(k);
    expect(chainKey('q', { a: 1 })).not.toBe(k);
    expect(chainKey('p', { a: 2 })).not.toBe(k);
  });
  test.each<[string, Partial<DockerConfig> | undefined, string | undefined]>([
    ['another base image', undefined, 'sha256:other'],
    ['run_command env', { container: { image: 'debian', entrypoint: ['/bin/sh'], tty: true, env: ['X=1'] } }, undefined],
    ['privileged', { container: { image: 'debian', entrypoint: ['/bin/sh'], tty: true, privileged: true } }, undefined],
    ['exec_user', { execUser: 'nobody', keyed: { exec_user: 'nobody' } }, undefined],
    ['platform', { platform: 'linux/arm64' }, undefined],
  ])('the base key changes with %s', (_what, over, image) => {
    expect(baseKey(image ?? 'sha256:base', build(config(over)))).not.toBe(baseKey('sha256:base', build()));
  });
  test("the base key ignores the base image's name (its ID counts) and commit-only settings", () => {
    const renamed = config({ image: 'other/name', container: { image: 'other/name', entrypoint: ['/bin/sh'], tty: true } });
    expect(baseKey('sha256:base', build(renamed))).toBe(baseKey('sha256:base', build()));
    expect(baseKey('sha256:base', build(config({ changes: ['CMD ["x"]'] })))).toBe(baseKey('sha256:base', build()));
  });
  test('the commit key changes with changes, author and message', () => {
    const k = commitKey('p', config());
    expect(commitKey('p', config({ changes: ['WORKDIR /x'] }))).not.toBe(k);
    expect(commitKey('p', config({ author: 'me' }))).not.toBe(k);
    expect(commitKey('p', config({ message: 'm' }))).not.toBe(k);
  });
});

describe('the walk', () => {
  const img = (d: string): ChainStep => ({ effect: 'image', describe: () => d });
  const host = (d: string): ChainStep => ({ effect: 'host', describe: () => d });
  const base = { key: 'base', image: 'sha256:base' };
  const finalOf = (last: string) => chainKey(last, 'commit');

  function walk(steps: ChainStep[], cached: (chain: CacheChain) => string[], opts: { final?: boolean; noCache?: boolean } = {}) {
    const lookups: string[] = [];
    let store = new Set<string>();
    const chain = new CacheChain(
      steps,
      base,
      opts.final === false ? undefined : finalOf,
      async (k) => {
        lookups.push(k);
        return store.has(k) ? `img-${k.slice(0, 6)}` : undefined;
      },
      opts.noCache === true,
    );
    store = new Set(cached(chain));
    return { chain, lookups };
  }

  async function served(chain: CacheChain, n: number): Promise<boolean[]> {
    const out: boolean[] = [];
    for (let i = 0; i < n; i++) out.push(await chain.served(i));
    return out;
  }

  test('a fully cached build is one lookup: the committed image', async () => {
    const { chain, lookups } = walk([img('a'), img('b'), img('c')], (c) => [c.finalKey(), c.keyAfter(0), c.keyAfter(1)]);
    expect(await served(chain, 3)).toEqual([true, true, true]);
    expect(await chain.servedFinal()).toBe(true);
    expect(lookups).toEqual([chain.finalKey()]);
    expect(chain.hits).toBe(3);
  });

  test('the longest prefix wins; the last step of a committing build has no image of its own', async () => {
    const { chain, lookups } = walk([img('a'), img('b'), img('c')], (c) => [c.keyAfter(0), c.keyAfter(1)]);
    expect(chain.commits(2)).toBe(false);
    expect(await served(chain, 3)).toEqual([true, true, false]);
    expect(await chain.servedFinal()).toBe(false);
    expect(lookups).toEqual([chain.finalKey(), chain.keyAfter(1)]);
    expect(chain.image).toBe(`img-${chain.keyAfter(1).slice(0, 6)}`);
    expect(chain.hits).toBe(2);
  });

  test('after a miss nothing is looked up again', async () => {
    const { chain, lookups } = walk([img('a'), img('b'), img('c')], (c) => [c.keyAfter(1)]);
    expect(await served(chain, 3)).toEqual([true, true, false]);
    const { chain: cold, lookups: coldLookups } = walk([img('a'), img('b')], () => []);
    expect(await served(cold, 2)).toEqual([false, false]);
    expect(await cold.servedFinal()).toBe(false);
    expect(coldLookups).toHaveLength(2);
    expect(lookups).toHaveLength(2);
  });

  test('host steps keep the key and split the walk, so later keys are taken after them', async () => {
    let described = 0;
    const late: ChainStep = { effect: 'image', describe: () => `late-${described++}` };
    const steps = [img('a'), host('x'), late];
    const chain = new CacheChain(steps, base, finalOf, async () => undefined, false);
    expect(chain.keyAfter(1)).toBe(chain.keyAfter(0));
    expect(described).toBe(0); // the step after the host step is not described before it is reached
    expect(chain.commits(0)).toBe(true);
    expect(chain.commits(1)).toBe(false);
  });

  test('with a host step in the middle, both segments can be served', async () => {
    const steps = [img('a'), host('x'), img('b')];
    const { chain, lookups } = walk(steps, (c) => [c.keyAfter(0), c.finalKey()]);
    expect(await chain.served(0)).toBe(true);
    expect(await chain.served(2)).toBe(true);
    expect(await chain.servedFinal()).toBe(true);
    expect(lookups).toEqual([chain.keyAfter(0), chain.finalKey()]);
  });

  test('no-cache looks nothing up; a build that does not commit keeps every step', async () => {
    const { chain, lookups } = walk([img('a')], (c) => [c.finalKey()], { noCache: true });
    expect(await chain.served(0)).toBe(false);
    expect(await chain.servedFinal()).toBe(false);
    expect(lookups).toEqual([]);
    const { chain: exported } = walk([img('a'), img('b')], (c) => [c.keyAfter(1)], { final: false });
    expect(exported.commits(1)).toBe(true);
    expect(await served(exported, 2)).toEqual([true, true]);
  });

  test('mode=min keeps no step image, committing build or not; lookups stay the same', async () => {
    const keeper = (steps: ChainStep[], final: boolean) =>
      new CacheChain(steps, base, final ? finalOf : undefined, async () => undefined, false, undefined, false);
    const committing = keeper([img('a'), img('b'), img('c')], true);
    expect([0, 1, 2].map((i) => committing.keeps(i))).toEqual([false, false, false]);
    expect([0, 1, 2].map((i) => committing.commits(i))).toEqual([true, true, false]);
    const discarding = keeper([img('a'), img('b'), host('x')], false);
    expect([0, 1, 2].map((i) => discarding.keeps(i))).toEqual([false, false, false]);
    expect([0, 1, 2].map((i) => discarding.commits(i))).toEqual([true, true, false]);
    // A build that keeps nothing and commits nothing needs no key once it missed: nothing is hashed.
    expect(discarding.usesKeys()).toBe(true);
    expect(await discarding.served(0)).toBe(false);
    expect(discarding.usesKeys()).toBe(false);
    expect(committing.usesKeys()).toBe(true);
    expect(await committing.served(0)).toBe(false);
    expect(committing.usesKeys()).toBe(true);
    const max = new CacheChain([img('a'), img('b')], base, finalOf, async () => undefined, false);
    expect([0, 1].map((i) => max.keeps(i))).toEqual([true, false]);
    // A step image an earlier mode=max build kept still serves a mode=min build.
    const lookups: string[] = [];
    const min: CacheChain = new CacheChain(
      [img('a'), img('b'), img('c')],
      base,
      finalOf,
      async (k: string): Promise<string | undefined> => (lookups.push(k), k === min.keyAfter(0) ? 'img-a' : undefined),
      false,
      undefined,
      false,
    );
    expect(await served(min, 3)).toEqual([true, false, false]);
    expect(min.image).toBe('img-a');
    expect(lookups).toEqual([min.finalKey(), min.keyAfter(1), min.keyAfter(0)]);
  });

  test('a build without provisioners looks up its committed image', async () => {
    const { chain } = walk([], (c) => [c.finalKey()]);
    expect(await chain.servedFinal()).toBe(true);
  });

  test('with a probe (the local daemon): the committed image alone, then every step key at once; find only for better keys', async () => {
    const steps = [img('a'), img('b'), img('c'), img('d')];
    const probes: string[][] = [];
    const finds: string[] = [];
    let local = new Set<string>();
    let remote = new Set<string>();
    const chain = new CacheChain(
      steps,
      base,
      finalOf,
      async (k) => {
        finds.push(k);
        return remote.has(k) ? `remote-${k.slice(0, 6)}` : undefined;
      },
      false,
      async (keys) => {
        probes.push(keys);
        return keys.map((k) => (local.has(k) ? `local-${k.slice(0, 6)}` : undefined));
      },
    );
    local = new Set([chain.keyAfter(0)]);
    remote = new Set([chain.keyAfter(1)]);
    expect(await served(chain, 4)).toEqual([true, true, false, false]);
    expect(probes).toEqual([[chain.finalKey()], [chain.keyAfter(2), chain.keyAfter(1), chain.keyAfter(0)]]);
    // The local hit is step a; remote lookups only for the keys after it, best first, until a hit.
    expect(finds).toEqual([chain.finalKey(), chain.keyAfter(2), chain.keyAfter(1)]);
    expect(chain.image).toBe(`remote-${chain.keyAfter(1).slice(0, 6)}`);
    expect(chain.hits).toBe(2);
  });
});

describe('what a build keeps', () => {
  const img = (d: string): ChainStep => ({ effect: 'image', describe: () => d });
  const host = (d: string): ChainStep => ({ effect: 'host', describe: () => d });
  const base = { key: 'base', image: 'sha256:base' };
  const finalOf = (last: string) => chainKey(last, 'commit');
  const none = async () => undefined;

  test("the keys of the build's cache images: each committed step's, then the final one", () => {
    const committing = new CacheChain([img('a'), host('x'), img('b'), img('c')], base, finalOf, none, false);
    expect(committing.imageKeys()).toEqual([
      { key: committing.keyAfter(0), final: false },
      { key: committing.keyAfter(2), final: false },
      { key: committing.finalKey(), final: true },
    ]);
    expect(committing.finalKey()).toBe(finalOf(committing.keyAfter(3)));
    const exporting = new CacheChain([img('a'), img('b')], base, undefined, none, false);
    expect(exporting.imageKeys()).toEqual([
      { key: exporting.keyAfter(0), final: false },
      { key: exporting.keyAfter(1), final: false },
    ]);
    expect(() => exporting.finalKey()).toThrow('This build does not commit an image.');
  });

  test('the chain starts at the base image: its key, its image', () => {
    const chain = new CacheChain([], base, finalOf, none, false);
    expect(chain.baseImage).toBe('sha256:base');
    expect(chain.image).toBe('sha256:base');
    expect(chain.finalKey()).toBe(finalOf('base'));
    expect(chain.imageKeys()).toEqual([{ key: finalOf('base'), final: true }]);
  });
});

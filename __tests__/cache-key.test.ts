// What a cache key covers (src/cache/key.ts): the same description always gives the same key, whatever order its
// maps, sets and object keys were built in; anything that can change a step's result changes it; and two different
// (previous key, description) pairs never give the same key.
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { cacheRef, chainKey, stableJson } from '../src/cache/key.js';
import { baseKey, commitKey } from '../src/builders/docker/cache-keys.js';
import type { DockerConfig } from '../src/builders/docker/config.js';
import { dockerConfig } from '../__fixtures__/docker-config.js';

const config = (over: Partial<DockerConfig> = {}): DockerConfig =>
  dockerConfig({ keyed: { container_dir: '/packer-files', fix_upload_owner: true, exec_user: null }, ...over });
const keyed = (over: Record<string, string | boolean | null>): Partial<DockerConfig> => ({ keyed: { ...config().keyed, ...over } });

describe('stableJson', () => {
  it('maps and sets by their entries in sorted order, whatever order they were filled in', () => {
    expect(
      stableJson(
        new Map<unknown, unknown>([
          ['b', 1],
          ['a', new Set([3, 1, 2])],
        ]),
      ),
    ).toBe('[["a",[1,2,3]],["b",1]]');
    expect(stableJson(new Set(['y', 'x', 'y']))).toBe('["x","y"]');
    expect(stableJson({ z: { d: 1, c: [new Map([[2, 'two']])] }, a: null })).toBe('{"a":null,"z":{"c":[[[2,"two"]]],"d":1}}');
  });

  it('a large set in any order, as a sort that merges runs sees it', () => {
    const names = Array.from({ length: 300 }, (_, i) => `n${String(i).padStart(3, '0')}`);
    const shuffled = names.map((n, i) => names[(i * 7919) % names.length]);
    expect(new Set(shuffled).size).toBe(300);
    expect(stableJson(new Set(shuffled))).toBe(JSON.stringify(names));
    expect(stableJson(new Set([...names].reverse()))).toBe(JSON.stringify(names));
  });

  it('file contents by their sha256; functions and undefined fields left out', () => {
    const hash = createHash('sha256').update('content').digest('hex');
    expect(stableJson({ file: Buffer.from('content') })).toBe(`{"file":{"sha256":"${hash}"}}`);
    expect(stableJson([Buffer.from('a')])).not.toBe(stableJson([Buffer.from('b')]));
    expect(stableJson({ run: () => 1, gone: undefined, kept: 0 })).toBe('{"kept":0}');
  });
});

describe('chainKey', () => {
  it('keeps the previous key and the description apart: no two pairs share a key by concatenation', () => {
    expect(chainKey('p1', 2)).not.toBe(chainKey('p', 12));
    expect(chainKey('ab', 'c')).not.toBe(chainKey('a', 'bc'));
  });
});

describe('baseKey', () => {
  const key = (over: Partial<DockerConfig> = {}, name = 'b.docker.a', sourceName = 'a') => baseKey('sha256:base', { name, sourceName, config: config(over) });

  it.each<[string, () => string]>([
    ["the build's name", () => key({}, 'other.docker.a')],
    ["the source's name", () => key({}, 'b.docker.a', 'renamed')],
    ['the upload directory in the container', () => key(keyed({ container_dir: '/tmp/x' }))],
    ['fix_upload_owner', () => key(keyed({ fix_upload_owner: false }))],
  ])('changes with %s', (_what, other) => {
    expect(other()).not.toBe(key());
  });

  it('starts the chain from a versioned root, with the base image and settings as the description', () => {
    const seen: [string, unknown][] = [];
    baseKey(
      'sha256:base',
      { name: 'n', sourceName: 's', config: config({ ...keyed({ exec_user: 'u' }), platform: 'linux/arm64' }) },
      (previous, description) => {
        seen.push([previous, description]);
        return 'k';
      },
    );
    expect(seen).toEqual([
      [
        'repack-cache-2',
        {
          base: 'sha256:base',
          build: 'n',
          source: 's',
          container: { entrypoint: ['/bin/sh'], tty: true },
          config: { container_dir: '/packer-files', fix_upload_owner: true, exec_user: 'u' },
          platform: 'linux/arm64',
        },
      ],
    ]);
  });
});

describe('commitKey and cacheRef', () => {
  it('the commit key follows the last step key with what the commit applies', () => {
    const seen: [string, unknown][] = [];
    commitKey('last', config({ changes: ['USER x'], author: 'a', message: 'm' }), (previous, description) => {
      seen.push([previous, description]);
      return 'k';
    });
    expect(seen).toEqual([['last', { commit: { changes: ['USER x'], author: 'a', message: 'm' } }]]);
    expect(commitKey('last', config())).toBe(chainKey('last', { commit: { changes: [] } }));
  });

  it('a cache image is tagged repack-cache:<key>', () => {
    expect(cacheRef('k1')).toBe('repack-cache:k1');
  });
});

// Multi-platform builds without an engine: platform parsing, the legs a build splits into, how their results are put
// back together, and the index document (the same descriptors must give the same bytes on every machine).
import { formatPlatform, imageMatches, parsePlatform, parsePlatforms, platformSlug } from '../src/plugin/platform.js';
import { combineLegs, legName, platformLegs } from '../src/pipeline/legs.js';
import { platformPath } from '../src/plugin/platform.js';
import { IndexCollector, indexDocument, sha256, type ManifestDescriptor } from '../src/plugin/image-index.js';
import { baseKey } from '../src/builders/docker/cache-keys.js';
import type { PlannedBuild } from '../src/builders/docker/planned-build.js';
import type { BuildResult } from '../src/plugin/result.js';
import type { ImageInfo } from '../src/docker/driver.js';

describe('platforms', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['Linux/AArch64', 'linux/arm64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/arm/v7', 'linux/arm/v7'],
  ])('%s is %s', (text, want) => {
    const p = parsePlatform(text);
    expect(typeof p === 'string' ? p : formatPlatform(p)).toBe(want);
  });

  test.each(['arm64', 'linux/', 'linux/arm/v7/x', 'linux/arm 64'])('%s is not a platform', (text) => {
    expect(parsePlatform(text)).toBe(`"${text}" is not a platform: write it os/architecture[/variant], e.g. linux/amd64 or linux/arm/v7`);
  });

  test('a list drops repeats and empty entries, and reports each bad one', () => {
    expect(parsePlatforms('linux/amd64,, linux/arm64,linux/arm64/v8')).toEqual({ platforms: ['linux/amd64', 'linux/arm64'], errors: [] });
    expect(parsePlatforms('x,linux/amd64,y/').errors).toHaveLength(2);
  });

  test('an image matches by its config; a variant counts only when asked for', () => {
    const image = (architecture: string, variant?: string): ImageInfo => ({
      id: 'sha256:1',
      repoTags: [],
      repoDigests: [],
      config: {},
      labels: {},
      os: 'linux',
      architecture,
      ...(variant ? { variant } : {}),
    });
    expect(imageMatches(image('arm64', 'v8'), 'linux/arm64')).toBe(true);
    expect(imageMatches(image('amd64'), 'linux/arm64')).toBe(false);
    expect(imageMatches(image('arm', 'v6'), 'linux/arm/v7')).toBe(false);
    expect(imageMatches(image('arm', 'v7'), 'linux/arm/v7')).toBe(true);
  });

  test('slugs and per-platform paths', () => {
    expect(platformSlug('linux/arm/v7')).toBe('linux-arm-v7');
    expect(platformPath('out/app.tar.gz', 'linux/arm64')).toBe('out/app-linux-arm64.tar.gz');
    expect(platformPath('/abs/image', 'linux/amd64')).toBe('/abs/image-linux-amd64');
    expect(platformPath('.hidden', 'linux/amd64')).toBe('.hidden-linux-amd64');
  });
});

function planned(name: string, platform?: string): PlannedBuild {
  return {
    name,
    buildName: '',
    source: name,
    sourceName: name.split('.')[1],
    config: {
      image: 'busybox',
      commit: false,
      discard: false,
      exportPath: '/out/fs.tar',
      exportPathAsWritten: 'fs.tar',
      pull: true,
      changes: [],
      container: { image: 'busybox', ...(platform ? { platform } : {}) },
      containerDir: '/packer-files',
      fixUploadOwner: true,
      keyed: {},
      ...(platform ? { platform } : {}),
    },
    provisioners: [],
    chains: [],
  };
}

describe('legs', () => {
  test('each build runs once per platform, named per platform, with platform set on the container and its own export file', () => {
    const notes: string[] = [];
    const legs = platformLegs([planned('docker.app')], ['linux/amd64', 'linux/arm64'], (_b, m) => notes.push(m));
    expect(legs.map((l) => [l.name, l.config.platform, l.config.container.platform, l.config.exportPath, l.config.exportPathAsWritten, l.leg])).toEqual([
      [
        'docker.app (linux/amd64)',
        'linux/amd64',
        'linux/amd64',
        '/out/fs-linux-amd64.tar',
        'fs-linux-amd64.tar',
        { platform: 'linux/amd64', of: 'docker.app' },
      ],
      [
        'docker.app (linux/arm64)',
        'linux/arm64',
        'linux/arm64',
        '/out/fs-linux-arm64.tar',
        'fs-linux-arm64.tar',
        { platform: 'linux/arm64', of: 'docker.app' },
      ],
    ]);
    expect(notes).toEqual([]);
  });

  test('a source that sets its own platform keeps it and is built once, with a note', () => {
    const notes: string[] = [];
    const own = planned('docker.pinned', 'linux/arm64');
    expect(platformLegs([own], ['linux/amd64', 'linux/arm64'], (_b, m) => notes.push(m))).toEqual([own]);
    expect(notes).toEqual(['The source sets platform = "linux/arm64": it is built for that platform only, not for linux/amd64, linux/arm64.']);
  });

  test("the platform is in each leg's cache key: platforms never share a step, even from one base image ID", () => {
    const [amd, arm] = platformLegs([planned('docker.app')], ['linux/amd64', 'linux/arm64'], () => undefined);
    expect(baseKey('sha256:base', amd)).not.toBe(baseKey('sha256:base', arm));
    expect(baseKey('sha256:base', { ...arm, name: amd.name })).not.toBe(baseKey('sha256:base', amd));
  });

  test('without platforms nothing changes', () => {
    const b = [planned('docker.app')];
    expect(platformLegs(b, [], () => undefined)).toBe(b);
  });

  function legResult(name: string, platform: string, extra: Partial<BuildResult> = {}): BuildResult {
    return {
      name: legName(name, platform),
      buildName: '',
      source: name,
      imageId: `sha256:${platform}`,
      tags: ['r:v1'],
      digests: [{ repository: 'r', tag: 'v1', digest: `sha256:m-${platform}`, platform }],
      artifacts: [{ builderId: 'b', id: 'i', description: 'Imported Docker image', files: [] }],
      cache: { hits: 1, steps: 2 },
      durationMs: platform === 'linux/arm64' ? 900 : 300,
      ...extra,
    };
  }

  test('leg results combine into one per build: index digests, each platform, artifacts named per platform', () => {
    const builds = platformLegs([planned('docker.app')], ['linux/amd64', 'linux/arm64'], () => undefined);
    const index = {
      digests: [{ repository: 'r', tag: 'v1', digest: 'sha256:index' as const }],
      artifacts: [{ builderId: 'x', id: 'r:v1@sha256:index', description: 'Image index', files: [] }],
      errors: [],
    };
    const [r] = combineLegs([legResult('docker.app', 'linux/amd64'), legResult('docker.app', 'linux/arm64')], builds, new Map([['docker.app', index]]));
    expect(r.name).toBe('docker.app');
    expect(r.digests).toEqual(index.digests);
    expect(r.imageId).toBeUndefined();
    expect(r.cache).toEqual({ hits: 2, steps: 4 });
    expect(r.durationMs).toBe(900);
    expect(r.platforms?.map((p) => [p.platform, p.imageId, p.digests[0].digest])).toEqual([
      ['linux/amd64', 'sha256:linux/amd64', 'sha256:m-linux/amd64'],
      ['linux/arm64', 'sha256:linux/arm64', 'sha256:m-linux/arm64'],
    ]);
    expect(r.artifacts.map((a) => a.description)).toEqual(['Image index', '(linux/amd64) Imported Docker image', '(linux/arm64) Imported Docker image']);
    expect(r.error).toBeUndefined();
  });

  test('a failed leg fails the build, naming its platform', () => {
    const builds = platformLegs([planned('docker.app')], ['linux/amd64', 'linux/arm64'], () => undefined);
    const boom = { code: 'provisioner-failed' as const, message: 'boom', step: 'provisioner shell' };
    const [r] = combineLegs(
      [legResult('docker.app', 'linux/amd64'), legResult('docker.app', 'linux/arm64', { error: 'boom', failures: [boom] })],
      builds,
      new Map(),
    );
    expect(r.error).toBe('linux/arm64: boom');
    expect(r.failures).toEqual([{ ...boom, platform: 'linux/arm64' }]);
  });
});

describe('image index', () => {
  const amd: ManifestDescriptor = {
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    digest: 'sha256:a',
    size: 10,
    platform: { os: 'linux', architecture: 'amd64' },
  };
  const arm: ManifestDescriptor = {
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    digest: 'sha256:b',
    size: 11,
    platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
  };

  test('the document lists each manifest with its platform, in order', () => {
    expect(JSON.parse(indexDocument([amd, arm]).toString())).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { ...amd, platform: { architecture: 'amd64', os: 'linux' } },
        { ...arm, platform: { architecture: 'arm', os: 'linux', variant: 'v7' } },
      ],
    });
  });

  test('the same descriptors give the same bytes whatever their key order', () => {
    const shuffled = { size: 10, platform: { architecture: 'amd64', os: 'linux' }, digest: 'sha256:a' as const, mediaType: amd.mediaType };
    expect(sha256(indexDocument([shuffled, arm]))).toBe(sha256(indexDocument([amd, arm])));
  });

  test('the collector pushes one index per tag in the asked order, and none for a build with a missing or failed platform', async () => {
    const pushed: string[] = [];
    const c = new IndexCollector();
    const add = (build: string, platform: string, tag: string, d: typeof amd) =>
      c.add({
        build,
        platform,
        repository: 'r',
        tag,
        descriptor: d,
        pushIndex: (body) => (pushed.push(`${tag} ${body.toString()}`), Promise.resolve(sha256(body))),
      });
    add('docker.app', 'linux/arm/v7', 'v1', arm);
    add('docker.app', 'linux/amd64', 'v1', amd);
    add('docker.app', 'linux/amd64', 'only-amd', amd);
    add('docker.bad', 'linux/amd64', 'v1', amd);
    const out = await c.push(
      new Map([
        ['docker.app', ['linux/amd64', 'linux/arm/v7']],
        ['docker.bad', ['linux/amd64', 'linux/arm/v7']],
      ]),
      new Set(['docker.bad']),
      () => undefined,
    );
    expect(pushed).toEqual([`v1 ${indexDocument([amd, arm]).toString()}`]);
    expect(out.get('docker.app')?.digests).toEqual([{ repository: 'r', tag: 'v1', digest: sha256(indexDocument([amd, arm])) }]);
    expect(out.get('docker.app')?.errors).toEqual([
      { code: 'index-failed', step: 'image index', message: 'r:only-amd: no image was pushed for linux/arm/v7, so no index was pushed.' },
    ]);
    expect(out.get('docker.bad')).toEqual({ digests: [], artifacts: [], errors: [] });
  });
});

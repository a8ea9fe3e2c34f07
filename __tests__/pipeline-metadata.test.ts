// The metadata document (`repack build -json`, -json-file, the action's `metadata` output): every field of the
// contract for each build, failed or not, a multi-platform build's platforms, and no secret in any of them.
import { describe, expect, it } from '@jest/globals';
import { DIGEST_A, DIGEST_B, IMAGE_1, IMAGE_2, pushed, result } from '../__fixtures__/action/results.js';
import { computeOutputs } from '../src/action/outputs.js';
import { Masker, MASKED } from '../src/pipeline/secret-mask.js';
import { buildMetadata } from '../src/pipeline/metadata.js';

describe('buildMetadata', () => {
  it('one entry per build, every field', () => {
    const ok = { ...pushed('app.docker.a', 'reg/a', DIGEST_A), buildName: 'app', durationMs: 4321 };
    const failed = result('docker.b', { error: 'exit status 2' });
    expect(buildMetadata([ok, failed])).toEqual([
      {
        name: 'app.docker.a',
        build: 'app',
        source: 'docker.a',
        'image-id': IMAGE_1,
        tags: ['reg/a:1', 'reg/a:latest'],
        digests: { 'reg/a': DIGEST_A },
        pushed: ok.digests,
        artifacts: ok.artifacts,
        cache: { hits: 1, steps: 2 },
        'duration-ms': 4321,
        error: null,
        failures: [],
      },
      {
        name: 'docker.b',
        build: '',
        source: 'docker.b',
        'image-id': null,
        tags: [],
        digests: {},
        pushed: [],
        artifacts: [],
        cache: { hits: 0, steps: 0 },
        'duration-ms': 1000,
        error: 'exit status 2',
        failures: [],
      },
    ]);
  });

  it("a multi-platform build: each platform's image, pushed digests and error", () => {
    const amd = { repository: 'reg/a', tag: '1', digest: DIGEST_B, platform: 'linux/amd64' };
    const r = result('docker.a', {
      imageId: IMAGE_1,
      platforms: [
        { platform: 'linux/amd64', imageId: IMAGE_2, digests: [amd] },
        { platform: 'linux/arm64', digests: [], error: 'exec format error' },
      ],
    });
    const [entry] = buildMetadata([r]);
    expect(entry.platforms).toEqual([
      { platform: 'linux/amd64', 'image-id': IMAGE_2, pushed: [amd], error: null },
      { platform: 'linux/arm64', 'image-id': null, pushed: [], error: 'exec format error' },
    ]);
    expect('platforms' in buildMetadata([result('docker.b')])[0]).toBe(false);
  });
});

describe('the metadata output, masked', () => {
  it('a secret in a tag, a digest list, an error or an artifact never reaches any output', () => {
    const secret = 'tok-9f8e7d-unit';
    const m = new Masker();
    m.add(secret);
    const r = {
      ...pushed('docker.a', `reg/${secret}`, DIGEST_A),
      error: undefined,
    };
    r.artifacts = [...r.artifacts, { builderId: 'x', id: secret, description: `made ${secret} twice: ${secret}`, files: [secret] }];
    const failed = result('docker.b', {
      error: `login ${secret} refused`,
      failures: [{ code: 'provisioner-failed', step: 'provisioner shell', message: `login ${secret} refused` }],
    });
    const o = computeOutputs([r, failed], m);
    for (const value of Object.values(o)) expect(value).not.toContain(secret);
    expect(o.tags).toBe(`reg/${MASKED}:1\nreg/${MASKED}:latest`);
    expect(o.digests).toBe(`reg/${MASKED}@${DIGEST_A}`);
    const doc = JSON.parse(o.metadata) as { error: string | null; artifacts: { description: string }[]; digests: Record<string, string> }[];
    expect(doc[0].artifacts[2].description).toBe(`made ${MASKED} twice: ${MASKED}`);
    expect(Object.keys(doc[0].digests)).toEqual([`reg/${MASKED}`]);
    expect(doc[1].error).toBe(`login ${MASKED} refused`);
  });
});

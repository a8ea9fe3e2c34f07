// BuildResult[] → the action's outputs, and the job summary.
import { DIGEST_A, DIGEST_B, IMAGE_1, IMAGE_2, pushed, result } from '../__fixtures__/action/results.js';
import { computeOutputs } from '../src/action/outputs.js';
import { shortDuration, renderSummary } from '../src/action/summary.js';
import { error } from '../src/hcl/diagnostics.js';

describe('outputs', () => {
  test('one pushed build', () => {
    const o = computeOutputs([pushed('docker.app', '127.0.0.1:5000/app', DIGEST_A)]);
    expect(o['image-id']).toBe(IMAGE_1);
    expect(o.tags).toBe('127.0.0.1:5000/app:1\n127.0.0.1:5000/app:latest');
    expect(o.digest).toBe(DIGEST_A);
    expect(o.digests).toBe(`127.0.0.1:5000/app@${DIGEST_A}`);
  });

  test('two builds: image-id and digest come from the first, tags and digests list both', () => {
    const o = computeOutputs([pushed('docker.a', 'reg/a', DIGEST_A, IMAGE_1), pushed('docker.b', 'reg/b', DIGEST_B, IMAGE_2)]);
    expect(o['image-id']).toBe(IMAGE_1);
    expect(o.digest).toBe(DIGEST_A);
    expect(o.tags.split('\n')).toEqual(['reg/a:1', 'reg/a:latest', 'reg/b:1', 'reg/b:latest']);
    expect(o.digests.split('\n')).toEqual([`reg/a@${DIGEST_A}`, `reg/b@${DIGEST_B}`]);
  });

  test('a failed build contributes nothing but its metadata entry', () => {
    const failed = { ...pushed('docker.a', 'reg/a', DIGEST_A, IMAGE_1), error: 'Script exited with non-zero exit status: 1' };
    const o = computeOutputs([failed, pushed('docker.b', 'reg/b', DIGEST_B, IMAGE_2)]);
    expect(o['image-id']).toBe(IMAGE_2);
    expect(o.digest).toBe(DIGEST_B);
    expect(o.tags).toBe('reg/b:1\nreg/b:latest');
    expect(o.digests).toBe(`reg/b@${DIGEST_B}`);
    const metadata = JSON.parse(o.metadata) as { name: string; error: string | null; digests: Record<string, string> }[];
    expect(metadata.map((m) => [m.name, m.error])).toEqual([
      ['docker.a', 'Script exited with non-zero exit status: 1'],
      ['docker.b', null],
    ]);
  });

  test('a build that did not push: image-id and tags, empty digest', () => {
    const o = computeOutputs([result('docker.a', { imageId: IMAGE_1, tags: ['local/a:dev'] })]);
    expect(o).toMatchObject({ 'image-id': IMAGE_1, tags: 'local/a:dev', digest: '', digests: '' });
  });

  test('nothing built: every output is empty and metadata is an empty list', () => {
    expect(computeOutputs([])).toEqual({ metadata: '[]', 'image-id': '', tags: '', digest: '', digests: '' });
  });

  test('metadata: one entry per build with the contract fields', () => {
    const [entry] = JSON.parse(computeOutputs([pushed('docker-example.docker.ubuntu', 'reg/a', DIGEST_A)]).metadata) as Record<string, unknown>[];
    expect(entry).toMatchObject({
      name: 'docker-example.docker.ubuntu',
      source: 'docker.ubuntu',
      'image-id': IMAGE_1,
      tags: ['reg/a:1', 'reg/a:latest'],
      digests: { 'reg/a': DIGEST_A },
      cache: { hits: 1, steps: 2 },
      'duration-ms': 1000,
      error: null,
    });
    expect(entry.artifacts).toHaveLength(2);
  });
});

describe('job summary', () => {
  test('one row per build with tags, digest, duration and cached steps', () => {
    const md = renderSummary([
      pushed('docker.a', 'reg/a', DIGEST_A),
      { ...result('docker.b', { durationMs: 125_000, cache: { hits: 0, steps: 3 } }), error: 'exit status 1 | pipe' },
    ]);
    const rows = md.split('\n').filter((l) => l.startsWith('| <code>'));
    const digest = DIGEST_A.replace(':', '&#58;');
    expect(rows).toEqual([
      `| <code>docker&#46;a</code> ✅ | <code>reg/a&#58;1</code><br><code>reg/a&#58;latest</code> | <code>${digest}</code> | 1.0s | 1/2 |`,
      '| <code>docker&#46;b</code> ❌ exit status 1 &#124; pipe |  |  | 2m 05s | 0/3 |',
    ]);
    expect(md).toContain('| Build | Tags | Digest | Duration | Cached steps |');
  });

  test('an invalid template lists its errors instead of a table', () => {
    const range = { file: 'a.pkr.hcl', start: { line: 3, column: 5, offset: 0 }, end: { line: 3, column: 9, offset: 4 } };
    const md = renderSummary([], [error('Unsupported argument', 'An argument named "imag" is not expected here.', range)]);
    expect(md).toContain('The template has 1 error; nothing was built.');
    expect(md).toContain('- a&#46;pkr&#46;hcl&#58;3&#58;5&#58; Unsupported argument');
    expect(md).not.toContain('| Build |');
  });

  test('a multi-platform build names its index platforms beside its name', () => {
    const r = {
      ...pushed('docker.a', 'reg/a', DIGEST_A),
      platforms: [
        { platform: 'linux/amd64', digests: [] },
        { platform: 'linux/arm64', digests: [] },
      ],
    };
    const [row] = renderSummary([r])
      .split('\n')
      .filter((l) => l.startsWith('| <code>'));
    expect(row).toContain('<code>docker&#46;a</code> ✅<br>index of <code>linux/amd64</code>, <code>linux/arm64</code> |');
  });

  test('a multi-platform build with a failed leg: each platform with its outcome, the others with their image', () => {
    const r = {
      ...result('docker.a', { tags: ['reg/a:1'] }),
      error: 'linux/arm64: exit status 1',
      platforms: [
        { platform: 'linux/amd64', imageId: IMAGE_1, digests: [{ repository: 'reg/a', tag: '1', digest: DIGEST_A, platform: 'linux/amd64' }] },
        { platform: 'linux/arm64', digests: [], error: 'exit status 1' },
        { platform: 'linux/arm/v7', imageId: IMAGE_2, digests: [] },
      ],
    };
    const [row] = renderSummary([r])
      .split('\n')
      .filter((l) => l.startsWith('| <code>'));
    const code = (s: string) => `<code>${s.replace(/[:.]/g, (c) => `&#${c.charCodeAt(0)};`)}</code>`;
    expect(row).toContain(
      `${code('docker.a')} ❌ linux/arm64&#58; exit status 1<br>${code('linux/amd64')} ✅ ${code(DIGEST_A)}<br>${code('linux/arm64')} ❌<br>${code('linux/arm/v7')} ✅ ${code(IMAGE_2)} |`,
    );
  });

  test('pushed by digest: each platform with its manifest digest, no index named', () => {
    const digests = [{ repository: 'reg/a', tag: '1', digest: DIGEST_A, platform: 'linux/arm64' }];
    const r = { ...result('docker.a', { tags: ['reg/a:1'] }), digests, platforms: [{ platform: 'linux/arm64', imageId: IMAGE_1, digests }] };
    const md = renderSummary([r]);
    expect(md).not.toContain('index of');
    expect(md).toContain(`<br><code>linux/arm64</code> ✅ <code>${DIGEST_A.replace(':', '&#58;')}</code>`);
  });

  test('stays under the size limit, counting the builds left out', () => {
    const many = Array.from({ length: 40 }, (_, i) => pushed(`docker.b${i}`, `reg/b${i}`, DIGEST_A));
    const full = renderSummary(many);
    const limit = 4096;
    const cut = renderSummary(many, [], limit);
    expect(Buffer.byteLength(full)).toBeGreaterThan(limit);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit);
    const shown = cut.split('\n').filter((l) => l.startsWith('| <code>')).length;
    expect(shown).toBeGreaterThan(0);
    expect(cut).toContain(`… and ${40 - shown} more builds, left out to keep the summary under 1 MiB.`);
  });

  test.each([
    [400, '0.4s'],
    [59_940, '59.9s'],
    [59_960, '1m 00s'],
    [61_000, '1m 01s'],
    [3_600_000, '60m 00s'],
  ])('duration %i ms → %s', (ms, text) => {
    expect(shortDuration(ms)).toBe(text);
  });
});

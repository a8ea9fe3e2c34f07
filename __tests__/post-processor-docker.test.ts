// docker-save and docker-import against the fake driver: what they accept, what they write, what they return.
import { formatReference, mustParseReference } from '../src/docker/reference.js';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { postProcessorContext, postProcessors, template, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import { tarFromContent } from '../src/docker/tar.js';
import type { ChainArtifact } from '../src/plugin/post-processor.js';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

function first(body: string, files: Record<string, string> = {}) {
  const dir = temps.make({ ...files, 't.pkr.hcl': template(body) });
  const { chains, diagnostics } = postProcessors(dir);
  expect(where(diagnostics)).toEqual([]);
  return { pp: chains[0][0].postProcessor, dir };
}

describe('docker-save', () => {
  it('saves the tagged image to path and returns the image with the tar as its file', async () => {
    const d = new FakeDriver();
    const id = d.addLocalImage('r:1');
    const { pp, dir } = first('post-processor "docker-save" {\n path = "out/img.tar"\n}', { 'out/.keep': '' });
    const input: ChainArtifact = { builderId: 'packer.post-processor.docker-tag', imageId: id, tags: [mustParseReference('r:1')], digests: [], files: [] };
    const out = await pp.run(input, postProcessorContext(d));
    expect(d.callsTo('saveImages')).toEqual([[['r:1']]]);
    expect(readFileSync(join(dir, 'out/img.tar')).includes(Buffer.from('"RepoTags":["r:1"]'))).toBe(true);
    expect(out).toEqual({ artifact: { ...input, files: ['out/img.tar'] }, keep: true, forceKeep: false });
  });

  it('saves an untagged commit by its ID', async () => {
    const d = new FakeDriver();
    const id = d.addLocalImage('r:1');
    const { pp } = first('post-processor "docker-save" {\n path = "img.tar"\n}');
    await pp.run({ builderId: 'packer.post-processor.docker-import', imageId: id, tags: [], digests: [], files: [] }, postProcessorContext(d));
    expect(d.callsTo('saveImages')).toEqual([[[id]]]);
  });

  it('refuses an artifact that is not an image, and removes a partial tar on failure', async () => {
    const d = new FakeDriver();
    const { pp, dir } = first('post-processor "docker-save" {\n path = "img.tar"\n}');
    await expect(pp.run({ builderId: 'packer.docker', files: ['x.tar'], tags: [], digests: [] }, postProcessorContext(d))).rejects.toThrow(
      'docker-save needs a Docker image',
    );
    await expect(
      pp.run({ builderId: 'packer.post-processor.docker-tag', imageId: 'sha256:none', tags: [], digests: [], files: [] }, postProcessorContext(d)),
    ).rejects.toThrow('reference does not exist');
    expect(existsSync(join(dir, 'img.tar'))).toBe(false);
  });

  it('requires path', () => {
    const dir = temps.make({ 't.pkr.hcl': template('post-processor "docker-save" {\n}') });
    expect(where(postProcessors(dir).diagnostics)).toEqual(['t.pkr.hcl:7:30 Missing required argument']);
  });
});

describe('docker-import', () => {
  async function exported(dir: string): Promise<ChainArtifact> {
    await pipeline(tarFromContent('etc/hello', 'hi'), createWriteStream(join(dir, 'rootfs.tar')));
    return { builderId: 'packer.docker', id: 'Container', files: ['rootfs.tar'], tags: [], digests: [] };
  }

  it('imports the exported tar with changes and platform, and does not keep its input', async () => {
    const d = new FakeDriver();
    const { pp, dir } = first(
      'post-processor "docker-import" {\n repository = "local/app"\n tag = "v1"\n changes = ["ENV A=1", "CMD [\\"/bin/sh\\"]"]\n platform = "linux/amd64"\n}',
    );
    const out = await pp.run(await exported(dir), postProcessorContext(d));
    const [, opts] = d.callsTo('importImage')[0] as [unknown, Record<string, unknown>];
    expect(opts).toEqual({ repository: 'local/app', tag: 'v1', changes: ['ENV A=1', 'CMD ["/bin/sh"]'], platform: 'linux/amd64' });
    expect(out.keep).toBe(false);
    expect(out.artifact).toMatchObject({ builderId: 'packer.post-processor.docker-import', id: 'local/app:v1', files: [] });
    expect(out.artifact.tags.map(formatReference)).toEqual(['local/app:v1']);
    expect(d.tags.get('local/app:v1')).toBe(out.artifact.imageId);
  });

  it("refuses a committed image with Packer's explanation", async () => {
    const { pp } = first('post-processor "docker-import" {\n repository = "local/app"\n}');
    const commit: ChainArtifact = { builderId: 'packer.post-processor.docker-import', imageId: 'sha256:x', files: [], tags: [], digests: [] };
    await expect(pp.run(commit, postProcessorContext(new FakeDriver()))).rejects.toThrow(
      /Unknown artifact type: packer.post-processor.docker-import\. .*set commit = true/,
    );
  });

  it('accepts an artifice artifact', async () => {
    const d = new FakeDriver();
    const { pp, dir } = first('post-processor "docker-import" {\n repository = "local/app"\n}');
    const art = { ...(await exported(dir)), builderId: 'packer.post-processor.artifice' };
    expect((await pp.run(art, postProcessorContext(d))).artifact.tags.map(formatReference)).toEqual(['local/app:latest']);
  });

  it('checks changes when validating', () => {
    const dir = temps.make({ 't.pkr.hcl': template('post-processor "docker-import" {\n repository = "r"\n changes = ["RUN make"]\n}') });
    expect(where(postProcessors(dir).diagnostics)).toEqual(['t.pkr.hcl:9:12 Invalid change']);
  });
});

// docker-push reports a digest only when the registry got this build's image: another build on the same engine may
// move the tag between docker-tag and docker-push, and the engine then pushes that build's image instead.
import { mustParseReference } from '../src/docker/reference.js';
import { describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { postProcessorContext, postProcessors, template, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import type { ChainArtifact } from '../src/plugin/post-processor.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

function dockerPush() {
  const { chains, diagnostics } = postProcessors(temps.make({ 't.pkr.hcl': template('post-processor "docker-push" {}') }));
  expect(where(diagnostics)).toEqual([]);
  return chains[0][0].postProcessor;
}

/** What docker-tag hands on: the image, tagged 127.0.0.1:5000/app:1. */
function tagged(imageId: string): ChainArtifact {
  return { builderId: 'packer.post-processor.docker-tag', imageId, tags: [mustParseReference('127.0.0.1:5000/app:1')], digests: [], files: [] };
}

describe('docker-push checks what it pushed', () => {
  it('reports the digest of its own image', async () => {
    const d = new FakeDriver();
    const id = d.addLocalImage('127.0.0.1:5000/app:1');
    const input = tagged(id);
    const out = await dockerPush().run(input, postProcessorContext(d));
    expect(out.artifact.digests).toEqual([{ repository: '127.0.0.1:5000/app', tag: '1', digest: expect.stringMatching(/^sha256:/) }]);
  });

  it('fails, reporting no digest, when another build moved the tag before the push', async () => {
    const d = new FakeDriver();
    const ours = d.addLocalImage('127.0.0.1:5000/app:1');
    const theirs = d.addLocalImage('127.0.0.1:5000/other:1');
    const push = d.push.bind(d);
    d.push = async (repository, tag, opts) => {
      await d.tag(theirs, repository, tag); // the other build's docker-tag, just before this push starts
      return push(repository, tag, opts);
    };
    const input = tagged(ours);
    await expect(dockerPush().run(input, postProcessorContext(d))).rejects.toThrow(
      new RegExp(`127\\.0\\.0\\.1:5000/app:1 was pushed, but the registry's sha256:[0-9a-f]{64} is not this build's image \\(${ours}\\)`),
    );
  });

  it('asks the registry when the engine records no digest on the image (Podman), and trusts only its answer', async () => {
    const d = new FakeDriver();
    const ours = d.addLocalImage('127.0.0.1:5000/app:1');
    const theirs = d.addLocalImage('127.0.0.1:5000/other:1');
    const push = d.push.bind(d);
    let moveTag = false;
    d.push = async (repository, tag, opts) => {
      if (moveTag) await d.tag(theirs, repository, tag);
      const pushed = await push(repository, tag, opts);
      for (const image of d.images.values()) image.repoDigests = []; // an engine that records nothing
      return pushed;
    };
    const input = tagged(ours);
    await expect(dockerPush().run(input, postProcessorContext(d))).resolves.toMatchObject({ artifact: { digests: [expect.anything()] } });
    moveTag = true;
    await expect(dockerPush().run(input, postProcessorContext(d))).rejects.toThrow(/is not this build's image/);
    expect(d.callsTo('pushedImageId')).toHaveLength(2);
  });
});

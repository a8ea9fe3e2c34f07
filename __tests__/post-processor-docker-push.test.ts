// docker-push against the fake driver, as a user sees it: what it prints for each tag, which progress lines it shows,
// the digests it adds to those it was given, push = false, a missing tag, an incomplete login, a retried push, and
// the proof that the registry got this build's image.
import { mustParseReference } from '../src/docker/reference.js';
import { describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { postProcessorContext, postProcessors, template, TempDirs } from '../__fixtures__/plugins/harness.js';
import { DriverError } from '../src/docker/driver.js';
import type { ChainArtifact } from '../src/plugin/post-processor.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

const REPO = '127.0.0.1:5000/app';
const EARLIER = { repository: 'reg/old', tag: 'x', digest: `sha256:${'e'.repeat(64)}` as const };

function dockerPush(body = '') {
  const { chains } = postProcessors(temps.make({ 't.pkr.hcl': template(`post-processor "docker-push" {\n${body}\n}`) }));
  return chains[0][0].postProcessor;
}

function input(d: FakeDriver, tags: string[]): ChainArtifact {
  const id = d.addLocalImage(tags[0] ?? `${REPO}:none`);
  for (const t of tags.slice(1)) d.tags.set(t, id);
  return { builderId: 'packer.post-processor.docker-tag', imageId: id, tags: tags.map(mustParseReference), digests: [EARLIER], files: [] };
}

describe('docker-push', () => {
  it('pushes every tag, shows layer progress and each digest, and adds the digests to those it was given', async () => {
    const d = new FakeDriver();
    const push = d.push.bind(d);
    d.push = async (repository, tag, opts) => {
      for (const status of ['Preparing', 'Waiting', 'Pushed', 'Layer already exists', 'Mounted from library/base', 'Pushing'])
        opts?.onProgress?.({ status, id: 'abc' });
      opts?.onProgress?.({ status: 'Pushed' });
      return push(repository, tag, opts);
    };
    const artifact = input(d, [`${REPO}:1`, `${REPO}:latest`]);
    const lines: string[] = [];
    const out = await dockerPush().run(artifact, postProcessorContext(d, lines));
    const [one, latest] = [d.pushed.get(`${REPO}:1`), d.pushed.get(`${REPO}:latest`)];
    expect(lines).toEqual([
      `==> Pushing: ${REPO}:1`,
      '    abc: Pushed',
      '    abc: Layer already exists',
      '    abc: Mounted from library/base',
      '    : Pushed',
      expect.stringMatching(/^ {4}[0-9a-f]{12}: Pushed$/),
      `    1: digest: ${one} size: 528`,
      `==> Pushing: ${REPO}:latest`,
      '    abc: Pushed',
      '    abc: Layer already exists',
      '    abc: Mounted from library/base',
      '    : Pushed',
      expect.stringMatching(/^ {4}[0-9a-f]{12}: Pushed$/),
      `    latest: digest: ${latest} size: 528`,
    ]);
    expect(out).toEqual({
      artifact: {
        ...artifact,
        digests: [EARLIER, { repository: REPO, tag: '1', digest: one }, { repository: REPO, tag: 'latest', digest: latest }],
      },
      keep: true,
      forceKeep: false,
    });
  });

  it('says when the registry already served the image, and shows no size it was not told', async () => {
    const d = new FakeDriver();
    const artifact = input(d, [`${REPO}:1`]);
    const push = d.push.bind(d);
    d.push = async (repository, tag, opts) => ({ digest: (await push(repository, tag, opts)).digest, unchanged: true });
    const lines: string[] = [];
    await dockerPush().run(artifact, postProcessorContext(d, lines));
    expect(lines.slice(2)).toEqual(['    1: the registry already serves this image, nothing to push', `    1: digest: ${d.pushed.get(`${REPO}:1`)}`]);
  });

  it('with push off, pushes nothing and passes its input on, kept', async () => {
    const d = new FakeDriver();
    const artifact = input(d, [`${REPO}:1`, `${REPO}:2`]);
    const lines: string[] = [];
    const out = await dockerPush().run(artifact, { ...postProcessorContext(d, lines), push: false });
    expect(lines).toEqual([`==> Skipping push of ${REPO}:1, ${REPO}:2 (push is off)`]);
    expect(out).toEqual({ artifact, keep: true, forceKeep: false });
    expect(d.callsTo('push')).toEqual([]);
  });

  it('needs a tag, and a complete login when login = true', async () => {
    const d = new FakeDriver();
    await expect(dockerPush().run(input(d, []), postProcessorContext(d))).rejects.toThrow(
      'docker-push needs a tagged image: put a docker-tag post-processor before it in the same post-processors chain.',
    );
    await expect(dockerPush('login = true\nlogin_server = "r"').run(input(d, [`${REPO}:1`]), postProcessorContext(d))).rejects.toThrow(/^login = true needs /);
    expect(d.callsTo('push')).toEqual([]);
  });

  it('retries a push that failed for a transient reason, and says so', async () => {
    const d = new FakeDriver();
    d.failOn('push', new DriverError('push: connection reset by peer'), { times: 1 });
    const lines: string[] = [];
    const out = await dockerPush().run(input(d, [`${REPO}:1`]), postProcessorContext(d, lines));
    expect(lines).toContain(`==> Push of ${REPO}:1 failed (attempt 1/3): push: connection reset by peer; retrying in 1s`);
    expect(out.artifact.digests).toHaveLength(2);
  }, 10_000);

  it('fails when the image was pushed under this repository before, but the digest now pushed is another image', async () => {
    const d = new FakeDriver();
    const artifact = input(d, [`${REPO}:1`]);
    // An earlier push of this very image to the repository left its record; then another build moves the tag.
    await d.push(REPO, '1');
    const theirs = d.addLocalImage(`${REPO}:other`);
    const push = d.push.bind(d);
    d.push = async (repository, tag, opts) => {
      await d.tag(theirs, repository, tag);
      return push(repository, tag, opts);
    };
    await expect(dockerPush().run(artifact, postProcessorContext(d))).rejects.toThrow(
      `tagged ${REPO}:1 while this one pushed it. Give concurrent builds distinct tags, or push again.`,
    );
  });

  it('fails when the same digest is recorded for another repository only', async () => {
    const d = new FakeDriver();
    const artifact = input(d, [`${REPO}:1`]);
    const image = d.images.get(artifact.imageId ?? '');
    const push = d.push.bind(d);
    d.push = async (repository, tag, opts) => {
      const r = await push(repository, tag, opts);
      // The engine recorded the digest under another name only, so the registry is asked — and names another image.
      if (image) image.repoDigests = [`reg/elsewhere@${r.digest}`];
      d.manifests.set(r.digest, `sha256:${'f'.repeat(64)}`);
      return r;
    };
    await expect(dockerPush().run(artifact, postProcessorContext(d))).rejects.toThrow("is not this build's image");
  });
});

describe('docker-push options repack does not support', () => {
  const diagnostics = (body: string) => {
    const { diagnostics } = postProcessors(temps.make({ 't.pkr.hcl': template(`post-processor "docker-push" {\n${body}\n}`) }));
    return diagnostics.map((d) => `${d.severity} ${d.summary}: ${d.detail ?? ''}`);
  };

  it('ecr_login = true is an error that says what to do instead; false is fine', () => {
    expect(diagnostics('ecr_login = true')).toEqual([expect.stringMatching(/^error Unsupported option: .*credential helper/)]);
    expect(diagnostics('ecr_login = false')).toEqual([]);
  });

  it('platform and docker_path are reported, with the reason', () => {
    expect(diagnostics('platform = "linux/arm64"')).toEqual([
      expect.stringMatching(/^\w+ platform is not supported by repack: repack pushes each tag as the engine stores it: .*set platform on the source\.$/),
    ]);
    expect(diagnostics('docker_path = "/usr/bin/docker"')).toEqual([expect.stringMatching(/^\w+ docker_path is not supported by repack: .+/)]);
  });
});

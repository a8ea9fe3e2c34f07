// Packer's keep_input_artifact rules across chains: which artifacts are reported and which are destroyed.
import { mustParseReference } from '../src/docker/reference.js';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { postProcessorContext, TempDirs } from '../__fixtures__/plugins/harness.js';
import { resultArtifact, runChains } from '../src/pipeline/chains.js';
import { globMatch, selected } from '../src/pipeline/glob.js';
import type { PlannedPostProcessor } from '../src/builders/docker/planned-build.js';
import type { ChainArtifact } from '../src/plugin/post-processor.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

/** A post-processor that writes file `out` and returns it, with the given keep defaults. */
function pp(out: string, keep: boolean, forceKeep: boolean, keepInputArtifact?: boolean, fail = false): PlannedPostProcessor {
  return {
    type: 'test',
    name: out,
    keepInputArtifact,
    postProcessor: {
      async run() {
        if (fail) throw new Error(`${out} failed`);
        return { artifact: { builderId: 'test', id: out, files: [out], tags: [], digests: [] }, keep, forceKeep };
      },
    },
  };
}

function setup() {
  const dir = temps.make({ 'built.tar': 'x' });
  const builder: ChainArtifact = { builderId: 'packer.docker', id: 'Container', files: ['built.tar'], tags: [], digests: [] };
  const run = async (chains: PlannedPostProcessor[][]) => {
    for (const c of chains) for (const p of c) writeFileSync(join(dir, p.name), p.name);
    const out = await runChains(builder, chains, postProcessorContext(new FakeDriver()), dir);
    const alive = ['built.tar', ...chains.flat().map((p) => p.name)].filter((f) => existsSync(join(dir, f)));
    return { reported: out.artifacts.map((a) => a.id), alive, errors: out.errors.map((e) => e.message), codes: out.errors.map((e) => e.code) };
  };
  return { run };
}

describe('runChains', () => {
  it.each<[string, PlannedPostProcessor[][], string[], string[]]>([
    ['no chains: the builder artifact', [], ['Container'], ['built.tar']],
    ['first pp keeps by default', [[pp('a', true, false)]], ['Container', 'a'], ['built.tar', 'a']],
    ['first pp does not keep: builder artifact destroyed', [[pp('a', false, false)]], ['a'], ['a']],
    ['keep_input_artifact = true overrides a pp that would not keep', [[pp('a', false, false, true)]], ['Container', 'a'], ['built.tar', 'a']],
    ['keep_input_artifact = false overrides a pp that keeps', [[pp('a', true, false, false)]], ['a'], ['a']],
    ['forceKeep beats keep_input_artifact = false', [[pp('a', true, true, false)]], ['Container', 'a'], ['built.tar', 'a']],
    [
      'middle artifact destroyed unless the next keeps it',
      [[pp('a', true, false), pp('b', false, false), pp('c', true, false)]],
      ['Container', 'b', 'c'],
      ['built.tar', 'b', 'c'],
    ],
    ['one chain keeping the original is enough', [[pp('a', false, false)], [pp('b', true, false)]], ['Container', 'a', 'b'], ['built.tar', 'a', 'b']],
  ])('%s', async (_name, chains, reported, alive) => {
    const r = await setup().run(chains);
    expect(r.reported).toEqual(reported);
    expect(r.alive).toEqual(alive);
    expect(r.errors).toEqual([]);
  });

  it('a failed chain reports its error, keeps the builder artifact, and the other chains still run', async () => {
    const r = await setup().run([[pp('a', true, false, undefined, true)], [pp('b', true, false)]]);
    expect(r.errors).toEqual(['a failed']);
    expect(r.codes).toEqual(['post-processor-failed']);
    expect(r.reported).toEqual(['Container', 'b']);
  });

  it('destroys an image artifact by its tags', async () => {
    const d = new FakeDriver();
    const id = d.addLocalImage('r:1');
    const image: ChainArtifact = { builderId: 'packer.post-processor.docker-import', imageId: id, files: [], tags: [mustParseReference('r:1')], digests: [] };
    await runChains(image, [[pp('a', false, false)]], postProcessorContext(d), temps.make({ a: '' }));
    expect(d.callsTo('removeImage')).toEqual([['r:1', {}]]);
  });
});

describe('runChains, what the user sees and what is destroyed', () => {
  function named(name: string, type: string, artifact: () => ChainArtifact, keep: boolean, fail?: string): PlannedPostProcessor {
    return {
      type,
      name,
      postProcessor: {
        async run() {
          if (fail) throw new Error(fail);
          return { artifact: artifact(), keep, forceKeep: false };
        },
      },
    };
  }
  const file = (f: string): ChainArtifact => ({ builderId: 'test', id: f, files: [f], tags: [], digests: [] });

  it('names each post-processor by type, or by name and type when it has its own name', async () => {
    const lines: string[] = [];
    const dir = temps.make({ 'built.tar': 'x' });
    const builder = file('built.tar');
    await runChains(
      builder,
      [[named('checksum', 'checksum', () => file('a'), true), named('sums', 'checksum', () => file('b'), true)]],
      postProcessorContext(new FakeDriver(), lines),
      dir,
    );
    expect(lines).toEqual(['==> Running post-processor: checksum', '==> Running post-processor: sums (type checksum)']);
  });

  it('removes a directory artifact whole; a missing file is no error', async () => {
    const dir = temps.make({ 'out/deep/x.txt': 'x', 'built.tar': 'x' });
    const builder = file('built.tar');
    const out = await runChains(
      builder,
      [[named('a', 't', () => file('out'), false), named('b', 't', () => file('gone'), false)]],
      postProcessorContext(new FakeDriver()),
      dir,
    );
    expect(out.errors).toEqual([]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(existsSync(join(dir, 'built.tar'))).toBe(false);
    expect(out.artifacts.map((a) => a.id)).toEqual(['gone']);
  });

  it('an untagged image is destroyed by its ID; one with neither tags nor ID is left alone', async () => {
    const d = new FakeDriver();
    const id = d.addLocalImage('r:1');
    d.tags.delete('r:1');
    const image: ChainArtifact = { builderId: 'packer.docker', imageId: id, files: [], tags: [], digests: [] };
    await runChains(image, [[named('a', 't', () => file('a'), false)]], postProcessorContext(d), temps.make({ a: '' }));
    expect(d.callsTo('removeImage')).toEqual([[id, {}]]);
    const none = new FakeDriver();
    await runChains(
      { builderId: 'x', files: [], tags: [], digests: [] },
      [[named('a', 't', () => file('a'), false)]],
      postProcessorContext(none),
      temps.make({ a: '' }),
    );
    expect(none.callsTo('removeImage')).toEqual([]);
  });

  it('a failed clean-up is reported, naming what could not be removed', async () => {
    const d = new FakeDriver();
    d.failOn('removeImage', new Error('image is in use'));
    const image = (tag: string): ChainArtifact => ({ builderId: 't', imageId: 'sha256:1', files: [], tags: [mustParseReference(tag)], digests: [] });
    const out = await runChains(
      image('r:builder'),
      [[named('a', 'tagger', () => image('r:mid'), false), named('b', 'pusher', () => file('f'), false)]],
      postProcessorContext(d),
      temps.make({ f: '' }),
    );
    expect(out.errors.map((e) => e.message)).toEqual([
      'Failed cleaning up the input of pusher: image is in use',
      "Failed cleaning up the builder's artifact: image is in use",
    ]);
  });

  it('a post-processor that passes its input on unchanged does not destroy it; a failed chain reports nothing of it', async () => {
    const dir = temps.make({ 'built.tar': 'x', a: 'a' });
    const builder = file('built.tar');
    const a = file('a');
    const same: PlannedPostProcessor = {
      type: 'same',
      name: 'same',
      postProcessor: { run: async (input) => ({ artifact: input, keep: false, forceKeep: false }) },
    };
    const out = await runChains(
      builder,
      [[named('a', 't', () => a, true), same], [named('x', 't', () => file('x'), true, 'x broke')]],
      postProcessorContext(new FakeDriver()),
      dir,
    );
    expect(existsSync(join(dir, 'a'))).toBe(true);
    expect(out.artifacts.map((r) => r.id)).toEqual(['built.tar', 'a']);
    expect(out.errors.map((e) => e.message)).toEqual(['x broke']);
  });

  it('a cancelled build runs no further chain', async () => {
    const ac = new AbortController();
    const ran: string[] = [];
    const cancelling = (name: string): PlannedPostProcessor => ({
      type: 't',
      name,
      postProcessor: {
        async run() {
          ran.push(name);
          ac.abort();
          return { artifact: file(name), keep: true, forceKeep: false };
        },
      },
    });
    const dir = temps.make({ 'built.tar': 'x' });
    await runChains(file('built.tar'), [[cancelling('one')], [cancelling('two')]], { ...postProcessorContext(new FakeDriver()), signal: ac.signal }, dir);
    expect(ran).toEqual(['one']);
  });
});

it('an artifact kept as an input and passed on as the result is reported once', async () => {
  const dir = temps.make({ 'built.tar': 'x', a: 'a' });
  const a: ChainArtifact = { builderId: 'test', id: 'a', files: ['a'], tags: [], digests: [] };
  const first: PlannedPostProcessor = { type: 't', name: 't', postProcessor: { run: async () => ({ artifact: a, keep: true, forceKeep: false }) } };
  const same: PlannedPostProcessor = {
    type: 'same',
    name: 'same',
    postProcessor: { run: async (input) => ({ artifact: input, keep: true, forceKeep: false }) },
  };
  const builder: ChainArtifact = { builderId: 'packer.docker', id: 'Container', files: ['built.tar'], tags: [], digests: [] };
  const out = await runChains(builder, [[first, same]], postProcessorContext(new FakeDriver()), dir);
  expect(out.artifacts.map((r) => r.id)).toEqual(['Container', 'a']);
});

describe('glob selection', () => {
  it.each([
    ['docker.?', 'docker.a', true],
    ['docker.?', 'docker.ab', false],
    ['docker.?', 'docker.', false],
    ['d*.a', 'docker.a', true],
    ['docker.a', 'dockerXa', false],
    ['b.(x)', 'b.(x)', true],
    ['a+', 'aa', false],
  ])('%j matches %j: %s', (pattern, name, expected) => {
    expect(globMatch(pattern, name)).toBe(expected);
  });

  it('with several only patterns, one match is enough; any except match excludes', () => {
    expect(selected('b.docker.a', ['x.*', 'b.docker.a'], [])).toBe(true);
    expect(selected('b.docker.a', ['x.*'], [])).toBe(false);
    expect(selected('b.docker.a', [], ['x.*', 'b.*'])).toBe(false);
    expect(selected('b.docker.a', [], [])).toBe(true);
  });
});

it('a reported artifact carries its id, description and a copy of its files', () => {
  const a: ChainArtifact = { builderId: 'packer.post-processor.compress', files: ['out.tar.gz'], tags: [], digests: [] };
  const r = resultArtifact(a);
  expect(r).toEqual({ builderId: 'packer.post-processor.compress', id: '', description: 'Created artifact from files: out.tar.gz', files: ['out.tar.gz'] });
  expect(r.files).not.toBe(a.files);
});

describe('runChains, a chain that stops part-way', () => {
  const file = (f: string): ChainArtifact => ({ builderId: 'test', id: f, files: [f], tags: [], digests: [] });
  const step = (name: string, out: () => ChainArtifact, keep: boolean, fail?: string): PlannedPostProcessor => ({
    type: 't',
    name,
    postProcessor: {
      async run() {
        if (fail) throw new Error(fail);
        return { artifact: out(), keep, forceKeep: false };
      },
    },
  });

  it('a failure after the first post-processor reports what was kept before it, not the input it failed on', async () => {
    const dir = temps.make({ 'built.tar': 'x', a: 'a', b: 'b' });
    const out = await runChains(
      file('built.tar'),
      [[step('a', () => file('a'), true), step('b', () => file('b'), false), step('c', () => file('c'), false, 'c broke')]],
      postProcessorContext(new FakeDriver()),
      dir,
    );
    expect(out.errors).toEqual([{ code: 'post-processor-failed', message: 'c broke', step: 'post-processor c' }]);
    // b did not keep its input (a is gone); c failed on b's output: b is no result of the chain, though it stays.
    expect(out.artifacts.map((a) => a.id)).toEqual(['built.tar']);
    expect(existsSync(join(dir, 'a'))).toBe(false);
    expect(existsSync(join(dir, 'b'))).toBe(true);
  });

  it('an input whose files are already gone is destroyed without an error', async () => {
    const dir = temps.make({ 'built.tar': 'x', out: '' });
    const out = await runChains(
      file('built.tar'),
      [[step('a', () => file('gone'), false), step('b', () => file('out'), false)]],
      postProcessorContext(new FakeDriver()),
      dir,
    );
    expect(out.errors).toEqual([]);
    expect(out.artifacts.map((a) => a.id)).toEqual(['out']);
  });
});

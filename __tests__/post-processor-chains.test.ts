// Packer's keep_input_artifact rules across chains: which artifacts are reported and which are destroyed.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeDriver } from '../__fixtures__/fake-driver.js';
import { postProcessorContext, TempDirs } from '../__fixtures__/plugins/harness.js';
import { runChains } from '../src/pipeline/chains.js';
import type { PlannedPostProcessor } from '../src/pipeline/plan.js';
import type { ChainArtifact } from '../src/post-processors/post-processor.js';

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
    return { reported: out.artifacts.map((a) => a.id), alive, errors: out.errors };
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
    expect(r.reported).toEqual(['Container', 'b']);
  });

  it('destroys an image artifact by its tags', async () => {
    const d = new FakeDriver();
    const id = d.addLocalImage('r:1');
    const image: ChainArtifact = { builderId: 'packer.post-processor.docker-import', imageId: id, files: [], tags: ['r:1'], digests: [] };
    await runChains(image, [[pp('a', false, false)]], postProcessorContext(d), temps.make({ a: '' }));
    expect(d.callsTo('removeImage')).toEqual([['r:1', {}]]);
  });
});

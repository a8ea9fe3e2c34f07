// Runs a build's post-processor chains on its artifact with Packer's keep rules: each post-processor says whether
// its input is kept (and whether keep_input_artifact = false may override that); an input not kept is destroyed,
// the builder's artifact only when no chain's first post-processor keeps it. A failed chain does not stop the others.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Driver } from '../docker/driver.js';
import { formatReference } from '../docker/reference.js';
import { artifactDescription, artifactId } from '../post-processors/describe.js';
import type { ChainArtifact, PostProcessorContext } from '../plugin/post-processor.js';
import type { PlannedPostProcessor } from '../builders/docker/planned-build.js';
import type { Artifact } from '../plugin/result.js';
import { messageOf } from '../error-message.js';
import { toBuildError, type BuildError } from '../plugin/build-error.js';

export interface ChainsOutcome {
  /** Packer's order: the builder's artifact first when kept, then each chain's kept and final artifacts. */
  artifacts: ChainArtifact[];
  errors: BuildError[];
}

function keepInput(pp: PlannedPostProcessor, keep: boolean, forceKeep: boolean): boolean {
  if (pp.keepInputArtifact === undefined) return keep;
  if (keep && forceKeep && !pp.keepInputArtifact) return true;
  return pp.keepInputArtifact;
}

/** What an artifact is made of goes: its files, or else its image (by tag, or by ID when untagged). */
export async function destroyArtifact(a: ChainArtifact, driver: Driver, cwd: string): Promise<void> {
  if (a.files.length > 0) {
    for (const f of a.files) await rm(resolve(cwd, f), { recursive: true, force: true });
    return;
  }
  const refs = a.tags.length > 0 ? a.tags.map(formatReference) : a.imageId ? [a.imageId] : [];
  for (const ref of refs) await driver.removeImage(ref);
}

function label(pp: PlannedPostProcessor): string {
  return pp.name === pp.type ? pp.type : `${pp.name} (type ${pp.type})`;
}

export async function runChains(builder: ChainArtifact, chains: PlannedPostProcessor[][], ctx: PostProcessorContext, cwd: string): Promise<ChainsOutcome> {
  const artifacts: ChainArtifact[] = [];
  const errors: BuildError[] = [];
  const destroy = async (a: ChainArtifact, what: string, pp?: PlannedPostProcessor) => {
    await destroyArtifact(a, ctx.driver, cwd).catch((e: unknown) => {
      const failed = toBuildError(e, pp ? `post-processor ${pp.name}` : 'artifact cleanup', pp?.block, 'post-processor-failed');
      errors.push({ ...failed, message: `Failed cleaning up ${what}: ${messageOf(e)}` });
    });
  };
  let keepOriginal = chains.length === 0;
  for (const chain of chains) {
    let prior = builder;
    let failed = false;
    for (const [i, pp] of chain.entries()) {
      ctx.say(`Running post-processor: ${label(pp)}`);
      let out;
      try {
        out = await pp.postProcessor.run(prior, ctx);
      } catch (e: unknown) {
        errors.push(toBuildError(e, `post-processor ${pp.name}`, pp.block, 'post-processor-failed'));
        failed = true;
        break;
      }
      const keep = keepInput(pp, out.keep, out.forceKeep);
      if (i === 0) keepOriginal ||= keep;
      else if (keep) artifacts.push(prior);
      else if (prior !== out.artifact) await destroy(prior, `the input of ${pp.type}`, pp);
      prior = out.artifact;
    }
    if (!failed) artifacts.push(prior);
    if (ctx.signal.aborted) break;
  }
  if (keepOriginal) artifacts.unshift(builder);
  else await destroy(builder, "the builder's artifact");
  return { artifacts: artifacts.filter((a, i) => artifacts.indexOf(a) === i), errors };
}

export function resultArtifact(a: ChainArtifact): Artifact {
  return { builderId: a.builderId, id: artifactId(a), description: artifactDescription(a), files: [...a.files] };
}

// Runs planned builds, at most N at once: the builder's steps, then each post-processor chain on the artifact.
import type { Driver } from '../docker/driver.js';
import { builderSteps, errorCleanupStep, type DockerBuildState } from '../builders/docker/steps.js';
import type { ImageArtifact, PostProcessorContext } from '../post-processors/post-processor.js';
import type { PlannedBuild } from './plan.js';
import type { OnError, RunOptions } from './options.js';
import type { Artifact, BuildResult } from './result.js';
import { BuildCancelled, runSteps } from './step.js';
import type { Ui } from './ui.js';

export interface RunnerOptions {
  driver: Driver;
  ui: Ui;
  signal: AbortSignal;
  parallelBuilds: number;
  onError: OnError;
  push: boolean;
  onResource?: RunOptions['onResource'];
}

/** One promise chain per repository: pushes to the same repository never overlap. */
export function repositoryLocks(): PostProcessorContext['withRepositoryLock'] {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(repository: string, fn: () => Promise<T>): Promise<T> => {
    const prev = tails.get(repository) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    tails.set(repository, next.catch(() => undefined));
    return next;
  };
}

export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

function builderArtifact(b: PlannedBuild, imageId: string | undefined): Artifact | undefined {
  const c = b.config;
  if (c.commit && imageId) return { builderId: 'packer.docker', id: imageId, description: `Imported Docker image: ${imageId}`, files: [] };
  if (c.exportPath) return { builderId: 'packer.docker', id: c.exportPath, description: `Exported Docker file: ${c.exportPath}`, files: [c.exportPath] };
  return undefined;
}

function describeArtifact(a: ImageArtifact): Artifact {
  const pushed = a.digests.map((d) => `${d.repository}@${d.digest}`);
  const description = pushed.length > 0 ? `Pushed Docker image: ${a.tags.join(', ')} (${pushed.join(', ')})` : `Tagged Docker image: ${a.imageId} with tags ${a.tags.join(' ')}`;
  return { builderId: a.builderId, id: a.tags.join(','), description, files: [] };
}

async function runBuild(b: PlannedBuild, o: RunnerOptions, withRepositoryLock: PostProcessorContext['withRepositoryLock']): Promise<BuildResult> {
  const started = Date.now();
  const ui = { say: (m: string) => o.ui.say(b.name, m), message: (m: string) => o.ui.message(b.name, m), error: (m: string) => o.ui.error(b.name, m) };
  const result: BuildResult = { name: b.name, buildName: b.buildName, source: b.source, tags: [], digests: [], artifacts: [], cache: { hits: 0, steps: b.provisioners.length }, durationMs: 0 };
  const state: DockerBuildState = { build: b, driver: o.driver, ui, onResource: o.onResource };
  const cleanupError = (step: string, e: unknown) => ui.error(`Cleanup of ${step} failed: ${messageOf(e)}`);
  const failure = await runSteps(builderSteps(b), state, o.signal, cleanupError, o.onError === 'cleanup');
  if (failure !== undefined) {
    if (o.onError === 'run-cleanup-provisioner') await errorCleanupStep.cleanup?.(state).catch((e: unknown) => cleanupError('error-cleanup-provisioner', e));
    if (o.onError !== 'cleanup' && state.containerId) ui.error(`Leaving the container ${state.containerId} for inspection (-on-error=${o.onError}).`);
    result.error = failure instanceof BuildCancelled ? 'Build was cancelled.' : messageOf(failure);
    ui.error(`Build '${b.name}' errored after ${elapsed(started)}: ${result.error}`);
    result.durationMs = Date.now() - started;
    return result;
  }
  result.imageId = state.imageId;
  const built = builderArtifact(b, state.imageId);
  if (built) result.artifacts.push(built);
  const ctx: PostProcessorContext = { driver: o.driver, say: ui.say, message: ui.message, signal: o.signal, push: o.push, withRepositoryLock };
  try {
    for (const chain of b.chains) {
      if (!state.imageId) throw new Error('Post-processors need an image: set commit = true in the docker source.');
      let artifact: ImageArtifact = { builderId: 'packer.docker', imageId: state.imageId, tags: [], digests: [] };
      for (const pp of chain) {
        ui.say(`Running post-processor: ${pp.name === pp.type ? pp.type : `${pp.name} (type ${pp.type})`}`);
        artifact = await pp.postProcessor.run(artifact, ctx);
      }
      for (const t of artifact.tags) if (!result.tags.includes(t)) result.tags.push(t);
      result.digests.push(...artifact.digests);
      result.artifacts.push(describeArtifact(artifact));
    }
  } catch (e: unknown) {
    result.error = o.signal.aborted ? 'Build was cancelled.' : messageOf(e);
    ui.error(`Build '${b.name}' errored after ${elapsed(started)}: ${result.error}`);
  }
  result.durationMs = Date.now() - started;
  if (!result.error) ui.say(`Build '${b.name}' finished after ${elapsed(started)}.`);
  return result;
}

/** Packer's "12 seconds 345 milliseconds". */
export function elapsed(since: number): string {
  const ms = Date.now() - since;
  const parts: string[] = [];
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  if (h) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
  if (m) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (s) parts.push(`${s} second${s === 1 ? '' : 's'}`);
  parts.push(`${ms % 1000} millisecond${ms % 1000 === 1 ? '' : 's'}`);
  return parts.join(' ');
}

export async function runBuilds(builds: PlannedBuild[], o: RunnerOptions): Promise<BuildResult[]> {
  const results: BuildResult[] = new Array(builds.length);
  const limit = o.parallelBuilds > 0 ? o.parallelBuilds : builds.length;
  const withRepositoryLock = repositoryLocks();
  let next = 0;
  const worker = async () => {
    while (next < builds.length) {
      const i = next++;
      results[i] = await runBuild(builds[i], o, withRepositoryLock);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, builds.length) }, worker));
  return results;
}

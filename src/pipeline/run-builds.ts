// Runs planned builds, at most N at once: the builder's steps, then each post-processor chain on the artifact.
import type { Driver } from '../docker/driver.js';
import { formatReference } from '../docker/reference.js';
import { builderSteps, errorCleanupStep, type DockerBuildState } from '../builders/docker/steps.js';
import { bootstrapStep } from '../builders/docker/bootstrap.js';
import { closeShell } from '../builders/docker/build-container.js';
import { BuildCache } from '../cache/build-cache.js';
import { openCaches, type CacheOptions, type OpenedCaches } from '../cache/options.js';
import { BUILDER_ID, type ChainArtifact, type PostProcessorContext } from '../plugin/post-processor.js';
import { resultArtifact, runChains } from './chains.js';
import type { PlannedBuild } from '../builders/docker/planned-build.js';
import type { OnError, RunOptions } from './options.js';
import type { BuildResult } from '../plugin/result.js';
import { runSteps, type CleanupRetry } from '../plugin/step.js';
import { buildErrorCode, errorText, toBuildError, type BuildError } from '../plugin/build-error.js';
import type { Ui } from './ui.js';
import { RUN_UUID } from './run-uuid.js';
import type { IndexCollector } from '../plugin/image-index.js';
import { messageOf } from '../error-message.js';

export interface RunnerOptions {
  driver: Driver;
  ui: Ui;
  signal: AbortSignal;
  parallelBuilds: number;
  onError: OnError;
  ask?: RunOptions['ask'];
  push: boolean;
  onResource?: RunOptions['onResource'];
  containerLabels?: RunOptions['containerLabels'];
  cache?: CacheOptions;
  /** The directory relative paths of artifacts resolve against (the run's working directory). */
  cwd: string;
  /** Gathers the platform images the legs of multi-platform builds push (legs.ts). */
  indexes?: IndexCollector;
}

/** One promise chain per repository: pushes to the same repository never overlap. */
export function repositoryLocks(): PostProcessorContext['withRepositoryLock'] {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(repository: string, fn: () => Promise<T>): Promise<T> => {
    const prev = tails.get(repository) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    tails.set(
      repository,
      next.catch(() => undefined),
    );
    return next;
  };
}

/** The docker builder's artifact, as Packer's plugin makes it: the committed image, or the exported tar. */
function builderArtifact(b: PlannedBuild, imageId: string | undefined): ChainArtifact | undefined {
  const c = b.config;
  if (c.commit && imageId)
    return { builderId: BUILDER_ID.dockerImport, id: imageId, description: `Imported Docker image: ${imageId}`, files: [], imageId, tags: [], digests: [] };
  if (c.exportPath)
    return {
      builderId: BUILDER_ID.dockerExport,
      id: 'Container',
      description: `Exported Docker file: ${c.exportPathAsWritten ?? c.exportPath}`,
      files: [c.exportPath],
      tags: [],
      digests: [],
    };
  return undefined;
}

/** A daemon restart (systemctl restart docker) takes seconds: wait up to ~15 s for it before leaving a container behind. */
export function engineRestartRetry(ui: { error(m: string): void }): CleanupRetry {
  return {
    // A daemon shutting down drops the requests in flight before it stops answering: both are worth waiting for.
    retryable: (e) => buildErrorCode(e, 'builder-failed') === 'daemon-unreachable',
    attempts: 16,
    delayMs: 1000,
    onRetry: (step, _e, attempt) => {
      if (attempt === 1) ui.error(`Cleanup of ${step}: the Docker daemon is unreachable; retrying for up to 15 seconds...`);
    },
  };
}

function warn(ui: Ui, build: string, message: string): void {
  if (ui.warning) ui.warning(build, message);
  else ui.error(build, message);
}

function ended(ui: Ui, build: string, text: string, failed: boolean, failures?: readonly BuildError[]): void {
  if (ui.buildEnded) ui.buildEnded(build, text, failed, failures);
  else if (failed) ui.error(build, text);
  else ui.say(build, text);
}

function fail(result: BuildResult, failures: BuildError[]): void {
  result.failures = failures;
  result.error = errorText(failures);
}

async function runBuild(
  b: PlannedBuild,
  o: RunnerOptions,
  withRepositoryLock: PostProcessorContext['withRepositoryLock'],
  caches?: OpenedCaches,
  withImageLock?: DockerBuildState['withImageLock'],
): Promise<BuildResult> {
  const started = Date.now();
  const clock = performance.now();
  const ui = {
    say: (m: string) => o.ui.say(b.name, m),
    message: (m: string) => o.ui.message(b.name, m),
    error: (m: string) => o.ui.error(b.name, m),
    warning: (m: string) => warn(o.ui, b.name, m),
  };
  const result: BuildResult = {
    name: b.name,
    buildName: b.buildName,
    source: b.source,
    tags: [],
    digests: [],
    artifacts: [],
    cache: { hits: 0, steps: b.provisioners.length },
    durationMs: 0,
  };
  const state: DockerBuildState = { build: b, driver: o.driver, ui, onResource: o.onResource, containerLabels: o.containerLabels, withImageLock };
  if (caches) state.cache = new BuildCache(caches, o.cache?.noCache === true, ui.warning);
  const cleanupError = (step: string, e: unknown) => ui.error(`Cleanup of ${step} failed: ${messageOf(e)}`);
  const steps = b.config.bootstrap ? [bootstrapStep(o.cwd), ...builderSteps(b)] : builderSteps(b);
  const ask = o.onError === 'ask' && o.ask ? o.ask : undefined;
  const failure = await runSteps(
    steps,
    state,
    o.signal,
    cleanupError,
    o.onError === 'cleanup' || o.onError === 'ask',
    engineRestartRetry(ui),
    ask && ((step: string, e: unknown) => ask(b.name, step, messageOf(e))),
  );
  if (failure !== undefined) {
    if (o.onError === 'run-cleanup-provisioner') await errorCleanupStep.cleanup?.(state).catch((e: unknown) => cleanupError('error-cleanup-provisioner', e));
    // A kept container (abort, ask → abort, run-cleanup-provisioner) must not keep its exec stream, nor the process, alive.
    closeShell(state);
    if (o.onError !== 'cleanup' && state.containerId) ui.error(`Leaving the container ${state.containerId} for inspection (-on-error=${o.onError}).`);
    const step = failure.step;
    const code = step?.block ? 'provisioner-failed' : 'builder-failed';
    fail(result, [toBuildError(failure.error, step?.name ?? 'start', step?.block, code)]);
    ended(o.ui, b.name, `Build '${b.name}' errored after ${elapsed(clock)}: ${result.error}`, true, result.failures);
    result.durationMs = Date.now() - started;
    return result;
  }
  result.cache.hits = state.chain?.hits ?? 0;
  result.imageId = state.imageId;
  const built = builderArtifact(b, state.imageId);
  await state.cache?.flush(state.chain, o.signal, ui.say); // its failures are warnings
  if (built) {
    const ctx: PostProcessorContext = {
      driver: o.driver,
      say: ui.say,
      message: ui.message,
      signal: o.signal,
      push: o.push,
      withRepositoryLock,
      buildName: b.sourceName,
      builderType: 'docker',
      runUuid: RUN_UUID,
      ...(b.leg && o.indexes ? { leg: { build: b.leg.of, platform: b.leg.platform, indexes: o.indexes, base: state.base?.id } } : {}),
    };
    const outcome = await runChains(built, b.chains, ctx, o.cwd);
    for (const a of outcome.artifacts) {
      for (const t of a.tags.map(formatReference)) if (!result.tags.includes(t)) result.tags.push(t);
      for (const d of a.digests)
        if (!result.digests.some((x) => x.repository === d.repository && x.tag === d.tag && x.digest === d.digest)) result.digests.push(d);
      result.artifacts.push(resultArtifact(a));
    }
    if (outcome.errors.length > 0) {
      fail(result, o.signal.aborted ? [{ code: 'cancelled', message: 'Build was cancelled.', step: 'post-processors' }] : outcome.errors);
      ended(o.ui, b.name, `Build '${b.name}' errored after ${elapsed(clock)}: ${result.error}`, true, result.failures);
    }
  }
  const removalError = await state.removal;
  if (removalError !== undefined) cleanupError('container', removalError);
  result.durationMs = Date.now() - started;
  if (!result.error) ended(o.ui, b.name, `Build '${b.name}' finished after ${elapsed(clock)}.`, false);
  return result;
}

const DURATION_UNITS: [string, number][] = [
  ['day', 86_400_000_000],
  ['hour', 3_600_000_000],
  ['minute', 60_000_000],
  ['second', 1_000_000],
  ['millisecond', 1000],
  ['microsecond', 1],
];

/** Packer's durations (durafmt, first two non-zero units): "12 seconds 345 milliseconds", "899 milliseconds 553 microseconds". */
export function durationInWords(us: number): string {
  let rest = Math.max(0, Math.floor(us));
  const parts: string[] = [];
  for (const [unit, size] of DURATION_UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 && parts.length < 2) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
  }
  return parts.length > 0 ? parts.join(' ') : '0 microseconds';
}

/** The time since `since` (a performance.now() reading), in Packer's words. */
export function elapsed(since: number): string {
  return durationInWords((performance.now() - since) * 1000);
}

export async function runBuilds(builds: PlannedBuild[], o: RunnerOptions): Promise<BuildResult[]> {
  const results: BuildResult[] = new Array(builds.length);
  const limit = o.parallelBuilds > 0 ? o.parallelBuilds : builds.length;
  const withRepositoryLock = repositoryLocks();
  const withImageLock = repositoryLocks();
  const caches = o.cache ? openCaches(o.cache, o.driver, (m) => warn(o.ui, 'cache', m)) : undefined;
  let next = 0;
  const worker = async () => {
    while (next < builds.length) {
      const i = next++;
      results[i] = await runBuild(builds[i], o, withRepositoryLock, caches, withImageLock);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, builds.length) }, worker));
  return results;
}

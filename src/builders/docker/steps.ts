// The docker builder's steps, in Packer's order: pull, run the container, provision, commit/export/discard.
// The container is removed by the run step's cleanup, whatever happens after it started.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Driver, ImageConfig, ImageInfo } from '../../docker/driver.js';
import type { BuildCache } from '../../cache/build-cache.js';
import type { CacheChain } from '../../cache/chain.js';
import { CACHE_KEY_LABEL, provisionerDescription } from '../../cache/key.js';
import { baseKey, commitKey } from './cache-keys.js';
import { BuildCancelled, throwIfAborted, type Step } from '../../plugin/step.js';
import type { PlannedBuild, PlannedProvisioner } from './planned-build.js';
import { ProvisionerError } from '../../plugin/provisioner.js';
import { communicatorFor, ensureContainer, lazyCommunicator, removeContainer } from './build-container.js';
import type { Communicator } from '../../plugin/communicator.js';
import type { ShellSession } from './shell-session.js';
import { formatGoDuration } from '../../plugin/duration.js';
import { goQuote } from '../../hcl/format/go-quote.js';
import { messageOf } from '../../error-message.js';
import { formatPlatform, imageMatches, imagePlatform } from '../../plugin/platform.js';

export interface BuildUi {
  say(message: string): void;
  message(line: string): void;
  error(message: string): void;
  /** Trouble that does not fail the build (Ui.warning); without it, `error`. */
  warning?(message: string): void;
}

export interface DockerBuildState {
  build: PlannedBuild;
  driver: Driver;
  ui: BuildUi;
  onResource?: (resource: { kind: 'container' | 'tempdir'; id: string }, added: boolean) => void;
  containerLabels?: Record<string, string>;
  base?: ImageInfo;
  containerId?: string;
  imageId?: string;
  /** When a provisioner failed, the error-cleanup-provisioner runs before the container goes. */
  provisionFailed?: boolean;
  /** The image the container was created from, and whether it was started. */
  containerFrom?: string;
  containerStarted?: boolean;
  /** The cache image of a step with a large layer: the next steps run in a container made from it (`rebase`). */
  rebasedOn?: string;
  /** Set when caching is on; `chain` once the base image is known. */
  cache?: BuildCache;
  chain?: CacheChain;
  /** The shell session that runs the shell provisioner's scripts in the build container (shell-session.ts). */
  shell?: { containerId: string; session: Promise<ShellSession | undefined> };
  /** The container's removal once the image is made: it overlaps the post-processors. Resolves to its error, if any. */
  removal?: Promise<unknown>;
  /** Serialises pulls of one image by the legs of a multi-platform build: a pull moves the tag to its platform. */
  withImageLock?: <T>(image: string, fn: () => Promise<T>) => Promise<T>;
  /** A step's cache image being committed while the host-effect steps after it run (`provisionCached`). */
  cacheWrite?: { image: Promise<string>; rebase: boolean };
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new BuildCancelled());
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new BuildCancelled());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

async function pullImage(s: DockerBuildState, signal: AbortSignal): Promise<void> {
  const { image, pull, platform, login, loginProblem } = s.build.config;
  if (pull && loginProblem) throw new Error(loginProblem);
  if (pull) {
    s.ui.say(`Pulling Docker image: ${image}${s.build.leg ? ` for ${platform}` : ''}`);
    let last = '';
    await s.driver.pull(image, {
      platform,
      auth: login,
      signal,
      onProgress: (e) => {
        // One line per layer state change, not per progress tick.
        const line = `${e.id ? `${e.id}: ` : ''}${e.status}`;
        if (!e.progress && line !== last) s.ui.message(line);
        last = line;
      },
    });
  }
  s.base = await s.driver.inspectImage(image);
  if (!s.base) throw new Error(`The image ${image} is not present${pull ? ' after pulling it' : ' and pull = false'}.`);
}

export const pullStep: Step<DockerBuildState> = {
  name: 'pull',
  async run(s, signal) {
    const { image, platform } = s.build.config;
    if (!s.build.leg) return pullImage(s, signal);
    const lock = s.withImageLock ?? ((_: string, fn: () => Promise<void>) => fn());
    try {
      await lock(image, () => pullImage(s, signal));
    } catch (e: unknown) {
      // The engine's words for an index without the platform: "no matching manifest for linux/arm64 in the manifest list entries".
      if (e instanceof Error && /no matching manifest/i.test(e.message)) throw new Error(`The base image ${image} has no ${platform} image: ${e.message}`);
      throw e;
    }
    // A single-platform base is pulled whatever platform is asked for: its config says which one it is.
    if (s.base && platform && !imageMatches(s.base, platform)) {
      const have = imagePlatform(s.base);
      throw new Error(`The base image ${image} has no ${platform} image (it is ${have ? formatPlatform(have) : 'of another platform'}).`);
    }
  },
};

/** Decides, once the base image is known, which steps the cache can serve (docs/caching.md). */
export const cacheStep: Step<DockerBuildState> = {
  name: 'cache',
  async run(s, signal) {
    if (!s.cache || !s.base) return;
    const { config } = s.build;
    if ((config.container.binds ?? []).length > 0) {
      s.ui.say('Caching is off for this build: its container mounts host paths (volumes), whose content no cache key covers.');
      s.cache = undefined;
      return;
    }
    const steps = s.build.provisioners.map((p) => ({
      effect: p.provisioner.effect ?? 'image',
      describe: () => provisionerDescription(p),
    }));
    const keys = s.cache.keys;
    const next = (previous: string, description: unknown) => keys.next(previous, description);
    const base = { key: baseKey(s.base.id, s.build, next), image: s.base.id };
    // A discard build keeps nothing, as Packer commits nothing for it: no step image either. Each commit would cost the
    // step's whole diff again on disk — the engine writes sparse files out in full (1 GiB sparse: 12.7 s, 1 GiB).
    s.chain = s.cache.chain(steps, base, config.commit ? (last) => commitKey(last, config, next) : undefined, signal, !config.discard);
  },
};

export const containerStep: Step<DockerBuildState> = {
  name: 'container',
  async run(s) {
    // With caching the container waits for the first step the cache does not serve.
    if (!s.chain) await ensureContainer(s, true);
  },
  async cleanup(s) {
    await cacheWriteSettled(s);
    if (!s.removal) await removeContainer(s);
  },
};

/**
 * Runs a provisioner with its pause, timeout and retries. With continue_on_error, a failure left after the retries is
 * printed as Packer prints it and the build goes on (the result is false); a cancelled build still stops.
 */
async function runProvisioner(s: DockerBuildState, p: PlannedProvisioner, signal: AbortSignal, comm?: Communicator): Promise<boolean> {
  try {
    await attemptProvisioner(s, p, signal, comm);
    return true;
  } catch (e: unknown) {
    if (!p.continueOnError || e instanceof BuildCancelled || signal.aborted) throw e;
    s.ui.say(`Warning: Provisioner failed with ${goQuote(messageOf(e))}, but continue_on_error is set; continuing the build.`);
    return false;
  }
}

/**
 * The attempts of a provisioner, as Packer wraps it: each attempt pauses (pause_before) and sets its timeout, and
 * RetriedProvisioner runs up to max_retries more after a failure.
 */
async function attemptProvisioner(s: DockerBuildState, p: PlannedProvisioner, signal: AbortSignal, comm?: Communicator): Promise<void> {
  if (!comm && !s.containerId) throw new Error('No container to provision.');
  const communicator = comm ?? communicatorFor(s, s.containerId ?? '');
  // As Packer's RetriedProvisioner, the retry messages and the error it gives up with are the first attempt's.
  let first: { error: unknown } | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      await attemptOnce(s, p, signal, communicator);
      return;
    } catch (e: unknown) {
      throwIfAborted(signal);
      first ??= { error: e };
      if (p.maxRetries === 0) throw e;
      if (attempt >= p.maxRetries) {
        s.ui.say('retry limit reached.');
        throw first.error;
      }
      s.ui.say(`Provisioner failed with ${goQuote(messageOf(first.error))}, retrying with ${p.maxRetries - attempt} trie(s) left`);
    }
  }
}

async function attemptOnce(s: DockerBuildState, p: PlannedProvisioner, signal: AbortSignal, comm: Communicator): Promise<void> {
  if (p.pauseBeforeMs > 0) {
    s.ui.say(`Pausing ${formatGoDuration(p.pauseBeforeMs)} before the next provisioner...`);
    await sleep(p.pauseBeforeMs, signal);
  }
  if (p.timeoutMs > 0) s.ui.say(`Setting a ${formatGoDuration(p.timeoutMs)} timeout for the next provisioner...`);
  const timeout = p.timeoutMs > 0 ? AbortSignal.timeout(p.timeoutMs) : undefined;
  const onTimeout = () => s.ui.error('Cancelling provisioner after a timeout...');
  timeout?.addEventListener('abort', onTimeout, { once: true });
  const timedOut = () => new ProvisionerError(`Provisioner ${p.name} timed out after ${p.timeoutMs / 1000}s.`);
  try {
    await p.provisioner.run({
      comm,
      say: s.ui.say,
      warn: s.ui.warning ?? s.ui.error,
      message: s.ui.message,
      signal: timeout ? AbortSignal.any([signal, timeout]) : signal,
      buildName: s.build.sourceName,
      builderType: 'docker',
      containerId: s.containerId,
    });
  } catch (e: unknown) {
    throwIfAborted(signal);
    throw timeout?.aborted ? timedOut() : e;
  } finally {
    timeout?.removeEventListener('abort', onTimeout);
  }
  throwIfAborted(signal);
  if (timeout?.aborted) throw timedOut();
}

/** Runs provisioner i — or, with caching, takes its result from the cache, and keeps a new result as a cache image. */
async function provisionCached(s: DockerBuildState, chain: CacheChain, p: PlannedProvisioner, i: number, signal: AbortSignal): Promise<void> {
  const step = `[${i + 1}/${s.build.provisioners.length}]`;
  if (p.provisioner.effect === 'host') {
    s.ui.say(`${step} RUN provisioner ${p.name} (never cached: its effect is outside the image)`);
    if (!(await runProvisioner(s, p, signal, lazyCommunicator(s)))) chain.spoil(i);
    return;
  }
  await cacheWritten(s);
  if (await chain.served(i)) {
    s.ui.say(`${step} CACHED provisioner ${p.name} (key ${chain.keyAfter(i).slice(0, 12)})`);
    return;
  }
  // Taken when the step is reached, as chain.ts requires — unless the build will use no key at all.
  const key = chain.usesKeys() ? chain.keyAfter(i) : undefined;
  s.ui.say(`${step} RUN provisioner ${p.name}`);
  const id = await ensureContainer(s, true);
  if (!(await runProvisioner(s, p, signal, communicatorFor(s, id)))) chain.spoil(i);
  if (key === undefined || !chain.keeps(i)) return;
  // In place, without pausing: the step is over and the next one has not begun.
  const image = s.driver.commit(id, { changes: [`LABEL ${CACHE_KEY_LABEL}=${key}`], pause: false }).then(async (made) => {
    await s.cache?.keep(key, made, false);
    return made;
  });
  s.cacheWrite = { image, rebase: s.build.config.commit || s.build.provisioners.slice(i + 1).some((q) => q.provisioner.effect !== 'host') };
  // Steps whose effect is on the host (a download, shell-local) leave the container's filesystem as it is: they run
  // while the commit does, and whatever comes next waits for it (cacheWritten).
  if (s.build.provisioners[i + 1]?.provisioner.effect === 'host') image.catch(() => undefined);
  else await cacheWritten(s);
}

/** Waits for the step cache image being committed, if any: before anything changes, commits or removes the container. */
async function cacheWritten(s: DockerBuildState): Promise<void> {
  const write = s.cacheWrite;
  if (!write) return;
  s.cacheWrite = undefined;
  const image = await write.image;
  if (write.rebase) await rebase(s, image);
}

/** `cacheWritten` on the way out of a failed build: the build's error is the one to report. */
async function cacheWriteSettled(s: DockerBuildState): Promise<void> {
  const image = s.cacheWrite?.image;
  s.cacheWrite = undefined;
  await image?.catch(() => undefined);
}

/** A step layer from this size on makes the next steps run in a container made from the step's cache image. */
export const REBASE_MIN_BYTES = 64 * 1024 * 1024;

/**
 * One container runs every step, so each commit is one layer of all changes since the container was made. After a
 * step that added a large layer, the next steps run in a new container made from its cache image instead: the image
 * the build commits then shares that layer, so a later build that changes a later step pushes only what follows it
 * (not the large layer again), and pulls of the next release download only that. It costs a container start (~0.3 s),
 * ~10 % of pushing 64 MB, and anything the old container held outside its filesystem — as a cache hit at this step
 * would (docs/caching.md, "Layers").
 */
async function rebase(s: DockerBuildState, image: string): Promise<void> {
  const from = s.containerFrom;
  if (!from) return;
  const [made, parent] = await Promise.all([s.driver.inspectImage(image), s.driver.inspectImage(from)]);
  if (made?.size === undefined || parent?.size === undefined || made.size - parent.size < REBASE_MIN_BYTES) return;
  s.ui.say(
    `The step added ${Math.round((made.size - parent.size) / 1e6)} MB: the next steps run in a container made from its cache image, which the image will share`,
  );
  s.rebasedOn = image;
}

export function provisionStep(p: PlannedProvisioner, i: number): Step<DockerBuildState> {
  return {
    name: `provisioner ${p.name}`,
    ...(p.block ? { block: p.block } : {}),
    async run(s, signal) {
      try {
        if (s.chain) await provisionCached(s, s.chain, p, i, signal);
        else await runProvisioner(s, p, signal);
      } catch (e: unknown) {
        s.provisionFailed = !(e instanceof BuildCancelled);
        throw e;
      }
    },
  };
}

/** Runs the build's error-cleanup-provisioner (if any) when a provisioner failed, before the container is removed. */
export const errorCleanupStep: Step<DockerBuildState> = {
  name: 'error-cleanup-provisioner',
  async run() {},
  async cleanup(s) {
    const p = s.build.errorCleanupProvisioner;
    if (!p || !s.provisionFailed || !s.containerId) return;
    await cacheWriteSettled(s);
    s.ui.say('Provisioning step had errors: Running the cleanup provisioner, if present...');
    await runProvisioner(s, p, new AbortController().signal);
  },
};

/** The base image's Cmd/Entrypoint survive the build container's run_command, as Packer's plugin keeps them. */
export function commitConfig(base: ImageConfig | undefined): Partial<ImageConfig> {
  return { Entrypoint: base?.Entrypoint ?? [], Cmd: base?.Cmd ?? null };
}

async function commitImage(s: DockerBuildState): Promise<void> {
  const { config } = s.build;
  const chain = s.chain;
  if (chain && (await chain.servedFinal())) {
    s.imageId = chain.finalImage;
    s.ui.say('CACHED commit: the image is unchanged');
    s.ui.message(`Image ID: ${s.imageId}`);
    return;
  }
  const key = chain && !chain.spoiled ? chain.finalKey() : undefined;
  // Without caching the running container; with caching it may still be the last cached image, made but not started.
  const container = chain ? await ensureContainer(s, false) : s.containerId;
  if (!container) throw new Error('No container to commit.');
  s.ui.say('Committing the container');
  const labels = key ? { Labels: { [CACHE_KEY_LABEL]: key } } : {};
  s.imageId = await s.driver.commit(container, {
    changes: config.changes,
    config: { ...commitConfig(s.base?.config), ...labels },
    author: config.author,
    message: config.message,
    pause: false,
  });
  if (key) await s.cache?.keep(key, s.imageId, true);
  s.ui.message(`Image ID: ${s.imageId}`);
}

export const commitStep: Step<DockerBuildState> = {
  name: 'commit',
  async run(s) {
    await cacheWritten(s);
    const { config } = s.build;
    if (config.commit) {
      await commitImage(s);
    } else if (config.exportPath) {
      const container = s.chain ? await ensureContainer(s, false) : s.containerId;
      if (!container) throw new Error('No container to export.');
      s.ui.say(`Exporting the container to ${config.exportPath}`);
      await pipeline(await s.driver.exportContainer(container), createWriteStream(config.exportPath));
    }
    // Nothing needs the container now: remove it while the post-processors run (the runner awaits it).
    s.removal = removeContainer(s).then(
      () => undefined,
      (e: unknown) => e,
    );
  },
};

export function builderSteps(build: PlannedBuild): Step<DockerBuildState>[] {
  return [pullStep, cacheStep, containerStep, errorCleanupStep, ...build.provisioners.map((p, i) => provisionStep(p, i)), commitStep];
}

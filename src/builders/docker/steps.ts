// The docker builder's steps, in Packer's order: pull, run the container, provision, commit/export/discard.
// The container is removed by the run step's cleanup, whatever happens after it started.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Driver, ImageConfig, ImageInfo } from '../../docker/driver.js';
import { BuildCancelled, throwIfAborted, type Step } from '../../pipeline/step.js';
import type { PlannedBuild, PlannedProvisioner } from '../../pipeline/plan.js';
import { ProvisionerError } from '../../provisioners/provisioner.js';
import { DockerCommunicator } from './communicator.js';

export interface BuildUi {
  say(message: string): void;
  message(line: string): void;
  error(message: string): void;
}

export interface DockerBuildState {
  build: PlannedBuild;
  driver: Driver;
  ui: BuildUi;
  onResource?: (resource: { kind: 'container' | 'tempdir'; id: string }, added: boolean) => void;
  base?: ImageInfo;
  containerId?: string;
  imageId?: string;
  /** When a provisioner failed, the error-cleanup-provisioner runs before the container goes. */
  provisionFailed?: boolean;
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

export const pullStep: Step<DockerBuildState> = {
  name: 'pull',
  async run(s, signal) {
    const { image, pull, platform } = s.build.config;
    if (pull) {
      s.ui.say(`Pulling Docker image: ${image}`);
      let last = '';
      await s.driver.pull(image, {
        platform,
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
  },
};

export const containerStep: Step<DockerBuildState> = {
  name: 'container',
  async run(s) {
    const spec = s.build.config.container;
    s.ui.say('Starting docker container...');
    s.ui.message(`Run command: docker run ${describeRun(s.build)}`);
    s.containerId = await s.driver.createContainer({ ...spec, labels: { ...spec.labels, 'io.repack.build': s.build.name } });
    s.onResource?.({ kind: 'container', id: s.containerId }, true);
    await s.driver.startContainer(s.containerId);
    s.ui.message(`Container ID: ${s.containerId}`);
  },
  async cleanup(s) {
    if (!s.containerId) return;
    s.ui.say(`Killing the container: ${s.containerId}`);
    await s.driver.removeContainer(s.containerId);
    s.onResource?.({ kind: 'container', id: s.containerId }, false);
    s.containerId = undefined;
  },
};

function describeRun(b: PlannedBuild): string {
  const c = b.config.container;
  const parts: string[] = [];
  if (c.openStdin) parts.push('-i');
  if (c.tty) parts.push('-t');
  if (c.entrypoint) parts.push(`--entrypoint=${c.entrypoint.join(' ')}`);
  for (const v of c.binds ?? []) parts.push(`-v ${v}`);
  if (c.privileged) parts.push('--privileged');
  return [...parts, c.image, ...(c.cmd ?? [])].join(' ');
}

async function runProvisioner(s: DockerBuildState, p: PlannedProvisioner, signal: AbortSignal): Promise<void> {
  if (!s.containerId) throw new Error('No container to provision.');
  if (p.pauseBeforeMs > 0) {
    s.ui.say(`Pausing ${p.pauseBeforeMs / 1000}s before the next provisioner...`);
    await sleep(p.pauseBeforeMs, signal);
  }
  const comm = new DockerCommunicator(s.driver, s.containerId, s.build.config.execUser);
  for (let attempt = 0; ; attempt++) {
    const timeout = p.timeoutMs > 0 ? AbortSignal.timeout(p.timeoutMs) : undefined;
    const stepSignal = timeout ? AbortSignal.any([signal, timeout]) : signal;
    try {
      await p.provisioner.run({ comm, say: s.ui.say, message: s.ui.message, signal: stepSignal, buildName: s.build.sourceName, builderType: 'docker' });
      throwIfAborted(signal);
      if (timeout?.aborted) throw new ProvisionerError(`Provisioner ${p.name} timed out after ${p.timeoutMs / 1000}s.`);
      return;
    } catch (e: unknown) {
      throwIfAborted(signal);
      const err = timeout?.aborted ? new ProvisionerError(`Provisioner ${p.name} timed out after ${p.timeoutMs / 1000}s.`) : e;
      if (attempt >= p.maxRetries) throw err;
      s.ui.error(`${err instanceof Error ? err.message : String(err)} Retrying (${attempt + 1}/${p.maxRetries})...`);
    }
  }
}

export function provisionStep(p: PlannedProvisioner): Step<DockerBuildState> {
  return {
    name: `provisioner ${p.name}`,
    async run(s, signal) {
      try {
        await runProvisioner(s, p, signal);
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
    s.ui.say('Provisioning step had errors: Running the cleanup provisioner, if present...');
    await runProvisioner(s, p, new AbortController().signal);
  },
};

/** The base image's Cmd/Entrypoint survive the build container's run_command, as Packer's plugin keeps them. */
export function commitConfig(base: ImageConfig | undefined): Partial<ImageConfig> {
  return { Entrypoint: base?.Entrypoint ?? [], Cmd: base?.Cmd ?? null };
}

export const commitStep: Step<DockerBuildState> = {
  name: 'commit',
  async run(s) {
    const { config } = s.build;
    if (!s.containerId) throw new Error('No container to commit.');
    if (config.commit) {
      s.ui.say('Committing the container');
      s.imageId = await s.driver.commit(s.containerId, {
        changes: config.changes,
        config: commitConfig(s.base?.config),
        author: config.author,
        message: config.message,
        pause: false,
      });
      s.ui.message(`Image ID: ${s.imageId}`);
    } else if (config.exportPath) {
      s.ui.say(`Exporting the container to ${config.exportPath}`);
      await pipeline(await s.driver.exportContainer(s.containerId), createWriteStream(config.exportPath));
    }
  },
};

export function builderSteps(build: PlannedBuild): Step<DockerBuildState>[] {
  return [pullStep, containerStep, errorCleanupStep, ...build.provisioners.map(provisionStep), commitStep];
}

// The build container, made when a step first needs it: at once without caching, and with caching only once a step
// misses — from the last cached image — so a fully cached build starts no container at all.
import type { Communicator } from '../../plugin/communicator.js';
import { DockerCommunicator } from './communicator.js';
import { ShellSession } from './shell-session.js';
import type { DockerBuildState } from './steps.js';

/** The `docker run` the container amounts to, from `image`: the base image, or a cached step's image it resumes from. */
function describeRun(s: DockerBuildState, image: string): string {
  const c = s.build.config.container;
  const parts: string[] = [];
  if (c.openStdin) parts.push('-i');
  if (c.tty) parts.push('-t');
  if (c.entrypoint) parts.push(`--entrypoint=${c.entrypoint.join(' ')}`);
  for (const v of c.binds ?? []) parts.push(`-v ${v}`);
  if (c.privileged) parts.push('--privileged');
  return [...parts, image, ...(c.cmd ?? [])].join(' ');
}

/** Removes the build container, if any. Idempotent. */
export async function removeContainer(s: DockerBuildState): Promise<void> {
  if (!s.containerId) return;
  const id = s.containerId;
  closeShell(s);
  s.ui.say(`Killing the container: ${id}`);
  await s.driver.removeContainer(id);
  s.onResource?.({ kind: 'container', id }, false);
  s.containerId = undefined;
  s.containerStarted = false;
}

/**
 * The container at the chain's current state (the base image, the last cached step, or the step image it was rebased
 * on), created and — when `start` — started. A container from an earlier state is replaced.
 */
export async function ensureContainer(s: DockerBuildState, start: boolean): Promise<string> {
  // A leg of a multi-platform build starts from its base image's ID: the tag names whichever platform was pulled last.
  const base = s.build.leg && s.base ? s.base.id : s.build.config.container.image;
  const from = s.rebasedOn ?? s.chain?.image ?? base;
  if (s.containerId && s.containerFrom !== from) await removeContainer(s);
  if (!s.containerId) {
    const spec = s.build.config.container;
    s.ui.say(start ? 'Starting docker container...' : 'Creating docker container from the cached image...');
    s.ui.message(`Run command: docker run ${describeRun(s, from === s.chain?.baseImage || from === base ? s.build.config.container.image : from)}`);
    // autoRemove: after an engine restart the engine removes it itself, should our removal have given up meanwhile.
    const labels = { ...spec.labels, ...s.containerLabels, 'io.repack.build': s.build.name };
    s.containerId = await s.driver.createContainer({ ...spec, image: from, labels, autoRemove: true });
    s.containerFrom = from;
    s.containerStarted = false;
    s.onResource?.({ kind: 'container', id: s.containerId }, true);
  }
  if (start && !s.containerStarted) {
    await s.driver.startContainer(s.containerId);
    s.containerStarted = true;
    s.ui.message(`Container ID: ${s.containerId}`);
  }
  return s.containerId;
}

/** Ends the container's shell session: its exec stream would keep the process alive when a build keeps the container. */
export function closeShell(s: DockerBuildState): void {
  const shell = s.shell;
  s.shell = undefined;
  void shell?.session.then((session) => session?.close());
}

/** The container's shell session: started on first use, and again after one ended (a cancelled step ends it). */
async function shellOf(s: DockerBuildState, containerId: string): Promise<ShellSession | undefined> {
  const current = s.shell?.containerId === containerId ? await s.shell.session : undefined;
  if (current?.alive) return current;
  const session = ShellSession.start(s.driver, containerId, s.build.config.execUser).catch(() => undefined);
  s.shell = { containerId, session };
  return session;
}

export function communicatorFor(s: DockerBuildState, containerId: string): Communicator {
  const { execUser, fixUploadOwner, container } = s.build.config;
  const user = container.user ?? s.base?.config.User ?? '';
  return new DockerCommunicator(s.driver, containerId, execUser, fixUploadOwner, user, () => shellOf(s, containerId));
}

/** A communicator that starts the container on its first use: host steps (shell-local) never need one. */
export function lazyCommunicator(s: DockerBuildState): Communicator {
  let comm: Promise<Communicator> | undefined;
  const get = () => (comm ??= ensureContainer(s, true).then((id) => communicatorFor(s, id)));
  return new Proxy({} as Communicator, {
    get(_target, method) {
      if (typeof method !== 'string' || method === 'then') return undefined; // not a thenable
      return async (...args: unknown[]): Promise<unknown> => {
        const c = await get();
        return (c[method as keyof Communicator] as (...a: unknown[]) => Promise<unknown>).apply(c, args);
      };
    },
  });
}

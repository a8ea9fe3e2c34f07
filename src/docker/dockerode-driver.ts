// The Driver against a real engine, through dockerode. Every failure leaves as a DriverError carrying the engine's
// message; streams (pull, push, import) are checked event by event (see progress.ts).
import { pipeline, type Transform } from 'node:stream';
import type Docker from 'dockerode';
import { commitRequest, podmanCommitRequest } from './commit-options.js';
import { createRequest } from './create-options.js';
import { explicitOnly, type CredentialResolver, type ResolvedAuth } from './credentials.js';
import {
  type BuildImageOptions,
  type CommitSpec,
  type ContainerSpec,
  type Driver,
  DriverError,
  type ExecResult,
  type ExecSession,
  type ExecSpec,
  type ImageInfo,
  type ProgressFn,
  type PushResult,
  REPACK_LABEL,
  type RegistryAuth,
} from './driver.js';
import { engineMessage, isNotFound, statusCode, toDriverError } from './errors.js';
import { runExec, startSession } from './exec.js';
import { toImageInfo } from './image-info.js';
import { type JsonMessage, followProgress, toProgressEvent } from './progress.js';
import { pushedDigest } from './push-digest.js';
import { parseReference, pullParameters } from './reference.js';
import { registryError } from './registry-errors.js';
import { getManifest, IMAGE_MANIFEST_TYPES, servedManifest } from './registry-api.js';
import { familiarName } from './registry-host.js';
import { collectingAsItStreams } from '../memory.js';

/** Calls dockerode makes but does not declare in its typings. */
interface UntypedCalls {
  getImages(opts: { names: string[] }): Promise<NodeJS.ReadableStream>;
}

const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

const relay =
  (onProgress: ProgressFn | undefined) =>
  (event: JsonMessage): void =>
    onProgress?.(toProgressEvent(event));

/**
 * A request body the engine may reject before reading it all. Not `stream.pipeline`: destroying its destination
 * makes it destroy the source with ERR_STREAM_PREMATURE_CLOSE, which crashes node when nobody listens any more.
 */
function guardedBody(source: NodeJS.ReadableStream): { body: Transform; discard(): void } {
  const body = collectingAsItStreams();
  source.on('error', (e: Error) => body.destroy(e)); // fails the request with the source's error
  source.pipe(body);
  return {
    body,
    discard(): void {
      source.unpipe(body);
      (source as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      body.destroy();
    },
  };
}

/** A response body (an archive, an export), freeing its chunks as it goes: see memory.ts. */
function downloaded(response: NodeJS.ReadableStream): NodeJS.ReadableStream {
  const body = collectingAsItStreams();
  pipeline(response, body, () => undefined); // an error or an early close of either side destroys the other
  return body;
}

function readId(response: unknown, action: string): string {
  const id = (response as { Id?: unknown } | null)?.Id;
  if (typeof id !== 'string' || id === '') throw new DriverError(`${action}: the engine returned no image ID`);
  return /^[0-9a-f]{64}$/.test(id) ? `sha256:${id}` : id; // Podman answers a commit with the bare hex
}

export class DockerodeDriver implements Driver {
  /**
   * @param address the daemon address as the CLI prints it, used in connection errors.
   * @param credentials finds the registry credentials for pulls and pushes not given explicit ones.
   */
  constructor(
    private readonly docker: Docker,
    readonly address: string,
    private readonly credentials: CredentialResolver = explicitOnly,
  ) {}

  private async call<T>(action: string, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    try {
      return await work();
    } catch (e: unknown) {
      if (signal?.aborted) throw new DriverError(`${action}: cancelled`, undefined, 'cancelled');
      throw toDriverError(e, action, this.address);
    }
  }

  /** Runs a registry request with the credentials for `ref`; its failures say which credentials were tried. */
  private withRegistryAuth<T>(
    action: string,
    ref: string,
    explicit: RegistryAuth | undefined,
    work: (auth: RegistryAuth) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    return this.call(
      action,
      async () => {
        const resolved: ResolvedAuth = await this.credentials.forImage(ref, explicit);
        try {
          return await work(resolved.auth);
        } catch (e: unknown) {
          if (signal?.aborted) throw e;
          throw registryError(toDriverError(e, action, this.address), action, resolved);
        }
      },
      signal,
    );
  }

  private podman?: Promise<boolean>;

  /** Podman's Docker-compatible API differs in a few calls (docs/builders/docker.md, "Engines"). */
  private isPodman(): Promise<boolean> {
    this.podman ??= this.docker.version().then(
      (v) => (v.Components ?? []).some((c) => /podman/i.test(c.Name)),
      () => false,
    );
    return this.podman;
  }

  version(): Promise<{ version: string; apiVersion: string }> {
    return this.call('docker version', async () => {
      const v = await this.docker.version();
      return { version: v.Version, apiVersion: v.ApiVersion };
    });
  }

  pull(ref: string, opts: { auth?: RegistryAuth; platform?: string; onProgress?: ProgressFn; signal?: AbortSignal } = {}): Promise<void> {
    const action = `pull ${ref}`;
    const parsed = parseReference(ref);
    if ('error' in parsed) return Promise.reject(new DriverError(`${action}: ${parsed.error}`));
    const { repository, tag } = pullParameters(parsed.ref);
    return this.withRegistryAuth(
      action,
      ref,
      opts.auth,
      async (auth) => {
        const served = opts.platform ? undefined : await this.servedAlready(repository, tag, ref, auth, opts.signal);
        if (served) {
          // What the engine says of a pull that finds nothing new.
          opts.onProgress?.({ status: `Digest: ${served.digest}` });
          opts.onProgress?.({ status: `Status: Image is up to date for ${ref}` });
          return;
        }
        const query = { fromImage: repository, tag, abortSignal: opts.signal, ...(opts.platform ? { platform: opts.platform } : {}) };
        const stream = await this.docker.createImage(auth, query);
        await followProgress(stream, action, relay(opts.onProgress));
      },
      opts.signal,
    );
  }

  async inspectImage(ref: string): Promise<ImageInfo | undefined> {
    try {
      return toImageInfo(await this.docker.getImage(ref).inspect());
    } catch (e: unknown) {
      if (isNotFound(e)) return undefined;
      throw toDriverError(e, `inspect image ${ref}`, this.address);
    }
  }

  createContainer(spec: ContainerSpec): Promise<string> {
    return this.call(`create container from ${spec.image}`, async () => {
      const { query, body } = createRequest(spec);
      // docker-modem sends `_query` as the query string and `_body` as the body instead of the whole object as both.
      const request: Docker.ContainerCreateOptions & { _query: object; _body: object } = { _query: query, _body: body };
      return (await this.docker.createContainer(request)).id;
    });
  }

  startContainer(id: string): Promise<void> {
    return this.call(`start container ${short(id)}`, async () => {
      try {
        await this.docker.getContainer(id).start();
      } catch (e: unknown) {
        if (statusCode(e) !== 304) throw e; // already running
      }
    });
  }

  exec(containerId: string, spec: ExecSpec): Promise<ExecResult> {
    const action = `exec ${JSON.stringify(spec.cmd[0] ?? '')} in container ${short(containerId)}`;
    return this.call(action, () => runExec(this.docker.getContainer(containerId), spec), spec.signal);
  }

  execSession(containerId: string, spec: ExecSpec): Promise<ExecSession> {
    const action = `exec ${JSON.stringify(spec.cmd[0] ?? '')} in container ${short(containerId)}`;
    const map = (e: unknown) => toDriverError(e, action, this.address);
    return this.call(action, () => startSession(this.docker.getContainer(containerId), spec, map));
  }

  putArchive(containerId: string, dir: string, tar: NodeJS.ReadableStream): Promise<void> {
    const action = `upload to ${dir} in container ${short(containerId)}`;
    return this.call(action, async () => {
      const upload = guardedBody(tar);
      try {
        await this.docker.getContainer(containerId).putArchive(upload.body, { path: dir });
      } catch (e: unknown) {
        upload.discard();
        if (isNotFound(e) && /could not find the file/i.test(engineMessage(e))) {
          throw new DriverError(`${action}: ${engineMessage(e)} (the target directory must exist)`, 404);
        }
        throw e;
      }
    });
  }

  getArchive(containerId: string, path: string): Promise<NodeJS.ReadableStream> {
    return this.call(`download ${path} from container ${short(containerId)}`, async () =>
      downloaded(await this.docker.getContainer(containerId).getArchive({ path })),
    );
  }

  commit(containerId: string, spec: CommitSpec): Promise<string> {
    const action = `commit container ${short(containerId)}`;
    return this.call(action, async () => {
      const container = this.docker.getContainer(containerId);
      if (await this.isPodman()) return readId(await container.commit(podmanCommitRequest(containerId, spec)), action);
      const request = commitRequest(containerId, spec);
      // With a body, the engine applies ENV changes to the body's Env and appends the container's variables after
      // them; `docker commit` (no body) keeps the container's first. Sending the container's Env keeps its order.
      if (spec.config && spec.config.Env === undefined && (spec.changes ?? []).some((c) => /^\s*ENV\s/i.test(c))) {
        request._body.Env = (await container.inspect()).Config.Env ?? [];
      }
      const response: unknown = await container.commit(request);
      return readId(response, action);
    });
  }

  removeContainer(id: string): Promise<void> {
    return this.call(`remove container ${short(id)}`, async () => {
      try {
        await this.docker.getContainer(id).remove({ force: true, v: true });
      } catch (e: unknown) {
        if (isNotFound(e)) return;
        // A concurrent cleanup (e.g. the post step) got there first.
        if (statusCode(e) === 409 && /already in progress/.test(engineMessage(e))) return;
        throw e;
      }
    });
  }

  tag(image: string, repository: string, tag: string): Promise<void> {
    return this.call(`tag ${image} as ${repository}:${tag}`, async () => {
      await this.docker.getImage(image).tag({ repo: repository, tag });
    });
  }

  push(repository: string, tag: string, opts: { auth?: RegistryAuth; onProgress?: ProgressFn; signal?: AbortSignal } = {}): Promise<PushResult> {
    const action = `push ${repository}:${tag}`;
    return this.withRegistryAuth(
      action,
      repository,
      opts.auth,
      async (auth) => {
        const served = await this.servedAlready(repository, tag, `${repository}:${tag}`, auth, opts.signal);
        if (served) return served;
        // Without an X-Registry-Auth header the engine rejects the push; `{}` means anonymous.
        const stream = await this.docker.getImage(repository).push({ tag, authconfig: auth, abortSignal: opts.signal });
        const events = await followProgress(stream, action, relay(opts.onProgress));
        const pushed = pushedDigest(events);
        if (!pushed) throw new DriverError(`${action}: the engine did not report the pushed manifest's digest`);
        return pushed;
      },
      opts.signal,
    );
  }

  /**
   * The registry's answer when `repository:tag` (or `@digest`) there serves exactly the local image `localRef`: the
   * registry points it at an image manifest (not a list, which may hold other platforms) whose digest the engine
   * recorded for this image in this repository (RepoDigests: a push or pull of exactly that manifest, whose config is
   * the image). A push would then upload nothing and put the same manifest back, a pull would find nothing new —
   * ~20–35 ms each, against a few for one HEAD request. Asked only of a daemon on this machine: a remote one may reach
   * a different registry under the same name. Any doubt means undefined, and the engine is asked as before.
   */
  private async servedAlready(repository: string, tag: string, localRef: string, auth: RegistryAuth, signal?: AbortSignal): Promise<PushResult | undefined> {
    if (!/^(unix|npipe):\/\//.test(this.address)) return undefined;
    const [image, served] = await Promise.all([this.inspectImage(localRef).catch(() => undefined), servedManifest(repository, tag, { auth, signal })]);
    if (!image || !served || !IMAGE_MANIFEST_TYPES.includes(served.mediaType)) return undefined;
    const wanted = familiarName(repository);
    const recorded = image.repoDigests.some((d) => {
      const at = d.lastIndexOf('@');
      return d.slice(at + 1) === served.digest && familiarName(d.slice(0, at)) === wanted;
    });
    return recorded ? { digest: served.digest, size: served.size, unchanged: true } : undefined;
  }

  async pushedImageId(repository: string, digest: string, opts: { auth?: RegistryAuth; signal?: AbortSignal } = {}): Promise<string | undefined> {
    try {
      return await this.withRegistryAuth(
        `read the manifest ${repository}@${digest}`,
        repository,
        opts.auth,
        async (auth) => {
          const m = await getManifest(repository, digest, { auth, signal: opts.signal });
          if (!IMAGE_MANIFEST_TYPES.includes(m.mediaType)) return undefined;
          const config = (JSON.parse(m.body.toString('utf8')) as { config?: { digest?: unknown } }).config?.digest;
          return typeof config === 'string' ? config : undefined;
        },
        opts.signal,
      );
    } catch {
      return undefined;
    }
  }

  removeImage(ref: string, opts: { force?: boolean } = {}): Promise<void> {
    return this.call(`remove image ${ref}`, async () => {
      try {
        await this.docker.getImage(ref).remove({ force: opts.force ?? false });
      } catch (e: unknown) {
        if (isNotFound(e)) return;
        throw e;
      }
    });
  }

  listContainers(label: string): Promise<string[]> {
    return this.call(`list containers labelled ${label}`, async () => {
      const containers = await this.docker.listContainers({ all: true, filters: { label: [label] } });
      return containers.map((c) => c.Id);
    });
  }

  listContainerLabels(label: string): Promise<{ id: string; labels: Record<string, string> }[]> {
    return this.call(`list containers labelled ${label}`, async () => {
      const containers = await this.docker.listContainers({ all: true, filters: { label: [label] } });
      return containers.map((c) => ({ id: c.Id, labels: c.Labels ?? {} }));
    });
  }

  listImages(label: string): Promise<ImageInfo[]> {
    return this.call(`list images labelled ${label}`, async () => {
      const summaries = await this.docker.listImages({ all: true, filters: { label: [label] } }); // all: step images a container was made from are "intermediate"
      const infos = await Promise.all(summaries.map((s) => this.inspectImage(s.Id)));
      return infos.filter((i): i is ImageInfo => i !== undefined);
    });
  }

  exportContainer(id: string): Promise<NodeJS.ReadableStream> {
    return this.call(`export container ${short(id)}`, async () => downloaded(await this.docker.getContainer(id).export()));
  }

  saveImages(refs: string[]): Promise<NodeJS.ReadableStream> {
    return this.call(`save ${refs.join(', ')}`, async () => downloaded(await (this.docker as unknown as UntypedCalls).getImages({ names: refs })));
  }

  loadImage(tar: NodeJS.ReadableStream): Promise<void> {
    const action = 'load images';
    return this.call(action, async () => {
      const upload = guardedBody(tar);
      try {
        // A corrupt or truncated tar is an `{error}` event in a 200 response, like pull and push failures.
        await followProgress(await this.docker.loadImage(upload.body, { quiet: true }), action);
      } catch (e: unknown) {
        upload.discard();
        throw e;
      }
    });
  }

  buildImage(context: NodeJS.ReadableStream, opts: BuildImageOptions): Promise<string> {
    const action = `build ${opts.dockerfile}`;
    return this.call(
      action,
      async () => {
        const upload = guardedBody(context);
        const query = {
          dockerfile: opts.dockerfile,
          buildargs: opts.buildArgs ?? {},
          labels: opts.labels ?? {},
          pull: opts.pull === true,
          rm: true,
          forcerm: true,
          ...(opts.platform ? { platform: opts.platform } : {}),
          ...(opts.signal ? { abortSignal: opts.signal } : {}),
        };
        try {
          const events = await followProgress(await this.docker.buildImage(upload.body, query), action, (e) => {
            for (const line of (e.stream ?? '').split('\n')) if (line.trim() !== '') opts.onOutput?.(line.trimEnd());
          });
          const id = events
            .map((e) => (e.aux as { ID?: unknown } | undefined)?.ID)
            .reverse()
            .find((x): x is string => typeof x === 'string' && x.startsWith('sha256:'));
          if (!id) throw new DriverError(`${action}: the engine did not report the new image's ID`);
          return id;
        } catch (e: unknown) {
          upload.discard();
          throw e;
        }
      },
      opts.signal,
    );
  }

  importImage(tar: NodeJS.ReadableStream, opts: { repository: string; tag?: string; changes?: string[]; platform?: string }): Promise<string> {
    const ref = `${opts.repository}:${opts.tag ?? 'latest'}`;
    const action = `import ${ref}`;
    return this.call(action, async () => {
      const upload = guardedBody(tar);
      const query = {
        repo: opts.repository,
        tag: opts.tag ?? 'latest',
        changes: [...(opts.changes ?? []), `LABEL ${REPACK_LABEL}=true`],
        ...(opts.platform ? { platform: opts.platform } : {}),
      };
      try {
        const events = await followProgress(await this.docker.importImage(upload.body, query), action);
        const id = events
          .map((e) => e.status ?? '')
          .reverse()
          .find((s) => /^sha256:[0-9a-f]{64}$/.test(s));
        if (!id) throw new DriverError(`${action}: the engine did not report the new image's ID`);
        return id;
      } catch (e: unknown) {
        upload.discard();
        throw e;
      }
    });
  }
}

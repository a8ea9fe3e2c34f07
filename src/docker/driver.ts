// The engine as repack sees it, in our own words. The builder steps, provisioners and post-processors talk only to
// this interface; `dockerode-driver.ts` implements it against the Engine API and `__fixtures__/fake-driver.ts` in
// memory for unit tests. Calls return data; a non-zero exit is a result, not an exception (docs/architecture.md, Docker calls).

import type { Digest } from './digest.js';
/** Label put on every container and image repack creates, so leftovers can be found and removed. */
export const REPACK_LABEL = 'io.repack.managed';

export interface ProgressEvent {
  /** e.g. "Pulling fs layer", "Pushed", "Layer already exists". */
  status: string;
  id?: string;
  progress?: string;
}

export type ProgressFn = (event: ProgressEvent) => void;

export interface RegistryAuth {
  username?: string;
  password?: string;
  serveraddress?: string;
  identitytoken?: string;
}

export interface ImageInfo {
  id: string;
  repoTags: string[];
  repoDigests: string[];
  config: ImageConfig;
  labels: Record<string, string>;
  /** When the image was made (RFC 3339), when the engine says. */
  created?: string;
  /** The diff IDs of the image's layers, bottom first (RootFS.Layers), when the engine says. */
  layers?: string[];
  /** Bytes of all its layers, when the engine says. */
  size?: number;
  /** The platform its config names ("linux", "arm64", "v8"), when the engine says. */
  os?: string;
  architecture?: string;
  variant?: string;
}

export interface ImageConfig {
  Env?: string[];
  Cmd?: string[] | null;
  Entrypoint?: string[] | null;
  WorkingDir?: string;
  User?: string;
  Labels?: Record<string, string> | null;
  ExposedPorts?: Record<string, object> | null;
  Volumes?: Record<string, object> | null;
  OnBuild?: string[] | null;
  StopSignal?: string;
}

export interface ContainerSpec {
  image: string;
  /** argv run as PID 1 (after the entrypoint, if any). */
  cmd?: string[];
  entrypoint?: string[];
  env?: string[];
  user?: string;
  workingDir?: string;
  tty?: boolean;
  openStdin?: boolean;
  labels?: Record<string, string>;
  /** "host:container[:ro]" bind specs. */
  binds?: string[];
  privileged?: boolean;
  capAdd?: string[];
  capDrop?: string[];
  tmpfs?: Record<string, string>;
  devices?: string[];
  runtime?: string;
  platform?: string;
  networkMode?: string;
  /** The container's name (`--name`); the engine picks one when unset. */
  name?: string;
  /**
   * The engine removes the container when it stops — and, after an engine restart, when it comes back: a container
   * whose removal could not reach the engine is not left behind.
   */
  autoRemove?: boolean;
}

export interface ExecSpec {
  cmd: string[];
  env?: string[];
  user?: string;
  workingDir?: string;
  /** Called with each chunk as it arrives (already demultiplexed). */
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  signal?: AbortSignal;
}

/** A process started with stdin kept open, which takes many requests over it (a shell reading commands). */
export interface ExecSession {
  write(data: string | Buffer): void;
  /** The exit code once the process is gone; rejects when it cannot be known (the engine went away). */
  readonly exited: Promise<number>;
  /** Drops the connection; the process sees its stdin end. */
  close(): void;
  /** Ends the process's stdin and keeps its output coming (a half-close of the connection). */
  endInput?(): void;
}

export interface ExecResult {
  exitCode: number;
  /** The first MiB of each stream (capture.ts); the whole output went to onStdout/onStderr. */
  stdout: string;
  stderr: string;
}

export interface CommitSpec {
  /** Dockerfile-style instructions applied at commit: CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR. */
  changes?: string[];
  /**
   * Config fields set directly (e.g. restoring the base image's Cmd/Entrypoint); `changes` apply on top, as in the Engine
   * API, then fields left empty are filled from the container's config. `Entrypoint: null` or `[]` clears it.
   */
  config?: Partial<ImageConfig>;
  author?: string;
  message?: string;
  pause?: boolean;
}

export interface BuildImageOptions {
  /** The Dockerfile's path inside the context. */
  dockerfile: string;
  buildArgs?: Record<string, string>;
  /** Pull newer base images (docker build --pull). */
  pull?: boolean;
  platform?: string;
  labels?: Record<string, string>;
  /** Each line of the build's output. */
  onOutput?: (line: string) => void;
  signal?: AbortSignal;
}

export interface PushResult {
  /** The manifest digest the registry serves for this tag (`sha256:…`), from the stream's final `aux` event. */
  digest: Digest;
  size?: number;
  /** The registry's tag already served this image, so nothing was sent (see DockerodeDriver.push). */
  unchanged?: boolean;
}

export interface Driver {
  /** Engine version and API version, also a cheap liveness check. */
  version(): Promise<{ version: string; apiVersion: string }>;
  pull(ref: string, opts?: { auth?: RegistryAuth; platform?: string; onProgress?: ProgressFn; signal?: AbortSignal }): Promise<void>;
  inspectImage(ref: string): Promise<ImageInfo | undefined>;
  createContainer(spec: ContainerSpec): Promise<string>;
  startContainer(id: string): Promise<void>;
  exec(containerId: string, spec: ExecSpec): Promise<ExecResult>;
  /**
   * Starts `spec.cmd` with stdin attached and kept open; its output goes to `spec.onStdout`/`onStderr` as it comes.
   * Optional: without it, the communicator runs each command as an exec of its own.
   */
  execSession?(containerId: string, spec: ExecSpec): Promise<ExecSession>;
  /** Extracts a tar stream into `dir` (which must exist) inside the container. */
  putArchive(containerId: string, dir: string, tar: NodeJS.ReadableStream): Promise<void>;
  /** A tar stream of `path` inside the container. */
  getArchive(containerId: string, path: string): Promise<NodeJS.ReadableStream>;
  commit(containerId: string, spec: CommitSpec): Promise<string>;
  /** Force-removes the container; no error when it is already gone. */
  removeContainer(id: string): Promise<void>;
  tag(image: string, repository: string, tag: string): Promise<void>;
  push(repository: string, tag: string, opts?: { auth?: RegistryAuth; onProgress?: ProgressFn; signal?: AbortSignal }): Promise<PushResult>;
  /**
   * The config digest (the image ID) of the image manifest `repository@digest` in its registry, asked with the push's
   * credentials; undefined when the registry cannot be asked or the manifest is not an image's. Optional.
   */
  pushedImageId?(repository: string, digest: string, opts?: { auth?: RegistryAuth; signal?: AbortSignal }): Promise<string | undefined>;
  removeImage(ref: string, opts?: { force?: boolean }): Promise<void>;
  /** Containers carrying a label (`key` or `key=value`), for cleanup and leak checks. */
  listContainers(label: string): Promise<string[]>;
  /** Containers carrying a label, with all their labels (for cleanup by owner). Optional. */
  listContainerLabels?(label: string): Promise<{ id: string; labels: Record<string, string> }[]>;
  listImages(label: string): Promise<ImageInfo[]>;
  /** Exports the container's filesystem as a tar stream (export_path). */
  exportContainer(id: string): Promise<NodeJS.ReadableStream>;
  /** Saves images as a tar (docker save). */
  saveImages(refs: string[]): Promise<NodeJS.ReadableStream>;
  /** Loads images from a tar made by saveImages (docker load); every progress event is checked for an error. */
  loadImage(tar: NodeJS.ReadableStream): Promise<void>;
  /**
   * Builds an image from a build context tar (docker build); resolves with its ID. Every event is checked for an
   * error. Optional: drivers without it cannot bootstrap a source from a Dockerfile.
   */
  buildImage?(context: NodeJS.ReadableStream, opts: BuildImageOptions): Promise<string>;
  /** Imports a root filesystem tar as an image (docker import). */
  importImage(tar: NodeJS.ReadableStream, opts: { repository: string; tag?: string; changes?: string[]; platform?: string }): Promise<string>;
}

/**
 * What kind of engine failure it is, for callers to branch on (never on the message): the engine could not be
 * reached, dropped the connection mid-request, refused the socket, the request was cancelled, or the engine answered
 * with an error of its own.
 */
export type DriverErrorCode = 'daemon-unreachable' | 'connection-lost' | 'permission-denied' | 'cancelled' | 'engine';

/** An engine failure worth showing to a user as is (no stack trace). */
export class DriverError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
    readonly code: DriverErrorCode = 'engine',
  ) {
    super(message);
    this.name = 'DriverError';
  }
}

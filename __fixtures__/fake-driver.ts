// An in-memory Driver for unit tests of the engine. It records every call, keeps images, containers, tags and
// container files, commits like the engine (changes, config body, inherited labels), and can be scripted: exec
// results (`onExec`), failures (`failOn`), remote images (`addRemoteImage`). IDs and digests are deterministic.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { applyChanges } from '../src/docker/changes.js';
import { commitRequest } from '../src/docker/commit-options.js';
import {
  type CommitSpec,
  type ContainerSpec,
  type Driver,
  DriverError,
  type ExecResult,
  type ExecSpec,
  type ImageConfig,
  type ImageInfo,
  type ProgressFn,
  type PushResult,
  REPACK_LABEL,
  type RegistryAuth,
} from '../src/docker/driver.js';
import { parseReference, pullParameters } from '../src/docker/reference.js';

export type DriverMethod = keyof Driver;
export interface DriverCall {
  method: DriverMethod;
  args: unknown[];
}
export type ExecHandler = (containerId: string, spec: ExecSpec) => ExecResult | Promise<ExecResult>;

export interface FakeFile {
  type: 'file' | 'directory' | 'symlink';
  content: Buffer;
  mode: number;
  linkname?: string;
}
export type FakeFs = Map<string, FakeFile>;

export interface FakeImage {
  id: string;
  config: ImageConfig;
  files: FakeFs;
  repoDigests: string[];
}
export interface FakeContainer {
  id: string;
  imageId: string;
  spec: ContainerSpec;
  config: ImageConfig;
  labels: Record<string, string>;
  running: boolean;
  files: FakeFs;
}

interface Failure {
  error: Error;
  times: number;
  when?: (args: unknown[]) => boolean;
}

/** `repository:tag` or `repository@digest`, as a pull asks the engine for it. */
const pullParts = (ref: string): { repository: string; tag: string } => {
  const parsed = parseReference(ref);
  if ('error' in parsed) throw new DriverError(`pull ${ref}: ${parsed.error}`);
  return pullParameters(parsed.ref);
};
const normalize = (ref: string): string => {
  const { repository, tag } = pullParts(ref);
  return `${repository}${tag.startsWith('sha256:') ? '@' : ':'}${tag}`;
};
const empty = (list: string[] | null | undefined): boolean => !list || list.length === 0;
const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

function mergeEnv(base: string[], extra: string[]): string[] {
  const keys = new Set(extra.map((e) => e.split('=', 1)[0]));
  return [...base.filter((e) => !keys.has(e.split('=', 1)[0])), ...extra];
}

function matchesLabel(labels: Record<string, string> | null | undefined, filter: string): boolean {
  const eq = filter.indexOf('=');
  if (eq < 0) return labels?.[filter] !== undefined;
  return labels?.[filter.slice(0, eq)] === filter.slice(eq + 1);
}

async function readTar(stream: NodeJS.ReadableStream, into: FakeFs, dir: string): Promise<void> {
  const extract = tar.extract();
  stream.pipe(extract as unknown as NodeJS.WritableStream);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const { name, type, mode, linkname } = entry.header;
    const file = path.posix.join(dir, name).replace(/\/$/, '') || '/';
    if (type === 'file' || type === 'directory' || type === 'symlink') {
      into.set(file, { type, content: Buffer.concat(chunks), mode: mode ?? 0o644, ...(linkname ? { linkname } : {}) });
    }
  }
}

function writeTar(entries: [string, FakeFile][]): NodeJS.ReadableStream {
  const pack = tar.pack();
  for (const [name, f] of entries) {
    if (f.type === 'file') pack.entry({ name, mode: f.mode, type: 'file' }, f.content);
    else pack.entry({ name, mode: f.mode, type: f.type, ...(f.linkname ? { linkname: f.linkname } : {}) });
  }
  pack.finalize();
  return Readable.from(pack);
}

async function bufferOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export class FakeDriver implements Driver {
  readonly calls: DriverCall[] = [];
  readonly images = new Map<string, FakeImage>();
  /** "repository:tag" → image ID. */
  readonly tags = new Map<string, string>();
  readonly containers = new Map<string, FakeContainer>();
  /** Images a pull can fetch: "repository:tag" → config. */
  readonly remote = new Map<string, ImageConfig>();
  /** "repository:tag" → manifest digest, for every successful push. */
  readonly pushed = new Map<string, string>();
  private readonly failures = new Map<DriverMethod, Failure[]>();
  private execHandler: ExecHandler = () => ({ exitCode: 0, stdout: '', stderr: '' });
  private counter = 0;

  /** Makes `ref` pullable. */
  addRemoteImage(ref: string, config: ImageConfig = {}): this {
    this.remote.set(normalize(ref), config);
    return this;
  }

  /** Puts an image in the local store, as if pulled, and returns its ID. */
  addLocalImage(ref: string, config: ImageConfig = {}): string {
    const id = this.newImage(config, new Map());
    this.tags.set(normalize(ref), id);
    return id;
  }

  onExec(handler: ExecHandler): this {
    this.execHandler = handler;
    return this;
  }

  /** Makes `method` throw `error` — every time, `times` times, or when `when(args)` holds. */
  failOn(method: DriverMethod, error: Error, opts: { times?: number; when?: (args: unknown[]) => boolean } = {}): this {
    const list = this.failures.get(method) ?? [];
    list.push({ error, times: opts.times ?? Infinity, when: opts.when });
    this.failures.set(method, list);
    return this;
  }

  clearFailures(): this {
    this.failures.clear();
    return this;
  }

  callsTo(method: DriverMethod): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** IDs of containers created and not removed. */
  liveContainers(): string[] {
    return [...this.containers.keys()];
  }

  fileIn(containerId: string, file: string): Buffer | undefined {
    return this.containers.get(containerId)?.files.get(file)?.content;
  }

  async version(): Promise<{ version: string; apiVersion: string }> {
    this.record('version', []);
    return { version: '20.10.24-fake', apiVersion: '1.41' };
  }

  async pull(
    ref: string,
    opts: { auth?: RegistryAuth; platform?: string; onProgress?: ProgressFn; signal?: AbortSignal } = {},
  ): Promise<void> {
    this.record('pull', [ref, opts]);
    if (opts.signal?.aborted) throw new DriverError(`pull ${ref}: cancelled`);
    const name = normalize(ref);
    const config = this.remote.get(name);
    if (!config) throw new DriverError(`pull ${ref}: manifest for ${name} not found: manifest unknown: manifest unknown`);
    opts.onProgress?.({ status: `Pulling from ${pullParts(ref).repository}`, id: pullParts(ref).tag });
    if (!this.tags.has(name)) this.tags.set(name, this.newImage(config, new Map()));
    opts.onProgress?.({ status: `Status: Downloaded newer image for ${name}` });
  }

  async inspectImage(ref: string): Promise<ImageInfo | undefined> {
    this.record('inspectImage', [ref]);
    const image = this.findImage(ref);
    return image ? this.info(image) : undefined;
  }

  async createContainer(spec: ContainerSpec): Promise<string> {
    this.record('createContainer', [spec]);
    const image = this.findImage(spec.image);
    if (!image) throw new DriverError(`create container from ${spec.image}: No such image: ${spec.image}`, 404);
    const base = image.config;
    const labels = { ...base.Labels, ...spec.labels, [REPACK_LABEL]: 'true' };
    const config: ImageConfig = {
      ...base,
      Env: mergeEnv(base.Env ?? [], spec.env ?? []),
      Entrypoint: spec.entrypoint ?? base.Entrypoint ?? null,
      Cmd: spec.cmd ?? (spec.entrypoint ? null : (base.Cmd ?? null)),
      User: spec.user || base.User || '',
      WorkingDir: spec.workingDir || base.WorkingDir || '',
      Labels: labels,
    };
    const id = this.nextHex('container');
    this.containers.set(id, { id, imageId: image.id, spec, config, labels, running: false, files: new Map(image.files) });
    return id;
  }

  async startContainer(id: string): Promise<void> {
    this.record('startContainer', [id]);
    this.container(id, 'start').running = true;
  }

  async exec(containerId: string, spec: ExecSpec): Promise<ExecResult> {
    this.record('exec', [containerId, spec]);
    const action = `exec ${JSON.stringify(spec.cmd[0] ?? '')} in container ${short(containerId)}`;
    if (!this.container(containerId, 'exec').running) {
      throw new DriverError(`${action}: Container ${containerId} is not running`, 409);
    }
    if (spec.signal?.aborted) throw new DriverError(`${action}: cancelled`);
    const result = await this.execHandler(containerId, spec);
    if (result.stdout) spec.onStdout?.(Buffer.from(result.stdout));
    if (result.stderr) spec.onStderr?.(Buffer.from(result.stderr));
    return result;
  }

  /** Unlike the engine, any target directory is accepted; script a failure with `failOn('putArchive', …)`. */
  async putArchive(containerId: string, dir: string, stream: NodeJS.ReadableStream): Promise<void> {
    this.record('putArchive', [containerId, dir, stream]);
    await readTar(stream, this.container(containerId, 'upload to').files, dir);
  }

  async getArchive(containerId: string, file: string): Promise<NodeJS.ReadableStream> {
    this.record('getArchive', [containerId, file]);
    const files = this.container(containerId, 'download from').files;
    const wanted = path.posix.normalize(file).replace(/(.)\/$/, '$1');
    const hits = [...files].filter(([p]) => p === wanted || p.startsWith(`${wanted}/`));
    if (hits.length === 0) {
      throw new DriverError(`download ${file} from container ${short(containerId)}: Could not find the file ${file} in container ${containerId}`, 404);
    }
    const parent = path.posix.dirname(wanted);
    return writeTar(hits.sort().map(([p, f]) => [path.posix.relative(parent, p), f]));
  }

  async commit(containerId: string, spec: CommitSpec): Promise<string> {
    this.record('commit', [containerId, spec]);
    const container = this.container(containerId, 'commit');
    const body = commitRequest(containerId, spec)._body;
    const hasBody = Object.keys(body).length > 0;
    const start: ImageConfig = hasBody ? { ...body } : { ...container.config };
    const changed = applyChanges(start, spec.changes ?? []);
    if ('error' in changed) throw new DriverError(`commit container ${short(containerId)}: ${changed.error}`, 400);
    const config = hasBody ? this.fillFromContainer(changed.config, container.config) : changed.config;
    return this.newImage(config, new Map(container.files));
  }

  async removeContainer(id: string): Promise<void> {
    this.record('removeContainer', [id]);
    this.containers.delete(id);
  }

  async tag(image: string, repository: string, tag: string): Promise<void> {
    this.record('tag', [image, repository, tag]);
    const found = this.findImage(image);
    if (!found) throw new DriverError(`tag ${image} as ${repository}:${tag}: No such image: ${image}`, 404);
    this.tags.set(`${repository}:${tag}`, found.id);
  }

  async push(
    repository: string,
    tag: string,
    opts: { auth?: RegistryAuth; onProgress?: ProgressFn; signal?: AbortSignal } = {},
  ): Promise<PushResult> {
    this.record('push', [repository, tag, opts]);
    const action = `push ${repository}:${tag}`;
    if (opts.signal?.aborted) throw new DriverError(`${action}: cancelled`);
    const id = this.tags.get(`${repository}:${tag}`);
    if (!id) throw new DriverError(`${action}: tag does not exist: ${repository}:${tag}`);
    const digest = `sha256:${createHash('sha256').update(`manifest:${id}`).digest('hex')}` as const;
    opts.onProgress?.({ status: `The push refers to repository [${repository}]` });
    opts.onProgress?.({ status: 'Pushed', id: short(id) });
    opts.onProgress?.({ status: `${tag}: digest: ${digest} size: 528` });
    this.pushed.set(`${repository}:${tag}`, digest);
    this.manifests.set(digest, id);
    const image = this.images.get(id);
    if (image && !image.repoDigests.includes(`${repository}@${digest}`)) image.repoDigests.push(`${repository}@${digest}`);
    return { digest, size: 528 };
  }

  /** The registry's side: which image each pushed manifest holds. */
  readonly manifests = new Map<string, string>();

  async pushedImageId(repository: string, digest: string): Promise<string | undefined> {
    this.record('pushedImageId', [repository, digest]);
    return this.manifests.get(digest);
  }

  async removeImage(ref: string, opts: { force?: boolean } = {}): Promise<void> {
    this.record('removeImage', [ref, opts]);
    const image = this.findImage(ref);
    if (!image) return;
    const tagged = this.tagsOf(image.id);
    const byTag = this.tags.has(normalize(ref)) && !ref.startsWith('sha256:');
    if (byTag) this.tags.delete(normalize(ref));
    else if (tagged.length > 1 && !opts.force) {
      throw new DriverError(`remove image ${ref}: conflict: unable to delete ${short(image.id)} (must be forced) - image is referenced in multiple repositories`, 409);
    } else for (const t of tagged) this.tags.delete(t);
    if (this.tagsOf(image.id).length > 0) return;
    const user = [...this.containers.values()].find((c) => c.imageId === image.id);
    if (user && !opts.force) {
      if (byTag) return; // untagged; the image stays for its container, as with the engine
      throw new DriverError(`remove image ${ref}: conflict: unable to delete ${short(image.id)} (must be forced) - image is being used by container ${short(user.id)}`, 409);
    }
    this.images.delete(image.id);
  }

  async listContainers(label: string): Promise<string[]> {
    this.record('listContainers', [label]);
    return [...this.containers.values()].filter((c) => matchesLabel(c.labels, label)).map((c) => c.id);
  }

  async listImages(label: string): Promise<ImageInfo[]> {
    this.record('listImages', [label]);
    return [...this.images.values()].filter((i) => matchesLabel(i.config.Labels, label)).map((i) => this.info(i));
  }

  async exportContainer(id: string): Promise<NodeJS.ReadableStream> {
    this.record('exportContainer', [id]);
    const files = this.container(id, 'export').files;
    return writeTar([...files].sort().map(([p, f]) => [p.replace(/^\/+/, ''), f]));
  }

  /** A tar laid out as `docker save` writes it: per image `<hex>.json` (the config), `<hex>/layer.tar` (its files). */
  async saveImages(refs: string[]): Promise<NodeJS.ReadableStream> {
    this.record('saveImages', [refs]);
    const entries: [string, FakeFile][] = [];
    const manifest = [];
    for (const ref of refs) {
      const image = this.findImage(ref);
      if (!image) throw new DriverError(`save ${refs.join(', ')}: reference does not exist: ${ref}`, 404);
      const hex = image.id.replace(/^sha256:/, '');
      const layer = await bufferOf(writeTar([...image.files].sort().map(([p, f]) => [p.replace(/^\/+/, ''), f])));
      entries.push([`${hex}/layer.tar`, { type: 'file', content: layer, mode: 0o644 }]);
      entries.push([`${hex}.json`, { type: 'file', content: Buffer.from(JSON.stringify({ config: image.config })), mode: 0o644 }]);
      manifest.push({ Config: `${hex}.json`, RepoTags: ref.startsWith('sha256:') ? null : [normalize(ref)], Layers: [`${hex}/layer.tar`] });
    }
    entries.push(['manifest.json', { type: 'file', content: Buffer.from(JSON.stringify(manifest)), mode: 0o644 }]);
    return writeTar(entries);
  }

  /** Loads what saveImages wrote, keeping each image's ID, as the engine does. */
  async loadImage(stream: NodeJS.ReadableStream): Promise<void> {
    this.record('loadImage', [stream]);
    const files: FakeFs = new Map();
    await readTar(stream, files, '/');
    const read = (name: string): Buffer => {
      const f = files.get(`/${name}`);
      if (!f) throw new DriverError(`load images: open /var/lib/docker/tmp/docker-import-fake/${name}: no such file or directory`, 500);
      return f.content;
    };
    const manifest = JSON.parse(read('manifest.json').toString()) as { Config: string; RepoTags: string[] | null; Layers: string[] }[];
    for (const m of manifest) {
      const { config } = JSON.parse(read(m.Config).toString()) as { config: ImageConfig };
      const layerFiles: FakeFs = new Map();
      for (const layer of m.Layers) await readTar(Readable.from([read(layer)]), layerFiles, '/');
      const id = `sha256:${m.Config.replace(/\.json$/, '')}`;
      if (!this.images.has(id)) this.images.set(id, { id, config, files: layerFiles, repoDigests: [] });
      for (const t of m.RepoTags ?? []) this.tags.set(normalize(t), id);
    }
  }

  async importImage(
    stream: NodeJS.ReadableStream,
    opts: { repository: string; tag?: string; changes?: string[]; platform?: string },
  ): Promise<string> {
    this.record('importImage', [stream, opts]);
    const files: FakeFs = new Map();
    await readTar(stream, files, '/');
    const changed = applyChanges({}, [...(opts.changes ?? []), `LABEL ${REPACK_LABEL}=true`]);
    if ('error' in changed) throw new DriverError(`import ${opts.repository}: ${changed.error}`, 400);
    const id = this.newImage(changed.config, files);
    this.tags.set(`${opts.repository}:${opts.tag ?? 'latest'}`, id);
    return id;
  }

  private record(method: DriverMethod, args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failures.get(method)?.find((f) => f.times > 0 && (!f.when || f.when(args)));
    if (!failure) return;
    failure.times--;
    throw failure.error;
  }

  private nextHex(kind: string): string {
    this.counter++;
    return createHash('sha256').update(`fake-${kind}-${this.counter}`).digest('hex');
  }

  private newImage(config: ImageConfig, files: FakeFs): string {
    const id = `sha256:${this.nextHex('image')}`;
    this.images.set(id, { id, config, files, repoDigests: [] });
    return id;
  }

  private findImage(ref: string): FakeImage | undefined {
    const byId = this.images.get(ref) ?? this.images.get(`sha256:${ref}`);
    if (byId) return byId;
    const tagged = this.tags.get(normalize(ref));
    if (tagged) return this.images.get(tagged);
    if (/^[0-9a-f]{12,64}$/.test(ref)) return [...this.images.values()].find((i) => i.id.startsWith(`sha256:${ref}`));
    return undefined;
  }

  private tagsOf(id: string): string[] {
    return [...this.tags].filter(([, v]) => v === id).map(([k]) => k);
  }

  private info(image: FakeImage): ImageInfo {
    return {
      id: image.id,
      repoTags: this.tagsOf(image.id),
      repoDigests: [...image.repoDigests],
      config: structuredClone(image.config),
      labels: { ...image.config.Labels },
    };
  }

  private container(id: string, action: string): FakeContainer {
    const container = this.containers.get(id);
    if (!container) throw new DriverError(`${action} container ${short(id)}: No such container: ${id}`, 404);
    return container;
  }

  /** What the engine does after applying changes to a commit body: empty fields come from the container. */
  private fillFromContainer(config: ImageConfig, from: ImageConfig): ImageConfig {
    const out: ImageConfig = { ...config };
    out.User = config.User || from.User || '';
    out.WorkingDir = config.WorkingDir || from.WorkingDir || '';
    out.Env = empty(config.Env) ? (from.Env ?? []) : mergeEnv(from.Env ?? [], config.Env ?? []);
    out.Labels = { ...from.Labels, ...config.Labels };
    out.ExposedPorts = { ...from.ExposedPorts, ...config.ExposedPorts };
    out.Volumes = config.Volumes && Object.keys(config.Volumes).length > 0 ? config.Volumes : (from.Volumes ?? null);
    if (empty(config.Entrypoint) && empty(config.Cmd)) out.Cmd = from.Cmd ?? null;
    if (config.Entrypoint === undefined || config.Entrypoint === null) out.Entrypoint = from.Entrypoint ?? null;
    return out;
  }
}

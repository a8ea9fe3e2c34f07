// A push to one repository through the registry's HTTP API (Distribution v2): the transport and the Authorization
// are settled once, with the TLS rules and credentials of registry-api.ts, and reused for every blob and manifest
// request; a 401 on the way (an expired token) is answered again once. Every answer is checked: a failure throws a
// RegistryRequestError naming the registry, the repository and the request, never a credential.
import { isDigest } from './digest.js';
import {
  answerChallenge,
  deadline,
  endpoints,
  RegistryRequestError,
  registryPath,
  send,
  type Answer,
  type Endpoint,
  type ManifestQuery,
} from './registry-api.js';

/** Blob uploads can take minutes; manifests and HEADs are quick. */
const UPLOAD_TIMEOUT_MS = 30 * 60_000;

export interface SessionRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  /** After `/v2/<name>/` (`blobs/sha256:…`), or an absolute URL the registry gave (an upload's Location). */
  path: string;
  headers?: Record<string, string>;
  /** Made anew for each try, so a request answered 401 can be sent again. */
  body?: () => Buffer | NodeJS.ReadableStream;
  /** Statuses that are answers, not failures (404 for a HEAD asking whether a blob is there). */
  accept?: number[];
  long?: boolean;
}

export class RegistrySession {
  readonly #q: ManifestQuery;
  readonly #ep: Endpoint;
  readonly #scopes: string[];
  #authorization?: string;
  readonly host: string;
  readonly name: string;

  private constructor(host: string, name: string, ep: Endpoint, q: ManifestQuery, scopes: string[]) {
    this.host = host;
    this.name = name;
    this.#ep = ep;
    this.#q = q;
    this.#scopes = scopes;
  }

  /** `repository` is pushed to; `mountFrom` are repositories of the same registry blobs may be mounted from. */
  static async open(repository: string, q: ManifestQuery, mountFrom: string[] = []): Promise<RegistrySession> {
    const { host, name } = registryPath(repository);
    const all = endpoints(host, q.certsDir ?? '/etc/docker/certs.d');
    if (all.length === 0) throw new RegistryRequestError(`${host}: client certificates in certs.d are not supported for pushes by digest`);
    const scopes = mountFrom.map((r) => `repository:${registryPath(r).name}:pull`);
    let last: unknown;
    for (const ep of all) {
      const signal = RegistrySession.signal(q, false);
      try {
        const answer = await send(new URL(`${ep.base}/v2/`), 'GET', {}, ep, signal);
        if (answer.status === 400 && ep.base.startsWith('http:')) throw new Error('plain HTTP refused');
        const session = new RegistrySession(host, name, ep, q, scopes);
        if (answer.status === 401) await session.authorize(answer, signal);
        return session;
      } catch (e: unknown) {
        if (e instanceof RegistryRequestError) throw e;
        last = e;
        if (q.signal?.aborted) break;
      }
    }
    throw new RegistryRequestError(`${host} could not be reached: ${last instanceof Error ? last.message : String(last)}`, !q.signal?.aborted);
  }

  private static signal(q: ManifestQuery, long: boolean): AbortSignal {
    return deadline(q, long ? UPLOAD_TIMEOUT_MS : (q.timeoutMs ?? 30_000));
  }

  private async authorize(answer: Answer, signal: AbortSignal): Promise<void> {
    this.#authorization = await answerChallenge(answer.headers['www-authenticate'], this.name, this.#q, this.#ep, signal, 'pull,push', this.#scopes);
    if (!this.#authorization) this.refused();
  }

  private refused(): never {
    throw new RegistryRequestError(`${this.host}/${this.name}: the registry asks for credentials that were not given or not accepted`);
  }

  /** Where a request went, for messages: the path without the query (an upload's state token). */
  private where(r: SessionRequest): string {
    const path = /^https?:/.test(r.path) ? new URL(r.path).pathname : `/v2/${this.name}/${r.path}`;
    return `${r.method} ${this.host}${path}`;
  }

  async request(r: SessionRequest): Promise<Answer> {
    const url = /^https?:/.test(r.path) ? new URL(r.path) : new URL(`${this.#ep.base}/v2/${this.name}/${r.path}`);
    const signal = RegistrySession.signal(this.#q, r.long === true);
    const go = () =>
      send(url, r.method, { ...r.headers, ...(this.#authorization ? { Authorization: this.#authorization } : {}) }, this.#ep, signal, r.body?.());
    let answer: Answer;
    try {
      answer = await go();
      if (answer.status === 401) {
        await this.authorize(answer, signal);
        answer = await go();
        if (answer.status === 401) this.refused();
      }
    } catch (e: unknown) {
      if (e instanceof RegistryRequestError) throw e;
      throw new RegistryRequestError(
        `Pushing to ${this.host}/${this.name}: ${this.where(r)} failed: ${e instanceof Error ? e.message : String(e)}`,
        !this.#q.signal?.aborted,
      );
    }
    if ((answer.status < 200 || answer.status >= 300) && !r.accept?.includes(answer.status)) {
      const detail = answer.body.trim().slice(0, 300);
      throw new RegistryRequestError(
        `Pushing to ${this.host}/${this.name}: ${this.where(r)}: HTTP ${answer.status}${detail ? `: ${detail}` : ''}`,
        answer.status >= 500 || answer.status === 429,
      );
    }
    return answer;
  }

  /** The blob's size when the repository has it. */
  async blobSize(digest: string): Promise<number | undefined> {
    const answer = await this.request({ method: 'HEAD', path: `blobs/${digest}`, accept: [404] });
    if (answer.status === 404) return undefined;
    const size = Number(answer.headers['content-length']);
    return Number.isInteger(size) && size >= 0 ? size : undefined;
  }

  /** Mounts a blob of another repository of the registry; false when the registry would rather have it uploaded. */
  async mount(digest: string, from: string): Promise<boolean> {
    const fromName = registryPath(from).name;
    const answer = await this.request({
      method: 'POST',
      path: `blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(fromName)}`,
      headers: { 'Content-Length': '0' },
    });
    if (answer.status === 201) return true;
    // 202: an upload was started instead; it is left to expire (the registry cleans up unfinished uploads).
    return false;
  }

  /** A monolithic upload: POST for an upload URL, then PUT the bytes with their digest. */
  async upload(digest: string, size: number, body: () => Buffer | NodeJS.ReadableStream): Promise<void> {
    const started = await this.request({ method: 'POST', path: 'blobs/uploads/', headers: { 'Content-Length': '0' } });
    const location = started.headers.location;
    if (typeof location !== 'string' || location === '')
      throw new RegistryRequestError(`Pushing to ${this.host}/${this.name}: the registry started an upload without saying where (no Location)`);
    const url = new URL(location, this.#ep.base);
    url.searchParams.set('digest', digest);
    await this.request({
      method: 'PUT',
      path: url.href,
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) },
      body,
      long: true,
    });
  }

  /** PUTs a manifest under `reference`; the digest the registry gives it ('' when it does not say). */
  async putManifest(reference: string, body: Buffer, mediaType: string): Promise<string> {
    const answer = await this.request({
      method: 'PUT',
      path: `manifests/${isDigest(reference) ? reference : encodeURIComponent(reference)}`,
      headers: { 'Content-Type': mediaType },
      body: () => body,
    });
    const digest = answer.headers['docker-content-digest'];
    return typeof digest === 'string' ? digest : '';
  }
}

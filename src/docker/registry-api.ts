// Asks a registry (the Distribution API, v2) which manifest one of its tags serves: one HEAD request, with the
// credentials the push would use (Basic, or a Bearer token from the registry's token service), over the transport
// the engine would use — HTTPS with the system's CAs and /etc/docker/certs.d/<host>/*.crt, and for a loopback
// registry (the engine's default insecure range) plain HTTP or HTTPS without verification.
// It never throws: every failure (unreachable, refused, unexpected answer, timeout) is `undefined`, and the caller
// does what it would have done without asking. No credential or token is ever put in a message.
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import type { RegistryAuth } from './driver.js';
import { asDigest, type Digest } from './digest.js';
import { DOCKER_HUB, familiarName, registryOf } from './registry-host.js';

export interface ServedManifest {
  /** `sha256:…`, the registry's Docker-Content-Digest. */
  digest: Digest;
  /** The manifest's size in bytes, when the registry says. */
  size?: number;
  mediaType: string;
}

export interface ManifestQuery {
  auth: RegistryAuth;
  signal?: AbortSignal;
  /** Per request; the whole query makes at most four. */
  timeoutMs?: number;
  /** Where the docker engine looks for a registry's CA certificates (tests point it elsewhere). */
  certsDir?: string;
}

/** A manifest of one image (not a list or index of them). */
export const IMAGE_MANIFEST_TYPES = ['application/vnd.docker.distribution.manifest.v2+json', 'application/vnd.oci.image.manifest.v1+json'];
const LIST_TYPES = ['application/vnd.docker.distribution.manifest.list.v2+json', 'application/vnd.oci.image.index.v1+json'];

export interface Endpoint {
  base: string;
  verify: boolean;
  ca?: Buffer[];
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The registry host and the repository's name on it: `127.0.0.1:5000/a/b` → [`127.0.0.1:5000`, `a/b`]. */
export function registryPath(repository: string): { host: string; name: string } {
  const registry = registryOf(repository);
  if (registry !== DOCKER_HUB) return { host: registry, name: repository.slice(repository.indexOf('/') + 1) };
  const name = familiarName(repository);
  return { host: 'registry-1.docker.io', name: name.includes('/') ? name : `library/${name}` };
}

/** The engine trusts loopback registries without TLS verification (its default insecure range, 127.0.0.0/8). */
export function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/** The `*.crt` files of certs.d/<host>, or undefined when it holds a client certificate (not offered here). */
function extraCAs(certsDir: string, host: string): Buffer[] | undefined {
  let files: string[];
  try {
    files = readdirSync(path.join(certsDir, host));
  } catch {
    return [];
  }
  if (files.some((f) => f.endsWith('.cert') || f.endsWith('.key'))) return undefined;
  return files.filter((f) => f.endsWith('.crt')).map((f) => readFileSync(path.join(certsDir, host, f)));
}

export function endpoints(host: string, certsDir: string): Endpoint[] {
  // The engine tries HTTPS first; plain HTTP first here saves loading TLS for the common local registry, and the
  // answer cannot differ: it is one port, and a digest names the same manifest whichever way it is asked.
  if (isLoopback(host))
    return [
      { base: `http://${host}`, verify: false },
      { base: `https://${host}`, verify: false },
    ];
  const ca = extraCAs(certsDir, host);
  return ca === undefined ? [] : [{ base: `https://${host}`, verify: true, ca }];
}

export async function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  ep: Endpoint,
  signal: AbortSignal,
  body?: Buffer | NodeJS.ReadableStream,
): Promise<Answer> {
  const secure = url.protocol === 'https:';
  const lib = secure ? await import('node:https') : await import('node:http');
  const tls = secure ? await import('node:tls') : undefined;
  return new Promise((resolve, reject) => {
    const options = {
      method,
      headers,
      signal,
      rejectUnauthorized: ep.verify,
      ...(tls && ep.ca && ep.ca.length > 0 ? { ca: [...tls.rootCertificates, ...ep.ca.map(String)] } : {}),
    };
    const req = lib.request(url, options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= 1 << 16) chunks.push(c);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body === undefined || Buffer.isBuffer(body)) return void req.end(body);
    // A blob streamed from disk: its failure fails the request, never leaves it hanging.
    body.on('error', (e: Error) => req.destroy(e));
    body.pipe(req);
  });
}

/** `Bearer realm="…",service="…"` → scheme and parameters. */
export function parseChallenge(header: string | undefined): { scheme: string; params: Record<string, string> } | undefined {
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header ?? '');
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g)) params[p[1].toLowerCase()] = (p[2] ?? p[3]).replace(/\\(.)/g, '$1');
  return { scheme: m[1].toLowerCase(), params };
}

function basic(auth: RegistryAuth): string | undefined {
  if (!auth.username || !auth.password) return undefined;
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
}

/** The Authorization header answering a 401's challenge, or undefined when it cannot be answered. */
export async function answerChallenge(
  challenge: string | undefined,
  name: string,
  q: ManifestQuery,
  ep: Endpoint,
  signal: AbortSignal,
  actions = 'pull',
  /** More `repository:…:pull` scopes (the source of a cross-repository mount). */
  extraScopes: string[] = [],
): Promise<string | undefined> {
  const c = parseChallenge(challenge);
  if (c?.scheme === 'basic') return basic(q.auth);
  if (c?.scheme !== 'bearer' || !c.params.realm || q.auth.identitytoken) return undefined;
  const realm = new URL(c.params.realm);
  // Credentials go to a token service over TLS, or in the clear only to a loopback one.
  if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopback(realm.host))) return undefined;
  if (c.params.service) realm.searchParams.set('service', c.params.service);
  realm.searchParams.set('scope', `repository:${name}:${actions}`);
  for (const scope of extraScopes) realm.searchParams.append('scope', scope);
  const auth = basic(q.auth);
  const tokenEp: Endpoint = { base: realm.origin, verify: realm.host === new URL(ep.base).host ? ep.verify : true, ca: ep.ca };
  const answer = await send(realm, 'GET', auth ? { Authorization: auth } : {}, tokenEp, signal);
  if (answer.status !== 200) return undefined;
  const body = JSON.parse(answer.body) as { token?: unknown; access_token?: unknown };
  const token = typeof body.token === 'string' ? body.token : body.access_token;
  return typeof token === 'string' && token !== '' ? `Bearer ${token}` : undefined;
}

/** A request's signal: the caller's, if any, or a timeout of `ms`, whichever comes first. */
export function deadline(q: ManifestQuery, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return q.signal ? AbortSignal.any([q.signal, timeout]) : timeout;
}

async function headManifest(ep: Endpoint, name: string, tag: string, q: ManifestQuery): Promise<ServedManifest | undefined> {
  const signal = deadline(q, q.timeoutMs ?? 3000);
  const url = new URL(`${ep.base}/v2/${name}/manifests/${encodeURIComponent(tag)}`);
  const headers: Record<string, string> = { Accept: [...IMAGE_MANIFEST_TYPES, ...LIST_TYPES].join(', ') };
  let answer = await send(url, 'HEAD', headers, ep, signal);
  // A TLS port answers plain HTTP with 400 ("Client sent an HTTP request to an HTTPS server"): try the next transport.
  if (answer.status === 400 && url.protocol === 'http:') throw new Error('plain HTTP refused');
  if (answer.status === 401) {
    const authorization = await answerChallenge(answer.headers['www-authenticate'], name, q, ep, signal);
    if (!authorization) return undefined;
    answer = await send(url, 'HEAD', { ...headers, Authorization: authorization }, ep, signal);
  }
  const digest = asDigest(answer.headers['docker-content-digest']);
  const mediaType = String(answer.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  if (answer.status !== 200 || digest === undefined || !digest.startsWith('sha256:')) return undefined;
  const length = Number(answer.headers['content-length']);
  return Number.isInteger(length) && length > 0 ? { digest, size: length, mediaType } : { digest, mediaType };
}

/** The transport that answered last, per host: the next question (another tag) goes there first. */
const answered = new Map<string, string>();

/** The manifest `repository:tag` serves, or undefined when the registry has none, cannot be asked, or will not say. */
export async function servedManifest(repository: string, tag: string, q: ManifestQuery): Promise<ServedManifest | undefined> {
  const { host, name } = registryPath(repository);
  const all = endpoints(host, q.certsDir ?? '/etc/docker/certs.d');
  const ordered = [...all.filter((e) => e.base === answered.get(host)), ...all.filter((e) => e.base !== answered.get(host))];
  for (const ep of ordered) {
    try {
      const served = await headManifest(ep, name, tag, q);
      answered.set(host, ep.base);
      return served;
    } catch {
      if (q.signal?.aborted) return undefined;
      // The next transport, as the engine tries them (an HTTP-only loopback registry refuses the TLS handshake).
    }
  }
  return undefined;
}

/** A registry request that must succeed (an index push, reading a manifest to list in one): failures throw. */
export interface RegistryRequest {
  method: 'GET' | 'PUT';
  /** After `/v2/<name>/`, e.g. `manifests/latest`. */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export class RegistryRequestError extends Error {
  /** A failure that may pass on its own (unreachable, dropped, 5xx, 429): worth another try. */
  readonly transient: boolean;
  constructor(message: string, transient = false) {
    super(message);
    this.transient = transient;
    this.name = 'RegistryRequestError';
  }
}

/** One request to `repository`'s registry, with the transports, TLS rules and credentials of servedManifest. */
export async function registryRequest(repository: string, r: RegistryRequest, q: ManifestQuery): Promise<Answer> {
  const { host, name } = registryPath(repository);
  const all = endpoints(host, q.certsDir ?? '/etc/docker/certs.d');
  if (all.length === 0) throw new RegistryRequestError(`${host}: client certificates in certs.d are not supported for index pushes`);
  const ordered = [...all.filter((e) => e.base === answered.get(host)), ...all.filter((e) => e.base !== answered.get(host))];
  const actions = r.method === 'GET' ? 'pull' : 'pull,push';
  let last: unknown;
  for (const ep of ordered) {
    const signal = deadline(q, q.timeoutMs ?? 30_000);
    const url = new URL(`${ep.base}/v2/${name}/${r.path}`);
    let answer: Answer;
    try {
      answer = await send(url, r.method, r.headers ?? {}, ep, signal, r.body);
      if (answer.status === 400 && url.protocol === 'http:' && /HTTP request to an HTTPS server/i.test(answer.body)) throw new Error('plain HTTP refused');
    } catch (e: unknown) {
      last = e;
      if (q.signal?.aborted) break;
      continue;
    }
    answered.set(host, ep.base);
    if (answer.status === 401) {
      const authorization = await answerChallenge(answer.headers['www-authenticate'], name, q, ep, signal, actions);
      if (!authorization)
        throw new RegistryRequestError(`${r.method} ${host}/v2/${name}/${r.path}: the registry asks for credentials that were not given or not accepted`);
      answer = await send(url, r.method, { ...r.headers, Authorization: authorization }, ep, signal, r.body);
    }
    if (answer.status < 200 || answer.status >= 300) {
      const detail = answer.body.trim().slice(0, 300);
      throw new RegistryRequestError(`${r.method} ${host}/v2/${name}/${r.path}: HTTP ${answer.status}${detail ? `: ${detail}` : ''}`);
    }
    return answer;
  }
  throw new RegistryRequestError(`${host} could not be reached: ${last instanceof Error ? last.message : String(last)}`);
}

/** PUTs a manifest (an image index) under `reference`; resolves with the digest the registry gives it. */
export async function putManifest(repository: string, reference: string, body: Buffer, mediaType: string, q: ManifestQuery): Promise<string> {
  const answer = await registryRequest(
    repository,
    { method: 'PUT', path: `manifests/${encodeURIComponent(reference)}`, headers: { 'Content-Type': mediaType }, body },
    q,
  );
  const digest = answer.headers['docker-content-digest'];
  return typeof digest === 'string' ? digest : '';
}

/** A manifest by tag or digest, with its media type and the bytes as served. */
export async function getManifest(repository: string, reference: string, q: ManifestQuery): Promise<{ mediaType: string; body: Buffer; digest?: string }> {
  const answer = await registryRequest(
    repository,
    { method: 'GET', path: `manifests/${encodeURIComponent(reference)}`, headers: { Accept: [...IMAGE_MANIFEST_TYPES, ...LIST_TYPES].join(', ') } },
    q,
  );
  const mediaType = String(answer.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  const digest = answer.headers['docker-content-digest'];
  return { mediaType, body: Buffer.from(answer.body, 'utf8'), ...(typeof digest === 'string' ? { digest } : {}) };
}

/** A small blob (an image config) as JSON. */
export async function getJsonBlob(repository: string, digest: string, q: ManifestQuery): Promise<unknown> {
  const answer = await registryRequest(repository, { method: 'GET', path: `blobs/${digest}` }, q);
  return JSON.parse(answer.body) as unknown;
}

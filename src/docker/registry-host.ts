// Registry host names as the docker CLI reads them: which registry an image reference names, the key its
// credentials are stored under, and whether two spellings of a server address mean the same registry.
import { DOCKER_HUB, familiarName as familiar, parseReference, splitDockerDomain } from './reference.js';

export { DOCKER_HUB } from './reference.js';
/** The key the docker CLI stores Docker Hub credentials under (`docker login` without a server). */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';

const HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io']);

/** The registry host of an image reference (`127.0.0.1:5443`, `ghcr.io`, `docker.io`), as reference.ts reads it. */
export function registryOf(ref: string): string {
  return normalizeHost(splitDockerDomain(ref).domain);
}

/** `https://ghcr.io/v2/` → `ghcr.io`; Docker Hub's other names → `docker.io`. */
export function hostOf(serverAddress: string): string {
  const host = serverAddress
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .split('/')[0];
  return normalizeHost(host);
}

function normalizeHost(host: string): string {
  const lower = host.toLowerCase();
  return HUB_ALIASES.has(lower) ? DOCKER_HUB : host;
}

/** The key credentials for `registry` are stored under in config.json and asked of credential helpers. */
export function authKey(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : registry;
}

/** Do the two server addresses (any spelling: `ghcr.io`, `https://ghcr.io/v1/`) name the same registry? */
export function sameRegistry(a: string, b: string): boolean {
  return hostOf(a) === hostOf(b);
}

/** A repository as the engine writes it in RepoTags and RepoDigests: `docker.io/library/ubuntu` → `ubuntu`. */
export function familiarName(repository: string): string {
  const parsed = parseReference(repository);
  if ('error' in parsed) return repository;
  const { domain, path } = parsed.ref;
  return familiar({ domain: normalizeHost(domain), path });
}

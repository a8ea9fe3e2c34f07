// Image references as Docker reads them (distribution/reference: ParseNormalizedNamed and its grammar): an optional
// registry host, a repository path, a tag and a digest. One parse gives both the spelling the user wrote, which is
// what repack shows, tags with and reports, and the normalised registry and path (`ubuntu` is
// `docker.io/library/ubuntu`), which is what says whether two references name the same repository.
import { isDigest, type Digest } from './digest.js';

export type { Digest } from './digest.js';

/** The registry a reference without a host belongs to, and the names Docker Hub also goes by. */
export const DOCKER_HUB = 'docker.io';
const LEGACY_HUB = 'index.docker.io';
const OFFICIAL_PREFIX = 'library/';
const NAME_MAX = 255;

export interface ImageReference {
  /** The repository as written, without tag or digest: `127.0.0.1:5000/app`, `ubuntu`, `docker.io/org/app`. */
  name: string;
  /** The registry host, `docker.io` when the name has none: `127.0.0.1:5000`, `ghcr.io`, `localhost:5000`. */
  domain: string;
  /** The repository within the registry, Docker Hub's official images under `library/`: `library/ubuntu`. */
  path: string;
  tag?: string;
  digest?: Digest;
}

// The grammar of distribution/reference's regexp.go.
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';

const REFERENCE_RE = new RegExp(`^((?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const NAME_RE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
const TAG_RE = new RegExp(`^${TAG}$`);
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;

/** Hex lengths of the digest algorithms the engine knows (go-digest's sha256, sha384, sha512). */
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** Why `s` is not a digest in go-digest's words, or undefined when it is one. */
export function digestProblem(s: string): string | undefined {
  const colon = s.indexOf(':');
  if (colon <= 0 || colon + 1 === s.length) return 'invalid checksum digest format';
  const length = DIGEST_HEX_LENGTH[s.slice(0, colon)];
  if (length === undefined) return new RegExp(`^${DIGEST}$`).test(s) ? 'unsupported digest algorithm' : 'invalid checksum digest format';
  const encoded = s.slice(colon + 1);
  if (encoded.length !== length) return 'invalid checksum digest length';
  if (!isDigest(s)) return 'invalid checksum digest format';
  return undefined;
}

/**
 * The registry and the rest of a name, as the docker CLI tells a host from a path: the first component is a host when
 * it is `localhost`, has a dot or a colon, or has capitals (repository paths are lowercase); else Docker Hub.
 */
export function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { domain: DOCKER_HUB, remainder: OFFICIAL_PREFIX + name };
  const first = name.slice(0, slash);
  let domain = DOCKER_HUB;
  let remainder = name;
  if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === LEGACY_HUB ? DOCKER_HUB : first;
    remainder = name.slice(slash + 1);
  }
  if (domain === DOCKER_HUB && !remainder.includes('/')) remainder = OFFICIAL_PREFIX + remainder;
  return { domain, remainder };
}

/**
 * Parses `s` as the docker CLI parses an image reference (`docker pull`, `docker tag`), with its error messages.
 * `name` keeps the user's spelling; `domain` and `path` are normalised.
 */
export function parseReference(s: string): { ref: ImageReference } | { error: string } {
  if (IDENTIFIER_RE.test(s)) return { error: `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings` };
  const { domain, remainder } = splitDockerDomain(s);
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) return { error: `invalid reference format: repository name (${remote}) must be lowercase` };
  const normalized = `${domain}/${remainder}`;
  const m = REFERENCE_RE.exec(normalized);
  if (!m) {
    const lower = normalized.toLowerCase();
    return { error: lower !== normalized && REFERENCE_RE.test(lower) ? 'repository name must be lowercase' : 'invalid reference format' };
  }
  const [, named, tag, digest] = m;
  const path = NAME_RE.exec(named)?.[2] ?? named;
  if (path.length > NAME_MAX) return { error: `repository name must not be more than ${NAME_MAX} characters` };
  if (digest !== undefined) {
    const problem = digestProblem(digest);
    if (problem) return { error: problem };
  }
  const suffix = normalized.length - named.length;
  return {
    ref: {
      name: s.slice(0, s.length - suffix),
      domain,
      path,
      ...(tag === undefined ? {} : { tag }),
      ...(digest === undefined ? {} : { digest: digest as Digest }),
    },
  };
}

/** Like parseReference, for references the code builds itself or has validated: throws on a bad one. */
export function mustParseReference(s: string): ImageReference {
  const r = parseReference(s);
  if ('error' in r) throw new Error(`${s}: ${r.error}`);
  return r.ref;
}

/** Why `tag` is not a valid tag, or undefined. */
export function tagProblem(tag: string): string | undefined {
  return TAG_RE.test(tag) ? undefined : 'invalid tag format';
}

/** `ref` with another tag (and no digest): what `docker tag IMAGE ref.name:tag` makes. */
export function withTag(ref: ImageReference, tag: string): ImageReference {
  return { name: ref.name, domain: ref.domain, path: ref.path, tag };
}

/** The tag a reference names, `latest` when it names none (as `docker pull` and `docker push` take it). */
export function tagOrLatest(ref: ImageReference): string {
  return ref.tag ?? 'latest';
}

/** As written: `name[:tag][@digest]`. */
export function formatReference(ref: ImageReference): string {
  return `${ref.name}${ref.tag === undefined ? '' : `:${ref.tag}`}${ref.digest === undefined ? '' : `@${ref.digest}`}`;
}

/** The normalised repository: `docker.io/library/ubuntu`. */
export function canonicalName(ref: Pick<ImageReference, 'domain' | 'path'>): string {
  return `${ref.domain}/${ref.path}`;
}

/** The repository as the engine writes it in RepoTags and RepoDigests: `docker.io/library/ubuntu` → `ubuntu`. */
export function familiarName(ref: Pick<ImageReference, 'domain' | 'path'>): string {
  if (ref.domain !== DOCKER_HUB) return canonicalName(ref);
  const rest = ref.path.startsWith(OFFICIAL_PREFIX) ? ref.path.slice(OFFICIAL_PREFIX.length) : ref.path;
  return rest.includes('/') ? ref.path : rest;
}

/** Do the two references name the same repository, however each is spelled? */
export function sameRepository(a: Pick<ImageReference, 'domain' | 'path'>, b: Pick<ImageReference, 'domain' | 'path'>): boolean {
  return a.domain === b.domain && a.path === b.path;
}

/**
 * What the engine's /images/create takes for a pull: `fromImage` without tag, and `tag` holding the tag or the digest
 * (a digest wins over a tag, as `docker pull` takes it). Leaving `tag` empty would pull every tag of the repository.
 */
export function pullParameters(ref: ImageReference): { repository: string; tag: string } {
  return { repository: ref.name, tag: ref.digest ?? tagOrLatest(ref) };
}

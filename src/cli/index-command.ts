// `repack index create --tag REPO:TAG DIGEST...`: pushes one OCI image index of platform images already in the
// registry (the legs of a build run on one runner per platform, each pushed by digest). The index is the same
// document the one-machine path pushes (plugin/image-index.ts), so the same images give the same digest.
import { dockerCredentials } from '../docker/credentials.js';
import { getJsonBlob, getManifest, IMAGE_MANIFEST_TYPES, putManifest, type ManifestQuery } from '../docker/registry-api.js';
import { indexDocument, OCI_INDEX, sha256, type ManifestDescriptor } from '../plugin/image-index.js';
import { formatPlatform, normalisePlatform } from '../plugin/platform.js';
import { isDigest, type Digest } from '../docker/digest.js';
import { parseReference, sameRepository, tagOrLatest, type ImageReference } from '../docker/reference.js';
import { parseArgs, usage, UsageError, type Flags } from './args.js';

const CREATE_FLAGS: Flags = {
  tag: { kind: 'list', description: 'Push the index as REPO:TAG (repeatable; every tag in one repository).' },
};

const SYNOPSIS = '--tag REPO:TAG [--tag REPO:TAG...] DIGEST...';
const HELP = `Usage: repack index create ${SYNOPSIS}

    create   push an image index of platform images already in the repository;
             DIGEST is sha256:… or REPO@sha256:…, one per platform, in the index's order
`;

export interface IndexIo {
  out: (s: string) => void;
  err: (s: string) => void;
  env: Record<string, string | undefined>;
}

/** A --tag value: a repository:tag reference. */
function tagArg(arg: string): ImageReference {
  const parsed = parseReference(arg);
  if ('error' in parsed) throw new UsageError(`--tag ${arg}: ${parsed.error}`);
  if (parsed.ref.digest !== undefined) throw new UsageError(`--tag ${arg} names a digest: write REPO:TAG`);
  return parsed.ref;
}

/** The digest a DIGEST argument names, checked to be in the index's repository when it names one. */
function digestArg(arg: string, repository: ImageReference): Digest {
  if (isDigest(arg) && arg.startsWith('sha256:')) return arg;
  const parsed = parseReference(arg);
  const digest = 'ref' in parsed ? parsed.ref.digest : undefined;
  // The index's digests are sha256 (image-index.ts), and so are those it lists.
  if ('error' in parsed || digest === undefined || !digest.startsWith('sha256:'))
    throw new UsageError(`"${arg}" is not a manifest digest: write sha256:<64 hex digits> or REPO@sha256:…`);
  if (!sameRepository(parsed.ref, repository))
    throw new UsageError(`${arg} is in another repository than the index (${repository.name}): an index lists manifests of its own repository`);
  return digest;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

async function describe(repository: string, digest: string, q: ManifestQuery): Promise<ManifestDescriptor> {
  const m = await getManifest(repository, digest, q);
  if (!IMAGE_MANIFEST_TYPES.includes(m.mediaType))
    throw new Error(`${repository}@${digest} is a ${m.mediaType || 'manifest of unknown type'}, not one image's manifest`);
  if (sha256(m.body) !== digest) throw new Error(`${repository}@${digest}: the registry served a manifest of another digest`);
  const config = (JSON.parse(m.body.toString('utf8')) as { config?: { digest?: unknown } }).config?.digest;
  if (typeof config !== 'string') throw new Error(`${repository}@${digest} names no config`);
  const c = (await getJsonBlob(repository, config, q)) as { os?: unknown; architecture?: unknown; variant?: unknown };
  const os = str(c.os);
  const architecture = str(c.architecture);
  if (!os || !architecture) throw new Error(`${repository}@${digest}: its config names no platform`);
  const variant = str(c.variant);
  return { mediaType: m.mediaType, digest, size: m.body.length, platform: normalisePlatform({ os, architecture, ...(variant ? { variant } : {}) }) };
}

async function create(argv: string[], io: IndexIo): Promise<number> {
  const p = parseArgs(argv, CREATE_FLAGS);
  const tags = (p.values.tag as string[]).map(tagArg);
  if (tags.length === 0 || p.positional.length === 0) throw new UsageError(usage('index create', SYNOPSIS, CREATE_FLAGS));
  const repository = tags[0].name;
  if (tags.some((t) => !sameRepository(t, tags[0]))) throw new UsageError('every --tag must name the same repository');
  const digests = p.positional.map((a) => digestArg(a, tags[0]));
  const { auth } = await dockerCredentials(io.env).forImage(repository);
  const q: ManifestQuery = { auth };
  const manifests: ManifestDescriptor[] = [];
  for (const d of digests) manifests.push(await describe(repository, d, q));
  const seen = manifests.map((m) => formatPlatform(m.platform));
  const twice = seen.find((x, i) => seen.indexOf(x) !== i);
  if (twice) throw new UsageError(`two of the digests are ${twice} images: an index lists one image per platform`);
  const body = indexDocument(manifests);
  const digest = sha256(body);
  for (const tag of tags.map(tagOrLatest)) {
    await putManifest(repository, tag, body, OCI_INDEX, q);
    io.err(`Pushed ${repository}:${tag} (${seen.join(', ')})\n`);
  }
  io.out(`${repository}@${digest}\n`);
  return 0;
}

export async function indexCommand(argv: string[], io: IndexIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'create') return create(rest, io);
  io.err(HELP);
  return sub === undefined || sub === '-h' || sub === '--help' || sub === 'help' ? 0 : 1;
}

// Packer's `docker-push`: pushes every repository:tag of the input artifact and records the digest the registry
// serves for each. Pushes to one repository are serialised across parallel builds.
import type { Block } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import type { Driver, PushResult, RegistryAuth } from '../docker/driver.js';
import { dockerCredentials } from '../docker/credentials.js';
import { putManifest, registryPath, type ManifestQuery } from '../docker/registry-api.js';
import { baseLayers } from '../docker/base-layers.js';
import { pushImageByDigest } from '../docker/image-push.js';
import { OCI_INDEX } from '../plugin/image-index.js';
import { imagePlatform, parsePlatform } from '../plugin/platform.js';
import { familiarName } from '../docker/registry-host.js';
import { decodeLogin, ECR_LOGIN, LOGIN_ATTRIBUTES } from '../plugin/registry-login.js';
import { PUSH_RETRY, withRetries } from '../docker/retry.js';
import { formatReference, tagOrLatest } from '../docker/reference.js';
import {
  PostProcessorError,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
  type PostProcessorPlugin,
} from '../plugin/post-processor.js';
import { DOCKER_PATH, ECR_AWS, ignored, PACKER_INTERNAL } from '../config/unsupported.js';

const PUSH_PLATFORM = ignored(
  'repack pushes each tag as the engine stores it: the image the build made, for the one platform it was built for ' +
    "(the source's platform). Remove it, or set platform on the source.",
);

const SCHEMA = {
  attributes: {
    ...LOGIN_ATTRIBUTES,
    ecr_login: {
      type: T.bool,
      default: false,
      description: 'Only `false`: use `docker-credential-ecr-login` as a credential helper (`credHelpers` in the docker config), which repack reads.',
    },
  },
  unsupported: { ...PACKER_INTERNAL, ...ECR_AWS, docker_path: DOCKER_PATH, platform: PUSH_PLATFORM },
} satisfies BodySchema;

/**
 * Whether the manifest `digest` that pushing `repository` produced is the build's own image. The engine pushes whatever
 * the tag names when the push starts; another build on the same engine may have moved the tag in between (two runs of
 * one branch, matrix legs on one self-hosted runner). After a push, the engine records `repository@digest` in the
 * RepoDigests of the image it pushed, and a manifest digest names one config, so the record on the build's image is
 * the proof. An engine that records nothing (Podman) is answered by the registry: the manifest's config digest is the
 * image ID. Only a registry that says otherwise fails the push; one that cannot be asked leaves the engine's word.
 */
async function pushedOwnImage(driver: Driver, imageId: string, repository: string, digest: string, auth?: RegistryAuth): Promise<boolean> {
  const image = await driver.inspectImage(imageId);
  const wanted = familiarName(repository);
  const recorded = (image?.repoDigests ?? []).some((d) => {
    const at = d.lastIndexOf('@');
    return d.slice(at + 1) === digest && familiarName(d.slice(0, at)) === wanted;
  });
  if (recorded) return true;
  const config = await driver.pushedImageId?.(repository, digest, { auth });
  return config === undefined || config === imageId;
}

class DockerPush implements PostProcessor {
  // Private (#) so no dump of the plan (util.inspect, JSON.stringify) can show the credentials.
  readonly #auth?: RegistryAuth;
  readonly #loginProblem?: string;

  constructor(auth?: RegistryAuth, loginProblem?: string) {
    this.#auth = auth;
    this.#loginProblem = loginProblem;
  }

  /** Pushes repository:tag as the engine has it; the digest is checked to be the input's image. */
  private async pushTag(input: ChainArtifact, repository: string, tag: string, ctx: PostProcessorContext): Promise<PushResult> {
    const ref = `${repository}:${tag}`;
    ctx.say(`Pushing: ${ref}`);
    const onRetry = (e: Error, n: number, ms: number) =>
      ctx.say(`Push of ${ref} failed (attempt ${n}/${PUSH_RETRY.attempts}): ${e.message}; retrying in ${ms / 1000}s`);
    const push = () =>
      ctx.driver.push(repository, tag, {
        auth: this.#auth,
        signal: ctx.signal,
        onProgress: (e) => {
          if (e.status === 'Pushed' || e.status === 'Layer already exists' || e.status.startsWith('Mounted from')) ctx.message(`${e.id ?? ''}: ${e.status}`);
        },
      });
    const pushed = await ctx.withRepositoryLock(repository, () => withRetries(push, { ...PUSH_RETRY, signal: ctx.signal, onRetry }));
    if (input.imageId && !(await pushedOwnImage(ctx.driver, input.imageId, repository, pushed.digest, this.#auth)))
      throw new PostProcessorError(
        `${ref} was pushed, but the registry's ${pushed.digest} is not this build's image (${input.imageId}): another build on this Docker engine ` +
          `tagged ${ref} while this one pushed it. Give concurrent builds distinct tags, or push again.`,
      );
    if (pushed.unchanged) ctx.message(`${tag}: the registry already serves this image, nothing to push`);
    ctx.message(`${tag}: digest: ${pushed.digest}${pushed.size === undefined ? '' : ` size: ${pushed.size}`}`);
    return pushed;
  }

  /**
   * A leg of a multi-platform build: its platform's image is pushed by digest, under no tag, through the registry's
   * API (the engine can push only tags, and every leg's image is tagged repository:tag). The index that lists the
   * platforms is pushed under `tag` once every leg is done (image-index.ts), or by `repack index create`.
   */
  private async pushLeg(input: ChainArtifact, repository: string, tag: string, ctx: PostProcessorContext, leg: NonNullable<PostProcessorContext['leg']>) {
    const image = input.imageId;
    if (!image) throw new PostProcessorError('docker-push of a multi-platform build needs the image of each platform.');
    const info = await ctx.driver.inspectImage(image);
    const parsed = parsePlatform(leg.platform);
    const platform = (info && imagePlatform(info)) ?? (typeof parsed === 'string' ? undefined : parsed);
    if (!platform) throw new PostProcessorError(`The platform of ${image} is unknown.`);
    // The credentials the engine would push with (docker config, helpers), for the registry's API.
    const query = async (repo: string): Promise<ManifestQuery> => ({
      auth: (await dockerCredentials(process.env).forImage(repo, this.#auth)).auth,
      signal: ctx.signal,
    });
    const q = await query(repository);
    ctx.say(`Pushing the ${leg.platform} image of ${repository}:${tag} by digest`);
    const pushed = await ctx.withRepositoryLock(repository, async () => {
      const base = leg.base ? await baseLayers(ctx.driver, leg.base, registryPath(repository).host, query) : undefined;
      return pushImageByDigest({
        driver: ctx.driver,
        imageId: image,
        repository,
        query: q,
        base,
        progress: (line) => ctx.message(line),
        onRetry: (e, n, ms) =>
          ctx.say(`Push of the ${leg.platform} image failed (attempt ${n}/${PUSH_RETRY.attempts}): ${e.message}; retrying in ${ms / 1000}s`),
      });
    });
    ctx.message(`${repository}@${pushed.digest}: size: ${pushed.size}`);
    ctx.leg?.indexes.add({
      build: leg.build,
      platform: leg.platform,
      repository,
      tag,
      descriptor: { mediaType: pushed.mediaType, digest: pushed.digest, size: pushed.size, platform },
      pushIndex: (body) => putManifest(repository, tag, body, OCI_INDEX, q),
    });
    return { repository, tag, digest: pushed.digest, platform: leg.platform };
  }

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    if (input.tags.length === 0) {
      throw new PostProcessorError('docker-push needs a tagged image: put a docker-tag post-processor before it in the same post-processors chain.');
    }
    if (!ctx.push) {
      ctx.say(`Skipping push of ${input.tags.map(formatReference).join(', ')} (push is off)`);
      return { artifact: input, keep: true, forceKeep: false };
    }
    if (this.#loginProblem) throw new PostProcessorError(this.#loginProblem);
    const digests = [...input.digests];
    for (const ref of input.tags) {
      const repository = ref.name;
      const tag = tagOrLatest(ref);
      if (ctx.leg) {
        digests.push(await this.pushLeg(input, repository, tag, ctx, ctx.leg));
        continue;
      }
      const pushed = await this.pushTag(input, repository, tag, ctx);
      digests.push({ repository, tag, digest: pushed.digest });
    }
    return { artifact: { ...input, digests }, keep: true, forceKeep: false };
  }
}

function decode(d: Decoded<typeof SCHEMA>, block: Block): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  if (d.attrs.ecr_login === true) return { diagnostics: [error('Unsupported option', ECR_LOGIN, d.ranges.ecr_login)] };
  const login = decodeLogin(d, block.openBraceRange);
  if (login.diagnostics.some((x) => x.severity === 'error')) return { diagnostics: login.diagnostics };
  return { postProcessor: new DockerPush(login.auth, login.problem), diagnostics: login.diagnostics };
}

export const dockerPush: PostProcessorPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };

/** A docker-push with the docker CLI's credentials (the action's tags input, after docker/login-action). */
export function dockerPushWithoutLogin(): PostProcessor {
  return new DockerPush();
}

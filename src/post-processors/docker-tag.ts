// Packer's `docker-tag`: tags the image of the input artifact as repository:tag for each tag.
import type { Block } from '../hcl/syntax/ast.js';
import { warning, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import {
  BUILDER_ID,
  PostProcessorError,
  requireImage,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
  type PostProcessorPlugin,
} from '../plugin/post-processor.js';
import { DOCKER_PATH, PACKER_INTERNAL } from '../config/unsupported.js';
import { formatReference, parseReference, tagOrLatest, tagProblem, withTag, type ImageReference } from '../docker/reference.js';

const SCHEMA = {
  attributes: {
    repository: { type: T.string, required: true, description: 'Repository to tag into, e.g. `"ghcr.io/org/app"`.' },
    tags: { type: T.list(T.string), doc: { default: '`["latest"]`' }, description: 'Tags to apply.' },
    tag: { type: T.list(T.string), description: 'Deprecated spelling of `tags` (a warning says so); both may be given.' },
    force: { type: T.bool, default: false, description: 'Accepted for compatibility: a tag that exists is always moved, as docker does since 1.10.' },
  },
  unsupported: { ...PACKER_INTERNAL, docker_path: DOCKER_PATH },
} satisfies BodySchema;

class DockerTag implements PostProcessor {
  constructor(
    private readonly tags: ImageReference[],
    /** Why tagging cannot work (e.g. a repository made from an unset variable); reported when it runs, as Packer does. */
    private readonly problem?: string,
  ) {}

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    const image = requireImage(input, 'docker-tag');
    if (this.problem) throw new PostProcessorError(this.problem);
    for (const ref of this.tags) {
      ctx.say(`Tagging image: ${image.imageId}`);
      ctx.message(`Repository: ${formatReference(ref)}`);
      await ctx.driver.tag(image.imageId, ref.name, tagOrLatest(ref));
    }
    // Tagging is what later steps (docker-push) rely on: the input image is always kept.
    return { artifact: { builderId: BUILDER_ID.dockerTag, imageId: image.imageId, tags: [...this.tags], digests: [], files: [] }, keep: true, forceKeep: true };
  }
}

function decode(d: Decoded<typeof SCHEMA>, block: Block): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const repository = d.attrs.repository;
  const tags = [...(d.attrs.tags ?? []), ...(d.attrs.tag ?? [])];
  if (d.attrs.tag !== null) diags.push(warning('Deprecated argument', 'The argument "tag" is deprecated: use "tags".', d.ranges.tag));
  // Packer checks neither before tagging: a template whose repository comes from an unset variable (a CI validate job
  // without secrets) validates, and docker-tag fails when it runs. Here validate also warns.
  const problems: string[] = [];
  const parsed = parseReference(repository);
  const repo = 'ref' in parsed && parsed.ref.tag === undefined && parsed.ref.digest === undefined ? parsed.ref : undefined;
  if (!repo) {
    const why = `"${repository}" is not a valid repository name: lowercase letters, digits and separators (. _ -), with an optional registry host[:port]/ prefix.`;
    problems.push(why);
    diags.push(warning('Invalid repository', `${why} docker-tag will fail when it runs.`, d.ranges.repository ?? block.openBraceRange));
  }
  for (const t of tags) {
    if (tagProblem(t) === undefined) continue;
    const why = `"${t}" is not a valid tag: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-".`;
    problems.push(why);
    diags.push(warning('Invalid tag', `${why} docker-tag will fail when it runs.`, d.ranges.tags ?? d.ranges.tag));
  }
  const problem = problems.length > 0 ? problems.join(' ') : undefined;
  const refs = repo ? (tags.length > 0 ? tags : ['latest']).map((t) => withTag(repo, t)) : [];
  return { postProcessor: new DockerTag(refs, problem), diagnostics: diags };
}

export const dockerTag: PostProcessorPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };

// Packer's `docker-tag`: tags the image of the input artifact as repository:tag for each tag.
import type { Block } from '../hcl/ast.js';
import { error, warning, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import {
  BUILDER_ID,
  requireImage,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
  type PostProcessorPlugin,
} from './post-processor.js';
import { DOCKER_PATH, PACKER_INTERNAL } from '../config/unsupported.js';

const SCHEMA: BodySchema = {
  attributes: {
    repository: { type: T.string, required: true, description: 'Repository to tag into, e.g. "ghcr.io/org/app".' },
    tags: { type: T.list(T.string), description: 'Tags to apply (default "latest").' },
    tag: { type: T.list(T.string), description: 'Deprecated spelling of tags.' },
    force: { type: T.bool, default: false, description: 'Accepted for compatibility: a tag that exists is always moved, as docker does since 1.10.' },
  },
  unsupported: { ...PACKER_INTERNAL, docker_path: DOCKER_PATH },
};

const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

class DockerTag implements PostProcessor {
  constructor(
    private readonly repository: string,
    private readonly tags: string[],
  ) {}

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    const image = requireImage(input, 'docker-tag');
    const tags: string[] = [];
    for (const tag of this.tags) {
      ctx.say(`Tagging image: ${image.imageId}`);
      ctx.message(`Repository: ${this.repository}:${tag}`);
      await ctx.driver.tag(image.imageId, this.repository, tag);
      tags.push(`${this.repository}:${tag}`);
    }
    // Tagging is what later steps (docker-push) rely on: the input image is always kept.
    return { artifact: { builderId: BUILDER_ID.dockerTag, imageId: image.imageId, tags, digests: [], files: [] }, keep: true, forceKeep: true };
  }
}

function decode(d: Decoded, block: Block): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const repository = d.attrs.repository as string;
  const tags = [...((d.attrs.tags as string[] | null) ?? []), ...((d.attrs.tag as string[] | null) ?? [])];
  if (d.attrs.tag !== null) diags.push(warning('Deprecated argument', 'The argument "tag" is deprecated: use "tags".', d.ranges.tag));
  if (!REPO_RE.test(repository)) {
    diags.push(
      error(
        'Invalid repository',
        `"${repository}" is not a valid repository name: lowercase letters, digits and separators (. _ -), with an optional registry host[:port]/ prefix.`,
        d.ranges.repository ?? block.openBraceRange,
      ),
    );
  }
  for (const t of tags) {
    if (!TAG_RE.test(t))
      diags.push(
        error(
          'Invalid tag',
          `"${t}" is not a valid tag: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-".`,
          d.ranges.tags ?? d.ranges.tag,
        ),
      );
  }
  if (diags.some((x) => x.severity === 'error')) return { diagnostics: diags };
  return { postProcessor: new DockerTag(repository, tags.length > 0 ? tags : ['latest']), diagnostics: diags };
}

export const dockerTag: PostProcessorPlugin = { schema: SCHEMA, decode };

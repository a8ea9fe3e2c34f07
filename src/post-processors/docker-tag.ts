// Packer's `docker-tag`: tags the image of the input artifact as repository:tag for each tag.
import type { Block } from '../hcl/ast.js';
import { error, warning, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import type { ImageArtifact, PostProcessor, PostProcessorContext, PostProcessorPlugin } from './post-processor.js';

const SCHEMA: BodySchema = {
  attributes: {
    repository: { type: T.string, required: true, description: 'Repository to tag into, e.g. "ghcr.io/org/app".' },
    tags: { type: T.list(T.string), description: 'Tags to apply (default "latest").' },
    tag: { type: T.list(T.string), description: 'Deprecated spelling of tags.' },
    force: { type: T.bool, default: false, description: 'Accepted for compatibility: a tag that exists is always moved, as docker does since 1.10.' },
    keep_input_artifact: { type: T.bool, description: 'Accepted for compatibility: tagging never removes the input image.' },
  },
};

const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

class DockerTag implements PostProcessor {
  constructor(
    private readonly repository: string,
    private readonly tags: string[],
  ) {}

  async run(input: ImageArtifact, ctx: PostProcessorContext): Promise<ImageArtifact> {
    const tags: string[] = [];
    for (const tag of this.tags) {
      ctx.say(`Tagging image: ${input.imageId}`);
      ctx.message(`Repository: ${this.repository}:${tag}`);
      await ctx.driver.tag(input.imageId, this.repository, tag);
      tags.push(`${this.repository}:${tag}`);
    }
    return { builderId: 'packer.post-processor.docker-tag', imageId: input.imageId, tags, digests: [] };
  }
}

function decode(d: Decoded, block: Block): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const repository = d.attrs.repository as string;
  const tags = [...((d.attrs.tags as string[] | null) ?? []), ...((d.attrs.tag as string[] | null) ?? [])];
  if (d.attrs.tag !== null) diags.push(warning('Deprecated argument', 'The argument "tag" is deprecated: use "tags".', d.ranges.tag));
  if (!REPO_RE.test(repository)) {
    diags.push(error('Invalid repository', `"${repository}" is not a valid repository name: lowercase letters, digits and separators (. _ -), with an optional registry host[:port]/ prefix.`, d.ranges.repository ?? block.openBraceRange));
  }
  for (const t of tags) {
    if (!TAG_RE.test(t)) diags.push(error('Invalid tag', `"${t}" is not a valid tag: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-".`, d.ranges.tags ?? d.ranges.tag));
  }
  if (diags.some((x) => x.severity === 'error')) return { diagnostics: diags };
  return { postProcessor: new DockerTag(repository, tags.length > 0 ? tags : ['latest']), diagnostics: diags };
}

export const dockerTag: PostProcessorPlugin = { schema: SCHEMA, decode };

// The action's `tags` and `labels` inputs (docker/metadata-action's outputs), added to the planned builds.
// Tags name one image, so they need exactly one build that commits: they become one more post-processor chain of that
// build — tag every reference, then docker-push (skipped when push is off, credentials as the docker CLI has them) —
// after the template's own chains. Labels describe the source the images come from, so every committing build gets them
// as LABEL changes at commit (they are part of the commit's cache key like any other change).
import { error, warning, type Diagnostic } from '../hcl/diagnostics.js';
import { dockerPushWithoutLogin } from '../post-processors/docker-push.js';
import { formatReference, mustParseReference, parseReference, tagOrLatest, type ImageReference } from '../docker/reference.js';
import {
  BUILDER_ID,
  requireImage,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
} from '../plugin/post-processor.js';
import type { PlannedBuild } from '../builders/docker/planned-build.js';

export interface ExtraTagsAndLabels {
  /** Full references, `registry/repository:tag`. */
  tags?: string[];
  labels?: Record<string, string>;
}

/** Why `ref` cannot be a tag reference, or undefined when it can. */
export function badReference(ref: string): string | undefined {
  const parsed = parseReference(ref);
  if ('error' in parsed) return `"${ref}": ${parsed.error}`;
  if (parsed.ref.digest !== undefined) return `"${ref}" names a digest: tags must be repository:tag references`;
  return undefined;
}

class ExtraTags implements PostProcessor {
  constructor(private readonly refs: ImageReference[]) {}

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    const image = requireImage(input, 'tags');
    for (const ref of this.refs) {
      ctx.say(`Tagging image ${image.imageId} as ${formatReference(ref)} (tags input)`);
      await ctx.driver.tag(image.imageId, ref.name, tagOrLatest(ref));
    }
    return { artifact: { builderId: BUILDER_ID.dockerTag, imageId: image.imageId, tags: [...this.refs], digests: [], files: [] }, keep: true, forceKeep: true };
  }
}

/** A Dockerfile LABEL instruction for one pair; JSON's quoting is a Dockerfile double-quoted string. */
function labelChange(key: string, value: string): string {
  return `LABEL ${JSON.stringify(key)}=${JSON.stringify(value)}`;
}

/** Adds the tags chain and the labels to `builds` (in place); diagnostics have no range (they concern inputs). */
export function addTagsAndLabels(builds: PlannedBuild[], extra: ExtraTagsAndLabels): Diagnostic[] {
  const tags = extra.tags ?? [];
  const labels = Object.entries(extra.labels ?? {});
  if (tags.length === 0 && labels.length === 0) return [];
  const diags: Diagnostic[] = [];
  const committing = builds.filter((b) => b.config.commit);
  for (const t of tags) {
    const why = badReference(t);
    if (why) diags.push(error('Invalid tags input', `${why}.`));
  }
  if (tags.length > 0 && committing.length !== 1) {
    const which =
      committing.length === 0 ? 'none of the selected builds commits an image' : `${committing.length} do: ${committing.map((b) => b.name).join(', ')}`;
    diags.push(
      error(
        'Invalid tags input',
        `The tags input names one image, so exactly one selected build must commit one (commit = true); ${which}. Choose the build with the only input.`,
      ),
    );
  }
  if (labels.length > 0 && committing.length === 0)
    diags.push(warning('Labels not applied', 'The labels input applies at commit, and none of the selected builds commits an image.'));
  if (diags.some((d) => d.severity === 'error')) return diags;
  for (const b of committing) b.config.changes = [...b.config.changes, ...labels.map(([k, v]) => labelChange(k, v))];
  if (tags.length > 0) {
    committing[0].chains = [
      ...committing[0].chains,
      [
        { type: 'docker-tag', name: 'tags', postProcessor: new ExtraTags([...new Set(tags)].map(mustParseReference)) },
        { type: 'docker-push', name: 'tags', postProcessor: dockerPushWithoutLogin() },
      ],
    ];
  }
  return diags;
}

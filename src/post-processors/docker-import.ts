// Packer's `docker-import`: imports a root filesystem tar — the docker builder's export_path, or a file artifice
// names — as an image repository[:tag], with Dockerfile `changes` applied.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Block } from '../hcl/syntax/ast.js';
import { error, warning, type Diagnostic } from '../hcl/diagnostics.js';
import { parseReference, type ImageReference } from '../docker/reference.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { CHANGE_INSTRUCTIONS, parseChange } from '../docker/changes.js';
import {
  BUILDER_ID,
  PostProcessorError,
  requireBuilder,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
  type PostProcessorPlugin,
} from '../plugin/post-processor.js';
import { DOCKER_PATH, PACKER_INTERNAL } from '../config/unsupported.js';

const SCHEMA = {
  attributes: {
    repository: { type: T.string, required: true, description: 'Repository of the new image.' },
    tag: { doc: { default: '`latest`' }, type: T.string, description: 'Its tag.' },
    changes: {
      type: T.list(T.string),
      default: [],
      description: 'Dockerfile instructions: CMD, ENTRYPOINT, ENV, EXPOSE, HEALTHCHECK, LABEL, ONBUILD, USER, VOLUME, WORKDIR. Checked when validating.',
    },
    platform: { type: T.string, description: 'e.g. `linux/arm64`.' },
  },
  unsupported: { ...PACKER_INTERNAL, docker_path: DOCKER_PATH },
} satisfies BodySchema;

const NOT_IMPORTABLE =
  'Can only import from Docker builder and Artifice post-processor artifacts. If you are getting this error after having run the docker builder, it may be because you set commit = true in your Docker builder, so the image is already imported.';

class DockerImport implements PostProcessor {
  constructor(
    private readonly opts: { repository: string; tag?: string; changes: string[]; platform?: string },
    private readonly cwd: string,
    /** The repository:tag the image gets, or why it cannot get it (reported when it runs, as Packer's engine would). */
    private readonly target: ImageReference | string,
  ) {}

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    requireBuilder(input, [BUILDER_ID.dockerExport, BUILDER_ID.artifice], NOT_IMPORTABLE);
    if (typeof this.target === 'string') throw new PostProcessorError(this.target);
    const file = input.files[0];
    if (file === undefined) throw new PostProcessorError('docker-import needs a file to import, but the input artifact has none.');
    const ref = this.opts.tag ? `${this.opts.repository}:${this.opts.tag}` : this.opts.repository;
    ctx.message(`Importing image: ${input.id ?? file}`);
    ctx.message(`Repository: ${ref}`);
    const imageId = await ctx.driver.importImage(createReadStream(resolve(this.cwd, file)), { ...this.opts, tag: this.opts.tag || undefined });
    ctx.message(`Imported ID: ${imageId}`);
    const artifact: ChainArtifact = {
      builderId: BUILDER_ID.dockerImport,
      id: ref,
      description: `Imported Docker image: ${ref}`,
      files: [],
      imageId,
      tags: [this.target],
      digests: [],
    };
    return { artifact, keep: false, forceKeep: false };
  }
}

function decode(d: Decoded<typeof SCHEMA>, block: Block, cwd: string): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const changes = d.attrs.changes;
  changes.forEach((c, i) => {
    const parsed = parseChange(c);
    if ('error' in parsed)
      diags.push(
        error('Invalid change', `changes[${i}] "${c}": ${parsed.error}. Only ${CHANGE_INSTRUCTIONS.join(', ')} can be applied on import.`, d.ranges.changes),
      );
  });
  if (diags.length > 0) return { diagnostics: diags };
  const opts = {
    repository: d.attrs.repository,
    tag: d.attrs.tag ?? undefined,
    changes,
    platform: d.attrs.platform ?? undefined,
  };
  const parsed = parseReference(`${opts.repository}:${opts.tag || 'latest'}`);
  let target: ImageReference | string;
  if ('error' in parsed || parsed.ref.digest !== undefined) {
    target = `"${opts.repository}:${opts.tag || 'latest'}" is not a repository:tag reference: ${'error' in parsed ? parsed.error : 'it names a digest'}.`;
    diags.push(warning('Invalid repository', `${target} docker-import will fail when it runs.`, d.ranges.repository ?? block.openBraceRange));
  } else target = parsed.ref;
  return { postProcessor: new DockerImport(opts, cwd, target), diagnostics: diags };
}

export const dockerImport: PostProcessorPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };

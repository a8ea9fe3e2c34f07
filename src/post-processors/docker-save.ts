// Packer's `docker-save`: writes the input image to a tar file (`docker save`). The output is the input image with
// the tar as its file, so checksum/compress can follow and docker-push still can.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { platformPath } from '../plugin/platform.js';
import { pipeline } from 'node:stream/promises';
import type { Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { formatReference } from '../docker/reference.js';
import {
  PostProcessorError,
  requireImage,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
  type PostProcessorPlugin,
} from '../plugin/post-processor.js';
import { messageOf } from '../error-message.js';
import { DOCKER_PATH, PACKER_INTERNAL } from '../config/unsupported.js';

const SCHEMA = {
  attributes: {
    path: { type: T.string, required: true, description: 'The tar file to write.' },
  },
  unsupported: { ...PACKER_INTERNAL, docker_path: DOCKER_PATH },
} satisfies BodySchema;

class DockerSave implements PostProcessor {
  constructor(
    private readonly path: string,
    private readonly cwd: string,
  ) {}

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    const image = requireImage(input, 'docker-save');
    // A leg's tags may name another platform's image by now (every leg tags the same names): a leg saves its image by ID.
    const refs = image.tags.length > 0 && !ctx.leg ? image.tags.map(formatReference) : [image.imageId];
    const path = ctx.leg ? platformPath(this.path, ctx.leg.platform) : this.path;
    const target = resolve(this.cwd, path);
    ctx.message(`Saving image: ${refs.join(', ')}`);
    try {
      await pipeline(await ctx.driver.saveImages(refs), createWriteStream(target), { signal: ctx.signal });
    } catch (e: unknown) {
      await rm(target, { force: true });
      throw new PostProcessorError(`Error saving ${refs.join(', ')} to ${path}: ${messageOf(e)}`);
    }
    ctx.message(`Saved to: ${path}`);
    return { artifact: { ...image, files: [path] }, keep: true, forceKeep: false };
  }
}

function decode(d: Decoded<typeof SCHEMA>, _block: unknown, cwd: string): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  return { postProcessor: new DockerSave(d.attrs.path, cwd), diagnostics: [] };
}

export const dockerSave: PostProcessorPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };

// What every post-processor is: a schema, a decoder, and a run that turns an input artifact into an output artifact
// and says whether the input should be kept (Packer's `keep`, and `forceOverride` for keep_input_artifact = false).
import type { Block } from '../hcl/syntax/ast.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import type { Driver } from '../docker/driver.js';
import type { ImageReference } from '../docker/reference.js';
import type { PushedDigest } from './result.js';
import type { IndexCollector } from './image-index.js';

/** Packer's builder ids, which post-processors check their input against. */
export const BUILDER_ID = {
  /** The docker builder's export_path artifact. */
  dockerExport: 'packer.docker',
  /** The docker builder's commit artifact, and docker-import's (Packer's plugin uses one id for both). */
  dockerImport: 'packer.post-processor.docker-import',
  dockerTag: 'packer.post-processor.docker-tag',
  dockerSave: 'packer.post-processor.docker-save',
  artifice: 'packer.post-processor.artifice',
  checksum: 'packer.post-processor.checksum',
  compress: 'packer.post-processor.compress',
} as const;

/** An artifact as it moves along a post-processor chain: files on the host, a Docker image, or both. */
export interface ChainArtifact {
  /** Packer's builder id of whoever made this artifact. */
  builderId: string;
  /** Packer's artifact `Id()`; derived from the image when absent. */
  id?: string;
  /** Packer's artifact `String()`; derived from the image when absent. */
  description?: string;
  /** Host files, as paths relative to the current directory or absolute. */
  files: string[];
  imageId?: string;
  /** The repository:tag references this artifact carries (docker-tag adds them; docker-push pushes them). */
  tags: ImageReference[];
  digests: PushedDigest[];
}

/** A chain artifact that is a Docker image. */
export type ImageArtifact = ChainArtifact & { imageId: string };

export interface PostProcessorOutput {
  artifact: ChainArtifact;
  /** Keep the input artifact unless the template says keep_input_artifact = false. */
  keep: boolean;
  /** Keep the input even when the template says keep_input_artifact = false. */
  forceKeep: boolean;
}

export interface PostProcessorContext {
  driver: Driver;
  say(message: string): void;
  message(line: string): void;
  signal: AbortSignal;
  /** false when pushes are switched off (action input `push: false`). */
  push: boolean;
  /** Serialises pushes to one repository across parallel builds. */
  withRepositoryLock<T>(repository: string, fn: () => Promise<T>): Promise<T>;
  /** PACKER_BUILD_NAME: the source's name. */
  buildName: string;
  /** PACKER_BUILDER_TYPE */
  builderType: string;
  /** PACKER_RUN_UUID: one per run, shared by its builds (the manifest's last_run_uuid). */
  runUuid: string;
  /** A leg of a multi-platform build: docker-push pushes its platform's image and leaves the index to `indexes`. */
  /** `base`: the ID of the image the leg was built from (its layers may be mounted rather than uploaded). */
  leg?: { build: string; platform: string; indexes: IndexCollector; base?: string };
}

export interface PostProcessor {
  run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput>;
}

export interface PostProcessorPlugin<S extends BodySchema = BodySchema> {
  schema: S;
  decode(decoded: Decoded<S>, block: Block, dir: string): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] };
}

export class PostProcessorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostProcessorError';
  }
}

/** Throws Packer's "Unknown artifact type" unless the input was made by one of `accepted`. */
export function requireBuilder(input: ChainArtifact, accepted: readonly string[], what: string): void {
  if (!accepted.includes(input.builderId)) throw new PostProcessorError(`Unknown artifact type: ${input.builderId}. ${what}`);
}

/** The image of an input artifact, or Packer-style guidance when there is none. */
export function requireImage(input: ChainArtifact, type: string): ImageArtifact {
  if (input.imageId === undefined) {
    throw new PostProcessorError(
      `${type} needs a Docker image, but the input artifact (${input.builderId}) is not one: set commit = true in the docker source or import the export with docker-import first.`,
    );
  }
  return input as ImageArtifact;
}

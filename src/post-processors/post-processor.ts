// What every post-processor is: a schema, a decoder, and a run that turns an input artifact into an output artifact.
import type { Block } from '../hcl/ast.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import type { Driver } from '../docker/driver.js';
import type { PushedDigest } from '../pipeline/result.js';

/** A Docker image as it moves along a post-processor chain. */
export interface ImageArtifact {
  /** Packer's builder id of whoever made this artifact: "packer.docker", "packer.post-processor.docker-tag", … */
  builderId: string;
  imageId: string;
  /** "repository:tag" names this artifact carries (docker-tag adds them; docker-push pushes them). */
  tags: string[];
  digests: PushedDigest[];
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
}

export interface PostProcessor {
  run(input: ImageArtifact, ctx: PostProcessorContext): Promise<ImageArtifact>;
}

export interface PostProcessorPlugin {
  schema: BodySchema;
  decode(decoded: Decoded, block: Block, dir: string): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] };
}

export class PostProcessorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostProcessorError';
  }
}

/** Splits "host:5000/name:tag" into repository and tag (the tag is after the last colon that follows the last slash). */
export function splitReference(ref: string): { repository: string; tag: string } {
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { repository: ref, tag: 'latest' };
}

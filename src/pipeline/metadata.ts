// The metadata document (CLI --json, the action's `metadata` output): one entry per build.
import type { Artifact, BuildResult, PushedDigest } from '../plugin/result.js';
import { blockContext, type BuildError, type BuildErrorCode } from '../plugin/build-error.js';

export interface BuildMetadata {
  name: string;
  build: string;
  source: string;
  'image-id': string | null;
  tags: string[];
  /** Pushed repository → the manifest digest the registry serves. */
  digests: Record<string, string>;
  pushed: PushedDigest[];
  artifacts: Artifact[];
  cache: { hits: number; steps: number };
  'duration-ms': number;
  error: string | null;
  /** Why the build failed, one entry per failure, for a workflow to branch on `code` (empty when it succeeded). */
  failures: FailureMetadata[];
  /** A multi-platform build (-platform): each platform's image ID and pushed manifest digests. */
  platforms?: { platform: string; 'image-id': string | null; pushed: PushedDigest[]; error: string | null }[];
}

export interface FailureMetadata {
  code: BuildErrorCode;
  step: string;
  message: string;
  /** The template block the failing step runs, when it is one: its file and first line. */
  file?: string;
  line?: number;
  block?: string;
  platform?: string;
}

function failureMetadata(f: BuildError): FailureMetadata {
  return {
    code: f.code,
    step: f.step,
    message: f.message,
    ...(f.block ? { file: f.block.range.file, line: f.block.range.start.line, block: blockContext(f.block) } : {}),
    ...(f.platform ? { platform: f.platform } : {}),
  };
}

export function buildMetadata(results: BuildResult[]): BuildMetadata[] {
  return results.map((r) => ({
    name: r.name,
    build: r.buildName,
    source: r.source,
    'image-id': r.imageId ?? null,
    tags: r.tags,
    digests: Object.fromEntries(r.digests.map((d) => [d.repository, d.digest])),
    pushed: r.digests,
    artifacts: r.artifacts,
    cache: r.cache,
    'duration-ms': r.durationMs,
    error: r.error ?? null,
    failures: (r.failures ?? []).map(failureMetadata),
    ...(r.platforms
      ? { platforms: r.platforms.map((p) => ({ platform: p.platform, 'image-id': p.imageId ?? null, pushed: p.digests, error: p.error ?? null })) }
      : {}),
  }));
}

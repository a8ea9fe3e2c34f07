// The metadata document (CLI --json, the action's `metadata` output): one entry per build.
import type { Artifact, BuildResult, PushedDigest } from './result.js';

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
  /** A multi-platform build (-platform): each platform's image ID and pushed manifest digests. */
  platforms?: { platform: string; 'image-id': string | null; pushed: PushedDigest[]; error: string | null }[];
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
    ...(r.platforms
      ? { platforms: r.platforms.map((p) => ({ platform: p.platform, 'image-id': p.imageId ?? null, pushed: p.digests, error: p.error ?? null })) }
      : {}),
  }));
}

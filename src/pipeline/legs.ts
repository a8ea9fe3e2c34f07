// Multi-platform builds (-platform, the action's `platforms`): every docker source runs once per platform, as a
// leg named "docker.app (linux/arm64)"; the legs' results are then put back together as one result per build.
import type { PlannedBuild } from '../builders/docker/planned-build.js';
import { platformPath } from '../plugin/platform.js';
import type { Artifact, BuildResult } from '../plugin/result.js';
import { errorText, type BuildError } from '../plugin/build-error.js';

export function legName(build: string, platform: string): string {
  return `${build} (${platform})`;
}

/**
 * One leg per platform for each build. A source whose own `platform` is set keeps it, as Packer defines it: it is
 * built once, for that platform, and `notes` says so.
 */
export function platformLegs(builds: PlannedBuild[], platforms: string[], notes: (build: string, message: string) => void): PlannedBuild[] {
  if (platforms.length === 0) return builds;
  return builds.flatMap((b) => {
    if (b.config.platform) {
      notes(b.name, `The source sets platform = "${b.config.platform}": it is built for that platform only, not for ${platforms.join(', ')}.`);
      return [b];
    }
    return platforms.map((platform): PlannedBuild => ({
      ...b,
      name: legName(b.name, platform),
      config: {
        ...b.config,
        platform,
        container: { ...b.config.container, platform },
        ...(b.config.exportPath ? { exportPath: platformPath(b.config.exportPath, platform) } : {}),
        ...(b.config.exportPathAsWritten ? { exportPathAsWritten: platformPath(b.config.exportPathAsWritten, platform) } : {}),
      },
      leg: { platform, of: b.name },
    }));
  });
}

function legArtifact(a: Artifact, platform: string): Artifact {
  return { ...a, description: `(${platform}) ${a.description}` };
}

function addFailures(combined: BuildResult, failures: BuildError[]): void {
  combined.failures = [...(combined.failures ?? []), ...failures];
  combined.error = errorText(combined.failures);
}

/**
 * The legs of each build as one result: its platforms, its tags, and — once the indexes are pushed (`indexes`) — the
 * index digests as its digests. Builds that were not split are returned as they are.
 */
export function combineLegs(
  results: BuildResult[],
  builds: PlannedBuild[],
  indexes: Map<string, { digests: BuildResult['digests']; artifacts: Artifact[]; errors: BuildError[] }>,
): BuildResult[] {
  const out: BuildResult[] = [];
  const groups = new Map<string, BuildResult>();
  results.forEach((r, i) => {
    const leg = builds[i].leg;
    if (!leg) return out.push(r);
    let combined = groups.get(leg.of);
    if (!combined) {
      combined = { ...r, name: leg.of, imageId: undefined, tags: [], digests: [], artifacts: [], cache: { hits: 0, steps: 0 }, durationMs: 0, platforms: [] };
      delete combined.error;
      delete combined.failures;
      groups.set(leg.of, combined);
      out.push(combined);
    }
    combined.platforms?.push({ platform: leg.platform, imageId: r.imageId, digests: r.digests, ...(r.error ? { error: r.error } : {}) });
    for (const t of r.tags) if (!combined.tags.includes(t)) combined.tags.push(t);
    combined.artifacts.push(...r.artifacts.map((a) => legArtifact(a, leg.platform)));
    combined.cache = { hits: combined.cache.hits + r.cache.hits, steps: combined.cache.steps + r.cache.steps };
    combined.durationMs = Math.max(combined.durationMs, r.durationMs);
    if (r.failures)
      addFailures(
        combined,
        r.failures.map((f) => ({ ...f, platform: leg.platform })),
      );
  });
  for (const [name, combined] of groups) {
    const index = indexes.get(name);
    if (!index) continue;
    combined.digests = index.digests;
    combined.artifacts.unshift(...index.artifacts);
    if (index.errors.length > 0) addFailures(combined, index.errors);
  }
  return out;
}

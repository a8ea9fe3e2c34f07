// BuildResult builders for the action's unit tests.
import type { Digest } from '../../src/docker/digest.js';
import type { BuildResult } from '../../src/plugin/result.js';

export const DIGEST_A = `sha256:${'a'.repeat(64)}` as const;
export const DIGEST_B = `sha256:${'b'.repeat(64)}` as const;
export const IMAGE_1 = `sha256:${'1'.repeat(64)}`;
export const IMAGE_2 = `sha256:${'2'.repeat(64)}`;

export function result(name: string, over: Partial<BuildResult> = {}): BuildResult {
  const [, type = 'docker', source = name] = /^(?:[^.]+\.)?([^.]+)\.([^.]+)$/.exec(name) ?? [];
  return {
    name,
    buildName: '',
    source: `${type}.${source}`,
    tags: [],
    digests: [],
    artifacts: [],
    cache: { hits: 0, steps: 0 },
    durationMs: 1000,
    ...over,
  };
}

/** A build that committed IMAGE_1, tagged app:1 and app:latest in one repository and pushed both. */
export function pushed(name: string, repository: string, digest: Digest, imageId = IMAGE_1): BuildResult {
  return result(name, {
    imageId,
    tags: [`${repository}:1`, `${repository}:latest`],
    digests: [
      { repository, tag: '1', digest },
      { repository, tag: 'latest', digest },
    ],
    artifacts: [
      { builderId: 'packer.docker', id: imageId, description: `Imported Docker image: ${imageId}`, files: [] },
      { builderId: 'packer.post-processor.docker-push', id: `${repository}:1,${repository}:latest`, description: `Pushed ${repository}`, files: [] },
    ],
    cache: { hits: 1, steps: 2 },
  });
}

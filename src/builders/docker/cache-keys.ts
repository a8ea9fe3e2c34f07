// The docker builder's part of the cache keys (cache/key.ts): what determines the build container's starting state
// and what the commit applies. A setting that changes either belongs here, or cached steps would be reused wrongly.
import { chainKey, KEY_VERSION } from '../../cache/key.js';
import type { DockerConfig } from './config.js';

/**
 * The key of the build container's starting state: the base image's ID (its content digest, resolved after the pull)
 * and every builder setting that can change what a provisioner produces in the container.
 */
export function baseKey(
  baseImageId: string,
  build: { name: string; sourceName: string; config: DockerConfig },
  next: (previous: string, description: unknown) => string = chainKey,
): string {
  const c = build.config;
  const { image: _image, ...container } = c.container;
  return next(KEY_VERSION, {
    base: baseImageId,
    // The build's name is in the committed image's labels, the source's name in PACKER_BUILD_NAME.
    build: build.name,
    source: build.sourceName,
    container,
    execUser: c.execUser,
    containerDir: c.containerDir,
    fixUploadOwner: c.fixUploadOwner,
    platform: c.platform,
  });
}

/** The key of the committed image: the last step's key and everything the commit applies. */
export function commitKey(previous: string, config: DockerConfig, next: (previous: string, description: unknown) => string = chainKey): string {
  return next(previous, { commit: { changes: config.changes, author: config.author, message: config.message } });
}

// OCI image indexes: the document (one descriptor per platform manifest), and the collector that gathers the
// platform manifests the legs of a multi-platform build pushed, then pushes one index under each tag.
import { createHash } from 'node:crypto';
import type { Platform } from './platform.js';
import type { Artifact, PushedDigest } from './result.js';
import type { BuildError } from './build-error.js';
import type { Digest } from '../docker/digest.js';
import { messageOf } from '../error-message.js';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const IMAGE_INDEX_BUILDER_ID = 'repack.image-index';

export interface ManifestDescriptor {
  mediaType: string;
  digest: Digest;
  size: number;
  platform: Platform;
}

/** The index's bytes: the same descriptors give the same bytes, so the same digest, on any machine. */
export function indexDocument(manifests: ManifestDescriptor[]): Buffer {
  const ordered = manifests.map((m) => ({
    mediaType: m.mediaType,
    digest: m.digest,
    size: m.size,
    platform: { architecture: m.platform.architecture, os: m.platform.os, ...(m.platform.variant ? { variant: m.platform.variant } : {}) },
  }));
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: ordered }));
}

export function sha256(bytes: Buffer): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** One platform manifest a leg pushed, and how to push an index beside it (with the credentials that pushed it). */
export interface LegManifest {
  /** The build the leg is part of. */
  build: string;
  platform: string;
  repository: string;
  tag: string;
  descriptor: ManifestDescriptor;
  pushIndex(body: Buffer): Promise<string>;
}

function indexError(message: string): BuildError {
  return { code: 'index-failed', message, step: 'image index' };
}

export interface IndexOutcome {
  digests: PushedDigest[];
  artifacts: Artifact[];
  errors: BuildError[];
}

export class IndexCollector {
  readonly #manifests: LegManifest[] = [];

  add(m: LegManifest): void {
    this.#manifests.push(m);
  }

  /**
   * Pushes, per build and tag, the index of its platforms in the order they were asked for. A build with a failed
   * leg gets none: an index missing a platform would pass for a complete one.
   */
  async push(platforms: Map<string, string[]>, failed: Set<string>, say: (build: string, message: string) => void): Promise<Map<string, IndexOutcome>> {
    const out = new Map<string, IndexOutcome>();
    for (const [build, wanted] of platforms) {
      const outcome: IndexOutcome = { digests: [], artifacts: [], errors: [] };
      out.set(build, outcome);
      if (failed.has(build)) continue;
      const mine = this.#manifests.filter((m) => m.build === build);
      const refs = [...new Set(mine.map((m) => `${m.repository}:${m.tag}`))];
      for (const ref of refs) {
        const entries = mine.filter((m) => `${m.repository}:${m.tag}` === ref);
        const missing = wanted.filter((p) => !entries.some((e) => e.platform === p));
        if (missing.length > 0) {
          outcome.errors.push(indexError(`${ref}: no image was pushed for ${missing.join(', ')}, so no index was pushed.`));
          continue;
        }
        const ordered = wanted.map((p) => entries.find((e) => e.platform === p) as LegManifest);
        const body = indexDocument(ordered.map((e) => e.descriptor));
        const digest = sha256(body);
        say(build, `Pushing image index ${ref} (${wanted.join(', ')})`);
        try {
          const served = await ordered[0].pushIndex(body);
          if (served !== '' && served !== digest) throw new Error(`the registry stored it as ${served}, not ${digest}`);
        } catch (e: unknown) {
          outcome.errors.push(indexError(`Pushing the image index ${ref} failed: ${messageOf(e)}`));
          continue;
        }
        say(build, `${ref}: index digest: ${digest}`);
        outcome.digests.push({ repository: ordered[0].repository, tag: ordered[0].tag, digest });
        outcome.artifacts.push({
          builderId: IMAGE_INDEX_BUILDER_ID,
          id: `${ref}@${digest}`,
          description: `Image index ${ref}@${digest}: ${ordered.map((e) => `${e.platform} ${e.descriptor.digest}`).join(', ')}`,
          files: [],
        });
      }
    }
    return out;
  }
}

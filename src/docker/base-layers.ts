// The compressed blobs of a base image's layers, read from the registry it was pulled from: the engine records the
// manifest (or index) digest it pulled in RepoDigests, and the image manifest whose config is the base image lists
// one gzip blob per diff ID. A push by digest to the same registry then mounts or skips them instead of compressing
// and uploading the base again. Anything unexpected gives no map (the layers are then uploaded), never an error.
import type { Driver } from './driver.js';
import type { BaseLayers, Blob } from './image-push.js';
import { getManifest, IMAGE_MANIFEST_TYPES, registryPath, type ManifestQuery } from './registry-api.js';

const GZIP_LAYERS = ['application/vnd.docker.image.rootfs.diff.tar.gzip', 'application/vnd.oci.image.layer.v1.tar+gzip'];

interface Descriptor {
  mediaType?: unknown;
  digest?: unknown;
  size?: unknown;
}

interface ManifestJson {
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
}

function layersOf(m: ManifestJson, baseId: string, diffIds: string[]): Map<string, Blob> | undefined {
  if (m.config?.digest !== baseId || !m.layers || m.layers.length !== diffIds.length) return undefined;
  const out = new Map<string, Blob>();
  for (const [i, l] of m.layers.entries()) {
    if (typeof l.mediaType !== 'string' || !GZIP_LAYERS.includes(l.mediaType) || typeof l.digest !== 'string' || typeof l.size !== 'number') return undefined;
    out.set(diffIds[i], { digest: l.digest, size: l.size });
  }
  return out;
}

/** The base image's layer blobs in a repository of `host` (the registry pushed to), when it can be read. */
export async function baseLayers(
  driver: Driver,
  baseId: string,
  host: string,
  query: (repository: string) => Promise<ManifestQuery>,
): Promise<BaseLayers | undefined> {
  const base = await driver.inspectImage(baseId).catch(() => undefined);
  if (!base?.layers) return undefined;
  for (const ref of base.repoDigests) {
    const at = ref.lastIndexOf('@');
    const repository = ref.slice(0, at);
    if (at < 0 || registryPath(repository).host !== host) continue;
    try {
      const q = await query(repository);
      const top = await getManifest(repository, ref.slice(at + 1), q);
      const doc = JSON.parse(top.body.toString('utf8')) as ManifestJson;
      const direct = IMAGE_MANIFEST_TYPES.includes(top.mediaType) ? layersOf(doc, baseId, base.layers) : undefined;
      if (direct) return { repository, layers: direct };
      for (const entry of doc.manifests ?? []) {
        if (typeof entry.digest !== 'string') continue;
        const m = await getManifest(repository, entry.digest, q);
        const layers = layersOf(JSON.parse(m.body.toString('utf8')) as ManifestJson, baseId, base.layers);
        if (layers) return { repository, layers };
      }
    } catch {
      // Another record, or none: the layers are then uploaded from the export.
    }
  }
  return undefined;
}

#!/usr/bin/env node
// Pushes a two-platform image to a plain-HTTP registry (dev-env's 127.0.0.1:5000) through the Distribution API:
// an existing image of the registry (its blobs mounted, its manifest copied), a second image made of one layer and a
// config that names its architecture, and one OCI image index of both under TAG.
// Usage: node scripts/push-index-image.mjs REGISTRY REPO TAG SOURCE_REPO:SOURCE_TAG LAYER.tar.gz ARCH
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const [registry, repo, tag, source, layerPath, arch] = process.argv.slice(2);
if (!arch) {
  console.error('usage: push-index-image.mjs REGISTRY REPO TAG SOURCE_REPO:SOURCE_TAG LAYER.tar.gz ARCH');
  process.exit(2);
}
const base = `http://${registry}/v2`;
const MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const sha256 = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function call(method, url, init = {}) {
  const res = await globalThis.fetch(url, { method, ...init });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res;
}

async function uploadBlob(bytes) {
  const digest = sha256(bytes);
  const head = await globalThis.fetch(`${base}/${repo}/blobs/${digest}`, { method: 'HEAD' });
  if (head.ok) return digest;
  const started = await call('POST', `${base}/${repo}/blobs/uploads/`);
  const location = new URL(started.headers.get('location'), base);
  location.searchParams.set('digest', digest);
  await call('PUT', location, { body: bytes, headers: { 'Content-Type': 'application/octet-stream' } });
  return digest;
}

async function putManifest(reference, body, mediaType) {
  await call('PUT', `${base}/${repo}/manifests/${reference}`, { body, headers: { 'Content-Type': mediaType } });
}

const [sourceRepo, sourceTag] = source.split(':');
const sourceManifest = Buffer.from(await (await call('GET', `${base}/${sourceRepo}/manifests/${sourceTag}`, { headers: { Accept: MANIFEST } })).arrayBuffer());
const parsed = JSON.parse(sourceManifest.toString('utf8'));
for (const blob of [parsed.config, ...parsed.layers]) await call('POST', `${base}/${repo}/blobs/uploads/?mount=${blob.digest}&from=${sourceRepo}`);
const sourceConfig = await (await call('GET', `${base}/${sourceRepo}/blobs/${parsed.config.digest}`)).json();
await putManifest(sha256(sourceManifest), sourceManifest, MANIFEST);

const layer = readFileSync(layerPath);
const config = Buffer.from(
  JSON.stringify({
    architecture: arch,
    os: 'linux',
    created: '1970-01-01T00:00:00Z',
    config: { Env: ['PATH=/bin'], Cmd: ['sh'] },
    rootfs: { type: 'layers', diff_ids: [sha256(gunzipSync(layer))] },
    history: [{ created: '1970-01-01T00:00:00Z', created_by: 'scripts/push-index-image.mjs' }],
  }),
);
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: MANIFEST,
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: config.length, digest: await uploadBlob(config) },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: layer.length, digest: await uploadBlob(layer) }],
  }),
);
await putManifest(sha256(manifest), manifest, MANIFEST);

const index = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    {
      mediaType: MANIFEST,
      digest: sha256(sourceManifest),
      size: sourceManifest.length,
      platform: { architecture: sourceConfig.architecture, os: sourceConfig.os },
    },
    { mediaType: MANIFEST, digest: sha256(manifest), size: manifest.length, platform: { architecture: arch, os: 'linux' } },
  ],
});
await putManifest(tag, index, 'application/vnd.oci.image.index.v1+json');
console.log(`${registry}/${repo}:${tag} ${sha256(Buffer.from(index))}`);

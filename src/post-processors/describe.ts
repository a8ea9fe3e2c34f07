// Packer's Id() and String() of an artifact, for those that do not carry their own (images from docker-tag/push).
import type { ChainArtifact } from '../plugin/post-processor.js';
import { formatReference } from '../docker/reference.js';

export function artifactId(a: ChainArtifact): string {
  if (a.id !== undefined) return a.id;
  if (a.tags.length > 0) return a.tags.map(formatReference).join(',');
  return a.imageId ?? '';
}

export function artifactDescription(a: ChainArtifact): string {
  if (a.description !== undefined) return a.description;
  const pushed = a.digests.map((d) => `${d.repository}@${d.digest}`);
  const tags = a.tags.map(formatReference);
  if (pushed.length > 0) return `Pushed Docker image: ${tags.join(', ')} (${pushed.join(', ')})`;
  if (tags.length > 0) return `Tagged Docker image: ${a.imageId ?? ''} with tags ${tags.join(' ')}`;
  if (a.imageId !== undefined) return `Imported Docker image: ${a.imageId}`;
  return `Created artifact from files: ${a.files.join(', ')}`;
}

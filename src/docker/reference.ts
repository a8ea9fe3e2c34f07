// Splits an image reference the way the engine's /images/create expects it: `fromImage` without tag, and `tag`
// holding the tag or digest. Leaving `tag` empty would make the engine pull every tag of the repository.

export interface ImageReference {
  repository: string;
  /** A tag (`bookworm`) or a digest (`sha256:…`). */
  tag: string;
}

export function parseReference(ref: string): ImageReference {
  const at = ref.indexOf('@');
  if (at >= 0) return { repository: ref.slice(0, at), tag: ref.slice(at + 1) };
  const colon = ref.lastIndexOf(':');
  // A colon before the last slash belongs to a registry port (127.0.0.1:5000/debian).
  if (colon > ref.lastIndexOf('/')) return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { repository: ref, tag: 'latest' };
}

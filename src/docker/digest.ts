// Content digests (`sha256:<hex>`): of a manifest a registry serves, an image index, an image's config (its ID). One
// type from the registry's answer to the action's outputs.

/** `algorithm:hex`, as go-digest writes it. */
export type Digest = `sha256:${string}` | `sha384:${string}` | `sha512:${string}`;

const DIGEST_RE = /^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$/;

/** Is `s` a digest of a known algorithm, lowercase hex of the algorithm's length? */
export function isDigest(s: string): s is Digest {
  return DIGEST_RE.test(s);
}

/** `s` as a digest, or undefined when it is not one. */
export function asDigest(s: unknown): Digest | undefined {
  return typeof s === 'string' && isDigest(s) ? s : undefined;
}

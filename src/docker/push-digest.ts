// The manifest digest a push produced: the final `aux` event (Docker), else the status line
// "<tag>: digest: sha256:… size: N" (Podman sends only that line).
import type { JsonMessage } from './progress.js';

export interface PushedDigest {
  digest: string;
  size?: number;
}

const DIGEST_LINE = /^\S+: digest: (sha256:[0-9a-f]{64}) size: (\d+)/;

function auxDigest(aux: unknown): PushedDigest | undefined {
  if (typeof aux !== 'object' || aux === null) return undefined;
  const { Digest, Size } = aux as { Digest?: unknown; Size?: unknown };
  if (typeof Digest !== 'string' || !Digest.startsWith('sha256:')) return undefined;
  return typeof Size === 'number' ? { digest: Digest, size: Size } : { digest: Digest };
}

export function pushedDigest(events: JsonMessage[]): PushedDigest | undefined {
  let fromStatus: PushedDigest | undefined;
  for (let i = events.length - 1; i >= 0; i--) {
    const fromAux = auxDigest(events[i].aux);
    if (fromAux) return fromAux;
    const match = fromStatus ? null : DIGEST_LINE.exec(events[i].status ?? '');
    if (match) fromStatus = { digest: match[1], size: Number(match[2]) };
  }
  return fromStatus;
}

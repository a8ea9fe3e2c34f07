// The manifest digest a push produced: the final `aux` event (Docker), else the status line
// "<tag>: digest: sha256:… size: N" (Podman sends only that line).
import type { JsonMessage } from './progress.js';
import type { PushResult } from './driver.js';
import { asDigest, type Digest } from './digest.js';

type Pushed = Pick<PushResult, 'digest' | 'size'>;

const DIGEST_LINE = /^\S+: digest: (sha256:[0-9a-f]{64}) size: (\d+)/;

function auxDigest(aux: unknown): Pushed | undefined {
  if (typeof aux !== 'object' || aux === null) return undefined;
  const { Digest: d, Size } = aux as { Digest?: unknown; Size?: unknown };
  const digest = asDigest(d);
  if (!digest) return undefined;
  return typeof Size === 'number' ? { digest, size: Size } : { digest };
}

export function pushedDigest(events: JsonMessage[]): Pushed | undefined {
  let fromStatus: Pushed | undefined;
  for (let i = events.length - 1; i >= 0; i--) {
    const fromAux = auxDigest(events[i].aux);
    if (fromAux) return fromAux;
    const match = fromStatus ? null : DIGEST_LINE.exec(events[i].status ?? '');
    if (match) fromStatus = { digest: match[1] as Digest, size: Number(match[2]) };
  }
  return fromStatus;
}

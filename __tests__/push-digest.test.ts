// Which digest a push reports (src/docker/push-digest.ts): Docker's last aux event wins over any status line; Podman's
// "<tag>: digest: … size: N" line is the fallback, the last one when there are several; anything that is not a
// sha256 digest is no digest at all.
import { describe, expect, it } from '@jest/globals';
import { pushedDigest } from '../src/docker/push-digest.js';
import type { JsonMessage } from '../src/docker/progress.js';

const A = `sha256:${'a'.repeat(64)}` as const;
const B = `sha256:${'b'.repeat(64)}` as const;
const C = `sha256:${'c'.repeat(64)}` as const;

describe('pushedDigest', () => {
  it.each<[string, JsonMessage[], ReturnType<typeof pushedDigest>]>([
    ['aux beats an earlier status line', [{ status: `t: digest: ${A} size: 1` }, { aux: { Digest: B, Size: 2 } }], { digest: B, size: 2 }],
    ['aux beats a later status line', [{ aux: { Digest: B, Size: 2 } }, { status: `t: digest: ${A} size: 1` }], { digest: B, size: 2 }],
    ['the last aux of several', [{ aux: { Digest: A, Size: 1 } }, { aux: { Digest: B, Size: 2 } }], { digest: B, size: 2 }],
    ['the last status line of several', [{ status: `t: digest: ${A} size: 1` }, { status: `u: digest: ${C} size: 3` }], { digest: C, size: 3 }],
    ['aux without a numeric size', [{ aux: { Digest: A, Size: '9' } }], { digest: A }],
    [
      'aux with a non-sha256 digest is skipped for the status line',
      [{ status: `t: digest: ${C} size: 3` }, { aux: { Digest: 'md5:x', Size: 1 } }],
      { digest: C, size: 3 },
    ],
    ['aux with a digest that is not a string', [{ aux: { Digest: 5 } }, { aux: null }, { aux: 'text' }], undefined],
    ['a status line not at the start of the text', [{ status: `pushed t: digest: ${A} size: 1` }], undefined],
    ['a status line with a short digest', [{ status: `t: digest: sha256:abc size: 1` }], undefined],
    ['a status line without a tag', [{ status: `: digest: ${A} size: 1` }], undefined],
    ['no events', [], undefined],
    ['events without status', [{ id: 'x' }], undefined],
  ])('%s', (_what, events, expected) => {
    expect(pushedDigest(events)).toEqual(expected);
  });
});

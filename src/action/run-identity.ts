// What the post step may remove, and how it proves a thing is the main step's: the main step draws a secret nonce
// and keeps it in the step's state; every container it creates carries a label with the nonce's hash. The post step
// removes only containers with that label, so a forged state (say, a `::save-state` smuggled into the log) can name
// nothing else: without the nonce it matches no label. It removes no path at all: the state names none it trusts.
import { createHash, randomBytes } from 'node:crypto';

export const RUN_STATE = 'run';
export const RUN_LABEL = 'io.repack.run';
const NONCE = /^[0-9a-f]{64}$/;

export interface RunIdentity {
  nonce: string;
  /** The label value every container of the run carries. */
  label: string;
}

/** The identity for a nonce; undefined when the text is not one (empty or forged state). */
export function identityOf(nonce: string): RunIdentity | undefined {
  if (!NONCE.test(nonce)) return undefined;
  return { nonce, label: createHash('sha256').update(nonce).digest('hex').slice(0, 32) };
}

export function newIdentity(): RunIdentity {
  return identityOf(randomBytes(32).toString('hex')) as RunIdentity;
}

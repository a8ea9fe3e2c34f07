// A build's failure as data: what kind it is (a code the fronts and the pipeline branch on), the step that failed,
// and the template block it came from, so the fronts can point at the line (`on app.pkr.hcl line 14, in provisioner
// "shell":`, and the action's annotation) as they do for configuration diagnostics.
import type { Range } from '../hcl/diagnostics.js';
import { DriverError } from '../docker/driver.js';
import { messageOf } from '../error-message.js';
import { BuildCancelled } from './step.js';

export type BuildErrorCode =
  /** The run was cancelled (a signal, or another build's failure with -on-error=abort). */
  | 'cancelled'
  /** The Docker engine could not be reached, or dropped the connection. */
  | 'daemon-unreachable'
  /** A step of the builder itself: pull, container start, commit, export. */
  | 'builder-failed'
  | 'provisioner-failed'
  | 'post-processor-failed'
  /** A multi-platform build's image index could not be pushed. */
  | 'index-failed';

/** The template block a failing step runs: `provisioner "shell"` and where it is written. */
export interface FailedBlock {
  kind: 'provisioner' | 'post-processor' | 'error-cleanup-provisioner';
  type: string;
  /** Its `name` attribute, when the template gives one. */
  name?: string;
  /** From the block's type to its closing brace. */
  range: Range;
}

export interface BuildError {
  code: BuildErrorCode;
  /** What the user sees (no stack). */
  message: string;
  /** The step that failed, as the log names it: `provisioner shell`, `post-processor docker-push`, `commit`. */
  step: string;
  block?: FailedBlock;
  /** A leg of a multi-platform build: its platform. */
  platform?: string;
}

/** `provisioner "shell"`: how HCL names the block a diagnostic is in. */
export function blockContext(block: FailedBlock): string {
  const kind = block.kind === 'error-cleanup-provisioner' ? 'error-cleanup-provisioner' : block.kind;
  return `${kind} "${block.type}"`;
}

/** The code of what a step threw: cancellation and the engine's unreachability before what the step was doing. */
export function buildErrorCode(e: unknown, otherwise: BuildErrorCode): BuildErrorCode {
  if (e instanceof BuildCancelled) return 'cancelled';
  if (e instanceof DriverError && (e.code === 'daemon-unreachable' || e.code === 'connection-lost')) return 'daemon-unreachable';
  return otherwise;
}

export function toBuildError(e: unknown, step: string, block: FailedBlock | undefined, otherwise: BuildErrorCode): BuildError {
  const code = buildErrorCode(e, otherwise);
  return { code, message: code === 'cancelled' ? 'Build was cancelled.' : messageOf(e), step, ...(block ? { block } : {}) };
}

/** A build's errors as the one text Packer prints for it. */
export function errorText(errors: readonly BuildError[]): string {
  return errors.map((e) => (e.platform ? `${e.platform}: ${e.message}` : e.message)).join('\n');
}

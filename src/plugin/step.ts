// A build is a list of steps. Each started step's cleanup runs in reverse order, always: on success, failure and
// abort (docs/architecture.md, Steps and cleanup). Cleanup is idempotent and never throws past this runner.
import type { FailedBlock } from './build-error.js';

export interface Step<S> {
  name: string;
  /** The template block the step runs (a provisioner), for errors to point at. */
  block?: FailedBlock;
  run(state: S, signal: AbortSignal): Promise<void>;
  cleanup?(state: S): Promise<void>;
}

export class BuildCancelled extends Error {
  constructor() {
    super('Build was cancelled.');
    this.name = 'BuildCancelled';
  }
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new BuildCancelled();
}

/** Cleanup that failed because the engine was briefly unreachable (a daemon restart) is tried again, bounded. */
export interface CleanupRetry {
  retryable(e: unknown): boolean;
  attempts: number;
  delayMs: number;
  onRetry?(step: string, e: unknown, attempt: number): void;
}

async function cleanupStep<S>(step: Step<S>, state: S, onCleanupError: (step: string, e: unknown) => void, retry?: CleanupRetry): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await step.cleanup?.(state);
      return;
    } catch (e: unknown) {
      if (!retry || attempt >= retry.attempts || !retry.retryable(e)) return onCleanupError(step.name, e);
      retry.onRetry?.(step.name, e, attempt);
      await new Promise((r) => setTimeout(r, retry.delayMs));
    }
  }
}

/** -on-error=ask: what to do about a failed step. */
export type AskOnError = (step: string, error: unknown) => Promise<'cleanup' | 'abort' | 'retry'>;

/** Runs a step; with `ask`, a failure may be retried (as often as the user says) or end the build without cleanup. */
async function runStep<S>(step: Step<S>, state: S, signal: AbortSignal, ask?: AskOnError): Promise<{ failure?: unknown; abort?: boolean }> {
  for (;;) {
    try {
      await step.run(state, signal);
      return {};
    } catch (e: unknown) {
      const failure = signal.aborted ? new BuildCancelled() : e;
      if (!ask || failure instanceof BuildCancelled) return { failure };
      const choice = await ask(step.name, failure);
      if (choice !== 'retry') return { failure, abort: choice === 'abort' };
    }
  }
}

/** The first failure of a run of steps: what was thrown, and by which step (undefined: before any step ran). */
export interface StepFailure<S> {
  error: unknown;
  step?: Step<S>;
}

/** Runs steps in order; returns the first failure (undefined on success). Cleanup problems are reported, not thrown. */
export async function runSteps<S>(
  steps: Step<S>[],
  state: S,
  signal: AbortSignal,
  onCleanupError: (step: string, e: unknown) => void,
  /** When false (on-error=abort), a failed build keeps what it made for inspection. */
  cleanupOnFailure = true,
  cleanupRetry?: CleanupRetry,
  ask?: AskOnError,
): Promise<StepFailure<S> | undefined> {
  const started: Step<S>[] = [];
  let failure: StepFailure<S> | undefined;
  for (const step of steps) {
    if (signal.aborted) {
      failure = { error: new BuildCancelled() };
      break;
    }
    started.push(step);
    const r = await runStep(step, state, signal, ask);
    if (r.abort) return { error: r.failure, step };
    if (r.failure !== undefined) {
      failure = { error: r.failure, step };
      break;
    }
  }
  // A signal during the last step (a commit that cannot be interrupted) still cancels: nothing runs after it.
  if (failure === undefined && signal.aborted) failure = { error: new BuildCancelled() };
  if (failure !== undefined && !cleanupOnFailure) return failure;
  for (const step of started.reverse()) {
    if (step.cleanup) await cleanupStep(step, state, onCleanupError, cleanupRetry);
  }
  return failure;
}

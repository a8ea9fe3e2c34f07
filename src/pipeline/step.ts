// A build is a list of steps. Each started step's cleanup runs in reverse order, always: on success, failure and
// abort (DESIGN.md rule 5). Cleanup is idempotent and never throws past this runner.

export interface Step<S> {
  name: string;
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

/** Runs steps in order; returns the first failure (undefined on success). Cleanup problems are reported, not thrown. */
export async function runSteps<S>(
  steps: Step<S>[],
  state: S,
  signal: AbortSignal,
  onCleanupError: (step: string, e: unknown) => void,
  /** When false (on-error=abort), a failed build keeps what it made for inspection. */
  cleanupOnFailure = true,
): Promise<unknown> {
  const started: Step<S>[] = [];
  let failure: unknown;
  for (const step of steps) {
    if (signal.aborted) {
      failure = new BuildCancelled();
      break;
    }
    started.push(step);
    try {
      await step.run(state, signal);
    } catch (e: unknown) {
      failure = signal.aborted ? new BuildCancelled() : e;
      break;
    }
  }
  if (failure !== undefined && !cleanupOnFailure) return failure;
  for (const step of started.reverse()) {
    if (!step.cleanup) continue;
    try {
      await step.cleanup(state);
    } catch (e: unknown) {
      onCleanupError(step.name, e);
    }
  }
  return failure;
}

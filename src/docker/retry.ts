// Bounded retries for registry operations (push): only for failures that may pass on their own — the registry
// refusing or dropping connections, or answering 5xx/429 — never for auth, missing tags or manifest errors.
import { DriverError } from './driver.js';

export interface RetryOptions {
  /** Total tries, the first included. */
  attempts: number;
  /** Wait before try 2, 3, …; the last value repeats. */
  delaysMs: number[];
  signal?: AbortSignal;
  /** Called before each wait with the failure, the try that failed (1-based) and the wait. */
  onRetry?: (error: DriverError, attempt: number, delayMs: number) => void;
}

export const PUSH_RETRY: Pick<RetryOptions, 'attempts' | 'delaysMs'> = { attempts: 3, delaysMs: [1000, 2000] };

// The registry's words, as the engine relays them in the push stream: its errors carry no code of their own.
const PERMANENT =
  /unauthori[sz]ed|authentication required|denied|forbidden|manifest (?:invalid|unknown)|blob unknown|name (?:unknown|invalid)|tag does not exist|no such image/i;
const TRANSIENT =
  /connection refused|connection reset|econnrefused|econnreset|broken pipe|unexpected eof|\beof\b|i\/o timeout|tls handshake timeout|server misbehaving|\b(?:500|502|503|504|429)\b|internal server error|bad gateway|service unavailable|gateway timeout|too many requests/i;

/** Whether a driver failure is worth another try. Only the driver's own errors are judged; anything else is final. */
export function isTransient(e: unknown): e is DriverError {
  if (!(e instanceof DriverError)) return false;
  // An engine that cannot be reached is not waited for here (the run fails at once); a cancelled push is not retried.
  if (e.code === 'daemon-unreachable' || e.code === 'cancelled' || e.code === 'permission-denied') return false;
  if (e.code === 'connection-lost') return true;
  if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500 && e.statusCode !== 429) return false;
  if (PERMANENT.test(e.message)) return false;
  return (e.statusCode !== undefined && e.statusCode >= 500) || TRANSIENT.test(e.message);
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DriverError('cancelled', undefined, 'cancelled'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DriverError('cancelled', undefined, 'cancelled'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `work`, again after a wait while it fails transiently; the last failure says how many tries were made. */
export async function withRetries<T>(work: () => Promise<T>, o: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e: unknown) {
      if (!isTransient(e) || o.signal?.aborted) throw e;
      if (attempt >= o.attempts) throw new DriverError(`${e.message} (gave up after ${attempt} attempts)`, e.statusCode);
      const delay = o.delaysMs[Math.min(attempt - 1, o.delaysMs.length - 1)] ?? 0;
      o.onRetry?.(e, attempt, delay);
      await wait(delay, o.signal);
    }
  }
}

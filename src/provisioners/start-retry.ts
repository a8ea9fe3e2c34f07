// Packer's start_retry_timeout for the docker communicator: a script whose upload or start fails for a reason that
// can pass (the engine's connection refused, a 5xx answer) is tried again every 2 s until the timeout. A script that
// started is never run again: a connection lost while it runs is a disconnect (see isDisconnect).
import { DriverError } from '../docker/driver.js';
import { isTransient } from '../docker/retry.js';
import { BuildCancelled } from '../plugin/step.js';

const RETRY_DELAY_MS = 2000;

/**
 * The exec's connection ended without the command's exit status: the container or the engine went away. The engine
 * relays a stream cut on its side only as text ("unexpected EOF", "connection reset").
 */
export function isDisconnect(e: unknown): boolean {
  return e instanceof DriverError && (e.code === 'connection-lost' || /connection reset|unexpected eof/i.test(e.message));
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new BuildCancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new BuildCancelled());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export async function retryStart<T>(work: () => Promise<T>, timeoutMs: number, signal: AbortSignal, onRetry: (e: Error) => void): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await work();
    } catch (e: unknown) {
      if (!isTransient(e) || isDisconnect(e) || signal.aborted || Date.now() + RETRY_DELAY_MS > deadline) throw e;
      onRetry(e);
      await wait(RETRY_DELAY_MS, signal);
    }
  }
}

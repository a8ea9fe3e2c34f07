// Push retries: which failures are retried, how many times, with what waits, and what the user is told.
import { DriverError } from '../src/docker/driver.js';
import { isTransient, withRetries } from '../src/docker/retry.js';

const A = 'push 127.0.0.1:5000/t:1';

test.each([
  [`${A}: Get "http://127.0.0.1:5001/v2/": dial tcp 127.0.0.1:5001: connect: connection refused`, undefined, true],
  [`${A}: Put "http://127.0.0.1:5001/v2/t/blobs/uploads/x": read tcp: connection reset by peer`, undefined, true],
  [`${A}: received unexpected HTTP status: 500 Internal Server Error`, undefined, true],
  [`${A}: received unexpected HTTP status: 503 Service Unavailable`, undefined, true],
  [`${A}: unexpected EOF`, undefined, true],
  [`${A}: server error`, 502, true],
  [`${A}: unauthorized: authentication required`, undefined, false],
  [`${A}: denied: requested access to the resource is denied`, undefined, false],
  [`${A}: manifest invalid: manifest invalid`, undefined, false],
  [`${A}: tag does not exist: 127.0.0.1:5000/t:1`, undefined, false],
  [`${A}: An image does not exist locally with the tag: 127.0.0.1:5000/t`, 404, false],
] as const)('%s (status %s) → transient %s', (message, status, expected) => {
  expect(isTransient(new DriverError(message, status))).toBe(expected);
});

test('the driver’s own failures are judged by their code, not their words', () => {
  const refused = 'Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running? (ECONNREFUSED)';
  expect(isTransient(new DriverError(refused, undefined, 'daemon-unreachable'))).toBe(false);
  expect(isTransient(new DriverError(`${A}: cancelled`, undefined, 'cancelled'))).toBe(false);
  // A connection the engine dropped mid-push is worth another try, however node words it.
  expect(isTransient(new DriverError(`${A}: socket hang up`, undefined, 'connection-lost'))).toBe(true);
});

test('errors that are not the driver’s are never retried', () => {
  expect(isTransient(new Error(`${A}: connection refused`))).toBe(false);
});

test('a transient failure is retried after the configured waits, then succeeds', async () => {
  let calls = 0;
  const waits: number[] = [];
  const started = Date.now();
  const result = await withRetries(
    async () => {
      calls++;
      if (calls < 3) throw new DriverError(`${A}: connection refused`);
      return 'ok';
    },
    { attempts: 3, delaysMs: [20, 40], onRetry: (_e, _n, ms) => waits.push(ms) },
  );
  expect(result).toBe('ok');
  expect(calls).toBe(3);
  expect(waits).toEqual([20, 40]);
  expect(Date.now() - started).toBeGreaterThanOrEqual(55);
});

test('the tries are bounded and the final error says how many were made', async () => {
  let calls = 0;
  const work = async (): Promise<string> => {
    calls++;
    throw new DriverError(`${A}: received unexpected HTTP status: 503 Service Unavailable`);
  };
  await expect(withRetries(work, { attempts: 3, delaysMs: [1] })).rejects.toThrow(
    `${A}: received unexpected HTTP status: 503 Service Unavailable (gave up after 3 attempts)`,
  );
  expect(calls).toBe(3);
});

test('a permanent failure fails at once', async () => {
  let calls = 0;
  const work = async (): Promise<string> => {
    calls++;
    throw new DriverError(`${A}: unauthorized: authentication required`);
  };
  await expect(withRetries(work, { attempts: 3, delaysMs: [1] })).rejects.toThrow(/^push .*: unauthorized: authentication required$/);
  expect(calls).toBe(1);
});

test('an abort during the wait stops retrying', async () => {
  const controller = new AbortController();
  let calls = 0;
  const work = async (): Promise<string> => {
    calls++;
    throw new DriverError(`${A}: connection refused`);
  };
  const p = withRetries(work, { attempts: 3, delaysMs: [10_000], signal: controller.signal, onRetry: () => setTimeout(() => controller.abort(), 10) });
  await expect(p).rejects.toThrow('cancelled');
  expect(calls).toBe(1);
});

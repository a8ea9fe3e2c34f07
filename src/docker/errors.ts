// Turns what dockerode / docker-modem / node's http throw into a DriverError a user can act on: the engine's own
// message for API errors, the docker CLI's wording for connection failures.
import { DriverError } from './driver.js';

interface ModemError {
  message: string;
  statusCode?: number;
  json?: unknown;
  code?: string;
  name?: string;
}

// Not `instanceof Error`: under jest's VM modules node's own errors come from another realm.
function asModemError(e: unknown): ModemError {
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    return e as ModemError;
  }
  return { message: String(e) };
}

/** The `message` the engine put in its JSON error body, else the cause docker-modem folded into its message. */
export function engineMessage(e: unknown): string {
  const err = asModemError(e);
  const json = err.json;
  if (typeof json === 'object' && json !== null && !Buffer.isBuffer(json)) {
    const message = (json as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return message;
  }
  if (typeof json === 'string' && json.trim() !== '') return json.trim();
  if (Buffer.isBuffer(json) && json.length > 0) return json.toString('utf8').trim();
  // docker-modem: "(HTTP code 404) no such container - <cause> "
  const folded = /^\(HTTP code \d+\) [^-]*- (.*)$/s.exec(err.message);
  return (folded ? folded[1] : err.message).trim();
}

export function statusCode(e: unknown): number | undefined {
  return asModemError(e).statusCode;
}

export function isNotFound(e: unknown): boolean {
  return statusCode(e) === 404;
}

export function isAbort(e: unknown): boolean {
  const err = asModemError(e);
  return err.name === 'AbortError' || err.code === 'ABORT_ERR';
}

const CONNECT_CODES = new Set(['ENOENT', 'ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT']);
/** A daemon shutting down drops the requests in flight (node's "socket hang up" is ECONNRESET) before it stops answering. */
const LOST_CODES = new Set(['ECONNRESET', 'EPIPE']);

/**
 * @param action what we were doing, e.g. `pull 127.0.0.1:5000/debian:bookworm`; prefixed to the engine's message.
 * @param address the daemon address as the CLI prints it, e.g. `unix:///var/run/docker.sock`.
 */
export function toDriverError(e: unknown, action: string, address: string): DriverError {
  if (e instanceof DriverError) return e;
  const err = asModemError(e);
  if (isAbort(e)) return new DriverError(`${action}: cancelled`, undefined, 'cancelled');
  if (err.statusCode === undefined && err.code === 'EACCES') {
    return new DriverError(
      `permission denied while trying to connect to the Docker daemon socket at ${address}. ` +
        'Hint: add your user to the "docker" group (then log in again) or run as root.',
      undefined,
      'permission-denied',
    );
  }
  if (err.statusCode === undefined && err.code !== undefined && CONNECT_CODES.has(err.code)) {
    return new DriverError(
      `Cannot connect to the Docker daemon at ${address}. Is the docker daemon running? ` +
        `Hint: start it (e.g. "sudo systemctl start docker"), or point DOCKER_HOST at a running engine (${err.code}).`,
      undefined,
      'daemon-unreachable',
    );
  }
  const lost = err.statusCode === undefined && err.code !== undefined && LOST_CODES.has(err.code);
  return new DriverError(`${action}: ${engineMessage(e)}`, err.statusCode, lost ? 'connection-lost' : 'engine');
}

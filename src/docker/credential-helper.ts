// Runs a docker credential helper as the docker CLI does: `docker-credential-<name> get` with the server address on
// stdin, `{"ServerURL", "Username", "Secret"}` on stdout. Output of a failed helper is never quoted beyond a short
// first line: the helper protocol does not promise it holds no secret.
import { spawn } from 'node:child_process';
import { DriverError } from './driver.js';

export interface HelperCredentials {
  username: string;
  secret: string;
}

export interface HelperOutput {
  exitCode: number | null;
  stdout: string;
  /** Set when the program could not be started (e.g. ENOENT: not on PATH). */
  spawnError?: string;
}

/** Runs the program with `input` on stdin; never rejects. */
export type RunHelper = (program: string, input: string, env: NodeJS.ProcessEnv) => Promise<HelperOutput>;

const TIMEOUT_MS = 60_000;

export const runHelperProcess: RunHelper = (program, input, env) =>
  new Promise((resolve) => {
    const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    // Not spawn's `timeout`: its timer outlives a child that never started.
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
    const chunks: Buffer[] = [];
    let spawnError: string | undefined;
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError = e.code ?? e.message;
    });
    child.stdin.on('error', () => {}); // the helper may exit without reading its input
    child.stdin.end(input);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stdout: Buffer.concat(chunks).toString('utf8'), spawnError });
    });
  });

const NOT_FOUND = /credentials not found/i;

/**
 * The helper's answer for `serverAddress`: credentials, or undefined when it has none (as the CLI, that is not an
 * error: the request goes out anonymous). Throws a DriverError naming the helper when it cannot be run or fails.
 */
export async function helperGet(
  name: string,
  serverAddress: string,
  env: NodeJS.ProcessEnv,
  run: RunHelper,
  configured: string,
): Promise<HelperCredentials | undefined> {
  const program = `docker-credential-${name}`;
  const out = await run(program, serverAddress, env);
  if (out.spawnError !== undefined) {
    const why = out.spawnError === 'ENOENT' ? 'it is not on PATH' : `it could not be started (${out.spawnError})`;
    throw new DriverError(
      `cannot get credentials for ${serverAddress}: ${configured} names the credential helper ${program}, but ${why}. Install it, or remove it from the docker config.`,
    );
  }
  if (out.exitCode !== 0) {
    if (NOT_FOUND.test(out.stdout)) return undefined;
    const first = out.stdout.trim().split('\n')[0]?.slice(0, 120) ?? '';
    const status = out.exitCode === null ? 'was stopped' : `exited with status ${out.exitCode}`;
    throw new DriverError(`cannot get credentials for ${serverAddress}: the credential helper ${program} ${status}${first ? `: ${first}` : ''}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(out.stdout);
  } catch {
    throw new DriverError(`cannot get credentials for ${serverAddress}: the credential helper ${program} did not answer with JSON`);
  }
  const { Username: username, Secret: secret } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { Username?: unknown; Secret?: unknown };
  if (typeof secret !== 'string' || secret === '') return undefined;
  return { username: typeof username === 'string' ? username : '', secret };
}

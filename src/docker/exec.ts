// One command in a running container: create → start (hijacked, no TTY) → demultiplex until the stream ends →
// inspect until the process is gone → exit code. A non-zero exit is a result, not an error. A session is the same
// with stdin attached and kept open, for a process that takes many requests (the docker communicator's shell).
import type { Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type Docker from 'dockerode';
import { Capture } from './capture.js';
import { Demuxer } from './demux.js';
import { DriverError, type ExecResult, type ExecSession, type ExecSpec } from './driver.js';

const RUNTIME_FAILURE = Buffer.from('OCI runtime exec failed');

function cancelled(): DriverError {
  return new DriverError('exec cancelled', undefined, 'cancelled');
}

function pump(socket: Duplex, spec: ExecSpec, out: Capture, err: Capture): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      socket.destroy();
      reject(e);
    };
    const toStderr = (chunk: Buffer): void => {
      err.push(chunk);
      spec.onStderr?.(chunk);
    };
    const toStdout = (chunk: Buffer): void => {
      // Docker 20.10 sends the runtime's failure to start the command as the first stdout frame.
      if (out.size === 0 && chunk.subarray(0, RUNTIME_FAILURE.length).equals(RUNTIME_FAILURE)) return toStderr(chunk);
      out.push(chunk);
      spec.onStdout?.(chunk);
    };
    const demuxer = new Demuxer(toStdout, toStderr);
    const onAbort = (): void => fail(cancelled());
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    if (spec.signal?.aborted) onAbort();
    const done = (): void => {
      spec.signal?.removeEventListener('abort', onAbort);
      if (failed) return;
      try {
        demuxer.end();
      } catch (e: unknown) {
        return fail(e);
      }
      failed = true;
      resolve();
    };
    socket.on('data', (chunk: Buffer) => {
      try {
        demuxer.push(chunk);
      } catch (e: unknown) {
        fail(e);
      }
    });
    socket.once('end', done);
    socket.once('close', done);
    socket.once('error', fail);
  });
}

async function exitCode(exec: Docker.Exec, signal: AbortSignal | undefined): Promise<number> {
  // A process that closed its stdio early can outlive the stream; poll, backing off to 100 ms.
  for (let delay = 2; ; delay = Math.min(delay * 2, 100)) {
    const info = await exec.inspect();
    if (!info.Running) {
      if (typeof info.ExitCode !== 'number') throw new DriverError('exec finished without an exit code', undefined, 'connection-lost');
      return info.ExitCode;
    }
    if (signal?.aborted) throw cancelled();
    await sleep(delay);
  }
}

function createExec(container: Docker.Container, spec: ExecSpec, stdin: boolean): Promise<Docker.Exec> {
  return container.exec({
    Cmd: spec.cmd,
    Env: spec.env,
    User: spec.user,
    WorkingDir: spec.workingDir,
    AttachStdin: stdin,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
  });
}

export async function runExec(container: Docker.Container, spec: ExecSpec): Promise<ExecResult> {
  if (spec.signal?.aborted) throw cancelled();
  const exec = await createExec(container, spec, false);
  const socket = await exec.start({ hijack: true, stdin: false });
  const out = new Capture();
  const err = new Capture();
  await pump(socket, spec, out, err);
  return { exitCode: await exitCode(exec, spec.signal), stdout: out.text(), stderr: err.text() };
}

/**
 * Starts a command whose stdin stays open. `exited` settles once the process is gone (its exit code), or with the
 * error that kept it from being known; `mapError` words that error as the driver's other calls do.
 */
export async function startSession(container: Docker.Container, spec: ExecSpec, mapError: (e: unknown) => unknown): Promise<ExecSession> {
  const exec = await createExec(container, spec, true);
  const socket = await exec.start({ hijack: true, stdin: true });
  socket.on('error', () => {}); // reported through `exited`
  // A session's output is only streamed: its callers read it through onStdout/onStderr, request by request.
  const exited = pump(socket, spec, new Capture(0), new Capture(0)).then(() => exitCode(exec, undefined));
  return {
    write: (data) => {
      if (!socket.destroyed && socket.writable) socket.write(data);
    },
    exited: exited.catch((e: unknown) => Promise.reject(mapError(e))),
    close: () => socket.destroy(),
    endInput: () => {
      if (!socket.destroyed && socket.writable) socket.end();
    },
  };
}

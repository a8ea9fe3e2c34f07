// One shell per build container that writes and runs the shell provisioner's scripts: a request costs a fork in the
// container, where an upload and an exec of their own cost two round trips through the engine (~60 ms each, measured
// in docs/benchmarks.md). The shell reads requests from stdin as documents ended by a random nonce line, writes the
// script, runs the command with `/bin/sh -c` (stdin /dev/null, as an exec of its own would), removes the script, and
// ends the step with `<nonce> <status>` on stdout and on stderr, so both streams are drained before the step ends.
import { randomBytes } from 'node:crypto';
import { Capture } from '../../docker/capture.js';
import type { Driver, ExecResult, ExecSession } from '../../docker/driver.js';
import { DriverError } from '../../docker/driver.js';
import type { ExecOptions } from '../../plugin/communicator.js';

/** POSIX sh: no external command but chmod and rm, so busybox and distro shells behave the same. */
const AGENT = `n=$1
printf '%s ready\\n' "$n"
doc() { b=; while IFS= read -r l; do if [ "$l" = "$n" ]; then return 0; fi; b="$b$l
"; done; exit 0; }
while :; do
  doc; p=\${b%?}; doc; k=\${b%?}; doc; c=\${b%?}; doc; s=\${b%?}
  if { printf %s "$s" > "$p" && chmod 0755 "$p"; } 2>/dev/null; then
    /bin/sh -c "$c" </dev/null; r=$?
    [ -n "$k" ] || rm -f "$p"
  else r=upload; fi
  printf '%s %s\\n' "$n" "$r"; printf '%s %s\\n' "$n" "$r" >&2
done`;

/**
 * Scripts the shell reads a line at a time (a read builtin is a syscall a byte): larger ones, and any with a NUL,
 * go through the upload path.
 */
export const SESSION_SCRIPT_LIMIT = 64 * 1024;

export interface ScriptRequest extends ExecOptions {
  path: string;
  /** The script's bytes, as read from its file (or the inline text). */
  content: string | Buffer;
  command: string;
  /** Leave the script in place (skip_clean). */
  keep: boolean;
}

/** The shell never started (no /bin/sh, an exec the engine refused): nothing ran, the caller may exec instead. */
export class ShellUnavailable extends DriverError {}

/** What a request came to: the command's result, or `upload` when the script could not be written this way. */
export type ScriptOutcome = { kind: 'ran'; result: ExecResult } | { kind: 'upload' };

/** Passes a stream through, cut at each `<nonce> <status>\n` line; holds back only what may be a marker's start. */
export class MarkerScanner {
  private held = Buffer.alloc(0);

  constructor(
    private readonly marker: Buffer,
    private readonly emit: (chunk: Buffer) => void,
    private readonly onMarker: (status: string) => void,
  ) {}

  push(chunk: Buffer): void {
    let buf = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
    this.held = Buffer.alloc(0);
    for (;;) {
      const at = buf.indexOf(this.marker);
      if (at < 0) break;
      const end = buf.indexOf(0x0a, at + this.marker.length);
      if (end < 0) {
        if (at > 0) this.emit(buf.subarray(0, at));
        this.held = Buffer.from(buf.subarray(at));
        return;
      }
      if (at > 0) this.emit(buf.subarray(0, at));
      this.onMarker(buf.subarray(at + this.marker.length, end).toString('latin1'));
      buf = buf.subarray(end + 1);
    }
    let keep = Math.min(this.marker.length - 1, buf.length);
    while (keep > 0 && !buf.subarray(buf.length - keep).equals(this.marker.subarray(0, keep))) keep--;
    if (buf.length > keep) this.emit(buf.subarray(0, buf.length - keep));
    this.held = Buffer.from(buf.subarray(buf.length - keep));
  }
}

interface Pending {
  request: ScriptRequest;
  stdout: Capture;
  stderr: Capture;
  status: (string | undefined)[];
  resolve(outcome: ScriptOutcome): void;
  reject(e: unknown): void;
}

export class ShellSession {
  private pending: Pending | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private ended: unknown;
  /** Whether the shell said it is reading requests. */
  private ready = false;
  private readonly nonce = `repack-${randomBytes(16).toString('hex')}`;

  private constructor(private session: ExecSession | undefined) {}

  /** Starts the shell as `user`; undefined when the driver has no sessions. */
  static async start(driver: Driver, containerId: string, user: string | undefined): Promise<ShellSession | undefined> {
    if (!driver.execSession) return undefined;
    const shell = new ShellSession(undefined);
    const marker = Buffer.from(`${shell.nonce} `);
    const [out, err] = ([0, 1] as const).map(
      (stream) =>
        new MarkerScanner(
          marker,
          (b) => shell.output(stream, b),
          (st) => shell.marker(stream, st),
        ),
    );
    shell.session = await driver.execSession(containerId, {
      cmd: ['/bin/sh', '-c', AGENT, 'sh', shell.nonce],
      user,
      onStdout: (b) => out.push(b),
      onStderr: (b) => err.push(b),
    });
    shell.session.exited.then(
      (code) =>
        shell.end(
          shell.ready
            ? new DriverError(`the shell in container ${containerId.slice(0, 12)} ended (exit status ${code}) before the command finished`)
            : new ShellUnavailable(`the shell in container ${containerId.slice(0, 12)} did not start (exit status ${code})`),
        ),
      (e: unknown) => shell.end(e),
    );
    return shell;
  }

  get alive(): boolean {
    return this.ended === undefined;
  }

  /** Whether this session can take the request (else the caller uploads and execs). */
  accepts(content: string | Buffer): boolean {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
    return this.ended === undefined && bytes.length <= SESSION_SCRIPT_LIMIT && !bytes.includes(0) && !bytes.includes(this.nonce);
  }

  /** Writes the script and runs the command; one request at a time. */
  run(request: ScriptRequest): Promise<ScriptOutcome> {
    const next = this.queue.then(() => this.send(request));
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.end(new DriverError('exec cancelled', undefined, 'cancelled'));
  }

  private send(request: ScriptRequest): Promise<ScriptOutcome> {
    return new Promise<ScriptOutcome>((resolve, reject) => {
      if (this.ended !== undefined) return reject(this.ended);
      const signal = request.signal;
      if (signal?.aborted) return reject(new DriverError('exec cancelled', undefined, 'cancelled'));
      const onAbort = (): void => this.close();
      signal?.addEventListener('abort', onAbort, { once: true });
      const done =
        <T>(f: (v: T) => void) =>
        (v: T) => {
          signal?.removeEventListener('abort', onAbort);
          this.pending = undefined;
          f(v);
        };
      this.pending = { request, stdout: new Capture(), stderr: new Capture(), status: [undefined, undefined], resolve: done(resolve), reject: done(reject) };
      const doc = (text: string | Buffer) => [Buffer.from(text), Buffer.from(`\n${this.nonce}\n`)];
      this.session?.write(Buffer.concat([...doc(request.path), ...doc(request.keep ? 'keep' : ''), ...doc(request.command), ...doc(request.content)]));
    });
  }

  private output(stream: 0 | 1, chunk: Buffer): void {
    const p = this.pending;
    if (!p) return; // what a background process of an earlier step wrote after it ended
    (stream === 0 ? p.stdout : p.stderr).push(chunk);
    (stream === 0 ? p.request.onStdout : p.request.onStderr)?.(chunk);
  }

  private marker(stream: 0 | 1, status: string): void {
    if (stream === 0 && status === 'ready' && !this.ready) {
      this.ready = true;
      return;
    }
    const p = this.pending;
    if (!p) return;
    p.status[stream] = status;
    if (p.status[0] === undefined || p.status[1] === undefined) return;
    if (status === 'upload') return p.resolve({ kind: 'upload' });
    if (!/^\d+$/.test(status)) return p.reject(new DriverError(`the shell in the container reported an unexpected status: ${status}`));
    p.resolve({
      kind: 'ran',
      result: { exitCode: Number(status), stdout: p.stdout.text(), stderr: p.stderr.text() },
    });
  }

  private end(e: unknown): void {
    if (this.ended !== undefined) return;
    this.ended = e;
    this.session?.close();
    this.pending?.reject(e);
  }
}

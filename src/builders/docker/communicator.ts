// Packer's communicator for the docker builder: run commands and move files in the build container, through the
// Engine API (exec and the archive API; no docker CLI processes).
import { dirname, posix } from 'node:path';
import type { Driver, ExecResult } from '../../docker/driver.js';
import { tarFromContent } from '../../docker/tar.js';
import { shellQuote } from '../../plugin/shell-quote.js';
import { ShellUnavailable, type ShellSession } from './shell-session.js';
import type { Communicator, ExecOptions, RemoteProcess, ScriptOptions } from '../../plugin/communicator.js';

export class DockerCommunicator implements Communicator {
  constructor(
    private readonly driver: Driver,
    private readonly containerId: string,
    private readonly execUser?: string,
    private readonly fixOwner = true,
    /**
     * The user the container runs as (its Config.User: run_command's -u, else the image's USER): uploads become
     * theirs, as the docker plugin's fix_upload_owner does. When not given, exec_user's.
     */
    private readonly containerUser?: string,
    /** The container's shell session, when the driver has them: scripts then cost no round trip of their own. */
    private readonly shell?: () => Promise<ShellSession | undefined>,
  ) {}

  run(command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    return this.driver.exec(this.containerId, { cmd: ['/bin/sh', '-c', `(${command})`], user: this.execUser, ...opts });
  }

  async start(command: string, opts: ExecOptions): Promise<RemoteProcess> {
    const spec = { cmd: ['/bin/sh', '-c', `(${command})`], user: this.execUser, onStdout: opts.onStdout, onStderr: opts.onStderr };
    if (!this.driver.execSession) {
      // Without sessions the command gets no input; it still runs with its output streamed.
      const exited = this.driver.exec(this.containerId, { ...spec, signal: opts.signal }).then((r) => r.exitCode);
      return { write: () => {}, endInput: () => {}, exited, kill: () => {} };
    }
    const session = await this.driver.execSession(this.containerId, spec);
    return {
      write: (data) => session.write(data),
      endInput: () => (session.endInput ? session.endInput() : session.close()),
      exited: session.exited,
      kill: () => session.close(),
    };
  }

  async runScript(path: string, content: string | Buffer, command: string, opts: ScriptOptions = {}): Promise<ExecResult> {
    const shell = await this.shell?.();
    if (typeof content === 'string' && shell?.accepts(content)) {
      try {
        const outcome = await shell.run({ ...opts, path, content, command, keep: opts.keep === true });
        if (outcome.kind === 'ran') return outcome.result;
      } catch (e: unknown) {
        if (!(e instanceof ShellUnavailable)) throw e;
      }
    }
    return this.uploadAndRun(path, content, command, opts);
  }

  /** The script as an upload and an exec, as Packer's communicator does: also where the shell could not write it. */
  private async uploadAndRun(path: string, content: string | Buffer, command: string, opts: ScriptOptions): Promise<ExecResult> {
    // As root, the script is removed by the same exec (an EXIT trap keeps the command's status), saving a round
    // trip; a non-root exec user may not remove a root-owned file from sticky /tmp, so then root removes it after.
    const asRoot = opts.keep === true || this.runsAsRoot();
    await this.upload(path, content, 0o755);
    const result = await this.run(asRoot && !opts.keep ? `trap ${shellQuote(`rm -f ${shellQuote(path)}`)} EXIT; ${command}` : command, opts);
    if (!asRoot && !opts.signal?.aborted) await this.driver.exec(this.containerId, { cmd: ['rm', '-f', path], user: 'root' });
    return result;
  }

  async upload(path: string, content: string | Buffer, mode = 0o644): Promise<void> {
    const dir = dirname(path) || '/';
    await this.driver.putArchive(this.containerId, dir, tarFromContent(posix.basename(path), content, mode));
  }

  putArchive(dir: string, tar: NodeJS.ReadableStream): Promise<void> {
    return this.driver.putArchive(this.containerId, dir, tar);
  }

  getArchive(path: string): Promise<NodeJS.ReadableStream> {
    return this.driver.getArchive(this.containerId, path);
  }

  /** Do commands run as root (no exec_user, and the container's own user is root)? */
  private runsAsRoot(): boolean {
    const user = (this.execUser || this.containerUser) ?? '';
    return ['', 'root', '0', '0:0', 'root:root'].includes(user);
  }

  async fixUploadOwner(path: string): Promise<void> {
    if (!this.fixOwner) return;
    const owner = (this.containerUser ?? this.execUser) || 'root';
    const r = await this.driver.exec(this.containerId, { cmd: ['/bin/sh', '-c', `chown -R ${shellQuote(owner)} ${shellQuote(path)}`], user: 'root' });
    if (r.exitCode !== 0) throw new Error(`Failed to set owner of the uploaded file: exit status ${r.exitCode}, ${(r.stderr || r.stdout).trim()}`);
  }
}

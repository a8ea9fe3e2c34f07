// Packer's communicator for the docker builder: run commands and move files in the build container, through the
// Engine API (exec and the archive API; no docker CLI processes).
import { dirname, posix } from 'node:path';
import type { Driver, ExecResult } from '../../docker/driver.js';
import { tarFromContent } from '../../docker/tar.js';
import { shellQuote } from '../../provisioners/shell-quote.js';

export interface ExecOptions {
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  signal?: AbortSignal;
}

export interface Communicator {
  /** Runs a shell command line with /bin/sh -c, as Packer's docker communicator does. */
  run(command: string, opts?: ExecOptions): Promise<ExecResult>;
  /** Writes a file inside the container (its directory must exist). */
  upload(path: string, content: string | Buffer, mode?: number): Promise<void>;
  /** Extracts a tar stream into `dir` (which must exist) inside the container. */
  putArchive(dir: string, tar: NodeJS.ReadableStream): Promise<void>;
  /** A tar stream of `path` inside the container: its entries are named from the path's last element. */
  getArchive(path: string): Promise<NodeJS.ReadableStream>;
  /** After an upload: `chown -R` the destination to the exec user, as root, when fix_upload_owner is on. */
  fixUploadOwner(path: string): Promise<void>;
  /** Do commands run as root (no exec_user, and the container's own user is root)? */
  runsAsRoot(): Promise<boolean>;
  /** Removes a file as root (an upload in sticky /tmp that a non-root exec user may not remove). */
  removeAsRoot(path: string): Promise<void>;
}

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
  ) {}

  run(command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    return this.driver.exec(this.containerId, { cmd: ['/bin/sh', '-c', `(${command})`], user: this.execUser, ...opts });
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

  async runsAsRoot(): Promise<boolean> {
    const user = (this.execUser || this.containerUser) ?? '';
    return ['', 'root', '0', '0:0', 'root:root'].includes(user);
  }

  async removeAsRoot(path: string): Promise<void> {
    await this.driver.exec(this.containerId, { cmd: ['rm', '-f', path], user: 'root' });
  }

  async fixUploadOwner(path: string): Promise<void> {
    if (!this.fixOwner) return;
    const owner = (this.containerUser ?? this.execUser) || 'root';
    const r = await this.driver.exec(this.containerId, { cmd: ['/bin/sh', '-c', `chown -R ${shellQuote(owner)} ${shellQuote(path)}`], user: 'root' });
    if (r.exitCode !== 0) throw new Error(`Failed to set owner of the uploaded file: exit status ${r.exitCode}, ${(r.stderr || r.stdout).trim()}`);
  }
}

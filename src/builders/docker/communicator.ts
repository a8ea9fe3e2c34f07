// Packer's communicator for the docker builder: run commands and move files in the build container, through the
// Engine API (exec and the archive API; no docker CLI processes).
import { dirname, posix } from 'node:path';
import type { Driver, ExecResult } from '../../docker/driver.js';
import { tarFromContent } from '../../docker/tar.js';

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
}

export class DockerCommunicator implements Communicator {
  constructor(
    private readonly driver: Driver,
    private readonly containerId: string,
    private readonly execUser?: string,
  ) {}

  run(command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    return this.driver.exec(this.containerId, { cmd: ['/bin/sh', '-c', `(${command})`], user: this.execUser, ...opts });
  }

  async upload(path: string, content: string | Buffer, mode = 0o644): Promise<void> {
    const dir = dirname(path) || '/';
    await this.driver.putArchive(this.containerId, dir, tarFromContent(posix.basename(path), content, mode));
  }
}

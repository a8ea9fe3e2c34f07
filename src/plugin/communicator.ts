// How a provisioner reaches the machine being built: run commands, start one with its stdin open, move files. The
// docker builder implements it over the Engine API (builders/docker/communicator.ts); provisioners see only this.
import type { ExecResult } from '../docker/driver.js';

export interface ExecOptions {
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  signal?: AbortSignal;
}

export interface ScriptOptions extends ExecOptions {
  /** Leave the script in place after it ran (skip_clean). */
  keep?: boolean;
}

/** A command running with its stdin open (the Ansible proxy adapter's exec and sftp requests). */
export interface RemoteProcess {
  write(data: Buffer): void;
  /** Ends the command's stdin; its output keeps coming until it exits. */
  endInput(): void;
  /** The exit status once the command is gone. */
  readonly exited: Promise<number>;
  /** Drops the command's connection. */
  kill(): void;
}

export interface Communicator {
  /** Runs a shell command line with /bin/sh -c, as Packer's docker communicator does. */
  run(command: string, opts?: ExecOptions): Promise<ExecResult>;
  /** Writes `content` to `path` (mode 0755), runs `command` with /bin/sh -c, then removes the script unless kept. */
  runScript(path: string, content: string | Buffer, command: string, opts?: ScriptOptions): Promise<ExecResult>;
  /** Writes a file inside the container (its directory must exist). */
  upload(path: string, content: string | Buffer, mode?: number): Promise<void>;
  /** Extracts a tar stream into `dir` (which must exist) inside the container. */
  putArchive(dir: string, tar: NodeJS.ReadableStream): Promise<void>;
  /** A tar stream of `path` inside the container: its entries are named from the path's last element. */
  getArchive(path: string): Promise<NodeJS.ReadableStream>;
  /** Starts a shell command line with /bin/sh -c and stdin attached, output streamed to onStdout/onStderr. */
  start?(command: string, opts: ExecOptions): Promise<RemoteProcess>;
  /** After an upload: `chown -R` the destination to the exec user, as root, when fix_upload_owner is on. */
  fixUploadOwner(path: string): Promise<void>;
}

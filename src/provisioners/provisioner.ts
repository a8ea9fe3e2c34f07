// What every provisioner is: a schema, a decoder from evaluated attributes, and a run against a communicator.
import type { Block } from '../hcl/ast.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import type { Communicator } from '../builders/docker/communicator.js';

export interface ProvisionerContext {
  comm: Communicator;
  /** Packer's `==> build: …` line. */
  say(message: string): void;
  /** Packer's `    build: …` line (command output). */
  message(line: string): void;
  signal: AbortSignal;
  /** PACKER_BUILD_NAME: the source's name. */
  buildName: string;
  /** PACKER_BUILDER_TYPE */
  builderType: string;
  /** The build container (`build.ID`), once there is one. */
  containerId?: string;
}

export interface Provisioner {
  run(ctx: ProvisionerContext): Promise<void>;
  /** Everything that determines the provisioner's effect, as stable JSON-able data (for cache keys and inspect). */
  describe(): unknown;
  /**
   * Where the provisioner's result lands. 'image' (the default when absent: shell, file uploads) is cached as a layer
   * keyed by describe(); 'host' (shell-local, file downloads, breakpoint) always runs, is never served from cache and
   * leaves the cache key of the steps after it as it was.
   */
  readonly effect?: 'image' | 'host';
}

export interface ProvisionerPlugin {
  schema: BodySchema;
  /** `dir` is the working directory: relative paths (script, scripts, source) resolve against it, as in Packer. */
  decode(decoded: Decoded, block: Block, dir: string): { provisioner?: Provisioner; diagnostics: Diagnostic[] };
}

/** A provisioner failure: the message is what the user sees. */
export class ProvisionerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvisionerError';
  }
}

/** Splits streamed chunks into whole lines. */
export class LineSplitter {
  private rest = '';
  constructor(private readonly emit: (line: string) => void) {}
  push(chunk: Buffer | string): void {
    const parts = (this.rest + chunk.toString()).split(/\r?\n/);
    this.rest = parts.pop() ?? '';
    parts.forEach(this.emit);
  }
  flush(): void {
    if (this.rest !== '') this.emit(this.rest);
    this.rest = '';
  }
}

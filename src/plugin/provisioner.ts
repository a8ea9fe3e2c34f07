// What every provisioner is: a schema, a decoder from evaluated attributes, and a run against a communicator.
import { StringDecoder } from 'node:string_decoder';
import type { Block } from '../hcl/syntax/ast.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import type { Communicator } from './communicator.js';

export interface ProvisionerContext {
  comm: Communicator;
  /** Packer's `==> build: …` line. */
  say(message: string): void;
  /** Packer's `    build: …` line (command output). */
  message(line: string): void;
  /** Something the user should act on that does not fail the step (the action also annotates it). Else: say. */
  warn?(message: string): void;
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
  /**
   * What determines the provisioner's effect beyond its decoded attributes (which its cache key holds already,
   * cache/key.ts provisionerDescription): the bytes of the files it reads, tool versions. Stable JSON-able data.
   */
  describe(): unknown;
  /**
   * Where the provisioner's result lands. 'image' (the default when absent: shell, file uploads) is cached as a layer
   * keyed by its config and describe(); 'host' (shell-local, file downloads, breakpoint) always runs, is never served from cache and
   * leaves the cache key of the steps after it as it was.
   */
  readonly effect?: 'image' | 'host';
}

/** `S` ties decode to the schema: decode reads the config that schema declares, typed (config/schema.ts ConfigOf). */
export interface ProvisionerPlugin<S extends BodySchema = BodySchema> {
  schema: S;
  /** `dir` is the working directory: relative paths (script, scripts, source) resolve against it, as in Packer. */
  decode(decoded: Decoded<S>, block: Block, dir: string): { provisioner?: Provisioner; diagnostics: Diagnostic[] };
}

/** A provisioner failure: the message is what the user sees. */
export class ProvisionerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvisionerError';
  }
}

/** The longest line a step's output puts in the log, in characters; the rest of a longer line is counted, not kept. */
export const MAX_LOG_LINE = 64 * 1024;

/**
 * Splits streamed output into lines for the log, in one pass over each chunk and in bounded memory: a line longer than
 * `limit` is cut there, with the number of characters left out. Bytes are decoded as UTF-8 across chunk boundaries.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private line = '';
  private dropped = 0;

  constructor(
    private readonly emit: (line: string) => void,
    private readonly limit = MAX_LOG_LINE,
  ) {}

  push(chunk: Buffer | string): void {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      this.append(text, start, nl);
      this.endLine();
      start = nl + 1;
    }
    this.append(text, start, text.length);
  }

  flush(): void {
    const tail = this.decoder.end();
    if (tail) this.append(tail, 0, tail.length);
    if (this.line !== '' || this.dropped > 0) this.endLine();
  }

  private append(text: string, from: number, to: number): void {
    const room = Math.max(0, this.limit - this.line.length);
    const take = Math.min(room, to - from);
    if (take > 0) this.line += text.slice(from, from + take);
    this.dropped += to - from - take;
  }

  private endLine(): void {
    const line = this.dropped > 0 ? `${this.line} [… ${this.dropped} more characters not shown]` : this.line.replace(/\r$/, '');
    this.line = '';
    this.dropped = 0;
    this.emit(line);
  }
}

// Splits the engine's multiplexed exec/attach stream (8-byte header: stream type, 3 zero bytes, big-endian length)
// into stdout and stderr. Bytes that do not start with a valid header are the engine's own un-multiplexed error text
// (e.g. "OCI runtime exec failed: … executable file not found") and go to stderr, as the CLI shows them.

const HEADER = 8;

export class Demuxer {
  private pending: Buffer = Buffer.alloc(0);
  /** Stream type and bytes left of the frame being read, or undefined between frames. */
  private frame: { type: number; left: number } | undefined;
  private raw = false;

  constructor(
    private readonly stdout: (chunk: Buffer) => void,
    private readonly stderr: (chunk: Buffer) => void,
  ) {}

  push(chunk: Buffer): void {
    if (this.raw) return this.stderr(chunk);
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (;;) {
      if (this.frame) {
        if (this.pending.length === 0) return;
        const n = Math.min(this.frame.left, this.pending.length);
        const body = this.pending.subarray(0, n);
        this.pending = this.pending.subarray(n);
        this.frame.left -= n;
        (this.frame.type === 2 ? this.stderr : this.stdout)(body);
        if (this.frame.left === 0) this.frame = undefined;
        continue;
      }
      if (this.pending.length < HEADER) {
        if (this.pending.length > 0 && !this.looksLikeHeader(this.pending)) this.toRaw();
        return;
      }
      if (!this.looksLikeHeader(this.pending)) return this.toRaw();
      const type = this.pending[0];
      const left = this.pending.readUInt32BE(4);
      this.pending = this.pending.subarray(HEADER);
      if (left > 0) this.frame = { type, left };
    }
  }

  /** Flushes bytes that never formed a frame (a short un-multiplexed message). */
  end(): void {
    if (this.pending.length > 0 && !this.frame) this.toRaw();
  }

  private looksLikeHeader(bytes: Buffer): boolean {
    const limit = Math.min(bytes.length, 4);
    if (bytes[0] > 2) return false;
    for (let i = 1; i < limit; i++) if (bytes[i] !== 0) return false;
    return true;
  }

  private toRaw(): void {
    this.raw = true;
    const rest = this.pending;
    this.pending = Buffer.alloc(0);
    if (rest.length > 0) this.stderr(rest);
  }
}

// What an exec keeps of a stream for its ExecResult: the first CAPTURE_LIMIT bytes. Everything still goes to the
// spec's onStdout/onStderr as it comes, so a step that prints gigabytes streams them and keeps only this much.

/** Enough for any message a caller builds from a result (an error's text, a `stat` line). */
export const CAPTURE_LIMIT = 1 << 20;

export class Capture {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private dropped = 0;

  constructor(private readonly limit = CAPTURE_LIMIT) {}

  /** Bytes seen so far. */
  get size(): number {
    return this.kept + this.dropped;
  }

  push(chunk: Buffer): void {
    const take = Math.min(chunk.length, this.limit - this.kept);
    if (take > 0) {
      this.chunks.push(take === chunk.length ? chunk : chunk.subarray(0, take));
      this.kept += take;
    }
    this.dropped += chunk.length - take;
  }

  text(): string {
    const kept = Buffer.concat(this.chunks).toString('utf8');
    return this.dropped > 0 ? `${kept}\n[… ${this.dropped} more bytes not kept]` : kept;
  }
}

// SIGINT/SIGTERM during `repack build`, as Packer: the first cancels the builds, whose cleanup removes what they made,
// and the build exits 1. A second one stops waiting: the containers still alive are force-removed (bounded by a few
// seconds) and the process exits 130. A third exits at once.
import type { Driver } from '../docker/driver.js';

export interface InterruptOptions {
  /** Prints a line that belongs to no build. */
  say(text: string, kind: 'say' | 'error'): void;
  controller: AbortController;
  /** The engine to remove leftover containers with, made on demand. */
  driver: () => Promise<Driver>;
  exit(code: number): void;
  /** How long the forced exit waits for removals. */
  graceMs?: number;
}

export class Interrupts {
  private count = 0;
  private readonly containers = new Set<string>();
  readonly handler = (sig: NodeJS.Signals): void => void this.onSignal(sig);

  constructor(private readonly o: InterruptOptions) {}

  /** RunOptions.onResource: the containers a forced exit must remove. */
  readonly track = (resource: { kind: 'container' | 'tempdir'; id: string }, added: boolean): void => {
    if (resource.kind !== 'container') return;
    if (added) this.containers.add(resource.id);
    else this.containers.delete(resource.id);
  };

  install(): void {
    process.on('SIGINT', this.handler);
    process.on('SIGTERM', this.handler);
  }

  uninstall(): void {
    process.off('SIGINT', this.handler);
    process.off('SIGTERM', this.handler);
  }

  get interrupted(): boolean {
    return this.count > 0;
  }

  private async onSignal(sig: NodeJS.Signals): Promise<void> {
    this.count++;
    if (this.count === 1) {
      this.o.say(`Cancelling build after receiving ${sig}`, 'error');
      this.o.controller.abort();
      return;
    }
    if (this.count > 2) return this.o.exit(130);
    const ids = [...this.containers];
    this.o.say(`Interrupted again: exiting${ids.length > 0 ? ` after removing ${ids.length} container(s)` : ''}.`, 'error');
    if (ids.length > 0) {
      const removed = this.o
        .driver()
        .then((d) => Promise.allSettled(ids.map((id) => d.removeContainer(id))))
        .catch(() => undefined);
      await Promise.race([removed, new Promise((r) => setTimeout(r, this.o.graceMs ?? 5000).unref())]);
    }
    this.o.exit(130);
  }
}

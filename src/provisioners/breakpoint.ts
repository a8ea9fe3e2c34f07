// Packer's `breakpoint` provisioner: pauses the build until Enter is pressed, to look inside the container. Without a
// terminal on stdin (CI, the action) it says so and continues.
import { createInterface } from 'node:readline';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import { BuildCancelled } from '../plugin/step.js';
import type { Provisioner, ProvisionerContext, ProvisionerPlugin } from '../plugin/provisioner.js';
import { PACKER_INTERNAL } from '../config/unsupported.js';

const SCHEMA = {
  attributes: {
    disable: { type: T.bool, default: false, description: 'Do not pause; only say `Breakpoint provisioner disabled; continuing...`.' },
    note: { type: T.string, description: 'Shown when pausing: `Pausing at breakpoint provisioner with note "…".`' },
  },
  unsupported: PACKER_INTERNAL,
} satisfies BodySchema;

/** Where the breakpoint waits: a terminal on stdin, or not. */
export interface Terminal {
  isInteractive(): boolean;
  /** Resolves when a line (Enter) is read; rejects with BuildCancelled when the signal aborts. */
  waitForEnter(signal: AbortSignal): Promise<void>;
}

export const stdinTerminal: Terminal = {
  isInteractive: () => process.stdin.isTTY === true,
  waitForEnter: (signal) =>
    new Promise<void>((resolve, reject) => {
      const rl = createInterface({ input: process.stdin });
      const done = (fn: () => void) => {
        signal.removeEventListener('abort', onAbort);
        rl.close();
        process.stdin.pause();
        fn();
      };
      const onAbort = () => done(() => reject(new BuildCancelled()));
      signal.addEventListener('abort', onAbort, { once: true });
      rl.once('line', () => done(resolve));
      rl.once('close', () => done(resolve));
    }),
};

export class BreakpointProvisioner implements Provisioner {
  readonly effect = 'host';

  constructor(
    readonly disable: boolean,
    readonly note: string | undefined,
    private readonly terminal: Terminal = stdinTerminal,
  ) {}

  describe(): unknown {
    return { type: 'breakpoint', disable: this.disable, note: this.note ?? null };
  }

  async run(ctx: ProvisionerContext): Promise<void> {
    const noted = this.note ? ` with note "${this.note}"` : '';
    if (this.disable) {
      ctx.say(`Breakpoint provisioner${noted} disabled; continuing...`);
      return;
    }
    ctx.say(`Pausing at breakpoint provisioner${noted}.`);
    if (!this.terminal.isInteractive()) {
      ctx.say('Not waiting: stdin is not a terminal; continuing...');
      return;
    }
    ctx.say('Press enter to continue.');
    await this.terminal.waitForEnter(ctx.signal);
  }
}

function decode(d: Decoded<typeof SCHEMA>): { provisioner?: Provisioner; diagnostics: Diagnostic[] } {
  return { provisioner: new BreakpointProvisioner(d.attrs.disable === true, d.attrs.note ?? undefined), diagnostics: [] };
}

export const breakpoint: ProvisionerPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };

// Packer's `shell-local` provisioner: runs commands or scripts on the host (not in the container) during the build.
import type { Block } from '../hcl/syntax/ast.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { Decoded } from '../config/schema.js';
import { decodeLocalShell, describeLocalShell, LOCAL_SHELL_SCHEMA, runLocalShell, type LocalShellConfig } from '../plugin/host-shell.js';
import type { Provisioner, ProvisionerContext, ProvisionerPlugin } from '../plugin/provisioner.js';

export class ShellLocalProvisioner implements Provisioner {
  readonly effect = 'host';

  constructor(readonly config: LocalShellConfig) {}

  describe(): unknown {
    return { type: 'shell-local', ...describeLocalShell(this.config) };
  }

  run(ctx: ProvisionerContext): Promise<void> {
    return runLocalShell(this.config, ctx);
  }
}

function decode(d: Decoded<typeof LOCAL_SHELL_SCHEMA>, block: Block, dir: string): { provisioner?: Provisioner; diagnostics: Diagnostic[] } {
  const r = decodeLocalShell(d, block, dir);
  return { provisioner: r.config && new ShellLocalProvisioner(r.config), diagnostics: r.diagnostics };
}

export const shellLocal: ProvisionerPlugin<typeof LOCAL_SHELL_SCHEMA> = { schema: LOCAL_SHELL_SCHEMA, decode };

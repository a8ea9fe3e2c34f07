// Packer's `shell-local` post-processor: runs commands or scripts on the host after the build and passes the input
// artifact on (always kept). repack adds the artifact's ID and files to the scripts' environment.
import type { Block } from '../hcl/syntax/ast.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { Decoded } from '../config/schema.js';
import { decodeLocalShell, LOCAL_SHELL_SCHEMA, runLocalShell, type LocalShellConfig } from '../plugin/host-shell.js';
import { ProvisionerError } from '../plugin/provisioner.js';
import { artifactId } from './describe.js';
import {
  PostProcessorError,
  type ChainArtifact,
  type PostProcessor,
  type PostProcessorContext,
  type PostProcessorOutput,
  type PostProcessorPlugin,
} from '../plugin/post-processor.js';

class ShellLocal implements PostProcessor {
  constructor(private readonly config: LocalShellConfig) {}

  async run(input: ChainArtifact, ctx: PostProcessorContext): Promise<PostProcessorOutput> {
    const extraVars: [string, string][] = [
      ['PACKER_ARTIFACT_ID', artifactId(input)],
      ['PACKER_ARTIFACT_FILES', input.files.join('\n')],
    ];
    try {
      await runLocalShell(this.config, { ...ctx, extraVars });
    } catch (e: unknown) {
      throw e instanceof ProvisionerError ? new PostProcessorError(e.message) : e;
    }
    return { artifact: input, keep: true, forceKeep: true };
  }
}

function decode(d: Decoded<typeof LOCAL_SHELL_SCHEMA>, block: Block, cwd: string): { postProcessor?: PostProcessor; diagnostics: Diagnostic[] } {
  const r = decodeLocalShell(d, block, cwd);
  return { postProcessor: r.config && new ShellLocal(r.config), diagnostics: r.diagnostics };
}

export const shellLocal: PostProcessorPlugin<typeof LOCAL_SHELL_SCHEMA> = { schema: LOCAL_SHELL_SCHEMA, decode };

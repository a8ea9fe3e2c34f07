// `repack init [-upgrade] TEMPLATE`: Packer installs the plugins of required_plugins; repack has the docker plugin
// built in and none other, so init checks each requirement against it and says so. Exit 0 when all are met, 1
// otherwise (as `packer init` when an install fails).
import { hasErrors } from '../hcl/diagnostics.js';
import { formatDiagnostic } from '../hcl/format/diagnostic-text.js';
import { decodeTemplate } from '../config/decode.js';
import { loadTemplate } from '../config/load.js';
import { DOCKER_PLUGIN_SOURCE, DOCKER_PLUGIN_VERSION } from '../config/registry.js';
import { builtInPlugin, checkRequirements } from '../pipeline/prepare.js';
import { parseArgs, usage, UsageError, type Flags } from './args.js';
import type { CommandIo } from './command-io.js';

export const FLAGS: Flags = {
  upgrade: { kind: 'bool', description: 'Accepted for compatibility: the built-in plugin is always the newest repack has.' },
};

export function initCommand(argv: string[], io: CommandIo): number {
  const { positional } = parseArgs(argv, FLAGS);
  if (positional.length !== 1) throw new UsageError(`init takes exactly one template path\n\n${usage('init', '[options] TEMPLATE', FLAGS)}`);
  const loaded = loadTemplate(positional[0], io.cwd);
  const diags = [...loaded.diagnostics];
  if (!hasErrors(diags)) {
    const { template, diagnostics } = decodeTemplate(loaded.templates, loaded.root);
    diags.push(...diagnostics.filter((d) => d.severity === 'error'));
    if (!hasErrors(diags)) {
      const reqs = checkRequirements(template);
      diags.push(...reqs);
      if (!hasErrors(reqs)) {
        if (template.requiredPlugins.length === 0)
          io.out('No plugins requirement found, make sure you reference a Packer config containing a packer.required_plugins block.\n');
        for (const p of template.requiredPlugins) {
          const plugin = builtInPlugin(p);
          io.out(
            `${p.source || DOCKER_PLUGIN_SOURCE} ${p.version || '(any version)'}: built in, ${plugin?.what ?? 'docker plugin'} v${plugin?.version ?? DOCKER_PLUGIN_VERSION}\n`,
          );
        }
      }
    }
  }
  for (const d of diags) io.err(formatDiagnostic(d, loaded.sources));
  return hasErrors(diags) ? 1 : 0;
}

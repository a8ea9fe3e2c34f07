// `repack inspect [-var …] [-var-file …] TEMPLATE`: Packer's HCL2 inspect output — input variables with their values
// (sensitive ones as <sensitive>), local variables, and each build's sources, provisioners and post-processor
// chains in written order.
import { hasErrors } from '../hcl/diagnostics.js';
import { formatDiagnostic } from '../hcl/format.js';
import { printableValue } from '../hcl/print-value.js';
import type { Value } from '../hcl/value.js';
import type { BuildSpec } from '../config/template.js';
import { prepareTemplate } from '../pipeline/prepare.js';
import { parseArgs, splitVar, usage, UsageError, type Flags } from './args.js';
import type { CommandIo } from './command-io.js';

const FLAGS: Flags = {
  var: { kind: 'list', description: 'Variable for the template, name=value (repeatable).' },
  'var-file': { kind: 'list', description: 'HCL file with variable values (repeatable).' },
  'machine-readable': { kind: 'bool', description: 'Accepted for compatibility; the output is the same.' },
};

function printValues(prefix: string, values: Record<string, Value>): string {
  return Object.keys(values)
    .sort()
    .map((k) => `${prefix}.${k}: ${JSON.stringify(printableValue(values[k]))}\n`)
    .join('');
}

function printBuild(b: BuildSpec, i: number): string {
  const lines = [`\n  > ${b.name || `<unnamed build ${i}>`}:\n`];
  if (b.description) lines.push(`\n  > Description: ${b.description}\n`);
  lines.push('\n    sources:\n\n');
  if (b.sources.length === 0) lines.push('      <no source>\n');
  for (const s of b.sources) lines.push(`      ${s.type}.${s.nameOverride ?? s.name}\n`);
  lines.push('\n    provisioners:\n\n');
  if (b.provisioners.length === 0) lines.push('      <no provisioner>\n');
  for (const p of b.provisioners) lines.push(`      ${p.type}\n`);
  lines.push('\n    post-processors:\n\n');
  if (b.postProcessorChains.length === 0) lines.push('      <no post-processor>\n');
  b.postProcessorChains.forEach((chain, n) => {
    lines.push(`      ${n}:\n`);
    for (const pp of chain) lines.push(`        ${pp.type}\n`);
  });
  return lines.join('');
}

export async function inspectCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positional } = parseArgs(argv, FLAGS);
  if (positional.length !== 1) throw new UsageError(`inspect takes exactly one template path\n\n${usage('inspect', '[options] TEMPLATE', FLAGS)}`);
  const prepared = await prepareTemplate({
    template: positional[0],
    cwd: io.cwd,
    env: io.env,
    vars: (values.var as string[]).map(splitVar),
    varFiles: values['var-file'] as string[],
  });
  for (const d of prepared.diagnostics) io.err(formatDiagnostic(d, prepared.sources, { color: false }));
  if (hasErrors(prepared.diagnostics) || !prepared.template || !prepared.values) return 1;
  const out = [
    'Packer Inspect: HCL2 mode\n\n',
    '> input-variables:\n\n',
    printValues('var', prepared.values.var),
    '\n> local-variables:\n\n',
    printValues('local', prepared.values.local),
    '\n> builds:\n',
  ];
  prepared.template.builds.forEach((b, i) => out.push(printBuild(b, i)));
  io.out(`${out.join('')}\n`);
  return 0;
}

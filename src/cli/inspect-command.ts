// `repack inspect [-var …] [-var-file …] TEMPLATE`: Packer's HCL2 inspect output — input variables with their values
// (sensitive ones as <sensitive>), local variables, and each build's sources, provisioners and post-processor
// chains in written order.
import { hasErrors } from '../hcl/diagnostics.js';
import { formatDiagnostic } from '../hcl/format/diagnostic-text.js';
import { V } from '../hcl/value/value.js';
import { evaluate, type EvalContext } from '../hcl/eval/evaluate.js';
import type { Block } from '../hcl/syntax/ast.js';
import type { BuildSpec } from '../config/template.js';
import { DataSourceRuns } from '../config/data.js';
import { prepareTemplate } from '../pipeline/prepare.js';
import { parseArgs, splitVar, usage, UsageError, type Flags } from './args.js';
import type { CommandIo } from './command-io.js';
import { printVariables } from './print-variables.js';

export const FLAGS: Flags = {
  var: { kind: 'list', description: 'Variable for the template, name=value (repeatable).' },
  'var-file': { kind: 'list', description: 'HCL file with variable values (repeatable).' },
  'machine-readable': { kind: 'bool', description: 'Accepted for compatibility; the output is the same.' },
};

/** "type" or "type.name", as Packer lists provisioners and post-processors. */
function blockName(type: string, block: Block, ctx: EvalContext): string {
  const attr = block.body.items.find((i) => i.kind === 'attribute' && i.name === 'name');
  if (attr?.kind !== 'attribute') return type;
  const v = evaluate(attr.expr, ctx).value;
  return v.kind === 'string' && v.value !== '' ? `${type}.${v.value}` : type;
}

/** Packer's printBuilds layout: a blank line before each source and each post-processor chain. */
function printBuild(b: BuildSpec, i: number, ctx: EvalContext): string {
  const lines = [`\n  > ${b.name || `<unnamed build ${i}>`}:\n`];
  if (b.description) lines.push(`\n  > Description: ${b.description}\n`);
  lines.push('\n    sources:\n');
  if (b.sources.length === 0) lines.push('\n      <no source>\n');
  for (const s of b.sources) lines.push(`\n      ${s.type}.${s.nameOverride ?? s.name}\n`);
  lines.push('\n    provisioners:\n\n');
  if (b.provisioners.length === 0) lines.push('      <no provisioner>\n');
  for (const p of b.provisioners) lines.push(`      ${blockName(p.type, p.block, ctx)}\n`);
  lines.push('\n    post-processors:\n');
  if (b.postProcessorChains.length === 0) lines.push('\n      <no post-processor>\n');
  b.postProcessorChains.forEach((chain, n) => {
    lines.push(`\n      ${n}:\n`);
    for (const pp of chain) lines.push(`        ${blockName(pp.type, pp.block, ctx)}\n`);
  });
  return lines.join('');
}

export async function inspectCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positional } = parseArgs(argv, FLAGS);
  if (positional.length !== 1) throw new UsageError(`inspect takes exactly one template path\n\n${usage('inspect', '[options] TEMPLATE', FLAGS)}`);
  const options = {
    template: positional[0],
    cwd: io.cwd,
    env: io.env,
    vars: (values.var as string[]).map(splitVar),
    varFiles: values['var-file'] as string[],
    dataRuns: new DataSourceRuns(),
  };
  let prepared = await prepareTemplate(options);
  // As Packer's inspect (command/inspect.go): only parsing errors stop it; the initialisation's are ignored.
  if (hasErrors(prepared.diagnostics)) prepared = await prepareTemplate({ ...options, console: true });
  for (const d of prepared.diagnostics) io.err(formatDiagnostic(d, prepared.sources, { color: false }));
  if (hasErrors(prepared.diagnostics) || !prepared.template || !prepared.values) return 1;
  // Packer's ui.Say adds a line end after the heading, the variables and the builds.
  const out = ['Packer Inspect: HCL2 mode\n\n', `${printVariables(prepared.values.var, prepared.values.local)}\n`, '> builds:\n'];
  const ctx: EvalContext = { variables: { var: V.object(prepared.values.var), local: V.object(prepared.values.local) }, functions: {} };
  prepared.template.builds.forEach((b, i) => out.push(printBuild(b, i, ctx)));
  io.out(`${out.join('')}\n`);
  return 0;
}

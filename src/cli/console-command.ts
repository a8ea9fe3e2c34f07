// `repack console [-var …] [-var-file …] [TEMPLATE]`: evaluates expressions with the template's variables, locals,
// data sources and functions, printing values as Packer's console does. Reads lines from a pipe non-interactively;
// on a terminal it is a REPL (`exit` or Ctrl-D ends it).
import { consolePlaceholders, packerObject } from '../config/packer-object.js';
import { createInterface } from 'node:readline';
import { hasErrors, type Diagnostic } from '../hcl/diagnostics.js';
import { evaluate, type EvalContext } from '../hcl/eval/evaluate.js';
import { formatDiagnostic } from '../hcl/format/diagnostic-text.js';
import { loadYaml, mayCallYaml, standardFunctions } from '../hcl/functions/index.js';
import { parseExpressionText } from '../hcl/syntax/parser.js';
import { printableValue } from '../hcl/format/print-value.js';
import { V } from '../hcl/value/value.js';
import { prepareTemplate } from '../pipeline/prepare.js';
import { PACKER_COMPAT_VERSION } from '../version.js';
import { parseArgs, splitVar, usage, UsageError, type Flags } from './args.js';
import { readStdin, type CommandIo } from './command-io.js';

export const FLAGS: Flags = {
  var: { kind: 'list', description: 'Variable for the template, name=value (repeatable).' },
  'var-file': { kind: 'list', description: 'HCL file with variable values (repeatable).' },
};

const INPUT = '<console-input>';

async function contextFor(argv: string[], io: CommandIo): Promise<EvalContext | undefined> {
  const { values, positional } = parseArgs(argv, FLAGS);
  if (positional.length > 1) throw new UsageError(`console takes at most one template path\n\n${usage('console', '[options] [TEMPLATE]', FLAGS)}`);
  const common = { path: V.object({ cwd: V.string(io.cwd), root: V.string(io.cwd) }), packer: packerObject(PACKER_COMPAT_VERSION), ...consolePlaceholders() };
  if (positional.length === 0) return { variables: { ...common, var: V.object({}), local: V.object({}) }, functions: standardFunctions({ baseDir: io.cwd }) };
  const p = await prepareTemplate({
    template: positional[0],
    cwd: io.cwd,
    env: io.env,
    vars: (values.var as string[]).map(splitVar),
    varFiles: values['var-file'] as string[],
    // As Packer's console: problems in sources, builds, data sources and locals do not stop it (command/console.go).
    console: true,
  });
  for (const d of p.diagnostics) io.err(formatDiagnostic(d, p.sources));
  if (hasErrors(p.diagnostics) || !p.values || !p.template) return undefined;
  return {
    variables: {
      path: V.object({ cwd: V.string(io.cwd), root: V.string(p.template.pathRoot) }),
      packer: common.packer,
      source: common.source,
      build: common.build,
      var: V.object(p.values.var),
      local: V.object(p.values.local),
      data: p.values.data,
    },
    functions: standardFunctions({ baseDir: p.template.root }),
  };
}

/** Evaluates one line; prints its value or its diagnostics. */
export async function evalLine(line: string, ctx: EvalContext, io: CommandIo): Promise<boolean> {
  if (mayCallYaml(line)) await loadYaml();
  const parsed = parseExpressionText(line, INPUT);
  const diags: Diagnostic[] = [...parsed.diagnostics];
  if (!hasErrors(diags)) {
    const r = evaluate(parsed.expr, ctx);
    diags.push(...r.diagnostics);
    if (!hasErrors(diags)) io.out(`${printableValue(r.value)}\n`);
  }
  const sources = new Map([[INPUT, line]]);
  for (const d of diags) io.err(formatDiagnostic(d, sources));
  return !hasErrors(diags);
}

export async function consoleCommand(argv: string[], io: CommandIo): Promise<number> {
  const ctx = await contextFor(argv, io);
  if (!ctx) return 1;
  if (io.stdinIsTTY ?? process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
    rl.prompt();
    for await (const line of rl) {
      if (line.trim() === 'exit') break;
      if (line.trim() !== '') await evalLine(line, ctx, io);
      rl.prompt();
    }
    rl.close();
    return 0;
  }
  let ok = true;
  for (const line of readStdin(io).split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (line.trim() === 'exit') break;
    ok = (await evalLine(line, ctx, io)) && ok;
  }
  return ok ? 0 : 1;
}

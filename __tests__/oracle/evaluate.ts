// Evaluates one battery entry the way `repack console` does (src/cli/console-command.ts): parse, evaluate with the
// standard functions, var/local/path/packer in scope. Template and JSON-syntax entries use the parsers HCL files use.
import { join } from 'node:path';
import { hasErrors, type Diagnostic } from '../../src/hcl/diagnostics.js';
import { evaluate, type EvalContext } from '../../src/hcl/eval/evaluate.js';
import type { Expression } from '../../src/hcl/syntax/expression.js';
import { standardFunctions } from '../../src/hcl/functions/index.js';
import { jsonExpression } from '../../src/hcl/json/body.js';
import { parseJson } from '../../src/hcl/json/parser.js';
import { parseExpressionText, parseTemplateText } from '../../src/hcl/syntax/parser.js';
import { rangeText } from '../../src/hcl/position.js';
import { V, type Value } from '../../src/hcl/value/value.js';
import { PACKER_COMPAT_VERSION } from '../../src/version.js';
import { consolePlaceholders, packerObject } from '../../src/config/packer-object.js';

export type Mode = 'expr' | 'template' | 'json';

export const oracleDir = join(process.cwd(), '__fixtures__', 'hcl', 'oracle');
export const filesDir = join(oracleDir, 'files');

const INPUT = '<console-input>';

/** On failure, the first error and where it is, as HCL prints a range without its file name: "line,col-…". */
export type Outcome = { ok: true; value: Value } | { ok: false; summary: string; detail?: string; range?: string };

function parse(mode: Mode, src: string): { expr: Expression; diagnostics: Diagnostic[] } {
  if (mode === 'expr') return parseExpressionText(src, INPUT);
  if (mode === 'template') return parseTemplateText(src, INPUT);
  const json = parseJson(src, INPUT);
  const diagnostics = [...json.diagnostics];
  const expr = jsonExpression(json.value, diagnostics);
  return { expr, diagnostics };
}

export function evaluateEntry(mode: Mode, src: string, ctx: EvalContext): Outcome {
  const parsed = parse(mode, src);
  const diags: Diagnostic[] = [...parsed.diagnostics];
  if (!hasErrors(diags)) {
    const r = evaluate(parsed.expr, ctx);
    diags.push(...r.diagnostics);
    if (!hasErrors(diags)) return { ok: true, value: r.value };
  }
  const first = diags.find((d) => d.severity === 'error');
  const range = first?.range ? rangeText(first.range).slice(first.range.file.length + 1) : undefined;
  return { ok: false, summary: first?.summary ?? '', detail: first?.detail, range };
}

/** The console's scope with `vars` (name → HCL source, evaluated first with the functions alone) as `var`. */
export function consoleContext(vars: Record<string, string>): EvalContext {
  const functions = standardFunctions({ baseDir: filesDir, cwd: filesDir });
  const bare: EvalContext = { variables: {}, functions };
  const values: Record<string, Value> = {};
  for (const [name, src] of Object.entries(vars)) {
    const r = evaluateEntry('expr', src, bare);
    if (!r.ok) throw new Error(`battery variable ${name} does not evaluate: ${r.summary}`);
    values[name] = r.value;
  }
  return {
    variables: {
      path: V.object({ cwd: V.string(filesDir), root: V.string(filesDir) }),
      packer: packerObject(PACKER_COMPAT_VERSION),
      ...consolePlaceholders(),
      var: V.object(values),
      local: V.object({}),
    },
    functions,
  };
}

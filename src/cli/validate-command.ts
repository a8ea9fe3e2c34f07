// `repack validate [options] TEMPLATE`: every diagnostic of the template at once, as text with source lines or
// as Packer's JSON (-json); -syntax-only stops after parsing.
import { diagnosticsToJSON } from '../hcl/format/diagnostic-text.js';
import { hasErrors } from '../hcl/diagnostics.js';
import { prepareTemplate } from '../pipeline/prepare.js';
import { parseArgs, type Flags } from './args.js';
import { Masker } from '../pipeline/secret-mask.js';
import { printDiagnostics, templateArg, templateInputs, VAR_FLAGS } from './template-flags.js';
import type { CommandIo } from './command-io.js';

export const VALIDATE_FLAGS: Flags = {
  ...VAR_FLAGS,
  'syntax-only': { kind: 'bool', description: 'Only check the syntax; do not evaluate variables or builds.' },
  json: { kind: 'bool', description: 'Write the diagnostics as JSON to stdout (Packer/Terraform shape).' },
  color: { kind: 'bool', description: 'Colour the output (default true on a terminal).' },
};

export async function validateCommand(argv: string[], unmasked: CommandIo): Promise<number> {
  const masker = new Masker();
  const io: CommandIo = { ...unmasked, out: masker.wrap(unmasked.out), err: masker.wrap(unmasked.err) };
  const p = parseArgs(argv, VALIDATE_FLAGS);
  const template = templateArg(p, 'validate', VALIDATE_FLAGS);
  const v = p.values;
  const color = v.color === undefined ? io.isTTY : v.color === true;
  const prepared = await prepareTemplate({ ...templateInputs(template, v, io, masker), syntaxOnly: v['syntax-only'] === true });
  if (v.json === true)
    unmasked.out(
      `${JSON.stringify(masker.applyDeep({ valid: !hasErrors(prepared.diagnostics), error_count: prepared.diagnostics.filter((d) => d.severity === 'error').length, warning_count: prepared.diagnostics.filter((d) => d.severity === 'warning').length, diagnostics: diagnosticsToJSON(prepared.diagnostics, prepared.sources) }), null, 2)}\n`,
    );
  else printDiagnostics(io, prepared.diagnostics, prepared.sources, color);
  if (hasErrors(prepared.diagnostics)) return 1;
  if (v.json === true) return 0;
  io.out(v['syntax-only'] === true ? 'Syntax-only check passed. Everything looks okay.\n' : 'The configuration is valid.\n');
  return 0;
}

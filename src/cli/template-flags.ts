// What `build` and `validate` share: the template argument, the variables (-var, -var-file) and -only/-except
// flags, and printing diagnostics with their source lines.
import { formatDiagnostic } from '../hcl/format/diagnostic-text.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { PrepareOptions } from '../pipeline/prepare.js';
import { commaList, splitVar, usage, UsageError, type Flags, type ParsedArgs } from './args.js';
import type { Masker } from '../pipeline/secret-mask.js';
import type { CommandIo } from './command-io.js';

export const VAR_FLAGS: Flags = {
  var: { kind: 'list', description: 'Variable for the template, name=value (repeatable).' },
  'var-file': { kind: 'list', description: 'HCL file with variable values (repeatable).' },
  only: { kind: 'list', description: 'Build only builds matching these names (globs, comma separated).' },
  except: { kind: 'list', description: 'Build all builds except those matching these names.' },
};

export function printDiagnostics(io: CommandIo, diags: Diagnostic[], sources: Map<string, string>, color: boolean): void {
  for (const d of diags) io.err(`${formatDiagnostic(d, sources, { color })}\n`);
}

export function templateArg(p: ParsedArgs, command: string, flags: Flags): string {
  if (p.positional.length !== 1) throw new UsageError(`${command} takes exactly one template path\n\n${usage(command, '[options] TEMPLATE', flags)}`);
  return p.positional[0];
}

/** What `build` and `validate` share: the template, its variables (-var, -var-file) and -only/-except. */
export function templateInputs(template: string, v: ParsedArgs['values'], io: CommandIo, masker: Masker): PrepareOptions {
  return {
    template,
    cwd: io.cwd,
    env: io.env,
    vars: (v.var as string[]).map(splitVar),
    varFiles: v['var-file'] as string[],
    only: commaList(v.only as string[]),
    except: commaList(v.except as string[]),
    onSensitive: masker.add,
  };
}

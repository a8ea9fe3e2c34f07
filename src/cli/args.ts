// Packer's flag syntax (Go's flag package): -name value, -name=value, --name=value; booleans as -name or
// -name=false; repeatable flags collect in order; flags end at the first argument that is not one, or at "--".
// -h, -help and --help ask for the command's help (HelpRequested), as Packer's commands take them.
import { HelpRequested } from './help.js';

export interface FlagSpec {
  kind: 'bool' | 'string' | 'list';
  description: string;
}

export type Flags = Record<string, FlagSpec>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[]>;
  positional: string[];
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: string[], flags: Flags): ParsedArgs {
  const values: ParsedArgs['values'] = {};
  const positional: string[] = [];
  for (const [name, spec] of Object.entries(flags)) if (spec.kind === 'list') values[name] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const spec = flags[name];
    if (!spec && (name === 'h' || name === 'help') && eq < 0) throw new HelpRequested(flags);
    if (!spec) throw new UsageError(`flag provided but not defined: -${name}`);
    let value: string | undefined = eq >= 0 ? body.slice(eq + 1) : undefined;
    if (spec.kind === 'bool') {
      if (value !== undefined && !/^(true|false|1|0|t|f|TRUE|FALSE|True|False)$/.test(value)) {
        throw new UsageError(`invalid boolean value "${value}" for -${name}`);
      }
      values[name] = value === undefined || /^(true|1|t)$/i.test(value);
      continue;
    }
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`flag needs an argument: -${name}`);
      value = argv[++i];
    }
    if (spec.kind === 'list') (values[name] as string[]).push(value);
    else values[name] = value;
  }
  positional.push(...argv.slice(i));
  return { values, positional };
}

/** "a,b" and repeated flags both make lists, as Packer's -only/-except do. */
export function commaList(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** "-var name=value" */
export function splitVar(raw: string): [string, string] {
  const eq = raw.indexOf('=');
  if (eq <= 0) throw new UsageError(`invalid value "${raw}" for flag -var: must be name=value`);
  return [raw.slice(0, eq).trim(), raw.slice(eq + 1)];
}

export function usage(command: string, synopsis: string, flags: Flags): string {
  const lines = Object.entries(flags).map(([name, f]) => `  -${name}${f.kind === 'bool' ? '' : '=…'}`.padEnd(28) + f.description);
  return `Usage: repack ${command} ${synopsis}\n\nOptions:\n\n${lines.join('\n')}\n`;
}

// `repack fmt [-check] [-diff] [-write=true] [-recursive] [TEMPLATE|-]`: rewrites *.pkr.hcl and *.pkrvars.hcl files
// in the canonical layout, as `packer fmt` does (JSON files are left alone). Prints the name of each file that
// changed; `-check` writes nothing and exits 3 when a file would change; `-` formats standard input to stdout.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatDiagnostic } from '../hcl/format/diagnostic-text.js';
import { formatHcl } from '../hcl/format/canonical-layout.js';
import { parseFile } from '../hcl/syntax/parser.js';
import { parseArgs, usage, UsageError, type Flags } from './args.js';
import { readStdin, type CommandIo } from './command-io.js';
import { unifiedDiff } from './diff.js';

export const FLAGS: Flags = {
  check: { kind: 'bool', description: 'Check if the input is formatted. Exit status is 3 if a file would change, 0 if none would.' },
  diff: { kind: 'bool', description: 'Display diffs of formatting changes.' },
  write: { kind: 'bool', description: 'Write the result to the source file instead of stdout (default true; false with -check).' },
  recursive: { kind: 'bool', description: 'Also process files in subdirectories.' },
};

function isHclFile(name: string): boolean {
  return name.endsWith('.pkr.hcl') || name.endsWith('.pkrvars.hcl');
}

function collect(abs: string, shown: string, recursive: boolean, out: [string, string][]): void {
  for (const name of readdirSync(abs).sort()) {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) {
      if (recursive) collect(path, join(shown, name), recursive, out);
    } else if (isHclFile(name)) out.push([path, join(shown, name)]);
  }
}

export function fmtCommand(argv: string[], io: CommandIo): number {
  const { values, positional } = parseArgs(argv, FLAGS);
  if (positional.length > 1) throw new UsageError(`fmt takes at most one path\n\n${usage('fmt', '[options] [TEMPLATE]', FLAGS)}`);
  const target = positional[0] ?? '.';
  const check = values.check === true;
  const write = !check && values.write !== false;
  const showDiff = values.diff === true;
  let files: [string, string][] = [];
  if (target !== '-') {
    const abs = resolve(io.cwd, target);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      io.err(`Error: No file or directory at ${target}.\n`);
      return 1;
    }
    if (isDir) collect(abs, target, values.recursive === true, files);
    else files = [[abs, target]];
  }
  let changed = 0;
  let failed = false;
  const formatText = (text: string, shown: string): string | undefined => {
    const parsed = parseFile(text, shown);
    if (parsed.diagnostics.some((d) => d.severity === 'error')) {
      const sources = new Map([[shown, text]]);
      for (const d of parsed.diagnostics) io.err(formatDiagnostic(d, sources));
      failed = true;
      return undefined;
    }
    return formatHcl(text);
  };
  if (target === '-') {
    const text = readStdin(io);
    const formatted = formatText(text, '<stdin>');
    if (formatted === undefined) return 1;
    if (formatted !== text) changed++;
    if (showDiff && formatted !== text) io.out(unifiedDiff('<stdin>', text, formatted));
    else if (!check) io.out(formatted);
    return check && changed > 0 ? 3 : 0;
  }
  for (const [abs, shown] of files) {
    const text = readFileSync(abs, 'utf8');
    const formatted = formatText(text, shown);
    if (formatted === undefined || formatted === text) continue;
    changed++;
    io.out(`${shown}\n`);
    if (showDiff) io.out(unifiedDiff(shown, text, formatted));
    if (write) writeFileSync(abs, formatted);
  }
  if (failed) return 1;
  return check && changed > 0 ? 3 : 0;
}

// Diagnostics for people (HCL/Packer's text layout plus a caret line under the range) and for machines (the JSON
// shape Terraform and Packer use for `-json` diagnostics).
import type { Diagnostic, Range } from '../diagnostics.js';
import { parseFile } from '../syntax/parser.js';
import { graphemes } from '../graphemes.js';

export interface FormatOptions {
  color?: boolean;
}

const ansi = { bold: '\x1b[1m', red: '\x1b[31m', yellow: '\x1b[33m', underline: '\x1b[4m', reset: '\x1b[0m' };

/** The top-level block a position lies in, as HCL names it: `build`, `source "docker" "ubuntu"`. */
function contextString(text: string, file: string, offset: number): string {
  if (file.endsWith('.json')) return '';
  const { file: parsed } = parseFile(text, file);
  for (const item of parsed.body.items) {
    if (item.kind !== 'block') continue;
    if (item.range.start.offset <= offset && offset < item.range.end.offset) {
      return [item.type, ...item.labels.map((l) => JSON.stringify(l))].join(' ');
    }
  }
  return '';
}

function sourceLine(text: string, line: number): string | undefined {
  const lines = text.split(/\r?\n/);
  return line >= 1 && line <= lines.length ? lines[line - 1] : undefined;
}

function caretLine(lineText: string, range: Range, prefixWidth: number): string {
  const chars = graphemes(lineText);
  const startCol = range.start.column;
  const endCol = range.end.line === range.start.line ? range.end.column : chars.length + 1;
  const lead = chars
    .slice(0, startCol - 1)
    .map((c) => (c === '\t' ? '\t' : ' '))
    .join('');
  const width = Math.max(1, Math.min(endCol, chars.length + 1) - startCol);
  return ' '.repeat(prefixWidth) + lead + '^'.repeat(width);
}

export function formatDiagnostic(d: Diagnostic, sources: Map<string, string>, opts: FormatOptions = {}): string {
  const color = opts.color === true;
  const label = d.severity === 'error' ? 'Error' : 'Warning';
  const head = color
    ? `${ansi.bold}${d.severity === 'error' ? ansi.red : ansi.yellow}${label}: ${ansi.reset}${ansi.bold}${d.summary}${ansi.reset}`
    : `${label}: ${d.summary}`;
  const out = [head, ''];
  const r = d.range;
  const text = r ? sources.get(r.file) : undefined;
  if (r) {
    const context = text !== undefined ? contextString(text, r.file, r.start.offset) : '';
    out.push(`  on ${r.file} line ${r.start.line}${context ? `, in ${context}` : ''}:`);
    const lineText = text !== undefined ? sourceLine(text, r.start.line) : undefined;
    if (lineText !== undefined) {
      const prefix = `  ${r.start.line}: `;
      if (color) {
        const chars = graphemes(lineText);
        const s = r.start.column - 1;
        const e = r.end.line === r.start.line ? r.end.column - 1 : chars.length;
        out.push(prefix + chars.slice(0, s).join('') + ansi.underline + chars.slice(s, e).join('') + ansi.reset + chars.slice(e).join(''));
      } else out.push(prefix + lineText);
      out.push(caretLine(lineText, r, prefix.length));
    }
    out.push('');
  }
  if (d.detail) out.push(d.detail);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export interface JsonPos {
  line: number;
  column: number;
  byte: number;
}

export interface JsonDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail: string;
  range?: { filename: string; start: JsonPos; end: JsonPos };
  snippet?: { context: string | null; code: string; start_line: number };
}

/** Terraform/Packer's machine-readable diagnostic shape, with the source line as a snippet when it is known. */
export function diagnosticsToJSON(diags: readonly Diagnostic[], sources: Map<string, string> = new Map()): JsonDiagnostic[] {
  return diags.map((d) => {
    const out: JsonDiagnostic = { severity: d.severity, summary: d.summary, detail: d.detail ?? '' };
    const r = d.range;
    if (r) {
      out.range = {
        filename: r.file,
        start: { line: r.start.line, column: r.start.column, byte: r.start.offset },
        end: { line: r.end.line, column: r.end.column, byte: r.end.offset },
      };
      const text = sources.get(r.file);
      const code = text !== undefined ? sourceLine(text, r.start.line) : undefined;
      if (text !== undefined && code !== undefined) {
        const context = contextString(text, r.file, r.start.offset);
        out.snippet = { context: context || null, code, start_line: r.start.line };
      }
    }
    return out;
  });
}

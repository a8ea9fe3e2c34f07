// Diagnostics are collected, not thrown (docs/architecture.md, Diagnostics). Positions are 1-based lines and columns (columns count
// characters as HCL does) plus a 0-based byte offset into the file's text.

export interface Pos {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  file: string;
  start: Pos;
  end: Pos;
}

export type Severity = 'error' | 'warning';

/**
 * What kind of problem a diagnostic reports, for code that must tell kinds apart (a variables file turns an unknown
 * variable into "Variables not allowed"); the summary is for people and may be reworded.
 */
export type DiagnosticCode = 'unknown-variable' | 'unknown-function' | 'variables-not-allowed' | 'functions-not-allowed';

export interface Diagnostic {
  severity: Severity;
  summary: string;
  detail?: string;
  range?: Range;
  code?: DiagnosticCode;
}

export function error(summary: string, detail?: string, range?: Range): Diagnostic {
  return { severity: 'error', summary, detail, range };
}

export function warning(summary: string, detail?: string, range?: Range): Diagnostic {
  return { severity: 'warning', summary, detail, range };
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

/** Drops repeats of the same diagnostic (a body evaluated once per build reports its problem once). */
export function uniqueDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const r = d.range;
    const key = `${d.severity}\0${d.summary}\0${d.detail ?? ''}\0${r ? `${r.file}:${r.start.offset}-${r.end.offset}` : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Diagnostics → the log (in full, with a source snippet) and annotations at file:line:col. GitHub shows at most 10
// error and 10 warning annotations per step; the failure message core.setFailed adds is one of the 10 errors, so
// 9 diagnostics are annotated and the rest are only in the log.
import path from 'node:path';
import * as core from './workflow-commands.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import { formatDiagnostic } from '../hcl/format/diagnostic-text.js';
import type { BuildResult } from '../plugin/result.js';
import { blockContext } from '../plugin/build-error.js';

export const ANNOTATIONS_PER_STEP = 10;
export const ERROR_DIAGNOSTIC_ANNOTATIONS = ANNOTATIONS_PER_STEP - 1;

/** Annotation paths are relative to the repository root (GITHUB_WORKSPACE); diagnostics are relative to `cwd`. */
export function workspacePath(file: string, cwd: string, workspace: string | undefined): string {
  const abs = path.resolve(cwd, file);
  if (!workspace) return path.relative(cwd, abs) || file;
  const rel = path.relative(workspace, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

function properties(d: Diagnostic, cwd: string, workspace: string | undefined): core.AnnotationProperties {
  const props: core.AnnotationProperties = { title: d.summary };
  if (!d.range) return props;
  return {
    ...props,
    file: workspacePath(d.range.file, cwd, workspace),
    startLine: d.range.start.line,
    startColumn: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
  };
}

export interface Reported {
  errors: number;
  warnings: number;
  annotatedErrors: number;
}

export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  sources: Map<string, string>,
  cwd: string,
  workspace: string | undefined = process.env.GITHUB_WORKSPACE,
): Reported {
  const r: Reported = { errors: 0, warnings: 0, annotatedErrors: 0 };
  for (const d of diagnostics) core.info(formatDiagnostic(d, sources, { color: false }));
  for (const d of diagnostics) {
    const message = d.detail ?? d.summary;
    if (d.severity === 'error') {
      if (r.errors++ < ERROR_DIAGNOSTIC_ANNOTATIONS) core.error(message, properties(d, cwd, workspace));
    } else if (r.warnings++ < ANNOTATIONS_PER_STEP) {
      core.warning(message, properties(d, cwd, workspace));
    }
  }
  r.annotatedErrors = Math.min(r.errors, ERROR_DIAGNOSTIC_ANNOTATIONS);
  if (r.errors > r.annotatedErrors) {
    core.info(`${r.errors - r.annotatedErrors} more errors are in the log above but not annotated (GitHub shows ${ANNOTATIONS_PER_STEP} per step).`);
  }
  return r;
}

/**
 * A build that failed in a template block (a provisioner, a post-processor) is annotated at the block's first line,
 * as a configuration error is at its range; other failures are only in the log and the step's failure message.
 */
export function annotateBuildFailures(results: readonly BuildResult[], cwd: string, workspace: string | undefined = process.env.GITHUB_WORKSPACE): number {
  let annotated = 0;
  for (const r of results) {
    for (const f of r.failures ?? []) {
      if (!f.block || f.code === 'cancelled' || annotated >= ERROR_DIAGNOSTIC_ANNOTATIONS) continue;
      const at = f.platform ? ` (${f.platform})` : '';
      core.error(f.message, {
        title: `Build '${r.name}' errored in ${blockContext(f.block)}${at}`,
        file: workspacePath(f.block.range.file, cwd, workspace),
        startLine: f.block.range.start.line,
      });
      annotated++;
    }
  }
  return annotated;
}

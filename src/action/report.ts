// What a run ends with, outside any log group: Packer's closing lines, and the one-line reason a step failed.
import * as core from './workflow-commands.js';
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { BuildResult } from '../plugin/result.js';

/** A build name on one line: names come from template labels, which may hold any character. */
export function oneLine(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** `--> build: text`, the prefix repeated on every line of a multi-line text (an error from a registry). */
function closingLines(name: string, text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => `--> ${oneLine(name)}: ${line}`);
}

export function printClosing(results: readonly BuildResult[]): void {
  const failed = results.filter((r) => r.error !== undefined);
  if (failed.length > 0) {
    core.info("==> Some builds didn't complete successfully and had errors:");
    for (const r of failed) for (const line of closingLines(r.name, r.error ?? '')) core.info(line);
  }
  const artifacts = results.filter((r) => r.error === undefined).flatMap((r) => r.artifacts.flatMap((a) => closingLines(r.name, a.description)));
  if (artifacts.length === 0) {
    core.info('==> Builds finished but no artifacts were created.');
    return;
  }
  core.info('==> Builds finished. The artifacts of successful builds are:');
  for (const line of artifacts) core.info(line);
}

function where(d: Diagnostic): string {
  return d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}: ` : '';
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

/** Why the step fails, in one line; undefined when it succeeds. */
export function failureReason(diagnostics: readonly Diagnostic[], results: readonly BuildResult[], cancelled: boolean): string | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 1) {
    const d = errors[0];
    return firstLine(`${where(d)}${d.summary}${d.detail ? `: ${d.detail}` : ''}`);
  }
  if (errors.length > 1) return `The template has ${errors.length} errors; the first: ${firstLine(where(errors[0]) + errors[0].summary)}`;
  if (cancelled) return 'The build was cancelled.';
  const failed = results.filter((r) => r.error !== undefined);
  if (failed.length === 1 && results.length === 1) return firstLine(`Build '${failed[0].name}' errored: ${failed[0].error ?? ''}`);
  if (failed.length > 0) return `${failed.length} of ${results.length} builds failed: ${failed.map((r) => r.name).join(', ')}`;
  return undefined;
}

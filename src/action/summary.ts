// The job summary: one table row per build. GitHub rejects a step summary over 1 MiB, so rows that would pass
// the limit are left out and counted instead.
import { appendFile } from 'node:fs/promises';
import type { Diagnostic } from '../hcl/diagnostics.js';
import type { BuildResult } from '../plugin/result.js';
import { secrets } from './workflow-commands.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const FOOTER_RESERVE_BYTES = 256;
const LISTED_DIAGNOSTICS = 20;

// Any character markdown, GitHub's autolinks or HTML could act on is written as a numeric character reference: the
// renderer shows it as text and parses nothing from it (no `<img>`, link, emphasis, `</table>` or `|` from an error
// message). Line breaks become <br>, the only markup a table cell can hold for them.
const ACTIVE = /[!"#$%&'()*+.:;<=>?@[\\\]^_`{|}~]/g;

export function markdownText(text: string): string {
  return text.replace(ACTIVE, (c) => `&#${c.charCodeAt(0)};`).replace(/\r\n|\r|\n/g, '<br>');
}

/** A build's time in the job summary's table: tenths of a second below a minute ("12.3s"), then "4m 05s". */
export function shortDuration(ms: number): string {
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

type Mask = (text: string) => string;

/**
 * A multi-platform build's platforms: those of its index when it pushed one; otherwise (a failed leg, or pushed by
 * digest) each platform with its outcome and its image (manifest digest, or image ID when nothing was pushed).
 */
function platforms(r: BuildResult, code: (text: string) => string): string {
  const list = r.platforms ?? [];
  if (r.error === undefined && r.digests.length > 0 && r.digests.every((d) => d.platform === undefined))
    return `<br>index of ${list.map((p) => code(p.platform)).join(', ')}`;
  return list
    .map((p) => {
      const image = p.digests[0]?.digest ?? p.imageId;
      return `<br>${code(p.platform)} ${p.error === undefined ? `✅${image ? ` ${code(image)}` : ''}` : '❌'}`;
    })
    .join('');
}

function row(r: BuildResult, mask: Mask): string {
  const cell = (text: string): string => markdownText(mask(text));
  const code = (text: string): string => `<code>${cell(text)}</code>`;
  const status = r.error === undefined ? '✅' : `❌ ${cell(r.error)}`;
  const digest = r.digests[0]?.digest;
  return [
    '',
    `${code(r.name)} ${status}${r.platforms ? platforms(r, code) : ''}`,
    r.tags.map(code).join('<br>'),
    digest ? code(digest) : '',
    shortDuration(r.durationMs),
    `${r.cache.hits}/${r.cache.steps}`,
    '',
  ]
    .join(' | ')
    .trim();
}

function location(d: Diagnostic): string {
  return d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}: ` : '';
}

export function renderSummary(
  results: readonly BuildResult[],
  diagnostics: readonly Diagnostic[] = [],
  limit = SUMMARY_LIMIT_BYTES,
  mask: Mask = (text) => text,
): string {
  const parts: string[] = ['## repack build\n'];
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    parts.push(`The template has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was built.\n`);
    for (const d of errors.slice(0, LISTED_DIAGNOSTICS)) parts.push(`- ${markdownText(mask(location(d) + d.summary))}`);
    if (errors.length > LISTED_DIAGNOSTICS) parts.push(`- … and ${errors.length - LISTED_DIAGNOSTICS} more (see the log)`);
    return `${parts.join('\n')}\n`;
  }
  parts.push('| Build | Tags | Digest | Duration | Cached steps |', '| --- | --- | --- | --- | ---: |');
  let size = Buffer.byteLength(parts.join('\n'));
  let shown = 0;
  for (const r of results) {
    const line = row(r, mask);
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > limit - FOOTER_RESERVE_BYTES) break;
    parts.push(line);
    size += bytes;
    shown++;
  }
  if (shown < results.length) parts.push(`\n… and ${results.length - shown} more builds, left out to keep the summary under 1 MiB.`);
  return `${parts.join('\n')}\n`;
}

/** Appends the summary when the runner gives a summary file; does nothing elsewhere. */
export async function writeSummary(results: readonly BuildResult[], diagnostics: readonly Diagnostic[]): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(
    file,
    renderSummary(results, diagnostics, SUMMARY_LIMIT_BYTES, (text) => secrets.apply(text)),
    'utf8',
  );
}

// The engine's entry: prepare the template, and when it is valid, run its builds.
import { resolve } from 'node:path';
import { leafStrings } from '../config/variables.js';
import { hasErrors } from '../hcl/diagnostics.js';
import type { Value } from '../hcl/value.js';
import type { RunOptions, RunOutcome } from './options.js';
import { prepareTemplate } from './prepare.js';
import { runBuilds } from './runner.js';

/** The leaves of a value that are marked sensitive, however deep the mark. */
function sensitiveLeaves(v: Value): string[] {
  if (v.sensitive) return leafStrings(v);
  switch (v.kind) {
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.flatMap(sensitiveLeaves);
    case 'map':
    case 'object':
      return Object.values(v.attrs).flatMap(sensitiveLeaves);
    default:
      return [];
  }
}

export async function runTemplate(o: RunOptions): Promise<RunOutcome> {
  // Every sensitive value, for the cache keys of the steps that read one (src/cache/private-keys.ts).
  const sensitive = new Set<string>();
  const onSensitive = (value: string): void => {
    sensitive.add(value);
    o.onSensitive?.(value);
  };
  const p = await prepareTemplate({ ...o, onSensitive });
  if (hasErrors(p.diagnostics)) return { diagnostics: p.diagnostics, sources: p.sources, results: [] };
  for (const v of [...Object.values(p.values?.var ?? {}), ...Object.values(p.values?.local ?? {})]) sensitiveLeaves(v).forEach((s) => sensitive.add(s));
  o.onPrepared?.();
  // Loaded only when something runs: `validate` and bad templates never pay for the Docker client's start-up.
  const driver = o.driver ?? (await import('../docker/connect.js')).connectDocker(o.env ?? process.env);
  const results = await runBuilds(p.builds, {
    driver,
    ui: o.ui,
    signal: o.signal ?? new AbortController().signal,
    parallelBuilds: o.parallelBuilds ?? 0,
    onError: o.onError ?? 'cleanup',
    ask: o.ask,
    push: o.push ?? true,
    onResource: o.onResource,
    containerLabels: o.containerLabels,
    cache: o.cache ? { ...o.cache, sensitive } : undefined,
    cwd: resolve(o.cwd ?? process.cwd()),
  });
  return { diagnostics: p.diagnostics, sources: p.sources, results };
}

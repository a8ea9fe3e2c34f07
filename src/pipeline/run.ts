// The engine's entry: prepare the template, and when it is valid, run its builds.
import { resolve } from 'node:path';
import { hasErrors } from '../hcl/diagnostics.js';
import type { RunOptions, RunOutcome } from './options.js';
import { prepareTemplate } from './prepare.js';
import { runBuilds } from './runner.js';

export async function runTemplate(o: RunOptions): Promise<RunOutcome> {
  const p = await prepareTemplate(o);
  if (hasErrors(p.diagnostics)) return { diagnostics: p.diagnostics, sources: p.sources, results: [] };
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
    cache: o.cache,
    cwd: resolve(o.cwd ?? process.cwd()),
  });
  return { diagnostics: p.diagnostics, sources: p.sources, results };
}

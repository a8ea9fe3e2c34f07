// The engine's entry: prepare the template, and when it is valid, run its builds.
import { resolve } from 'node:path';
import { leafStrings } from '../config/variables.js';
import { hasErrors } from '../hcl/diagnostics.js';
import type { Value } from '../hcl/value/value.js';
import type { RunOptions, RunOutcome } from './options.js';
import { addTagsAndLabels } from './extra-tags.js';
import { currentOwner, OWNER_LABEL } from '../cleanup/owner.js';
import { reapDeadRuns } from '../cleanup/reap.js';
import { prepareTemplate } from './prepare.js';
import { runBuilds } from './run-builds.js';
import { IndexCollector, type IndexOutcome } from '../plugin/image-index.js';
import type { PlannedBuild } from '../builders/docker/planned-build.js';
import type { BuildResult } from '../plugin/result.js';
import { combineLegs, platformLegs } from './legs.js';

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

/** Pushed by digest: each build's digests are its platforms' manifests, and no index is pushed. */
function platformDigests(builds: PlannedBuild[], results: BuildResult[]): Map<string, IndexOutcome> {
  const out = new Map<string, IndexOutcome>();
  builds.forEach((b, i) => {
    if (!b.leg) return;
    const outcome = out.get(b.leg.of) ?? { digests: [], artifacts: [], errors: [] };
    outcome.digests.push(...results[i].digests);
    out.set(b.leg.of, outcome);
  });
  return out;
}

export async function runTemplate(o: RunOptions): Promise<RunOutcome> {
  // Every sensitive value, for the cache keys of the steps that read one (src/cache/private-keys.ts).
  const sensitive = new Set<string>();
  const onSensitive = (value: string): void => {
    sensitive.add(value);
    o.onSensitive?.(value);
  };
  const p = await prepareTemplate({ ...o, onSensitive });
  if (!hasErrors(p.diagnostics) && o.extra) p.diagnostics.push(...addTagsAndLabels(p.builds, o.extra));
  if (hasErrors(p.diagnostics)) return { diagnostics: p.diagnostics, sources: p.sources, results: [] };
  for (const v of [...Object.values(p.values?.var ?? {}), ...Object.values(p.values?.local ?? {})]) sensitiveLeaves(v).forEach((s) => sensitive.add(s));
  o.onPrepared?.();
  // Loaded only when something runs: `validate` and bad templates never pay for the Docker client's start-up.
  const driver = o.driver ?? (await import('../docker/connect.js')).connectDocker(o.env ?? process.env);
  // What runs killed outright on this host left (containers, shell-local scripts and process groups) goes first.
  const reaped = await reapDeadRuns(driver);
  for (const id of reaped.containers) o.ui.say('cleanup', `Removed container ${id.slice(0, 12)} left by a run that was killed`);
  if (reaped.dirs.length > 0)
    o.ui.say('cleanup', `Removed ${reaped.dirs.length} temporary director${reaped.dirs.length === 1 ? 'y' : 'ies'} left by runs that were killed`);
  const platforms = o.platforms ?? [];
  const builds = platformLegs(p.builds, platforms, (build, m) => (o.ui.warning ? o.ui.warning(build, m) : o.ui.say(build, m)));
  const indexes = new IndexCollector();
  const results = await runBuilds(builds, {
    driver,
    ui: o.ui,
    signal: o.signal ?? new AbortController().signal,
    parallelBuilds: o.parallelBuilds ?? 0,
    onError: o.onError ?? 'cleanup',
    ask: o.ask,
    push: o.push ?? true,
    onResource: o.onResource,
    containerLabels: { ...o.containerLabels, [OWNER_LABEL]: currentOwner() },
    cache: o.cache ? { ...o.cache, sensitive } : undefined,
    cwd: resolve(o.cwd ?? process.cwd()),
    indexes,
  });
  if (!builds.some((b) => b.leg)) return { diagnostics: p.diagnostics, sources: p.sources, results };
  const legsOf = new Map<string, string[]>();
  const failed = new Set<string>();
  builds.forEach((b, i) => {
    if (!b.leg) return;
    legsOf.set(b.leg.of, [...(legsOf.get(b.leg.of) ?? []), b.leg.platform]);
    if (results[i].error !== undefined) failed.add(b.leg.of);
  });
  const pushed = o.pushByDigest ? platformDigests(builds, results) : await indexes.push(legsOf, failed, (build, m) => o.ui.say(build, m));
  return { diagnostics: p.diagnostics, sources: p.sources, results: combineLegs(results, builds, pushed) };
}

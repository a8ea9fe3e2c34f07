// Where a cold repack build spends its time, by Docker Engine API call: runs one workload's template in-process
// with a driver that times every call, and prints a markdown table (calls, total ms, share of the build's wall
// time; "engine (not in a Docker call)" is the rest: parsing, planning, tar-building, waiting between calls, and the
// scripts run in the build's shell session, which are requests on an exec stream already open, not calls).
// Usage: node --import ./__fixtures__/reliability/ts-register.mjs bench/profile-calls.ts DIR TEMPLATE
import { connectDocker } from '../src/docker/connect.js';
import type { Driver } from '../src/docker/driver.js';
import { runTemplate } from '../src/pipeline/run.js';
import { RecordingUi } from '../src/pipeline/ui.js';

export interface CallStats {
  calls: number;
  ms: number;
}

/** A Driver that forwards every call and adds its duration to `stats` (streams count until they are returned). */
export function timedDriver(inner: Driver, stats: Map<string, CallStats>): Driver {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          const s = stats.get(String(prop)) ?? { calls: 0, ms: 0 };
          s.calls++;
          s.ms += performance.now() - started;
          stats.set(String(prop), s);
        }
      };
    },
  });
}

async function main(): Promise<void> {
  const [dir, template] = process.argv.slice(2);
  const stats = new Map<string, CallStats>();
  const ui = new RecordingUi();
  const started = performance.now();
  const outcome = await runTemplate({ template, cwd: dir, ui, driver: timedDriver(connectDocker(), stats), cache: { noCache: true } });
  const wall = performance.now() - started;
  const failed =
    outcome.results.find((r) => r.error) ?? (outcome.diagnostics.find((d) => d.severity === 'error') ? { error: outcome.diagnostics[0].summary } : undefined);
  if (failed) throw new Error(`the build failed: ${failed.error}`);
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms);
  const inCalls = rows.reduce((n, [, s]) => n + s.ms, 0);
  const lines = [`| Docker call | calls | total ms | share of ${Math.round(wall)} ms |`, '|---|---|---|---|'];
  for (const [name, s] of rows) lines.push(`| ${name} | ${s.calls} | ${Math.round(s.ms)} | ${Math.round((100 * s.ms) / wall)} % |`);
  if (inCalls > wall * 1.05) lines.push(`| (the calls of parallel builds overlap: together ${Math.round(inCalls)} ms) | – | – | – |`);
  else {
    // Scripts sent to the build's shell session (execSession) run between Docker calls, so they land in the rest.
    const rest = stats.has('execSession') ? 'scripts in the shell session, and the engine' : 'engine (not in a Docker call)';
    const ms = Math.max(0, wall - inCalls);
    lines.push(`| ${rest} | – | ${Math.round(ms)} | ${Math.round((100 * ms) / wall)} % |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();

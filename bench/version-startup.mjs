// Wall time of `repack version` (node start, the CLI bundle loaded, one line printed), alternating between bundles
// so that each run of one has a run of the other beside it on a noisy machine; and its CPU time (user + system, GNU
// time), which a busy machine disturbs less than the wall clock.
// Usage: node bench/version-startup.mjs [runs=20] [DIST...]   (default: dist/; each DIST holds cli/index.js)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 20);
const dists = process.argv.length > 3 ? process.argv.slice(3) : [join(ROOT, 'dist')];

const times = new Map(dists.map((d) => [d, []]));
const cpu = new Map(dists.map((d) => [d, []]));
for (let i = 0; i < runs; i++) {
  for (const dist of dists) {
    const started = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, join(dist, 'cli', 'index.js'), 'version'], { encoding: 'utf8' });
    const ms = performance.now() - started;
    const [user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    if (r.status !== 0 || !r.stdout.startsWith('repack v')) {
      console.error(`${dist}: repack version failed:\n${r.stderr}`);
      process.exit(1);
    }
    times.get(dist).push(ms);
    cpu.get(dist).push((user + sys) * 1000);
  }
}
const median = (all) => [...all].sort((a, b) => a - b)[Math.floor(all.length / 2)];
for (const [dist, all] of times) {
  const sorted = [...all].sort((a, b) => a - b);
  const wall = `median ${median(all).toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms`;
  console.log(`${dist}: wall ${wall}; CPU median ${median(cpu.get(dist)).toFixed(0)} ms (${runs} runs, node ${process.version})`);
}

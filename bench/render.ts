// Renders docs/benchmarks.md again from a run's saved measurements (after editing bench/analysis.md), without
// running anything. Usage: node --import ./__fixtures__/reliability/ts-register.mjs bench/render.ts RESULTS.json [OUT]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resultsFromJson, writeReport } from './report.js';
import { WORKLOADS } from './workloads.js';

const ROOT = resolve(import.meta.dirname, '..');
const [input, out = join(ROOT, 'docs/benchmarks.md')] = process.argv.slice(2);
const notes = readFileSync(join(ROOT, 'bench/analysis.md'), 'utf8').split('\n');
writeReport(out, resultsFromJson(readFileSync(input, 'utf8'), WORKLOADS), notes);
console.error(`render: wrote ${out}`);

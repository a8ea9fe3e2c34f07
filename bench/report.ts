// Writes docs/benchmarks.md: medians, spreads and ratios of one run, peak RSS, targets, and where repack's time
// goes. A "## Caching" section someone else wrote in the file is kept as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Phases } from './profile.js';
import { mb, median, ms, ratio, spread } from './stats.js';
import type { Mode, Tool, Workload } from './workloads.js';

export interface Samples {
  ms: number[];
  rssKb: number[];
}

export interface Results {
  reps: number;
  machine: string;
  workloads: Workload[];
  /** workload → `${tool}:${mode}` → samples */
  samples: Map<string, Map<string, Samples>>;
  /** workload → phase → per-run ms (repack, cold) */
  profiles: Map<string, Map<string, number[]>>;
  startup: { version: number[]; validate: number[] };
  /** workload → markdown table of Docker calls in one cold build (bench/profile-calls.ts) */
  calls: Map<string, string>;
}

const TOOLS: Tool[] = ['repack', 'packer', 'raw', 'dockerfile'];
const LABEL: Record<Tool, string> = { repack: 'repack', packer: 'packer 1.6.6', raw: 'raw docker CLI', dockerfile: 'Dockerfile (classic)' };

function get(r: Results, w: string, tool: Tool, mode: Mode): Samples | undefined {
  return r.samples.get(w)?.get(`${tool}:${mode}`);
}

function cell(s: Samples | undefined): string {
  return s && s.ms.length > 0 ? `${ms(median(s.ms))} (${spread(s.ms)})` : 'n/a';
}

function med(s: Samples | undefined): number {
  return s ? median(s.ms) : NaN;
}

export function addPhases(into: Map<string, number[]>, p: Phases): void {
  for (const [k, v] of p) into.set(k, [...(into.get(k) ?? []), v]);
}

function coldTable(r: Results): string[] {
  const rows = [
    '| workload | ' +
      TOOLS.map((t) => LABEL[t]).join(' | ') +
      ' | repack mode=min | repack ÷ raw | mode=min ÷ raw | repack ÷ packer | repack ÷ Dockerfile | target ≤ 0.9× raw (repack / mode=min) |',
    '|---|' + TOOLS.map(() => '---|').join('') + '---|---|---|---|---|---|',
  ];
  for (const w of r.workloads) {
    const [rp, pk, raw, df] = TOOLS.map((t) => get(r, w.name, t, 'cold'));
    const min = get(r, w.name, 'repack', 'min');
    const ok = (s: Samples | undefined) => (med(s) <= 0.9 * med(raw) ? 'met' : Number.isFinite(med(raw)) && Number.isFinite(med(s)) ? '**missed**' : '–');
    rows.push(
      `| ${w.name} | ${[rp, pk, raw, df, min].map(cell).join(' | ')} | ${ratio(med(rp), med(raw))} | ${ratio(med(min), med(raw))} | ${ratio(med(rp), med(pk))} | ${ratio(med(rp), med(df))} | ${ok(rp)} / ${ok(min)} |`,
    );
  }
  return rows;
}

function warmTable(r: Results): string[] {
  const rows = [
    '| workload | repack warm | Dockerfile warm | raw docker CLI (no cache) | repack warm ÷ Dockerfile warm | repack warm ÷ raw | repack warm ÷ packer | repack warm ÷ repack cold |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const w of r.workloads) {
    const rw = get(r, w.name, 'repack', 'warm');
    const dw = get(r, w.name, 'dockerfile', 'warm');
    const raw = get(r, w.name, 'raw', 'cold');
    const rc = get(r, w.name, 'repack', 'cold');
    const pk = get(r, w.name, 'packer', 'cold');
    const ratios = [ratio(med(rw), med(dw)), ratio(med(rw), med(raw)), ratio(med(rw), med(pk)), ratio(med(rw), med(rc))];
    rows.push(`| ${w.name} | ${cell(rw)} | ${cell(dw)} | ${cell(raw)} | ${ratios.join(' | ')} |`);
  }
  return rows;
}

function rssTable(r: Results): string[] {
  const rows = ['| workload | repack cold | repack warm | packer | raw docker CLI (largest process) | repack ≤ 150 MB |', '|---|---|---|---|---|---|'];
  for (const w of r.workloads) {
    const peak = (t: Tool, m: Mode) => {
      const s = get(r, w.name, t, m);
      return s && s.rssKb.length ? Math.max(...s.rssKb) : NaN;
    };
    const worst = Math.max(peak('repack', 'cold'), peak('repack', 'warm'), peak('repack', 'min'));
    rows.push(
      `| ${w.name} | ${mb(peak('repack', 'cold'))} | ${mb(peak('repack', 'warm'))} | ${mb(peak('packer', 'cold'))} | ${mb(peak('raw', 'cold'))} | ${worst <= 150 * 1024 ? 'met' : '**missed**'} |`,
    );
  }
  return rows;
}

function profileTables(r: Results): string[] {
  const out: string[] = [];
  for (const w of r.workloads) {
    const p = r.profiles.get(w.name);
    if (!p || p.size === 0) continue;
    const total = median(get(r, w.name, 'repack', 'cold')?.ms ?? []);
    out.push(
      `**${w.name}** (repack cold, median ${ms(total)} ms; phases from output lines stamped on arrival, medians over ${r.reps} runs):`,
      '',
      '| phase | ms | share |',
      '|---|---|---|',
    );
    const rows = [...p].map(([k, v]) => [k, median(v)] as const).sort((a, b) => b[1] - a[1]);
    for (const [k, v] of rows)
      out.push(`| ${k.replace(/\|/g, '\\|')} | ${ms(v)} | ${Number.isFinite(total) && total > 0 ? `${Math.round((100 * v) / total)} %` : '–'} |`);
    out.push('');
    const calls = r.calls.get(w.name);
    if (calls) out.push('By Docker call, one more cold build run in-process with a timing driver:', '', calls.trimEnd(), '');
  }
  return out;
}

/** The "## Caching" and "## Multi-platform" sections of an existing file (their own scripts), each up to the next "## " heading. */
export function cachingSection(text: string): string | undefined {
  const found = [...text.matchAll(/^## (?:Caching|Multi-platform)\b[\s\S]*?(?=^## (?!#)|(?![\s\S]))/gm)].map((m) => m[0].trimEnd());
  return found.length > 0 ? found.join('\n\n') : undefined;
}

export function render(r: Results, notes: string[], keep?: string): string {
  const missing = r.workloads.flatMap((w) => Object.entries(w.missing ?? {}).map(([t, why]) => `- ${w.name}: no ${LABEL[t as Tool]} form — ${why}.`));
  return [
    '# Benchmarks',
    '',
    'Produced by `bench/run.sh` (one command: environment up, CLI bundled, every workload run by every tool,',
    `alternating, ${r.reps} runs each, cold and warm). Times are wall-clock milliseconds: median (min–max).`,
    'Compare ratios taken in the same run; the machine is shared and noisy.',
    '',
    `Machine: ${r.machine}`,
    '',
    '- **cold**: repack `build -no-cache` (every step runs, and is written to the cache, as a miss would be);',
    '  `docker build --no-cache`; packer and the raw docker script have no cache — their one form counts for both.',
    '- **mode=min**: repack `build -no-cache -cache-to type=local,mode=min`: every step runs and only the result is',
    '  kept as a cache image (no commit between steps; a repeat build still hits, see docs/caching.md).',
    '- **warm**: the same build again right after: repack with its step cache (on by default), `docker build` with',
    '  its layer cache. Base images are present locally in both (a pull only asks the registry).',
    '- repack runs as the bundled CLI (`node dist/cli/index.js`-equivalent, bundled from the current source).',
    '- Peak RSS: GNU time `%M` — the process itself for repack and packer, the largest docker CLI call for the script.',
    ...missing,
    '',
    '## Cold',
    '',
    ...coldTable(r),
    '',
    '## Warm',
    '',
    ...warmTable(r),
    '',
    '## Peak RSS (MB, largest of all runs)',
    '',
    ...rssTable(r),
    '',
    `CLI start-up alone: \`repack version\` ${ms(median(r.startup.version))} ms, \`repack validate\` of w1 ${ms(median(r.startup.validate))} ms (medians).`,
    '',
    '## Where repack spends its time',
    '',
    ...profileTables(r),
    ...notes,
    '',
    ...(keep ? [keep, ''] : []),
  ].join('\n');
}

export function writeReport(path: string, r: Results, notes: string[]): void {
  const keep = existsSync(path) ? cachingSection(readFileSync(path, 'utf8')) : undefined;
  writeFileSync(path, render(r, notes, keep));
}

interface ResultsJson {
  reps: number;
  machine: string;
  workloads: string[];
  samples: Record<string, Record<string, Samples>>;
  profiles: Record<string, Record<string, number[]>>;
  startup: Results['startup'];
  calls: Record<string, string>;
}

const toObject = <V>(m: Map<string, V>): Record<string, V> => Object.fromEntries(m);
const nested = <V>(m: Map<string, Map<string, V>>): Record<string, Record<string, V>> => Object.fromEntries([...m].map(([k, v]) => [k, toObject(v)]));
const toMaps = <V>(o: Record<string, Record<string, V>>): Map<string, Map<string, V>> =>
  new Map(Object.entries(o).map(([k, v]) => [k, new Map(Object.entries(v))]));

/** The measurements as JSON, so the report can be rendered again (bench/render.ts) after editing analysis.md. */
export function resultsToJson(r: Results): string {
  const json: ResultsJson = {
    reps: r.reps,
    machine: r.machine,
    workloads: r.workloads.map((w) => w.name),
    samples: nested(r.samples),
    profiles: nested(r.profiles),
    startup: r.startup,
    calls: toObject(r.calls),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function resultsFromJson(text: string, all: Workload[]): Results {
  const j = JSON.parse(text) as ResultsJson;
  return {
    reps: j.reps,
    machine: j.machine,
    workloads: all.filter((w) => j.workloads.includes(w.name)),
    samples: toMaps(j.samples),
    profiles: toMaps(j.profiles),
    startup: j.startup,
    calls: new Map(Object.entries(j.calls)),
  };
}

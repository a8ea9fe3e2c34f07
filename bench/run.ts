// The benchmark driver: every workload by every tool that has a form of it, alternating tools (rotated each round),
// cold then warm, N rounds, then docs/benchmarks.md. Run by bench/run.sh after the environment is up.
// Usage: node --import ./__fixtures__/reliability/ts-register.mjs bench/run.ts --cli PATH [--reps 5] [--only w1,shell20]
//        [--out docs/benchmarks.md]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, type Sample } from './measure.js';
import { phases } from './profile.js';
import { addPhases, type Results, resultsToJson, type Samples, writeReport } from './report.js';
import { type Mode, type Tool, WORKLOADS, type Workload } from './workloads.js';

const ROOT = resolve(import.meta.dirname, '..');

function flag(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const cli = resolve(flag('cli') ?? join(ROOT, 'dist/cli/index.js'));
const reps = Number(flag('reps', '5'));
const only = flag('only')?.split(',');
const out = resolve(flag('out') ?? join(ROOT, 'docs/benchmarks.md'));
const workloads = WORKLOADS.filter((w) => !only || only.includes(w.name));
const work = mkdtempSync(join(tmpdir(), 'repack-bench-'));
const retried: string[] = [];
const ENV = { CHECKPOINT_DISABLE: '1', PACKER_NO_COLOR: '1', DOCKER_CLI_HINTS: 'false' };
/** The node that runs repack: REPACK_NODE (e.g. dev-env's node 24, the action's runtime), else the one on PATH. */
const NODE = process.env.REPACK_NODE || 'node';

function command(w: Workload, tool: Tool, mode: Mode): string[] {
  switch (tool) {
    case 'repack':
      if (mode === 'min') return [NODE, cli, 'build', '-no-cache', '-cache-to', 'type=local,mode=min', w.templateFile];
      return [NODE, cli, 'build', ...(mode === 'cold' ? ['-no-cache'] : []), w.templateFile];
    case 'packer':
      return ['packer', 'build', '-force', w.packerFile ?? w.templateFile];
    case 'raw':
      return ['sh', 'raw-docker.sh'];
    case 'dockerfile':
      return ['sh', 'docker-build.sh', ...(mode === 'cold' ? ['--no-cache'] : [])];
  }
}

/** Only repack and docker build have a cache; the others run once per round and count for cold and warm. */
const modesOf = (tool: Tool): Mode[] => (tool === 'repack' ? ['cold', 'warm', 'min'] : tool === 'dockerfile' ? ['cold', 'warm'] : ['cold']);

/** One more cold repack build, in-process, with every Docker call timed (bench/profile-calls.ts). */
function profileCalls(dir: string, template: string): string {
  rmSync(join(dir, 'out'), { recursive: true, force: true });
  mkdirSync(join(dir, 'out'), { recursive: true });
  const register = join(ROOT, '__fixtures__/reliability/ts-register.mjs');
  try {
    return execFileSync('node', ['--import', register, join(ROOT, 'bench/profile-calls.ts'), dir, template], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e: unknown) {
    return `(profiling failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})\n`;
  }
}

function machine(): string {
  const v = (argv: string[]) => {
    try {
      return execFileSync(argv[0], argv.slice(1), { encoding: 'utf8' }).trim().split('\n')[0];
    } catch {
      return '?';
    }
  };
  return `${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB; Docker engine ${v(['docker', 'version', '-f', '{{.Server.Version}}'])}; repack on node ${NODE === 'node' ? process.version : execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()}; ${v(['packer', 'version'])}; ${new Date().toISOString().slice(0, 16)}Z`;
}

async function runOne(w: Workload, dir: string, tool: Tool, mode: Mode, tag: string): Promise<Sample> {
  rmSync(join(dir, 'out'), { recursive: true, force: true });
  mkdirSync(join(dir, 'out'), { recursive: true });
  const name = `${w.name}-${tool}-${mode}-${tag}`;
  // A run that fails or hangs (a stalled apt mirror, a busy shared machine) is tried once more, and counted.
  for (let attempt = 1; ; attempt++) {
    try {
      const s = await measure(command(w, tool, mode), {
        cwd: dir,
        env: ENV,
        logDir: join(work, 'logs'),
        name: attempt === 1 ? name : `${name}-retry`,
        timeoutMs: w.timeoutMs,
      });
      return s;
    } catch (e: unknown) {
      if (attempt >= 2) throw e;
      retried.push(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      console.error(`bench: ${retried[retried.length - 1]}; trying once more`);
    }
  }
}

async function main(): Promise<void> {
  mkdirSync(join(work, 'logs'), { recursive: true });
  console.error(`bench: work dir ${work}, CLI ${cli}, ${reps} rounds`);
  const results: Results = {
    reps,
    machine: machine(),
    workloads,
    samples: new Map(),
    profiles: new Map(),
    calls: new Map(),
    startup: { version: [], validate: [] },
  };
  for (const w of workloads) {
    const dir = join(work, w.name);
    mkdirSync(dir, { recursive: true });
    w.prepare(dir);
    const samples = new Map<string, Samples>();
    const profile = new Map<string, number[]>();
    results.samples.set(w.name, samples);
    results.profiles.set(w.name, profile);
    // One unmeasured round: base images pulled, registry layers present, caches primed as a previous run would.
    for (const tool of w.tools) await runOne(w, dir, tool, 'cold', 'warmup');
    for (let round = 0; round < reps; round++) {
      const order = w.tools.map((_, i) => w.tools[(i + round) % w.tools.length]);
      for (const tool of order) {
        for (const mode of modesOf(tool)) {
          const s = await runOne(w, dir, tool, mode, String(round));
          const key = `${tool}:${mode}`;
          const into = samples.get(key) ?? { ms: [], rssKb: [] };
          into.ms.push(s.ms);
          into.rssKb.push(s.rssKb);
          samples.set(key, into);
          if (tool === 'repack' && mode === 'cold') addPhases(profile, phases(s.lines, s.ms));
          console.error(`bench: ${w.name} round ${round + 1}/${reps} ${tool} ${mode}: ${s.ms} ms, ${Math.round(s.rssKb / 1024)} MB`);
        }
      }
    }
    results.calls.set(w.name, profileCalls(dir, w.templateFile));
  }
  const w1 = workloads.find((w) => w.name === 'w1') ?? WORKLOADS[0];
  const w1dir = join(work, w1.name);
  if (!workloads.includes(w1)) w1.prepare((mkdirSync(w1dir, { recursive: true }), w1dir));
  for (let i = 0; i < reps; i++) {
    results.startup.version.push((await measure([NODE, cli, 'version'], { cwd: w1dir, logDir: join(work, 'logs'), name: `version-${i}` })).ms);
    results.startup.validate.push(
      (await measure([NODE, cli, 'validate', w1.templateFile], { cwd: w1dir, logDir: join(work, 'logs'), name: `validate-${i}` })).ms,
    );
  }
  let notes: string[] = [];
  try {
    notes = readFileSync(join(ROOT, 'bench/analysis.md'), 'utf8').split('\n');
  } catch {
    notes = [];
  }
  if (retried.length > 0)
    notes = [...notes, '', `Runs tried a second time (failed or timed out the first time): ${retried.length}.`, ...retried.map((r) => `- ${r}`)];
  writeReport(out, results, notes);
  writeFileSync(join(work, 'results.json'), resultsToJson(results));
  console.error(`bench: wrote ${out}; logs in ${work}/logs; measurements in ${work}/results.json (bench/render.ts re-renders)`);
}

await main();

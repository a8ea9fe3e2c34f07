// Time from `node dist/index.js` (the action, as a runner starts it) to its first Docker Engine API request, for the
// example template. A stand-in engine on a unix socket records the moment the first request arrives and answers 503,
// which ends the run. Alternating with it, the floor: a bare node process making one request to the same engine.
// Each run's CPU time (user + system until the process exits, GNU time) is reported too: a busy machine disturbs it
// less than the wall clock.
// Usage: node bench/action-startup.mjs [runs=15] [DIST...]   (default: $REPACK_DIST or dist/; several DISTs alternate)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 15);
const dists = process.argv.length > 3 ? process.argv.slice(3) : [process.env.REPACK_DIST ?? join(ROOT, 'dist')];
const dir = mkdtempSync(join(tmpdir(), 'repack-startup-'));
const socket = join(dir, 'docker.sock');

let firstRequest = 0;
const engine = http.createServer((req, res) => {
  if (firstRequest === 0) firstRequest = performance.now();
  res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"message":"stand-in engine"}');
});
await new Promise((resolve) => engine.listen(socket, resolve));

// The floor: node starting and making one request on the socket, nothing else.
const BARE = `require('node:http').get({ socketPath: ${JSON.stringify(socket)}, path: '/_ping' }, (r) => r.resume()).on('error', () => {})`;

/** One run of the action in `dist`, or of the bare floor without one: [ms to the first request, CPU ms]. */
function once(dist) {
  firstRequest = 0;
  for (const f of ['output', 'state', 'summary', 'env']) writeFileSync(join(dir, f), '');
  const env = {
    PATH: process.env.PATH,
    DOCKER_HOST: `unix://${socket}`,
    INPUT_TEMPLATE: 'examples/docker-ubuntu',
    INPUT_PUSH: 'true',
    'INPUT_PARALLEL-BUILDS': '0',
    'INPUT_ON-ERROR': 'cleanup',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_WORKSPACE: ROOT,
    RUNNER_TEMP: dir,
  };
  const started = performance.now();
  const cpuFile = join(dir, 'cpu');
  const args = ['-f', '%U %S', '-o', cpuFile, process.execPath, ...(dist ? [join(dist, 'index.js')] : ['-e', BARE])];
  const child = spawn('/usr/bin/time', args, { cwd: ROOT, env, stdio: 'ignore' });
  return new Promise((resolve) =>
    child.on('exit', () => {
      const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      resolve([firstRequest === 0 ? NaN : firstRequest - started, (user + sys) * 1000]);
    }),
  );
}

const times = new Map([...dists, ''].map((d) => [d, []]));
for (let i = 0; i < runs; i++) for (const d of times.keys()) times.get(d).push(await once(d));
engine.close();
rmSync(dir, { recursive: true, force: true });

function summary(label, runsOf) {
  const sorted = runsOf
    .map(([ms]) => ms)
    .filter((t) => !Number.isNaN(t))
    .sort((a, b) => a - b);
  const cpu = runsOf.map(([, c]) => c).sort((a, b) => a - b);
  if (sorted.length !== runs) {
    console.error(`${label}: only ${sorted.length} of ${runs} runs reached the engine`);
    process.exit(1);
  }
  const median = sorted[Math.floor(sorted.length / 2)];
  const cpuMedian = cpu[Math.floor(cpu.length / 2)];
  console.log(
    `${label}: median ${median.toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms; CPU median ${cpuMedian.toFixed(0)} ms (${runs} runs)`,
  );
  return median;
}
const bare = summary('bare node → one request (the floor)      ', times.get(''));
for (const d of dists) {
  if (dists.length > 1) console.log(d);
  const action = summary('action start → first Docker API request', times.get(d));
  console.log(`repack's own part: ${(action - bare).toFixed(0)} ms (goal: the whole ≤ 200 ms)`);
}

// Time from `node dist/index.js` (the action, as a runner starts it) to its first Docker Engine API request, for the
// example template. A stand-in engine on a unix socket records the moment the first request arrives and answers 503,
// which ends the run. Alternating with it, the floor: a bare node process making one request to the same engine.
// Usage: node bench/action-startup.mjs [runs=15]   (REPACK_DIST=DIR times the bundle in DIR instead of dist/)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 15);
const DIST = process.env.REPACK_DIST ?? join(ROOT, 'dist');
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

function once(bare) {
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
  const args = bare ? ['-e', BARE] : [join(DIST, 'index.js')];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', () => resolve(firstRequest === 0 ? NaN : firstRequest - started)));
}

const times = { action: [], bare: [] };
for (let i = 0; i < runs; i++) {
  times.action.push(await once(false));
  times.bare.push(await once(true));
}
engine.close();
rmSync(dir, { recursive: true, force: true });

function summary(label, all) {
  const sorted = all.filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  if (sorted.length !== runs) {
    console.error(`${label}: only ${sorted.length} of ${runs} runs reached the engine`);
    process.exit(1);
  }
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`${label}: median ${median.toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (${runs} runs)`);
  return median;
}
const action = summary('action start → first Docker API request', times.action);
const bare = summary('bare node → one request (the floor)      ', times.bare);
console.log(`repack's own part: ${(action - bare).toFixed(0)} ms (goal: the whole ≤ 200 ms)`);

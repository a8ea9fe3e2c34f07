// The reusable workflow's own scripts (the `run:` of build.yml's steps), run as the runner would run them: two calls
// of the workflow in one run, concurrently, each merging only its own legs; the per-leg gha cache scope; template
// secrets as PKR_VAR_* (masked); and the check for runners without job.workflow_repository.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadYaml } from '../__fixtures__/action/action-yml.js';
import { ROOT } from '../__fixtures__/action/runner.js';
import { parseFileCommands } from '../__fixtures__/action/commands.js';

const exec = promisify(execFile);

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
const jobs = (loadYaml(path.join(ROOT, '.github/workflows/build.yml')) as { jobs: Record<string, { steps: Step[] }> }).jobs;
const step = (job: string, match: (s: Step) => boolean): Step => {
  const s = jobs[job].steps.find(match);
  if (!s) throw new Error(`no such step in ${job}`);
  return s;
};

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'repack-workflow-scripts-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Runs a step's script with bash -e as the runner does, with fresh file-command files; returns them parsed. */
async function runStep(s: Step, env: Record<string, string>, cwd: string) {
  mkdirSync(cwd, { recursive: true });
  const files = { GITHUB_OUTPUT: path.join(cwd, '.output'), GITHUB_ENV: path.join(cwd, '.env') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const r = await exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run as string], {
    cwd,
    env: { PATH: process.env.PATH, ...files, ...env },
  }).catch((e: { code: number; stdout: string; stderr: string }) => e);
  return {
    code: 'code' in r && typeof r.code === 'number' ? r.code : 0,
    stdout: r.stdout,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
  };
}

/** `${{ needs.prepare.outputs.call }}`-style templates of build.yml filled in. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, k: string) => {
    if (!(k in values)) throw new Error(`no value for ${k}`);
    return values[k];
  });
}

/** download-artifact's `pattern` (a glob with `*`) over the run's artifacts. */
function download(store: string, pattern: string, into: string): void {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  mkdirSync(into, { recursive: true });
  for (const name of readdirSync(store)) if (re.test(name)) cpSync(path.join(store, name), path.join(into, name), { recursive: true });
}

test('two calls in one run: each merged metadata holds only its own legs', async () => {
  const prepare = step('prepare', (s) => s.id === 'legs');
  const upload = step('build', (s) => s.uses?.startsWith('actions/upload-artifact') === true);
  const fetch = step('finalize', (s) => s.uses?.startsWith('actions/download-artifact') === true);
  const merge = step('finalize', (s) => s.id === 'merge');
  const store = path.join(work, 'artifacts'); // the run's artifacts, shared by both calls
  mkdirSync(store);
  const calls = [
    { name: 'a', matrix: [{ v: 'a0' }, { v: 'a1' }] },
    { name: 'b', matrix: [{ v: 'b0' }, { v: 'b1' }, { v: 'b2' }] },
  ];
  const run = { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1' };
  const merged = await Promise.all(
    calls.map(async (c) => {
      const p = await runStep(prepare, { ...run, MATRIX: JSON.stringify(c.matrix) }, path.join(work, c.name, 'prepare'));
      expect(p.code).toBe(0);
      const call = p.outputs.get('call') as string;
      const legs = JSON.parse(p.outputs.get('legs') as string) as { leg: number }[];
      // Each leg's action writes its metadata file; upload-artifact stores it under the step's name.
      for (const l of legs) {
        const name = fill(upload.with?.name as string, { 'needs.prepare.outputs.call': call, 'matrix.leg.leg': String(l.leg) });
        mkdirSync(path.join(store, name));
        writeFileSync(path.join(store, name, 'repack-metadata.json'), JSON.stringify([{ name: `${c.name}-leg-${l.leg}` }]));
      }
      return { c, call, legs: p.outputs.get('legs') as string };
    }),
  );
  expect(merged[0].call).not.toBe(merged[1].call);
  const results = await Promise.all(
    merged.map(async ({ c, call, legs }) => {
      const dir = path.join(work, c.name, 'finalize');
      download(store, fill(fetch.with?.pattern as string, { 'needs.prepare.outputs.call': call }), path.join(dir, fetch.with?.path as string));
      const f = await runStep(merge, { LEGS: legs, CALL: call }, dir);
      expect(f.code).toBe(0);
      return { c, metadata: JSON.parse(f.outputs.get('metadata') as string) as { leg: number; variables: unknown; builds: { name: string }[] | null }[] };
    }),
  );
  for (const { c, metadata } of results) {
    expect(metadata).toEqual(c.matrix.map((v, leg) => ({ leg, variables: v, builds: [{ name: `${c.name}-leg-${leg}` }] })));
  }
});

test('a leg without metadata (failed before the action wrote it) is null in the merge', async () => {
  const merge = step('finalize', (s) => s.id === 'merge');
  const dir = path.join(work, 'finalize');
  mkdirSync(path.join(dir, 'legs', 'repack-metadata-c1-1'), { recursive: true });
  writeFileSync(path.join(dir, 'legs', 'repack-metadata-c1-1', 'repack-metadata.json'), '[{"name":"x"}]');
  const f = await runStep(
    merge,
    {
      LEGS: JSON.stringify([
        { leg: 0, vars: {} },
        { leg: 1, vars: { a: 1 } },
      ]),
      CALL: 'c1',
    },
    dir,
  );
  expect(JSON.parse(f.outputs.get('metadata') as string)).toEqual([
    { leg: 0, variables: {}, builds: null },
    { leg: 1, variables: { a: 1 }, builds: [{ name: 'x' }] },
  ]);
});

test('type=gha lines without a scope get one per leg; others are unchanged', async () => {
  const cache = step('build', (s) => s.id === 'cache');
  const r = await runStep(
    cache,
    { LEG: '3', CACHE_FROM: 'type=gha\ntype=registry,ref=r/c:x', CACHE_TO: 'type=gha,mode=max\ntype=gha,scope=mine' },
    path.join(work, 'leg'),
  );
  expect(r.code).toBe(0);
  expect(r.outputs.get('from')).toBe('type=gha,scope=repack-leg-3\ntype=registry,ref=r/c:x');
  expect(r.outputs.get('to')).toBe('type=gha,mode=max,scope=repack-leg-3\ntype=gha,scope=mine');
});

test('template secrets become masked PKR_VAR_* variables; a bad line fails without echoing it', async () => {
  const secrets = step('build', (s) => s.id === 'secrets');
  const r = await runStep(secrets, { TEMPLATE_SECRETS: 'token=s3cr3t=x\r\n\napi_key=k;$(id)' }, path.join(work, 'leg'));
  expect(r.code).toBe(0);
  expect(r.env.get('PKR_VAR_token')).toBe('s3cr3t=x');
  expect(r.env.get('PKR_VAR_api_key')).toBe('k;$(id)');
  expect(r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))).toEqual(['::add-mask::s3cr3t=x', '::add-mask::k;$(id)']);
  const bad = await runStep(secrets, { TEMPLATE_SECRETS: 'no-equals-sign-hunter2' }, path.join(work, 'bad'));
  expect(bad.code).toBe(1);
  expect(bad.stdout).not.toContain('hunter2');
});

test('a runner without job.workflow_repository / job.workflow_sha stops the leg with a clear error', async () => {
  const check = step('build', (s) => s.name?.startsWith('Check that this runner') === true);
  const empty = await runStep(check, { WORKFLOW_REPOSITORY: '', WORKFLOW_SHA: '' }, path.join(work, 'x'));
  expect(empty.code).toBe(1);
  expect(empty.stdout).toMatch(/^::error title=build\.yml cannot find repack::This runner leaves job\.workflow_repository/m);
  const set = await runStep(check, { WORKFLOW_REPOSITORY: 'o/repack', WORKFLOW_SHA: 'a'.repeat(40) }, path.join(work, 'y'));
  expect(set.code).toBe(0);
});

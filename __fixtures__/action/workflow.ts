// The reusable workflow (build.yml) as the runner would run its parts: a step's `run:` script under bash -e with
// fresh file-command files, `${{ }}` expressions of the forms build.yml uses (property paths, toJSON, fromJSON)
// evaluated against a context, and download-artifact's `pattern` over a directory standing for the run's artifacts.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadYaml } from './action-yml.js';
import { parseFileCommands } from './commands.js';
import { ROOT } from './runner.js';

const exec = promisify(execFile);

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

export interface Job {
  'runs-on': string;
  needs?: string | string[];
  if?: string;
  name?: string;
  strategy?: { matrix: Record<string, string> };
  outputs?: Record<string, string>;
  steps: Step[];
}

export const workflowJobs = (): Record<string, Job> => (loadYaml(path.join(ROOT, '.github/workflows/build.yml')) as { jobs: Record<string, Job> }).jobs;

export function findStep(jobs: Record<string, Job>, job: string, match: (s: Step) => boolean): Step {
  const s = jobs[job].steps.find(match);
  if (!s) throw new Error(`no such step in ${job}`);
  return s;
}

export interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Map<string, string>;
  env: Map<string, string>;
}

/** Runs a step's script with bash -e as the runner does, with fresh file-command files; returns them parsed. */
export async function runStep(s: Step, env: Record<string, string>, cwd: string): Promise<StepRun> {
  mkdirSync(cwd, { recursive: true });
  const files = { GITHUB_OUTPUT: path.join(cwd, '.output'), GITHUB_ENV: path.join(cwd, '.env') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const r = await exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run as string], {
    cwd,
    env: { PATH: process.env.PATH, ...files, ...env },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: { code: number; stdout: string; stderr: string }) => e);
  return {
    code: 'code' in r && typeof r.code === 'number' ? r.code : 0,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
  };
}

type Context = Record<string, unknown>;

function lookup(expr: string, ctx: Context): unknown {
  const fn = /^(toJSON|fromJSON)\((.*)\)$/.exec(expr);
  if (fn) {
    const inner = lookup(fn[2].trim(), ctx);
    return fn[1] === 'toJSON' ? JSON.stringify(inner, null, 2) : JSON.parse(String(inner));
  }
  if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(expr)) throw new Error(`expression not supported here: ${expr}`);
  let v: unknown = ctx;
  for (const key of expr.split('.')) {
    if (typeof v !== 'object' || v === null || !(key in v)) throw new Error(`no value for ${expr}`);
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** A string with `${{ }}` in it, as the runner fills it in; a whole-string expression keeps its value's type. */
export function evaluate(template: string, ctx: Context): unknown {
  const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(template);
  if (whole) return lookup(whole[1], ctx);
  return template.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => {
    const v = lookup(e, ctx);
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
}

/** A step's `env:` filled in from the context. */
export function stepEnv(s: Step, ctx: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, String(evaluate(v, ctx))]));
}

/** download-artifact's `pattern` (a glob with `*`) over the run's artifacts. */
export function download(store: string, pattern: string, into: string): void {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  mkdirSync(into, { recursive: true });
  for (const name of readdirSync(store)) if (re.test(name)) cpSync(path.join(store, name), path.join(into, name), { recursive: true });
}

/** upload-artifact of one file: stored under the step's `name`, as download-artifact gives it back. */
export function upload(store: string, name: string, file: string): void {
  mkdirSync(path.join(store, name), { recursive: true });
  cpSync(file, path.join(store, name, path.basename(file)));
}

export interface Leg {
  leg: number;
  set: number;
  vars: Record<string, unknown>;
  platform: string;
  runner: string;
  byDigest: boolean;
}

export interface CallResult {
  /** Each leg as the build job's matrix expands it, with the runner its `runs-on` names and the action's inputs. */
  legs: { leg: Leg; runsOn: unknown; with: Record<string, unknown> }[];
  /** The index jobs that ran (one per variable set), each with its script's outcome. */
  index: { set: number; run: StepRun }[];
  outputs: Map<string, string>;
}

/**
 * One call of build.yml, job by job: prepare; each build leg (the action's part done by `action`, which returns
 * the metadata file it wrote or undefined when the leg failed before writing it); the index jobs; finalize.
 * `indexEnv` is added to the index step's environment (REPACK: the CLI to run).
 */
export async function runCall(
  given: Record<string, unknown>,
  work: string,
  action: (leg: Leg, inputs: Record<string, unknown>, dir: string) => Promise<string | undefined>,
  indexEnv: Record<string, string> = {},
): Promise<CallResult> {
  const jobs = workflowJobs();
  const declared = (loadYaml(path.join(ROOT, '.github/workflows/build.yml')) as { on: { workflow_call: { inputs: Record<string, { default?: unknown }> } } }).on
    .workflow_call.inputs;
  const inputs = { ...Object.fromEntries(Object.entries(declared).map(([k, d]) => [k, d.default ?? ''])), ...given };
  const store = path.join(work, 'artifacts');
  mkdirSync(store, { recursive: true });
  const github = { GITHUB_RUN_ATTEMPT: '1' };
  const prepareStep = findStep(jobs, 'prepare', (s) => s.id === 'legs');
  const prepared = await runStep(prepareStep, { ...github, ...stepEnv(prepareStep, { inputs }) }, path.join(work, 'prepare'));
  if (prepared.code !== 0) throw new Error(`prepare failed: ${prepared.stderr}`);
  const needs = { prepare: { result: 'success', outputs: Object.fromEntries(prepared.outputs) } };
  const result: CallResult = { legs: [], index: [], outputs: new Map() };

  const build = jobs.build;
  const actionStep = findStep(jobs, 'build', (s) => s.uses === './.repack-action');
  const uploadStep = findStep(jobs, 'build', (s) => s.uses?.startsWith('actions/upload-artifact') === true);
  for (const leg of evaluate(build.strategy?.matrix.leg ?? '', { needs }) as Leg[]) {
    const dir = path.join(work, `leg-${leg.leg}`);
    mkdirSync(dir, { recursive: true });
    const ctx = { inputs, needs, matrix: { leg }, runner: { temp: dir }, steps: { cache: { outputs: { from: '', to: '' } } } };
    const withInputs = Object.fromEntries(Object.entries(actionStep.with ?? {}).map(([k, v]) => [k, evaluate(v, ctx)]));
    result.legs.push({ leg, runsOn: evaluate(build['runs-on'], ctx), with: withInputs });
    const file = await action(leg, withInputs, dir);
    if (file !== undefined) upload(store, String(evaluate(uploadStep.with?.name ?? '', ctx)), file);
  }

  const index = jobs.index;
  const indexCtx = { inputs, needs };
  // The job's `if` (always() && prepare succeeded && sets != '[]' && inputs.push), as the runner evaluates it.
  const runsIndex = needs.prepare.outputs.sets !== '[]' && inputs.push !== false;
  if (index.if !== "always() && needs.prepare.result == 'success' && needs.prepare.outputs.sets != '[]' && inputs.push")
    throw new Error(`the index job's condition changed: ${index.if}`);
  if (runsIndex) {
    const fetch = findStep(jobs, 'index', (s) => s.uses?.startsWith('actions/download-artifact') === true);
    const script = findStep(jobs, 'index', (s) => s.id === 'index');
    const save = findStep(jobs, 'index', (s) => s.uses?.startsWith('actions/upload-artifact') === true);
    for (const set of evaluate(index.strategy?.matrix.set ?? '', indexCtx) as { set: number }[]) {
      const dir = path.join(work, `index-${set.set}`);
      const ctx = { ...indexCtx, matrix: { set } };
      download(store, String(evaluate(fetch.with?.pattern ?? '', ctx)), path.join(dir, fetch.with?.path ?? ''));
      const run = await runStep(script, { ...stepEnv(script, ctx), ...indexEnv }, dir);
      result.index.push({ set: set.set, run });
      const saved = path.join(dir, save.with?.path ?? '');
      if (existsSync(saved)) upload(store, String(evaluate(save.with?.name ?? '', ctx)), saved);
    }
  }

  const finalize = jobs.finalize;
  const dir = path.join(work, 'finalize');
  for (const s of finalize.steps.filter((x) => x.uses?.startsWith('actions/download-artifact') === true))
    download(store, String(evaluate(s.with?.pattern ?? '', { needs })), path.join(dir, s.with?.path ?? ''));
  const merge = findStep(jobs, 'finalize', (s) => s.id === 'merge');
  const merged = await runStep(merge, stepEnv(merge, { needs }), dir);
  if (merged.code !== 0) throw new Error(`finalize failed: ${merged.stderr}`);
  result.outputs = merged.outputs;
  return result;
}

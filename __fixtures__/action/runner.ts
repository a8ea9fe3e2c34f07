// Runs the bundled action the way the GitHub runner does (actions/runner's Handlers/NodeScriptActionHandler.cs,
// ProcessInvoker.cs): `node dist/index.js`, then `node dist/post.js`, each with INPUT_* for every input action.yml
// declares — the `with:` value when one is given, even an empty one, else the default — fresh file-command files
// (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY), and the main step's saved state handed
// to the post step as STATE_<name>. Before the step it prints the step header (`with:` inputs and `env:`, masked only
// by the secrets the job already knows) and warns about inputs action.yml does not declare. Output of both streams
// goes, as it arrives, through runner-protocol.ts: the commands the runner would execute and the log it would show.
// `cancel` is the runner's cancel sequence: SIGINT, 7.5 s, SIGTERM, 2.5 s, then SIGKILL of node only (its children
// live on, as on a runner).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFileCommands } from './commands.js';
import { actionInputDefaults } from './action-yml.js';
import { type Executed, RunnerProtocol } from './runner-protocol.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface HarnessOptions {
  /** `with:` values, by input name as written in action.yml. */
  inputs?: Record<string, string>;
  /** The checkout the step runs in (GITHUB_WORKSPACE and the step's cwd). Defaults to a new empty directory. */
  workspace?: string;
  /** Extra environment for both steps (e.g. DOCKER_HOST, PKR_VAR_x). */
  env?: Record<string, string>;
  /** Set ACTIONS_CACHE_URL, as act and GitHub's runner do for the v1 cache protocol. */
  cacheUrl?: string;
  /** Where dist/ is; defaults to the repository's. */
  dist?: string;
  /** The node binary that runs the steps; defaults to the one running the tests. */
  node?: string;
  /** Values the job knows as secrets (`${{ secrets.X }}`): the runner masks them from the first line, header included. */
  jobSecrets?: string[];
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The commands the runner executed, without the stop-commands regions' own. */
  commands: Executed[];
  /** Every command executed, regions included. */
  executed: Executed[];
  /** The step's log as the runner shows it (header first): masked, executed commands left out. */
  log: string[];
  outputs: Map<string, string>;
  state: Map<string, string>;
  env: Map<string, string>;
  path: string[];
  summary: string;
}

/** The environment variable the runner sets for an input: spaces become `_`, dashes stay. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

const FILE_COMMANDS = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_ENV: 'env', GITHUB_PATH: 'path', GITHUB_STEP_SUMMARY: 'summary' };

export class ActionHarness {
  readonly temp: string;
  readonly workspace: string;
  private readonly dist: string;
  private mainState = new Map<string, string>();
  private step = 0;

  constructor(private readonly o: HarnessOptions = {}) {
    this.temp = mkdtempSync(path.join(os.tmpdir(), 'repack-runner-'));
    this.workspace = o.workspace ?? path.join(this.temp, 'workspace');
    mkdirSync(this.workspace, { recursive: true });
    // REPACK_DIST: a bundle built elsewhere (node scripts/bundle.mjs --out DIR), leaving dist/ as committed.
    this.dist = o.dist ?? process.env.REPACK_DIST ?? path.join(ROOT, 'dist');
  }

  /** Starts the main step; the caller may kill it. Use `finish` to collect the result. */
  startMain(): { child: ChildProcess; result: Promise<StepResult> } {
    return this.start('index.js', this.inputEnv(), true, this.header());
  }

  async runMain(): Promise<StepResult> {
    return this.startMain().result;
  }

  /** Runs the post step with the state the main step saved (read even if main was killed, as the runner does). */
  async runPost(): Promise<StepResult> {
    const stateEnv: Record<string, string> = {};
    for (const [name, value] of this.mainState) stateEnv[`STATE_${name}`] = value;
    return this.start('post.js', { ...this.inputEnv(), ...stateEnv }, false).result;
  }

  dispose(): void {
    rmSync(this.temp, { recursive: true, force: true });
  }

  /** Every declared input: the `with:` value when given (an empty one too), else action.yml's default. */
  private inputValues(): Record<string, string> {
    const declared = actionInputDefaults(path.join(ROOT, 'action.yml'));
    const values: Record<string, string> = {};
    for (const [name, fallback] of Object.entries(declared)) values[name] = this.o.inputs?.[name] ?? fallback;
    return values;
  }

  private inputEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(this.inputValues())) env[inputEnvName(name)] = value;
    // The runner passes undeclared `with:` values too, after warning about them.
    for (const [name, value] of Object.entries(this.o.inputs ?? {})) env[inputEnvName(name)] ??= value;
    return env;
  }

  /** The runner's lines before the step runs: `Run`, the inputs, the env, and unexpected-input warnings. */
  private header(): (r: RunnerProtocol) => void {
    return (r) => {
      r.print('Run ./');
      r.print('  with:');
      for (const [name, value] of Object.entries(this.inputValues())) {
        if (value !== '') for (const [i, line] of value.split('\n').entries()) r.print(`${i === 0 ? `    ${name}: ` : '      '}${line}`);
      }
      if (this.o.env && Object.keys(this.o.env).length > 0) {
        r.print('  env:');
        for (const [name, value] of Object.entries(this.o.env)) r.print(`    ${name}: ${value}`);
      }
      const declared = Object.keys(actionInputDefaults(path.join(ROOT, 'action.yml')));
      const unexpected = Object.keys(this.o.inputs ?? {}).filter((n) => !declared.includes(n));
      if (unexpected.length > 0) {
        r.feed('stdout', `##[warning]Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']\n`);
      }
    };
  }

  private baseEnv(): Record<string, string> {
    const keep = ['PATH', 'HOME', 'LANG', 'DOCKER_HOST', 'DOCKER_CONFIG', 'DOCKER_CONTEXT', 'TMPDIR'];
    const env: Record<string, string> = {};
    for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k] as string;
    const runnerTemp = path.join(this.temp, 'runner-temp');
    mkdirSync(runnerTemp, { recursive: true });
    return {
      ...env,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: 'repack',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_RUN_ID: '1',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: runnerTemp,
      ...(this.o.cacheUrl ? { ACTIONS_CACHE_URL: this.o.cacheUrl } : {}),
      ...this.o.env,
    };
  }

  private start(
    script: string,
    extra: Record<string, string>,
    isMain: boolean,
    header: (r: RunnerProtocol) => void = () => undefined,
  ): { child: ChildProcess; result: Promise<StepResult> } {
    const protocol = new RunnerProtocol(this.o.jobSecrets);
    header(protocol);
    const dir = path.join(this.temp, `step-${++this.step}`);
    mkdirSync(dir);
    const files: Record<string, string> = {};
    for (const name of Object.keys(FILE_COMMANDS)) {
      files[name] = path.join(dir, name.toLowerCase());
      writeFileSync(files[name], '');
    }
    const env = { ...this.baseEnv(), ...extra, ...files };
    delete env.RUNNER_DEBUG;
    const child = spawn(this.o.node ?? process.execPath, [path.join(this.dist, script)], { cwd: this.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      protocol.feed('stdout', s);
    });
    child.stderr?.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      protocol.feed('stderr', s);
    });
    const result = new Promise<StepResult>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (exitCode, signal) => {
        const read = (name: string): string => readFileSync(files[name], 'utf8');
        protocol.end();
        // State from ::save-state on stdout counts as the runner executed it, after the file's.
        const state = parseFileCommands(read('GITHUB_STATE'));
        for (const c of protocol.executed) if (c.command.toLowerCase() === 'save-state' && c.properties.name) state.set(c.properties.name, c.data);
        if (isMain) this.mainState = state;
        const executed = protocol.executed;
        resolve({
          exitCode,
          signal,
          stdout,
          stderr,
          commands: executed.filter((c) => !c.region),
          executed,
          log: protocol.log,
          outputs: parseFileCommands(read('GITHUB_OUTPUT')),
          state,
          env: parseFileCommands(read('GITHUB_ENV')),
          path: read('GITHUB_PATH').split('\n').filter((l) => l !== ''),
          summary: read('GITHUB_STEP_SUMMARY'),
        });
      });
    });
    return { child, result };
  }
}

/** Resolves once `text` appears on the child's stdout (or rejects after `ms`). */
export function waitForOutput(child: ChildProcess, text: string | RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${String(text)}; saw:\n${seen}`)), ms);
    child.stdout?.on('data', (chunk: Buffer | string) => {
      seen += chunk.toString();
      if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('close', () => {
      clearTimeout(timer);
      reject(new Error(`the step exited before printing ${String(text)}; saw:\n${seen}`));
    });
  });
}

export interface Cancelled {
  /** The signal that ended the step: SIGINT when it honoured the first, SIGKILL when the runner had to. */
  endedBy: 'SIGINT' | 'SIGTERM' | 'SIGKILL';
  /** Milliseconds from the SIGINT to the process's exit. */
  ms: number;
}

/**
 * The runner's cancel sequence for a step's process: SIGINT, then SIGTERM after 7.5 s, then SIGKILL after 2.5 s more —
 * to node only, not its process group (actions/runner ProcessInvoker.CancelAndKillProcessTree, killProcessOnCancel false).
 */
export async function cancel(child: ChildProcess, timings = { sigint: 7500, sigterm: 2500 }): Promise<Cancelled> {
  const started = Date.now();
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const within = (ms: number): Promise<boolean> =>
    Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
  child.kill('SIGINT');
  if (await within(timings.sigint)) return { endedBy: 'SIGINT', ms: Date.now() - started };
  child.kill('SIGTERM');
  if (await within(timings.sigterm)) return { endedBy: 'SIGTERM', ms: Date.now() - started };
  child.kill('SIGKILL');
  await exited;
  return { endedBy: 'SIGKILL', ms: Date.now() - started };
}

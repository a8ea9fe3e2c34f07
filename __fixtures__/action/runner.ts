// Runs the bundled action the way the GitHub runner does: `node dist/index.js`, then `node dist/post.js`, each
// with INPUT_* from action.yml's defaults overlaid by `with:`, fresh file-command files (GITHUB_OUTPUT, GITHUB_STATE,
// GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY), and the main step's saved state handed to the post step as
// STATE_<name>. Captures stdout/stderr and parses them back into workflow commands.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommands, parseFileCommands, type WorkflowCommand } from './commands.js';
import { actionInputDefaults } from './action-yml.js';

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
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
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
    this.dist = o.dist ?? path.join(ROOT, 'dist');
  }

  /** Starts the main step; the caller may kill it. Use `finish` to collect the result. */
  startMain(): { child: ChildProcess; result: Promise<StepResult> } {
    return this.start('index.js', this.inputEnv(), true);
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

  private inputEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    const values = { ...actionInputDefaults(path.join(ROOT, 'action.yml')), ...this.o.inputs };
    for (const [name, value] of Object.entries(values)) env[inputEnvName(name)] = value;
    return env;
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

  private start(script: string, extra: Record<string, string>, isMain: boolean): { child: ChildProcess; result: Promise<StepResult> } {
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
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const result = new Promise<StepResult>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (exitCode, signal) => {
        const read = (name: string): string => readFileSync(files[name], 'utf8');
        const state = parseFileCommands(read('GITHUB_STATE'));
        if (isMain) this.mainState = state;
        resolve({
          exitCode,
          signal,
          stdout,
          stderr,
          commands: parseCommands(stdout),
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

// For unit tests of the action front: gives the process a runner's file-command files and inputs, captures what the
// action writes to stdout, and puts everything back afterwards (env, cwd, exit code).
import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFileCommands, type WorkflowCommand } from './commands.js';
import { runnerView } from './runner-protocol.js';
import { inputEnvName } from './runner.js';

export interface Captured {
  dir: string;
  workspace: string;
  stdout(): string;
  /** stdout split into lines, without the trailing empty one and without the stop-commands regions' markers. */
  lines(): string[];
  /** The commands the runner would execute (runner-protocol.ts), without the stop-commands regions' own. */
  commands(): WorkflowCommand[];
  /** The log the runner would show: masked, without the lines it executed. */
  log(): string[];
  outputs(): Map<string, string>;
  state(): Map<string, string>;
  summary(): string;
  restore(): void;
}

/** The lines runner.ts prints to open and close a region where the runner executes no command. */
export const REGION_MARKER = /^::(stop-commands::repack-[0-9a-f]{32}|repack-[0-9a-f]{32}::)$/;

const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'];

export function captureRunner(inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Captured {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'repack-action-unit-'));
  const workspace = path.join(dir, 'workspace');
  mkdirSync(workspace);
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  process.exitCode = undefined;
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('STATE_') || k.startsWith('GITHUB_')) delete process.env[k];
  delete process.env.RUNNER_DEBUG;
  for (const f of FILES) {
    process.env[f] = path.join(dir, f.toLowerCase());
    writeFileSync(process.env[f] as string, '');
  }
  process.env.GITHUB_WORKSPACE = workspace;
  for (const [name, value] of Object.entries(inputs)) process.env[inputEnvName(name)] = value;
  Object.assign(process.env, extraEnv);
  process.chdir(workspace);

  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const read = (f: string): string => readFileSync(path.join(dir, f.toLowerCase()), 'utf8');
  return {
    dir,
    workspace,
    stdout: () => out,
    lines: () =>
      out
        .split('\n')
        .slice(0, -1)
        .filter((l) => !REGION_MARKER.test(l)),
    commands: () => runnerView(out).commands,
    log: () => runnerView(out).log,
    outputs: () => parseFileCommands(read('GITHUB_OUTPUT')),
    state: () => parseFileCommands(read('GITHUB_STATE')),
    summary: () => read('GITHUB_STEP_SUMMARY'),
    restore: () => {
      spy.mockRestore();
      process.chdir(savedCwd);
      for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
      Object.assign(process.env, savedEnv);
      process.exitCode = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

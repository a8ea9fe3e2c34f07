// What the GitHub runner does with a step's stdout and stderr, written from actions/runner's source
// (Runner.Common/ActionCommand.cs, Runner.Worker/ActionCommandManager.cs, Handlers/OutputManager.cs,
// Sdk/DTLogging/Logging/SecretMasker.cs):
// - lines split as .NET's StreamReader.ReadLine splits them: at \r\n, \n and a lone \r;
// - `::cmd props::data` after leading whitespace (TryParseV2), else the legacy `##[cmd props]data` anywhere in the
//   line (TryParse, properties split at `;`), for registered commands only, names compared case-insensitively;
// - `stop-commands`: until a command named after the token arrives (either form), nothing else is executed;
// - `add-mask`: the value and each trimmed line of it are masked (`***`) in every later line, also their JSON-escaped
//   form (one of the runner's value encoders);
// - stdout and stderr share one command manager, so a region stopped on one stream holds on the other.
import type { WorkflowCommand } from './commands.js';

const COMMANDS = ['add-mask', 'add-matcher', 'add-path', 'debug', 'echo', 'save-state', 'set-env', 'set-output', 'remove-matcher', 'warning', 'error', 'notice', 'group', 'endgroup'];
const STOP = 'stop-commands';

function unescapeWith(text: string, mappings: [string, string][]): string {
  let out = text;
  for (const [token, replacement] of mappings) out = out.split(replacement).join(token);
  return out;
}

const LEGACY: [string, string][] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];
const DATA: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];

type Parsed = Omit<WorkflowCommand, 'line'> & { legacy: boolean };

function properties(text: string, separator: string, mappings: [string, string][]): Record<string, string> {
  const props: Record<string, string> = {};
  for (const pair of text.split(separator).filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && eq < pair.length - 1) props[pair.slice(0, eq)] = unescapeWith(pair.slice(eq + 1), mappings);
  }
  return props;
}

function parseV2(line: string, registered: Set<string>): Parsed | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  return {
    command,
    properties: space > 0 ? properties(info.slice(space + 1).trim(), ',', PROPERTY) : {},
    data: unescapeWith(text.slice(end + 2), DATA),
    legacy: false,
  };
}

function parseLegacy(line: string, registered: Set<string>): Parsed | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const rb = line.indexOf(']', start);
  if (rb < 0) return undefined;
  const info = line.slice(start + 3, rb);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  return {
    command,
    properties: space > 0 ? properties(info.slice(space + 1), ';', LEGACY) : {},
    data: unescapeWith(line.slice(rb + 1), LEGACY),
    legacy: true,
  };
}

export interface Executed extends WorkflowCommand {
  stream: 'stdout' | 'stderr';
  legacy: boolean;
  /** stop-commands or the token that ended it. */
  region: boolean;
}

export class RunnerProtocol {
  /** Commands the runner executed, in order (stop-commands and its resume token included). */
  readonly executed: Executed[] = [];
  /** The step's log as the runner shows it: masked, commands left out. */
  readonly log: string[] = [];
  private readonly registered = new Set([...COMMANDS, STOP]);
  private readonly secrets = new Set<string>();
  private stopToken: string | undefined;
  private lines = 0;
  private readonly partial = { stdout: '', stderr: '' };

  constructor(jobSecrets: string[] = []) {
    for (const s of jobSecrets) this.addMask(s);
  }

  /** A chunk of a stream, in the order the runner receives it. */
  feed(stream: 'stdout' | 'stderr', chunk: string): void {
    const text = this.partial[stream] + chunk;
    const parts = text.split(/\r\n|\n|\r(?!$)/);
    // A chunk ending in \r may be the first half of \r\n: keep it for the next chunk.
    this.partial[stream] = parts.pop() ?? '';
    for (const line of parts) this.line(stream, line);
  }

  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.partial[stream].replace(/\r$/, '');
      this.partial[stream] = '';
      if (rest !== '') this.line(stream, rest);
    }
  }

  /** Prints a line of the runner's own (the step header) through the masker. */
  print(line: string): void {
    this.log.push(this.mask(line));
  }

  mask(line: string): string {
    const values = [...this.secrets].sort((a, b) => b.length - a.length);
    let out = line;
    for (const v of values) out = out.split(v).join('***');
    return out;
  }

  get commandsStopped(): boolean {
    return this.stopToken !== undefined;
  }

  private addMask(value: string): void {
    if (value.trim() === '') return;
    const add = (v: string): void => {
      if (v === '') return;
      this.secrets.add(v);
      const json = JSON.stringify(v).slice(1, -1);
      if (json !== v) this.secrets.add(json);
    };
    add(value);
    for (const l of value.split(/[\r\n]/)) add(l.trim());
  }

  private line(stream: 'stdout' | 'stderr', line: string): void {
    const n = this.lines++;
    if (line.includes('##[') || line.includes('::')) {
      const cmd = parseV2(line, this.registered) ?? parseLegacy(line, this.registered);
      if (cmd && this.process(cmd, stream, n, line)) return;
    }
    this.log.push(this.mask(line.replace(/##\[(start|end)-action/g, '##[\\$1-action')));
  }

  private process(cmd: Parsed, stream: 'stdout' | 'stderr', line: number, raw: string): boolean {
    const name = cmd.command.toLowerCase();
    const record = (region = false): void => void this.executed.push({ ...cmd, line, stream, region });
    if (this.stopToken !== undefined) {
      if (name !== this.stopToken.toLowerCase()) return false;
      this.registered.delete(this.stopToken.toLowerCase());
      this.stopToken = undefined;
      this.log.push(this.mask(raw));
      record(true);
      return true;
    }
    if (name === STOP) {
      const token = cmd.data;
      if (token === '' || this.registered.has(token.toLowerCase()) || token.toLowerCase() === 'pause-logging') {
        throw new Error(`the runner refuses stop-commands token ${JSON.stringify(token)}`);
      }
      this.stopToken = token;
      this.registered.add(token.toLowerCase());
      if (token.length > 6) this.addMask(token);
      this.log.push(this.mask(raw));
      record(true);
      return true;
    }
    if (name === 'add-mask') this.addMask(cmd.data);
    record();
    return true;
  }
}

export interface RunnerView {
  /** The commands the runner executed, without the stop-commands regions' own. */
  commands: Executed[];
  /** Every command executed, regions included. */
  executed: Executed[];
  log: string[];
}

/** What the runner makes of a finished step's output (stdout before stderr). */
export function runnerView(stdout: string, stderr = '', jobSecrets: string[] = []): RunnerView {
  const r = new RunnerProtocol(jobSecrets);
  r.feed('stdout', stdout);
  r.feed('stderr', stderr);
  r.end();
  return { commands: r.executed.filter((c) => !c.region), executed: r.executed, log: r.log };
}

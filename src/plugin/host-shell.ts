// What Packer's shell-local provisioner and post-processor share (packer-plugin-sdk's shell-local): the options, their
// validation, and running each script on the host with execute_command, environment as quoted assignments.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Block } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { readEnvVars } from './env-names.js';
import { runDir } from '../cleanup/run-dir.js';
import { runInProcessGroup } from './host-process.js';
import { hostDigest } from './host-digest.js';
import { ProvisionerError } from './provisioner.js';
import { messageOf } from '../error-message.js';
import { ignored, PACKER_INTERNAL } from '../config/unsupported.js';

export const LOCAL_SHELL_SCHEMA = {
  attributes: {
    command: { type: T.string, description: 'One command, written to a temporary script.' },
    inline: {
      type: T.list(T.string),
      description:
        "Commands, written to one temporary script and run in order. The script lives in the run's own directory, `$TMPDIR/repack-run-<owner>` (mode 0700), and is removed when it ends; if repack is killed outright, the next build or `repack cleanup` removes it and ends the script's processes.",
    },
    script: { type: T.string, description: 'A script on the host.' },
    scripts: { type: T.list(T.string), description: 'Scripts run in order, each on its own.' },
    environment_vars: {
      type: T.list(T.string),
      default: [],
      description:
        '`"KEY=value"` pairs; `KEY` must match `^[A-Za-z_][A-Za-z0-9_]*$` (an error otherwise, as for `env` keys: names are written into the command unquoted).',
    },
    env: { type: T.map(T.string), default: {}, description: 'Variables; win over `environment_vars`.' },
    env_var_format: {
      type: T.string,
      default: "%s='%s' ",
      description: "How each variable is written into `{{.Vars}}`. Single quotes in values become `'\"'\"'`.",
    },
    execute_command: {
      type: T.list(T.string),
      default: ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'],
      description: 'The argv each script runs with; `{{.Vars}}`, `{{.Script}}`, `{{.Command}}` are expanded.',
    },
    inline_shebang: { type: T.string, default: '/bin/sh -e', description: 'First line of the script made from `command`/`inline`.' },
    only_on: { type: T.list(T.string), default: [], description: 'Run only on these OSes: `darwin`, `freebsd`, `linux`, `openbsd`, `solaris`, `windows`.' },
    tempfile_extension: { type: T.string, default: '', description: 'Extension of the temporary script.' },
    valid_exit_codes: { type: T.list(T.number), default: [0], description: 'Exit codes that count as success.' },
  },
  unsupported: {
    ...PACKER_INTERNAL,
    use_linux_pathing: ignored(
      'it converts Windows paths for the Windows Subsystem for Linux, and repack runs shell-local on Linux or macOS, where paths need no conversion; the value is ignored. Remove it.',
    ),
  },
} satisfies BodySchema;

const SUPPORTED_OS = ['darwin', 'freebsd', 'linux', 'openbsd', 'solaris', 'windows'];
const GO_OS: Record<string, string> = { win32: 'windows', sunos: 'solaris' };

export interface LocalShellConfig {
  inline?: string[];
  /** Absolute host paths. */
  scripts: string[];
  vars: [string, string][];
  envVarFormat: string;
  executeCommand: string[];
  inlineShebang: string;
  onlyOn: string[];
  tempfileExtension: string;
  validExitCodes: number[];
  /** Where scripts run: the working directory. */
  cwd: string;
}

const TOO_MANY = 'You may only specify one of the following options: command, inline, script or scripts. Please consolidate these options in your config.';

export function decodeLocalShell(d: Decoded<typeof LOCAL_SHELL_SCHEMA>, block: Block, dir: string): { config?: LocalShellConfig; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const a = d.attrs;
  const { command, inline, script, scripts } = a;
  const set = [command, inline, script, scripts].filter((x) => x !== null).length;
  if (set === 0) diags.push(error('Invalid shell-local', 'Command, Inline, Script and Scripts options cannot all be empty.', block.openBraceRange));
  if (set > 1) diags.push(error('Invalid shell-local', TOO_MANY, block.openBraceRange));
  const scriptPaths = (script !== null ? [script] : (scripts ?? [])).map((s) => ({ given: s, path: resolve(dir, s) }));
  for (const s of scriptPaths) {
    if (!existsSync(s.path))
      diags.push(
        error('Bad script', `Bad script '${s.given}': no such file (relative paths are resolved against ${dir}).`, d.ranges.script ?? d.ranges.scripts),
      );
  }
  for (const os of a.only_on) {
    if (!SUPPORTED_OS.includes(os))
      diags.push(error('Invalid only_on', `Invalid OS specified in only_on: '${os}'. Supported OS names: ${SUPPORTED_OS.join(', ')}.`, d.ranges.only_on));
  }
  const vars = readEnvVars(a.environment_vars, a.env, d.ranges, diags);
  if (a.execute_command.length === 0)
    diags.push(error('Invalid execute_command', 'execute_command needs at least the program to run.', d.ranges.execute_command));
  if (diags.length > 0) return { diagnostics: diags };
  return {
    diagnostics: diags,
    config: {
      inline: command !== null ? [command] : (inline ?? undefined),
      scripts: scriptPaths.map((s) => s.path),
      vars: [...vars],
      envVarFormat: a.env_var_format,
      executeCommand: a.execute_command,
      inlineShebang: a.inline_shebang,
      onlyOn: a.only_on,
      tempfileExtension: a.tempfile_extension.replace(/^\./, ''),
      validExitCodes: a.valid_exit_codes,
      cwd: dir,
    },
  };
}

/** Everything that decides what the scripts do, with a digest of each script file. */
export function describeLocalShell(c: LocalShellConfig): Record<string, unknown> {
  return {
    inline: c.inline ?? null,
    inlineShebang: c.inline ? c.inlineShebang : null,
    scripts: c.scripts.map((s) => ({ script: s, sha256: hostDigest(s) ?? null })),
    vars: [...c.vars].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    envVarFormat: c.envVarFormat,
    executeCommand: c.executeCommand,
    onlyOn: c.onlyOn,
    validExitCodes: c.validExitCodes,
  };
}

/** Go's fmt.Sprintf for a format with %s verbs (and %%). */
function sprintf(format: string, ...args: string[]): string {
  let i = 0;
  return format.replace(/%[s%]/g, (m) => (m === '%%' ? '%' : (args[i++] ?? '%!s(MISSING)')));
}

export function flattenVars(format: string, vars: Map<string, string>): string {
  return [...vars.keys()]
    .sort()
    .map((k) => sprintf(format, k, (vars.get(k) ?? '').replace(/'/g, `'"'"'`)))
    .join('');
}

export interface LocalShellRun {
  say(message: string): void;
  message(line: string): void;
  signal: AbortSignal;
  buildName: string;
  builderType: string;
  /** Variables the post-processor form adds (the artifact's ID and files). */
  extraVars?: [string, string][];
}

function render(arg: string, vars: string, script: string): string {
  return arg.replace(/\{\{\s*\.(Vars|Script|Command)\s*\}\}/g, (_, name: string) => (name === 'Vars' ? vars : script));
}

/** Runs the configured scripts on the host, in order; throws a ProvisionerError with Packer's wording on failure. */
export async function runLocalShell(c: LocalShellConfig, run: LocalShellRun): Promise<void> {
  const os = GO_OS[process.platform] ?? process.platform;
  if (c.onlyOn.length > 0 && !c.onlyOn.includes(os)) {
    run.say('Skipping shell-local due to runtime OS');
    return;
  }
  const vars = new Map([['PACKER_BUILD_NAME', run.buildName], ['PACKER_BUILDER_TYPE', run.builderType], ...(run.extraVars ?? []), ...c.vars]);
  const flattened = flattenVars(c.envVarFormat, vars);
  let tmp: string | undefined;
  try {
    const scripts = [...c.scripts];
    if (c.inline) {
      tmp = await mkdtemp(join(runDir(), 'packer-shell'));
      const path = join(tmp, `packer-shell${c.tempfileExtension ? `.${c.tempfileExtension}` : ''}`);
      await writeFile(path, `${c.inlineShebang ? `#!${c.inlineShebang}\n` : ''}${c.inline.map((l) => `${l}\n`).join('')}`);
      await chmod(path, 0o700);
      scripts.push(path);
    }
    for (const script of scripts) {
      run.say(`Running local shell script: ${script}`);
      const argv = c.executeCommand.map((arg) => render(arg, flattened, script));
      let code: number;
      try {
        code = await runInProcessGroup({ argv, cwd: c.cwd, message: run.message, signal: run.signal });
      } catch (e: unknown) {
        if (run.signal.aborted) throw new ProvisionerError('Local shell script was cancelled.');
        throw new ProvisionerError(`Error executing script: ${script}: ${messageOf(e)}`);
      }
      if (run.signal.aborted) throw new ProvisionerError('Local shell script was cancelled.');
      if (!c.validExitCodes.includes(code)) {
        throw new ProvisionerError(`Script exited with non-zero exit status: ${code}. Allowed exit codes are: [${c.validExitCodes.join(' ')}]`);
      }
    }
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

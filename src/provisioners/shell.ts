// Packer's `shell` provisioner: inline commands or scripts uploaded into the container and run with
// execute_command, environment passed as quoted assignments on the command line or in a sourced file.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { randomInt } from 'node:crypto';
import type { Block } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { readEnvVars } from '../plugin/env-names.js';
import { T } from '../hcl/value/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { PACKER_INTERNAL } from '../config/unsupported.js';
import { formatGoDuration, parseDuration } from '../plugin/duration.js';
import { BuildCancelled } from '../plugin/step.js';
import { flattenVars } from '../plugin/host-shell.js';
import { shellQuote } from '../plugin/shell-quote.js';
import { isDisconnect, retryStart } from './start-retry.js';
import { unixLines } from './unix-lines.js';
import { LineSplitter, ProvisionerError, type Provisioner, type ProvisionerContext, type ProvisionerPlugin } from '../plugin/provisioner.js';

const SCHEMA = {
  attributes: {
    inline: {
      type: T.list(T.string),
      description:
        'Commands, written as one script (`#!` + `inline_shebang`, then a line each) and run in order. Without `inline_shebang`, commands that start with `#!` keep their own.',
    },
    script: {
      type: T.string,
      description:
        'A script on the host; a relative path is relative to the working directory (as in Packer: where `repack` runs, or the action\'s `working-directory`; use `"${path.root}/x.sh"` for a script next to the template).',
    },
    scripts: { type: T.list(T.string), description: 'Several scripts, run in order; the first failure stops the step.' },
    inline_shebang: {
      doc: { default: '`"/bin/sh -e"`' },
      type: T.string,
      description: 'The shebang of the script made from `inline`: with `-e`, the first failing command fails the step.',
    },
    environment_vars: {
      type: T.list(T.string),
      default: [],
      description:
        '`"KEY=value"` pairs set for every script; `KEY` must match `^[A-Za-z_][A-Za-z0-9_]*$` (an error otherwise, as for `env` keys: names are written into the command unquoted).',
    },
    env: { type: T.map(T.string), default: {}, description: 'The same as a map; merged with `environment_vars` (`env` wins on the same key).' },
    env_var_format: {
      doc: { default: '`"%s=\'%s\' "` (with `use_env_var_file`: `"export %s=\'%s\'\\n"`)' },
      type: T.string,
      description:
        "How each variable is written into `{{.Vars}}` or the variables file: a Go format of the name, then the value (its `'` written as `'\"'\"'`).",
    },
    use_env_var_file: {
      type: T.bool,
      default: false,
      description:
        'Write the variables to `remote_folder/varfile_NNNN.sh` (mode `0600`, owned as uploads are) instead of the command line; `{{.EnvVarFile}}` names it; removed after the scripts unless `skip_clean`.',
    },
    execute_command: {
      doc: { default: '`"chmod +x {{.Path}}; {{.Vars}} {{.Path}}"` (with `use_env_var_file`: `"chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}"`)' },
      type: T.string,
      description: 'How each script is run; `{{.Vars}}`, `{{.Path}}` and `{{.EnvVarFile}}` are expanded.',
    },
    remote_folder: { type: T.string, default: '/tmp', description: 'Directory the script is written to.' },
    remote_file: { doc: { default: '`script_NNNN.sh`' }, type: T.string, description: 'File name of the script (NNNN random per provisioner, as in Packer).' },
    remote_path: { doc: { default: '`remote_folder/remote_file`' }, type: T.string, description: 'Full path of the script.' },
    binary: {
      type: T.bool,
      default: false,
      description: "Upload scripts byte for byte. When `false`, as in Packer, each line's `\\r\\n` becomes `\\n` and a last line without a line end gets one.",
    },
    valid_exit_codes: { type: T.list(T.number), default: [0], description: 'Exit codes that count as success.' },
    skip_clean: { type: T.bool, default: false, description: 'Leave the script at `remote_path` (it is then in the committed image).' },
    pause_after: {
      key: false,
      doc: { type: 'duration' },
      type: T.string,
      description:
        'Wait this long after the last script, printing `Pausing 10s after this provisioner...`. A step served from the layer cache does not run, so it does not wait.',
    },
    start_retry_timeout: {
      key: false,
      doc: { type: 'duration', default: '`"5m"`' },
      type: T.string,
      description:
        "How long a script whose upload or start fails for a reason that can pass (the engine's connection refused, a 5xx answer) is tried again, every 2 s. A script that started is never run twice.",
    },
    expect_disconnect: {
      type: T.bool,
      default: false,
      description:
        "A script whose exec ends without an exit status (the container or the engine went away) counts as success; without it that fails with Packer's `Script disconnected unexpectedly...`.",
    },
  },
  unsupported: PACKER_INTERNAL,
} satisfies BodySchema;

const DISCONNECTED =
  'Script disconnected unexpectedly. If you expected your script to disconnect, i.e. from a restart, you can try adding `"expect_disconnect": true` or `"valid_exit_codes": [0, 2300218]` to the shell provisioner parameters.';
/** Packer's exit status for a command whose connection was lost. */
const CMD_DISCONNECT = 2300218;

export interface ShellConfig {
  /** Script files as their bytes, never decoded (a Latin-1 script or a binary payload arrives as it is). */
  scripts: { name: string; content: string | Buffer }[];
  env: Map<string, string>;
  envVarFormat: string;
  /** Where the variables file goes (use_env_var_file), else undefined. */
  envVarFile?: string;
  executeCommand: string;
  remotePath: string;
  validExitCodes: number[];
  skipClean: boolean;
  pauseAfterMs: number;
  startRetryTimeoutMs: number;
  expectDisconnect: boolean;
}

function duration(d: Decoded<typeof SCHEMA>, name: 'pause_after' | 'start_retry_timeout', diags: Diagnostic[]): number {
  const text = d.attrs[name];
  if (typeof text !== 'string') return 0;
  const ms = parseDuration(text);
  if (ms === undefined) diags.push(error(`Invalid ${name}`, `"${text}" is not a duration. Write it like "30s", "5m" or "1h30m".`, d.ranges[name]));
  return ms ?? 0;
}

function readScripts(d: Decoded<typeof SCHEMA>, dir: string, diags: Diagnostic[]): ShellConfig['scripts'] {
  const a = d.attrs;
  const binary = a.binary === true;
  const scripts: ShellConfig['scripts'] = [];
  for (const path of a.script !== null ? [a.script] : (a.scripts ?? [])) {
    try {
      const bytes = readFileSync(resolve(dir, path));
      // Line endings converted byte for byte (latin1 maps each byte to one character and back).
      scripts.push({ name: path, content: binary ? bytes : Buffer.from(unixLines(bytes.toString('latin1')), 'latin1') });
    } catch (e: unknown) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      diags.push(
        error(
          'Script not readable',
          `The script ${path} could not be read (${code}). Relative paths are resolved against the working directory, ${dir}.`,
          d.ranges.script ?? d.ranges.scripts,
        ),
      );
    }
  }
  const inline = a.inline;
  if (inline) {
    const commands = inline.map((c) => `${c}\n`).join('');
    // As Packer: without an inline_shebang of its own, commands that start with #! keep theirs.
    const shebang = a.inline_shebang === null && commands.startsWith('#!') ? '' : `#!${a.inline_shebang ?? '/bin/sh -e'}\n`;
    scripts.push({ name: 'inline', content: unixLines(shebang + commands) });
  }
  return scripts;
}

function decode(d: Decoded<typeof SCHEMA>, block: Block, dir: string): { provisioner?: Provisioner; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const a = d.attrs;
  const given = [a.inline, a.script, a.scripts].filter((x) => x !== null).length;
  if (given !== 1) {
    diags.push(error('Invalid shell provisioner', `Exactly one of "inline", "script" or "scripts" must be set (found ${given}).`, block.openBraceRange));
    return { diagnostics: diags };
  }
  const scripts = readScripts(d, dir, diags);
  const env = readEnvVars(a.environment_vars, a.env, d.ranges, diags);
  const useFile = a.use_env_var_file === true;
  const folder = a.remote_folder.replace(/\/+$/, '');
  const file = a.remote_file ?? `script_${randomInt(1000, 10000)}.sh`;
  const config: ShellConfig = {
    scripts,
    env,
    envVarFormat: a.env_var_format || (useFile ? "export %s='%s'\n" : "%s='%s' "),
    envVarFile: useFile ? `${folder}/varfile_${randomInt(1000, 10000)}.sh` : undefined,
    executeCommand: a.execute_command || (useFile ? 'chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}' : 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}'),
    remotePath: a.remote_path ?? `${folder}/${file}`,
    validExitCodes: a.valid_exit_codes,
    skipClean: a.skip_clean === true,
    pauseAfterMs: duration(d, 'pause_after', diags),
    // As Packer: an unset or zero start_retry_timeout is 5m.
    startRetryTimeoutMs: duration(d, 'start_retry_timeout', diags) || 5 * 60_000,
    expectDisconnect: a.expect_disconnect === true,
  };
  return diags.length > 0 ? { diagnostics: diags } : { provisioner: new ShellProvisioner(config), diagnostics: diags };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    if (signal.aborted) return fail(new BuildCancelled());
    const onAbort = () => {
      clearTimeout(timer);
      fail(new BuildCancelled());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      done();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export class ShellProvisioner implements Provisioner {
  constructor(readonly config: ShellConfig) {}

  describe(): unknown {
    const c = this.config;
    // The uploaded script stays in the image only with skip_clean; only then does its path change the result.
    const left = c.skipClean ? { remotePath: c.remotePath, envVarFile: c.envVarFile ?? null } : {};
    return {
      type: 'shell',
      // Bytes are keyed by their sha256 (key.ts), text as itself.
      scripts: c.scripts.map((s) => s.content),
      env: [...c.env].sort(),
      envVarFormat: c.envVarFormat,
      useEnvVarFile: c.envVarFile !== undefined,
      executeCommand: c.executeCommand,
      validExitCodes: c.validExitCodes,
      skipClean: c.skipClean,
      expectDisconnect: c.expectDisconnect,
      ...left,
    };
  }

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    const env = new Map(c.env);
    env.set('PACKER_BUILD_NAME', ctx.buildName);
    env.set('PACKER_BUILDER_TYPE', ctx.builderType);
    const vars = flattenVars(c.envVarFormat, env);
    const retrying = (what: string) => (e: Error) => ctx.say(`${what} failed, retrying until start_retry_timeout: ${e.message}`);
    if (c.envVarFile !== undefined) {
      const path = c.envVarFile;
      await retryStart(
        async () => {
          await ctx.comm.upload(path, unixLines(vars), 0o600);
          await ctx.comm.fixUploadOwner(path);
        },
        c.startRetryTimeoutMs,
        ctx.signal,
        retrying('Uploading the variables file'),
      );
    }
    const execute = c.executeCommand
      .replace(/\{\{\s*\.Vars\s*\}\}/g, vars)
      .replace(/\{\{\s*\.Path\s*\}\}/g, c.remotePath)
      .replace(/\{\{\s*\.EnvVarFile\s*\}\}/g, c.envVarFile ?? '');
    for (const script of c.scripts) {
      ctx.say(script.name === 'inline' ? 'Provisioning with shell script: inline commands' : `Provisioning with shell script: ${basename(script.name)}`);
      const exitCode = await this.runOne(ctx, script.content, execute, retrying('Starting the script'));
      if (exitCode === CMD_DISCONNECT) {
        if (!c.expectDisconnect) throw new ProvisionerError(DISCONNECTED);
      } else if (!c.validExitCodes.includes(exitCode)) {
        throw new ProvisionerError(`Script exited with non-zero exit status: ${exitCode}. Allowed exit codes are: [${c.validExitCodes.join(' ')}]`);
      }
    }
    if (c.envVarFile !== undefined && !c.skipClean) {
      const r = await ctx.comm.run(`rm -f ${shellQuote(c.envVarFile)}`, { signal: ctx.signal });
      if (r.exitCode !== 0) throw new ProvisionerError(`Error removing temporary script at ${c.envVarFile}!`);
    }
    if (c.pauseAfterMs > 0) {
      ctx.say(`Pausing ${formatGoDuration(c.pauseAfterMs)} after this provisioner...`);
      await sleep(c.pauseAfterMs, ctx.signal);
    }
  }

  /** The script's exit code, or CMD_DISCONNECT when the exec's connection ended without one. */
  private async runOne(ctx: ProvisionerContext, content: string | Buffer, execute: string, onRetry: (e: Error) => void): Promise<number> {
    const c = this.config;
    const out = new LineSplitter(ctx.message);
    const err = new LineSplitter(ctx.message);
    try {
      const result = await retryStart(
        () =>
          ctx.comm.runScript(c.remotePath, content, execute, {
            keep: c.skipClean,
            onStdout: (b) => out.push(b),
            onStderr: (b) => err.push(b),
            signal: ctx.signal,
          }),
        c.startRetryTimeoutMs,
        ctx.signal,
        onRetry,
      );
      return result.exitCode;
    } catch (e: unknown) {
      if (isDisconnect(e) && !ctx.signal.aborted) return CMD_DISCONNECT;
      throw e;
    } finally {
      out.flush();
      err.flush();
    }
  }
}

export const shell: ProvisionerPlugin<typeof SCHEMA> = { schema: SCHEMA, decode };

// Packer's `shell` provisioner: inline commands or scripts uploaded into the container and run with
// execute_command, environment passed as quoted assignments on the command line.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { randomInt } from 'node:crypto';
import type { Block } from '../hcl/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { T } from '../hcl/value.js';
import type { BodySchema, Decoded } from '../config/schema.js';
import { flattenEnv } from './shell-quote.js';
import { LineSplitter, ProvisionerError, type Provisioner, type ProvisionerContext, type ProvisionerPlugin } from './provisioner.js';

const SCHEMA: BodySchema = {
  attributes: {
    inline: { type: T.list(T.string), description: 'Commands, run as one script in order.' },
    script: { type: T.string, description: 'Path of a script on the host to upload and run.' },
    scripts: { type: T.list(T.string), description: 'Paths of scripts on the host, run in order.' },
    inline_shebang: { type: T.string, default: '/bin/sh -e', description: 'The shebang of the script made from inline.' },
    environment_vars: { type: T.list(T.string), default: [], description: '"KEY=value" pairs set for every script.' },
    env: { type: T.map(T.string), default: {}, description: 'Variables set for every script (merged with environment_vars).' },
    execute_command: {
      type: T.string,
      default: 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}',
      description: 'How each script is run; {{.Vars}} and {{.Path}} are expanded.',
    },
    remote_folder: { type: T.string, default: '/tmp', description: 'Directory scripts are uploaded to.' },
    remote_file: { type: T.string, description: 'File name scripts are uploaded as (default script_NNNN.sh).' },
    remote_path: { type: T.string, description: 'Full path scripts are uploaded to (remote_folder/remote_file).' },
    valid_exit_codes: { type: T.list(T.number), default: [0], description: 'Exit codes that count as success.' },
    skip_clean: { type: T.bool, default: false, description: 'Leave the uploaded script in place.' },
  },
};

export interface ShellConfig {
  scripts: { name: string; content: string }[];
  env: Map<string, string>;
  executeCommand: string;
  remotePath: string;
  validExitCodes: number[];
  skipClean: boolean;
}

function decode(d: Decoded, block: Block, dir: string): { provisioner?: Provisioner; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const a = d.attrs;
  const inline = a.inline as string[] | null;
  const script = a.script as string | null;
  const scriptList = a.scripts as string[] | null;
  const given = [inline, script, scriptList].filter((x) => x !== null).length;
  if (given !== 1) {
    diags.push(error('Invalid shell provisioner', `Exactly one of "inline", "script" or "scripts" must be set (found ${given}).`, block.openBraceRange));
    return { diagnostics: diags };
  }
  const scripts: ShellConfig['scripts'] = [];
  if (inline) scripts.push({ name: 'inline', content: `#!${a.inline_shebang as string}\n${inline.join('\n')}\n` });
  for (const path of script ? [script] : (scriptList ?? [])) {
    try {
      scripts.push({ name: path, content: readFileSync(resolve(dir, path), 'utf8') });
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
  const env = new Map<string, string>();
  for (const kv of a.environment_vars as string[]) {
    const eq = kv.indexOf('=');
    if (eq <= 0) {
      diags.push(error('Invalid environment_vars entry', `Environment variable not in format 'key=value': ${JSON.stringify(kv)}.`, d.ranges.environment_vars));
      continue;
    }
    env.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  for (const [k, v] of Object.entries(a.env as Record<string, string>)) env.set(k, v);
  const folder = a.remote_folder as string;
  const file = (a.remote_file as string | null) ?? `script_${randomInt(1000, 10000)}.sh`;
  const config: ShellConfig = {
    scripts,
    env,
    executeCommand: a.execute_command as string,
    remotePath: (a.remote_path as string | null) ?? `${folder.replace(/\/+$/, '')}/${file}`,
    validExitCodes: a.valid_exit_codes as number[],
    skipClean: a.skip_clean === true,
  };
  return diags.length > 0 ? { diagnostics: diags } : { provisioner: new ShellProvisioner(config), diagnostics: diags };
}

export class ShellProvisioner implements Provisioner {
  constructor(readonly config: ShellConfig) {}

  describe(): unknown {
    const c = this.config;
    // The uploaded script stays in the image only with skip_clean; only then does its path change the result.
    const left = c.skipClean ? { remotePath: c.remotePath } : {};
    return {
      type: 'shell',
      scripts: c.scripts.map((s) => s.content),
      env: [...c.env].sort(),
      executeCommand: c.executeCommand,
      validExitCodes: c.validExitCodes,
      skipClean: c.skipClean,
      ...left,
    };
  }

  async run(ctx: ProvisionerContext): Promise<void> {
    const c = this.config;
    const env = new Map(c.env);
    env.set('PACKER_BUILD_NAME', ctx.buildName);
    env.set('PACKER_BUILDER_TYPE', ctx.builderType);
    const execute = c.executeCommand.replace(/\{\{\s*\.Vars\s*\}\}/g, flattenEnv(env)).replace(/\{\{\s*\.Path\s*\}\}/g, c.remotePath);
    for (const script of c.scripts) {
      ctx.say(script.name === 'inline' ? 'Provisioning with shell script: inline commands' : `Provisioning with shell script: ${basename(script.name)}`);
      const out = new LineSplitter(ctx.message);
      const err = new LineSplitter(ctx.message);
      const result = await ctx.comm.runScript(c.remotePath, script.content, execute, {
        keep: c.skipClean,
        onStdout: (b) => out.push(b),
        onStderr: (b) => err.push(b),
        signal: ctx.signal,
      });
      out.flush();
      err.flush();
      if (!c.validExitCodes.includes(result.exitCode)) {
        throw new ProvisionerError(`Script exited with non-zero exit status: ${result.exitCode}. Allowed exit codes are: [${c.validExitCodes.join(' ')}]`);
      }
    }
  }
}

export const shell: ProvisionerPlugin = { schema: SCHEMA, decode };

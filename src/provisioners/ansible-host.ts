// Running Ansible's programs on the host: output streamed line by line, a cancel reaching the whole process group,
// and a missing program named with the package that provides it.
import { spawnSync } from 'node:child_process';
import { runInProcessGroup } from '../plugin/host-process.js';
import { ProvisionerError } from '../plugin/provisioner.js';

export interface HostRun {
  message(line: string): void;
  signal: AbortSignal;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** What to install when `command` cannot be found. */
export function missingProgram(command: string): string {
  return (
    `${command} was not found on PATH. The ansible provisioner runs Ansible on the machine that runs repack: ` +
    'install it there (Debian/Ubuntu: apt-get install ansible; elsewhere: pip install ansible-core), ' +
    'or set skip_version_check = true if an earlier step installs it.'
  );
}

/** Runs argv on the host in a process group of its own; resolves with its exit status (128+15 for a signal). */
export async function runOnHost(argv: string[], run: HostRun): Promise<number> {
  try {
    return await runInProcessGroup({ argv, cwd: run.cwd, env: run.env, message: run.message, signal: run.signal });
  } catch (e: unknown) {
    throw (e as NodeJS.ErrnoException).code === 'ENOENT' ? new ProvisionerError(missingProgram(argv[0])) : e;
  }
}

const versions = new Map<string, string>();

/** `command --version`'s version, as Packer's getVersion finds it; throws Packer's message when it cannot. */
export function ansibleVersion(command: string, env: NodeJS.ProcessEnv = process.env): string {
  const known = versions.get(command);
  if (known) return known;
  const r = spawnSync(command, ['--version'], { env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new ProvisionerError(`Error running "${command} --version": ${code === 'ENOENT' ? missingProgram(command) : r.error.message}`);
  }
  if (r.status !== 0) throw new ProvisionerError(`Error running "${command} --version": exit status ${r.status}`);
  const m = /\w (\d+\.\d+[.\d+]*)/.exec(r.stdout);
  if (!m) throw new ProvisionerError(`Could not find ${command} version in output:\n${r.stdout}`);
  versions.set(command, m[1]);
  return m[1];
}

// Running Ansible's programs on the host: output streamed line by line, a cancel reaching the whole process group,
// and a missing program named with the package that provides it.
import { spawn, spawnSync } from 'node:child_process';
import { LineSplitter, ProvisionerError } from './provisioner.js';

export interface HostRun {
  message(line: string): void;
  signal: AbortSignal;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const CANCEL_GRACE_MS = 5000;

/** What to install when `command` cannot be found. */
export function missingProgram(command: string): string {
  return (
    `${command} was not found on PATH. The ansible provisioner runs Ansible on the machine that runs repack: ` +
    'install it there (Debian/Ubuntu: apt-get install ansible; elsewhere: pip install ansible-core), ' +
    'or set skip_version_check = true if an earlier step installs it.'
  );
}

/** Runs argv on the host; resolves with its exit status (128+n for a signal). */
export function runOnHost(argv: string[], run: HostRun): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = new LineSplitter(run.message);
    const err = new LineSplitter(run.message);
    const child = spawn(argv[0], argv.slice(1), { cwd: run.cwd, env: run.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // The group is gone already.
      }
    };
    let hardKill: NodeJS.Timeout | undefined;
    const cancel = (): void => {
      signalGroup('SIGTERM');
      hardKill = setTimeout(() => signalGroup('SIGKILL'), CANCEL_GRACE_MS);
    };
    if (run.signal.aborted) cancel();
    else run.signal.addEventListener('abort', cancel, { once: true });
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      run.signal.removeEventListener('abort', cancel);
      reject(e.code === 'ENOENT' ? new ProvisionerError(missingProgram(argv[0])) : e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(hardKill);
      run.signal.removeEventListener('abort', cancel);
      if (run.signal.aborted) signalGroup('SIGKILL');
      out.flush();
      err.flush();
      resolve(code ?? (signal ? 128 + 15 : 1));
    });
  });
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

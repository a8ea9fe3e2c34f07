// A program run on the host for a step (shell-local's scripts, ansible-playbook): in a process group of its own, so a
// cancel reaches everything it started — a plain kill of the first process would leave its children running on,
// holding the output open. SIGTERM to the group, SIGKILL after a grace period, and the promise settles only once the
// group's output has closed. Output goes to the log line by line.
import { spawn } from 'node:child_process';
import { recordGroup } from '../cleanup/run-dir.js';
import { LineSplitter } from './provisioner.js';

/** How long a cancelled program's process group has between SIGTERM and SIGKILL (the runner's own grace is 7.5 s). */
const CANCEL_GRACE_MS = 5000;

export interface HostProcess {
  argv: string[];
  cwd: string;
  /** The environment; the process's own when absent. */
  env?: NodeJS.ProcessEnv;
  message(line: string): void;
  signal: AbortSignal;
}

/** Runs argv; resolves with its exit status (128+15 for a signal), rejects with spawn's error (ENOENT, …). */
export function runInProcessGroup(p: HostProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = new LineSplitter(p.message);
    const err = new LineSplitter(p.message);
    const child = spawn(p.argv[0], p.argv.slice(1), { cwd: p.cwd, env: p.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    // Recorded so that a run killed outright (SIGKILL) has its group ended by the next run or `repack cleanup`.
    const forget = child.pid !== undefined ? recordGroup(child.pid) : () => undefined;
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
    if (p.signal.aborted) cancel();
    else p.signal.addEventListener('abort', cancel, { once: true });
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      forget();
      p.signal.removeEventListener('abort', cancel);
      reject(e);
    });
    child.on('close', (code, signal) => {
      forget();
      clearTimeout(hardKill);
      p.signal.removeEventListener('abort', cancel);
      // The first process may have exited on SIGTERM while what it started ignored it: end the rest of the group too.
      if (p.signal.aborted) signalGroup('SIGKILL');
      out.flush();
      err.flush();
      resolve(code ?? (signal ? 128 + 15 : 1));
    });
  });
}

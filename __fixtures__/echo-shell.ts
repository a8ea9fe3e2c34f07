// A "shell" for the in-memory driver, enough for the shell provisioner's uploaded scripts in engine-level tests.
import { FakeDriver } from './fake-driver.js';
import type { ExecResult, ExecSpec } from '../src/docker/driver.js';

/**
 * Makes `d`'s exec run the uploaded script's `echo TEXT > FILE` lines (with $VARS from the command line) and stop at
 * a line `exit N`; the script itself goes, as the shell provisioner's EXIT trap removes it.
 */
export function echoShell(d: FakeDriver): FakeDriver {
  const run = (id: string, cmd: string): ExecResult => {
    const script = /; (.*?)(\/tmp\/script_\d+\.sh)\)$/.exec(cmd);
    if (!script) return { exitCode: 0, stdout: '', stderr: '' };
    const vars = new Map([...script[1].matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1], m[2]]));
    const files = d.containers.get(id)?.files;
    for (const line of d.fileIn(id, script[2])?.toString().split('\n') ?? []) {
      const exit = /^exit (\d+)$/.exec(line);
      if (exit) return { exitCode: Number(exit[1]), stdout: '', stderr: '' };
      const m = /^echo (.*) > (\S+)$/.exec(line);
      if (m) files?.set(m[2], { type: 'file', content: Buffer.from(`${m[1].replace(/\$(\w+)/g, (_, v: string) => vars.get(v) ?? '')}\n`), mode: 0o644 });
    }
    return { exitCode: 0, stdout: '', stderr: '' };
  };
  d.onExec((id, spec: ExecSpec) => {
    const cmd = spec.cmd[2] ?? '';
    const result = run(id, cmd);
    const trap = /^\(trap 'rm -f '"'"'([^']+)'"'"'' EXIT; /.exec(cmd);
    if (trap) d.containers.get(id)?.files.delete(trap[1]);
    return result;
  });
  return d;
}

/** A daemon with only `base` (bash, with a PATH), whose shell is `echoShell`. */
export function echoShellDriver(base: string): FakeDriver {
  return echoShell(new FakeDriver().addRemoteImage(base, { Cmd: ['bash'], Env: ['PATH=/usr/bin:/bin'] }));
}

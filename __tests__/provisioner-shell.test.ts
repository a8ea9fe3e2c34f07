// The shell provisioner's options with Packer's meaning (provisioner/shell/provisioner.go) on the docker
// communicator: env_var_format, use_env_var_file, binary, pause_after, start_retry_timeout, expect_disconnect, and
// the inline shebang rule.
import { afterEach, describe, expect, it } from '@jest/globals';
import { commands, container, plan, TempDirs, template, where } from '../__fixtures__/plugins/harness.js';
import { DriverError } from '../src/docker/driver.js';
import type { ExecSpec } from '../src/docker/driver.js';
import type { ShellProvisioner } from '../src/provisioners/shell.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

function shell(body: string, files: Record<string, string> = {}): ShellProvisioner {
  const dir = temps.make({ 't.pkr.hcl': template(`  provisioner "shell" {\n${body}\n  }`), ...files });
  const { builds, diagnostics } = plan(dir);
  expect(where(diagnostics)).toEqual([]);
  return builds[0].provisioners[0].provisioner as ShellProvisioner;
}

const uploaded = (c: Awaited<ReturnType<typeof container>>, path: string) => c.driver.containers.get(c.id)?.files.get(path);

describe('environment variables', () => {
  it('env_var_format writes each variable with a Go format of name and value, quotes escaped as Packer does', async () => {
    const p = shell(`inline = ["true"]\n    environment_vars = ["A=1", "B=it's"]\n    env_var_format = "%s=\\"%s\\" "\n    remote_path = "/tmp/s.sh"`);
    const c = await container();
    await p.run(c.ctx);
    expect(commands(c.driver).map((x) => x.cmd)).toEqual([
      `(trap 'rm -f '"'"'/tmp/s.sh'"'"'' EXIT; chmod +x /tmp/s.sh; A="1" B="it'"'"'s" PACKER_BUILDER_TYPE="docker" PACKER_BUILD_NAME="a"  /tmp/s.sh)`,
    ]);
  });

  it('the default format ends each assignment with a space, as Packer does', async () => {
    const p = shell(`inline = ["true"]\n    env = { A = "1" }\n    remote_path = "/tmp/s.sh"`);
    const c = await container();
    await p.run(c.ctx);
    expect(commands(c.driver)[0].cmd).toContain(`chmod +x /tmp/s.sh; A='1' PACKER_BUILDER_TYPE='docker' PACKER_BUILD_NAME='a'  /tmp/s.sh`);
  });

  it('use_env_var_file uploads the variables as a file (0600) that the default execute_command sources, then removes it', async () => {
    const p = shell(`inline = ["true"]\n    environment_vars = ["A=x y"]\n    use_env_var_file = true\n    remote_path = "/tmp/s.sh"`);
    const file = p.config.envVarFile ?? '';
    expect(file).toMatch(/^\/tmp\/varfile_\d{4}\.sh$/);
    const c = await container();
    await p.run(c.ctx);
    const vars = uploaded(c, file);
    expect(vars?.content.toString()).toBe("export A='x y'\nexport PACKER_BUILDER_TYPE='docker'\nexport PACKER_BUILD_NAME='a'\n");
    expect(vars?.mode).toBe(0o600);
    const cmds = commands(c.driver).map((x) => x.cmd);
    expect(cmds).toContain(`(trap 'rm -f '"'"'/tmp/s.sh'"'"'' EXIT; chmod +x /tmp/s.sh; . ${file} && /tmp/s.sh)`);
    expect(cmds[cmds.length - 1]).toBe(`(rm -f '${file}')`);
  });

  it('use_env_var_file with env_var_format and an execute_command of its own', async () => {
    const p = shell(
      `inline = ["true"]\n    env = { A = "1" }\n    use_env_var_file = true\n    env_var_format = "%s=%s\\n"\n    execute_command = "sh -c 'set -a; . {{.EnvVarFile}}; sh {{.Path}}'"\n    skip_clean = true`,
    );
    const c = await container();
    await p.run(c.ctx);
    const file = p.config.envVarFile ?? '';
    expect(uploaded(c, file)?.content.toString()).toBe('A=1\nPACKER_BUILDER_TYPE=docker\nPACKER_BUILD_NAME=a\n');
    // fix_upload_owner gives the file to the container's user, as the docker plugin's upload does.
    expect(commands(c.driver).map((x) => x.cmd)).toEqual([`chown -R 'root' '${file}'`, `(sh -c 'set -a; . ${file}; sh ${p.config.remotePath}')`]);
  });
});

describe('binary', () => {
  const SCRIPT = 'echo one\r\necho two';

  it('off (the default): line ends become \\n and the last line gets one, as Packer’s UnixReader does', async () => {
    const p = shell(`script = "s.sh"\n    remote_path = "/tmp/s.sh"`, { 's.sh': SCRIPT });
    const c = await container();
    await p.run(c.ctx);
    expect(uploaded(c, '/tmp/s.sh')?.content.toString()).toBe('echo one\necho two\n');
  });

  it('on: the script is uploaded byte for byte', async () => {
    const p = shell(`script = "s.sh"\n    binary = true\n    remote_path = "/tmp/s.sh"`, { 's.sh': SCRIPT });
    const c = await container();
    await p.run(c.ctx);
    expect(uploaded(c, '/tmp/s.sh')?.content.toString()).toBe(SCRIPT);
  });
});

describe('inline shebang', () => {
  it('inline commands starting with #! keep their own shebang unless inline_shebang is set', async () => {
    expect(shell('inline = ["#!/bin/bash", "echo hi"]').config.scripts[0].content).toBe('#!/bin/bash\necho hi\n');
    expect(shell('inline = ["echo hi"]').config.scripts[0].content).toBe('#!/bin/sh -e\necho hi\n');
    expect(shell('inline = ["#!/bin/bash", "echo hi"]\n    inline_shebang = "/bin/sh -x"').config.scripts[0].content).toBe(
      '#!/bin/sh -x\n#!/bin/bash\necho hi\n',
    );
  });
});

describe('pause_after', () => {
  it('waits after the scripts and says so in Go’s duration format', async () => {
    const p = shell('inline = ["true"]\n    pause_after = "0.25s"');
    const c = await container();
    const start = Date.now();
    await p.run(c.ctx);
    expect(Date.now() - start).toBeGreaterThanOrEqual(240);
    expect(c.lines[c.lines.length - 1]).toBe('==> Pausing 250ms after this provisioner...');
  });

  it('rejects what is not a duration', () => {
    const dir = temps.make({ 't.pkr.hcl': template('  provisioner "shell" {\n    inline = ["true"]\n    pause_after = "soon"\n  }') });
    expect(where(plan(dir).diagnostics)).toEqual(['t.pkr.hcl:9:19 Invalid pause_after']);
  });
});

describe('start_retry_timeout', () => {
  it('retries a script whose upload failed for a passing reason', async () => {
    const p = shell('inline = ["true"]\n    start_retry_timeout = "30s"');
    const c = await container();
    c.driver.failOn('putArchive', new DriverError('upload: connect ECONNREFUSED /var/run/docker.sock'), { times: 1 });
    await p.run(c.ctx);
    expect(c.lines).toContain('==> Starting the script failed, retrying until start_retry_timeout: upload: connect ECONNREFUSED /var/run/docker.sock');
    expect(commands(c.driver)).toHaveLength(1);
  }, 10_000);

  it('gives up at once on a failure that cannot pass, or once the timeout is spent', async () => {
    const c = await container();
    c.driver.failOn('putArchive', new DriverError('upload: Could not find the file /nope in container', 404), { times: 1 });
    await expect(shell('inline = ["true"]').run(c.ctx)).rejects.toThrow('Could not find the file');
    const d = await container();
    d.driver.failOn('putArchive', new DriverError('upload: connect ECONNREFUSED /var/run/docker.sock'), { times: 1 });
    await expect(shell('inline = ["true"]\n    start_retry_timeout = "1s"').run(d.ctx)).rejects.toThrow('ECONNREFUSED');
  });
});

describe('expect_disconnect', () => {
  const disconnect = (spec: unknown) => ((spec as ExecSpec).cmd[2] ?? '').includes('chmod +x');

  it('without it, a script whose exec ends without an exit status fails with Packer’s message', async () => {
    const c = await container();
    c.driver.failOn('exec', new DriverError('exec finished without an exit code', undefined, 'connection-lost'), { when: ([, spec]) => disconnect(spec) });
    await expect(shell('inline = ["reboot"]').run(c.ctx)).rejects.toThrow(/^Script disconnected unexpectedly\. If you expected your script to disconnect/);
  });

  it('with it, the disconnect counts as success', async () => {
    const c = await container();
    c.driver.failOn('exec', new DriverError('exec finished without an exit code', undefined, 'connection-lost'), { when: ([, spec]) => disconnect(spec) });
    await expect(shell('inline = ["reboot"]\n    expect_disconnect = true').run(c.ctx)).resolves.toBeUndefined();
  });

  it('never re-runs a script that started', async () => {
    const c = await container();
    c.driver.failOn('exec', new DriverError('exec in container: read ECONNRESET', undefined, 'connection-lost'), { when: ([, spec]) => disconnect(spec) });
    await expect(shell('inline = ["true"]').run(c.ctx)).rejects.toThrow(/^Script disconnected unexpectedly/);
    expect(c.driver.callsTo('exec').filter(([, spec]) => disconnect(spec))).toHaveLength(1);
  });
});

// shell-local on the host: Packer's option rules, the environment it passes, execute_command, exit codes, only_on,
// and a describe() that follows the scripts' contents.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { container, plan, template, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import type { Provisioner } from '../src/plugin/provisioner.js';
import { flattenVars } from '../src/plugin/host-shell.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

function provisioner(body: string, files: Record<string, string> = {}): { p: Provisioner; dir: string } {
  const dir = temps.make({ ...files, 't.pkr.hcl': template(`  provisioner "shell-local" {\n${body}\n  }`) });
  const { builds, diagnostics } = plan(dir);
  expect(where(diagnostics)).toEqual([]);
  return { p: builds[0].provisioners[0].provisioner, dir };
}

async function run(body: string, files: Record<string, string> = {}) {
  const { p, dir } = provisioner(body, files);
  const c = await container();
  await p.run(c.ctx);
  return { lines: c.lines, dir, ctx: c.ctx, p };
}

describe('decoding', () => {
  it.each([
    ['', ['t.pkr.hcl:7:29 Invalid shell-local']],
    ['command = "a"\n inline = ["b"]', ['t.pkr.hcl:7:29 Invalid shell-local']],
    ['script = "nope.sh"', ['t.pkr.hcl:8:10 Bad script']],
    ['inline = ["x"]\n only_on = ["plan9"]', ['t.pkr.hcl:9:12 Invalid only_on']],
    ['inline = ["x"]\n environment_vars = ["NOVALUE"]', ['t.pkr.hcl:9:21 Invalid environment_vars entry']],
    ['inline = ["x"]\n remote_path = "/tmp"', ['t.pkr.hcl:9:2 Unsupported argument']],
  ])('%j', (body, expected) => {
    const dir = temps.make({ 't.pkr.hcl': template(`  provisioner "shell-local" {\n${body}\n  }`) });
    expect(where(plan(dir).diagnostics)).toEqual(expected);
  });
});

describe('running', () => {
  it('runs inline commands as one script with the shebang, in the template directory', async () => {
    const { lines, dir } = await run('inline = ["cd sub", "echo here > out.txt", "echo done"]', { 'sub/.keep': '' });
    expect(readFileSync(join(dir, 'sub/out.txt'), 'utf8')).toBe('here\n');
    expect(lines.filter((l) => l.startsWith('    '))).toEqual(['    done']);
    expect(lines[0]).toMatch(/^==> Running local shell script: .*packer-shell$/);
  });

  it('passes PACKER_BUILD_NAME, PACKER_BUILDER_TYPE, environment_vars and env (env wins), quoted', async () => {
    const { lines } = await run(
      `command = "echo $PACKER_BUILD_NAME $PACKER_BUILDER_TYPE $A \\"$B\\""\n environment_vars = ["A=1", "B=x"]\n env = { B = "'it's' $(not run) ''" }`,
    );
    expect(lines).toContain("    a docker 1 'it's' $(not run) ''");
  });

  it('runs scripts in order, each with execute_command', async () => {
    const files = { 'one.sh': 'echo one "$@"\n', 'two.sh': 'echo two\n' };
    const { lines } = await run('scripts = ["one.sh", "two.sh"]\n execute_command = ["/bin/sh", "-c", "{{.Vars}} /bin/sh {{.Script}} extra"]', files);
    expect(lines.filter((l) => l.startsWith('    '))).toEqual(['    one extra', '    two']);
  });

  it.each([
    ['exit 3', '[0]', 'Script exited with non-zero exit status: 3. Allowed exit codes are: [0]'],
    ['exit 3', '[0, 4]', 'Script exited with non-zero exit status: 3. Allowed exit codes are: [0 4]'],
  ])('fails on %s with valid_exit_codes %s', async (cmd, codes, message) => {
    const { p } = provisioner(`command = "${cmd}"\n valid_exit_codes = ${codes}`);
    const c = await container();
    await expect(p.run(c.ctx)).rejects.toThrow(message);
  });

  it('accepts an allowed non-zero exit code', async () => {
    const { lines } = await run('command = "echo ran; exit 3"\n valid_exit_codes = [0, 3]');
    expect(lines.filter((l) => l.startsWith('    '))).toEqual(['    ran']);
    // The exit code that was allowed is not reported as a failure either.
    expect(lines.join('\n')).not.toMatch(/non-zero|error/i);
  });

  it('says why it skips on another OS', async () => {
    const other = process.platform === 'linux' ? 'darwin' : 'linux';
    const { lines } = await run(`command = "echo no"\n only_on = ["${other}"]`);
    expect(lines).toEqual(['==> Skipping shell-local due to runtime OS']);
  });

  it('reports a missing interpreter', async () => {
    const { p } = provisioner('command = "true"\n execute_command = ["/no/such/shell", "{{.Script}}"]');
    const c = await container();
    await expect(p.run(c.ctx)).rejects.toThrow(/Error executing script: .*ENOENT/);
  });
});

describe('flattenVars', () => {
  it("formats sorted variables with env_var_format and Packer's quote escaping", () => {
    expect(
      flattenVars(
        "%s='%s' ",
        new Map([
          ['B', "it's"],
          ['A', '1'],
        ]),
      ),
    ).toBe(`A='1' B='it'"'"'s' `);
    // Every quote, not only the first: at the start, twice in a row, at the end.
    expect(flattenVars("%s='%s' ", new Map([['Q', "'a''b'"]]))).toBe(`Q=''"'"'a'"'"''"'"'b'"'"'' `);
    expect(flattenVars('export %s=%s; ', new Map([['A', '1']]))).toBe('export A=1; ');
  });
});

describe('describe()', () => {
  it('follows script contents and options', () => {
    const { p, dir } = provisioner('script = "s.sh"\n environment_vars = ["A=1"]', { 's.sh': 'echo 1\n' });
    const first = JSON.stringify(p.describe());
    writeFileSync(join(dir, 's.sh'), 'echo 2\n');
    expect(JSON.stringify(p.describe())).not.toBe(first);
    expect(p.describe()).toMatchObject({ type: 'shell-local', vars: [['A', '1']], executeCommand: ['/bin/sh', '-c', '{{.Vars}} {{.Script}}'] });
  });
});

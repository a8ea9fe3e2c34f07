// Environment variable names reach the command line unquoted: anything but an identifier is refused at decode time,
// so a hostile map key (from a variable a pull request sets) never runs on the host or in the container.
import { existsSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from '@jest/globals';
import { plan, template, TempDirs, where } from '../__fixtures__/plugins/harness.js';

const temps = new TempDirs();
const PWNED = `/tmp/pwned-env-names-${process.pid}`;
afterEach(() => {
  temps.cleanup();
  rmSync(PWNED, { force: true });
});

const HOSTILE = `A=1;touch ${PWNED};B`;

function diagnose(kind: 'shell' | 'shell-local', body: string, prelude = ''): { where: string[]; details: string[] } {
  const dir = temps.make({ 't.pkr.hcl': prelude + template(`  provisioner "${kind}" {\n    inline = ["true"]\n${body}\n  }`) });
  const { diagnostics } = plan(dir);
  return { where: where(diagnostics), details: diagnostics.map((d) => d.detail ?? '') };
}

describe.each(['shell', 'shell-local'] as const)('%s', (kind) => {
  const lines = (prelude: string): number => prelude.split('\n').length - 1;

  it('rejects a hostile key of a map variable at the env attribute', () => {
    const prelude = `variable "extra" {\n  type = map(string)\n  default = { ${JSON.stringify(HOSTILE)} = "x" }\n}\n`;
    const r = diagnose(kind, '    env = var.extra', prelude);
    expect(r.where).toEqual([`t.pkr.hcl:${lines(prelude) + 9}:11 Invalid env name`]);
    expect(r.details[0]).toContain(JSON.stringify(HOSTILE));
    expect(existsSync(PWNED)).toBe(false);
  });

  it('rejects a hostile name in environment_vars', () => {
    // Split at the first "=", so the hostile part is the name only when it has none.
    const r = diagnose(kind, `    environment_vars = [${JSON.stringify(`A;touch ${PWNED};B=v`)}]`);
    expect(r.where).toEqual(['t.pkr.hcl:9:24 Invalid environment_vars name']);
  });

  it.each(['1A', 'A-B', 'A B', 'Ä', ''])('rejects %j', (name) => {
    expect(diagnose(kind, `    env = { ${JSON.stringify(name)} = "v" }`).where).toEqual(['t.pkr.hcl:9:11 Invalid env name']);
  });

  it('accepts identifiers', () => {
    expect(diagnose(kind, '    env = { _a = "1", B9 = "2" }\n    environment_vars = ["C_D=x=y"]').where).toEqual([]);
  });
});

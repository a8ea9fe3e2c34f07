// Relative host paths of provisioners resolve against the working directory, as Packer's do (it opens them as
// given), not against the template's directory; path.root still names the template's directory.
import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { BASE, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import { prepare } from '../src/pipeline/prepare.js';
import type { FileProvisioner } from '../src/provisioners/file.js';
import type { ShellLocalProvisioner } from '../src/provisioners/shell-local.js';
import type { ShellProvisioner } from '../src/provisioners/shell.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

const TEMPLATE = `
source "docker" "a" {
  image  = "${BASE}"
  commit = true
}
build {
  sources = ["source.docker.a"]
  provisioner "shell" { script = "scripts/setup.sh" }
  provisioner "shell" { scripts = ["scripts/setup.sh", "\${path.root}/scripts/setup.sh"] }
  provisioner "file" {
    source      = "files/app.conf"
    destination = "/etc/app.conf"
  }
  provisioner "shell-local" { script = "scripts/setup.sh" }
}
`;

/** A repository root (the working directory) with the template in packer/, each with its own scripts/setup.sh. */
function repository(): string {
  return temps.make({
    'packer/t.pkr.hcl': TEMPLATE,
    'packer/scripts/setup.sh': 'echo next to the template\n',
    'scripts/setup.sh': 'echo from the working directory\n',
    'files/app.conf': 'x=1\n',
  });
}

describe('relative provisioner paths', () => {
  it('resolve against the working directory; path.root against the template', () => {
    const root = repository();
    const p = prepare({ template: 'packer/t.pkr.hcl', cwd: root, env: {} });
    expect(where(p.diagnostics)).toEqual([]);
    const [one, two, file, local] = p.builds[0].provisioners.map((x) => x.provisioner);
    expect((one as ShellProvisioner).config.scripts.map((s) => s.content.toString())).toEqual(['echo from the working directory\n']);
    expect((two as ShellProvisioner).config.scripts.map((s) => s.content.toString())).toEqual([
      'echo from the working directory\n',
      'echo next to the template\n',
    ]);
    expect((file as FileProvisioner).config.sources.map((s) => s.path)).toEqual([join(root, 'files/app.conf')]);
    expect((local as ShellLocalProvisioner).config.scripts).toEqual([join(root, 'scripts/setup.sh')]);
    expect((local as ShellLocalProvisioner).config.cwd).toBe(root);
  });

  it('report a missing script relative to the working directory', () => {
    const root = temps.make({ 'packer/t.pkr.hcl': TEMPLATE, 'packer/scripts/setup.sh': 'echo\n', 'packer/files/app.conf': 'x\n' });
    const p = prepare({ template: 'packer/t.pkr.hcl', cwd: root, env: {} });
    expect(where(p.diagnostics)).toEqual([
      't.pkr.hcl:8:34 Script not readable',
      't.pkr.hcl:9:35 Script not readable',
      't.pkr.hcl:11:19 Bad source',
      't.pkr.hcl:14:40 Bad script',
    ]);
    expect(p.diagnostics[0].detail).toContain(`working directory, ${root}`);
  });
});

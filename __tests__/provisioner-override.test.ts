// The common provisioner option `override`: per source name, as Packer's HCL2 applies it.
import { afterEach, describe, expect, it } from '@jest/globals';
import { BASE, plan, TempDirs, where } from '../__fixtures__/plugins/harness.js';
import type { ShellProvisioner } from '../src/provisioners/shell.js';

const temps = new TempDirs();
afterEach(() => temps.cleanup());

const TWO_SOURCES = (provisioner: string) => `
source "docker" "a" {
  image  = "${BASE}"
  commit = true
}
source "docker" "b" {
  image  = "${BASE}"
  commit = true
}
build {
  sources = ["source.docker.b"]
  source "source.docker.a" { name = "renamed" }
${provisioner}
}
`;

function scripts(text: string): Record<string, string[]> {
  const { builds, diagnostics } = plan(temps.make({ 't.pkr.hcl': TWO_SOURCES(text) }));
  expect(where(diagnostics)).toEqual([]);
  return Object.fromEntries(builds.map((b) => [b.name, (b.provisioners[0].provisioner as ShellProvisioner).config.scripts.map((s) => s.content.toString())]));
}

describe('override', () => {
  it('replaces attributes for the named source only, keyed by the name the build gives it', () => {
    const got = scripts(`
  provisioner "shell" {
    inline = ["echo default"]
    override = {
      renamed = { inline = ["echo for a"] }
      b       = { inline_shebang = "/bin/bash -e" }
    }
  }`);
    expect(got).toEqual({
      'docker.b': ['#!/bin/bash -e\necho default\n'],
      'docker.renamed': ['#!/bin/sh -e\necho for a\n'],
    });
  });

  it('ignores entries for sources the build does not have', () => {
    expect(scripts('  provisioner "shell" {\n    inline = ["x"]\n    override = { other = { inline = ["y"] } }\n  }')['docker.b']).toEqual([
      '#!/bin/sh -e\nx\n',
    ]);
  });

  it.each([
    // Packer checks every entry, for a source of the build or not, and blames the block's header.
    ['override = "no"', ["t.pkr.hcl:13:3 provisioner's override block must be an HCL object"]],
    ['override = { b = "no" }', ["t.pkr.hcl:13:3 provisioner's override.'b' block must be an HCL object"]],
    ['override = { other = null }', ["t.pkr.hcl:13:3 provisioner's override.'other' block must be an HCL object"]],
    ['override = { b = { inlin = ["y"] } }', ['t.pkr.hcl:15:16 Unsupported argument']],
    ['override = { b = { inline = "y" } }', ['t.pkr.hcl:15:16 Incorrect attribute value type']],
  ])('%s', (attr, expected) => {
    const { diagnostics } = plan(temps.make({ 't.pkr.hcl': TWO_SOURCES(`  provisioner "shell" {\n    inline = ["x"]\n    ${attr}\n  }`) }));
    expect([...new Set(where(diagnostics))]).toEqual(expected);
    if (attr.includes('inlin ')) expect(diagnostics[0].detail).toContain('Did you mean "inline"?');
  });
});

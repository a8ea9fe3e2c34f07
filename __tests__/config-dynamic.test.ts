// dynamic blocks, the null data source, and the contextual variables (build.*, path.*, packer.version).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from '../src/pipeline/prepare.js';
import { PACKER_COMPAT_VERSION } from '../src/version.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-dyn-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(text: string, name = 't.pkr.hcl') {
  writeFileSync(join(dir, name), text);
  const p = prepare({ template: '.', cwd: dir, env: {} });
  return { p, diags: p.diagnostics.map((d) => `${d.range ? `${d.range.start.line}:${d.range.start.column}` : '-'} ${d.summary}`) };
}

const SOURCE = 'source "docker" "x" {\n  image  = "alpine"\n  commit = true\n}\n';

describe('dynamic blocks', () => {
  test('generate provisioners in place, in for_each order, with iterator and labels', () => {
    const { p, diags } = run(`${SOURCE}
variable "steps" {
  default = [{ type = "shell", cmd = "one" }, { type = "shell-local", cmd = "two" }]
}
build {
  sources = ["source.docker.x"]
  provisioner "shell" { inline = ["first"] }
  dynamic "provisioner" {
    for_each = var.steps
    iterator = step
    labels   = [step.value.type]
    content {
      name = "step-\${step.key}-\${step.value.cmd}"
      inline = [step.value.cmd]
    }
  }
  provisioner "shell" { inline = ["last"] }
}
`);
    expect(diags).toEqual([]);
    expect(p.builds[0].provisioners.map((x) => `${x.type}:${x.name}`)).toEqual(['shell:shell', 'shell:step-0-one', 'shell-local:step-1-two', 'shell:shell']);
  });

  test('the iterator defaults to the block type; a map iterates its keys', () => {
    const { p, diags } = run(`${SOURCE}
build {
  sources = ["source.docker.x"]
  dynamic "post-processor" {
    for_each = { a = "repo/a", b = "repo/b" }
    labels   = ["docker-tag"]
    content {
      name       = post-processor.key
      repository = post-processor.value
    }
  }
}
`);
    expect(diags).toEqual([]);
    expect(p.builds[0].chains.map((c) => c.map((x) => x.name))).toEqual([['a'], ['b']]);
  });

  test('dynamic sources: builds appear per element', () => {
    const { p, diags } = run(`${SOURCE}
build {
  dynamic "source" {
    for_each = ["one", "two"]
    labels   = ["source.docker.x"]
    content {
      name = source.value
    }
  }
}
`);
    expect(diags).toEqual([]);
    expect(p.builds.map((b) => b.name)).toEqual(['docker.one', 'docker.two']);
  });

  test('every mistake reported together with its range', () => {
    const { diags } = run(`${SOURCE}
build {
  sources = ["source.docker.x"]
  dynamic "provisoner" {
    for_each = [1]
    content {}
  }
  dynamic "provisioner" {
    for_each = 3
    labels   = ["shell"]
    content {}
  }
  dynamic "provisioner" {
    for_each = [1]
    iterator = a.b
    labels   = ["shell"]
    content {}
  }
  dynamic "provisioner" {
    for_each = [1]
    labels   = ["shell"]
  }
  dynamic "provisioner" {
    for_each = [1]
    labels   = ["shell", "extra"]
    content {}
  }
  dynamic "post-processor" {
    for_each = null
    labels   = ["docker-tag"]
    content {}
  }
}
`);
    expect(diags.sort()).toEqual(
      [
        '8:11 Unsupported block type',
        '13:16 Invalid dynamic for_each value',
        '19:16 Invalid dynamic iterator name',
        '23:25 Missing dynamic content block',
        '29:16 Extraneous dynamic block label',
        '33:16 Invalid dynamic for_each value',
      ].sort(),
    );
  });
});

describe('data sources', () => {
  test('null: output is input, usable from locals and other data sources', () => {
    const { p, diags } = run(`
data "null" "base" {
  input = "alpine"
}
data "null" "image" {
  input = "\${data.null.base.output}:3"
}
locals {
  image = data.null.image.output
}
source "docker" "x" {
  image  = local.image
  commit = true
}
build {
  sources = ["source.docker.x"]
}
`);
    expect(diags).toEqual([]);
    expect(p.builds[0].config.image).toBe('alpine:3');
  });

  test('cloud data sources, duplicates and a missing input are reported together', () => {
    const { diags } = run(`${SOURCE}
data "amazon-ami" "x" {}
data "null" "a" {}
data "null" "b" { input = "x" }
data "null" "b" { input = "y" }
build {
  sources = ["source.docker.x"]
}
`);
    expect(diags.sort()).toEqual(['6:6 Unsupported data source "amazon-ami"', '9:13 Duplicate data source'].sort());
  });

  test('a null data source without input', () => {
    const { diags } = run(`${SOURCE}
data "null" "a" {}
build {
  sources = ["source.docker.x"]
}
`);
    expect(diags).toEqual(['6:17 Missing required argument']);
  });
});

describe('contextual variables', () => {
  test('build.name, build.PackerRunUUID, build.ConnType, source.*, path.*, packer.version', () => {
    const { p, diags } = run(`${SOURCE}
build {
  name    = "b"
  sources = ["source.docker.x"]
  provisioner "shell" {
    name   = "\${build.name}|\${build.ConnType}|\${source.type}.\${source.name}|\${packer.version}|\${path.root}|\${path.cwd == abspath(path.root)}|\${length(build.PackerRunUUID)}"
    inline = ["true"]
  }
}
`);
    expect(diags).toEqual([]);
    expect(p.builds[0].provisioners[0].name).toBe(`b|docker|docker.x|${PACKER_COMPAT_VERSION}|.|true|36`);
  });

  test('build.ID is known only while the build runs: provisioners get it then, other blocks cannot use it', () => {
    const inProvisioner = run(`${SOURCE}
build {
  sources = ["source.docker.x"]
  provisioner "shell" {
    inline = ["echo \${build.ID}"]
  }
}
`);
    expect(inProvisioner.diags).toEqual([]);
    const inPostProcessor = run(`${SOURCE}
build {
  sources = ["source.docker.x"]
  post-processor "docker-tag" {
    repository = "x/\${build.ID}"
  }
}
`);
    expect(inPostProcessor.diags).toEqual(['9:18 Unknown value']);
  });
});

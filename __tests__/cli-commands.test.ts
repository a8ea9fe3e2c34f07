// fmt, inspect, console, init and validate -json through main(), as a user runs them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), isTTY: false, env: {}, cwd: dir, readStdin: () => stdin, stdinIsTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

const UGLY = 'source "docker" "x" {\nimage="alpine"\n    commit=true\n}\nbuild {\nsources=["source.docker.x"]\n}\n';
const PRETTY = 'source "docker" "x" {\n  image  = "alpine"\n  commit = true\n}\nbuild {\n  sources = ["source.docker.x"]\n}\n';

describe('fmt', () => {
  test('rewrites files, prints their names, then nothing is left to do', async () => {
    writeFileSync(join(dir, 'a.pkr.hcl'), UGLY);
    writeFileSync(join(dir, 'b.pkr.json'), '{ }');
    expect(await run(['fmt', '.'])).toEqual({ code: 0, out: 'a.pkr.hcl\n', err: '' });
    expect(readFileSync(join(dir, 'a.pkr.hcl'), 'utf8')).toBe(PRETTY);
    expect(readFileSync(join(dir, 'b.pkr.json'), 'utf8')).toBe('{ }');
    expect(await run(['fmt', '-check', '.'])).toEqual({ code: 0, out: '', err: '' });
  });

  test('-check exits 3 and writes nothing; -diff shows the change', async () => {
    writeFileSync(join(dir, 'a.pkr.hcl'), UGLY);
    const r = await run(['fmt', '-check', '-diff', 'a.pkr.hcl']);
    expect(r.code).toBe(3);
    expect(r.out).toContain(
      'a.pkr.hcl\n--- old/a.pkr.hcl\n+++ new/a.pkr.hcl\n@@ -1,8 +1,8 @@\n source "docker" "x" {\n-image="alpine"\n+  image  = "alpine"\n',
    );
    expect(readFileSync(join(dir, 'a.pkr.hcl'), 'utf8')).toBe(UGLY);
  });

  test('-write=false leaves files; -recursive goes into subdirectories', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'v.pkrvars.hcl'), 'a=1\nbbb=2\n');
    expect((await run(['fmt', '.'])).out).toBe('');
    expect(await run(['fmt', '-write=false', '-recursive', '.'])).toEqual({ code: 0, out: 'sub/v.pkrvars.hcl\n', err: '' });
    expect(readFileSync(join(dir, 'sub', 'v.pkrvars.hcl'), 'utf8')).toBe('a=1\nbbb=2\n');
    await run(['fmt', '-recursive', '.']);
    expect(readFileSync(join(dir, 'sub', 'v.pkrvars.hcl'), 'utf8')).toBe('a   = 1\nbbb = 2\n');
  });

  test('- formats stdin to stdout; syntax errors exit 1 with the diagnostic', async () => {
    expect(await run(['fmt', '-'], UGLY)).toEqual({ code: 0, out: PRETTY, err: '' });
    expect(await run(['fmt', '-check', '-'], UGLY)).toEqual({ code: 3, out: '', err: '' });
    const bad = await run(['fmt', '-'], 'a = \n');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Error: Invalid expression');
  });
});

const TEMPLATE = `variable "image" {
  default = "alpine"
}
variable "token" {
  default   = "s3cret"
  sensitive = true
}
locals {
  tags = ["a", "b"]
  obj  = { x = 1 }
}
source "docker" "x" {
  image  = var.image
  commit = true
}
build {
  name    = "demo"
  sources = ["source.docker.x"]
  provisioner "shell" { inline = ["true"] }
  provisioner "file" {
    content     = "x"
    destination = "/x"
  }
  post-processors {
    post-processor "docker-tag" { repository = "r" }
    post-processor "docker-push" {}
  }
  post-processor "docker-tag" { repository = "s" }
}
build {
  sources = ["source.docker.x"]
}
`;

test('inspect prints variables (sensitive masked), locals and builds in order', async () => {
  writeFileSync(join(dir, 't.pkr.hcl'), TEMPLATE.replace('build {\n  sources', 'build {\n  name = "other"\n  sources'));
  const r = await run(['inspect', '.']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toBe(`Packer Inspect: HCL2 mode

> input-variables:

var.image: "alpine"
var.token: "<sensitive>"

> local-variables:

local.obj: "{\\n  \\"x\\" = 1\\n}"
local.tags: "[\\n  \\"a\\",\\n  \\"b\\",\\n]"

> builds:

  > demo:

    sources:

      docker.x

    provisioners:

      shell
      file

    post-processors:

      0:
        docker-tag
        docker-push

      1:
        docker-tag

  > other:

    sources:

      docker.x

    provisioners:

      <no provisioner>

    post-processors:

      <no post-processor>

`);
});

test('inspect goes on past initialisation errors (an unset variable, an unknown source type), as Packer does', async () => {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    'variable "region" {\n  type = string\n}\nvariable "name" {\n  default = "base"\n}\nsource "amazon-ebs" "vm" {\n  region = var.region\n}\nbuild {\n  name    = var.name\n  sources = ["source.amazon-ebs.vm"]\n}\n',
  );
  const r = await run(['inspect', '.']);
  expect(r).toEqual({ code: 0, err: '', out: expect.stringContaining('var.name: "base"\nvar.region: "<unknown>"\n') });
  expect(r.out).toContain('  > base:\n\n    sources:\n\n      amazon-ebs.vm\n');
  // Parsing errors still stop it.
  writeFileSync(join(dir, 't.pkr.hcl'), 'build {\n');
  expect((await run(['inspect', '.'])).code).toBe(1);
});

test('console evaluates piped lines with var, local and functions', async () => {
  writeFileSync(join(dir, 't.pkr.hcl'), TEMPLATE);
  const r = await run(['console', '.'], 'var.image\nupper(local.tags[1])\nlength(local.tags) + 1\nlocal.obj\nvar.token\nnope.x\n');
  expect(r.out).toBe('alpine\nB\n3\n{\n  "x" = 1\n}\n<sensitive>\n');
  expect(r.err).toContain('Error: Unknown variable');
  expect(r.code).toBe(1);
  expect(await run(['console'], 'format("%03d", 7)\n')).toEqual({ code: 0, out: '007\n', err: '' });
  // As Packer's console: source, build and packer.iterationID exist, unknown outside a build.
  expect(await run(['console'], '"${source.type}.${source.name}"\n')).toEqual({ code: 0, out: '<unknown>\n', err: '' });
  expect(await run(['console'], 'packer.iterationID\n')).toEqual({ code: 0, out: '<unknown>\n', err: '' });
  // The YAML parser loads on demand, for the line that needs it.
  expect(await run(['console'], 'yamldecode("a: [1, 2]").a[1]\n')).toEqual({ code: 0, out: '2\n', err: '' });
});

test('init checks required_plugins against the built-in docker plugin', async () => {
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    'packer {\n  required_plugins {\n    docker = {\n      version = ">= 1.0.0"\n      source  = "github.com/hashicorp/docker"\n    }\n  }\n}\n',
  );
  const ok = await run(['init', '.']);
  expect(ok).toEqual({ code: 0, out: 'github.com/hashicorp/docker >= 1.0.0: built in, docker plugin v1.1.1\n', err: '' });
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    'packer {\n  required_plugins {\n    amazon = {\n      version = ">= 1.0.0"\n      source  = "github.com/hashicorp/amazon"\n    }\n  }\n}\n',
  );
  const bad = await run(['init', '.']);
  expect(bad.code).toBe(1);
  expect(bad.err).toContain('Error: Unsupported plugin "amazon"');
  // The ansible plugin's provisioners are built in too (templates with `provisioner "ansible"` require it).
  writeFileSync(
    join(dir, 't.pkr.hcl'),
    'packer {\n  required_plugins {\n    ansible = {\n      version = "~> 1"\n      source  = "github.com/hashicorp/ansible"\n    }\n  }\n}\n',
  );
  expect(await run(['init', '.'])).toEqual({
    code: 0,
    out: 'github.com/hashicorp/ansible ~> 1: built in, ansible plugin (its provisioners) v1.1.7\n',
    err: '',
  });
});

test('validate -json writes the diagnostics in the machine-readable shape', async () => {
  writeFileSync(join(dir, 't.pkr.hcl'), 'source "docker" "x" {\n  imag = "a"\n}\nbuild {\n  sources = ["source.docker.x"]\n}\n');
  const r = await run(['validate', '-json', '.']);
  expect(r.code).toBe(1);
  expect(r.err).toBe('');
  const doc = JSON.parse(r.out) as { valid: boolean; error_count: number; diagnostics: { summary: string; range: { start: { line: number } } }[] };
  expect(doc.valid).toBe(false);
  expect(doc.diagnostics.map((d) => [d.summary, d.range.start.line])).toContainEqual(['Unsupported argument', 2]);
  writeFileSync(join(dir, 't.pkr.hcl'), TEMPLATE);
  const good = await run(['validate', '--json', '.']);
  expect(JSON.parse(good.out)).toEqual({ valid: true, error_count: 0, warning_count: 0, diagnostics: [] });
});

describe('build -push-by-digest', () => {
  test('without -platform it is a usage error, before anything runs', async () => {
    writeFileSync(join(dir, 'a.pkr.hcl'), PRETTY);
    const r = await run(['build', '-push-by-digest', 'a.pkr.hcl']);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('-push-by-digest pushes the images of a multi-platform build: set -platform too');
  });
});

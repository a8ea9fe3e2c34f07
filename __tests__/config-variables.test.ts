// Variable precedence as one table: default < PKR_VAR_ < *.auto.pkrvars.hcl < -var-file < -var, typed conversion of
// command-line values, and Packer's rules for undeclared and unset variables.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from '../src/pipeline/prepare.js';

const TEMPLATE = `
variable "v" {
  type    = string
  default = "default"
}
variable "n" {
  type    = number
  default = 1
}
variable "l" {
  type    = list(string)
  default = []
}
source "docker" "a" {
  image   = "img:\${var.v}-\${var.n}-\${join("+", var.l)}"
  discard = true
}
build {
  sources = ["source.docker.a"]
}
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-vars-'));
  writeFileSync(join(dir, 'a.pkr.hcl'), TEMPLATE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  env?: Record<string, string>;
  auto?: string[];
  files?: string[];
  cli?: [string, string][];
  image: string;
}

const cases: [string, Case][] = [
  ['defaults', { image: 'img:default-1-' }],
  ['PKR_VAR_ beats the default', { env: { PKR_VAR_v: 'env', PKR_VAR_n: '2' }, image: 'img:env-2-' }],
  ['auto var files beat PKR_VAR_, later files win', { env: { PKR_VAR_v: 'env' }, auto: ['v = "auto1"', 'v = "auto2"'], image: 'img:auto2-1-' }],
  ['-var-file beats auto files, in order', { auto: ['v = "auto"'], files: ['v = "f1"\nn = 5', 'v = "f2"'], image: 'img:f2-5-' }],
  [
    '-var beats everything, last wins',
    {
      env: { PKR_VAR_v: 'env' },
      files: ['v = "file"'],
      cli: [
        ['v', 'cli1'],
        ['v', 'cli2'],
      ],
      image: 'img:cli2-1-',
    },
  ],
  [
    '-var values are read by the declared type',
    {
      cli: [
        ['n', '42'],
        ['l', '["a","b"]'],
      ],
      image: 'img:default-42-a+b',
    },
  ],
  ['a string variable takes the text as is', { cli: [['v', '["not","a","list"]']], image: 'img:["not","a","list"]-1-' }],
];

test.each(cases)('%s', (_name, c) => {
  (c.auto ?? []).forEach((text, i) => writeFileSync(join(dir, `${i}.auto.pkrvars.hcl`), text));
  const varFiles = (c.files ?? []).map((text, i) => {
    const path = join(dir, `f${i}.pkrvars.hcl`);
    writeFileSync(path, text);
    return path;
  });
  const p = prepare({ template: dir, cwd: dir, env: c.env ?? {}, varFiles, vars: c.cli ?? [] });
  expect(p.diagnostics).toEqual([]);
  expect(p.builds[0].config.image).toBe(c.image);
});

test.each([
  ['undeclared -var is an error', { vars: [['nope', 'x']] as [string, string][] }, 'error', 'Undefined -var variable'],
  ['undeclared var-file entry is a warning', { fileText: 'nope = "x"' }, 'warning', 'Undefined variable'],
  ['a value of the wrong type is an error', { vars: [['n', '"many"']] as [string, string][] }, 'error', 'Invalid argument value for -var variable'],
  ['an unparsable typed value is an error', { vars: [['l', '[a,']] as [string, string][] }, 'error', 'Invalid value for variable'],
])('%s', (_name, c, severity, summary) => {
  const varFiles: string[] = [];
  if ('fileText' in c && c.fileText) {
    varFiles.push(join(dir, 'x.pkrvars.hcl'));
    writeFileSync(varFiles[0], c.fileText);
  }
  const p = prepare({ template: dir, cwd: dir, env: {}, varFiles, vars: 'vars' in c ? c.vars : [] });
  expect(p.diagnostics.map((d) => [d.severity, d.summary])).toEqual([[severity, summary]]);
});

test('PKR_VAR_ for an undeclared variable is ignored, as Packer does', () => {
  const p = prepare({ template: dir, cwd: dir, env: { PKR_VAR_nope: 'x' } });
  expect(p.diagnostics).toEqual([]);
});

test('validation blocks and sensitive values', () => {
  writeFileSync(
    join(dir, 'b.pkr.hcl'),
    `variable "token" {
  type      = string
  sensitive = true
  validation {
    condition     = length(var.token) > 3
    error_message = "The token must be longer than 3 characters."
  }
}
`,
  );
  const seen: string[] = [];
  const bad = prepare({ template: dir, cwd: dir, env: {}, vars: [['token', 'ab']], onSensitive: (s) => seen.push(s) });
  expect(bad.diagnostics.map((d) => d.summary)).toEqual(['Invalid value for variable']);
  expect(bad.diagnostics[0].detail).toContain('The token must be longer than 3 characters.');
  expect(seen).toEqual(['ab']);
  const good = prepare({ template: dir, cwd: dir, env: { PKR_VAR_token: 'abcdef' }, onSensitive: (s) => seen.push(s) });
  expect(good.diagnostics).toEqual([]);
  expect(seen).toContain('abcdef');
});

test('locals see variables and each other in any order', () => {
  writeFileSync(
    join(dir, 'c.pkr.hcl'),
    'locals {\n  b = "${local.a}:x"\n  a = upper(var.v)\n}\nsource "docker" "c" {\n  image   = local.b\n  discard = true\n}\nbuild {\n  sources = ["source.docker.c"]\n}\n',
  );
  const p = prepare({ template: dir, cwd: dir, env: {} });
  expect(p.diagnostics).toEqual([]);
  expect(p.builds.map((b) => b.config.image)).toEqual(['img:default-1-', 'DEFAULT:x']);
});

test('a cycle between locals is reported', () => {
  writeFileSync(join(dir, 'c.pkr.hcl'), 'locals {\n  a = local.b\n  b = local.a\n}\n');
  const p = prepare({ template: dir, cwd: dir, env: {} });
  expect(p.diagnostics.map((d) => d.summary)).toContain('Cycle in local values');
});

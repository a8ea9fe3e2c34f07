// Variables as Packer types them (hcl2template/types.variables.go): a variable without `type` takes its default's
// type (unless the default is {} or []), and a -var or PKR_VAR_ value is the text itself for a string, number or
// untyped variable, an HCL expression for any other type, then converted to the variable's type as cty converts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare } from '../src/pipeline/prepare.js';
import { toJS } from '../src/hcl/value/value.js';

const TEMPLATE = `
variable "n" {
  default = 1
}
variable "b" {
  default = true
}
variable "free" {}
variable "empty" {
  default = {}
}
variable "typed_bool" {
  type    = bool
  default = false
}
source "docker" "a" {
  image   = "busybox"
  discard = true
}
build {
  sources = ["source.docker.a"]
}
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-untyped-'));
  writeFileSync(join(dir, 'a.pkr.hcl'), TEMPLATE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(vars: [string, string][], env: Record<string, string> = {}) {
  const p = prepare({ template: dir, cwd: dir, env, vars: [['free', 'x'], ...vars] });
  const values = p.values?.var ?? {};
  return { errors: p.diagnostics.map((d) => `${d.summary}: ${d.detail}`), get: (name: string) => toJS(values[name]) };
}

test.each([
  ['an untyped number variable reads -var 12 as the number 12', [['n', '12']], 'n', 12],
  ['an untyped bool variable reads -var false as HCL', [['b', 'false']], 'b', false],
  ['a quoted "1" converts to bool true, as cty converts', [['typed_bool', '"1"']], 'typed_bool', true],
  ['"0" converts to false', [['typed_bool', '"0"']], 'typed_bool', false],
  ['a variable without type or default takes the text as a string', [['free', '[1, 2]']], 'free', '[1, 2]'],
  ['a default of {} leaves the variable untyped: the text is a string', [['empty', '5']], 'empty', '5'],
] as [string, [string, string][], string, unknown][])('%s', (_name, vars, name, expected) => {
  const r = run(vars);
  expect(r.errors).toEqual([]);
  expect(r.get(name)).toEqual(expected);
});

test('PKR_VAR_ values follow the same rule', () => {
  const r = run([], { PKR_VAR_n: '7', PKR_VAR_b: 'false' });
  expect(r.errors).toEqual([]);
  expect([r.get('n'), r.get('b')]).toEqual([7, false]);
});

test.each([
  [
    'a number variable (typed by its default) refuses text',
    [['n', 'abc']],
    "The received arg value for n is not compatible with the variable's type constraint: a number is required.",
  ],
  [
    'a bool variable (typed by its default) refuses 1',
    [['b', '1']],
    "The received arg value for b is not compatible with the variable's type constraint: bool required.",
  ],
] as [string, [string, string][], string][])('%s', (_name, vars, detail) => {
  expect(run(vars).errors).toEqual([`Invalid argument value for -var variable: ${detail}`]);
});

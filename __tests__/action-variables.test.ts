// The action's `variables` input into the template: JSON values are typed values, converted by the declared type as
// Packer converts -var values, never re-read as HCL (so `${` stays literal); lines stay -var strings.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseVariables } from '../src/action/variables-input.js';
import { prepareTemplate, type Prepared } from '../src/pipeline/prepare.js';
import { toJS } from '../src/hcl/value/value.js';

const TEMPLATE = `
variable "any" {
  type    = any
  default = null
}
variable "tags" {
  type    = list(string)
  default = []
}
variable "n" {
  type    = number
  default = 0
}
variable "s" {
  type    = string
  default = ""
}
variable "m" {
  type    = map(string)
  default = {}
}
variable "secret" {
  type      = list(string)
  default   = []
  sensitive = true
}
source "docker" "x" {
  image  = "busybox"
  commit = true
}
build {
  sources = ["source.docker.x"]
}
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-action-vars-'));
  writeFileSync(join(dir, 't.pkr.hcl'), TEMPLATE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function prepare(input: string, onSensitive?: (v: string) => void): Promise<Prepared> {
  return prepareTemplate({ template: '.', cwd: dir, env: {}, vars: parseVariables(input), onSensitive });
}

function variable(p: Prepared, name: string): unknown {
  const v = p.values?.var[name];
  if (v === undefined) throw new Error(`var.${name} was not set: ${JSON.stringify(p.diagnostics)}`);
  return toJS(v);
}

test('a list of strings holding "${" is the list, not an expression', async () => {
  const p = await prepare('{"tags": ["v${x}", "%{ if true }y%{ endif }"]}');
  expect(p.diagnostics).toEqual([]);
  expect(variable(p, 'tags')).toEqual(['v${x}', '%{ if true }y%{ endif }']);
});

test('type any keeps the JSON structure: an object stays an object, its "${x}" a literal string', async () => {
  const p = await prepare('{"any": {"k": "${x}", "n": [1, true]}}');
  expect(p.diagnostics).toEqual([]);
  expect(variable(p, 'any')).toEqual({ k: '${x}', n: [1, true] });
});

test('values are converted by the declared type, as -var values are', async () => {
  const p = await prepare('{"n": "42", "s": 5, "m": {"a": 1, "b": true}}');
  expect(p.diagnostics).toEqual([]);
  expect(variable(p, 'n')).toBe(42);
  expect(variable(p, 's')).toBe('5');
  expect(variable(p, 'm')).toEqual({ a: '1', b: 'true' });
});

test('a value the type cannot take is a diagnostic naming the variable', async () => {
  const p = await prepare('{"s": ["a"]}');
  expect(p.diagnostics.map((d) => d.detail)).toEqual([expect.stringContaining('The received arg value for s is not compatible')]);
});

test('lines stay -var strings, parsed by the type', async () => {
  const p = await prepare('tags=["a", "b"]\nn=3\ns=${x}');
  expect(p.diagnostics).toEqual([]);
  expect(variable(p, 'tags')).toEqual(['a', 'b']);
  expect(variable(p, 'n')).toBe(3);
  expect(variable(p, 's')).toBe('${x}');
});

test('every string of a sensitive JSON value is registered for masking', async () => {
  const seen: string[] = [];
  await prepare('{"secret": ["one-secret", "two-secret"]}', (v) => seen.push(v));
  expect(seen).toEqual(expect.arrayContaining(['one-secret', 'two-secret']));
});

test('property: any JSON value reaches the template unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.jsonValue({ maxDepth: 3 }).filter((v) => v !== null),
      async (value) => {
        const text = JSON.stringify({ any: value });
        const p = await prepare(text);
        expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(variable(p, 'any')).toEqual((JSON.parse(text) as { any: unknown }).any);
      },
    ),
    { numRuns: 200 },
  );
});

describe('input errors never quote a value', () => {
  test.each([
    ['password=hunter2\nhunter3-continued', 'hunter3'],
    ['{"password": hunter2}', 'hunter2'],
    ['{"password": "hunter2",}', 'hunter2'],
    ['{"password": "hunter2"', 'hunter2'],
    ['hunter2=x', ''],
    ['hunter2 with spaces=x', 'hunter2'],
  ])('%j', (raw, secret) => {
    let message = '';
    try {
      parseVariables(raw);
    } catch (e: unknown) {
      message = e instanceof Error ? e.message : String(e);
    }
    if (secret === '') expect(message).toBe('');
    else {
      expect(message).toMatch(/^Input "variables"/);
      expect(message).not.toContain(secret);
    }
  });
});

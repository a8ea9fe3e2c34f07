// The YAML parser loads only for templates that may call yamldecode (directly, or in a templatefile's file), so
// every other run starts without it. Module state is per test file, and the tests run in order: nothing loads the
// parser before the test that expects it to be loaded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yamlLoaded } from '../src/hcl/functions/index.js';
import { type Prepared, prepare, prepareTemplate } from '../src/pipeline/prepare.js';
import { toJS } from '../src/hcl/value/value.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-yaml-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = 'source "docker" "d" {\n  image  = "busybox"\n  commit = true\n}\nbuild {\n  sources = ["source.docker.d"]\n}\n';

function template(locals: string): void {
  writeFileSync(join(dir, 't.pkr.hcl'), `locals {\n${locals}\n}\n${SOURCE}`);
}

function local(p: Prepared, name: string): unknown {
  const v = p.values?.local[name];
  if (v === undefined) throw new Error(`local.${name} was not evaluated: ${JSON.stringify(p.diagnostics)}`);
  return toJS(v);
}

const options = () => ({ template: '.', cwd: dir, env: {} });

test('a template without yamldecode or templatefile is prepared without loading the parser', async () => {
  template('  x = jsondecode("{\\"a\\": 1}")');
  const p = await prepareTemplate(options());
  expect(p.diagnostics).toEqual([]);
  expect(local(p, 'x')).toEqual({ a: 1 });
  expect(yamlLoaded()).toBe(false);
});

test('yamldecode, or templatefile (its file may call yamldecode): prepare() stops before evaluating anything', () => {
  for (const x of ['yamldecode("a: [1, 2]")', 'templatefile("v.tpl", {})']) {
    template(`  x = ${x}`);
    const p = prepare(options());
    expect(p.needsYaml).toBe(true);
    expect(p.values).toBeUndefined();
    expect(p.builds).toEqual([]);
  }
  expect(yamlLoaded()).toBe(false);
});

test('prepareTemplate loads the parser and evaluates, for yamldecode and inside templatefile', async () => {
  template('  x = yamldecode("a: [1, 2]")');
  const p = await prepareTemplate(options());
  expect(p.diagnostics).toEqual([]);
  expect(p.needsYaml).toBeUndefined();
  expect(local(p, 'x')).toEqual({ a: [1, 2] });
  expect(p.builds).toHaveLength(1);
  expect(yamlLoaded()).toBe(true);

  writeFileSync(join(dir, 'v.tpl'), '${yamldecode("k: v").k}');
  template('  x = templatefile("v.tpl", {})');
  expect(local(await prepareTemplate(options()), 'x')).toBe('v');
});

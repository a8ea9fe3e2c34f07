// Input variable values through prepare(), as a template sees them: the type each source's text is read as, which
// source wins, what is masked (every leaf of a sensitive value, from every source, once), and the exact diagnostics
// for values that do not fit — with their place, and without the value when it is sensitive.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepare, type PrepareOptions } from '../src/pipeline/prepare.js';
import { isSensitive, toJS } from '../src/hcl/value/value.js';

const BUILD = 'source "docker" "a" {\n  image   = "img"\n  discard = true\n}\nbuild {\n  sources = ["source.docker.a"]\n}\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-var-values-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(variables: string, o: Partial<PrepareOptions> & { files?: Record<string, string> } = {}) {
  writeFileSync(join(dir, 'a.pkr.hcl'), variables + BUILD);
  for (const [name, text] of Object.entries(o.files ?? {})) writeFileSync(join(dir, name), text);
  const masked: string[] = [];
  const p = prepare({ template: dir, cwd: dir, env: {}, onSensitive: (s) => masked.push(s), ...o });
  const diags = p.diagnostics.map((d) => `${d.severity} ${d.range ? `${d.range.start.line}:${d.range.start.column} ` : ''}${d.summary}: ${d.detail ?? ''}`);
  const value = (name: string): unknown => {
    const v = p.values?.var[name];
    return v === undefined ? undefined : toJS(v);
  };
  return { p, diags, masked, value };
}

describe('the text of PKR_VAR_ and -var is read by the declared type', () => {
  it.each([
    ['string', '"quoted"', '"quoted"'],
    ['string', '[1, 2]', '[1, 2]'],
    ['number', '42', 42],
    ['bool', 'true', true],
    ['list(string)', '["a", "b"]', ['a', 'b']],
    ['map(number)', '{ a = 1 }', { a: 1 }],
    ['any', 'bare-word', 'bare-word'],
    // As Packer's: text for `any` (like an untyped variable) stays a string.
    ['any', '[1, "x"]', '[1, "x"]'],
  ])('%s from %j', (type, raw, expected) => {
    const decl = `variable "x" {\n  type = ${type}\n}\n`;
    const cli = run(decl, { vars: [['x', raw]] });
    expect(cli.diags).toEqual([]);
    expect(cli.value('x')).toEqual(expected);
    const env = run(decl, { env: { PKR_VAR_x: raw } });
    expect(env.diags).toEqual([]);
    expect(env.value('x')).toEqual(expected);
  });

  it('a value that does not parse names the variable, its source and why', () => {
    const decl = 'variable "n" {\n  type = list(number)\n}\n';
    expect(run(decl, { vars: [['n', '[1,']] }).diags).toEqual([
      expect.stringMatching(/^error Invalid value for variable: The value "\[1," given for variable "n" by -var is not a valid list of number: .+/),
    ]);
    expect(run(decl, { env: { PKR_VAR_n: '[1,' } }).diags).toEqual([
      expect.stringMatching(/^error Invalid value for variable: The value "\[1," given for variable "n" by environment variable PKR_VAR_n is not a valid/),
    ]);
  });

  it('a sensitive value that does not parse is not quoted in the message', () => {
    const r = run('variable "n" {\n  type      = number\n  sensitive = true\n}\n', { vars: [['n', 'secret-ish']] });
    expect(r.diags).toHaveLength(1);
    expect(r.diags[0]).toMatch(/^error 1:1 Invalid argument value for -var variable: The received arg value for n is not compatible/);
    expect(r.diags[0]).not.toContain('secret-ish');
    // The reason may still quote it (HCL's own message): it was registered for masking before it was read.
    expect(r.masked).toEqual(['secret-ish']);
  });

  it('a value of the wrong type from a file is an error at the value', () => {
    const r = run('variable "n" {\n  type = number\n}\n', { files: { 'x.auto.pkrvars.hcl': 'n = "many"\n' } });
    expect(r.diags).toEqual([
      expect.stringMatching(/^error 1:5 Invalid value for variable: The value for n is not compatible with the variable's type constraint: .+\.$/),
    ]);
  });

  it('a file value is converted to the declared type; a default is taken as written', () => {
    const r = run('variable "s" {\n  type = string\n}\nvariable "d" {\n  type    = list(string)\n  default = ["a"]\n}\n', {
      files: { 'x.auto.pkrvars.hcl': 's = 12\n' },
    });
    expect(r.diags).toEqual([]);
    expect(r.value('s')).toBe('12');
    expect(r.value('d')).toEqual(['a']);
  });
});

describe('sources and their precedence', () => {
  const DECL = 'variable "v" {\n  type    = string\n  default = "default"\n}\n';

  it('each source alone, then every one above the ones below it', () => {
    expect(run(DECL).value('v')).toBe('default');
    expect(run(DECL, { env: { PKR_VAR_v: 'env' } }).value('v')).toBe('env');
    expect(run(DECL, { env: { PKR_VAR_v: 'env' }, files: { 'a.auto.pkrvars.hcl': 'v = "auto"\n' } }).value('v')).toBe('auto');
    writeFileSync(join(dir, 'f.pkrvars.hcl'), 'v = "file"\n');
    const f = join(dir, 'f.pkrvars.hcl');
    expect(run(DECL, { env: { PKR_VAR_v: 'env' }, files: { 'a.auto.pkrvars.hcl': 'v = "auto"\n' }, varFiles: [f] }).value('v')).toBe('file');
    expect(run(DECL, { env: { PKR_VAR_v: 'env' }, files: { 'a.auto.pkrvars.hcl': 'v = "auto"\n' }, varFiles: [f], vars: [['v', 'cli']] }).value('v')).toBe(
      'cli',
    );
  });

  it('an undeclared -var is an error that shows how to declare it', () => {
    const [d] = run(DECL, { vars: [['nope', 'x']] }).diags;
    expect(d).toMatch(/^error Undefined -var variable: A "nope" variable was passed in but was not found in known variables\. To declare variable "nope"/);
    expect(d).toContain('\n\nvariable "nope" {\n  type    = string\n  default = null\n}');
  });

  it('PKR_VAR_ names are case-sensitive and need the full prefix', () => {
    const r = run(DECL, { env: { pkr_var_v: 'lower', PKR_VARv: 'no-underscore', PKR_VAR_V: 'upper-name' } });
    expect(r.diags).toEqual([]);
    expect(r.value('v')).toBe('default');
  });

  it('an unset variable with no default is an error at its declaration; a null default is a value', () => {
    expect(run('\nvariable "u" {\n  type = string\n}\n').diags).toEqual([
      'error 2:1 Unset variable "u": A used variable must be set or have a default value. Give it one with -var u=…, a PKR_VAR_u environment variable, or a var file.',
    ]);
    const nullable = run('variable "u" {\n  type    = string\n  default = null\n}\n');
    expect(nullable.diags).toEqual([]);
    expect(nullable.value('u')).toBeNull();
    // Packer 1.16's variable block has no `nullable`.
    expect(run('variable "u" {\n  type     = string\n  nullable = false\n  default  = null\n}\n').diags).toEqual([
      'error 3:3 Unsupported argument: An argument named "nullable" is not expected here.',
    ]);
  });

  it('a variables file may hold only name = value lines, and no references', () => {
    const r = run(DECL, { files: { 'a.auto.pkrvars.hcl': 'v = var.other\nblock "x" {\n}\nundeclared = 1\n' } });
    expect(r.diags).toEqual([
      expect.stringMatching(/^error 1:5 Variables not allowed: Variables may not be used in a variables file\.$/),
      'error 2:1 Unexpected block: Blocks are not allowed in a variables file. Write "name = value" lines only.',
      'warning 4:1 Undefined variable: A "undeclared" variable was set but was not declared. Declare it with a variable "undeclared" {} block in one of your .pkr.hcl files, or remove it.',
    ]);
  });
});

describe('sensitive values', () => {
  it('a sensitive default in use is masked, every leaf', () => {
    const r = run('variable "s" {\n  type      = any\n  sensitive = true\n  default   = { a = "d1", b = ["d2", 3, true] }\n}\n');
    expect(r.diags).toEqual([]);
    // true/false and numbers of under four characters would mask far too much of any log (src/config/variables.ts).
    expect(r.masked.sort()).toEqual(['d1', 'd2']);
  });

  it('every leaf of a sensitive value is masked once, from every source, and the value is marked', () => {
    const decl =
      'variable "s" {\n  type      = list(string)\n  sensitive = true\n  default   = ["d1", "d2"]\n}\nvariable "plain" {\n  type    = string\n  default = "visible"\n}\n';
    const r = run(decl, {
      env: { PKR_VAR_s: '["env-leaf"]', PKR_VAR_plain: 'not-masked' },
      files: { 'a.auto.pkrvars.hcl': 's = ["auto-leaf", ""]\n' },
      vars: [
        ['s', '["cli-leaf", "cli-leaf"]'],
        ['s', '["cli-leaf"]'],
      ],
    });
    expect(r.diags).toEqual([]);
    // Every text given for it, as given, and every leaf of what was read; the overridden default was never in use.
    expect(r.masked.sort()).toEqual(['["cli-leaf", "cli-leaf"]', '["cli-leaf"]', '["env-leaf"]', 'auto-leaf', 'cli-leaf', 'env-leaf'].sort());
    expect(r.value('s')).toEqual(['cli-leaf']);
    expect(isSensitive(r.p.values?.var.s ?? (undefined as never))).toBe(true);
    expect(isSensitive(r.p.values?.var.plain ?? (undefined as never))).toBe(false);
  });

  it('numbers of four characters or more are masked; shorter numbers, true and false are not', () => {
    const r = run(
      'variable "s" {\n  type      = any\n  sensitive = true\n  default   = { a = 2024, b = 123456, c = 123, d = -12, e = 1.5, f = false, g = "ab" }\n}\n',
    );
    expect(r.diags).toEqual([]);
    expect(r.masked.sort()).toEqual(['123456', '2024', 'ab']);
  });

  it('an undeclared PKR_VAR_ is neither used nor masked', () => {
    const r = run('variable "s" {\n  type      = string\n  sensitive = true\n  default   = "x"\n}\n', { env: { PKR_VAR_other: 'leak?' } });
    expect(r.diags).toEqual([]);
    expect(r.masked).toEqual(['x']);
  });
});

describe('validation rules', () => {
  const rule = (condition: string, message = '"Too short."') =>
    `variable "t" {\n  type = string\n  validation {\n    condition     = ${condition}\n    error_message = ${message}\n  }\n}\n`;

  it('a failed rule gives its message and where the rule is; a passing one nothing', () => {
    expect(run(rule('length(var.t) > 3'), { vars: [['t', 'abcd']] }).diags).toEqual([]);
    expect(run(rule('length(var.t) > 3'), { vars: [['t', 'abc']] }).diags).toEqual([
      `error 3:3 Invalid value for variable: Too short.\n\nThis was checked by the validation rule at ${join(dir, 'a.pkr.hcl')}:3,3.`,
    ]);
  });

  it('a condition that is not a bool, or fails to evaluate, is reported as such', () => {
    expect(run(rule('"yes"'), { vars: [['t', 'x']] }).diags).toEqual([
      'error 4:21 Invalid validation condition: The condition must be a bool: true for a valid value, false for an invalid one.',
    ]);
    expect(run(rule('var.t.nope'), { vars: [['t', 'x']] }).diags).toHaveLength(1);
    expect(run(rule('var.t.nope'), { vars: [['t', 'x']] }).diags[0]).toMatch(/^error 4:\d+ Unsupported attribute/);
  });

  it('every rule is checked', () => {
    const two = `variable "t" {\n  type = string\n  validation {\n    condition     = false\n    error_message = "First."\n  }\n  validation {\n    condition     = var.t == "ok"\n    error_message = "Second."\n  }\n}\n`;
    const r = run(two, { vars: [['t', 'no']] });
    expect(r.diags.map((d) => d.split('\n')[0])).toEqual(['error 3:3 Invalid value for variable: First.', 'error 7:3 Invalid value for variable: Second.']);
  });

  it('the console (lenient) leaves unset variables unknown and checks no rule', () => {
    const r = run(rule('false') + 'variable "u" {\n  type = number\n}\n', { console: true, vars: [['t', 'x']] });
    expect(r.diags).toEqual([]);
    expect(r.p.values?.var.u.kind).toBe('unknown');
    expect(r.value('t')).toBe('x');
  });
});

// 10,000 fuzzed sets of action inputs: readInputs either returns typed inputs or throws one InputError whose every
// problem names its input; inputs that pass then go through the engine's phases before Docker (variables by type,
// var-files, only/except) and give diagnostics only — never an exception or a JavaScript error text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { JS_INTERNALS, wellFormed } from '../__fixtures__/reliability/fuzz.js';
import { InputError, readInputs } from '../src/action/inputs.js';
import { hasErrors } from '../src/hcl/diagnostics.js';
import { prepare } from '../src/pipeline/prepare.js';

const RUNS = 10_000;
const INPUTS = [
  'template',
  'variables',
  'var-files',
  'only',
  'except',
  'parallel-builds',
  'on-error',
  'push',
  'no-cache',
  'cache-from',
  'cache-to',
  'working-directory',
  'tags',
  'labels',
  'validate',
];
const TEMPLATE = `
variable "s" {
  type    = string
  default = "x"
}
variable "n" {
  type    = number
  default = 1
}
variable "b" {
  type    = bool
  default = true
}
variable "l" {
  type    = list(string)
  default = []
}
variable "m" {
  type    = map(number)
  default = {}
}
variable "o" {
  type    = object({ a = string, b = optional(number, 2) })
  default = { a = "a" }
}
variable "secret" {
  type      = string
  default   = ""
  sensitive = true
}
variable "checked" {
  type    = string
  default = "ok"
  validation {
    condition     = length(var.checked) < 5
    error_message = "The checked value must be short."
  }
}
source "docker" "a" {
  image  = "127.0.0.1:5000/debian:bookworm"
  commit = true
  changes = ["ENV S=\${var.s}", "LABEL n=\${var.n}"]
}
build {
  name    = "fz"
  sources = ["source.docker.a"]
  provisioner "shell" {
    environment_vars = ["S=\${var.s}", "L=\${join(",", var.l)}", "O=\${var.o.a}"]
    inline           = ["echo \${var.b}"]
  }
}
`;

const NAMES = ['s', 'n', 'b', 'l', 'm', 'o', 'secret', 'checked', 'undeclared', '1bad', 'a-b', ''];
const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom(
    '1',
    '-2.5',
    '1e3',
    'true',
    'false',
    'null',
    '[]',
    '["a","b"]',
    '{}',
    '{"a":1}',
    '{ a = "x" }',
    '"quoted"',
    '$(id)',
    '`id`',
    '${var.s}',
    'a\nb',
    '<<EOF',
  ),
);
const lineVars = fc.array(fc.tuple(fc.constantFrom(...NAMES), scalar), { maxLength: 4 }).map((kv) => kv.map(([k, v]) => `${k}=${v}`).join('\n'));
const heredocVars = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom('EOF', 'END', ''), scalar, fc.boolean())
  .map(([k, d, v, closed]) => `${k}<<${d}\n${v}\n${closed ? d : ''}`);
const jsonVars = fc.dictionary(fc.constantFrom(...NAMES), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }).map((o) => JSON.stringify(o));
const anyText = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constant(''));

/** Mostly plausible values (so most sets reach the engine), sometimes wrong ones, rarely noise; '' means absent. */
function input(good: fc.Arbitrary<string>, bad: string[]): fc.Arbitrary<string | undefined> {
  return fc
    .oneof({ arbitrary: good, weight: 24 }, { arbitrary: fc.constantFrom(...bad), weight: 1 }, { arbitrary: anyText, weight: 1 })
    .map((v) => (v === '' ? undefined : v));
}

const valueOf: Record<string, fc.Arbitrary<string | undefined>> = {
  template: input(fc.constantFrom('.', 'fuzz.pkr.hcl', ''), ['missing.pkr.hcl', '../', '/dev/null']),
  variables: fc.oneof(lineVars, heredocVars, jsonVars, anyText),
  'var-files': input(fc.constantFrom('', 'vars.pkrvars.hcl'), ['missing.pkrvars.hcl', 'vars.pkrvars.hcl\nmissing.hcl', '/etc/hostname']),
  only: input(fc.constantFrom('', 'fz.*', 'fz.docker.a', '*', 'fz.docker.?'), ['nothing', '[', '(a|b)']),
  except: input(fc.constantFrom('', 'x,y', 'other.*'), ['fz.*', '\\', '.*+?']),
  'parallel-builds': input(fc.constantFrom('', '0', '1', ' 2 '), ['-1', '1.5', '99999999999999999999', '0x10']),
  'on-error': input(fc.constantFrom('', 'cleanup', 'abort', 'run-cleanup-provisioner'), ['ask', 'CLEANUP']),
  push: input(fc.constantFrom('', 'true', 'false', 'True'), ['yes', '1']),
  'no-cache': input(fc.constantFrom('', 'true', 'false'), ['no']),
  'cache-from': input(fc.constantFrom('', 'type=local,src=/tmp/c', 'type=registry,ref=127.0.0.1:5000/c:x', 'type=gha'), [
    'type=s3',
    'type=registry',
    'ref=x',
    'type=local,,',
  ]),
  'cache-to': input(fc.constantFrom('', 'type=local,dest=/tmp/c', 'type=registry,ref=127.0.0.1:5000/c:x,mode=max', 'type=gha,scope=x'), [
    'type=local,mode=weird',
    'type=',
  ]),
  'working-directory': fc.constantFrom('', '.'),
  tags: input(fc.constantFrom('', '127.0.0.1:5000/a:1', 'r/a:1,r/a:2'), ['R/a:1', 'a@sha256:x']),
  labels: input(fc.constantFrom('', 'a=1', 'org.opencontainers.image.title=x\nb='), ['novalue', '=x']),
  validate: input(fc.constantFrom('', 'true', 'false'), ['yes']),
};
const inputs = fc.record(Object.fromEntries(INPUTS.map((n) => [n, valueOf[n]])) as Record<string, fc.Arbitrary<string | undefined>>);

let dir: string;
const stats = { runs: 0, rejected: 0, prepared: 0, withDiagnostics: 0 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-fuzz-inputs-'));
  writeFileSync(join(dir, 'fuzz.pkr.hcl'), TEMPLATE);
  writeFileSync(join(dir, 'vars.pkrvars.hcl'), 's = "from file"\nn = 3\n');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `fuzz-action-inputs: ${stats.runs} input sets, ${stats.rejected} rejected with input errors, ${stats.prepared} prepared (${stats.withDiagnostics} with error diagnostics)`,
  );
});

test('fuzzed action inputs give input errors or diagnostics only', () => {
  fc.assert(
    fc.property(inputs, (raw) => {
      stats.runs++;
      let parsed: ReturnType<typeof readInputs>;
      try {
        parsed = readInputs((name) => raw[name]);
      } catch (e: unknown) {
        if (!(e instanceof InputError)) throw new Error(`readInputs threw a ${e instanceof Error ? e.name : typeof e}: ${String(e)}`);
        for (const p of e.problems) {
          if (!INPUTS.some((n) => p.includes(`"${n}"`))) throw new Error(`an input error that names no input: ${p}`);
          if (JS_INTERNALS.test(p)) throw new Error(`an input error with JavaScript's wording: ${p}`);
        }
        stats.rejected++;
        return true;
      }
      const p = prepare({
        template: parsed.template === '.' ? 'fuzz.pkr.hcl' : parsed.template,
        cwd: dir,
        env: {},
        vars: parsed.variables,
        varFiles: parsed['var-files'],
        only: parsed.only,
        except: parsed.except,
      });
      stats.prepared++;
      if (hasErrors(p.diagnostics)) stats.withDiagnostics++;
      const bad = p.diagnostics.find((d) => !wellFormed(d));
      if (bad) throw new Error(`malformed diagnostic: ${JSON.stringify(bad)}`);
      return true;
    }),
    { numRuns: RUNS, seed: 8 },
  );
}, 120_000);

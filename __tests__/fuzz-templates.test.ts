// 10,000 fuzzed templates through every phase before Docker (parse, decode, variables, locals, plan): each gives
// diagnostics, never an exception, a hang or a JavaScript error text. Half are real templates mutated byte-wise,
// half are grown from the schema's vocabulary so they reach decoding and planning.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { grown, mutated, seedCorpus, wellFormed } from '../__fixtures__/reliability/fuzz.js';
import { hasErrors } from '../src/hcl/diagnostics.js';
import { prepare } from '../src/pipeline/prepare.js';

const RUNS = 5_000; // per generator: 10,000 in all
const SEED = 20261125;
let dir: string;
const stats = { runs: 0, valid: 0, invalid: 0, slowestMs: 0 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-fuzz-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(`fuzz-templates: ${stats.runs} templates, ${stats.valid} valid, ${stats.invalid} with errors, slowest ${stats.slowestMs} ms`);
});

function check(text: string): boolean {
  writeFileSync(join(dir, 'fuzz.pkr.hcl'), text);
  const started = Date.now();
  let p: ReturnType<typeof prepare>;
  try {
    p = prepare({ template: 'fuzz.pkr.hcl', cwd: dir, env: {}, vars: [], varFiles: [] });
  } catch (e: unknown) {
    throw new Error(`prepare threw instead of returning diagnostics: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  const ms = Date.now() - started;
  stats.runs++;
  stats.slowestMs = Math.max(stats.slowestMs, ms);
  const bad = p.diagnostics.find((d) => !wellFormed(d));
  if (bad) throw new Error(`malformed diagnostic: ${JSON.stringify(bad)}`);
  if (hasErrors(p.diagnostics)) stats.invalid++;
  else stats.valid++;
  if (ms > 2000) throw new Error(`prepare took ${ms} ms`);
  return true;
}

test('mutated real templates give diagnostics only', () => {
  fc.assert(fc.property(mutated(seedCorpus()), check), { numRuns: RUNS, seed: SEED });
}, 120_000);

test('templates grown from the schema give diagnostics only', () => {
  fc.assert(fc.property(grown, check), { numRuns: RUNS, seed: SEED + 1 });
}, 120_000);

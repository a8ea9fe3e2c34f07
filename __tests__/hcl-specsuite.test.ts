// The expression parts of HashiCorp's HCL specification suite (hcl/specsuite/tests: expressions/operators,
// primitive_literals, heredoc, structure/attributes): each attribute's expression with the value and type the suite
// expects (specsuite.json, checked against Packer's evaluator when recorded). specsuite-known-differences.json lists
// the ones repack fails today; the test fails on a new failure and on a listed one that now passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { standardFunctions } from '../src/hcl/functions/index.js';
import type { Value } from '../src/hcl/value/value.js';
import { plainEqual, plainTypeOf, plainValue, type Plain } from './oracle/canonical.js';
import { reportDifferences } from './oracle/differences.js';
import { evaluateEntry, filesDir, oracleDir } from './oracle/evaluate.js';

interface SpecCase {
  name: string;
  expr: string;
  variables: Record<string, string>;
  type: Plain;
  value: Plain;
}

interface KnownFailure {
  name: string;
  reason: string;
}

const cases = JSON.parse(readFileSync(join(oracleDir, 'specsuite.json'), 'utf8')) as SpecCase[];
const known = JSON.parse(readFileSync(join(oracleDir, 'specsuite-known-differences.json'), 'utf8')) as KnownFailure[];

function failure(c: SpecCase): Plain | undefined {
  const functions = standardFunctions({ baseDir: filesDir });
  const variables: Record<string, Value> = {};
  for (const [name, src] of Object.entries(c.variables)) {
    const r = evaluateEntry('expr', src, { variables: {}, functions });
    if (!r.ok) throw new Error(`spec variable ${name}: ${r.summary}`);
    variables[name] = r.value;
  }
  const got = evaluateEntry('expr', c.expr, { variables, functions });
  if (!got.ok) return { error: got.summary };
  const type = plainTypeOf(got.value);
  const value = plainValue(got.value);
  return plainEqual(type, c.type) && plainEqual(value, c.value) ? undefined : { type, value };
}

describe('HCL specification suite (expressions)', () => {
  it('covers the suite’s expression tests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
    expect(known.filter((k) => k.reason.trim() === '').map((k) => k.name)).toEqual([]);
  });

  it('passes every case except the listed known failures, which all still fail', () => {
    const failing = cases.map((c) => ({ name: c.name, got: failure(c) })).filter((f) => f.got !== undefined);
    reportDifferences(
      'specsuite',
      failing.map((f) => {
        const c = cases.find((x) => x.name === f.name);
        const kind = f.got !== null && typeof f.got === 'object' && 'error' in f.got ? 'rejects' : 'value';
        return { family: 'specsuite', mode: 'expr', src: f.name, kind, packer: { type: c?.type ?? null, value: c?.value ?? null }, repack: f.got ?? null };
      }),
    );
    const listed = new Set(known.map((k) => k.name));
    const failingNames = new Set(failing.map((f) => f.name));
    expect({
      unlisted: failing.filter((f) => !listed.has(f.name)),
      nowPassing: known.filter((k) => !failingNames.has(k.name)).map((k) => k.name),
    }).toEqual({ unlisted: [], nowPassing: [] });
  });
});

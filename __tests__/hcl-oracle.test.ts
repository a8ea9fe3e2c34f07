// Differential battery against Packer's own evaluator: every expression of __fixtures__/hcl/oracle/battery/ with the
// value, type or error Packer computes for it and how `packer console` prints it (expected.jsonl, recorded from HCL +
// go-cty + go-cty-funcs + go-cty-yaml with Packer's function table). known-differences.json lists where repack still
// disagrees; it may only shrink.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYaml } from '../src/hcl/functions/index.js';
import { printableValue } from '../src/hcl/format/print-value.js';
import {
  compareOutcome,
  pruneKnown,
  readJsonLines,
  reconcile,
  reportDifferences,
  type Difference,
  type Expected,
  type KnownDifference,
} from './oracle/differences.js';
import { consoleContext, evaluateEntry, oracleDir, type Outcome } from './oracle/evaluate.js';

const batteryDir = join(oracleDir, 'battery');
const expected = readJsonLines<Expected>(join(oracleDir, 'expected.jsonl'));
const knownPath = join(oracleDir, 'known-differences.json');
const known = JSON.parse(readFileSync(knownPath, 'utf8')) as KnownDifference[];
const vars = JSON.parse(readFileSync(join(batteryDir, 'vars.json'), 'utf8')) as Record<string, string>;

function entriesIn(file: string): number {
  return readFileSync(join(batteryDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#')).length;
}

const families = [...new Set(expected.map((e) => e.family))].sort();

function run(family: string): Difference[] {
  const ctx = consoleContext(vars);
  const found: Difference[] = [];
  for (const e of expected) {
    if (e.family !== family) continue;
    let got: Outcome | { crash: string };
    try {
      got = evaluateEntry(e.mode, e.src, ctx);
    } catch (err: unknown) {
      got = { crash: err instanceof Error ? err.message : String(err) };
    }
    const d = compareOutcome(e, got, printableValue);
    if (d) found.push(d);
  }
  return found;
}

describe('HCL oracle battery (values as Packer computes them)', () => {
  beforeAll(async () => {
    await loadYaml();
  });

  it('records Packer’s result for every battery entry', () => {
    const files = readdirSync(batteryDir).filter((f) => f.endsWith('.txt'));
    const recorded = new Map<string, number>();
    for (const e of expected) recorded.set(e.family, (recorded.get(e.family) ?? 0) + 1);
    expect(Object.fromEntries(files.map((f) => [f.slice(0, -4), recorded.get(f.slice(0, -4)) ?? 0]))).toEqual(
      Object.fromEntries(files.map((f) => [f.slice(0, -4), entriesIn(f)])),
    );
    expect(expected.length).toBeGreaterThanOrEqual(1500);
  });

  it('gives each known difference a reason', () => {
    expect(known.filter((k) => k.reason.trim() === '').map((k) => k.src)).toEqual([]);
  });

  // One test per family: a change to a function is judged by the families that reach it (mutation testing runs only
  // the tests covering the changed code), and a failure names the family.
  const found: Difference[] = [];
  const ran = new Set<string>();
  afterAll(() => {
    if (ran.size !== families.length) return;
    reportDifferences('battery', found);
    pruneKnown(knownPath, found, known);
  });

  it.each(families)('agrees with Packer on %s except the listed known differences, which all still differ', (family) => {
    const diffs = run(family);
    found.push(...diffs);
    ran.add(family);
    const srcs = new Set(expected.filter((e) => e.family === family).map((e) => `${e.mode}\u0000${e.src}`));
    const { unlisted, fixed, changed } = reconcile(
      diffs,
      known.filter((k) => srcs.has(`${k.mode}\u0000${k.src}`)),
    );
    expect({ unlisted, fixed: fixed.map((k) => `${k.kind}: ${k.src}`), changed }).toEqual({ unlisted: [], fixed: [], changed: [] });
  });

  it('lists as known differences only battery entries', () => {
    const srcs = new Set(expected.map((e) => `${e.mode}\u0000${e.src}`));
    expect(known.filter((k) => !srcs.has(`${k.mode}\u0000${k.src}`)).map((k) => k.src)).toEqual([]);
  });
});

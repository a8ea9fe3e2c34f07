// Fuzzing: 10,000 mutations of the corpus snippets go through parseFile and evaluate; neither may throw or hang.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Body } from '../src/hcl/syntax/ast.js';
import { evaluate, type EvalContext } from '../src/hcl/eval/evaluate.js';
import { standardFunctions } from '../src/hcl/functions/index.js';
import { parseFile } from '../src/hcl/syntax/parser.js';
import { fromJS } from '../src/hcl/value/value.js';

const corpusDir = join(process.cwd(), '__fixtures__', 'hcl', 'corpus');
const seeds = readdirSync(corpusDir)
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

const functions = standardFunctions({ baseDir: join(process.cwd(), '__fixtures__', 'hcl', 'files') });
delete functions.bcrypt;
const ctx: EvalContext = {
  variables: { var: fromJS({ x: 'a', l: [1, 2], m: { k: 'v' }, tags: ['t'] }), local: fromJS({ y: 1 }) },
  functions,
};

const pieces = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  '${',
  '%{',
  '~}',
  '}',
  '<<EOF\n',
  '\nEOF\n',
  '<<-',
  '\n',
  '\r\n',
  ',',
  '=',
  ':',
  '.',
  '*',
  '...',
  '?',
  '#',
  '//',
  '/*',
  '*/',
  '\\',
  'for',
  'in',
  'if',
  'endif',
  'endfor',
  'else',
  '=>',
  '!',
  '-',
  '1e',
  '0.5',
  'é',
  '👩‍👩‍👧',
  '\t',
  ' ',
  'var.x',
  'f(',
  'null',
];

const mutation = fc.record({
  seed: fc.nat({ max: seeds.length - 1 }),
  edits: fc.array(
    fc.record({ at: fc.nat(), op: fc.constantFrom('insert', 'delete', 'replace'), piece: fc.constantFrom(...pieces), len: fc.integer({ min: 1, max: 4 }) }),
    { minLength: 1, maxLength: 6 },
  ),
});

function mutate(text: string, edits: { at: number; op: string; piece: string; len: number }[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.op === 'insert') out = out.slice(0, at) + e.piece + out.slice(at);
    else if (e.op === 'delete') out = out.slice(0, at) + out.slice(at + e.len);
    else out = out.slice(0, at) + e.piece + out.slice(at + e.len);
  }
  return out;
}

function evaluateAll(body: Body): void {
  for (const item of body.items) {
    if (item.kind === 'attribute') evaluate(item.expr, ctx);
    else evaluateAll(item.body);
  }
}

describe('fuzzing parseFile and evaluate', () => {
  it('never throws on 10,000 mutated templates', () => {
    fc.assert(
      fc.property(mutation, ({ seed, edits }) => {
        const text = mutate(seeds[seed], edits);
        const { file, diagnostics } = parseFile(text, 'fuzz.hcl');
        for (const d of diagnostics) {
          expect(d.range).toBeDefined();
          expect(d.range?.start.line).toBeGreaterThanOrEqual(1);
        }
        evaluateAll(file.body);
      }),
      { numRuns: 10_000, seed: 20261125 },
    );
  }, 60_000);
});

// Function cases whose expected outcomes are Packer's (recorded with the oracle of Packer's evaluator): a value in the
// oracle's plain form (exact number text, arrays, objects), or the error as "summary: detail".
import { standardFunctions } from '../../src/hcl/functions/index.js';
import { evaluate } from '../../src/hcl/eval/evaluate.js';
import type { HclFunction } from '../../src/hcl/functions/function.js';
import { parseExpressionText } from '../../src/hcl/syntax/parser.js';
import { plainTypeOf, plainValue, type Plain } from './canonical.js';

export type Expected = { plain: Plain; type?: Plain } | { error: string };

/** The outcome of `src`, with the value's type when `typed` (its cty JSON type notation). */
export function outcome(src: string, typed = false, functions: Record<string, HclFunction> = standardFunctions({ baseDir: process.cwd() })): Expected {
  const parsed = parseExpressionText(src, 'x.hcl');
  expect(parsed.diagnostics).toEqual([]);
  const r = evaluate(parsed.expr, { variables: {}, functions });
  const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.summary}: ${d.detail}`);
  if (errors.length > 0) return { error: errors.join('\n') };
  return typed ? { plain: plainValue(r.value), type: plainTypeOf(r.value) } : { plain: plainValue(r.value) };
}

// Expressions Packer evaluates without its full context. HCL words the failures by what the context lacks: with no
// variables at all, "Variables not allowed"; with no functions at all, "Function calls not allowed"; with some
// functions (a variable default has exactly `env`), "Call to unknown function".
import type { Diagnostic, Range } from '../hcl/diagnostics.js';
import { evaluate } from '../hcl/eval/evaluate.js';
import type { Expression } from '../hcl/syntax/expression.js';
import type { HclFunction } from '../hcl/functions/function.js';
import { T, V, type Value } from '../hcl/value/value.js';
import { literalJsonString } from './body.js';

export type Environment = Record<string, string | undefined>;

/** Packer's `env(key)`: the environment variable's value, "" when unset. */
export function envFunction(env: Environment): HclFunction {
  return {
    params: [{ name: 'key', type: T.string }],
    returnType: () => T.string,
    impl: ([key]) => V.string(key.kind === 'string' ? (env[key.value] ?? '') : ''),
  };
}

/** The functions a `variable` default (and a legacy `variables` entry) may call: `env` only. */
export function defaultFunctions(env: Environment): Record<string, HclFunction> {
  return { env: envFunction(env) };
}

/** Evaluates with no variables, and only `functions` when given (HCL's nil context when not). */
export function constantValue(expr: Expression, functions?: Record<string, HclFunction>): { value: Value; diagnostics: Diagnostic[] } {
  // HCL's JSON syntax reads a string literally when there is no context at all: "${…}" is not a template there.
  const json = functions ? undefined : literalJsonString(expr);
  if (json) return { value: V.string(json.text), diagnostics: [] };
  const r = evaluate(expr, functions ? { variables: {}, functions } : { variables: {} });
  return {
    value: r.value,
    diagnostics: r.diagnostics.map((d) => {
      if (d.code === 'unknown-variable')
        return { ...d, summary: 'Variables not allowed', detail: 'Variables may not be used here.', code: 'variables-not-allowed' };
      if (!functions && d.code === 'unknown-function')
        return {
          ...d,
          summary: 'Function calls not allowed',
          detail: 'Functions may not be called here.',
          range: callRange(expr, d.range),
          code: 'functions-not-allowed',
        };
      return d;
    }),
  };
}

/** HCL blames a call it may not make as a whole, name to closing parenthesis: the call whose name is at `name`. */
function callRange(expr: Expression, name: Range | undefined): Range | undefined {
  const seen = new Set<object>();
  const stack: unknown[] = [expr];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const call = node as Partial<Record<'kind', unknown> & Record<'nameRange' | 'range', Range>>;
    if (call.kind === 'functionCall' && call.nameRange?.start.offset === name?.start.offset && call.nameRange?.file === name?.file) return call.range;
    stack.push(...Object.values(node));
  }
  return name;
}

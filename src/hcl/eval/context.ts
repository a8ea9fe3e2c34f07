// The scope expressions are evaluated in: variables (var, local, source, ...) and functions. For expressions and
// splats evaluate in child scopes that add their iteration symbols.
import type { HclFunction } from '../functions/function.js';
import type { Value } from '../value/value.js';

export interface EvalContext {
  variables: Record<string, Value>;
  functions?: Record<string, HclFunction>;
  /** The enclosing scope, consulted for names this one does not define. */
  parent?: EvalContext;
  /** Decoders report here every value given to a sensitive attribute (e.g. login_password), so fronts can mask it. */
  onSensitive?: (value: string) => void;
}

export function lookupVariable(ctx: EvalContext, name: string): Value | undefined {
  for (let c: EvalContext | undefined = ctx; c; c = c.parent) {
    if (Object.hasOwn(c.variables, name)) return c.variables[name];
  }
  return undefined;
}

export function lookupFunction(ctx: EvalContext, name: string): HclFunction | undefined {
  for (let c: EvalContext | undefined = ctx; c; c = c.parent) {
    if (c.functions && Object.hasOwn(c.functions, name)) return c.functions[name];
  }
  return undefined;
}

export function allFunctionNames(ctx: EvalContext): string[] {
  const names = new Set<string>();
  for (let c: EvalContext | undefined = ctx; c; c = c.parent) for (const n of Object.keys(c.functions ?? {})) names.add(n);
  return [...names];
}

export function childContext(ctx: EvalContext, variables: Record<string, Value>): EvalContext {
  return { variables, parent: ctx };
}

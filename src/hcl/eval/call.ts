// Function calls: argument count and type checks against the function's parameters, `...` expansion of the final
// argument, unknown and null handling, sensitive marks moved from arguments to the result.
import { error, type Diagnostic, type Range } from '../diagnostics.js';
import { convert } from '../value/convert.js';
import { allFunctionNames, lookupFunction, type EvalContext } from './context.js';
import type { Result } from './access.js';
import { evalExpr, type AnonBindings } from './evaluate.js';
import type { Expression, FunctionCallExpr } from '../syntax/expression.js';
import { ArgError, type FunctionParam, type HclFunction } from '../functions/function.js';
import { nameSuggestion } from '../did-you-mean.js';
import { startRange } from '../syntax/start-range.js';
import { unmarkDeep } from '../value/ops.js';
import { isKnown, T, V, type Type, type Value } from '../value/value.js';
import { messageOf } from '../../error-message.js';

const hasError = (d: readonly Diagnostic[]): boolean => d.some((x) => x.severity === 'error');

/** The declared result type for these arguments; `any` when the function cannot tell before seeing values. */
function resultTypeOf(fn: HclFunction, args: Value[]): Type {
  if (!fn.returnType) return T.dynamic;
  try {
    return fn.returnType(args);
  } catch {
    return T.dynamic;
  }
}

/** HCL's "Not enough/Too many function arguments", given where each argument (after `...` expansion) is. */
function arityError(fn: HclFunction, expr: FunctionCallExpr, argAt: readonly Range[]): Diagnostic | undefined {
  const { params, varParam } = fn;
  if (argAt.length < params.length) {
    const missing = params[argAt.length];
    const qual = varParam ? ' at least' : '';
    return error(
      'Not enough function arguments',
      `Function ${JSON.stringify(expr.name)} expects${qual} ${params.length} argument(s). Missing value for ${JSON.stringify(missing.name)}.`,
      expr.closeParenRange,
    );
  }
  if (!varParam && argAt.length > params.length) {
    return error('Too many function arguments', `Function ${JSON.stringify(expr.name)} expects only ${params.length} argument(s).`, argAt[params.length]);
  }
  return undefined;
}

export function evalFunctionCall(expr: FunctionCallExpr, ctx: EvalContext, anon: AnonBindings): Result {
  const fn = lookupFunction(ctx, expr.name);
  if (!fn) {
    const suggestion = nameSuggestion(expr.name, allFunctionNames(ctx));
    return {
      value: V.unknown(),
      diagnostics: [
        {
          ...error(
            'Call to unknown function',
            `There is no function named ${JSON.stringify(expr.name)}.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''}`,
            expr.nameRange,
          ),
          code: 'unknown-function',
        },
      ],
    };
  }
  const call = { name: expr.name, range: expr.range, start: startRange(expr) };
  if (fn.lazy) {
    // HCL checks the argument count before a lazy function (can, try, convert) sees its expressions.
    const arity = arityError(fn, expr, expr.args.map(startRange));
    if (arity) return { value: V.unknown(), diagnostics: [arity] };
    return fn.lazy(expr.args, (arg) => evalExpr(arg, ctx, anon), call);
  }

  // HCL's order: the `...` argument first, then the argument count, then each argument evaluated and converted to its
  // parameter's type; only then the null checks of cty's Call, which stop at the first null.
  const diagnostics: Diagnostic[] = [];
  const { params, varParam } = fn;
  const paramAt = (i: number): FunctionParam => (i < params.length ? params[i] : (varParam as FunctionParam));
  const written = expr.expandFinal ? expr.args.slice(0, -1) : expr.args;
  const expanded: Value[] = [];
  const expandExpr = expr.expandFinal ? expr.args[expr.args.length - 1] : undefined;
  if (expandExpr) {
    const r = evalExpr(expandExpr, ctx, anon);
    diagnostics.push(...r.diagnostics);
    if (hasError(r.diagnostics)) return { value: V.unknown(), diagnostics };
    const v = r.value;
    if (v.kind === 'null') {
      diagnostics.push(error('Invalid expanding argument value', 'The expanding argument (indicated by ...) must not be null.', expandExpr.range));
      return { value: V.unknown(), diagnostics };
    }
    if (v.kind === 'unknown') return { value: V.unknown(), diagnostics };
    if (v.kind !== 'list' && v.kind !== 'tuple' && v.kind !== 'set') {
      diagnostics.push(
        error('Invalid expanding argument value', 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.', expandExpr.range),
      );
      return { value: V.unknown(), diagnostics };
    }
    for (const item of v.items) expanded.push(v.sensitive ? { ...item, sensitive: true } : item);
  }
  // Where a problem with each argument is reported: HCL's StartRange of its expression, or the whole `...` argument
  // for the values it expanded to.
  const argAt = [...written.map(startRange), ...expanded.map(() => (expandExpr as Expression).range)];
  const arity = arityError(fn, expr, argAt);
  if (arity) {
    diagnostics.push(arity);
    return { value: V.unknown(), diagnostics };
  }

  let sensitive = false;
  const converted: Value[] = [];
  const given: (Value | undefined)[] = [...written.map(() => undefined), ...expanded];
  for (const [i, arg] of given.entries()) {
    let v = arg;
    if (v === undefined) {
      const r = evalExpr(written[i], ctx, anon);
      diagnostics.push(...r.diagnostics);
      // A failed argument is HCL's DynamicVal, which converts to anything: no second error for it.
      if (hasError(r.diagnostics)) continue;
      v = r.value;
    }
    const param = paramAt(i);
    if (!param.allowMarked) {
      const [u, marked] = unmarkDeep(v);
      if (marked) sensitive = true;
      v = u;
    }
    const c = convert(v, param.type);
    if ('error' in c) {
      diagnostics.push(error('Invalid function argument', `Invalid value for ${JSON.stringify(param.name)} parameter: ${c.error}.`, argAt[i]));
      continue;
    }
    converted.push(c.value);
  }
  if (hasError(diagnostics)) return { value: V.unknown(), diagnostics };
  const nullAt = converted.findIndex((v, i) => v.kind === 'null' && !paramAt(i).allowNull);
  if (nullAt >= 0) {
    const name = JSON.stringify(paramAt(nullAt).name);
    diagnostics.push(error('Invalid function argument', `Invalid value for ${name} parameter: argument must not be null.`, argAt[nullAt]));
    return { value: V.unknown(), diagnostics };
  }
  const anyUnknown = converted.some((v, i) => !paramAt(i).allowUnknown && !isKnown(v));
  const mark = (v: Value): Value => (sensitive && !v.sensitive ? { ...v, sensitive: true } : v);
  if (anyUnknown) {
    return { value: mark(V.unknown(resultTypeOf(fn, converted))), diagnostics };
  }
  try {
    return { value: mark(fn.impl(converted, call)), diagnostics };
  } catch (e: unknown) {
    const param = e instanceof ArgError ? (e.index < params.length ? params[e.index] : varParam) : undefined;
    if (e instanceof ArgError && param) {
      // An index past the arguments given blames the whole call, as HCL does.
      const at = e.index < argAt.length ? argAt[e.index] : expr.range;
      diagnostics.push(error('Invalid function argument', `Invalid value for ${JSON.stringify(param.name)} parameter: ${e.message}.`, at));
    } else {
      // A string or list beyond what the runtime can hold is the only error a function lets escape unworded.
      const message = e instanceof RangeError ? 'the result is too large' : messageOf(e);
      diagnostics.push(error('Error in function call', `Call to function ${JSON.stringify(expr.name)} failed: ${message}.`, call.start));
    }
    return { value: V.unknown(), diagnostics };
  }
}

// Function calls: argument count and type checks against the function's parameters, `...` expansion of the final
// argument, unknown and null handling, sensitive marks moved from arguments to the result.
import { error, type Diagnostic } from './diagnostics.js';
import { convert } from './convert.js';
import { allFunctionNames, lookupFunction, type EvalContext } from './eval-context.js';
import type { Result } from './eval-access.js';
import { evalExpr, type AnonBindings } from './eval.js';
import type { Expression, FunctionCallExpr } from './expression.js';
import { ArgError, type FunctionParam, type HclFunction } from './function.js';
import { nameSuggestion } from './did-you-mean.js';
import { rangeBetween } from './position.js';
import { unmarkDeep } from './value-ops.js';
import { isKnown, T, V, type Type, type Value } from './value.js';
import { messageOf } from '../error-message.js';

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
  const call = { name: expr.name, range: expr.range };
  if (fn.lazy) return fn.lazy(expr.args, (arg) => evalExpr(arg, ctx, anon), call);

  const diagnostics: Diagnostic[] = [];
  const argExprs: Expression[] = [];
  const args: Value[] = [];
  for (const [i, argExpr] of expr.args.entries()) {
    const r = evalExpr(argExpr, ctx, anon);
    diagnostics.push(...r.diagnostics);
    if (expr.expandFinal && i === expr.args.length - 1) {
      const v = r.value;
      if (v.kind === 'null') {
        diagnostics.push(error('Invalid expanding argument value', 'The expanding argument (indicated by ...) must not be null.', argExpr.range));
        return { value: V.unknown(), diagnostics };
      }
      if (v.kind === 'unknown') return { value: V.unknown(), diagnostics };
      if (v.kind !== 'list' && v.kind !== 'tuple' && v.kind !== 'set') {
        diagnostics.push(
          error('Invalid expanding argument value', 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.', argExpr.range),
        );
        return { value: V.unknown(), diagnostics };
      }
      for (const item of v.items) {
        args.push(v.sensitive ? { ...item, sensitive: true } : item);
        argExprs.push(argExpr);
      }
    } else {
      args.push(r.value);
      argExprs.push(argExpr);
    }
  }
  const { params, varParam } = fn;
  if (args.length < params.length) {
    const missing = params[args.length];
    const qual = varParam ? ' at least' : '';
    diagnostics.push(
      error(
        'Not enough function arguments',
        `Function ${JSON.stringify(expr.name)} expects${qual} ${params.length} argument(s). Missing value for ${JSON.stringify(missing.name)}.`,
        expr.closeParenRange,
      ),
    );
    return { value: V.unknown(), diagnostics };
  }
  if (!varParam && args.length > params.length) {
    diagnostics.push(
      error('Too many function arguments', `Function ${JSON.stringify(expr.name)} expects only ${params.length} argument(s).`, argExprs[params.length].range),
    );
    return { value: V.unknown(), diagnostics };
  }
  if (hasError(diagnostics)) return { value: V.unknown(), diagnostics };

  let anyUnknown = false;
  let sensitive = false;
  const converted: Value[] = [];
  for (const [i, arg] of args.entries()) {
    const param: FunctionParam = i < params.length ? params[i] : (varParam as FunctionParam);
    let v = arg;
    if (!param.allowMarked) {
      const [u, marked] = unmarkDeep(v);
      if (marked) sensitive = true;
      v = u;
    }
    if (v.kind === 'null' && !param.allowNull) {
      diagnostics.push(
        error('Invalid function argument', `Invalid value for ${JSON.stringify(param.name)} parameter: argument must not be null.`, argExprs[i].range),
      );
      continue;
    }
    const c = convert(v, param.type);
    if ('error' in c) {
      diagnostics.push(error('Invalid function argument', `Invalid value for ${JSON.stringify(param.name)} parameter: ${c.error}.`, argExprs[i].range));
      continue;
    }
    if (!param.allowUnknown && !isKnown(c.value)) anyUnknown = true;
    converted.push(c.value);
  }
  if (hasError(diagnostics)) return { value: V.unknown(), diagnostics };
  const mark = (v: Value): Value => (sensitive && !v.sensitive ? { ...v, sensitive: true } : v);
  if (anyUnknown) {
    return { value: mark(V.unknown(resultTypeOf(fn, converted))), diagnostics };
  }
  try {
    return { value: mark(fn.impl(converted, call)), diagnostics };
  } catch (e: unknown) {
    if (e instanceof ArgError) {
      const i = Math.min(e.index, argExprs.length - 1);
      const param = e.index < params.length ? params[e.index] : varParam;
      diagnostics.push(
        error('Invalid function argument', `Invalid value for ${JSON.stringify(param?.name ?? '')} parameter: ${e.message}.`, argExprs[i]?.range ?? expr.range),
      );
    } else {
      // A string or list beyond what the runtime can hold is the only error a function lets escape unworded.
      const message = e instanceof RangeError ? 'the result is too large' : messageOf(e);
      // HCL's subject for a failed call is the function's name and opening parenthesis.
      const subject = rangeBetween(expr.nameRange, expr.openParenRange);
      diagnostics.push(error('Error in function call', `Call to function ${JSON.stringify(expr.name)} failed: ${message}.`, subject));
    }
    return { value: V.unknown(), diagnostics };
  }
}

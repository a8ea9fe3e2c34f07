// Conversion functions: can, try and convert (Packer has no tostring, tolist, ... nor sensitive/nonsensitive).
// can, try and convert are lazy: they see their argument expressions, so errors inside them can be caught.
import { convert, parseTypeExpr } from '../value/convert.js';
import { error, type Diagnostic } from '../diagnostics.js';
import type { Expression } from '../syntax/expression.js';
import type { HclFunction, LazyImpl } from './function.js';
import { rangeBetween, rangeText } from '../position.js';
import { startRange } from '../syntax/start-range.js';
import { isKnown, T, typeOf, V } from '../value/value.js';
import { param } from './helpers.js';

const lazy = (impl: LazyImpl, params: string[], variadic: boolean): HclFunction => ({
  params: params.map((n) => param(n, T.dynamic)),
  varParam: variadic ? param('expressions', T.dynamic) : undefined,
  impl: () => V.unknown(),
  lazy: impl,
});

const hasError = (d: readonly Diagnostic[]): boolean => d.some((x) => x.severity === 'error');

const can: LazyImpl = (args, evaluateArg) => {
  const r = evaluateArg(args[0]);
  if (hasError(r.diagnostics)) return { value: V.bool(false), diagnostics: [] };
  if (!isKnown(r.value)) return { value: V.unknown(T.bool), diagnostics: [] };
  return { value: V.bool(true), diagnostics: [] };
};

const tryFn: LazyImpl = (args, evaluateArg, call) => {
  if (args.length === 0) {
    return {
      value: V.unknown(),
      diagnostics: [error('Error in function call', 'Call to function "try" failed: at least one argument is required.', call.start)],
    };
  }
  const failures: string[] = [];
  for (const a of args) {
    const r = evaluateArg(a);
    // HCL's try: a result not wholly known may still fail once known, so the whole call is unknown (of any type).
    if (!hasError(r.diagnostics)) return { value: isKnown(r.value) ? r.value : V.unknown(), diagnostics: r.diagnostics };
    for (const d of r.diagnostics) {
      if (d.severity !== 'error') continue;
      const at = d.range ? ` (at ${rangeText(d.range)})` : '';
      failures.push(`- ${d.summary}${at}\n  ${d.detail ?? ''}`);
    }
  }
  return {
    value: V.unknown(),
    diagnostics: [
      error(
        'Error in function call',
        `Call to function "try" failed: no expression succeeded:\n${failures.join('\n')}\n\nAt least one expression must produce a successful result.`,
        call.start,
      ),
    ],
  };
};

/** convert() reads its type without defaults (typeexpr.TypeConstraint): `optional(type, default)` is an error there. */
function optionalDefaults(expr: Expression): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (e: Expression): void => {
    if (e.kind === 'parentheses') walk(e.expr);
    else if (e.kind === 'functionCall') {
      if (e.name === 'optional' && e.args.length === 2) {
        out.push(
          error(
            'Invalid type specification',
            'Optional attribute modifier expects only one argument: the attribute type.',
            rangeBetween(e.openParenRange, e.closeParenRange),
          ),
        );
      }
      e.args.forEach(walk);
    } else if (e.kind === 'object') e.items.forEach((i) => walk(i.value));
    else if (e.kind === 'tuple') e.items.forEach(walk);
  };
  walk(expr);
  return out;
}

const convertFn: LazyImpl = (args, evaluateArg) => {
  const r = evaluateArg(args[0]);
  const defaults = optionalDefaults(args[1]);
  const t = defaults.length > 0 ? { type: T.dynamic, diagnostics: defaults } : parseTypeExpr(args[1]);
  const diagnostics = [...r.diagnostics, ...t.diagnostics];
  if (hasError(diagnostics)) return { value: V.unknown(), diagnostics };
  // HCL's ConvertFunc converts twice: to the constraint, then again to the type of that result, where optional
  // attributes are no longer optional; so an object missing an optional attribute is refused, as in Packer.
  const first = convert(r.value, t.type);
  const c = 'error' in first ? first : convert(r.value, typeOf(first.value));
  if ('error' in c) {
    diagnostics.push(error('Invalid function argument', `Invalid value for "value" parameter: ${c.error}.`, startRange(args[0])));
    return { value: V.unknown(t.type), diagnostics };
  }
  return { value: c.value, diagnostics };
};

export function conversionFunctions(): Record<string, HclFunction> {
  return {
    can: lazy(can, ['expression'], false),
    try: lazy(tryFn, [], true),
    convert: lazy(convertFn, ['value', 'type'], false),
  };
}

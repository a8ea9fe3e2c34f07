// Conversion functions: can, try and convert (Packer has no tostring, tolist, ... nor sensitive/nonsensitive).
// can, try and convert are lazy: they see their argument expressions, so errors inside them can be caught.
import { convert, parseTypeExpr } from '../convert.js';
import { error, type Diagnostic } from '../diagnostics.js';
import type { HclFunction, LazyImpl } from '../function.js';
import { isKnown, T, V } from '../value.js';
import { param } from './helpers.js';

const lazy = (impl: LazyImpl, params: string[], variadic: boolean): HclFunction => ({
  params: params.map((n) => param(n, T.dynamic)),
  varParam: variadic ? param('expressions', T.dynamic) : undefined,
  impl: () => V.unknown(),
  lazy: impl,
});

const hasError = (d: readonly Diagnostic[]): boolean => d.some((x) => x.severity === 'error');

const can: LazyImpl = (args, evaluateArg, call) => {
  if (args.length !== 1) {
    return { value: V.unknown(T.bool), diagnostics: [error('Invalid function argument', 'Function "can" expects exactly one argument.', call.range)] };
  }
  const r = evaluateArg(args[0]);
  if (hasError(r.diagnostics)) return { value: V.bool(false), diagnostics: [] };
  if (!isKnown(r.value)) return { value: V.unknown(T.bool), diagnostics: [] };
  return { value: V.bool(true), diagnostics: [] };
};

const tryFn: LazyImpl = (args, evaluateArg, call) => {
  if (args.length === 0) {
    return { value: V.unknown(), diagnostics: [error('Not enough function arguments', 'Function "try" expects at least one argument.', call.range)] };
  }
  const failures: string[] = [];
  for (const a of args) {
    const r = evaluateArg(a);
    if (!hasError(r.diagnostics)) return { value: r.value, diagnostics: r.diagnostics };
    for (const d of r.diagnostics) {
      if (d.severity !== 'error') continue;
      const at = d.range ? ` (at ${d.range.file}:${d.range.start.line},${d.range.start.column}-${d.range.end.column})` : '';
      failures.push(`- ${d.summary}${at}\n  ${d.detail ?? ''}`);
    }
  }
  return {
    value: V.unknown(),
    diagnostics: [
      error(
        'Error in function call',
        `Call to function "try" failed: no expression succeeded:\n${failures.join('\n')}\n\nAt least one expression must produce a successful result.`,
        call.range,
      ),
    ],
  };
};

const convertFn: LazyImpl = (args, evaluateArg, call) => {
  if (args.length !== 2) {
    return { value: V.unknown(), diagnostics: [error('Invalid function argument', 'Function "convert" expects a value and a type.', call.range)] };
  }
  const r = evaluateArg(args[0]);
  const t = parseTypeExpr(args[1]);
  const diagnostics = [...r.diagnostics, ...t.diagnostics];
  if (hasError(diagnostics)) return { value: V.unknown(), diagnostics };
  const c = convert(r.value, t.type);
  if ('error' in c) {
    diagnostics.push(error('Invalid function argument', `Invalid value for "value" parameter: ${c.error}.`, args[0].range));
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

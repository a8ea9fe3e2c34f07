// `for` expressions and splats: both evaluate an expression once per element of a collection, in a child scope
// (for) or with the splat's placeholder bound to the element.
import { error, type Diagnostic } from '../diagnostics.js';
import { convert } from '../value/convert.js';
import { childContext, type EvalContext } from './context.js';
import type { Result } from './access.js';
import { evalExpr, type AnonBindings } from './evaluate.js';
import type { ForExpr, SplatExpr } from '../syntax/expression.js';
import { unifyTypes } from '../value/types.js';
import { elementsOf, unmark, withMarksOf } from '../value/ops.js';
import { isKnown, newAttrs, setAttr, T, typeName, typeOf, V, type Value } from '../value/value.js';

const hasError = (d: readonly Diagnostic[]): boolean => d.some((x) => x.severity === 'error');

function condition(expr: ForExpr, ctx: EvalContext, anon: AnonBindings, diagnostics: Diagnostic[]): boolean | 'unknown' | 'error' {
  if (!expr.condition) return true;
  const r = evalExpr(expr.condition, ctx, anon);
  diagnostics.push(...r.diagnostics);
  if (hasError(r.diagnostics)) return 'error';
  const v = r.value;
  if (v.kind === 'null') {
    diagnostics.push(error('Condition is null', "The value of the 'if' clause must not be null.", expr.condition.range));
    return 'error';
  }
  if (v.kind === 'unknown') return 'unknown';
  const b = convert(unmark(v), T.bool);
  if ('error' in b) {
    diagnostics.push(error("Invalid 'for' condition", `The 'if' clause value is invalid: ${b.error}.`, expr.condition.range));
    return 'error';
  }
  return (b.value as { value: boolean }).value;
}

export function evalFor(expr: ForExpr, ctx: EvalContext, anon: AnonBindings): Result {
  const coll = evalExpr(expr.collection, ctx, anon);
  const diagnostics = [...coll.diagnostics];
  const resultUnknown = (): Result => ({ value: withMarksOf(V.unknown(), coll.value), diagnostics });
  if (hasError(diagnostics)) return resultUnknown();
  const c = coll.value;
  if (c.kind === 'null') {
    diagnostics.push(error('Iteration over null value', "A null value cannot be used as the collection in a 'for' expression.", expr.collection.range));
    return resultUnknown();
  }
  if (c.kind === 'unknown') return resultUnknown();
  if (!['list', 'set', 'tuple', 'map', 'object'].includes(c.kind)) {
    diagnostics.push(
      error(
        'Iteration over non-iterable value',
        `A value of type ${typeName(typeOf(c))} cannot be used as the collection in a 'for' expression.`,
        expr.collection.range,
      ),
    );
    return resultUnknown();
  }
  const isObject = expr.keyExpr !== undefined;
  const items: Value[] = [];
  const attrs = newAttrs();
  const groups = new Map<string, Value[]>();
  let known = true;
  for (const [k, v] of elementsOf(c)) {
    // As HCL: the key is bound first, so `for x, x in ...` sees the value.
    const scope = newAttrs();
    if (expr.keyVar !== undefined) setAttr(scope, expr.keyVar, k);
    setAttr(scope, expr.valVar, v);
    const child = childContext(ctx, scope);
    const include = condition(expr, child, anon, diagnostics);
    if (include === 'error') return resultUnknown();
    if (include === 'unknown') {
      known = false;
      continue;
    }
    if (!include) continue;
    const value = evalExpr(expr.valueExpr, child, anon);
    diagnostics.push(...value.diagnostics);
    if (!isObject) {
      items.push(value.value);
      continue;
    }
    if (!expr.keyExpr) continue;
    const key = evalExpr(expr.keyExpr, child, anon);
    diagnostics.push(...key.diagnostics);
    if (hasError(key.diagnostics)) continue;
    const kv = key.value;
    if (kv.kind === 'null') {
      diagnostics.push(error('Invalid object key', "Key expression in 'for' expression must not produce a null value.", expr.keyExpr?.range));
      continue;
    }
    if (!isKnown(kv)) {
      known = false;
      continue;
    }
    const ks = convert(unmark(kv), T.string);
    if ('error' in ks) {
      diagnostics.push(error('Invalid object key', `The key expression produced an invalid result: ${ks.error}.`, expr.keyExpr?.range));
      continue;
    }
    const name = (ks.value as { value: string }).value;
    if (expr.group) {
      const group = groups.get(name);
      if (group) group.push(value.value);
      else groups.set(name, [value.value]);
    } else if (Object.hasOwn(attrs, name)) {
      diagnostics.push(
        error(
          'Duplicate object key',
          `Two different items produced the key ${JSON.stringify(name)} in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`,
          expr.keyExpr?.range,
        ),
      );
    } else setAttr(attrs, name, value.value);
  }
  if (!known || hasError(diagnostics)) return resultUnknown();
  if (!isObject) return { value: withMarksOf(V.tuple(items), c), diagnostics };
  if (expr.group) {
    const grouped = newAttrs();
    for (const [k, vs] of groups) setAttr(grouped, k, V.tuple(vs));
    return { value: withMarksOf(V.object(grouped), c), diagnostics };
  }
  return { value: withMarksOf(V.object(attrs), c), diagnostics };
}

export function evalSplat(expr: SplatExpr, ctx: EvalContext, anon: AnonBindings): Result {
  const source = evalExpr(expr.source, ctx, anon);
  const diagnostics = [...source.diagnostics];
  if (hasError(diagnostics)) return { value: V.unknown(), diagnostics };
  let s = source.value;
  const sequence = s.kind === 'list' || s.kind === 'tuple' || s.kind === 'set' || (s.kind === 'unknown' && ['list', 'tuple', 'set'].includes(s.type.kind));
  if (s.kind === 'null') {
    if (!['list', 'tuple', 'set'].includes(s.type.kind)) return { value: withMarksOf(V.tuple([]), s), diagnostics };
    diagnostics.push(error('Splat of null value', 'Splat expressions (with the * symbol) cannot be applied to null sequences.', expr.source.range));
    return { value: V.unknown(), diagnostics };
  }
  if (s.kind === 'unknown') return { value: withMarksOf(V.unknown(), s), diagnostics };
  if (!sequence) s = withMarksOf(V.tuple([s]), s);
  if (s.kind !== 'list' && s.kind !== 'tuple' && s.kind !== 'set') return { value: V.unknown(), diagnostics };
  const vals: Value[] = [];
  let ok = true;
  for (const item of s.items) {
    const inner: AnonBindings = new Map(anon);
    inner.set(expr.item, item);
    const r = evalExpr(expr.each, ctx, inner);
    diagnostics.push(...r.diagnostics);
    if (hasError(r.diagnostics)) ok = false;
    vals.push(r.value);
  }
  if (!ok) return { value: withMarksOf(V.unknown(), s), diagnostics };
  if (s.kind === 'tuple') return { value: withMarksOf(V.tuple(vals), s), diagnostics };
  const element = unifyTypes(vals.map(typeOf));
  if (element === undefined) {
    diagnostics.push(
      error(
        'Invalid nested splat expressions',
        "The second level of splat expression produced elements of different types, so it isn't possible to construct a valid list to represent the top-level result.\n\nConsider using a for expression instead, to produce a tuple-typed result which can therefore have non-homogenous element types.",
        expr.each.range,
      ),
    );
    return { value: V.unknown(), diagnostics };
  }
  return { value: withMarksOf(V.list(vals, vals.length === 0 ? T.dynamic : element), s), diagnostics };
}

// The expression evaluator: HCL's semantics over the typed value model, with unknown propagation, null checks and
// the `sensitive` mark carried from operands to results. Problems are returned as diagnostics, never thrown.
import { error, type Diagnostic, type Range } from '../diagnostics.js';
import { convert } from '../value/convert.js';
import { evalFunctionCall } from './call.js';
import { lookupVariable, type EvalContext } from './context.js';
import { applyStep, index, type Result } from './access.js';
import { evalBinary, evalUnary } from './ops.js';
import { evalFor, evalSplat } from './for.js';
import type { AnonSymbolExpr, BinaryOpExpr, Expression, ObjectConsKeyExpr, Traverser } from '../syntax/expression.js';
import { describeMismatch, unify } from '../value/unify.js';
import { unmark, withMarksOf } from '../value/ops.js';
import { goQuote } from '../format/go-quote.js';
import { rangeText } from '../position.js';
import { isKnown, newAttrs, setAttr, T, typeOf, V, type Type, type Value } from '../value/value.js';

export type { EvalContext } from './context.js';
export { traversals } from '../syntax/traversals.js';

/** Values bound to splat placeholders while their `each` expression is evaluated. */
export type AnonBindings = Map<AnonSymbolExpr, Value>;

export function evaluate(expr: Expression, ctx: EvalContext): { value: Value; diagnostics: Diagnostic[] } {
  try {
    return evalExpr(expr, ctx, new Map());
  } catch (e: unknown) {
    // Deeply nested input can exhaust the stack; report it like any other problem with the expression.
    if (!(e instanceof RangeError)) throw e;
    return {
      value: V.unknown(),
      diagnostics: [error('Expression too complex', 'This expression nests too deeply to be evaluated; split it into smaller local values.', expr.range)],
    };
  }
}

/**
 * A long left-leaning chain (`a + b + c + …`, as written) is evaluated from its innermost operation outwards in a
 * loop, each result standing in for the left operand of the next: recursion would run out of stack after a few
 * thousand terms, which HCL evaluates without trouble.
 */
function evalBinaryChain(expr: BinaryOpExpr, ctx: EvalContext, anon: AnonBindings): Result {
  const spine: BinaryOpExpr[] = [];
  for (let e: Expression = expr; e.kind === 'binaryOp'; e = e.lhs) spine.push(e);
  if (spine.length < 32) return evalBinary(expr, ctx, anon);
  let acc = evalExpr(spine[spine.length - 1].lhs, ctx, anon);
  const diagnostics = [...acc.diagnostics];
  for (let i = spine.length - 1; i >= 0; i--) {
    const node = spine[i];
    acc = evalBinary({ ...node, lhs: { kind: 'literal', value: acc.value, range: node.lhs.range } }, ctx, anon);
    diagnostics.push(...acc.diagnostics);
  }
  return { value: acc.value, diagnostics };
}

export function evalExpr(expr: Expression, ctx: EvalContext, anon: AnonBindings): Result {
  switch (expr.kind) {
    case 'literal':
      return { value: expr.value, diagnostics: [] };
    case 'parentheses':
      return evalExpr(expr.expr, ctx, anon);
    case 'templateWrap':
      return evalExpr(expr.wrapped, ctx, anon);
    case 'template':
      return evalTemplate(expr.parts, ctx, anon);
    case 'templateJoin':
      return evalTemplateJoin(expr.tuple, ctx, anon, expr.range);
    case 'scopeTraversal': {
      const root = lookupVariable(ctx, expr.root);
      if (root === undefined) {
        return {
          value: V.unknown(),
          diagnostics: [{ ...error('Unknown variable', `There is no variable named ${JSON.stringify(expr.root)}.`, expr.rootRange), code: 'unknown-variable' }],
        };
      }
      return traverse(root, expr.steps, []);
    }
    case 'relativeTraversal': {
      const source = evalExpr(expr.source, ctx, anon);
      if (source.diagnostics.some((d) => d.severity === 'error')) return { value: V.unknown(), diagnostics: source.diagnostics };
      return traverse(source.value, expr.steps, source.diagnostics);
    }
    case 'anonSymbol':
      return { value: anon.get(expr) ?? V.unknown(), diagnostics: [] };
    case 'index': {
      const coll = evalExpr(expr.collection, ctx, anon);
      const key = evalExpr(expr.key, ctx, anon);
      const diagnostics = [...coll.diagnostics, ...key.diagnostics];
      if (diagnostics.some((d) => d.severity === 'error')) return { value: V.unknown(), diagnostics };
      const r = index(coll.value, key.value, expr.bracketRange);
      return { value: r.value, diagnostics: [...diagnostics, ...r.diagnostics] };
    }
    case 'functionCall':
      return evalFunctionCall(expr, ctx, anon);
    case 'conditional':
      return evalConditional(expr, ctx, anon);
    case 'binaryOp':
      return evalBinaryChain(expr, ctx, anon);
    case 'unaryOp':
      return evalUnary(expr, ctx, anon);
    case 'tuple': {
      const diagnostics: Diagnostic[] = [];
      const items = expr.items.map((item) => {
        const r = evalExpr(item, ctx, anon);
        diagnostics.push(...r.diagnostics);
        return r.value;
      });
      return { value: V.tuple(items), diagnostics };
    }
    case 'object':
      return evalObject(expr, ctx, anon);
    case 'objectKey':
      return evalObjectKey(expr, ctx, anon);
    case 'for':
      return evalFor(expr, ctx, anon);
    case 'splat':
      return evalSplat(expr, ctx, anon);
  }
}

function traverse(start: Value, steps: Traverser[], diags: Diagnostic[]): Result {
  let value = start;
  const diagnostics = [...diags];
  for (const step of steps) {
    const r = applyStep(value, step);
    diagnostics.push(...r.diagnostics);
    if (r.diagnostics.some((d) => d.severity === 'error')) return { value: V.unknown(), diagnostics };
    value = r.value;
  }
  return { value, diagnostics };
}

function evalTemplate(parts: Expression[], ctx: EvalContext, anon: AnonBindings): Result {
  const diagnostics: Diagnostic[] = [];
  let out = '';
  let known = true;
  let sensitive = false;
  for (const part of parts) {
    const r = evalExpr(part, ctx, anon);
    diagnostics.push(...r.diagnostics);
    const v = r.value;
    if (v.sensitive) sensitive = true;
    if (v.kind === 'null') {
      diagnostics.push(
        error('Invalid template interpolation value', 'The expression result is null. Cannot include a null value in a string template.', part.range),
      );
      continue;
    }
    if (!isKnown(v)) {
      known = false;
      continue;
    }
    const s = convert(unmark(v), T.string);
    if ('error' in s) {
      diagnostics.push(error('Invalid template interpolation value', `Cannot include the given value in a string template: ${s.error}.`, part.range));
      continue;
    }
    out += (s.value as { value: string }).value;
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  const value = known && !failed ? V.string(out) : V.unknown(T.string);
  return { value: sensitive ? { ...value, sensitive: true } : value, diagnostics };
}

function evalTemplateJoin(forExpr: Extract<Expression, { kind: 'for' }>, ctx: EvalContext, anon: AnonBindings, range: Range): Result {
  const r = evalFor(forExpr, ctx, anon);
  const diagnostics = [...r.diagnostics];
  const tuple = r.value;
  if (tuple.kind !== 'tuple') {
    return { value: withMarksOf(V.unknown(T.string), tuple), diagnostics };
  }
  let out = '';
  let sensitive = !!tuple.sensitive;
  for (const v of tuple.items) {
    if (v.sensitive) sensitive = true;
    if (v.kind === 'null') {
      diagnostics.push(error('Invalid template interpolation value', 'An iteration result is null. Cannot include a null value in a string template.', range));
      continue;
    }
    if (!isKnown(v)) return { value: sensitive ? { ...V.unknown(T.string), sensitive } : V.unknown(T.string), diagnostics };
    const s = convert(unmark(v), T.string);
    if ('error' in s) {
      diagnostics.push(
        error('Invalid template interpolation value', `Cannot include one of the interpolation results into the string template: ${s.error}.`, range),
      );
      continue;
    }
    out += (s.value as { value: string }).value;
  }
  const value = V.string(out);
  return { value: sensitive ? { ...value, sensitive: true } : value, diagnostics };
}

function evalConditional(expr: Extract<Expression, { kind: 'conditional' }>, ctx: EvalContext, anon: AnonBindings): Result {
  const t = evalExpr(expr.trueResult, ctx, anon);
  const f = evalExpr(expr.falseResult, ctx, anon);
  const tt = typeOf(t.value);
  const ft = typeOf(f.value);
  let resultType: Type = T.dynamic;
  if (t.value.kind === 'null' && tt.kind === 'dynamic') resultType = ft;
  else if (f.value.kind === 'null' && ft.kind === 'dynamic') resultType = tt;
  else if (tt.kind !== 'dynamic' && ft.kind !== 'dynamic') {
    const unified = unify([tt, ft]);
    if (unified === undefined) {
      return {
        value: V.unknown(),
        diagnostics: [
          error('Inconsistent conditional result types', `The true and false result expressions must have consistent types. ${describeMismatch(tt, ft)}.`, {
            file: expr.trueResult.range.file,
            start: expr.trueResult.range.start,
            end: expr.falseResult.range.end,
          }),
        ],
      };
    }
    resultType = unified;
  }
  const c = evalExpr(expr.condition, ctx, anon);
  const diagnostics = [...c.diagnostics];
  const cond = c.value;
  if (cond.kind === 'null') {
    diagnostics.push(error('Null condition', 'The condition value is null. Conditions must either be true or false.', expr.condition.range));
    return { value: V.unknown(resultType), diagnostics };
  }
  if (cond.kind === 'unknown') {
    return { value: withMarksOf(V.unknown(resultType), cond, t.value, f.value), diagnostics: [...diagnostics, ...t.diagnostics, ...f.diagnostics] };
  }
  const b = convert(unmark(cond), T.bool);
  if ('error' in b) {
    diagnostics.push(error('Incorrect condition type', 'The condition expression must be of type bool.', expr.condition.range));
    return { value: V.unknown(resultType), diagnostics };
  }
  const chosen = (b.value as { value: boolean }).value ? t : f;
  diagnostics.push(...chosen.diagnostics);
  if (chosen.diagnostics.some((d) => d.severity === 'error')) return { value: V.unknown(resultType), diagnostics };
  const converted = convert(chosen.value, resultType);
  const value = 'error' in converted ? chosen.value : converted.value;
  return { value: withMarksOf(value, cond), diagnostics };
}

/** A bare name as an object key means that name as a string (unless parenthesised). */
export function literalKeyName(key: ObjectConsKeyExpr): string | undefined {
  if (key.forceNonLiteral) return undefined;
  const w = key.wrapped;
  if (w.kind === 'scopeTraversal' && w.steps.length === 0) return w.root;
  // The keyword `null` is a literal by now; as a key it still names "null" (HCL's LiteralValueExpr.AsTraversal).
  if (w.kind === 'literal' && w.value.kind === 'null') return 'null';
  return undefined;
}

function evalObjectKey(key: ObjectConsKeyExpr, ctx: EvalContext, anon: AnonBindings): Result {
  const w = key.wrapped;
  if (!key.forceNonLiteral && w.kind === 'scopeTraversal' && w.steps.length > 0) {
    return {
      value: V.unknown(),
      diagnostics: [
        error(
          'Ambiguous attribute key',
          "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.",
          key.range,
        ),
      ],
    };
  }
  const name = literalKeyName(key);
  if (name !== undefined) return { value: V.string(name), diagnostics: [] };
  return evalExpr(w, ctx, anon);
}

function evalObject(expr: Extract<Expression, { kind: 'object' }>, ctx: EvalContext, anon: AnonBindings): Result {
  const diagnostics: Diagnostic[] = [];
  const attrs = newAttrs();
  // Where each key was defined, for HCL's JSON syntax, which refuses a key given twice.
  const defined = expr.json ? new Map<string, Range>() : undefined;
  let known = true;
  let sensitiveKey = false;
  for (const item of expr.items) {
    const k = evalObjectKey(item.key, ctx, anon);
    const v = evalExpr(item.value, ctx, anon);
    diagnostics.push(...k.diagnostics, ...v.diagnostics);
    if (k.diagnostics.some((d) => d.severity === 'error')) {
      known = false;
      continue;
    }
    const key = k.value;
    if (key.kind === 'null') {
      if (defined) diagnostics.push(error('Invalid object key expression', 'Cannot use null value as an object key.', item.key.range));
      // HCL's native syntax points at the item's value here, not at its key.
      else diagnostics.push(error('Null value as key', "Can't use a null value as a key.", item.value.range));
      known = false;
      continue;
    }
    if (key.sensitive) sensitiveKey = true;
    if (!isKnown(key)) {
      known = false;
      continue;
    }
    const s = convert(unmark(key), T.string);
    if ('error' in s) {
      if (defined) diagnostics.push(error('Invalid object key expression', `Cannot use this expression as an object key: ${s.error}.`, item.key.range));
      else diagnostics.push(error('Incorrect key type', `Can't use this value as a key: ${s.error}.`, item.key.range));
      known = false;
      continue;
    }
    const name = (s.value as { value: string }).value;
    const before = defined?.get(name);
    if (before) {
      diagnostics.push(error('Duplicate object attribute', `An attribute named ${goQuote(name)} was already defined at ${rangeText(before)}.`, item.key.range));
      continue;
    }
    defined?.set(name, item.key.range);
    setAttr(attrs, name, v.value);
  }
  if (!known) return { value: V.unknown(), diagnostics };
  const value = V.object(attrs);
  return { value: sensitiveKey ? { ...value, sensitive: true } : value, diagnostics };
}

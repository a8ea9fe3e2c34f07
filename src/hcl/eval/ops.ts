// Binary and unary operators: operands are converted to the operator's parameter types first ("Invalid operand"),
// then the operation runs ("Operation failed"); && and || short-circuit on a known left operand.
import { error, type Diagnostic } from '../diagnostics.js';
import { convert } from '../value/convert.js';
import type { EvalContext } from './context.js';
import type { Result } from './access.js';
import { shortCircuit } from './short-circuit.js';
import { evalExpr, type AnonBindings } from './evaluate.js';
import type { BinaryOpExpr, BinaryOperator, UnaryOpExpr } from '../syntax/expression.js';
import { arithmetic, compareNumbers, negate, numbersEqual, type NumberValue } from '../value/number.js';
import { unmark, valuesEqual, withMarksOf } from '../value/ops.js';
import { T, V, type Type, type Value } from '../value/value.js';

const operandType: Record<BinaryOperator, Type> = {
  '||': T.bool,
  '&&': T.bool,
  '==': T.dynamic,
  '!=': T.dynamic,
  '<': T.number,
  '<=': T.number,
  '>': T.number,
  '>=': T.number,
  '+': T.number,
  '-': T.number,
  '*': T.number,
  '/': T.number,
  '%': T.number,
};

function resultType(op: BinaryOperator): Type {
  return op === '+' || op === '-' || op === '*' || op === '/' || op === '%' ? T.number : T.bool;
}

const hasError = (d: readonly Diagnostic[]): boolean => d.some((x) => x.severity === 'error');

export function evalBinary(expr: BinaryOpExpr, ctx: EvalContext, anon: AnonBindings): Result {
  const { op } = expr;
  const want = operandType[op];
  const l = evalExpr(expr.lhs, ctx, anon);
  const r = evalExpr(expr.rhs, ctx, anon);
  const diags: Diagnostic[] = [];
  const lc = convert(l.value, want);
  if ('error' in lc) diags.push(error('Invalid operand', `Unsuitable value for left operand: ${lc.error}.`, expr.lhs.range));
  const rc = convert(r.value, want);
  if ('error' in rc) diags.push(error('Invalid operand', `Unsuitable value for right operand: ${rc.error}.`, expr.rhs.range));
  if (diags.length > 0 || !('value' in lc) || !('value' in rc)) {
    return { value: V.unknown(resultType(op)), diagnostics: [...diags, ...l.diagnostics, ...r.diagnostics] };
  }
  const lv = lc.value;
  const rv = rc.value;
  if (op === '&&' || op === '||') {
    const settled = shortCircuit(op, unmark(lv), unmark(rv), l.diagnostics, r.diagnostics);
    if (settled) return { value: withMarksOf(settled.value, lv, rv), diagnostics: settled.diagnostics };
  }
  const diagnostics = [...l.diagnostics, ...r.diagnostics];
  if (hasError(diagnostics)) return { value: withMarksOf(V.unknown(resultType(op)), lv, rv), diagnostics };
  const result = operate(op, unmark(lv), unmark(rv));
  if (typeof result === 'string') {
    diagnostics.push(error('Operation failed', `Error during operation: ${result}.`, expr.range));
    return { value: V.unknown(resultType(op)), diagnostics };
  }
  return { value: withMarksOf(result, lv, rv), diagnostics };
}

/** The result, or the message of the failure. */
function operate(op: BinaryOperator, a: Value, b: Value): Value | string {
  if (op === '==' || op === '!=') {
    const eq = valuesEqual(a, b);
    if (eq === undefined) return V.unknown(T.bool);
    return V.bool(op === '==' ? eq : !eq);
  }
  if (a.kind === 'null' || b.kind === 'null') return 'argument must not be null';
  if (a.kind === 'unknown' || b.kind === 'unknown') return V.unknown(resultType(op));
  if (op === '&&' || op === '||') {
    const x = (a as { value: boolean }).value;
    const y = (b as { value: boolean }).value;
    return V.bool(op === '&&' ? x && y : x || y);
  }
  const x = a as NumberValue;
  const y = b as NumberValue;
  switch (op) {
    case '<':
      return V.bool(compareNumbers(x, y) < 0);
    case '<=':
      return V.bool(compareNumbers(x, y) < 0 || numbersEqual(x, y));
    case '>':
      return V.bool(compareNumbers(x, y) > 0);
    case '>=':
      return V.bool(compareNumbers(x, y) > 0 || numbersEqual(x, y));
    default:
      return arithmetic(op, x, y);
  }
}

export function evalUnary(expr: UnaryOpExpr, ctx: EvalContext, anon: AnonBindings): Result {
  const want = expr.op === '-' ? T.number : T.bool;
  const r = evalExpr(expr.operand, ctx, anon);
  const diagnostics = [...r.diagnostics];
  const c = convert(r.value, want);
  if ('error' in c) diagnostics.push(error('Invalid operand', `Unsuitable value for unary operand: ${c.error}.`, expr.operand.range));
  if (hasError(diagnostics) || !('value' in c)) return { value: V.unknown(want), diagnostics };
  const v = c.value;
  if (v.kind === 'null') {
    diagnostics.push(error('Operation failed', 'Error during operation: argument must not be null.', expr.range));
    return { value: V.unknown(want), diagnostics };
  }
  if (v.kind === 'unknown') return { value: withMarksOf(V.unknown(want), v), diagnostics };
  const result = v.kind === 'number' ? negate(v) : V.bool(!(v as { value: boolean }).value);
  return { value: withMarksOf(result, v), diagnostics };
}

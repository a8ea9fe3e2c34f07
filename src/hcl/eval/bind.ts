// Substitutes known values for free variables of an expression: `it.value.name` with `it` bound becomes the value of
// `it` traversed by `.value.name`. A `dynamic` block's content is expanded this way once per element, so that each
// generated block is an ordinary body evaluable later in any context. Names bound by `for` expressions shadow.
import type { Attribute, Block, Body } from '../syntax/ast.js';
import type { Expression } from '../syntax/expression.js';
import type { Value } from '../value/value.js';

export function bindExpression(expr: Expression, bindings: Readonly<Record<string, Value>>, shadowed: ReadonlySet<string> = new Set()): Expression {
  const b = (e: Expression): Expression => bindExpression(e, bindings, shadowed);
  switch (expr.kind) {
    case 'scopeTraversal': {
      if (shadowed.has(expr.root) || !Object.hasOwn(bindings, expr.root)) return expr;
      const source: Expression = { kind: 'literal', value: bindings[expr.root], range: expr.rootRange };
      return expr.steps.length === 0 ? { ...source, range: expr.range } : { kind: 'relativeTraversal', source, steps: expr.steps, range: expr.range };
    }
    case 'literal':
    case 'anonSymbol':
      return expr;
    case 'parentheses':
      return { ...expr, expr: b(expr.expr) };
    case 'templateWrap':
      return { ...expr, wrapped: b(expr.wrapped) };
    case 'template':
      return { ...expr, parts: expr.parts.map(b) };
    case 'templateJoin': {
      const tuple = b(expr.tuple);
      return tuple.kind === 'for' ? { ...expr, tuple } : expr;
    }
    case 'relativeTraversal':
      return { ...expr, source: b(expr.source) };
    case 'functionCall':
      return { ...expr, args: expr.args.map(b) };
    case 'conditional':
      return { ...expr, condition: b(expr.condition), trueResult: b(expr.trueResult), falseResult: b(expr.falseResult) };
    case 'binaryOp':
      return { ...expr, lhs: b(expr.lhs), rhs: b(expr.rhs) };
    case 'unaryOp':
      return { ...expr, operand: b(expr.operand) };
    case 'tuple':
      return { ...expr, items: expr.items.map(b) };
    case 'objectKey':
      // A bare identifier key names itself; only a parenthesised key is an expression.
      return expr.forceNonLiteral || expr.wrapped.kind !== 'scopeTraversal' || expr.wrapped.steps.length > 0 ? { ...expr, wrapped: b(expr.wrapped) } : expr;
    case 'object':
      return { ...expr, items: expr.items.map((i) => ({ key: b(i.key) as typeof i.key, value: b(i.value) })) };
    case 'for': {
      const inner = new Set(shadowed);
      inner.add(expr.valVar);
      if (expr.keyVar) inner.add(expr.keyVar);
      const bi = (e: Expression): Expression => bindExpression(e, bindings, inner);
      return {
        ...expr,
        collection: b(expr.collection),
        keyExpr: expr.keyExpr && bi(expr.keyExpr),
        valueExpr: bi(expr.valueExpr),
        condition: expr.condition && bi(expr.condition),
      };
    }
    case 'index':
      return { ...expr, collection: b(expr.collection), key: b(expr.key) };
    case 'splat':
      // `each` refers to `item` by identity, so the placeholder node itself is kept.
      return { ...expr, source: b(expr.source), each: b(expr.each) };
  }
}

/** The body with `bindings` substituted in every expression, nested blocks included. */
export function bindBody(body: Body, bindings: Readonly<Record<string, Value>>): Body {
  if (body.json) return { ...body, json: { ...body.json, bindings: { ...body.json.bindings, ...bindings } } };
  return {
    ...body,
    items: body.items.map((i): Attribute | Block =>
      i.kind === 'attribute' ? { ...i, expr: bindExpression(i.expr, bindings) } : { ...i, body: bindBody(i.body, bindings) },
    ),
  };
}

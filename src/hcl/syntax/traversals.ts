// Every variable reference an expression makes, for ordering locals by dependency and for validation. Names bound
// by enclosing `for` expressions are not references.
import type { Range } from '../diagnostics.js';
import type { Expression } from './expression.js';

export interface TraversalRef {
  root: string;
  path: (string | number)[];
  range: Range;
  /** The root name alone. */
  rootRange: Range;
}

export function traversals(expr: Expression): TraversalRef[] {
  const out: TraversalRef[] = [];
  walk(expr, new Set(), out);
  return out;
}

function walk(expr: Expression, bound: ReadonlySet<string>, out: TraversalRef[]): void {
  switch (expr.kind) {
    case 'scopeTraversal': {
      if (bound.has(expr.root)) return;
      const path: (string | number)[] = [];
      for (const step of expr.steps) {
        if (step.kind === 'attr') path.push(step.name);
        else if (step.key.kind === 'string' || step.key.kind === 'number') path.push(step.key.value);
        else break;
      }
      out.push({ root: expr.root, path, range: expr.range, rootRange: expr.rootRange });
      return;
    }
    case 'literal':
    case 'anonSymbol':
      return;
    case 'parentheses':
      return walk(expr.expr, bound, out);
    case 'templateWrap':
      return walk(expr.wrapped, bound, out);
    case 'template':
      for (const p of expr.parts) walk(p, bound, out);
      return;
    case 'templateJoin':
      return walk(expr.tuple, bound, out);
    case 'relativeTraversal':
      return walk(expr.source, bound, out);
    case 'functionCall':
      for (const a of expr.args) walk(a, bound, out);
      return;
    case 'conditional':
      walk(expr.condition, bound, out);
      walk(expr.trueResult, bound, out);
      walk(expr.falseResult, bound, out);
      return;
    case 'binaryOp': {
      // Down the left spine in a loop: `a + b + c + …` nests to the left once per term.
      const rights: Expression[] = [];
      let e: Expression = expr;
      for (; e.kind === 'binaryOp'; e = e.lhs) rights.push(e.rhs);
      walk(e, bound, out);
      for (let i = rights.length - 1; i >= 0; i--) walk(rights[i], bound, out);
      return;
    }
    case 'unaryOp':
      return walk(expr.operand, bound, out);
    case 'tuple':
      for (const i of expr.items) walk(i, bound, out);
      return;
    case 'object':
      for (const i of expr.items) {
        walk(i.key, bound, out);
        walk(i.value, bound, out);
      }
      return;
    case 'objectKey': {
      const w = expr.wrapped;
      if (!expr.forceNonLiteral && w.kind === 'scopeTraversal' && w.steps.length === 0) return;
      return walk(w, bound, out);
    }
    case 'for': {
      walk(expr.collection, bound, out);
      const inner = new Set(bound);
      inner.add(expr.valVar);
      if (expr.keyVar !== undefined) inner.add(expr.keyVar);
      if (expr.keyExpr) walk(expr.keyExpr, inner, out);
      walk(expr.valueExpr, inner, out);
      if (expr.condition) walk(expr.condition, inner, out);
      return;
    }
    case 'index':
      walk(expr.collection, bound, out);
      walk(expr.key, bound, out);
      return;
    case 'splat':
      walk(expr.source, bound, out);
      walk(expr.each, bound, out);
      return;
  }
}

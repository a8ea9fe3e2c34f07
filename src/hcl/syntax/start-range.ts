// hclsyntax's StartRange: the part of an expression a diagnostic about its value points at. A function call blames an
// argument by it (a quoted string starts inside its quotes, a tuple at its bracket, `a == b` where `a` starts), and
// gohcl blames a decoded attribute by it.
import type { Range } from '../diagnostics.js';
import type { Expression } from './expression.js';
import { rangeBetween } from '../position.js';

export function startRange(expr: Expression): Range {
  switch (expr.kind) {
    case 'template':
      return expr.parts.length > 0 ? startRange(expr.parts[0]) : expr.range;
    case 'templateJoin':
      return startRange(expr.tuple);
    case 'functionCall':
      return rangeBetween(expr.nameRange, expr.openParenRange);
    case 'conditional':
      return startRange(expr.condition);
    case 'binaryOp':
      return startRange(expr.lhs);
    case 'unaryOp':
      return expr.symbolRange;
    case 'index':
      return expr.openRange;
    case 'tuple':
    case 'object':
    case 'for':
      return expr.openRange;
    case 'objectKey':
      return startRange(expr.wrapped);
    case 'splat':
      return expr.markerRange;
    case 'parentheses':
      // HCL's ParenthesesExpr overrides only Range: everything else is the wrapped expression's.
      return startRange(expr.expr);
    case 'literal':
    case 'templateWrap':
    case 'scopeTraversal':
    case 'relativeTraversal':
    case 'anonSymbol':
      return expr.range;
  }
}

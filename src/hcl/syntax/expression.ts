// Expression nodes of HCL native syntax, one per construct of hclsyntax's spec. Every node carries its range.
import type { Range } from '../diagnostics.js';
import type { Value } from '../value/value.js';

/** One step of a traversal: `.name`, `[literal]` or the legacy `.0`. */
export type Traverser = { kind: 'attr'; name: string; range: Range } | { kind: 'index'; key: Value; range: Range };

export interface LiteralExpr {
  kind: 'literal';
  value: Value;
  range: Range;
}

/** A string template: its parts are evaluated, converted to string and concatenated. */
export interface TemplateExpr {
  kind: 'template';
  parts: Expression[];
  range: Range;
}

/** `"${x}"` alone: the value of x with its own type. */
export interface TemplateWrapExpr {
  kind: 'templateWrap';
  wrapped: Expression;
  range: Range;
}

/** `%{ for }` in a template: the for expression's tuple of strings, joined. */
export interface TemplateJoinExpr {
  kind: 'templateJoin';
  tuple: ForExpr;
  range: Range;
}

/** A variable followed by attribute and literal index steps, e.g. `var.images[0].name`. */
export interface ScopeTraversalExpr {
  kind: 'scopeTraversal';
  root: string;
  rootRange: Range;
  steps: Traverser[];
  range: Range;
}

export interface RelativeTraversalExpr {
  kind: 'relativeTraversal';
  source: Expression;
  steps: Traverser[];
  range: Range;
}

export interface FunctionCallExpr {
  kind: 'functionCall';
  name: string;
  nameRange: Range;
  args: Expression[];
  /** The final argument was followed by `...`. */
  expandFinal: boolean;
  openParenRange: Range;
  closeParenRange: Range;
  range: Range;
}

export interface ConditionalExpr {
  kind: 'conditional';
  condition: Expression;
  trueResult: Expression;
  falseResult: Expression;
  range: Range;
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryOpExpr {
  kind: 'binaryOp';
  op: BinaryOperator;
  lhs: Expression;
  rhs: Expression;
  range: Range;
}

export interface UnaryOpExpr {
  kind: 'unaryOp';
  op: '-' | '!';
  operand: Expression;
  symbolRange: Range;
  range: Range;
}

export interface TupleConsExpr {
  kind: 'tuple';
  items: Expression[];
  openRange: Range;
  range: Range;
}

/** An object key: a bare identifier means its own name unless the key was parenthesised. */
export interface ObjectConsKeyExpr {
  kind: 'objectKey';
  wrapped: Expression;
  forceNonLiteral: boolean;
  range: Range;
}

export interface ObjectConsItem {
  key: ObjectConsKeyExpr;
  value: Expression;
}

export interface ObjectConsExpr {
  kind: 'object';
  items: ObjectConsItem[];
  openRange: Range;
  range: Range;
  /** An object of HCL's JSON syntax: its keys are checked as HCL's JSON evaluator does (duplicates are errors). */
  json?: boolean;
}

export interface ForExpr {
  kind: 'for';
  keyVar?: string;
  valVar: string;
  collection: Expression;
  /** Present when building an object. */
  keyExpr?: Expression;
  valueExpr: Expression;
  condition?: Expression;
  /** `...` after the value: group values with equal keys into tuples. */
  group: boolean;
  openRange: Range;
  closeRange: Range;
  range: Range;
}

export interface IndexExpr {
  kind: 'index';
  collection: Expression;
  key: Expression;
  /** The opening bracket alone. */
  openRange: Range;
  bracketRange: Range;
  range: Range;
}

/** The placeholder a splat evaluates `each` against, once per element of `source`. */
export interface AnonSymbolExpr {
  kind: 'anonSymbol';
  range: Range;
}

export interface SplatExpr {
  kind: 'splat';
  source: Expression;
  each: Expression;
  item: AnonSymbolExpr;
  markerRange: Range;
  range: Range;
}

export interface ParenthesesExpr {
  kind: 'parentheses';
  expr: Expression;
  range: Range;
}

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | TemplateWrapExpr
  | TemplateJoinExpr
  | ScopeTraversalExpr
  | RelativeTraversalExpr
  | FunctionCallExpr
  | ConditionalExpr
  | BinaryOpExpr
  | UnaryOpExpr
  | TupleConsExpr
  | ObjectConsKeyExpr
  | ObjectConsExpr
  | ForExpr
  | IndexExpr
  | AnonSymbolExpr
  | SplatExpr
  | ParenthesesExpr;

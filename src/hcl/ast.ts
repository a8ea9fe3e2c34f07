// The syntax tree of HCL native syntax. Every node carries its range; bodies keep attributes and blocks in the
// order they were written (`items`), which Packer templates depend on (provisioners run in written order).
import type { Range } from './diagnostics.js';
import type { Expression } from './expression.js';

export interface Attribute {
  kind: 'attribute';
  name: string;
  nameRange: Range;
  expr: Expression;
  /** From the name to the end of the expression. */
  range: Range;
}

export interface Block {
  kind: 'block';
  type: string;
  typeRange: Range;
  labels: string[];
  labelRanges: Range[];
  body: Body;
  /** From the type to the closing brace. */
  range: Range;
  /** The opening brace: where "missing attribute" diagnostics point, as HCL does. */
  openBraceRange: Range;
}

export interface Body {
  /** Attributes and blocks in source order. */
  items: (Attribute | Block)[];
  range: Range;
}

export interface File {
  name: string;
  text: string;
  body: Body;
}

export type { Expression };

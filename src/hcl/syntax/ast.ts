// The syntax tree of HCL native syntax. Every node carries its range; bodies keep attributes and blocks in the
// order they were written (`items`), which Packer templates depend on (provisioners run in written order).
import type { Range } from '../diagnostics.js';
import type { Expression } from './expression.js';
import type { JsonValue } from '../json/parser.js';
import type { Value } from '../value/value.js';

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
  /** Attributes and blocks in source order. Empty for a JSON body until a schema resolves it (hcl/json/body.ts). */
  items: (Attribute | Block)[];
  range: Range;
  /** HCL JSON syntax: which properties are attributes and which are blocks depends on the schema it is read with. */
  json?: JsonBodySource;
}

export interface JsonBodySource {
  /** An object, or an array of objects, whose properties are the body's content. */
  value: JsonValue;
  /** Names bound for every expression of the body (a `dynamic` block's iterator). */
  bindings?: Record<string, Value>;
}

export interface File {
  name: string;
  text: string;
  body: Body;
}

export type { Expression };

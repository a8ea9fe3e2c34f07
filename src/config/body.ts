// One way to read a body, whichever syntax it was written in (HCL's Body.Content and Body.JustAttributes): a JSON
// body cannot say on its own which properties are attributes and which are blocks, so every reader in config/ asks
// here, with its schema, and never looks at the syntax itself.
import type { Body } from '../hcl/syntax/ast.js';
import type { Diagnostic, Range } from '../hcl/diagnostics.js';
import type { Expression } from '../hcl/syntax/expression.js';
import { jsonAttributes, jsonStringSource, nativeExpression, resolveJsonBody, type BodyShape } from '../hcl/json/body.js';

/** The body's attributes and blocks as `schema` reads them (Body.Content). */
export function bodyContent(body: Body, schema: BodyShape, diags: Diagnostic[]): Body {
  const r = resolveJsonBody(body, schema);
  diags.push(...r.diagnostics);
  return r.body;
}

/** The body read as attributes only, any names allowed (Body.JustAttributes: locals, variables files). */
export function justAttributes(body: Body, diags: Diagnostic[]): Body {
  const r = jsonAttributes(body);
  diags.push(...r.diagnostics);
  return r.body;
}

/** An expression HCL reads as written rather than evaluates (a type constraint, an iterator name): a JSON string is parsed as native syntax. */
export function expressionAsWritten(expr: Expression, diags: Diagnostic[]): Expression {
  const r = nativeExpression(expr);
  diags.push(...r.diagnostics);
  return r.expr;
}

/**
 * A JSON string as written, with its range (quotes included), for readers that take it literally where HCL decodes
 * with no context (gohcl into a Go string); undefined for native syntax.
 */
export function literalJsonString(expr: Expression): { text: string; range: Range } | undefined {
  return jsonStringSource(expr);
}

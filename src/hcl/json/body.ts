// HCL JSON syntax (hashicorp/hcl json/spec.md, structure.go) read into the same AST as native syntax. A JSON body
// cannot say on its own whether `"foo": {…}` is an attribute or a block: the schema it is decoded with decides. So a
// JSON file parses to bodies that hold their JSON (`Body.json`), and the decoder resolves each body with its schema
// (`resolveJsonBody`) or as plain attributes (`jsonAttributes`) into ordinary attributes and blocks.
import type { Attribute, Block, Body, File, JsonBodySource } from '../syntax/ast.js';
import { bindExpression } from '../eval/bind.js';
import { error, type Diagnostic, type Range } from '../diagnostics.js';
import { nameSuggestion } from '../did-you-mean.js';
import type { Expression } from '../syntax/expression.js';
import { parseJson, type JsonProperty, type JsonValue } from './parser.js';
import { parseNumberValue } from '../value/number.js';
import { parseExpressionText, parseTemplateText } from '../syntax/parser.js';
import { rangeBetween } from '../position.js';
import { V } from '../value/value.js';

/** The part of a decoder's schema that resolving a JSON body needs (config/schema.ts's BodySchema fits it). */
export interface BodyShape {
  attributes: Record<string, unknown>;
  blocks?: Record<string, { labels: string[] }>;
  /** Names read as attributes too (the decoder reports them as not supported). */
  unsupported?: Record<string, unknown>;
}

const DYNAMIC_LABELS = ['type'];

/** Strings of JSON expressions, kept for the places HCL reads a string as native syntax (type constraints). */
const jsonStrings = new WeakMap<Expression, { text: string; range: Range }>();

function jsonBody(value: JsonValue, bindings?: JsonBodySource['bindings']): Body {
  return { items: [], range: value.range, json: { value, bindings } };
}

export function parseJsonFile(text: string, filename: string): { file: File; diagnostics: Diagnostic[] } {
  const { value, diagnostics } = parseJson(text, filename);
  if (diagnostics.length === 0 && value.kind !== 'object' && value.kind !== 'array') {
    diagnostics.push(error('Incorrect JSON value type', 'A JSON object is required here, setting the arguments for this block.', value.range));
  }
  const body = diagnostics.length === 0 ? jsonBody(value) : { items: [], range: value.range };
  return { file: { name: filename, text, body }, diagnostics };
}

function withBindings(expr: Expression, src: JsonBodySource): Expression {
  return src.bindings ? bindExpression(expr, src.bindings) : expr;
}

/** A JSON value as an expression: strings are native-syntax templates, objects and arrays construct values. */
export function jsonExpression(v: JsonValue, diags: Diagnostic[]): Expression {
  switch (v.kind) {
    case 'string': {
      const origin = { line: v.range.start.line, column: v.range.start.column + 1, offset: v.range.start.offset + 1 };
      const t = parseTemplateText(v.value, v.range.file, origin);
      diags.push(...t.diagnostics);
      if (t.diagnostics.some((d) => d.severity === 'error')) return { kind: 'literal', value: V.unknown(), range: v.range };
      const expr = { ...t.expr, range: v.range };
      jsonStrings.set(expr, { text: v.value, range: v.range });
      return expr;
    }
    case 'number':
      return { kind: 'literal', value: parseNumberValue(v.text) ?? V.number(v.value), range: v.range };
    case 'bool':
      return { kind: 'literal', value: V.bool(v.value), range: v.range };
    case 'null':
    case 'invalid':
      return { kind: 'literal', value: v.kind === 'null' ? V.null() : V.unknown(), range: v.range };
    case 'array':
      return { kind: 'tuple', items: v.items.map((i) => jsonExpression(i, diags)), openRange: v.openRange, range: v.range };
    case 'object':
      return {
        kind: 'object',
        openRange: v.openRange,
        range: v.range,
        json: true,
        items: v.properties.map((p) => {
          const key = jsonExpression({ kind: 'string', value: p.name, range: p.nameRange }, diags);
          return { key: { kind: 'objectKey', wrapped: key, forceNonLiteral: true, range: p.nameRange }, value: jsonExpression(p.value, diags) };
        }),
      };
  }
}

/** The JSON string an expression was read from (its text and its range, quotes included), if it was one. */
export function jsonStringSource(expr: Expression): { text: string; range: Range } | undefined {
  return jsonStrings.get(expr);
}

/**
 * Where HCL reads a JSON string as a native expression rather than a template (`type = "list(string)"`): the
 * string parsed as an expression. Native expressions come back unchanged.
 */
export function nativeExpression(expr: Expression): { expr: Expression; diagnostics: Diagnostic[] } {
  const s = jsonStrings.get(expr);
  if (!s) return { expr, diagnostics: [] };
  const origin = { line: s.range.start.line, column: s.range.start.column + 1, offset: s.range.start.offset + 1 };
  return parseExpressionText(s.text, s.range.file, origin);
}

/** The properties of a body, in order: an object's, or those of each object of an array. */
function properties(v: JsonValue, diags: Diagnostic[]): JsonProperty[] {
  if (v.kind === 'object') return v.properties;
  if (v.kind === 'array') {
    return v.items.flatMap((item) => {
      if (item.kind === 'object') return item.properties;
      diags.push(error('Incorrect JSON value type', 'A JSON object is required here, to define arguments and child blocks.', item.range));
      return [];
    });
  }
  diags.push(
    error('Incorrect JSON value type', 'Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.', v.range),
  );
  return [];
}

function attribute(p: JsonProperty, src: JsonBodySource, diags: Diagnostic[]): Attribute {
  const expr = withBindings(jsonExpression(p.value, diags), src);
  return { kind: 'attribute', name: p.name, nameRange: p.nameRange, expr, range: rangeBetween(p.nameRange, p.value.range) };
}

function rangeString(r: Range): string {
  return `${r.file}:${r.start.line},${r.start.column}-${r.end.line === r.start.line ? r.end.column : `${r.end.line},${r.end.column}`}`;
}

/** Every property of an object body as an attribute (HCL's JustAttributes: locals, variables, required_plugins). */
export function jsonAttributes(body: Body): { body: Body; diagnostics: Diagnostic[] } {
  const src = body.json;
  if (!src) return { body, diagnostics: [] };
  const diags: Diagnostic[] = [];
  if (src.value.kind !== 'object') {
    diags.push(error('Incorrect JSON value type', 'A JSON object is required here, setting the arguments for this block.', src.value.range));
    return { body: { items: [], range: body.range }, diagnostics: diags };
  }
  const seen = new Map<string, Range>();
  const items: Attribute[] = [];
  for (const p of src.value.properties) {
    if (p.name === '//') continue;
    const prev = seen.get(p.name);
    if (prev) {
      diags.push(error('Duplicate attribute definition', `The argument ${JSON.stringify(p.name)} was already set at ${rangeString(prev)}.`, p.nameRange));
      continue;
    }
    seen.set(p.name, p.nameRange);
    items.push(attribute(p, src, diags));
  }
  return { body: { items, range: body.range }, diagnostics: diags };
}

/** Reads a JSON body with a schema: declared attributes, declared blocks (and `dynamic` blocks where blocks go). */
export function resolveJsonBody(body: Body, schema: BodyShape): { body: Body; diagnostics: Diagnostic[] } {
  const src = body.json;
  if (!src) return { body, diagnostics: [] };
  const diags: Diagnostic[] = [];
  const items: Body['items'] = [];
  const seen = new Map<string, Range>();
  const blockTypes = schema.blocks ?? {};
  const hasBlocks = Object.keys(blockTypes).length > 0;
  const suggestions = [...Object.keys(schema.attributes), ...Object.keys(blockTypes)];
  for (const p of properties(src.value, diags)) {
    if (p.name in schema.attributes || Object.hasOwn(schema.unsupported ?? {}, p.name)) {
      const prev = seen.get(p.name);
      if (prev) {
        diags.push(error('Duplicate argument', `The argument ${JSON.stringify(p.name)} was already set at ${rangeString(prev)}.`, p.nameRange));
        continue;
      }
      seen.set(p.name, p.nameRange);
      items.push(attribute(p, src, diags));
      continue;
    }
    const spec = Object.hasOwn(blockTypes, p.name) ? blockTypes[p.name] : p.name === 'dynamic' && hasBlocks ? { labels: DYNAMIC_LABELS } : undefined;
    if (spec) {
      unpackBlock(p, spec.labels, [], [], src, items, diags);
      continue;
    }
    if (p.name === '//') continue;
    const suggestion = nameSuggestion(p.name, suggestions);
    diags.push(
      error(
        'Extraneous JSON object property',
        `No argument or block type is named ${JSON.stringify(p.name)}.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''}`,
        p.nameRange,
      ),
    );
  }
  return { body: { items, range: body.range }, diagnostics: diags };
}

function unpackBlock(
  p: JsonProperty,
  labelsLeft: string[],
  labels: string[],
  labelRanges: Range[],
  src: JsonBodySource,
  out: Body['items'],
  diags: Diagnostic[],
  at: JsonValue = p.value,
): void {
  const v = at;
  if (labelsLeft.length > 0) {
    const [label, ...rest] = labelsLeft;
    const objects = v.kind === 'object' ? [v] : v.kind === 'array' ? v.items : undefined;
    if (!objects) {
      diags.push(
        error(
          'Incorrect JSON value type',
          `Either a JSON object or JSON array of objects is required here, to specify ${label} labels for this block.`,
          v.range,
        ),
      );
      return;
    }
    for (const o of objects) {
      if (o.kind !== 'object') {
        diags.push(error('Incorrect JSON value type', `A JSON object is required here, to specify ${label} labels for this block.`, o.range));
        continue;
      }
      if (o.properties.length === 0) {
        diags.push(
          error('Missing block label', `At least one object property is required, whose name represents the ${p.name} block's ${label}.`, o.openRange),
        );
      }
      for (const lp of o.properties) unpackBlock(p, rest, [...labels, lp.name], [...labelRanges, lp.nameRange], src, out, diags, lp.value);
    }
    return;
  }
  const bodies = v.kind === 'object' ? [v] : v.kind === 'array' ? v.items : undefined;
  if (!bodies) {
    diags.push(
      error(
        'Incorrect JSON value type',
        `Either a JSON object or a JSON array is required, representing the contents of one or more ${JSON.stringify(p.name)} blocks.`,
        v.range,
      ),
    );
    return;
  }
  for (const b of bodies) {
    if (b.kind !== 'object') {
      diags.push(error('Incorrect JSON value type', 'A JSON object is required here, to define arguments and child blocks.', b.range));
      continue;
    }
    const block: Block = {
      kind: 'block',
      type: p.name,
      typeRange: p.nameRange,
      labels,
      labelRanges,
      body: jsonBody(b, src.bindings),
      range: rangeBetween(p.nameRange, b.range),
      openBraceRange: b.openRange,
    };
    out.push(block);
  }
}

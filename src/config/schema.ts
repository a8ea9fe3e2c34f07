// Schema first (docs/architecture.md, Schemas): each block type declares its attributes and nested blocks in one place; decoding,
// unknown-name errors with suggestions, docs and `inspect` all read these declarations.
import type { Attribute, Block, Body } from '../hcl/ast.js';
import { error, warning, type Diagnostic, type Range } from '../hcl/diagnostics.js';
import { evaluate, type EvalContext } from '../hcl/eval.js';
import { convert } from '../hcl/convert.js';
import { isKnown, toJS, type JsValue, type Type, type Value } from '../hcl/value.js';
import { resolveJsonBody } from '../hcl/json-body.js';
import { didYouMean } from './suggest.js';
import { leafStrings } from './variables.js';
import { expandDynamic } from './dynamic.js';
import { decodeGoField, type GoField } from './gohcl.js';

export interface AttributeSpec {
  type: Type;
  required?: boolean;
  default?: JsValue;
  description: string;
  /** Never printed: `inspect` and logs show it masked. */
  sensitive?: boolean;
  /** Packer reads it into a Go field with gohcl: its wording, its start range and its null rules (gohcl.ts). */
  gohcl?: GoField;
}

export interface NestedBlockSpec {
  labels: string[];
  /** May the block appear more than once? */
  multiple: boolean;
  description: string;
  /** Declared here when decoded generically; absent when the owner decodes the block itself. */
  schema?: BodySchema;
}

export interface BodySchema {
  attributes: Record<string, AttributeSpec>;
  blocks?: Record<string, NestedBlockSpec>;
  /**
   * Attributes Packer's plugin accepts that repack does not implement: each says why and what to do instead. A
   * warning when ignoring the attribute cannot change the result, else an error.
   */
  unsupported?: Record<string, UnsupportedAttribute>;
}

export interface UnsupportedAttribute {
  why: string;
  severity: 'error' | 'warning';
}

export interface Decoded {
  /** Every declared attribute: the converted value, the default, or null. */
  attrs: Record<string, JsValue>;
  /** Where each attribute that was set came from, for later diagnostics. */
  ranges: Record<string, Range>;
  /** The evaluated values (marks kept), for attributes that were set. */
  values: Record<string, Value>;
  /** Nested blocks in source order, by type. */
  blocks: Block[];
}

/** A body as the schema reads it: a JSON body's properties sorted into attributes and blocks; native unchanged. */
export function resolveBody(body: Body, schema: BodySchema, diags: Diagnostic[]): Body {
  if (!body.json) return body;
  const r = resolveJsonBody(body, schema);
  diags.push(...r.diagnostics);
  return r.body;
}

/** Checks names against the schema: unknown attributes and blocks, duplicates, wrong label counts. */
export function checkBody(original: Body, schema: BodySchema, owner?: Block): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const body = resolveBody(original, schema, diags);
  const seen = new Map<string, Attribute>();
  const blockCounts = new Map<string, number>();
  const attrNames = Object.keys(schema.attributes);
  const blockNames = Object.keys(schema.blocks ?? {});
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      const unsupported = schema.unsupported && Object.hasOwn(schema.unsupported, item.name) ? schema.unsupported[item.name] : undefined;
      if (unsupported) {
        const report = unsupported.severity === 'error' ? error : warning;
        diags.push(report(`${item.name} is not supported by repack`, unsupported.why, item.nameRange));
        continue;
      }
      if (!(item.name in schema.attributes)) {
        const hint = blockNames.includes(item.name) ? ` Did you mean to define a block of type "${item.name}"?` : didYouMean(item.name, attrNames);
        diags.push(error('Unsupported argument', `An argument named "${item.name}" is not expected here.${hint}`, item.nameRange));
        continue;
      }
      const prev = seen.get(item.name);
      if (prev) {
        const at = `${prev.nameRange.file}:${prev.nameRange.start.line},${prev.nameRange.start.column}-${prev.nameRange.end.column}`;
        diags.push(error('Attribute redefined', `The argument "${item.name}" was already set at ${at}. Each argument may be set only once.`, item.nameRange));
      }
      seen.set(item.name, item);
      continue;
    }
    if (item.type === 'dynamic' && Object.keys(schema.blocks ?? {}).length > 0) {
      // Expanded where the values it needs are known (dynamic.ts); here only its shape is checked.
      diags.push(...checkLabels(item, ['type']));
      continue;
    }
    const spec = schema.blocks?.[item.type];
    if (!spec) {
      const hint = attrNames.includes(item.type)
        ? ` Did you mean to define argument "${item.type}"? If so, use the equals sign to assign it a value.`
        : didYouMean(item.type, blockNames);
      diags.push(error('Unsupported block type', `Blocks of type "${item.type}" are not expected here.${hint}`, item.typeRange));
      continue;
    }
    diags.push(...checkLabels(item, spec.labels));
    const n = (blockCounts.get(item.type) ?? 0) + 1;
    blockCounts.set(item.type, n);
    if (!spec.multiple && n > 1) {
      diags.push(error(`Duplicate ${item.type} block`, `Only one "${item.type}" block is allowed here.`, item.typeRange));
    }
    if (spec.schema) diags.push(...checkBody(item.body, spec.schema, item));
  }
  for (const [name, a] of Object.entries(schema.attributes)) {
    if (a.required && !seen.has(name)) {
      const where = owner?.openBraceRange ?? body.range;
      diags.push(error('Missing required argument', `The argument "${name}" is required, but no definition was found.`, where));
    }
  }
  return diags;
}

export function checkLabels(block: Block, labels: string[]): Diagnostic[] {
  if (block.labels.length === labels.length) return [];
  if (block.labels.length > labels.length) {
    const extra = block.labelRanges[labels.length] ?? block.typeRange;
    const detail =
      labels.length === 0
        ? `No labels are expected for ${block.type} blocks.`
        : `Only ${labels.length} labels (${labels.join(', ')}) are expected for ${block.type} blocks.`;
    return [error('Extraneous label for ' + block.type, detail, extra)];
  }
  const missing = labels[block.labels.length];
  return [
    error(`Missing ${missing} for ${block.type}`, `All ${block.type} blocks must have ${labels.length} labels (${labels.join(', ')}).`, block.openBraceRange),
  ];
}

/** Evaluates one attribute and converts it to the declared type. */
export function evalAttribute(attr: Attribute, spec: AttributeSpec, ctx: EvalContext): { value?: Value; diagnostics: Diagnostic[] } {
  if (spec.gohcl) return decodeGoField(attr.expr, evaluate(attr.expr, ctx), spec.type, spec.gohcl);
  const { value, diagnostics } = evaluate(attr.expr, ctx);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  if (value.kind === 'null') {
    if (spec.required)
      return { diagnostics: [error('Required attribute is null', `The argument "${attr.name}" is required and may not be null.`, attr.expr.range)] };
    return { value, diagnostics };
  }
  if (!isKnown(value)) {
    return { diagnostics: [error('Unknown value', `The value of "${attr.name}" is not known until the build runs, but it is needed now.`, attr.expr.range)] };
  }
  const converted = convert(value, spec.type);
  if ('error' in converted) {
    return {
      diagnostics: [error('Incorrect attribute value type', `Inappropriate value for attribute "${attr.name}": ${converted.error}.`, attr.expr.range)],
    };
  }
  return { value: converted.value, diagnostics };
}

/** Checks and evaluates a body against its schema. */
export function decodeBody(original: Body, schema: BodySchema, ctx: EvalContext, owner?: Block): Decoded & { diagnostics: Diagnostic[] } {
  const resolved: Diagnostic[] = [];
  const expanded = expandDynamic(resolveBody(original, schema, resolved), schema.blocks ?? {}, ctx);
  const body = expanded.body;
  const diagnostics = [...resolved, ...expanded.diagnostics, ...checkBody(body, schema, owner)];
  const attrs: Record<string, JsValue> = {};
  const values: Record<string, Value> = {};
  const ranges: Record<string, Range> = {};
  for (const [name, spec] of Object.entries(schema.attributes)) attrs[name] = spec.default ?? null;
  for (const item of body.items) {
    if (item.kind !== 'attribute' || !(item.name in schema.attributes)) continue;
    const spec = schema.attributes[item.name];
    const r = evalAttribute(item, spec, ctx);
    diagnostics.push(...r.diagnostics);
    if (r.value === undefined) continue;
    // A derived string that holds a secret (`echo ${var.password}`) is not registered: the secret itself is, where the
    // variable or local is set, and masking the text around it would hide what is not secret.
    if (ctx.onSensitive && (spec.sensitive || r.value.sensitive)) leafStrings(r.value).forEach(ctx.onSensitive);
    ranges[item.name] = item.expr.range;
    values[item.name] = r.value;
    if (r.value.kind !== 'null') attrs[item.name] = toJS(r.value);
  }
  const blocks = body.items.filter((i): i is Block => i.kind === 'block' && schema.blocks?.[i.type] !== undefined);
  return { attrs, values, ranges, blocks, diagnostics };
}

// Schema first (docs/architecture.md, Schemas): each block type declares its attributes and nested blocks in one place; decoding,
// unknown-name errors with suggestions, docs and `inspect` all read these declarations.
import type { Attribute, Block, Body } from '../hcl/syntax/ast.js';
import { error, warning, type Diagnostic, type Range } from '../hcl/diagnostics.js';
import { evaluate, type EvalContext } from '../hcl/eval/evaluate.js';
import { convert } from '../hcl/value/convert.js';
import { isKnown, toJS, type JsValue, type Type, type Value } from '../hcl/value/value.js';
import { bodyContent } from './body.js';
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
  /** How the option tables in docs/ show the type or default, when the declared ones do not say it (a duration, a default computed when decoded). */
  doc?: { type?: string; default?: string };
  /** Left out of cache keys: the attribute cannot change what the step leaves in the image (a wait, credentials, how the result is kept). */
  key?: false;
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

/** The JavaScript value an attribute of HCL type `Ty` decodes to (toJS of the converted value). */
export type JsOf<Ty> = [Type] extends [Ty]
  ? JsValue // a type only known at run time
  : Ty extends { kind: 'string' }
    ? string
    : Ty extends { kind: 'number' }
      ? number
      : Ty extends { kind: 'bool' }
        ? boolean
        : Ty extends { kind: 'list' | 'set'; element: infer E }
          ? JsOf<E>[]
          : Ty extends { kind: 'map'; element: infer E }
            ? Record<string, JsOf<E>>
            : Ty extends { kind: 'object'; attributes: infer A }
              ? { [K in keyof A]: JsOf<A[K]> }
              : JsValue;

/** An attribute's decoded value: never null when it has a default or is required (decoding fails without it). */
type AttrOf<A> = A extends { type: infer Ty } ? (A extends { default: unknown } | { required: true } ? JsOf<Ty> : JsOf<Ty> | null) : never;

/** The names of a config's attributes whose values are of type V (e.g. the optional strings: `string | null`). */
export type KeysWith<C, V> = { [K in keyof C]-?: C[K] extends V ? K : never }[keyof C] & string;

/** The typed configuration a schema decodes to: one property per declared attribute. */
export type ConfigOf<S extends BodySchema> = { [K in keyof S['attributes']]: AttrOf<S['attributes'][K]> };

export interface Decoded<S extends BodySchema = BodySchema> {
  /** Every declared attribute: the converted value, the default, or null. */
  attrs: ConfigOf<S>;
  /** Where each attribute that was set came from, for later diagnostics. */
  ranges: Record<string, Range>;
  /** The evaluated values (marks kept), for attributes that were set. */
  values: Record<string, Value>;
  /** Nested blocks in source order, by type. */
  blocks: Block[];
}

/** Checks names against the schema: unknown attributes and blocks, duplicates, wrong label counts. */
export function checkBody(original: Body, schema: BodySchema, owner?: Block): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const body = bodyContent(original, schema, diags);
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

/**
 * What a cache key holds of a decoded config (which may hold more, e.g. the common provisioner arguments): every
 * attribute `schema` declares, set or defaulted, but those declared `key: false` — so an attribute added to a schema
 * is in the key unless its declaration says why not.
 */
export function keyedConfig(attrs: Readonly<Record<string, JsValue>>, schema: BodySchema): Record<string, JsValue> {
  const out: Record<string, JsValue> = {};
  for (const [name, spec] of Object.entries(schema.attributes)) if (spec.key !== false) out[name] = Object.hasOwn(attrs, name) ? attrs[name] : null;
  return out;
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
export function decodeBody<S extends BodySchema>(original: Body, schema: S, ctx: EvalContext, owner?: Block): Decoded<S> & { diagnostics: Diagnostic[] } {
  const resolved: Diagnostic[] = [];
  const expanded = expandDynamic(bodyContent(original, schema, resolved), schema.blocks ?? {}, ctx);
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
  // The one place the typed config is asserted: every value was converted to its declared type above (or is the
  // declared default, or null where ConfigOf allows null).
  return { attrs: attrs as ConfigOf<S>, values, ranges, blocks, diagnostics };
}

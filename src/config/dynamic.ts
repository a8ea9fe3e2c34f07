// `dynamic` blocks (HCL's ext/dynblock, as Packer uses it): `dynamic "provisioner" { for_each = …, iterator = it,
// labels = [it.value.type], content { … } }` generates one block per element of for_each. Each generated block is
// an ordinary block whose expressions have the iterator substituted (hcl/eval/bind.ts), so it decodes like written ones.
import type { Attribute, Block, Body } from '../hcl/syntax/ast.js';
import { bindBody } from '../hcl/eval/bind.js';
import { error, hasErrors, type Diagnostic } from '../hcl/diagnostics.js';
import { evaluate, type EvalContext } from '../hcl/eval/evaluate.js';
import { childContext } from '../hcl/eval/context.js';
import { bodyContent, expressionAsWritten } from './body.js';
import { numberToString } from '../hcl/value/number.js';
import { isKnown, T, typeName, typeOf, V, type Value } from '../hcl/value/value.js';
import type { BodySchema, NestedBlockSpec } from './schema.js';

const DYNAMIC_BLOCK: BodySchema = {
  attributes: {
    for_each: { type: T.dynamic, required: true, description: 'The collection to generate one block per element of.' },
    iterator: { type: T.dynamic, description: 'Name of the element variable (default: the block type).' },
    labels: { type: T.list(T.string), description: 'Labels of each generated block.' },
  },
  blocks: { content: { labels: [], multiple: true, description: 'The body of each generated block.' } },
};

export function hasDynamic(body: Body): boolean {
  return body.items.some((i) => i.kind === 'block' && i.type === 'dynamic');
}

function attr(body: Body, name: string): Attribute | undefined {
  return body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === name);
}

/** (key, value) pairs of a for_each collection, as dynblock iterates them. */
function elements(v: Value): [Value, Value][] | undefined {
  switch (v.kind) {
    case 'list':
    case 'tuple':
      return v.items.map((item, i) => [V.number(i), item]);
    case 'set':
      return v.items.map((item) => [item, item]);
    case 'map':
    case 'object':
      return Object.entries(v.attrs).map(([k, item]) => [V.string(k), item]);
    default:
      return undefined;
  }
}

function iteratorName(body: Body, fallback: string, diags: Diagnostic[]): string | undefined {
  const it = attr(body, 'iterator');
  if (!it) return fallback;
  const expr = expressionAsWritten(it.expr, []);
  if (expr.kind === 'scopeTraversal' && expr.steps.length === 0) return expr.root;
  diags.push(error('Invalid dynamic iterator name', 'Dynamic iterator must be a single variable name.', it.expr.range));
  return undefined;
}

function blockLabels(body: Body, spec: NestedBlockSpec, type: string, ctx: EvalContext, diags: Diagnostic[]): string[] | undefined {
  const a = attr(body, 'labels');
  // A missing or unexpected `labels` was reported once, before expansion (expandOne).
  if (!a || spec.labels.length === 0) return [];
  const r = evaluate(a.expr, ctx);
  diags.push(...r.diagnostics);
  if (hasErrors(r.diagnostics)) return undefined;
  const items = r.value.kind === 'list' || r.value.kind === 'tuple' ? r.value.items : undefined;
  if (!items) {
    diags.push(
      error(
        'Invalid dynamic block label',
        `Cannot use this value as a dynamic block label: a list of strings is required, not ${typeName(typeOf(r.value))}.`,
        a.expr.range,
      ),
    );
    return undefined;
  }
  if (items.length !== spec.labels.length) {
    const summary = items.length > spec.labels.length ? 'Extraneous dynamic block label' : 'Insufficient dynamic block labels';
    diags.push(error(summary, `Blocks of type ${JSON.stringify(type)} require ${spec.labels.length} label(s).`, a.expr.range));
    return undefined;
  }
  const labels: string[] = [];
  for (const l of items) {
    if (l.kind === 'null') diags.push(error('Invalid dynamic block label', 'Cannot use a null value as a dynamic block label.', a.expr.range));
    else if (!isKnown(l))
      diags.push(error('Invalid dynamic block label', 'This value is not yet known. Dynamic block labels must be immediately-known values.', a.expr.range));
    else if (l.sensitive)
      diags.push(error('Invalid dynamic block label', 'This value has dynamic marks that make it unsuitable for use as a block label.', a.expr.range));
    else if (l.kind === 'string' || l.kind === 'number' || l.kind === 'bool') labels.push(l.kind === 'number' ? numberToString(l) : String(l.value));
    else diags.push(error('Invalid dynamic block label', `Cannot use this value as a dynamic block label: string required.`, a.expr.range));
  }
  return labels.length === items.length ? labels : undefined;
}

function expandOne(block: Block, blocks: Record<string, NestedBlockSpec>, ctx: EvalContext, diags: Diagnostic[]): Block[] {
  if (block.labels.length !== 1) return [];
  const type = block.labels[0];
  const spec = Object.hasOwn(blocks, type) ? blocks[type] : undefined;
  if (!spec) {
    diags.push(error('Unsupported block type', `Blocks of type ${JSON.stringify(type)} are not expected here.`, block.labelRanges[0]));
    return [];
  }
  const local: Diagnostic[] = [];
  const body = bodyContent(block.body, DYNAMIC_BLOCK, local);
  const contents = body.items.filter((i): i is Block => i.kind === 'block' && i.type === 'content');
  for (const item of body.items) {
    if (item.kind === 'attribute' && !(item.name in DYNAMIC_BLOCK.attributes))
      local.push(error('Unsupported argument', `An argument named ${JSON.stringify(item.name)} is not expected here.`, item.nameRange));
    if (item.kind === 'block' && item.type !== 'content')
      local.push(error('Unsupported block type', `Blocks of type ${JSON.stringify(item.type)} are not expected here.`, item.typeRange));
  }
  const forEach = attr(body, 'for_each');
  if (!forEach) local.push(error('Missing required argument', 'The argument "for_each" is required, but no definition was found.', block.openBraceRange));
  // HCL reads the dynamic block with one schema or the other, once: with `labels` required when the type has labels.
  const labelsAttr = attr(body, 'labels');
  if (spec.labels.length > 0 && !labelsAttr)
    local.push(error('Missing required argument', 'The argument "labels" is required, but no definition was found.', block.openBraceRange));
  if (spec.labels.length === 0 && labelsAttr)
    local.push(error('Unsupported argument', 'An argument named "labels" is not expected here.', labelsAttr.nameRange));
  // Then, as dynblock's decodeSpec, each step stops at its first problem: iterator, for_each, content.
  const it = hasErrors(local) ? undefined : iteratorName(body, type, local);
  diags.push(...local);
  if (hasErrors(local) || !forEach || it === undefined) return [];
  const each = evaluate(forEach.expr, ctx);
  diags.push(...each.diagnostics);
  if (hasErrors(each.diagnostics)) return [];
  if (each.value.kind === 'null') {
    diags.push(error('Invalid dynamic for_each value', 'Cannot use a null value in for_each.', forEach.expr.range));
    return [];
  }
  if (!isKnown(each.value)) {
    diags.push(
      error(
        'Invalid dynamic for_each value',
        'The for_each value is not known until the build runs; dynamic blocks need values known before it starts.',
        forEach.expr.range,
      ),
    );
    return [];
  }
  const pairs = elements(each.value);
  if (pairs && contents.length !== 1) {
    diags.push(
      contents.length === 0
        ? error(
            'Missing dynamic content block',
            'A dynamic block must have a nested block of type "content" to describe the body of each generated block.',
            block.openBraceRange,
          )
        : error('Extraneous dynamic content block', 'Only one nested content block is allowed for each dynamic block.', contents[1].typeRange),
    );
    return [];
  }
  if (!pairs) {
    diags.push(
      error(
        'Invalid dynamic for_each value',
        `Cannot use a ${typeName(typeOf(each.value))} value in for_each. An iterable collection is required.`,
        forEach.expr.range,
      ),
    );
    return [];
  }
  const content = contents[0];
  const out: Block[] = [];
  for (const [key, value] of pairs) {
    const bindings = { [it]: V.object({ key, value }) };
    const labels = blockLabels(body, spec, type, childContext(ctx, bindings), diags);
    if (!labels) continue;
    out.push({
      kind: 'block',
      type,
      typeRange: block.labelRanges[0],
      labels,
      labelRanges: labels.map(() => attr(body, 'labels')?.expr.range ?? block.labelRanges[0]),
      body: bindBody(content.body, bindings),
      range: block.range,
      openBraceRange: content.openBraceRange,
    });
  }
  return out;
}

/** The body with each `dynamic` block replaced, in place, by the blocks it generates. */
export function expandDynamic(body: Body, blocks: Record<string, NestedBlockSpec>, ctx: EvalContext): { body: Body; diagnostics: Diagnostic[] } {
  if (!hasDynamic(body) || Object.keys(blocks).length === 0) return { body, diagnostics: [] };
  const diags: Diagnostic[] = [];
  const items = body.items.flatMap((i) => (i.kind === 'block' && i.type === 'dynamic' ? expandOne(i, blocks, ctx, diags) : [i]));
  return { body: { ...body, items }, diagnostics: diags };
}

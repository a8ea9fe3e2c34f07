// `build` blocks: sources, provisioners and post-processor chains in written order. `dynamic` blocks among them, and
// `name`, `description` and `sources` (Packer decodes them with variables, locals and functions since 1.7.9), need
// variables and locals, so such a build is decoded twice: structurally with the template, and again once locals are
// known (`expandBuilds`), with the generated blocks in the places the dynamic blocks were written.
import type { Attribute, Block, Body } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import type { EvalContext } from '../hcl/eval/evaluate.js';
import { bodyContent, justAttributes, literalJsonString } from './body.js';
import { T } from '../hcl/value/value.js';
import { constantValue } from './constant.js';
import { expandDynamic, hasDynamic } from './dynamic.js';
import { POST_PROCESSOR_TYPES, PROVISIONER_TYPES } from './registry.js';
import { checkBody, decodeBody, type BodySchema } from './schema.js';
import { didYouMean } from './suggest.js';
import type { BuildSpec, SourceRef, Template } from './template.js';
import { checkSourceRefs } from './source-refs.js';
import { decodeGoField } from './gohcl.js';

export const BUILD_BLOCK: BodySchema = {
  attributes: {
    name: { type: T.string, gohcl: 'value', description: 'Build name, the first part of every build name printed.' },
    description: { type: T.string, gohcl: 'value', description: 'What the build is for.' },
    sources: { type: T.list(T.string), gohcl: 'value', description: 'Sources to build: "source.<type>.<name>".' },
  },
  blocks: {
    source: { labels: ['reference'], multiple: true, description: 'A source to build, with a name and overrides.' },
    provisioner: { labels: ['type'], multiple: true, description: 'A step run inside the container, in written order.' },
    'post-processor': { labels: ['type'], multiple: true, description: 'A chain of one post-processor.' },
    'post-processors': { labels: [], multiple: true, description: 'A chain of post-processors, run in order.' },
    'error-cleanup-provisioner': { labels: ['type'], multiple: false, description: 'Runs when a provisioner fails.' },
    hcp_packer_registry: { labels: [], multiple: false, description: 'HCP Packer publishing (deprecated here by Packer); repack does not publish.' },
  },
};

const CHAIN_BLOCK: BodySchema = {
  attributes: {},
  blocks: { 'post-processor': { labels: ['type'], multiple: true, description: 'A post-processor of the chain.' } },
};

const IDENTIFIER = /^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u;

/**
 * Packer's sourceRefFromString: "type.name", or with more parts the first is dropped and the next two are the type
 * and the name ("source.docker.a"; in "source.docker.a.amd64" the fourth part is ignored). In `sources = [...]` both
 * must be identifiers.
 */
function decodeSourceRef(
  raw: string,
  range: SourceRef['range'],
  diags: Diagnostic[],
  checkIdentifiers: boolean,
  blame: SourceRef['range'] = range,
): SourceRef | undefined {
  const parts = raw.split('.');
  const [type, name] = parts.length > 2 ? parts.slice(1) : parts;
  if (parts.length < 2 || (checkIdentifiers && !(IDENTIFIER.test(type) && IDENTIFIER.test(name)))) {
    // In `sources = [...]`, Packer's own words, at the build block's header.
    const detail = checkIdentifiers
      ? 'A source type is made of three parts that are split by a dot `.`; each part must start with a letter and may contain only letters, digits, underscores, and dashes. A valid source reference looks like: `source.type.name`'
      : `"${raw}" is not a source reference: a source reference is made of three parts split by a dot, each starting with a letter and made of letters, digits, underscores and dashes, e.g. "source.docker.ubuntu".`;
    diags.push(error('Invalid source reference', detail, blame));
    return undefined;
  }
  return { ref: `${type}.${name}`, type, name, range };
}

/** Is the expression free of variables and function calls, so that it can be decoded before they are known? */
function isConstant(attr: Attribute): boolean {
  // constantValue reads a JSON string literally; here it is a template, evaluated in the build's context.
  if (literalJsonString(attr.expr)) return false;
  const r = constantValue(attr.expr);
  return !r.diagnostics.some((d) => d.code === 'variables-not-allowed' || d.code === 'functions-not-allowed');
}

function checkType(block: Block, known: readonly string[], what: string, diags: Diagnostic[]): boolean {
  const type = block.labels[0];
  if (known.includes(type)) return true;
  diags.push(
    error(`Unknown ${what} type "${type}"`, `The ${what} types repack supports are: ${known.join(', ')}.${didYouMean(type, known)}`, block.labelRanges[0]),
  );
  return false;
}

function decodeChain(item: Block, diags: Diagnostic[]): BuildSpec['postProcessorChains'][number] {
  const body = bodyContent(item.body, CHAIN_BLOCK, diags);
  diags.push(...checkBody(body, CHAIN_BLOCK, item));
  return body.items
    .filter((i): i is Block => i.kind === 'block' && i.type === 'post-processor' && i.labels.length === 1)
    .filter((pp) => checkType(pp, POST_PROCESSOR_TYPES, 'post-processor', diags))
    .map((pp) => ({ type: pp.labels[0], block: pp }));
}

function decodeSourceBlock(item: Block, spec: BuildSpec, diags: Diagnostic[]): void {
  const ref = decodeSourceRef(item.labels[0], item.labelRanges[0], diags, false);
  if (!ref) return;
  const attrs = justAttributes(item.body, diags);
  const nameAttr = attrs.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === 'name');
  let overrides: Body = attrs;
  if (nameAttr) {
    // Packer decodes the name with gohcl and no context at all.
    const r = decodeGoField(nameAttr.expr, constantValue(nameAttr.expr), T.string);
    diags.push(...r.diagnostics);
    if (r.value?.kind === 'string') ref.nameOverride = r.value.value;
    overrides = { ...attrs, items: attrs.items.filter((i) => i !== nameAttr) };
  }
  spec.sources.push({ ...ref, overrides });
}

/** Decodes a build block; with `ctx`, its dynamic blocks are expanded first. */
export function decodeBuild(original: Block, diags: Diagnostic[], ctx?: EvalContext): BuildSpec {
  let body = bodyContent(original.body, BUILD_BLOCK, diags);
  const dynamic = hasDynamic(body);
  if (dynamic && ctx) {
    const expanded = expandDynamic(body, BUILD_BLOCK.blocks ?? {}, ctx);
    diags.push(...expanded.diagnostics);
    body = expanded.body;
  }
  const block: Block = { ...original, body };
  diags.push(...checkBody(body, BUILD_BLOCK, block));
  // Without a context, name/description/sources that use variables, locals or functions wait for the second decoding.
  const deferred = !ctx && body.items.some((i) => i.kind === 'attribute' && i.name in BUILD_BLOCK.attributes && !isConstant(i));
  const decoded = deferred ? undefined : decodeBody(body, { attributes: BUILD_BLOCK.attributes }, ctx ?? { variables: {} });
  const spec: BuildSpec = {
    name: typeof decoded?.attrs.name === 'string' ? decoded.attrs.name : '',
    description: typeof decoded?.attrs.description === 'string' ? decoded.attrs.description : '',
    sources: [],
    provisioners: [],
    postProcessorChains: [],
    hcpRegistries: [],
    block,
    dynamic: (dynamic || deferred) && !ctx,
  };
  if (decoded) diags.push(...decoded.diagnostics.filter((d) => d.summary !== 'Unsupported argument' && d.summary !== 'Unsupported block type'));
  // Packer's `hadSource`: a source written but invalid is reported once, not again as "Missing sources".
  let hadSource = Array.isArray(decoded?.attrs.sources)
    ? decoded.attrs.sources.length > 0
    : body.items.some((i) => i.kind === 'attribute' && i.name === 'sources');
  if (Array.isArray(decoded?.attrs.sources)) {
    decoded.attrs.sources.forEach((s) => {
      const ref = decodeSourceRef(String(s), decoded.ranges.sources, diags, true, block.typeRange);
      if (ref) spec.sources.push(ref);
    });
  }
  for (const item of body.items) {
    if (item.kind !== 'block') continue;
    if (item.type === 'post-processors') {
      spec.postProcessorChains.push(decodeChain(item, diags));
      continue;
    }
    if (item.type === 'hcp_packer_registry') {
      if (item.labels.length === 0) spec.hcpRegistries.push(item);
      continue;
    }
    if (item.labels.length !== 1) continue;
    const type = item.labels[0];
    switch (item.type) {
      case 'source':
        hadSource = true;
        decodeSourceBlock(item, spec, diags);
        break;
      case 'provisioner':
        if (checkType(item, PROVISIONER_TYPES, 'provisioner', diags)) spec.provisioners.push({ type, block: item });
        break;
      case 'error-cleanup-provisioner':
        if (checkType(item, PROVISIONER_TYPES, 'provisioner', diags)) spec.errorCleanupProvisioner = { type, block: item };
        break;
      case 'post-processor':
        if (checkType(item, POST_PROCESSOR_TYPES, 'post-processor', diags)) spec.postProcessorChains.push([{ type, block: item }]);
        break;
    }
  }
  if (!hadSource && !spec.dynamic) {
    diags.push(
      error(
        'Missing sources',
        'A build needs at least one source: sources = ["source.docker.<name>"] or a source "docker.<name>" { } block.',
        block.openBraceRange,
      ),
    );
  }
  return spec;
}

function key(d: Diagnostic): string {
  return `${d.summary}@${d.range ? `${d.range.file}:${d.range.start.offset}` : ''}`;
}

/**
 * Decodes again, with dynamic blocks expanded, every build that has some (var, local, data, path and packer are
 * known by now). Problems already reported by the first decoding are not repeated.
 */
export function expandBuilds(t: Template, ctx: EvalContext): Diagnostic[] {
  const diags: Diagnostic[] = [];
  t.builds = t.builds.map((b) => {
    if (!b.dynamic) return b;
    const first: Diagnostic[] = [];
    decodeBuild(b.block, first);
    const seen = new Set(first.map(key));
    const now: Diagnostic[] = [];
    const spec = decodeBuild(b.block, now, ctx);
    diags.push(...now.filter((d) => !seen.has(key(d))), ...checkSourceRefs({ ...t, builds: [spec] }));
    return spec;
  });
  return diags;
}

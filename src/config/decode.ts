// Decodes parsed files into the Template model: top-level block structure, variable declarations, locals, sources
// and builds. Values that depend on variables are evaluated later (variables.ts, plan.ts).
import type { Attribute, Block, Body, File } from '../hcl/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { evaluate } from '../hcl/eval.js';
import { convert, parseTypeExpr } from '../hcl/convert.js';
import { T, type Value } from '../hcl/value.js';
import { checkBody, checkLabels, decodeBody, type BodySchema } from './schema.js';
import { didYouMean } from './suggest.js';
import type { BuildSpec, LocalDecl, PluginRequirement, SourceRef, Template, VariableDecl } from './template.js';
import { BUILDER_TYPES, isOneOf, POST_PROCESSOR_TYPES, PROVISIONER_TYPES } from './registry.js';

const TOP_LEVEL: BodySchema = {
  attributes: {},
  blocks: {
    packer: { labels: [], multiple: true, description: 'Requirements on repack and its plugins.' },
    variable: { labels: ['name'], multiple: true, description: 'An input variable.' },
    variables: { labels: [], multiple: true, description: 'Input variables, legacy form: `name = default`.' },
    locals: { labels: [], multiple: true, description: 'Local values.' },
    local: { labels: ['name'], multiple: true, description: 'One local value, may be sensitive.' },
    source: { labels: ['type', 'name'], multiple: true, description: 'A builder configuration.' },
    build: { labels: [], multiple: true, description: 'Sources to build, their provisioners and post-processors.' },
    data: { labels: ['type', 'name'], multiple: true, description: 'A data source.' },
  },
};

const PACKER_BLOCK: BodySchema = {
  attributes: { required_version: { type: T.string, description: 'Version constraint on repack itself.' } },
  blocks: { required_plugins: { labels: [], multiple: true, description: 'Plugins the template needs.' } },
};

const VARIABLE_BLOCK: BodySchema = {
  attributes: {
    type: { type: T.dynamic, description: 'Type constraint.' },
    default: { type: T.dynamic, description: 'Value used when none is given.' },
    description: { type: T.string, description: 'What the variable is for.' },
    sensitive: { type: T.bool, default: false, description: 'Mask the value in every output.' },
    nullable: { type: T.bool, default: true, description: 'May the value be null?' },
  },
  blocks: {
    validation: {
      labels: [],
      multiple: true,
      description: 'A condition the value must meet.',
      schema: {
        attributes: {
          condition: { type: T.bool, required: true, description: 'Must be true for a valid value.' },
          error_message: { type: T.string, required: true, description: 'Shown when the condition is false.' },
        },
      },
    },
  },
};

const LOCAL_BLOCK: BodySchema = {
  attributes: {
    expression: { type: T.dynamic, required: true, description: 'The value.' },
    sensitive: { type: T.bool, default: false, description: 'Mask the value in every output.' },
  },
};

const BUILD_BLOCK: BodySchema = {
  attributes: {
    name: { type: T.string, description: 'Build name, the first part of every build name printed.' },
    description: { type: T.string, description: 'What the build is for.' },
    sources: { type: T.list(T.string), description: 'Sources to build: "source.<type>.<name>".' },
  },
  blocks: {
    source: { labels: ['reference'], multiple: true, description: 'A source to build, with a name and overrides.' },
    provisioner: { labels: ['type'], multiple: true, description: 'A step run inside the container, in written order.' },
    'post-processor': { labels: ['type'], multiple: true, description: 'A chain of one post-processor.' },
    'post-processors': { labels: [], multiple: true, description: 'A chain of post-processors, run in order.' },
    'error-cleanup-provisioner': { labels: ['type'], multiple: false, description: 'Runs when a provisioner fails.' },
  },
};

const CHAIN_BLOCK: BodySchema = {
  attributes: {},
  blocks: { 'post-processor': { labels: ['type'], multiple: true, description: 'A post-processor of the chain.' } },
};

/** Constant expressions only (defaults, var files): functions yes, variables no. */
function constant(attr: Attribute): { value: Value; diagnostics: Diagnostic[] } {
  return evaluate(attr.expr, { variables: {} });
}

function decodeVariable(block: Block, diags: Diagnostic[]): VariableDecl | undefined {
  const name = block.labels[0];
  const body = checkBody(block.body, VARIABLE_BLOCK, block);
  diags.push(...body);
  const decl: VariableDecl = {
    name,
    type: T.dynamic,
    description: '',
    sensitive: false,
    nullable: true,
    validations: [],
    range: block.typeRange,
  };
  let defaultAttr: Attribute | undefined;
  for (const item of block.body.items) {
    if (item.kind === 'block') {
      if (item.type !== 'validation') continue;
      const get = (n: string) => item.body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === n);
      const condition = get('condition');
      const message = get('error_message');
      if (condition && message) decl.validations.push({ condition: condition.expr, errorMessage: message.expr, range: item.typeRange });
      continue;
    }
    switch (item.name) {
      case 'type': {
        const t = parseTypeExpr(item.expr);
        diags.push(...t.diagnostics);
        decl.type = t.type;
        break;
      }
      case 'default':
        defaultAttr = item;
        break;
      case 'description':
      case 'sensitive':
      case 'nullable': {
        const r = constant(item);
        diags.push(...r.diagnostics);
        if (item.name === 'description' && r.value.kind === 'string') decl.description = r.value.value;
        else if (item.name !== 'description' && r.value.kind === 'bool') decl[item.name] = r.value.value;
        else if (r.value.kind !== 'null') diags.push(error('Incorrect attribute value type', `Inappropriate value for attribute "${item.name}": ${item.name === 'description' ? 'string' : 'bool'} required.`, item.expr.range));
        break;
      }
    }
  }
  if (defaultAttr) {
    const r = constant(defaultAttr);
    diags.push(...r.diagnostics.map((d) => (d.summary === 'Variables not allowed' || d.summary === 'Unknown variable' ? { ...d, summary: 'Variables not allowed', detail: 'Variables may not be used here.' } : d)));
    if (r.value.kind === 'null') {
      decl.default = r.value;
    } else if (!r.diagnostics.some((d) => d.severity === 'error')) {
      const c = convert(r.value, decl.type);
      if ('error' in c) diags.push(error('Invalid default value for variable', `This default value is not compatible with the variable's type constraint: ${c.error}.`, defaultAttr.expr.range));
      else decl.default = c.value;
    }
  }
  return decl;
}

function decodeRequiredPlugins(block: Block, diags: Diagnostic[]): PluginRequirement[] {
  const out: PluginRequirement[] = [];
  for (const item of block.body.items) {
    if (item.kind === 'block') {
      diags.push(error('Unsupported block type', `Blocks of type "${item.type}" are not expected here. Each plugin is an argument: docker = { version = ">= 1.0.0", source = "github.com/hashicorp/docker" }.`, item.typeRange));
      continue;
    }
    const r = constant(item);
    diags.push(...r.diagnostics);
    if (r.value.kind !== 'object' && r.value.kind !== 'map') {
      diags.push(error('Invalid required_plugins entry', `The plugin "${item.name}" must be an object with "version" and "source", e.g. { version = ">= 1.0.0", source = "github.com/hashicorp/docker" }.`, item.expr.range));
      continue;
    }
    const attr = (n: string): string => {
      const v = r.value.kind === 'object' || r.value.kind === 'map' ? r.value.attrs[n] : undefined;
      return v?.kind === 'string' ? v.value : '';
    };
    out.push({ name: item.name, source: attr('source'), version: attr('version'), range: item.nameRange });
  }
  return out;
}

function decodeSourceRef(raw: string, range: SourceRef['range'], diags: Diagnostic[]): SourceRef | undefined {
  const parts = raw.split('.');
  const [head, type, name] = parts[0] === 'source' ? parts : ['source', ...parts];
  if (head !== 'source' || !type || !name || parts.length > 3 || (parts[0] !== 'source' && parts.length !== 2)) {
    diags.push(error('Invalid source reference', `"${raw}" is not a source reference. Write "source.<type>.<name>", e.g. "source.docker.ubuntu".`, range));
    return undefined;
  }
  return { ref: `${type}.${name}`, type, name, range };
}

function decodeBuild(block: Block, diags: Diagnostic[]): BuildSpec {
  diags.push(...checkBody(block.body, BUILD_BLOCK, block));
  const decoded = decodeBody(block.body, { attributes: BUILD_BLOCK.attributes }, { variables: {} });
  const spec: BuildSpec = {
    name: typeof decoded.attrs.name === 'string' ? decoded.attrs.name : '',
    description: typeof decoded.attrs.description === 'string' ? decoded.attrs.description : '',
    sources: [],
    provisioners: [],
    postProcessorChains: [],
    block,
  };
  // build-level name/description/sources are constants in Packer: a variable reference there is reported as such.
  diags.push(...decoded.diagnostics.filter((d) => d.summary !== 'Unsupported argument' && d.summary !== 'Unsupported block type'));
  if (Array.isArray(decoded.attrs.sources)) {
    decoded.attrs.sources.forEach((s) => {
      const ref = decodeSourceRef(String(s), decoded.ranges.sources, diags);
      if (ref) spec.sources.push(ref);
    });
  }
  for (const item of block.body.items) {
    if (item.kind !== 'block') continue;
    if (item.type === 'post-processors') {
      diags.push(...checkBody(item.body, CHAIN_BLOCK, item));
      const chain = item.body.items
        .filter((i): i is Block => i.kind === 'block' && i.type === 'post-processor' && i.labels.length === 1)
        .filter((pp) => checkType(pp, POST_PROCESSOR_TYPES, 'post-processor', diags))
        .map((pp) => ({ type: pp.labels[0], block: pp }));
      spec.postProcessorChains.push(chain);
      continue;
    }
    if (item.labels.length !== 1) continue;
    const type = item.labels[0];
    switch (item.type) {
      case 'source': {
        const ref = decodeSourceRef(type, item.labelRanges[0], diags);
        if (!ref) break;
        const nameAttr = item.body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === 'name');
        let overrides: Body = item.body;
        if (nameAttr) {
          const r = constant(nameAttr);
          diags.push(...r.diagnostics);
          if (r.value.kind === 'string') ref.nameOverride = r.value.value;
          overrides = { ...item.body, items: item.body.items.filter((i) => i !== nameAttr) };
        }
        spec.sources.push({ ...ref, overrides });
        break;
      }
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
  if (spec.sources.length === 0) {
    diags.push(error('Missing sources', 'A build needs at least one source: sources = ["source.docker.<name>"] or a source "docker.<name>" { } block.', block.openBraceRange));
  }
  return spec;
}

function checkType(block: Block, known: readonly string[], what: string, diags: Diagnostic[]): boolean {
  const type = block.labels[0];
  if (known.includes(type)) return true;
  diags.push(error(`Unknown ${what} type "${type}"`, `The ${what} types repack supports are: ${known.join(', ')}.${didYouMean(type, known)}`, block.labelRanges[0]));
  return false;
}

/** Top-level structure of every file into one Template. */
export function decodeTemplate(files: File[], root: string): { template: Template; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const t: Template = { root, requiredPlugins: [], variables: new Map(), locals: [], sources: new Map(), builds: [] };
  for (const file of files) {
    for (const d of checkBody(file.body, TOP_LEVEL)) {
      // Top-level attributes: HCL says "Unsupported argument"; Packer's files hold only blocks.
      diags.push(d);
    }
    for (const item of file.body.items) {
      if (item.kind !== 'block') continue;
      const spec = TOP_LEVEL.blocks?.[item.type];
      if (!spec || checkLabels(item, spec.labels).length > 0) continue;
      decodeTopBlock(item, t, diags);
    }
  }
  return { template: t, diagnostics: diags };
}

function decodeTopBlock(item: Block, t: Template, diags: Diagnostic[]): void {
  switch (item.type) {
    case 'packer': {
      diags.push(...checkBody(item.body, PACKER_BLOCK, item));
      for (const a of item.body.items) {
        if (a.kind === 'attribute' && a.name === 'required_version') {
          const r = constant(a);
          diags.push(...r.diagnostics);
          if (r.value.kind === 'string') t.requiredVersion = r.value.value;
        } else if (a.kind === 'block' && a.type === 'required_plugins') {
          t.requiredPlugins.push(...decodeRequiredPlugins(a, diags));
        }
      }
      break;
    }
    case 'variable': {
      const name = item.labels[0];
      const prev = t.variables.get(name);
      if (prev) {
        diags.push(error('Duplicate variable', `A variable named "${name}" was already declared at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}. Variable names must be unique within a template.`, item.labelRanges[0]));
        break;
      }
      const decl = decodeVariable(item, diags);
      if (decl) t.variables.set(name, decl);
      break;
    }
    case 'variables':
      for (const a of item.body.items) {
        if (a.kind !== 'attribute') {
          diags.push(error('Unsupported block type', `Blocks of type "${a.type}" are not expected here.`, a.typeRange));
          continue;
        }
        const r = constant(a);
        diags.push(...r.diagnostics);
        t.variables.set(a.name, { name: a.name, type: T.dynamic, default: r.value, description: '', sensitive: false, nullable: true, validations: [], range: a.nameRange });
      }
      break;
    case 'locals':
      for (const a of item.body.items) {
        if (a.kind !== 'attribute') {
          diags.push(error('Unsupported block type', `Blocks of type "${a.type}" are not expected here.`, a.typeRange));
          continue;
        }
        addLocal(t.locals, { name: a.name, expr: a.expr, sensitive: false, range: a.nameRange }, diags);
      }
      break;
    case 'local': {
      diags.push(...checkBody(item.body, LOCAL_BLOCK, item));
      const expr = item.body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === 'expression');
      const sens = item.body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === 'sensitive');
      const sensitive = sens ? constant(sens).value : undefined;
      if (expr) addLocal(t.locals, { name: item.labels[0], expr: expr.expr, sensitive: sensitive?.kind === 'bool' && sensitive.value, range: item.labelRanges[0] }, diags);
      break;
    }
    case 'source': {
      const [type, name] = item.labels;
      if (!isOneOf(BUILDER_TYPES, type)) {
        diags.push(error(`Unknown source type "${type}"`, `repack builds Docker images: the source types it supports are: ${BUILDER_TYPES.join(', ')}.${didYouMean(type, BUILDER_TYPES)}`, item.labelRanges[0]));
        break;
      }
      const key = `${type}.${name}`;
      if (t.sources.has(key)) {
        diags.push(error('Duplicate source block', `A source "${type}" "${name}" is already defined. Source names must be unique per type.`, item.labelRanges[1]));
        break;
      }
      t.sources.set(key, { type, name, body: item.body, block: item });
      break;
    }
    case 'build':
      t.builds.push(decodeBuild(item, diags));
      break;
    case 'data':
      diags.push(error(`Unsupported data source "${item.labels[0]}"`, `repack does not support data sources yet. Replace data.${item.labels[0]}.${item.labels[1]} with a variable or a local value.`, item.labelRanges[0]));
      break;
  }
}

function addLocal(locals: LocalDecl[], local: LocalDecl, diags: Diagnostic[]): void {
  const prev = locals.find((l) => l.name === local.name);
  if (prev) {
    diags.push(error('Duplicate local value', `A local value named "${local.name}" was already defined at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}. Local value names must be unique.`, local.range));
    return;
  }
  locals.push(local);
}

/** Build references to sources that are not defined. */
export function checkSourceRefs(t: Template): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const b of t.builds) {
    for (const s of b.sources) {
      if (!t.sources.has(s.ref)) {
        diags.push(error('Unknown source', `There is no source "${s.type}" "${s.name}" in this template.${didYouMean(s.ref, t.sources.keys())}`, s.range));
      }
    }
  }
  return diags;
}

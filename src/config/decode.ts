// Decodes parsed files into the Template model: top-level block structure, variable declarations, locals, sources
// and builds. Values that depend on variables are evaluated later (variables.ts, plan.ts).
import type { Attribute, Block, File } from '../hcl/syntax/ast.js';
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { convert, parseTypeExpr } from '../hcl/value/convert.js';
import { T, typeOf, type Value } from '../hcl/value/value.js';
import { bodyContent, expressionAsWritten, justAttributes } from './body.js';
import { checkBody, checkLabels, type BodySchema } from './schema.js';
import { didYouMean } from './suggest.js';
import type { LocalDecl, PluginRequirement, Template, VariableDecl } from './template.js';
import { BUILDER_TYPES, DATA_SOURCE_TYPES, isOneOf } from './registry.js';
import { decodeBuild } from './build.js';
import { cloudOf } from './data-source-clouds.js';
import { constantValue, defaultFunctions, type Environment } from './constant.js';
import { decodeGoField } from './gohcl.js';
import { decodeErrorMessage } from './error-message.js';

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
    hcp_packer_registry: { labels: [], multiple: true, description: 'HCP Packer publishing; accepted, repack does not publish.' },
    // In Packer's file schema (hcl2template/parser.go) but read by nothing: accepted and ignored, as there.
    communicator: { labels: ['type', 'name'], multiple: true, description: 'Unused, as in Packer.' },
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

/** Decoded as Packer does, with HCL's nil context: no variables, no functions. */
function constant(attr: Attribute): { value: Value; diagnostics: Diagnostic[] } {
  return constantValue(attr.expr);
}

function decodeVariable(original: Block, env: Environment, diags: Diagnostic[]): VariableDecl | undefined {
  const name = original.labels[0];
  const block: Block = { ...original, body: bodyContent(original.body, VARIABLE_BLOCK, diags) };
  diags.push(...checkBody(block.body, VARIABLE_BLOCK, block));
  const decl: VariableDecl = {
    name,
    type: T.dynamic,
    description: '',
    sensitive: false,
    validations: [],
    range: block.typeRange,
  };
  let defaultAttr: Attribute | undefined;
  for (const item of block.body.items) {
    if (item.kind === 'block') {
      if (item.type !== 'validation') continue;
      const validation = bodyContent(item.body, VARIABLE_BLOCK.blocks?.validation.schema ?? { attributes: {} }, []);
      const get = (n: string) => validation.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === n);
      const condition = get('condition');
      const message = get('error_message');
      const errorMessage = message ? decodeErrorMessage(message, diags) : undefined;
      if (condition && errorMessage !== undefined) decl.validations.push({ condition: condition.expr, errorMessage, range: item.typeRange });
      continue;
    }
    switch (item.name) {
      case 'type': {
        const t = parseTypeExpr(expressionAsWritten(item.expr, diags));
        diags.push(...t.diagnostics);
        decl.type = t.type;
        break;
      }
      case 'default':
        defaultAttr = item;
        break;
      case 'description':
      case 'sensitive': {
        const r = decodeGoField(item.expr, constant(item), item.name === 'description' ? T.string : T.bool);
        diags.push(...r.diagnostics);
        if (r.value?.kind === 'string' && item.name === 'description') decl.description = r.value.value;
        else if (r.value?.kind === 'bool' && item.name === 'sensitive') decl.sensitive = r.value.value;
        break;
      }
    }
  }
  if (defaultAttr) {
    // Packer's decodeInputVariables: a default may call `env` and nothing else.
    const r = constantValue(defaultAttr.expr, defaultFunctions(env));
    diags.push(...r.diagnostics);
    if (r.value.kind === 'null') {
      decl.default = r.value;
    } else if (!r.diagnostics.some((d) => d.severity === 'error')) {
      const c = convert(r.value, decl.type);
      if ('error' in c)
        diags.push(
          error(
            'Invalid default value for variable',
            `This default value is not compatible with the variable's type constraint: ${c.error}.`,
            defaultAttr.expr.range,
          ),
        );
      else decl.default = c.value;
    }
    // As Packer: a variable without a type (or of type any) takes its default's type, unless that is {} or [].
    const d = decl.default;
    const empty = d !== undefined && ((d.kind === 'object' && Object.keys(d.attrs).length === 0) || (d.kind === 'tuple' && d.items.length === 0));
    if (decl.type.kind === 'dynamic' && d !== undefined && !empty) decl.type = typeOf(d);
  }
  return decl;
}

function decodeRequiredPlugins(block: Block, diags: Diagnostic[]): PluginRequirement[] {
  const out: PluginRequirement[] = [];
  for (const item of justAttributes(block.body, diags).items) {
    if (item.kind === 'block') {
      diags.push(
        error(
          'Unsupported block type',
          `Blocks of type "${item.type}" are not expected here. Each plugin is an argument: docker = { version = ">= 1.0.0", source = "github.com/hashicorp/docker" }.`,
          item.typeRange,
        ),
      );
      continue;
    }
    const r = constant(item);
    diags.push(...r.diagnostics);
    if (r.value.kind !== 'object' && r.value.kind !== 'map') {
      diags.push(
        error(
          'Invalid required_plugins entry',
          `The plugin "${item.name}" must be an object with "version" and "source", e.g. { version = ">= 1.0.0", source = "github.com/hashicorp/docker" }.`,
          item.expr.range,
        ),
      );
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

/** Top-level structure of every file into one Template. */
export function decodeTemplate(
  files: File[],
  root: string,
  env: Environment = process.env,
  pathRoot = root,
): { template: Template; diagnostics: Diagnostic[]; initialization: Set<Diagnostic> } {
  const diags: Diagnostic[] = [];
  const initialization = new Set<Diagnostic>();
  const t: Template = {
    root,
    pathRoot,
    requiredPlugins: [],
    requiredVersions: [],
    variables: new Map(),
    locals: [],
    sources: new Map(),
    rejectedSources: new Set(),
    builds: [],
    dataSources: [],
    hcpRegistries: [],
  };
  for (const file of files) {
    const body = bodyContent(file.body, TOP_LEVEL, diags);
    // Top-level attributes: HCL says "Unsupported argument"; Packer's files hold only blocks.
    diags.push(...checkBody(body, TOP_LEVEL));
    for (const item of body.items) {
      if (item.kind !== 'block') continue;
      const spec = TOP_LEVEL.blocks?.[item.type];
      if (!spec || checkLabels(item, spec.labels).length > 0) continue;
      // Sources, builds and data source types are Packer's initialisation, which its console goes on without.
      const late = item.type === 'source' || item.type === 'build' || item.type === 'data' || item.type === 'hcp_packer_registry';
      const into = late ? [] : diags;
      decodeTopBlock(item, t, env, into);
      if (late) into.forEach((d) => (initialization.add(d), diags.push(d)));
    }
  }
  return { template: t, diagnostics: diags, initialization };
}

function decodeTopBlock(item: Block, t: Template, env: Environment, diags: Diagnostic[]): void {
  switch (item.type) {
    case 'packer': {
      const body = bodyContent(item.body, PACKER_BLOCK, diags);
      diags.push(...checkBody(body, PACKER_BLOCK, item));
      for (const a of body.items) {
        if (a.kind === 'attribute' && a.name === 'required_version') {
          const r = constant(a);
          diags.push(...r.diagnostics);
          if (r.value.kind === 'string') t.requiredVersions.push({ constraint: r.value.value, range: a.range });
          else if (r.value.kind !== 'null' && r.diagnostics.length === 0)
            diags.push(error('Invalid version constraint', 'A string value is required for required_version.', a.expr.range));
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
        diags.push(
          error(
            'Duplicate variable',
            `A variable named "${name}" was already declared at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}. Variable names must be unique within a template.`,
            item.labelRanges[0],
          ),
        );
        break;
      }
      const decl = decodeVariable(item, env, diags);
      if (decl) t.variables.set(name, decl);
      break;
    }
    case 'variables':
      for (const a of justAttributes(item.body, diags).items) {
        if (a.kind !== 'attribute') {
          diags.push(error('Unsupported block type', `Blocks of type "${a.type}" are not expected here.`, a.typeRange));
          continue;
        }
        const r = constantValue(a.expr, defaultFunctions(env));
        diags.push(...r.diagnostics);
        t.variables.set(a.name, {
          name: a.name,
          type: T.dynamic,
          default: r.value,
          description: '',
          sensitive: false,
          validations: [],
          range: a.nameRange,
        });
      }
      break;
    case 'locals':
      for (const a of justAttributes(item.body, diags).items) {
        if (a.kind !== 'attribute') {
          diags.push(error('Unsupported block type', `Blocks of type "${a.type}" are not expected here.`, a.typeRange));
          continue;
        }
        addLocal(t.locals, { name: a.name, expr: a.expr, sensitive: false, range: a.nameRange }, diags);
      }
      break;
    case 'local': {
      const body = bodyContent(item.body, LOCAL_BLOCK, diags);
      diags.push(...checkBody(body, LOCAL_BLOCK, item));
      const expr = body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === 'expression');
      const sens = body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === 'sensitive');
      const sensitive = sens ? decodeGoField(sens.expr, constant(sens), T.bool) : undefined;
      diags.push(...(sensitive?.diagnostics ?? []));
      if (expr)
        addLocal(
          t.locals,
          { name: item.labels[0], expr: expr.expr, sensitive: sensitive?.value?.kind === 'bool' && sensitive.value.value, range: item.labelRanges[0] },
          diags,
        );
      break;
    }
    case 'source': {
      const [type, name] = item.labels;
      if (!isOneOf(BUILDER_TYPES, type)) {
        t.rejectedSources.add(`${type}.${name}`);
        diags.push(
          error(
            `Unknown source type "${type}"`,
            `repack builds Docker images: the source types it supports are: ${BUILDER_TYPES.join(', ')}.${didYouMean(type, BUILDER_TYPES)}`,
            item.labelRanges[0],
          ),
        );
        break;
      }
      const key = `${type}.${name}`;
      if (t.sources.has(key)) {
        diags.push(
          error('Duplicate source block', `A source "${type}" "${name}" is already defined. Source names must be unique per type.`, item.labelRanges[1]),
        );
        break;
      }
      t.sources.set(key, { type, name, body: item.body, block: item });
      break;
    }
    case 'build':
      t.builds.push(decodeBuild(item, diags));
      break;
    case 'hcp_packer_registry':
      t.hcpRegistries.push(item);
      break;
    case 'communicator':
      break;
    case 'data': {
      const [type, name] = item.labels;
      if (!isOneOf(DATA_SOURCE_TYPES, type)) {
        const cloud = cloudOf(type);
        const instead = `pass the value as a variable instead (a sensitive one when it is a secret: from PKR_VAR_<name>, -var or the action's variables input) and replace data.${type}.${name} with it.`;
        diags.push(
          error(
            `Unsupported data source "${type}"`,
            cloud
              ? `The data source "${type}" needs ${cloud}: repack does not talk to it; ${instead}`
              : `repack has the data sources ${DATA_SOURCE_TYPES.join(', ')}; for "${type}", ${instead}${didYouMean(type, DATA_SOURCE_TYPES)}`,
            item.labelRanges[0],
          ),
        );
        break;
      }
      if (t.dataSources.some((d) => d.type === type && d.name === name)) {
        diags.push(
          error(
            'Duplicate data source',
            `A data source "${type}" "${name}" is already defined. Data source names must be unique per type.`,
            item.labelRanges[1],
          ),
        );
        break;
      }
      t.dataSources.push({ type, name, body: item.body, block: item });
      break;
    }
  }
}

function addLocal(locals: LocalDecl[], local: LocalDecl, diags: Diagnostic[]): void {
  const prev = locals.find((l) => l.name === local.name);
  if (prev) {
    diags.push(
      error(
        'Duplicate local value',
        `A local value named "${local.name}" was already defined at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}. Local value names must be unique.`,
        local.range,
      ),
    );
    return;
  }
  locals.push(local);
}

export { checkSourceRefs } from './source-refs.js';

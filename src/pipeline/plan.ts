// Plans the builds of a template: one per (build block × source), filtered by -only/-except, with every body
// evaluated in its build's context and decoded into typed configs. Nothing here touches Docker.
import { packerObject } from '../config/packer-object.js';
import { resolve } from 'node:path';
import type { Block, Body } from '../hcl/syntax/ast.js';
import { error, hasErrors, warning, type Diagnostic, type Range } from '../hcl/diagnostics.js';
import { evaluate, type EvalContext } from '../hcl/eval/evaluate.js';
import { T, V, type Value } from '../hcl/value/value.js';
import { keyedConfig, decodeBody, evalAttribute, type BodySchema } from '../config/schema.js';
import { bodyContent } from '../config/body.js';
import { applyOverride, checkOverride } from './override.js';
import type { BuildSpec, PostProcessorSpec, ProvisionerSpec, SourceRef, Template } from '../config/template.js';
import { isOneOf, POST_PROCESSOR_TYPES, PROVISIONER_TYPES } from '../config/registry.js';
import { decodeDockerSource, DOCKER_SOURCE } from '../builders/docker/config.js';
import type { PlannedBuild, PlannedPostProcessor, PlannedProvisioner } from '../builders/docker/planned-build.js';
import { POST_PROCESSORS, PROVISIONERS } from './plugins.js';
import { parseDuration as parseGoDuration, TimeError } from '../hcl/functions/time-parse.js';
import { rangeBetween } from '../hcl/position.js';
import { globMatch, selected } from './glob.js';
import { RUN_UUID } from './run-uuid.js';
import { LateProvisioner, STAND_IN_ID, usesBuildId, withBuildId } from './late-provisioner.js';

/** The arguments every provisioner block takes (Packer's decodeProvisioner), with the provisioner's own. */
export const PROVISIONER_COMMON = {
  name: { type: T.string, gohcl: 'value', description: 'Name shown in the output; only/except of other blocks can refer to it.' },
  only: { type: T.list(T.string), gohcl: 'value', default: [], description: 'Run only for these sources ("docker.ubuntu").' },
  except: { type: T.list(T.string), gohcl: 'value', default: [], description: 'Skip for these sources.' },
  pause_before: { type: T.string, gohcl: 'value', description: 'Wait this long before running, e.g. "10s".' },
  max_retries: { type: T.number, gohcl: 'int', default: 0, description: 'Retry this many times when it fails.' },
  timeout: { type: T.string, gohcl: 'value', description: 'Fail when it runs longer than this, e.g. "5m".' },
  continue_on_error: {
    type: T.bool,
    gohcl: 'value',
    default: false,
    description: 'When it still fails after its retries, print the error as a warning and go on with the build.',
  },
  override: { type: T.dynamic, description: 'Attribute values per source name: override = { ubuntu = { inline = ["…"] } }.' },
} satisfies BodySchema['attributes'];

const POST_PROCESSOR_COMMON = {
  name: { type: T.string, gohcl: 'value', description: 'Name shown in the output.' },
  only: { type: T.list(T.string), gohcl: 'value', default: [], description: 'Run only for these sources ("docker.ubuntu").' },
  except: { type: T.list(T.string), gohcl: 'value', default: [], description: 'Skip for these sources.' },
  keep_input_artifact: {
    type: T.bool,
    gohcl: 'pointer',
    description: "Keep (true) or delete (false) the input artifact; unset, the post-processor's default.",
  },
} satisfies BodySchema['attributes'];

export interface PlanInput {
  template: Template;
  /** var.* and local.* and the functions. */
  base: EvalContext;
  cwd: string;
  version: string;
  only: string[];
  except: string[];
}

/** Matches a provisioner's only/except entry against a source, written "docker.x" or "source.docker.x". */
function sourceSelected(source: string, only: string[], except: string[]): boolean {
  const norm = (s: string) => s.replace(/^source\./, '');
  const hit = (p: string) => globMatch(norm(p), source);
  if (only.length > 0 && !only.some(hit)) return false;
  return !except.some(hit);
}

function rangeText(r: Range): string {
  const end = r.start.line === r.end.line ? `${r.end.column}` : `${r.end.line},${r.end.column}`;
  return `${r.file}:${r.start.line},${r.start.column}-${end}`;
}

/**
 * A build's `source "docker.x" { … }` body added to the source's, as Packer's hcl.MergeBodies does: an argument may
 * be set in one of them only; blocks of both are kept.
 */
function mergeOverrides(base: Body, overrides: Body | undefined, diags: Diagnostic[]): Body {
  if (!overrides) return base;
  const set = new Map(base.items.flatMap((i) => (i.kind === 'attribute' ? [[i.name, i] as const] : [])));
  const added = overrides.items.filter((i) => {
    const existing = i.kind === 'attribute' ? set.get(i.name) : undefined;
    if (i.kind !== 'attribute' || !existing) return true;
    diags.push(error('Duplicate argument', `Argument "${i.name}" was already set at ${rangeText(existing.nameRange)}`, i.nameRange));
    return false;
  });
  return { ...base, items: [...base.items, ...added] };
}

/** HCL's DefRange: the block's type and labels, where Packer reports what is wrong with a block as a whole. */
function header(block: Block): Range {
  return rangeBetween(block.typeRange, block.labelRanges.at(-1) ?? block.typeRange);
}

/** Packer's decodeProvisioner: Go's time.ParseDuration, its error at the block's header. A negative one waits for nothing. */
function durationAttr(value: unknown, what: string, block: Block, diags: Diagnostic[]): number {
  if (typeof value !== 'string' || value === '') return 0;
  try {
    return Math.max(0, Number(parseGoDuration(value)) / 1e6);
  } catch (e: unknown) {
    if (!(e instanceof TimeError)) throw e;
    diags.push(error(`Failed to parse ${what} duration`, e.message, header(block)));
    return 0;
  }
}

function planProvisioner(
  spec: ProvisionerSpec,
  source: string,
  sourceName: string,
  ctx: EvalContext,
  cwd: string,
  diags: Diagnostic[],
): PlannedProvisioner | undefined {
  if (!isOneOf(PROVISIONER_TYPES, spec.type)) return undefined;
  const plugin = PROVISIONERS[spec.type];
  const schema = { attributes: { ...plugin.schema.attributes, ...PROVISIONER_COMMON }, blocks: plugin.schema.blocks, unsupported: plugin.schema.unsupported };
  const decode = (c: EvalContext) => {
    const d = decodeBody(spec.block.body, schema, c, spec.block);
    const found = [...d.diagnostics];
    found.push(...checkOverride(d.values.override, header(spec.block)));
    if (found.some((x) => x.severity === 'error')) return { d, diagnostics: found };
    if (!sourceSelected(source, d.attrs.only, d.attrs.except)) return { d, diagnostics: found, skipped: true };
    found.push(...applyOverride(d, plugin.schema, sourceName));
    if (found.some((x) => x.severity === 'error')) return { d, diagnostics: found };
    const r = plugin.decode(d, spec.block, cwd);
    return { d, diagnostics: [...found, ...r.diagnostics], provisioner: r.provisioner };
  };
  const late = usesBuildId(spec.block.body);
  const checked = decode(late ? withBuildId(ctx, STAND_IN_ID) : ctx);
  diags.push(...checked.diagnostics);
  if (checked.skipped || !checked.provisioner) return undefined;
  const { d } = checked;
  const provisioner = late
    ? new LateProvisioner(checked.provisioner, (id) => {
        const again = decode(withBuildId(ctx, id));
        return again.provisioner ?? again.diagnostics.map((x) => `${x.summary}: ${x.detail ?? ''}`).join('\n');
      })
    : checked.provisioner;
  const before = diags.length;
  const pauseBeforeMs = durationAttr(d.attrs.pause_before, 'pause_before', spec.block, diags);
  // As Packer, a bad pause_before is the only problem reported.
  const timeoutMs = diags.length > before ? 0 : durationAttr(d.attrs.timeout, 'timeout', spec.block, diags);
  const name = d.attrs.name;
  return {
    type: spec.type,
    name: name ?? spec.type,
    block: { kind: 'provisioner', type: spec.type, ...(name === null ? {} : { name }), range: spec.block.range },
    provisioner,
    config: keyedConfig(d.attrs, plugin.schema),
    pauseBeforeMs,
    maxRetries: Math.max(0, Math.floor(Number(d.attrs.max_retries))),
    timeoutMs,
    continueOnError: d.attrs.continue_on_error === true,
  };
}

/** An attribute of a post-processor block evaluated on its own (before the body is decoded), or undefined. */
function attributeValue(spec: PostProcessorSpec, name: string, ctx: EvalContext): Value | undefined {
  const attr = spec.block.body.items.find((i) => i.kind === 'attribute' && i.name === name);
  return attr?.kind === 'attribute' ? evaluate(attr.expr, ctx).value : undefined;
}

/** The name -except matches a post-processor by: its `name`, else its type (Packer's PName or PType). */
function postProcessorName(spec: PostProcessorSpec, ctx: EvalContext): string {
  const v = attributeValue(spec, 'name', ctx);
  return v?.kind === 'string' && v.value !== '' ? v.value : spec.type;
}

function stringList(v: Value | undefined): string[] {
  return v && (v.kind === 'list' || v.kind === 'tuple' || v.kind === 'set') ? v.items.flatMap((x) => (x.kind === 'string' ? [x.value] : [])) : [];
}

/**
 * A chain as Packer's -except leaves it: a post-processor whose name or type matches an -except pattern is dropped
 * with the rest of its chain (the ones after it would have received its artifact). As in Packer, one that its own
 * only/except leaves out for this source is passed over first, and each drop counts as an -except match.
 */
function planChain(
  chain: PostProcessorSpec[],
  source: string,
  ctx: EvalContext,
  input: PlanInput,
  diags: Diagnostic[],
  excepted: { count: number },
): PlannedPostProcessor[] {
  const planned: PlannedPostProcessor[] = [];
  let stopped = false;
  for (const spec of chain) {
    const left = stopped || !sourceSelected(source, stringList(attributeValue(spec, 'only', ctx)), stringList(attributeValue(spec, 'except', ctx)));
    if (!left && input.except.some((p) => globMatch(p, postProcessorName(spec, ctx)))) {
      excepted.count++;
      stopped = true;
    }
    if (left || stopped) {
      diags.push(...commonDiagnostics(spec, ctx));
      continue;
    }
    const p = planPostProcessor(spec, source, ctx, input.cwd, diags);
    if (p) planned.push(p);
  }
  return planned;
}

/** Packer decodes a post-processor's own settings whether it runs or not: their errors count for one left out too. */
function commonDiagnostics(spec: PostProcessorSpec, ctx: EvalContext): Diagnostic[] {
  const common: BodySchema['attributes'] = POST_PROCESSOR_COMMON;
  const body = bodyContent(spec.block.body, { attributes: common }, []);
  return body.items.flatMap((i) => (i.kind === 'attribute' && Object.hasOwn(common, i.name) ? evalAttribute(i, common[i.name], ctx).diagnostics : []));
}

/** `cwd` is what post-processors resolve relative paths against, as Packer does. */
function planPostProcessor(spec: PostProcessorSpec, source: string, ctx: EvalContext, cwd: string, diags: Diagnostic[]): PlannedPostProcessor | undefined {
  if (!isOneOf(POST_PROCESSOR_TYPES, spec.type)) return undefined;
  const plugin = POST_PROCESSORS[spec.type];
  const schema = { attributes: { ...POST_PROCESSOR_COMMON, ...plugin.schema.attributes }, unsupported: plugin.schema.unsupported };
  const d = decodeBody(spec.block.body, schema, ctx, spec.block);
  diags.push(...d.diagnostics);
  if (d.diagnostics.some((x) => x.severity === 'error')) return undefined;
  if (!sourceSelected(source, d.attrs.only, d.attrs.except)) return undefined;
  const r = plugin.decode(d, spec.block, cwd);
  diags.push(...r.diagnostics);
  if (!r.postProcessor) return undefined;
  const keep = d.attrs.keep_input_artifact;
  const name = d.attrs.name;
  return {
    type: spec.type,
    name: name ?? spec.type,
    block: { kind: 'post-processor', type: spec.type, ...(name === null ? {} : { name }), range: spec.block.range },
    postProcessor: r.postProcessor,
    keepInputArtifact: typeof keep === 'boolean' ? keep : undefined,
  };
}

/**
 * Packer's contextual `build` variables for a docker build. Those the docker builder knows before it starts are
 * values; the container's ID exists only once it runs: provisioners get it (late-provisioner.ts), and elsewhere
 * (sources, post-processors) it is unknown and an attribute that needs it is reported as such.
 */
function buildVariables(build: BuildSpec, config: { execUser?: string } | undefined): Value {
  return V.object({
    name: V.string(build.name),
    ID: V.unknown(T.string),
    PackerRunUUID: V.string(RUN_UUID),
    ConnType: V.string('docker'),
    Host: V.string(''),
    Port: V.number(0),
    User: V.string(config?.execUser ?? ''),
    Password: V.string(''),
    SSHPublicKey: V.string(''),
    SSHPrivateKey: V.string(''),
    WinRMPassword: V.string(''),
    PackerHTTPIP: V.string(''),
    PackerHTTPPort: V.string(''),
    PackerHTTPAddr: V.string(''),
  });
}

function contextFor(input: PlanInput, build: BuildSpec, ref: SourceRef, sourceName: string, config?: { execUser?: string }): EvalContext {
  const extra: Record<string, Value> = {
    source: V.object({ name: V.string(sourceName), type: V.string(ref.type) }),
    build: buildVariables(build, config),
    path: V.object({ cwd: V.string(input.cwd), root: V.string(input.template.pathRoot) }),
    packer: packerObject(input.version),
  };
  return { ...input.base, variables: { ...input.base.variables, ...extra } };
}

export function planBuilds(input: PlanInput): { builds: PlannedBuild[]; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const builds: PlannedBuild[] = [];
  const names = new Map<string, Block>();
  const excepted = { count: 0 };
  for (const build of input.template.builds) {
    for (const ref of build.sources) {
      const source = input.template.sources.get(ref.ref);
      if (!source) continue;
      const sourceName = ref.nameOverride ?? ref.name;
      const sourceId = `${ref.type}.${sourceName}`;
      const name = build.name ? `${build.name}.${sourceId}` : sourceId;
      if (names.has(name)) {
        diags.push(
          error('Duplicate build', `Two builds are named "${name}". Give one of them another name with source "${ref.ref}" { name = "…" }.`, ref.range),
        );
        continue;
      }
      names.set(name, build.block);
      if (!selected(name, input.only, input.except)) {
        if (input.except.some((p) => globMatch(p, name))) excepted.count++;
        continue;
      }
      const body = bodyContent(source.body, DOCKER_SOURCE, diags);
      const merged: Diagnostic[] = [];
      const mergedBody = mergeOverrides(body, ref.overrides, merged);
      diags.push(...merged);
      if (merged.length > 0) continue;
      const cfg = decodeDockerSource(mergedBody, contextFor(input, build, ref, sourceName), source.block);
      diags.push(...cfg.diagnostics);
      // export_path is relative to the working directory, as in Packer.
      if (cfg.config?.exportPath) cfg.config.exportPath = resolve(input.cwd, cfg.config.exportPath);
      const ctx = contextFor(input, build, ref, sourceName, cfg.config);
      const provisioners = build.provisioners
        .map((p) => planProvisioner(p, sourceId, sourceName, ctx, input.cwd, diags))
        .filter((p): p is PlannedProvisioner => p !== undefined);
      const cleanup = build.errorCleanupProvisioner && planProvisioner(build.errorCleanupProvisioner, sourceId, sourceName, ctx, input.cwd, diags);
      const errorCleanupProvisioner = cleanup?.block ? { ...cleanup, block: { ...cleanup.block, kind: 'error-cleanup-provisioner' as const } } : cleanup;
      const chains = build.postProcessorChains.map((chain) => planChain(chain, sourceId, ctx, input, diags, excepted)).filter((chain) => chain.length > 0);
      if (!cfg.config) continue;
      builds.push({ name, buildName: build.name, source: sourceId, sourceName, config: cfg.config, provisioners, errorCleanupProvisioner, chains });
    }
  }
  if (builds.length === 0 && diags.length === 0 && (input.only.length > 0 || input.except.length > 0)) {
    diags.push(
      error(
        'No builds selected',
        `No build name matches -only=${input.only.join(',')} -except=${input.except.join(',')}. Build names: ${[...names.keys()].join(', ')}.`,
      ),
    );
  }
  if (input.except.length > excepted.count && !hasErrors(diags)) {
    diags.push(
      warning(
        "an 'except' option was passed, but did not match any build.",
        `Possible build names: [${[...names.keys()].join(' ')}].\nThese could also be matched with a glob pattern like: 'happycloud.*'`,
      ),
    );
  }
  return { builds, diagnostics: diags };
}

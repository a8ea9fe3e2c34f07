// Phases before anything runs (DESIGN.md rule 4): parse → decode → variables → locals → plan. Each returns data and
// diagnostics; a phase with errors stops the next. Nothing here touches Docker.
import { resolve } from 'node:path';
import type { File } from '../hcl/ast.js';
import { error, hasErrors, uniqueDiagnostics, type Diagnostic } from '../hcl/diagnostics.js';
import { loadYaml, mayCallYaml, standardFunctions, yamlLoaded } from '../hcl/functions/index.js';
import { V, type Value } from '../hcl/value.js';
import { checkSourceRefs, decodeTemplate } from '../config/decode.js';
import { expandBuilds } from '../config/build.js';
import { evaluateDataSources } from '../config/data.js';
import { lintSudo } from '../config/lint.js';
import { evaluateLocals } from '../config/locals.js';
import { loadTemplate, parseSource } from '../config/load.js';
import { DOCKER_PLUGIN_SOURCE, DOCKER_PLUGIN_VERSION } from '../config/registry.js';
import type { Template } from '../config/template.js';
import { resolveVariables } from '../config/variables.js';
import { satisfies } from '../config/version.js';
import { PACKER_COMPAT_VERSION } from '../version.js';
import type { RunOptions } from './options.js';
import { planBuilds, type PlannedBuild } from './plan.js';

export interface Prepared {
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  template?: Template;
  /** Evaluated input variables, data sources and locals (the `var`, `data`, `local` of every expression). */
  values?: { var: Record<string, Value>; local: Record<string, Value>; data: Value };
  builds: PlannedBuild[];
  /** Set, with nothing evaluated, when the template may call yamldecode and the YAML parser is not loaded yet. */
  needsYaml?: true;
}

export type PrepareOptions = Pick<RunOptions, 'template' | 'cwd' | 'vars' | 'varFiles' | 'env' | 'only' | 'except' | 'onSensitive'> & {
  /** Stop after parsing (`validate -syntax-only`). */
  syntaxOnly?: boolean;
};

export function checkRequirements(t: Template): Diagnostic[] {
  const diags: Diagnostic[] = [];
  if (t.requiredVersion !== undefined) {
    const ok = satisfies(PACKER_COMPAT_VERSION, t.requiredVersion);
    if (typeof ok === 'string') diags.push(error('Invalid required_version', `${ok}.`));
    else if (!ok)
      diags.push(error('Unsupported Packer version', `This template requires Packer ${t.requiredVersion}; repack follows Packer ${PACKER_COMPAT_VERSION}.`));
  }
  for (const p of t.requiredPlugins) {
    if (p.source !== DOCKER_PLUGIN_SOURCE && p.name !== 'docker') {
      diags.push(
        error(
          `Unsupported plugin "${p.name}"`,
          `repack has the docker plugin (${DOCKER_PLUGIN_SOURCE}) built in and supports no other plugin. Remove "${p.name}" from required_plugins.`,
          p.range,
        ),
      );
      continue;
    }
    if (p.source !== DOCKER_PLUGIN_SOURCE) {
      diags.push(error('Unsupported plugin source', `The docker plugin's source is "${DOCKER_PLUGIN_SOURCE}", not "${p.source}".`, p.range));
      continue;
    }
    const ok = p.version === '' ? true : satisfies(DOCKER_PLUGIN_VERSION, p.version);
    if (typeof ok === 'string') diags.push(error('Invalid version constraint', `${ok}.`, p.range));
    else if (!ok)
      diags.push(
        error(
          'Plugin version not available',
          `The template requires the docker plugin ${p.version}; repack's built-in docker plugin is version ${DOCKER_PLUGIN_VERSION}.`,
          p.range,
        ),
      );
  }
  return diags;
}

/** prepare(), loading the YAML parser first when the template may call yamldecode. Every front calls this one. */
export async function prepareTemplate(o: PrepareOptions): Promise<Prepared> {
  const first = prepare(o);
  if (!first.needsYaml) return first;
  await loadYaml();
  return prepare(o);
}

export function prepare(o: PrepareOptions): Prepared {
  const cwd = resolve(o.cwd ?? process.cwd());
  const loaded = loadTemplate(o.template, cwd);
  const out: Prepared = { diagnostics: [...loaded.diagnostics, ...lintSudo(loaded.templates)], sources: loaded.sources, builds: [] };
  if (hasErrors(out.diagnostics) || o.syntaxOnly) return out;

  const { template, diagnostics } = decodeTemplate(loaded.templates, loaded.root);
  out.template = template;
  out.diagnostics.push(...diagnostics, ...checkSourceRefs(template), ...checkRequirements(template));
  if (hasErrors(out.diagnostics)) return out;

  const varFiles: File[] = [];
  for (const path of o.varFiles ?? []) {
    const f = parseSource(resolve(cwd, path), path, out.sources, out.diagnostics, true);
    if (f) varFiles.push(f);
  }
  if (hasErrors(out.diagnostics)) return out;
  if (!yamlLoaded() && [...out.sources.values()].some(mayCallYaml)) return { ...out, needsYaml: true };
  const functions = standardFunctions({ baseDir: template.root, cwd });
  const vars = resolveVariables(
    template.variables,
    { env: o.env ?? process.env, autoVarFiles: loaded.autoVarFiles, varFiles, cliVars: o.vars ?? [] },
    o.onSensitive,
    functions,
  );
  out.diagnostics.push(...vars.diagnostics);
  if (hasErrors(out.diagnostics)) return out;

  const common = { path: V.object({ cwd: V.string(cwd), root: V.string(template.root) }), packer: V.object({ version: V.string(PACKER_COMPAT_VERSION) }) };
  const data = evaluateDataSources(template.dataSources, { variables: { ...common, var: V.object(vars.values) }, functions });
  out.diagnostics.push(...data.diagnostics);
  if (hasErrors(out.diagnostics)) return out;
  const base = { variables: { ...common, var: V.object(vars.values), data: data.value }, functions };
  const locals = evaluateLocals(template.locals, base);
  out.diagnostics.push(...locals.diagnostics);
  if (hasErrors(out.diagnostics)) return out;

  out.values = { var: vars.values, local: locals.values, data: data.value };
  const variables = { ...base.variables, local: V.object(locals.values) };
  out.diagnostics.push(...expandBuilds(template, { variables, functions }));
  if (hasErrors(out.diagnostics)) return out;

  const plan = planBuilds({
    template,
    base: { functions, variables, onSensitive: o.onSensitive },
    cwd,
    version: PACKER_COMPAT_VERSION,
    only: o.only ?? [],
    except: o.except ?? [],
  });
  out.diagnostics.push(...uniqueDiagnostics(plan.diagnostics));
  out.builds = plan.builds;
  return out;
}

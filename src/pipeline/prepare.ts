// Phases before anything runs (docs/architecture.md, Phases): parse → decode → variables → locals → plan. Each returns data and
// diagnostics; a phase with errors stops the next. Nothing here touches Docker.
import { packerObject } from '../config/packer-object.js';
import { resolve } from 'node:path';
import type { File } from '../hcl/syntax/ast.js';
import { error, hasErrors, uniqueDiagnostics, type Diagnostic } from '../hcl/diagnostics.js';
import { loadYaml, mayCallYaml, standardFunctions, yamlLoaded } from '../hcl/functions/index.js';
import { V, type Value } from '../hcl/value/value.js';
import { checkSourceRefs, decodeTemplate } from '../config/decode.js';
import { expandBuilds } from '../config/build.js';
import { DataSourceRuns } from '../config/data.js';
import { evaluatePrereqs } from '../config/prereqs.js';
import { DATA_SOURCES } from '../data-sources/index.js';
import { checkHcpRegistries } from '../config/hcp-registry.js';
import { lintSudo } from '../config/lint.js';
import { loadTemplate, parseSource } from '../config/load.js';
import { ANSIBLE_PLUGIN_SOURCE, BUILT_IN_PLUGINS, DOCKER_PLUGIN_SOURCE, GIT_PLUGIN_SOURCE, type BuiltInPlugin } from '../config/registry.js';
import type { Template } from '../config/template.js';
import { resolveVariables } from '../config/variables.js';
import { satisfies } from '../config/version.js';
import { PACKER_COMPAT_VERSION } from '../version.js';
import type { RunOptions } from './options.js';
import { planBuilds } from './plan.js';
import type { PlannedBuild } from '../builders/docker/planned-build.js';

export interface Prepared {
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  template?: Template;
  /** Evaluated input variables, data sources and locals (the `var`, `data`, `local` of every expression). */
  values?: { var: Record<string, Value>; local: Record<string, Value>; data: Value };
  builds: PlannedBuild[];
  /** Set, with nothing evaluated, when the template may call yamldecode and the YAML parser is not loaded yet. */
  needsYaml?: true;
  /** Set when a data source's execution (an HTTP request) was started: prepare again once `dataRuns` settled. */
  needsData?: true;
}

export type PrepareOptions = Pick<RunOptions, 'template' | 'cwd' | 'vars' | 'varFiles' | 'env' | 'only' | 'except' | 'onSensitive'> & {
  /** Stop after parsing (`validate -syntax-only`). */
  syntaxOnly?: boolean;
  /**
   * Packer's console: only parsing errors stop (syntax, variable declarations and values, required_version); the
   * initialisation's (sources, builds, data sources, locals, unset variables, validation rules) are left out, and
   * what can be evaluated is (builds are decoded, for inspect). Builds are not planned.
   */
  console?: boolean;
  /** Asynchronous data source results, kept between the passes prepareTemplate runs. */
  dataRuns?: DataSourceRuns;
};

/** The built-in plugin a requirement names, by source, else by name. */
export function builtInPlugin(p: { name: string; source: string }): BuiltInPlugin | undefined {
  return BUILT_IN_PLUGINS.find((b) => b.source === p.source) ?? BUILT_IN_PLUGINS.find((b) => b.name === p.name);
}

export function checkRequirements(t: Template, plugins = true): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const v of t.requiredVersions) {
    const ok = satisfies(PACKER_COMPAT_VERSION, v.constraint);
    if (typeof ok === 'string')
      diags.push(
        error(
          'Invalid version constraint',
          `This string does not use correct version constraint syntax: ${ok}. Check out the docs: https://packer.io/docs/templates/hcl_templates/blocks/packer#version-constraints`,
          v.range,
        ),
      );
    else if (!ok)
      diags.push(
        error(
          'Unsupported Packer Core version',
          `This configuration does not support Packer version ${PACKER_COMPAT_VERSION}, the version repack follows. To proceed, either choose another supported Packer version or update this version constraint. Version constraints are normally set for good reason, so updating the constraint may lead to other errors or unexpected behavior.`,
          v.range,
        ),
      );
  }
  for (const p of plugins ? t.requiredPlugins : []) {
    const plugin = builtInPlugin(p);
    if (!plugin) {
      diags.push(
        error(
          `Unsupported plugin "${p.name}"`,
          `repack has the docker plugin (${DOCKER_PLUGIN_SOURCE}), the ansible plugin's provisioners (${ANSIBLE_PLUGIN_SOURCE}) and the git plugin's data sources (${GIT_PLUGIN_SOURCE}) built in and supports no other plugin. Remove "${p.name}" from required_plugins.`,
          p.range,
        ),
      );
      continue;
    }
    if (p.source !== plugin.source) {
      diags.push(error('Unsupported plugin source', `The ${plugin.name} plugin's source is "${plugin.source}", not "${p.source}".`, p.range));
      continue;
    }
    const ok = p.version === '' ? true : satisfies(plugin.version, p.version);
    if (typeof ok === 'string') diags.push(error('Invalid version constraint', `${ok}.`, p.range));
    else if (!ok)
      diags.push(
        error(
          'Plugin version not available',
          `The template requires the ${plugin.name} plugin ${p.version}; repack's built-in ${plugin.what} is version ${plugin.version}.`,
          p.range,
        ),
      );
  }
  return diags;
}

/** prepare(), loading the YAML parser first when the template may call yamldecode. Every front calls this one. */
export async function prepareTemplate(o: PrepareOptions): Promise<Prepared> {
  const dataRuns = o.dataRuns ?? new DataSourceRuns();
  let p = prepare({ ...o, dataRuns });
  if (p.needsYaml) {
    await loadYaml();
    p = prepare({ ...o, dataRuns });
  }
  // Each pass starts the data sources whose inputs are known; a chain of them takes one pass per link.
  while (p.needsData) {
    await dataRuns.settle();
    p = prepare({ ...o, dataRuns });
  }
  return p;
}

export function prepare(o: PrepareOptions): Prepared {
  const cwd = resolve(o.cwd ?? process.cwd());
  const loaded = loadTemplate(o.template, cwd);
  const out: Prepared = { diagnostics: [...loaded.diagnostics, ...lintSudo(loaded.templates)], sources: loaded.sources, builds: [] };
  if (hasErrors(out.diagnostics) || o.syntaxOnly) return out;

  const { template, diagnostics, initialization } = decodeTemplate(loaded.templates, loaded.root, o.env ?? process.env, loaded.pathRoot);
  out.template = template;
  if (o.console) out.diagnostics.push(...diagnostics.filter((d) => !initialization.has(d)), ...checkRequirements(template, false));
  else out.diagnostics.push(...diagnostics, ...checkSourceRefs(template), ...checkRequirements(template));
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
    o.console,
  );
  out.diagnostics.push(...vars.diagnostics);
  if (hasErrors(out.diagnostics)) return out;

  const common = { path: V.object({ cwd: V.string(cwd), root: V.string(template.pathRoot) }), packer: packerObject(PACKER_COMPAT_VERSION) };
  const prereqs = evaluatePrereqs(
    template.dataSources,
    template.locals,
    { variables: { ...common, var: V.object(vars.values) }, functions },
    { cwd, runs: o.dataRuns ?? new DataSourceRuns(), plugins: DATA_SOURCES },
  );
  if (prereqs.waiting) return { ...out, needsData: true };
  if (o.console) {
    // Packer's inspect lists the builds as far as they can be decoded, ignoring the initialisation's errors.
    expandBuilds(template, { variables: { ...common, var: V.object(vars.values), data: prereqs.data, local: V.object(prereqs.local) }, functions });
    for (const name of prereqs.failed) delete prereqs.local[name];
    out.values = { var: vars.values, local: prereqs.local, data: prereqs.data };
    return out;
  }
  out.diagnostics.push(...prereqs.diagnostics);
  if (hasErrors(out.diagnostics)) return out;

  out.values = { var: vars.values, local: prereqs.local, data: prereqs.data };
  const variables = { ...common, var: V.object(vars.values), data: prereqs.data, local: V.object(prereqs.local) };
  out.diagnostics.push(...expandBuilds(template, { variables, functions }));
  out.diagnostics.push(...checkHcpRegistries(template, { variables, functions }));
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
  // As after every other phase: a template with errors has nothing to build.
  out.builds = hasErrors(out.diagnostics) ? [] : plan.builds;
  return out;
}

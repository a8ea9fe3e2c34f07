// Data sources and local values, evaluated together in dependency order, as Packer's evaluateBuildPrereqs does: a
// local may use data sources and other locals, and a data source may use locals and other data sources, in any
// written order. A data source whose execution is asynchronous (an HTTP request) makes everything that depends on it
// wait for the next pass (prepareTemplate runs the passes).
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { evaluate, traversals, type EvalContext } from '../hcl/eval/evaluate.js';
import type { Expression } from '../hcl/syntax/expression.js';
import { markSensitive, V, type Value } from '../hcl/value/value.js';
import { runDataSource, type DataSourceOptions } from './data.js';
import type { DataSourceDecl, LocalDecl } from './template.js';

export interface Prereqs {
  data: Value;
  local: Record<string, Value>;
  diagnostics: Diagnostic[];
  /** Locals whose evaluation had errors (Packer's console leaves them out). */
  failed: Set<string>;
  /** An execution was started: evaluate again once it has finished. */
  waiting: boolean;
}

type Node = { kind: 'data'; decl: DataSourceDecl; key: string } | { kind: 'local'; decl: LocalDecl; key: string };

function expressionsOf(n: Node): Expression[] {
  if (n.kind === 'local') return [n.decl.expr];
  const out: Expression[] = [];
  const walk = (items: DataSourceDecl['body']['items']) => {
    for (const i of items) {
      if (i.kind === 'attribute') out.push(i.expr);
      else walk(i.body.items);
    }
  };
  walk(n.decl.body.items);
  return out;
}

/** `base` has var, path, packer and the functions. */
export function evaluatePrereqs(dataSources: DataSourceDecl[], locals: LocalDecl[], base: EvalContext, o: DataSourceOptions): Prereqs {
  const diags: Diagnostic[] = [];
  const nodes = new Map<string, Node>();
  for (const d of dataSources) nodes.set(`data.${d.type}.${d.name}`, { kind: 'data', decl: d, key: `data.${d.type}.${d.name}` });
  for (const l of locals) nodes.set(`local.${l.name}`, { kind: 'local', decl: l, key: `local.${l.name}` });
  const dataValues = new Map<DataSourceDecl, Value>();
  const localValues: Record<string, Value> = {};
  const failed = new Set<string>();
  const state = new Map<string, 'visiting' | 'done' | 'waiting'>();

  const dataObject = (): Value => {
    const types: Record<string, Record<string, Value>> = {};
    for (const [d, v] of dataValues) (types[d.type] ??= {})[d.name] = v;
    return V.object(Object.fromEntries(Object.entries(types).map(([t, names]) => [t, V.object(names)])));
  };
  const context = (): EvalContext => ({ ...base, variables: { ...base.variables, data: dataObject(), local: V.object(localValues) } });

  const dependencies = (n: Node): Node[] =>
    expressionsOf(n).flatMap((e) =>
      traversals(e).flatMap((t) => {
        const key = t.root === 'data' ? `data.${String(t.path[0])}.${String(t.path[1])}` : t.root === 'local' ? `local.${String(t.path[0])}` : '';
        const dep = nodes.get(key);
        return dep ? [dep] : [];
      }),
    );

  const visit = (n: Node, chain: string[]): void => {
    const s = state.get(n.key);
    if (s === 'done' || s === 'waiting') return;
    if (s === 'visiting') {
      const path = [...chain.slice(chain.indexOf(n.key)), n.key].join(' → ');
      if (n.kind === 'local') {
        diags.push(error('Cycle in local values', `${n.key} depends on itself: ${path}.`, n.decl.range));
        localValues[n.decl.name] = V.unknown();
      } else diags.push(error('Cycle in data sources', `${n.key} depends on itself: ${path}.`, n.decl.block.labelRanges[1]));
      return;
    }
    state.set(n.key, 'visiting');
    let blocked = false;
    for (const dep of dependencies(n)) {
      visit(dep, [...chain, n.key]);
      if (state.get(dep.key) === 'waiting') blocked = true;
    }
    if (blocked) {
      state.set(n.key, 'waiting');
      return;
    }
    if (n.kind === 'local') {
      const r = evaluate(n.decl.expr, context());
      diags.push(...r.diagnostics);
      if (r.diagnostics.some((d) => d.severity === 'error')) failed.add(n.decl.name);
      localValues[n.decl.name] = n.decl.sensitive ? markSensitive(r.value) : r.value;
      state.set(n.key, 'done');
      return;
    }
    const r = runDataSource(n.decl, context(), o);
    diags.push(...r.diagnostics);
    if (r.waiting) {
      state.set(n.key, 'waiting');
      return;
    }
    // A data source that failed has its error already: unknown outputs keep its users from adding follow-on errors.
    dataValues.set(n.decl, r.value ?? V.unknown());
    state.set(n.key, 'done');
  };
  for (const n of nodes.values()) visit(n, []);
  return { data: dataObject(), local: localValues, diagnostics: diags, failed, waiting: o.runs.pending.size > 0 };
}

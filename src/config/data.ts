// Data sources: evaluated after variables and before locals, each after the data sources it refers to. Most of
// Packer's read from a cloud; repack has the ones that need none (data-sources/). An execution that is asynchronous
// (an HTTP request) is started during one pass and its result used by the next (prepareTemplate runs the passes).
import { error, warning, type Diagnostic } from '../hcl/diagnostics.js';
import { traversals, type EvalContext } from '../hcl/eval.js';
import { V, type Value } from '../hcl/value.js';
import { DATA_SOURCES } from '../data-sources/index.js';
import type { DataSourceResult } from '../data-sources/data-source.js';
import { decodeBody } from './schema.js';
import type { DataSourceDecl } from './template.js';

export const DATA_SOURCE_TYPES = Object.keys(DATA_SOURCES);

/** Results of asynchronous executions, kept across the passes of one preparation. */
export class DataSourceRuns {
  readonly results = new Map<string, DataSourceResult>();
  readonly pending = new Map<string, Promise<DataSourceResult>>();

  /** Waits for every started execution. */
  async settle(): Promise<void> {
    for (const [key, p] of this.pending) this.results.set(key, await p);
    this.pending.clear();
  }
}

export interface DataSourceOptions {
  cwd: string;
  runs: DataSourceRuns;
}

/**
 * The `data` object of the evaluation context: data.<type>.<name>.<attribute>. `waiting` is set when an execution was
 * started and the data sources are to be evaluated again once it has finished.
 */
export function evaluateDataSources(
  decls: DataSourceDecl[],
  base: EvalContext,
  o: DataSourceOptions = { cwd: process.cwd(), runs: new DataSourceRuns() },
): { value: Value; diagnostics: Diagnostic[]; waiting: boolean } {
  const diags: Diagnostic[] = [];
  const results = new Map<DataSourceDecl, Value>();
  const state = new Map<DataSourceDecl, 'visiting' | 'done' | 'waiting'>();
  const byRef = new Map(decls.map((d) => [`${d.type}.${d.name}`, d]));

  const data = (): Value => {
    const types: Record<string, Record<string, Value>> = {};
    for (const [d, v] of results) (types[d.type] ??= {})[d.name] = v;
    return V.object(Object.fromEntries(Object.entries(types).map(([t, names]) => [t, V.object(names)])));
  };

  const visit = (d: DataSourceDecl, chain: string[]): void => {
    const s = state.get(d);
    if (s === 'done' || s === 'waiting') return;
    if (s === 'visiting') {
      diags.push(
        error(
          'Cycle in data sources',
          `data.${d.type}.${d.name} depends on itself: ${[...chain, `data.${d.type}.${d.name}`].join(' → ')}.`,
          d.block.labelRanges[1],
        ),
      );
      return;
    }
    state.set(d, 'visiting');
    let blocked = false;
    for (const item of d.body.items) {
      if (item.kind !== 'attribute') continue;
      for (const t of traversals(item.expr)) {
        const dep = t.root === 'data' ? byRef.get(`${String(t.path[0])}.${String(t.path[1])}`) : undefined;
        if (dep) visit(dep, [...chain, `data.${d.type}.${d.name}`]);
        if (dep && state.get(dep) === 'waiting') blocked = true;
      }
    }
    state.set(d, blocked ? 'waiting' : 'done');
    if (blocked) return;
    const plugin = DATA_SOURCES[d.type];
    const r = decodeBody(d.body, plugin.schema, { ...base, variables: { ...base.variables, data: data() } }, d.block);
    diags.push(...r.diagnostics);
    if (r.diagnostics.some((x) => x.severity === 'error')) return;
    const problems = plugin.configure?.(r) ?? [];
    diags.push(...problems.map((p) => error(p, undefined, d.block.typeRange)));
    if (problems.length > 0) return;
    const key = `${d.type}.${d.name} ${JSON.stringify(r.attrs)}`;
    let result = o.runs.results.get(key);
    if (!result) {
      const executed = plugin.execute(r, { cwd: o.cwd });
      if (executed instanceof Promise) {
        o.runs.pending.set(key, executed);
        state.set(d, 'waiting');
        return;
      }
      result = executed;
    }
    if ('error' in result) {
      diags.push(error(result.error, `data.${d.type}.${d.name} failed.`, d.block.typeRange));
      return;
    }
    diags.push(...(result.warnings ?? []).map((w) => warning(w, `From data.${d.type}.${d.name}.`, d.block.typeRange)));
    results.set(d, result.value);
  };
  for (const d of decls) visit(d, []);
  return { value: data(), diagnostics: diags, waiting: o.runs.pending.size > 0 };
}

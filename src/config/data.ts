// Data sources: most of Packer's read from a cloud; repack has the ones that need none (data-sources/, handed in by
// the pipeline as `plugins`, so config does not depend on their implementations). An execution that is asynchronous
// (an HTTP request) is started during one pass and its result used by the next (prereqs.ts).
import { error, warning, type Diagnostic } from '../hcl/diagnostics.js';
import type { EvalContext } from '../hcl/eval/evaluate.js';
import type { Value } from '../hcl/value/value.js';
import type { DataSourcePlugin, DataSourceResult } from './data-source.js';
import { decodeBody } from './schema.js';
import type { DataSourceDecl } from './template.js';

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
  /** The implementation of each type in DATA_SOURCE_TYPES (registry.ts). */
  plugins: Readonly<Record<string, DataSourcePlugin>>;
}

/** One data source's output object; `waiting` when its execution was started and has not finished. */
export function runDataSource(d: DataSourceDecl, ctx: EvalContext, o: DataSourceOptions): { value?: Value; waiting?: true; diagnostics: Diagnostic[] } {
  const plugin = o.plugins[d.type];
  const r = decodeBody(d.body, plugin.schema, ctx, d.block);
  const diags = [...r.diagnostics];
  if (diags.some((x) => x.severity === 'error')) return { diagnostics: diags };
  const problems = plugin.configure?.(r) ?? [];
  if (problems.length > 0) return { diagnostics: [...diags, ...problems.map((p) => error(p, undefined, d.block.typeRange))] };
  const key = `${d.type}.${d.name} ${JSON.stringify(r.attrs)}`;
  let result = o.runs.results.get(key);
  if (!result) {
    const executed = plugin.execute(r, { cwd: o.cwd });
    if (executed instanceof Promise) {
      o.runs.pending.set(key, executed);
      return { waiting: true, diagnostics: diags };
    }
    result = executed;
  }
  if ('error' in result) return { diagnostics: [...diags, error(result.error, `data.${d.type}.${d.name} failed.`, d.block.typeRange)] };
  diags.push(...(result.warnings ?? []).map((w) => warning(w, `From data.${d.type}.${d.name}.`, d.block.typeRange)));
  return { value: result.value, diagnostics: diags };
}

// Data sources. Packer's are almost all cloud look-ups; the `null` data source needs none: its `output` is its
// `input`, which makes it the usual way to name a computed value once. Evaluated after variables and before locals,
// each after the data sources it refers to.
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { traversals, type EvalContext } from '../hcl/eval.js';
import { T, V, type Value } from '../hcl/value.js';
import { decodeBody, type BodySchema } from './schema.js';
import type { DataSourceDecl } from './template.js';

export const DATA_SOURCE_TYPES = ['null'] as const;

export const NULL_DATA_SOURCE: BodySchema = {
  attributes: { input: { type: T.string, required: true, description: 'The value `output` takes.' } },
};

/** The `data` object of the evaluation context: data.<type>.<name>.<attribute>. */
export function evaluateDataSources(decls: DataSourceDecl[], base: EvalContext): { value: Value; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const results = new Map<DataSourceDecl, Value>();
  const state = new Map<DataSourceDecl, 'visiting' | 'done'>();
  const byRef = new Map(decls.map((d) => [`${d.type}.${d.name}`, d]));

  const data = (): Value => {
    const types: Record<string, Record<string, Value>> = {};
    for (const [d, v] of results) (types[d.type] ??= {})[d.name] = v;
    return V.object(Object.fromEntries(Object.entries(types).map(([t, names]) => [t, V.object(names)])));
  };

  const visit = (d: DataSourceDecl, chain: string[]): void => {
    if (state.get(d) === 'done') return;
    if (state.get(d) === 'visiting') {
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
    for (const item of d.body.items) {
      if (item.kind !== 'attribute') continue;
      for (const t of traversals(item.expr)) {
        const dep = t.root === 'data' ? byRef.get(`${String(t.path[0])}.${String(t.path[1])}`) : undefined;
        if (dep) visit(dep, [...chain, `data.${d.type}.${d.name}`]);
      }
    }
    const r = decodeBody(d.body, NULL_DATA_SOURCE, { ...base, variables: { ...base.variables, data: data() } }, d.block);
    diags.push(...r.diagnostics);
    const input = r.values.input ?? V.unknown(T.string);
    results.set(d, V.object({ input, output: input }));
    state.set(d, 'done');
  };
  for (const d of decls) visit(d, []);
  return { value: data(), diagnostics: diags };
}

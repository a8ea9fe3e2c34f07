// Local values, evaluated in dependency order (a local may use variables and other locals, in any written order).
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { evaluate, traversals, type EvalContext } from '../hcl/eval.js';
import { markSensitive, V, type Value } from '../hcl/value.js';
import type { LocalDecl } from './template.js';

/** `failed`: the locals whose evaluation had errors (Packer's console leaves them out). */
export function evaluateLocals(locals: LocalDecl[], base: EvalContext): { values: Record<string, Value>; diagnostics: Diagnostic[]; failed: Set<string> } {
  const diags: Diagnostic[] = [];
  const failed = new Set<string>();
  const values: Record<string, Value> = {};
  const byName = new Map(locals.map((l) => [l.name, l]));
  const state = new Map<string, 'visiting' | 'done'>();

  const visit = (l: LocalDecl, chain: string[]): void => {
    const s = state.get(l.name);
    if (s === 'done') return;
    if (s === 'visiting') {
      diags.push(error('Cycle in local values', `local.${l.name} depends on itself: ${[...chain, l.name].map((n) => `local.${n}`).join(' → ')}.`, l.range));
      values[l.name] = V.unknown();
      return;
    }
    state.set(l.name, 'visiting');
    for (const t of traversals(l.expr)) {
      if (t.root !== 'local') continue;
      const dep = byName.get(String(t.path[0]));
      if (dep) visit(dep, [...chain, l.name]);
    }
    const r = evaluate(l.expr, { ...base, variables: { ...base.variables, local: V.object(values) } });
    diags.push(...r.diagnostics);
    if (r.diagnostics.some((d) => d.severity === 'error')) failed.add(l.name);
    values[l.name] = l.sensitive ? markSensitive(r.value) : r.value;
    state.set(l.name, 'done');
  };
  for (const l of locals) visit(l, []);
  return { values, diagnostics: diags, failed };
}

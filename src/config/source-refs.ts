// Builds that name a source the template does not define.
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { didYouMean } from './suggest.js';
import type { Template } from './template.js';

/** Build references to sources that are not defined. */
export function checkSourceRefs(t: Template): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const b of t.builds) {
    for (const s of b.sources) {
      if (!t.sources.has(s.ref) && !t.rejectedSources.has(s.ref)) {
        diags.push(error('Unknown source', `There is no source "${s.type}" "${s.name}" in this template.${didYouMean(s.ref, t.sources.keys())}`, s.range));
      }
    }
  }
  return diags;
}

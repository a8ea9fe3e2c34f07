// Builds that name a source the template does not define, reported as Packer's initializeBlocks reports them: at the
// build block's header, "Unknown source type T" for a type no builder has, else "Unknown source T.N" with the sources
// the template has (or the one it probably meant).
import { error, type Diagnostic } from '../hcl/diagnostics.js';
import { goQuote } from '../hcl/format/go-quote.js';
import { nameSuggestion } from '../hcl/did-you-mean.js';
import { rangeBetween } from '../hcl/position.js';
import { BUILDER_TYPES } from './registry.js';
import type { BuildSpec, SourceRef, Template } from './template.js';

/** HCL's DefRange of the build block: its type and labels. */
function header(b: BuildSpec) {
  return rangeBetween(b.block.typeRange, b.block.labelRanges.at(-1) ?? b.block.typeRange);
}

function unknown(s: SourceRef, known: string[], b: BuildSpec): Diagnostic {
  const types: readonly string[] = BUILDER_TYPES;
  if (!types.includes(s.type)) {
    const suggestion = nameSuggestion(s.type, types);
    const detail = suggestion
      ? `Did you mean to use ${goQuote(suggestion)}?`
      : `repack builds Docker images: the source types it supports are: ${BUILDER_TYPES.join(', ')}.`;
    return error(`Unknown source type ${s.type}`, detail, header(b));
  }
  const suggestion = nameSuggestion(s.ref, known);
  // Go's %v of a []string.
  const detail = suggestion ? `Did you mean to use ${goQuote(suggestion)}?` : `Known: [${known.join(' ')}]`;
  return error(`Unknown source ${s.ref}`, detail, header(b));
}

/** Build references to sources that are not defined. */
export function checkSourceRefs(t: Template): Diagnostic[] {
  const diags: Diagnostic[] = [];
  // Packer's list: every source block, whatever its type, sorted.
  const known = [...t.sources.keys(), ...t.rejectedSources].sort();
  for (const b of t.builds) {
    for (const s of b.sources) {
      if (!t.sources.has(s.ref) && !t.rejectedSources.has(s.ref)) diags.push(unknown(s, known, b));
    }
  }
  return diags;
}

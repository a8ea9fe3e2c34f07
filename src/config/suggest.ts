// The " Did you mean …?" hint appended to unknown-name diagnostics, with HCL's matching rule.
import { nameSuggestion } from '../hcl/did-you-mean.js';

export function didYouMean(given: string, candidates: Iterable<string>): string {
  const s = nameSuggestion(given, [...candidates]);
  return s === '' ? '' : ` Did you mean "${s}"?`;
}

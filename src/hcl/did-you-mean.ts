// "Did you mean …?" suggestions, with hclsyntax's rule: the first candidate within edit distance 2.

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** The closest of `options` to `given` within HCL's edit distance of 3, or ''. */
export function nameSuggestion(given: string, options: readonly string[]): string {
  for (const o of options) if (levenshtein(given, o) < 3) return o;
  return '';
}

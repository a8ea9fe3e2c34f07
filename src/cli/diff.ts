// A unified diff for `fmt -diff`. Formatting never adds or removes lines, so line i of the old text is line i of
// the new one: hunks are the runs of changed lines with three lines of context.
const CONTEXT = 3;

export function unifiedDiff(name: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = Math.max(a.length, b.length);
  const changed: number[] = [];
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) changed.push(i);
  if (changed.length === 0) return '';
  const out = [`--- old/${name}`, `+++ new/${name}`];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k] - CONTEXT);
    let end = changed[k];
    while (k + 1 < changed.length && changed[k + 1] - end <= 2 * CONTEXT) end = changed[++k];
    k++;
    const stop = Math.min(n - 1, end + CONTEXT);
    const body: string[] = [];
    for (let i = start; i <= stop; i++) {
      if (a[i] === b[i]) {
        body.push(` ${a[i]}`);
        continue;
      }
      if (a[i] !== undefined) body.push(`-${a[i]}`);
      if (b[i] !== undefined) body.push(`+${b[i]}`);
    }
    const count = stop - start + 1;
    out.push(`@@ -${start + 1},${count} +${start + 1},${count} @@`, ...body);
  }
  return `${out.join('\n')}\n`;
}

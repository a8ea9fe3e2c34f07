// Packer's `{{.Name}}` placeholders in output paths of checksum and compress (HCL leaves `{{…}}` alone).
import { error, type Diagnostic, type Range } from '../hcl/diagnostics.js';

const PLACEHOLDER = /\{\{\s*\.?([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Diagnostics for placeholders other than `allowed`, and for `{{` that is not a placeholder at all. */
export function checkPlaceholders(text: string, allowed: readonly string[], attribute: string, range: Range | undefined): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (!allowed.includes(m[1])) {
      diags.push(
        error(
          'Invalid placeholder',
          `Error parsing target template: ${attribute} may use ${allowed.map((a) => `{{.${a}}}`).join(', ')}; "${m[0]}" is not one of them.`,
          range,
        ),
      );
    }
  }
  if (text.replace(PLACEHOLDER, '').includes('{{'))
    diags.push(error('Invalid placeholder', `Error parsing target template: unclosed or malformed "{{" in ${attribute}.`, range));
  return diags;
}

export function renderPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (m, name: string) => values[name] ?? m);
}

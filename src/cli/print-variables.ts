// Packer's printVariables, shared by `inspect` and the console's `variables` command: input variables, then locals,
// each sorted by name as `var.NAME: "<value as the console prints it, Go-quoted>"`.
import { goQuote } from '../hcl/format/go-quote.js';
import { printableValue } from '../hcl/format/print-value.js';
import type { Value } from '../hcl/value/value.js';

function printValues(prefix: string, values: Record<string, Value>): string {
  return Object.keys(values)
    .sort()
    .map((k) => `${prefix}.${k}: ${goQuote(printableValue(values[k]))}\n`)
    .join('');
}

export function printVariables(variables: Record<string, Value>, locals: Record<string, Value>): string {
  return `> input-variables:\n\n${printValues('var', variables)}\n> local-variables:\n\n${printValues('local', locals)}`;
}

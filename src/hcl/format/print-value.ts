// Values as Packer's console and inspect print them (PrintableCtyValue: the value as Go data, then the REPL's
// FormatResult): a string as its text, a whole number as an integer, any other number as Go's %g, lists and maps one
// element a line (map keys sorted, quoted; null map elements left out). `<unknown>` for a value only known while a
// build runs. Unlike Packer, a sensitive value prints as `<sensitive>`, and only that value, not what contains it.
import { goQuote } from './go-quote.js';
import { consoleNumber } from '../value/number.js';
import { compareStrings } from '../value/set-order.js';
import { isKnown, type Value } from '../value/value.js';

const indent = (text: string): string =>
  text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');

function format(v: Value, nested: boolean): string {
  if (v.sensitive) return '<sensitive>';
  switch (v.kind) {
    case 'null':
    case 'unknown':
      return 'null';
    case 'string':
      return nested ? goQuote(v.value) : v.value;
    case 'number':
      return consoleNumber(v);
    case 'bool':
      return String(v.value);
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.length === 0 ? '[]' : `[\n${v.items.map((x) => `${indent(format(x, true))},\n`).join('')}]`;
    case 'map':
    case 'object': {
      const keys = Object.keys(v.attrs)
        .filter((k) => v.attrs[k].kind !== 'null')
        .sort(compareStrings);
      if (keys.length === 0) return '{}';
      return `{\n${keys.map((k) => `${indent(`${goQuote(k)} = ${format(v.attrs[k], true)}`)}\n`).join('')}}`;
    }
  }
}

export function printableValue(v: Value): string {
  if (v.sensitive) return '<sensitive>';
  if (!isKnown(v)) return '<unknown>';
  return format(v, false);
}

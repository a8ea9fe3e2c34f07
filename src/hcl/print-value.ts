// Values as Packer's console and inspect print them (PrintableCtyValue: hcl2template/shim's ConfigValueFromHCL2 then
// hcl2template/repl's FormatResult): a string as its text, `<unknown>` for a value not wholly known, lists and maps
// one element per line with nested strings and keys in Go quotes (`"a" = 1`), null map entries left out. Sensitive
// values print as `<sensitive>` (Packer would print them).
import { goQuote } from './go-quote.js';
import { consoleNumber } from './number.js';
import { isKnown, type Value } from './value.js';

/** cty iterates a set of strings or numbers in order (strings by their bytes, numbers by value). */
function setOrder(items: Value[]): Value[] {
  const key = (x: Value): string | number | undefined => (x.kind === 'string' || x.kind === 'number' ? x.value : undefined);
  if (!items.every((x) => key(x) !== undefined)) return items;
  return [...items].sort((a, b) => {
    const x = key(a) as string | number;
    const y = key(b) as string | number;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return Buffer.compare(Buffer.from(String(x)), Buffer.from(String(y)));
  });
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function format(v: Value, nested: boolean): string {
  if (v.sensitive) return '<sensitive>';
  switch (v.kind) {
    case 'null':
      return 'null';
    case 'unknown':
      return '<unknown>';
    case 'string':
      return nested ? goQuote(v.value) : v.value;
    case 'number':
      return consoleNumber(v);
    case 'bool':
      return String(v.value);
    case 'list':
    case 'set':
    case 'tuple': {
      const items = v.kind === 'set' ? setOrder(v.items) : v.items;
      return items.length === 0 ? '[]' : `[\n${items.map((x) => `${indent(format(x, true))},\n`).join('')}]`;
    }
    case 'map':
    case 'object': {
      const keys = Object.keys(v.attrs)
        .filter((k) => v.attrs[k].kind !== 'null')
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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

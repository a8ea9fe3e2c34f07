// Values as Packer's console and inspect print them (PrintableCtyValue): a string as its text, `<sensitive>` for
// marked values, `<unknown>` for values only known while a build runs, anything else in HCL syntax.
import { formatHcl } from './fmt.js';
import { consoleNumber } from './number.js';
import { isKnown, type Value } from './value.js';

function hclKey(k: string): string {
  return /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u.test(k) ? k : JSON.stringify(k);
}

function render(v: Value): string {
  if (v.sensitive) return '(sensitive value)';
  switch (v.kind) {
    case 'null':
      return 'null';
    case 'unknown':
      return '(known after build)';
    case 'string':
      return JSON.stringify(v.value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
    case 'number':
      return consoleNumber(v);
    case 'bool':
      return String(v.value);
    case 'list':
    case 'set':
    case 'tuple':
      return `[${v.items.map(render).join(', ')}]`;
    case 'map':
    case 'object': {
      const entries = Object.entries(v.attrs);
      if (entries.length === 0) return '{}';
      return `{\n${entries.map(([k, x]) => `${hclKey(k)} = ${render(x)}`).join('\n')}\n}`;
    }
  }
}

export function printableValue(v: Value): string {
  if (v.sensitive) return '<sensitive>';
  if (!isKnown(v)) return '<unknown>';
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number') return consoleNumber(v);
  return formatHcl(render(v));
}

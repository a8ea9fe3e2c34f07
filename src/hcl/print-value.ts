// Values as Packer's console and inspect print them (PrintableCtyValue): a string as its text, `<sensitive>` for
// marked values, `<unknown>` for values only known while a build runs, anything else in HCL syntax.
import { formatHcl } from './fmt.js';
import { consoleNumber } from './number.js';
import { isKnown, type Value } from './value.js';

function hclKey(k: string): string {
  return /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u.test(k) ? k : JSON.stringify(k);
}

// formatHcl would read `+Inf` as a unary plus (there is none in HCL) and space it: it formats a stand-in instead.
const POSITIVE_INFINITY = '__positive_infinity__';

function restoreInfinity(text: string): string {
  if (!text.includes(POSITIVE_INFINITY)) return text;
  return text.replace(/"(?:[^"\\]|\\.)*"|__positive_infinity__/g, (m) => (m === POSITIVE_INFINITY ? '+Inf' : m));
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
    case 'number': {
      const text = consoleNumber(v);
      return text === '+Inf' ? POSITIVE_INFINITY : text;
    }
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
  return restoreInfinity(formatHcl(render(v)));
}

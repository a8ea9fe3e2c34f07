// Values as Packer's console and inspect print them (PrintableCtyValue: the value as Go data, then the REPL's
// FormatResult): a string as its text, a whole number as an integer, any other number as Go's %g, lists and maps one
// element a line (map keys sorted, quoted; null map elements left out). `<unknown>` for a value only known while a
// build runs. Unlike Packer, a sensitive value prints as `<sensitive>`, and only that value, not what contains it.
import { compareStrings } from './set-order.js';
import { isKnown, type Value } from './value.js';

/** Go's %g for a float64 (shortest digits; an exponent below 1e-4 and from 1e+06). */
function goG(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';
  const [mantissa, expText] = n.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(n);
}

function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return BigInt(n).toString();
  return goG(n);
}

const escapes: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

/** Go's %q (strconv.Quote): printable characters as they are, the rest escaped. */
function goQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    if (escapes[c]) out += escapes[c];
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (c !== ' ' && /[\p{C}\p{Z}]/u.test(c)) out += cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

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
      return goNumber(v.value);
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

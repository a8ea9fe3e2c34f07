// The order and identity of set elements, as cty keeps them (cty/set_internals.go): known before unknown, null last;
// strings by their bytes, numbers by value, false before true; any other element type by its set hash text.
import { valueKey } from './convert.js';
import type { Value } from './value.js';

/** big.Float's String(): %g with ten significant digits. */
function hashNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const [mantissa, expText] = n.toExponential(9).split('e');
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '').replace(/0+$/, '') || '0';
  const dp = exp + 1;
  const eprec = 10 > digits.length && digits.length >= dp ? digits.length : 10;
  let out: string;
  if (exp < -4 || exp >= eprec) {
    const frac = digits.slice(1);
    out = `${digits[0]}${frac ? `.${frac}` : ''}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (dp <= 0) out = `0.${'0'.repeat(-dp)}${digits}`;
  else if (dp >= digits.length) out = digits + '0'.repeat(dp - digits.length);
  else out = `${digits.slice(0, dp)}.${digits.slice(dp)}`;
  return negative ? `-${out}` : out;
}

function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
}

/** cty's appendSetHashBytes. */
export function setHash(v: Value): string {
  switch (v.kind) {
    case 'unknown':
      return '?';
    case 'null':
      return '~';
    case 'number':
      return hashNumber(v.value);
    case 'bool':
      return v.value ? 'T' : 'F';
    case 'string':
      return goQuote(v.value);
    case 'map':
      return `{${sortedKeys(v.attrs)
        .map((k) => `${goQuote(k)}:${setHash(v.attrs[k])};`)
        .join('')}}`;
    case 'list':
    case 'set':
      return `[${v.items.map((i) => `${setHash(i)};`).join('')}]`;
    case 'object':
      return `<${sortedKeys(v.attrs)
        .map((k) => `${setHash(v.attrs[k])};`)
        .join('')}>`;
    case 'tuple':
      return `<${v.items.map((i) => `${setHash(i)};`).join('')}>`;
  }
}

/** Go's string order (by UTF-8 bytes), which cty uses for set elements, attribute names and map keys. */
export function compareStrings(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function sortedKeys(attrs: Record<string, Value>): string[] {
  return Object.keys(attrs).sort(compareStrings);
}

function compare(a: Value, b: Value): number {
  const rank = (v: Value): number => (v.kind === 'null' ? 2 : v.kind === 'unknown' ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.kind === 'string' && b.kind === 'string') return compareStrings(a.value, b.value);
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
  if (a.kind === 'bool' && b.kind === 'bool') return Number(a.value) - Number(b.value);
  return compareStrings(setHash(a), setHash(b));
}

/** A set's elements: duplicates (equal known values) dropped, the rest in cty's order. */
export function setItems(items: readonly Value[]): Value[] {
  const seen = new Set<string>();
  const out: Value[] = [];
  for (const item of items) {
    const key = valueKey(item);
    if (key !== undefined && seen.has(key)) continue;
    if (key !== undefined) seen.add(key);
    out.push(item);
  }
  return out.sort(compare);
}

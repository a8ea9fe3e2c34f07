// Numbers as HCL writes them in strings, for callers holding a plain double (number.ts has the exact forms).
import { numberOf, numberToString, parseNumberValue } from './number.js';

/** cty's text of a double: Text('f', -1), plain decimal notation, never an exponent. */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  return numberToString(numberOf(n));
}

/** The nearest double of a number as cty's string-to-number conversion accepts it, or undefined. */
export function parseNumber(text: string): number | undefined {
  return parseNumberValue(text)?.value;
}

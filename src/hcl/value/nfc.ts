// cty normalises every string to Unicode NFC as it becomes a value (literals, template results, function results),
// so "e\u0301" and "é" are the same string: equal, the same map key, the same hash. Below U+0300 no code point
// changes under NFC, which spares the normaliser for nearly all template text.
const mayChange = /[^\0-\u02ff]/;

export function nfc(s: string): string {
  return mayChange.test(s) ? s.normalize('NFC') : s;
}

// A template file's bytes as text. HCL's native syntax rejects bytes that are not UTF-8 ("Invalid character
// encoding", once per file, at the first bad sequence); its JSON syntax decodes strings as Go's encoding/json does,
// with U+FFFD for such bytes, so JSON files are decoded leniently.
import { isUtf8 } from 'node:buffer';
import { error, type Diagnostic } from '../diagnostics.js';
import { advance } from '../position.js';

/** Index of the first byte that does not start (or continue) a valid UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeSource(bytes: Buffer, name: string, json: boolean): { text: string; diagnostics: Diagnostic[] } {
  const text = bytes.toString('utf8');
  if (json || isUtf8(bytes)) return { text, diagnostics: [] };
  const bad = firstInvalid(bytes);
  const start = advance({ line: 1, column: 1, offset: 0 }, bytes.subarray(0, bad).toString('utf8'));
  const end = { line: start.line, column: start.column + 1, offset: start.offset + 1 };
  return {
    text,
    diagnostics: [
      error('Invalid character encoding', 'All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.', {
        file: name,
        start,
        end,
      }),
    ],
  };
}

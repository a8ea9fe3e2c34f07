// Decoding the literal parts of templates: escapes `\n \r \t \" \\ \uNNNN \UNNNNNNNN` in quoted strings, and the
// `$${` / `%%{` escapes of template sequences in both quoted strings and heredocs.
import { error, type Diagnostic, type Range } from '../diagnostics.js';
import { advance } from '../position.js';

const quotedPiece = /\\[uU][0-9a-fA-F]*|\\[\s\S]?|\$\$\{|%%\{|[^\\]+?(?=\\|\$\$\{|%%\{|$)/gy;
const unquotedPiece = /\$\$\{|%%\{|[\s\S]+?(?=\$\$\{|%%\{|$)/gy;

export function decodeStringLiteral(text: string, quoted: boolean, range: Range): { value: string; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  let out = '';
  let pos = range.start;
  const piece = quoted ? quotedPiece : unquotedPiece;
  piece.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (piece.lastIndex < text.length && (m = piece.exec(text)) !== null) {
    const s = m[0];
    const start = pos;
    pos = advance(pos, s);
    const here = (): Range => ({ file: range.file, start, end: pos });
    if (s === '$${' || s === '%%{') {
      out += s.slice(1);
    } else if (quoted && s.startsWith('\\')) {
      out += decodeEscape(s, here, diags);
    } else out += s;
  }
  return { value: out, diags };
}

function decodeEscape(s: string, here: () => Range, diags: Diagnostic[]): string {
  if (s.length < 2) {
    diags.push(error('Invalid escape sequence', 'Backslash must be followed by an escape sequence selector character.', here()));
    return s;
  }
  const sel = s[1];
  switch (sel) {
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case '"':
      return '"';
    case '\\':
      return '\\';
    case 'u':
    case 'U': {
      const want = sel === 'u' ? 4 : 8;
      const hex = s.slice(2, 2 + want);
      if (hex.length !== want) {
        diags.push(
          error(
            'Invalid escape sequence',
            sel === 'u'
              ? 'The \\u escape sequence must be followed by four hexadecimal digits.'
              : 'The \\U escape sequence must be followed by eight hexadecimal digits.',
            here(),
          ),
        );
        return s;
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        const shown = code.toString(16).padStart(4, '0');
        diags.push(error('Invalid escape sequence', `Cannot encode character U+${shown} in UTF-8.`, here()));
        return s;
      }
      return String.fromCodePoint(code) + s.slice(2 + want);
    }
    default:
      diags.push(error('Invalid escape sequence', `The symbol ${JSON.stringify(s.slice(1))} is not a valid escape sequence selector.`, here()));
      return s.slice(1);
  }
}

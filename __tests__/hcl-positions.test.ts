// Diagnostic positions as HCL counts them, whatever the file holds before the error: lines (a CRLF pair is one
// newline), columns in grapheme clusters, offsets in UTF-8 bytes. Each source is checked with LF and with CRLF line
// ends, after ASCII and non-ASCII text (accents, emoji, combining marks) in comments, strings and heredocs.
import { describe, expect, it } from '@jest/globals';
import { parseFile } from '../src/hcl/parser.js';
import { advance } from '../src/hcl/position.js';

/** The first diagnostic's start as line:column@offset. */
function where(src: string): string {
  const d = parseFile(src, 't.hcl').diagnostics[0];
  return `${d?.range?.start.line}:${d?.range?.start.column}@${d?.range?.start.offset}`;
}

const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

// Each source has one error: the `=` of an argument with no value, at the marker ^ (removed before parsing).
const SOURCES = [
  '# plain comment\na = 1\nb = ^\n',
  '# café, naïve — ✅ 🚀\na = 1\nb = ^\n',
  '// ünïcødé\n/* multi\n   line ñ */\na = "é😀"\nb = ^\n',
  'a = <<EOF\nhéllo\n  wörld 👋🏽\nEOF\nb = ^\n',
  'a = "e\u0301"   # combining accent: one grapheme\nb = ^\n',
  '# 👩‍👩‍👧 family (one grapheme)\n\n\nc = [\n  "x",\n]\nb = ^\n',
];

describe('positions after any text, with LF or CRLF line ends', () => {
  it.each(SOURCES)('%j', (marked) => {
    const at = marked.indexOf('^');
    const before = marked.slice(0, at);
    const src = marked.replace('^', '');
    const lines = before.split('\n');
    const line = lines.length;
    // Columns count grapheme clusters, from 1.
    const column = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(lines[line - 1])].length + 1;
    expect(where(src)).toBe(`${line}:${column}@${bytes(before)}`);
    // CRLF: the same line and column, the offset counts the extra CR bytes.
    expect(where(crlf(src))).toBe(`${line}:${column}@${bytes(crlf(before))}`);
  });
});

describe('advance', () => {
  it.each([
    ['\r\n', 2, 1, 2],
    ['é\r\n', 2, 1, 4],
    ['é\r\nx', 2, 2, 5],
    ['\r', 1, 2, 1],
    ['é\r', 1, 3, 3],
    ['a\rb', 1, 4, 3],
    ['😀\n\n', 3, 1, 6],
    ['e\u0301x', 1, 3, 4],
  ])('%j', (text, line, column, offset) => {
    expect(advance({ line: 1, column: 1, offset: 0 }, text)).toEqual({ line, column, offset });
  });
});

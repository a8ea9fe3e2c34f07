// Diagnostic positions as HCL counts them, whatever the file holds before the error: lines (a CRLF pair is one
// newline), columns in grapheme clusters, offsets in UTF-8 bytes. Each source is checked with LF and with CRLF line
// ends, after ASCII and non-ASCII text (accents, emoji, combining marks) in comments, strings and heredocs.
import { describe, expect, it } from '@jest/globals';
import { parseFile } from '../src/hcl/syntax/parser.js';
import { error, hasErrors, uniqueDiagnostics, warning, type Diagnostic } from '../src/hcl/diagnostics.js';
import { advance, advanceRange, endOf, rangeBetween, startOf, utf8Length } from '../src/hcl/position.js';

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
    // A CR after a LF (not before one) is a column of its own.
    ['\n\rx', 2, 3, 3],
    ['é\n\rx', 2, 3, 5],
  ])('%j', (text, line, column, offset) => {
    expect(advance({ line: 1, column: 1, offset: 0 }, text)).toEqual({ line, column, offset });
  });
});

describe("advanceRange, the lexer's ASCII fast path", () => {
  const from = { line: 3, column: 5, offset: 10 };
  it.each([
    ['a\nbc', 0, 4, { line: 4, column: 3, offset: 14 }],
    ['a\r\nb', 0, 4, { line: 4, column: 2, offset: 14 }],
    // A CR whose LF lies past the end is a column of its own until the LF is reached.
    ['a\r\nb', 0, 2, { line: 3, column: 7, offset: 12 }],
    ['a\r\nb', 2, 4, { line: 4, column: 2, offset: 12 }],
    ['xxé\r\nb', 2, 6, { line: 4, column: 2, offset: 15 }],
    ['ab', 1, 1, { line: 3, column: 5, offset: 10 }],
    // A CR with no LF after it, inside the range or after a LF, is a column.
    ['a\rb', 0, 3, { line: 3, column: 8, offset: 13 }],
    ['\n\rx', 0, 3, { line: 4, column: 3, offset: 13 }],
    // U+0080 is the first character that is not ASCII: two bytes, one column.
    ['a\u0080b', 0, 3, { line: 3, column: 8, offset: 14 }],
  ])('%j [%d, %d)', (src, start, end, expected) => {
    expect(advanceRange(from, src, start, end)).toEqual(expected);
    // The fast path and the general one agree.
    expect(advanceRange(from, src, start, end)).toEqual(advance(from, src.slice(start, end)));
  });
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['\u007f', 1],
    ['\u0080', 2],
    ['é', 2],
    ['\u07ff', 2],
    ['\u0800', 3],
    ['€', 3],
    ['\uffff', 3],
    ['😀', 4],
    ['a😀b', 6],
    // The first and the last code point outside the BMP: the surrogate range's ends.
    ['\u{10000}', 4],
    ['\u{10ffff}', 4],
  ])('%j is %d bytes', (text, n) => {
    expect(utf8Length(text)).toBe(n);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('ranges and diagnostics', () => {
  const a = { file: 'f', start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 4, offset: 3 } };
  const b = { file: 'g', start: { line: 2, column: 1, offset: 5 }, end: { line: 2, column: 9, offset: 13 } };

  it('rangeBetween, startOf, endOf', () => {
    expect(rangeBetween(a, b)).toEqual({ file: 'f', start: a.start, end: b.end });
    expect(startOf(b)).toEqual({ file: 'g', start: b.start, end: b.start });
    expect(endOf(b)).toEqual({ file: 'g', start: b.end, end: b.end });
  });

  it('error and warning carry what they are given; hasErrors looks for an error', () => {
    expect(error('S', 'D', a)).toEqual({ severity: 'error', summary: 'S', detail: 'D', range: a });
    expect(warning('S', 'D', a)).toEqual({ severity: 'warning', summary: 'S', detail: 'D', range: a });
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning('w')])).toBe(false);
    expect(hasErrors([warning('w'), error('e')])).toBe(true);
  });

  it('uniqueDiagnostics drops only exact repeats: same severity, summary, detail and place', () => {
    const list: Diagnostic[] = [
      error('S', 'D', a),
      error('S', 'D', a),
      warning('S', 'D', a),
      error('T', 'D', a),
      error('S', 'E', a),
      error('S', 'D', b),
      error('S', 'D', { ...a, file: 'other' }),
      error('S', 'D', { ...a, end: { ...a.end, offset: 4 } }),
      error('S', 'D'),
      error('S', 'D'),
      error('S'),
      // No detail and an empty one print the same: a repeat.
      error('S', ''),
    ];
    expect(uniqueDiagnostics(list)).toEqual([list[0], ...list.slice(2, 9), list[10]]);
  });
});

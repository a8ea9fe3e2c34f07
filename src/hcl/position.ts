// Source positions as HCL counts them: 1-based lines, columns in grapheme clusters (a CRLF pair is one newline),
// and a 0-based UTF-8 byte offset.
import type { Pos, Range } from './diagnostics.js';
import { isAscii, segments } from './graphemes.js';

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The position after `src[start..end)` when it starts at `from`; avoids copying the text when it is ASCII. */
export function advanceRange(from: Pos, src: string, start: number, end: number): Pos {
  let { line, column } = from;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0x80) return advance(from, src.slice(start, end));
    if (c === 10) {
      line++;
      column = 1;
    } else if (!(c === 13 && src.charCodeAt(i + 1) === 10 && i + 1 < end)) column++;
  }
  return { line, column, offset: from.offset + (end - start) };
}

/** The position after `text` when it starts at `from`. */
export function advance(from: Pos, text: string): Pos {
  let { line, column } = from;
  if (isAscii(text)) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        column = 1;
      } else if (!(c === 13 && text.charCodeAt(i + 1) === 10)) column++;
    }
    return { line, column, offset: from.offset + text.length };
  }
  for (const { segment } of segments(text)) {
    if (segment === '\n' || segment === '\r\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset: from.offset + utf8Length(text) };
}

export { utf8Length };

export function rangeBetween(from: Range, to: Range): Range {
  return { file: from.file, start: from.start, end: to.end };
}

/** The empty range where `r` ends. */
export function endOf(r: Range): Range {
  return { file: r.file, start: r.end, end: r.end };
}

/** The empty range where `r` starts. */
export function startOf(r: Range): Range {
  return { file: r.file, start: r.start, end: r.start };
}

/** A range as HCL's Range.String() writes it: `file:line,col-col`, or `file:line,col-line,col` over several lines. */
export function rangeText(r: Range): string {
  return `${r.file}:${r.start.line},${r.start.column}-${r.end.line === r.start.line ? '' : `${r.end.line},`}${r.end.column}`;
}

// Grapheme clusters, as HCL counts columns and as Packer's string functions count characters. One segmenter,
// made on first use: creating it loads ICU's break data (~10 ms), which an ASCII-only run never needs.
let segmenter: Intl.Segmenter | undefined;

/** Text with no code unit above 0x7f: each character is then its own cluster, except a CRLF pair. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * ICU's segmenter costs time in proportion to the length of the text it was given at every step, so a long text
 * is segmented in short windows. Every boundary a window reports before its last cluster is a true boundary (a
 * boundary depends on the character after it and on what precedes it, never on text further right), so the next
 * window starts at the last cluster.
 */
const WINDOW = 128;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

function* windowed(text: string, from: number, to: number): Generator<string> {
  let pos = from;
  let size = WINDOW;
  while (pos < to) {
    let end = Math.min(to, pos + size);
    // Never between the halves of a surrogate pair: the boundary before a character depends on the character.
    if (end < to && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    const parts = Array.from(segmenter.segment(text.slice(pos, end)), (x) => x.segment);
    if (end === to) {
      yield* parts;
      return;
    }
    if (parts.length === 1) {
      size *= 2;
      continue;
    }
    for (let i = 0; i < parts.length - 1; i++) {
      yield parts[i];
      pos += parts[i].length;
    }
    size = WINDOW;
  }
}

const isAsciiUnit = (c: number): boolean => c < 0x80;

/** The clusters of a text, in order, in time linear in its length. */
export function* clusters(text: string): Generator<string> {
  const n = text.length;
  // A short text costs one call of the segmenter, cheaper than splitting it.
  if (n <= WINDOW * 2 && !isAscii(text)) {
    segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const x of segmenter.segment(text)) yield x.segment;
    return;
  }
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiUnit(c) && (i + 1 === n || isAsciiUnit(text.charCodeAt(i + 1)))) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        yield '\r\n';
        i += 2;
      } else {
        yield text[i];
        i++;
      }
      continue;
    }
    // A stretch that needs the segmenter: up to the next pair of ASCII characters that is not CR LF, where a
    // boundary always falls between the two.
    let j = i + 1;
    while (j < n && !(isAsciiUnit(text.charCodeAt(j - 1)) && isAsciiUnit(text.charCodeAt(j)) && !(text.charCodeAt(j - 1) === 13 && text.charCodeAt(j) === 10)))
      j++;
    yield* windowed(text, i, j);
    i = j;
  }
}

export function graphemes(text: string): string[] {
  if (isAscii(text) && !text.includes('\r')) return text.split('');
  return Array.from(clusters(text));
}

/** Each cluster with the offset (in UTF-16 code units) where it starts. */
export function* segments(text: string): Generator<{ segment: string; index: number }> {
  let index = 0;
  for (const segment of clusters(text)) {
    yield { segment, index };
    index += segment.length;
  }
}

export function graphemeCount(text: string): number {
  if (isAscii(text)) return text.length - (text.includes('\r\n') ? text.split('\r\n').length - 1 : 0);
  let n = 0;
  for (const _ of clusters(text)) n++;
  return n;
}

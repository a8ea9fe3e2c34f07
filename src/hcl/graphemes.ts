// Grapheme clusters, as HCL counts columns and as Packer's string functions count characters. One segmenter,
// made on first use: creating it loads ICU's break data (~10 ms), which an ASCII-only run never needs.
let segmenter: Intl.Segmenter | undefined;

/** Text with no code unit above 0x7f: each character is then its own cluster, except a CRLF pair. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

export function segments(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return segmenter.segment(text);
}

export function graphemes(text: string): string[] {
  return Array.from(segments(text), (x) => x.segment);
}

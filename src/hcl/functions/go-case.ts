// Go's Unicode rules, as cty's upper, lower, title and trimspace apply them: one code point at a time, each mapped by
// its simple (one-to-one) case mapping. JavaScript's toUpperCase applies the full mappings (ß → SS, ﬁ → FI) and the
// final-sigma context, which Go never does; a code point on its own avoids the context, and the few whose full
// mapping has several code points take their simple mapping from the table below.

/** Code points whose full mapping is several code points but whose simple mapping is another single one. */
function simpleUpper(c: number): number {
  if ((c >= 0x1f80 && c <= 0x1f87) || (c >= 0x1f90 && c <= 0x1f97) || (c >= 0x1fa0 && c <= 0x1fa7)) return c + 8;
  if (c === 0x1fb3 || c === 0x1fc3 || c === 0x1ff3) return c + 9;
  return c;
}

function mapped(full: string, c: number, fallback: (c: number) => number): string {
  const first = full.codePointAt(0);
  if (first !== undefined && full.length === (first > 0xffff ? 2 : 1)) return full;
  return String.fromCodePoint(fallback(c));
}

export function goToUpperRune(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : ch;
  return mapped(ch.toUpperCase(), c, simpleUpper);
}

export function goToLowerRune(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ch;
  return mapped(ch.toLowerCase(), c, (x) => (x === 0x130 ? 0x69 : x));
}

/** unicode.ToTitle: the upper case except for the digraphs (ǅ ǈ ǋ ǲ) and Georgian, whose title case is itself. */
export function goToTitleRune(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x1c4 && c <= 0x1cc) return String.fromCodePoint(0x1c5 + 3 * Math.floor((c - 0x1c4) / 3));
  if (c >= 0x1f1 && c <= 0x1f3) return '\u01f2';
  if ((c >= 0x10d0 && c <= 0x10fa) || (c >= 0x10fd && c <= 0x10ff)) return ch;
  if ((c >= 0x1f88 && c <= 0x1f8f) || (c >= 0x1f98 && c <= 0x1f9f) || (c >= 0x1fa8 && c <= 0x1faf)) return ch;
  if (c === 0x1fbc || c === 0x1fcc || c === 0x1ffc) return ch;
  return goToUpperRune(ch);
}

const isAsciiOnly = (s: string): boolean => !/[^\0-\x7f]/.test(s);

export function goToUpper(s: string): string {
  if (isAsciiOnly(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) out += goToUpperRune(ch);
  return out;
}

export function goToLower(s: string): string {
  if (isAsciiOnly(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += goToLowerRune(ch);
  return out;
}

const letterOrDigit = /^[\p{L}\p{Nd}]$/u;
const space = /^\p{White_Space}$/u;

/** strings.Title's word boundaries: ASCII other than letters, digits and `_`, and Unicode white space. */
function isSeparator(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c <= 0x7f) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f);
  if (letterOrDigit.test(ch)) return false;
  return space.test(ch);
}

/** strings.Title: the first code point after a separator in title case, the rest unchanged. */
export function goTitle(s: string): string {
  let out = '';
  let prevSeparates = true;
  for (const ch of s) {
    out += prevSeparates ? goToTitleRune(ch) : ch;
    prevSeparates = isSeparator(ch);
  }
  return out;
}

/** strings.TrimSpace: unicode.IsSpace is the White_Space property (which has U+0085 and not U+FEFF, unlike \s). */
export function goTrimSpace(s: string): string {
  // Every White_Space code point is in the BMP, so one code unit decides.
  let i = 0;
  let j = s.length;
  while (i < j && space.test(s[i])) i++;
  while (j > i && space.test(s[j - 1])) j--;
  return s.slice(i, j);
}

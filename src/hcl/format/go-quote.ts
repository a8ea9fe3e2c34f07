// Go's strconv.Quote and QuoteRune: how cty's messages quote a verb ("%5d") or a character ('y'), and how Packer's
// console quotes strings inside collections. Printable characters stay; the rest are escaped as Go escapes them.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function escape(ch: string, quote: string): string {
  switch (ch) {
    case '\x07':
      return '\\a';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\v':
      return '\\v';
    case '\\':
      return '\\\\';
    case quote:
      return `\\${quote}`;
  }
  if (printable.test(ch)) return ch;
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return `\\x${c.toString(16).padStart(2, '0')}`;
  if (c < 0x10000) return `\\u${c.toString(16).padStart(4, '0')}`;
  return `\\U${c.toString(16).padStart(8, '0')}`;
}

export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escape(ch, '"');
  return `${out}"`;
}

export function goQuoteRune(ch: string): string {
  return `'${escape(ch, "'")}'`;
}

// Canonical layout of HCL native syntax, as `packer fmt` writes it (hclwrite/format.go, followed step by step): the
// tokens are kept and only the spaces before each are recomputed — indentation from bracket nesting (2 spaces),
// one space or none between tokens by hclwrite's spaceAfterToken rules, `=` aligned across consecutive one-line
// attributes and trailing comments aligned across consecutive lines. Line breaks, blank lines, comments and
// heredoc contents stay as written. Input must parse; callers check that first.
import { scanTokens } from '../syntax/lexer.js';
import type { TokenType } from '../syntax/token.js';
import { graphemes, isAscii } from '../graphemes.js';

interface FTok {
  type: TokenType;
  text: string;
  spaces: number;
}

interface Line {
  lead: FTok[];
  assign?: FTok[];
  comment?: FTok[];
}

const NIL: FTok = { type: 'EOF', text: '', spaces: 0 };

function columns(ts: readonly FTok[] | undefined): number {
  let n = 0;
  for (const t of ts ?? []) {
    n += t.spaces;
    n += isAscii(t.text) ? t.text.length : graphemes(t.text).length;
  }
  return n;
}

function bracketChange(t: FTok): number {
  switch (t.type) {
    case 'OBrace':
    case 'OBrack':
    case 'OParen':
    case 'TemplateControl':
    case 'TemplateInterp':
      return 1;
    case 'CBrace':
    case 'CBrack':
    case 'CParen':
    case 'TemplateSeqEnd':
      return -1;
    default:
      return 0;
  }
}

function isNewline(t: FTok): boolean {
  return t.type === 'Newline' || (t.type === 'Comment' && t.text.endsWith('\n'));
}

function toLines(tokens: FTok[]): Line[] {
  const lines: Line[] = [];
  let current: FTok[] = [];
  for (const t of tokens) {
    current.push(t);
    if (isNewline(t)) {
      lines.push({ lead: current });
      current = [];
    }
  }
  lines.push({ lead: current });
  for (const line of lines) {
    if (line.lead.length > 1 && line.lead[line.lead.length - 1].type === 'Comment') {
      line.comment = line.lead.slice(-1);
      line.lead = line.lead.slice(0, -1);
    }
    const eq = line.lead.findIndex((t, i) => i > 0 && t.type === 'Equal');
    if (eq > 0 && line.lead.slice(eq).reduce((n, t) => n + bracketChange(t), 0) === 0) {
      line.assign = line.lead.slice(eq);
      line.lead = line.lead.slice(0, eq);
    }
  }
  return lines;
}

function formatIndent(lines: Line[]): void {
  const indents: number[] = [];
  for (const line of lines) {
    if (line.lead.length === 0) continue;
    if (line.lead[0].type === 'Newline') {
      line.lead[0].spaces = 0;
      continue;
    }
    let net = 0;
    for (const t of line.lead) {
      net += bracketChange(t);
      if (t.type === 'OHeredoc') break;
    }
    for (const t of line.assign ?? []) net += bracketChange(t);
    if (net > 0) {
      line.lead[0].spaces = 2 * indents.length;
      indents.push(net);
      continue;
    }
    let closed = -net;
    while (closed > 0 && indents.length > 0) {
      const top = indents[indents.length - 1];
      if (closed > top) {
        closed -= top;
        indents.pop();
      } else if (closed < top) {
        indents[indents.length - 1] -= closed;
        closed = 0;
      } else {
        indents.pop();
        closed = 0;
      }
    }
    line.lead[0].spaces = 2 * indents.length;
  }
}

const MINUS_TIGHT_AFTER = new Set<TokenType>([
  'EOF',
  'OParen',
  'OBrace',
  'OBrack',
  'Equal',
  'Colon',
  'Comma',
  'Question',
  'Plus',
  'Star',
  'Slash',
  'Percent',
  'Minus',
  'EqualOp',
  'NotEqual',
  'GreaterThan',
  'GreaterThanEq',
  'LessThan',
  'LessThanEq',
  'And',
  'Or',
  'Bang',
]);

function spaceAfter(subject: FTok, before: FTok, after: FTok): boolean {
  const s = subject.type;
  const a = after.type;
  if (a === 'Newline' || after === NIL) return false;
  if (s === 'Ident' && a === 'OParen') return false;
  if ((s === 'Ident' && a === 'DoubleColon') || (s === 'DoubleColon' && a === 'Ident')) return false;
  if (s === 'Dot' || a === 'Dot') return false;
  if (a === 'Comma' || a === 'Ellipsis') return false;
  if (s === 'Comma') return true;
  if (
    s === 'QuotedLit' ||
    s === 'StringLit' ||
    s === 'OQuote' ||
    s === 'OHeredoc' ||
    a === 'QuotedLit' ||
    a === 'StringLit' ||
    a === 'CQuote' ||
    a === 'CHeredoc'
  )
    return false;
  if (s === 'Ident' && subject.text === 'in' && before.type === 'Ident') return true;
  if (a === 'OBrack' && (s === 'Ident' || s === 'NumberLit' || bracketChange(subject) < 0)) return false;
  if (s === 'Bang') return false;
  if (s === 'Minus') return !MINUS_TIGHT_AFTER.has(before.type);
  if (s === 'OBrace' || a === 'CBrace') return !(s === 'OBrace' && a === 'CBrace');
  if ((s === 'TemplateInterp' || s === 'TemplateControl') && a === 'OBrace') return true;
  if (s === 'CBrace' && a === 'TemplateSeqEnd') return true;
  if (s === 'TemplateSeqEnd' && (a === 'TemplateInterp' || a === 'TemplateControl')) return false;
  if (bracketChange(subject) > 0) return false;
  if (bracketChange(after) < 0) return false;
  return true;
}

function spaceRun(ts: FTok[], first: boolean): void {
  ts.forEach((t, i) => {
    if (first && i === 0) t.spaces = 1;
    if (i === ts.length - 1) return;
    ts[i + 1].spaces = spaceAfter(t, i > 0 ? ts[i - 1] : NIL, ts[i + 1]) ? 1 : 0;
  });
}

function formatCells(lines: Line[]): void {
  const align = (pick: (l: Line) => FTok[] | undefined, width: (l: Line) => number): void => {
    let start = -1;
    let max = 0;
    const close = (end: number): void => {
      for (const l of lines.slice(start, end)) (pick(l) as FTok[])[0].spaces = max - width(l) + 1;
      start = -1;
      max = 0;
    };
    lines.forEach((l, i) => {
      if (!pick(l)) {
        if (start !== -1) close(i);
        return;
      }
      if (start === -1) start = i;
      max = Math.max(max, width(l));
    });
    if (start !== -1) close(lines.length);
  };
  align(
    (l) => l.assign,
    (l) => columns(l.lead),
  );
  align(
    (l) => l.comment,
    (l) => columns(l.lead) + columns(l.assign),
  );
}

/** The canonical layout of `src`. */
export function formatHcl(src: string): string {
  const bom = src.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const raw = scanTokens(src, '');
  const tokens: FTok[] = [];
  let last = bom ? 3 : 0;
  for (const t of raw) {
    if (t.type === 'EOF') break;
    tokens.push({ type: t.type, text: t.text, spaces: t.range.start.offset - last });
    last = t.range.end.offset;
  }
  const lines = toLines(tokens);
  formatIndent(lines);
  for (const l of lines) {
    spaceRun(l.lead, false);
    if (l.assign) spaceRun(l.assign, true);
  }
  formatCells(lines);
  let out = bom;
  for (const l of lines) for (const t of [...l.lead, ...(l.assign ?? []), ...(l.comment ?? [])]) out += ' '.repeat(Math.max(0, t.spaces)) + t.text;
  return out;
}

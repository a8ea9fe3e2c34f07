// The scanner of HCL native syntax (hclsyntax's scan_tokens.rl, rewritten by hand): a normal mode for structure
// and expressions, and two template modes (quoted strings, heredocs) that call back into the normal mode for
// `${…}` and `%{…}` sequences.
import { error, type Diagnostic, type Pos, type Range } from '../diagnostics.js';
import { advanceRange } from '../position.js';
import { pairTokens, selfTokens, type Token, type TokenType } from './token.js';

type Mode = 'main' | 'string' | 'heredoc' | 'bare';

interface Heredoc {
  marker: string;
  startOfLine: boolean;
}

const identStartRe = /[\p{ID_Start}_]/u;
const identContinueRe = /[\p{ID_Continue}-]/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** The end of the identifier starting at `start`, or `start` when none starts there. */
function identEnd(src: string, start: number): number {
  const first = src.charCodeAt(start);
  let j = start;
  if (isAsciiLetter(first)) j++;
  else if (first >= 0x80 && identStartRe.test(charAt(src, start))) j += charAt(src, start).length;
  else return start;
  for (;;) {
    const c = src.charCodeAt(j);
    if (isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45) j++;
    else if (c >= 0x80) {
      const ch = charAt(src, j);
      if (!identContinueRe.test(ch)) return j;
      j += ch.length;
    } else return j;
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** One code point at `i` (two UTF-16 units for astral characters). */
function charAt(src: string, i: number): string {
  const c = src.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

const pairStarts = new Set(Object.keys(pairTokens).map((k) => k[0]));

class Scanner {
  readonly tokens: Token[] = [];
  private pos: Pos;
  private posIndex: number;
  private i: number;
  private readonly modes: Mode[];
  private braces = 0;
  private readonly retBraces: number[] = [];
  private readonly heredocs: Heredoc[] = [];

  constructor(
    private readonly src: string,
    private readonly file: string,
    start: number,
    mode: Mode,
    origin?: Pos,
  ) {
    this.i = start;
    this.posIndex = start;
    this.pos = origin ?? { line: 1, column: 1, offset: start === 1 ? 3 : 0 };
    this.modes = [mode];
  }

  run(): Token[] {
    while (this.i < this.src.length) {
      const mode = this.modes[this.modes.length - 1];
      if (mode === 'main') this.scanMain();
      else if (mode === 'string') this.scanString();
      else if (mode === 'heredoc') this.scanHeredoc();
      else this.scanBare();
    }
    this.emit('EOF', this.src.length, this.src.length);
    return this.tokens;
  }

  private emit(type: TokenType, start: number, end: number): void {
    if (start > this.posIndex) {
      // Only spaces and tabs lie between tokens.
      const gap = start - this.posIndex;
      this.pos = { line: this.pos.line, column: this.pos.column + gap, offset: this.pos.offset + gap };
    }
    const startPos = this.pos;
    const text = this.src.slice(start, end);
    const endPos = advanceRange(startPos, this.src, start, end);
    this.pos = endPos;
    this.posIndex = end;
    this.i = end;
    this.tokens.push({ type, text, range: { file: this.file, start: startPos, end: endPos } });
  }

  private call(mode: Mode): void {
    this.modes.push(mode);
  }

  private ret(): void {
    if (this.modes.length > 1) this.modes.pop();
  }

  private scanMain(): void {
    const { src } = this;
    const i = this.i;
    const c = src[i];
    if (c === ' ' || c === '\t') {
      let j = i + 1;
      while (src[j] === ' ' || src[j] === '\t') j++;
      this.i = j;
      return;
    }
    if (isDigit(c)) return this.emit('NumberLit', i, this.numberEnd(i));
    const identAt = identEnd(src, i);
    if (identAt > i) return this.emit('Ident', i, identAt);
    if (c === '#' || (c === '/' && src[i + 1] === '/')) {
      const nl = src.indexOf('\n', i);
      return this.emit('Comment', i, nl < 0 ? src.length : nl + 1);
    }
    if (c === '/' && src[i + 1] === '*') {
      const close = src.indexOf('*/', i + 2);
      if (close >= 0) return this.emit('Comment', i, close + 2);
    }
    if (c === '\n') return this.emit('Newline', i, i + 1);
    if (c === '\r' && src[i + 1] === '\n') return this.emit('Newline', i, i + 2);
    if (src.startsWith('...', i)) return this.emit('Ellipsis', i, i + 3);
    const pair = pairStarts.has(c) ? pairTokens[src.slice(i, i + 2)] : undefined;
    if (pair) return this.emit(pair, i, i + 2);
    if (c === '<' && src[i + 1] === '<') {
      const end = this.heredocIntroducerEnd(i);
      if (end > 0) return this.beginHeredoc(i, end);
    }
    if (c === '~' && src[i + 1] === '}') return this.closeSequence(i, i + 2, true);
    const self = selfTokens[c];
    if (self) return this.emit(self, i, i + 1);
    if (c === '{') {
      this.braces++;
      return this.emit('OBrace', i, i + 1);
    }
    if (c === '}') return this.closeSequence(i, i + 1, false);
    if (c === '"') {
      this.emit('OQuote', i, i + 1);
      return this.call('string');
    }
    this.emit('Invalid', i, i + charAt(src, i).length);
  }

  /** `}` or `~}`: the end of a template sequence when the brace level matches, else an ordinary brace. */
  private closeSequence(start: number, end: number, tilde: boolean): void {
    const matches = this.retBraces.length > 0 && this.retBraces[this.retBraces.length - 1] === this.braces;
    this.emit(matches || tilde ? 'TemplateSeqEnd' : 'CBrace', start, end);
    this.braces--;
    if (matches) {
      this.retBraces.pop();
      this.ret();
    }
  }

  private numberEnd(start: number): number {
    const { src } = this;
    let j = start + 1;
    let end = j;
    for (;;) {
      const c = src[j];
      if (isDigit(c)) {
        j++;
        end = j;
      } else if (c === '.') {
        j++;
      } else if (c === 'e' || c === 'E') {
        const k = src[j + 1] === '+' || src[j + 1] === '-' ? j + 2 : j + 1;
        if (!isDigit(src[k])) break;
        j = k + 1;
        end = j;
      } else break;
    }
    return end;
  }

  /** The end of `<<EOT⏎` or `<<-EOT⏎` (after the newline), or -1. */
  private heredocIntroducerEnd(start: number): number {
    const { src } = this;
    let j = start + 2;
    if (src[j] === '-') j++;
    const end = identEnd(src, j);
    if (end === j) return -1;
    j = end;
    if (src[j] === '\n') return j + 1;
    if (src[j] === '\r' && src[j + 1] === '\n') return j + 2;
    return -1;
  }

  private beginHeredoc(start: number, end: number): void {
    const intro = this.src.slice(start + 2, end).replace(/\r?\n$/, '');
    this.heredocs.push({ marker: intro.startsWith('-') ? intro.slice(1) : intro, startOfLine: true });
    this.emit('OHeredoc', start, end);
    this.call('heredoc');
  }

  /** `${`, `${~`, `%{` or `%{~` at i: emits it and enters the normal mode; false when not a sequence. */
  private templateSequence(i: number): boolean {
    const { src } = this;
    const c = src[i];
    if ((c !== '$' && c !== '%') || src[i + 1] !== '{') return false;
    const end = src[i + 2] === '~' ? i + 3 : i + 2;
    this.emit(c === '$' ? 'TemplateInterp' : 'TemplateControl', i, end);
    this.braces++;
    this.retBraces.push(this.braces);
    const doc = this.heredocs.at(-1);
    if (doc) doc.startOfLine = false;
    this.call('main');
    return true;
  }

  /** `$` or `%` not starting a sequence: alone, or with a following escaped `${`/`%{`. */
  private lonePrefixEnd(i: number): number {
    const { src } = this;
    const c = src[i];
    if (src[i + 1] === c && src[i + 2] === '{') return src[i + 3] === '~' ? i + 4 : i + 3;
    return i + 1;
  }

  private scanString(): void {
    const { src } = this;
    const i = this.i;
    if (this.templateSequence(i)) return;
    const c = src[i];
    if (c === '"') {
      this.emit('CQuote', i, i + 1);
      return this.ret();
    }
    if (c === '$' || c === '%') {
      if (i + 1 >= src.length) return this.emit('Invalid', i, i + 1);
      return this.emit('QuotedLit', i, this.lonePrefixEnd(i));
    }
    if (c === '\n' || c === '\r') {
      let j = i + 1;
      while (src[j] === '\n' || src[j] === '\r') j++;
      return this.emit('QuotedNewline', i, j);
    }
    let j = i;
    for (;;) {
      const d = src[j];
      if (d === undefined || d === '"' || d === '$' || d === '%' || d === '\n' || d === '\r') break;
      if (d === '\\') {
        const e = src[j + 1];
        if (e === undefined || e === '\n' || e === '\r') break;
        j += charAt(src, j + 1).length + 1;
      } else j++;
    }
    if (j === i) return this.emit('Invalid', i, i + 1);
    this.emit('QuotedLit', i, j);
  }

  private scanHeredoc(): void {
    const { src } = this;
    const i = this.i;
    if (this.templateSequence(i)) return;
    const doc = this.heredocs[this.heredocs.length - 1];
    const c = src[i];
    if (c === '$' || c === '%') {
      doc.startOfLine = false;
      return this.emit('StringLit', i, this.lonePrefixEnd(i));
    }
    let j = i;
    while (j < src.length && src[j] !== '$' && src[j] !== '%' && src[j] !== '\n' && src[j] !== '\r') j++;
    let eol = -1;
    if (src[j] === '\n') eol = j + 1;
    else if (src[j] === '\r' && src[j + 1] === '\n') eol = j + 2;
    else if (src[j] === '\r') {
      if (j > i) {
        doc.startOfLine = false;
        return this.emit('StringLit', i, j);
      }
      return this.emit('Invalid', i, i + 1);
    }
    if (eol < 0) {
      doc.startOfLine = false;
      return this.emit('StringLit', i, j);
    }
    if (doc.startOfLine && src.slice(i, j).trim() === doc.marker) {
      this.emit('CHeredoc', i, j);
      this.emit('Newline', j, eol);
      this.heredocs.pop();
      return this.ret();
    }
    doc.startOfLine = true;
    this.emit('StringLit', i, eol);
  }

  /** A standalone template file (templatefile): literal lines and sequences, with no closing marker. */
  private scanBare(): void {
    const { src } = this;
    const i = this.i;
    if (this.templateSequence(i)) return;
    const c = src[i];
    if (c === '$' || c === '%') return this.emit('StringLit', i, this.lonePrefixEnd(i));
    let j = i;
    while (j < src.length && src[j] !== '$' && src[j] !== '%' && src[j] !== '\n') j++;
    this.emit('StringLit', i, src[j] === '\n' ? j + 1 : j);
  }
}

export type ScanMode = 'normal' | 'template';

/**
 * All tokens of `src`, ending with EOF. A leading byte-order mark is skipped. `origin` is where `src` starts when it
 * is embedded in another file (a JSON string holding a template).
 */
export function scanTokens(src: string, file: string, mode: ScanMode = 'normal', origin?: Pos): Token[] {
  const start = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  return new Scanner(src, file, start, mode === 'normal' ? 'main' : 'bare', origin).run();
}

const curlyQuotes = new Set(['\u201c', '\u201d']);

/** Diagnostics for tokens that never belong in HCL, reported once per kind as HCL does. */
export function checkInvalidTokens(tokens: readonly Token[]): Diagnostic[] {
  const diags: Diagnostic[] = [];
  let bitwise = 0;
  let backtick = 0;
  let apostrophe = 0;
  let semicolon = 0;
  for (const tok of tokens) {
    const r: Range = tok.range;
    switch (tok.type) {
      case 'BitwiseAnd':
      case 'BitwiseOr':
      case 'BitwiseXor':
      case 'BitwiseNot':
        if (bitwise < 4) {
          const suggestion =
            tok.type === 'BitwiseAnd'
              ? ' Did you mean boolean AND ("&&")?'
              : tok.type === 'BitwiseOr'
                ? ' Did you mean boolean OR ("||")?'
                : tok.type === 'BitwiseNot'
                  ? ' Did you mean boolean NOT ("!")?'
                  : '';
          diags.push(error('Unsupported operator', `Bitwise operators are not supported.${suggestion}`, r));
          bitwise++;
        }
        break;
      case 'Backtick':
        if (backtick % 2 === 0) {
          diags.push(error('Invalid character', 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".', r));
        }
        if (backtick <= 2) backtick++;
        break;
      case 'Apostrophe':
        if (apostrophe % 2 === 0) {
          diags.push(error('Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.', r));
        }
        if (apostrophe <= 2) apostrophe++;
        break;
      case 'Semicolon':
        if (semicolon < 1) {
          diags.push(
            error(
              'Invalid character',
              'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.',
              r,
            ),
          );
          semicolon++;
        }
        break;
      case 'QuotedNewline':
        diags.push(
          error(
            'Invalid multi-line string',
            'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
            r,
          ),
        );
        break;
      case 'Invalid':
        diags.push(
          curlyQuotes.has(tok.text)
            ? error(
                'Invalid character',
                '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".',
                r,
              )
            : error('Invalid character', 'This character is not used within the language.', r),
        );
        break;
      default:
        break;
    }
  }
  return diags;
}

// The token cursor shared by the structure, expression and template parsers: skips comments, hides newlines where
// the current context ignores them, and implements HCL's recovery moves.
import type { Diagnostic, Range } from '../diagnostics.js';
import { opposite, type Token, type TokenType } from './token.js';

export type Parsed<T> = [T, Diagnostic[]];

export class ParserState {
  /** Set once the parser has skipped tokens; suppresses follow-on errors, as HCL does. */
  recovery = false;
  private index = 0;
  private readonly newlines: boolean[] = [true];

  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token {
    return this.tokenAt(this.nextIndex());
  }

  read(): Token {
    const i = this.nextIndex();
    this.index = i < this.tokens.length ? i + 1 : this.tokens.length;
    return this.tokenAt(i);
  }

  nextRange(): Range {
    return this.peek().range;
  }

  prevRange(): Range {
    if (this.index === 0) return this.nextRange();
    return this.tokens[this.index - 1].range;
  }

  pushNewlines(include: boolean): void {
    this.newlines.push(include);
  }

  popNewlines(): void {
    this.newlines.pop();
  }

  /** The index of the next significant token; tokens.length (meaning EOF) when none is left. */
  private nextIndex(): number {
    const include = this.newlines[this.newlines.length - 1];
    const { tokens } = this;
    for (let i = this.index; i < tokens.length; i++) {
      const tok = tokens[i];
      if (tok.type === 'Comment') {
        // A line comment ends its line: where newlines matter, it stands for the newline it swallowed.
        if (include && tok.text.endsWith('\n')) return i;
        continue;
      }
      if (tok.type === 'Newline' && !include) continue;
      return i;
    }
    return tokens.length;
  }

  private tokenAt(i: number): Token {
    if (i >= this.tokens.length) return this.tokens[this.tokens.length - 1];
    const tok = this.tokens[i];
    return tok.type === 'Comment' ? { type: 'Newline', text: '\n', range: tok.range } : tok;
  }

  /** Skips to the token `end` that closes the current bracket (counting nesting) and returns it, or EOF. */
  recover(end: TokenType): Token {
    const start = opposite(end);
    this.recovery = true;
    let nest = 0;
    for (;;) {
      const tok = this.read();
      const type = end === 'TemplateSeqEnd' && tok.type === 'TemplateControl' ? 'TemplateInterp' : tok.type;
      if (type === start) nest++;
      else if (type === end) {
        if (nest < 1) return tok;
        nest--;
      } else if (type === 'EOF') return tok;
    }
  }

  /** Skips to the next `start` bracket, then past its closing partner. */
  recoverOver(start: TokenType): void {
    for (;;) {
      const tok = this.read();
      if (tok.type === start || tok.type === 'EOF') break;
    }
    this.recover(opposite(start) ?? 'EOF');
  }

  /** Skips to the newline that ends the current body item, outside of any brackets. */
  recoverAfterBodyItem(): void {
    this.recovery = true;
    const open: TokenType[] = [];
    for (;;) {
      const tok = this.read();
      switch (tok.type) {
        case 'Newline':
          if (open.length === 0) return;
          break;
        case 'EOF':
          return;
        case 'OBrace':
        case 'OBrack':
        case 'OParen':
        case 'OQuote':
        case 'OHeredoc':
        case 'TemplateInterp':
        case 'TemplateControl':
          open.push(tok.type);
          break;
        case 'CBrace':
        case 'CBrack':
        case 'CParen':
        case 'CQuote':
        case 'CHeredoc': {
          const opener = opposite(tok.type);
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          open.pop();
          break;
        }
        case 'TemplateSeqEnd':
          while (open.length > 0 && open[open.length - 1] !== 'TemplateInterp' && open[open.length - 1] !== 'TemplateControl') {
            open.pop();
          }
          open.pop();
          break;
        default:
          break;
      }
    }
  }
}

export function isKeyword(tok: Token, word: string): boolean {
  return tok.type === 'Ident' && tok.text === word;
}

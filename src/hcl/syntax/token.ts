// Tokens of HCL native syntax, named as hclsyntax names them.
import type { Range } from '../diagnostics.js';

export type TokenType =
  | 'OBrace'
  | 'CBrace'
  | 'OBrack'
  | 'CBrack'
  | 'OParen'
  | 'CParen'
  | 'OQuote'
  | 'CQuote'
  | 'OHeredoc'
  | 'CHeredoc'
  | 'Star'
  | 'Slash'
  | 'Plus'
  | 'Minus'
  | 'Percent'
  | 'Equal'
  | 'EqualOp'
  | 'NotEqual'
  | 'LessThan'
  | 'LessThanEq'
  | 'GreaterThan'
  | 'GreaterThanEq'
  | 'And'
  | 'Or'
  | 'Bang'
  | 'Dot'
  | 'Comma'
  | 'DoubleColon'
  | 'Ellipsis'
  | 'FatArrow'
  | 'Question'
  | 'Colon'
  | 'TemplateInterp'
  | 'TemplateControl'
  | 'TemplateSeqEnd'
  | 'QuotedLit'
  | 'StringLit'
  | 'NumberLit'
  | 'Ident'
  | 'Comment'
  | 'Newline'
  | 'EOF'
  | 'BitwiseAnd'
  | 'BitwiseOr'
  | 'BitwiseNot'
  | 'BitwiseXor'
  | 'Apostrophe'
  | 'Backtick'
  | 'Semicolon'
  | 'Invalid'
  | 'QuotedNewline';

export interface Token {
  type: TokenType;
  text: string;
  range: Range;
}

export const selfTokens: Record<string, TokenType> = {
  '[': 'OBrack',
  ']': 'CBrack',
  '(': 'OParen',
  ')': 'CParen',
  '.': 'Dot',
  ',': 'Comma',
  '*': 'Star',
  '/': 'Slash',
  '%': 'Percent',
  '+': 'Plus',
  '-': 'Minus',
  '=': 'Equal',
  '<': 'LessThan',
  '>': 'GreaterThan',
  '!': 'Bang',
  '?': 'Question',
  ':': 'Colon',
  '&': 'BitwiseAnd',
  '|': 'BitwiseOr',
  '~': 'BitwiseNot',
  '^': 'BitwiseXor',
  ';': 'Semicolon',
  '`': 'Backtick',
  "'": 'Apostrophe',
};

export const pairTokens: Record<string, TokenType> = {
  '==': 'EqualOp',
  '!=': 'NotEqual',
  '>=': 'GreaterThanEq',
  '<=': 'LessThanEq',
  '&&': 'And',
  '||': 'Or',
  '::': 'DoubleColon',
  '=>': 'FatArrow',
};

/** The other end of a bracketing token (`TemplateSeqEnd` pairs with both template openers). */
export function opposite(type: TokenType): TokenType | undefined {
  switch (type) {
    case 'OBrace':
      return 'CBrace';
    case 'OBrack':
      return 'CBrack';
    case 'OParen':
      return 'CParen';
    case 'OQuote':
      return 'CQuote';
    case 'OHeredoc':
      return 'CHeredoc';
    case 'CBrace':
      return 'OBrace';
    case 'CBrack':
      return 'OBrack';
    case 'CParen':
      return 'OParen';
    case 'CQuote':
      return 'OQuote';
    case 'CHeredoc':
      return 'OHeredoc';
    case 'TemplateControl':
    case 'TemplateInterp':
      return 'TemplateSeqEnd';
    case 'TemplateSeqEnd':
      return 'TemplateInterp';
    default:
      return undefined;
  }
}

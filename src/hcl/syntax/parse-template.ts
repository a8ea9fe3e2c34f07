// Templates (hclsyntax/parser_template.go): the token stream between the quotes or heredoc markers becomes a list
// of parts (literals, interpolations, directives); `~` strip markers, `<<-` dedent and merging of adjacent literals
// are applied to that list, and then directives are nested into conditionals and for expressions.
import { error, type Diagnostic, type Range } from '../diagnostics.js';
import type { Expression, ForExpr, TemplateExpr } from './expression.js';
import { parseExpression } from './parse-expression.js';
import { isKeyword, type ParserState } from './parser-state.js';
import { endOf, rangeBetween, rangeText, startOf } from '../position.js';
import { nameSuggestion } from '../did-you-mean.js';
import { decodeStringLiteral } from './string-literal.js';
import type { TokenType } from './token.js';
import { V } from '../value/value.js';

type Part =
  | { kind: 'literal'; value: string; range: Range }
  | { kind: 'interp'; expr: Expression; range: Range }
  | { kind: 'if'; cond: Expression; range: Range }
  | { kind: 'for'; keyVar?: string; valVar: string; coll: Expression; range: Range }
  | { kind: 'endCtrl'; name: 'endif' | 'else' | 'endfor'; range: Range }
  | { kind: 'end'; range: Range };

const leadingSpace = /^\s+/u;
const trailingSpace = /\s+$/u;

export interface TemplateInner {
  parts: Expression[];
  /** A lone interpolation: the template evaluates to that expression's own value. */
  passthru: boolean;
  range: Range;
  diags: Diagnostic[];
}

export function parseTemplateInner(p: ParserState, end: TokenType, flush: boolean): TemplateInner {
  const [parts, range, diags] = parseTemplateParts(p, end);
  if (flush) flushHeredoc(parts);
  meldLiterals(parts);
  const tp = new TemplateParser(parts);
  const exprs = tp.parseRoot();
  diags.push(...tp.diags);
  const passthru = parts.length === 2 && parts[0].kind === 'interp';
  return { parts: exprs, passthru, range, diags };
}

function parseTemplateParts(p: ParserState, end: TokenType): [Part[], Range, Diagnostic[]] {
  const parts: Part[] = [];
  const diags: Diagnostic[] = [];
  const startRange = p.nextRange();
  let ltrimNext = false;
  let nextCanTrimPrev = false;
  let endRange = startRange;
  const trimPrev = (text: string, canTrimPrev: boolean): void => {
    const prev = parts[parts.length - 1];
    if (canTrimPrev && text.length === 3 && text[2] === '~' && prev?.kind === 'literal') {
      prev.value = prev.value.replace(trailingSpace, '');
    }
  };
  for (;;) {
    const next = p.read();
    if (next.type === end) {
      endRange = next.range;
      break;
    }
    const ltrim = ltrimNext;
    ltrimNext = false;
    const canTrimPrev = nextCanTrimPrev;
    nextCanTrimPrev = false;
    if (next.type === 'StringLit' || next.type === 'QuotedLit') {
      const decoded = decodeStringLiteral(next.text, next.type === 'QuotedLit', next.range);
      diags.push(...decoded.diags);
      parts.push({ kind: 'literal', value: ltrim ? decoded.value.replace(leadingSpace, '') : decoded.value, range: next.range });
      nextCanTrimPrev = true;
    } else if (next.type === 'TemplateInterp') {
      trimPrev(next.text, canTrimPrev);
      p.pushNewlines(false);
      const [expr, exprDiags] = parseExpression(p);
      diags.push(...exprDiags);
      const close = p.peek();
      if (close.type !== 'TemplateSeqEnd') {
        if (!p.recovery) diags.push(interpCloseError(close.type, end, close.range, startRange));
        p.recover('TemplateSeqEnd');
      } else {
        p.read();
        if (close.text.length === 2 && close.text[0] === '~') ltrimNext = true;
      }
      p.popNewlines();
      parts.push({ kind: 'interp', expr, range: rangeBetween(next.range, close.range) });
    } else if (next.type === 'TemplateControl') {
      trimPrev(next.text, canTrimPrev);
      p.pushNewlines(false);
      const ok = parseDirective(p, next.range, parts, diags);
      if (ok) {
        const close = p.peek();
        if (close.type !== 'TemplateSeqEnd') {
          if (!p.recovery) {
            diags.push(error(`Extra characters in ${ok} marker`, 'Expected a closing brace to end the sequence, but found extra characters.', close.range));
          }
          p.recover('TemplateSeqEnd');
        } else {
          p.read();
          if (close.text.length === 2 && close.text[0] === '~') ltrimNext = true;
        }
      }
      p.popNewlines();
    } else {
      if (!p.recovery) diags.push(error('Unterminated template string', 'No closing marker was found for the string.', next.range));
      endRange = p.recover(end).range;
      break;
    }
  }
  if (parts.length === 0) parts.push({ kind: 'literal', value: '', range: endOf(startRange) });
  parts.push({ kind: 'end', range: endRange });
  return [parts, rangeBetween(startRange, endRange), diags];
}

function interpCloseError(found: TokenType, end: TokenType, at: Range, startRange: Range): Diagnostic {
  if (found === 'EOF') {
    return error(
      'Unclosed template interpolation sequence',
      'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.',
      startRange,
    );
  }
  if (found === 'Colon') {
    return error(
      'Extra characters after interpolation expression',
      'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
      at,
    );
  }
  if ((found === 'CQuote' || found === 'OQuote') && end === 'CQuote') {
    return error(
      'Unclosed template interpolation sequence',
      'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.',
      startRange,
    );
  }
  return error(
    'Extra characters after interpolation expression',
    'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
    at,
  );
}

const directiveKeywords = ['if', 'for', 'else', 'endif', 'endfor'];

/** Parses the inside of `%{ … }` up to its closing brace; returns the keyword, or undefined after recovering. */
function parseDirective(p: ParserState, openRange: Range, parts: Part[], diags: Diagnostic[]): string | undefined {
  const kw = p.peek();
  const bail = (summary: string, detail: string, at: Range): undefined => {
    if (!p.recovery) diags.push(error(summary, detail, at));
    p.recover('TemplateSeqEnd');
    return undefined;
  };
  if (kw.type !== 'Ident') {
    return bail('Invalid template directive', 'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.', kw.range);
  }
  p.read();
  const span = (): Range => rangeBetween(openRange, p.nextRange());
  switch (kw.text) {
    case 'if': {
      const [cond, condDiags] = parseExpression(p);
      diags.push(...condDiags);
      parts.push({ kind: 'if', cond, range: span() });
      return kw.text;
    }
    case 'else':
    case 'endif':
    case 'endfor':
      parts.push({ kind: 'endCtrl', name: kw.text, range: span() });
      return kw.text;
    case 'for': {
      if (p.peek().type !== 'Ident') return bail("Invalid 'for' directive", "For directive requires variable name after 'for'.", p.peek().range);
      let valVar = p.read().text;
      let keyVar: string | undefined;
      if (p.peek().type === 'Comma') {
        keyVar = valVar;
        p.read();
        if (p.peek().type !== 'Ident') {
          return bail("Invalid 'for' directive", 'For directive requires value variable name after comma.', p.peek().range);
        }
        valVar = p.read().text;
      }
      if (!isKeyword(p.peek(), 'in')) return bail("Invalid 'for' directive", "For directive requires 'in' keyword after names.", p.peek().range);
      p.read();
      const [coll, collDiags] = parseExpression(p);
      diags.push(...collDiags);
      parts.push({ kind: 'for', keyVar, valVar, coll, range: span() });
      return kw.text;
    }
    default: {
      const suggestion = nameSuggestion(kw.text, directiveKeywords);
      return bail(
        'Invalid template control keyword',
        `${JSON.stringify(kw.text)} is not a valid template control keyword.${suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''}`,
        kw.range,
      );
    }
  }
}

/** `<<-`: removes the smallest indentation shared by all lines (blank lines do not count). */
function flushHeredoc(parts: Part[]): void {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: Extract<Part, { kind: 'literal' }>[] = [];
  for (const part of parts) {
    if (newline) {
      newline = false;
      let spaces = Number.MAX_SAFE_INTEGER;
      if (part.kind === 'literal') {
        const trimmed = part.value.replace(leadingSpace, '');
        if (!(trimmed.length === 0 && part.value.endsWith('\n'))) {
          spaces = graphemeCount(part.value.slice(0, part.value.length - trimmed.length));
          adjust.push(part);
        }
      } else if (part.kind === 'end') break;
      else spaces = 0;
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (part.kind === 'literal' && part.value.endsWith('\n')) newline = true;
  }
  if (minSpaces === Number.MAX_SAFE_INTEGER) return;
  for (const lit of adjust) {
    const chars = Array.from(lit.value);
    const cut = chars.slice(0, minSpaces).join('');
    lit.value = lit.value.slice(cut.length);
    lit.range = {
      ...lit.range,
      start: { line: lit.range.start.line, column: lit.range.start.column + minSpaces, offset: lit.range.start.offset + cut.length },
    };
  }
}

function graphemeCount(s: string): number {
  return Array.from(s).length;
}

function meldLiterals(parts: Part[]): void {
  let i = 1;
  while (i < parts.length) {
    const prev = parts[i - 1];
    const cur = parts[i];
    if (prev.kind === 'literal' && cur.kind === 'literal') {
      prev.value += cur.value;
      prev.range = { ...prev.range, end: cur.range.end };
      parts.splice(i, 1);
    } else i++;
  }
}

function emptyString(range: Range): Expression {
  return { kind: 'literal', value: V.string(''), range };
}

function placeholder(range: Range): Expression {
  return { kind: 'literal', value: V.unknown(), range };
}

function templateOf(parts: Expression[]): TemplateExpr {
  return { kind: 'template', parts, range: rangeBetween(parts[0].range, parts[parts.length - 1].range) };
}

/** Nests the flat list of parts into conditionals (`%{if}`) and joined for expressions (`%{for}`). */
class TemplateParser {
  readonly diags: Diagnostic[] = [];
  private pos = 0;

  constructor(private readonly parts: Part[]) {}

  private peek(): Part {
    return this.parts[this.pos];
  }

  private read(): Part {
    const part = this.parts[this.pos];
    if (part.kind !== 'end') this.pos++;
    return part;
  }

  parseRoot(): Expression[] {
    const exprs: Expression[] = [];
    while (this.peek().kind !== 'end') exprs.push(this.parseExpr());
    return exprs;
  }

  private parseExpr(): Expression {
    const next = this.peek();
    switch (next.kind) {
      case 'literal':
        this.read();
        return { kind: 'literal', value: V.string(next.value), range: next.range };
      case 'interp':
        this.read();
        return next.expr;
      case 'if':
        return this.parseIf(next);
      case 'for':
        return this.parseFor(next);
      case 'end':
        this.read();
        this.diags.push(error('Unexpected end of template', 'The control directives within this template are unbalanced.', next.range));
        return placeholder(next.range);
      case 'endCtrl':
        this.read();
        this.diags.push(error(`Unexpected ${next.name} directive`, 'The control directives within this template are unbalanced.', next.range));
        return placeholder(next.range);
    }
  }

  private parseIf(open: Extract<Part, { kind: 'if' }>): Expression {
    this.read();
    const ifExprs: Expression[] = [];
    const elseExprs: Expression[] = [];
    let current = ifExprs;
    let endifRange: Range;
    for (;;) {
      const next = this.peek();
      if (next.kind === 'end') {
        this.diags.push(
          error('Unexpected end of template', `The if directive at ${rangeText(open.range)} is missing its corresponding endif directive.`, next.range),
        );
        return placeholder(next.range);
      }
      if (next.kind === 'endCtrl') {
        this.read();
        if (next.name === 'else' && current === ifExprs) {
          current = elseExprs;
          continue;
        }
        if (next.name === 'endif') {
          endifRange = next.range;
          break;
        }
        this.diags.push(
          next.name === 'else'
            ? error('Unexpected else directive', `Already in the else clause for the if started at ${rangeText(open.range)}.`, next.range)
            : error(`Unexpected ${next.name} directive`, `Expecting an endif directive for the if started at ${rangeText(open.range)}.`, next.range),
        );
        return placeholder(next.range);
      }
      current.push(this.parseExpr());
    }
    if (ifExprs.length === 0) ifExprs.push(emptyString(endOf(open.range)));
    if (elseExprs.length === 0) elseExprs.push(emptyString(startOf(endifRange)));
    return {
      kind: 'conditional',
      condition: open.cond,
      trueResult: templateOf(ifExprs),
      falseResult: templateOf(elseExprs),
      range: rangeBetween(open.range, endifRange),
    };
  }

  private parseFor(open: Extract<Part, { kind: 'for' }>): Expression {
    this.read();
    const content: Expression[] = [];
    let endforRange: Range;
    for (;;) {
      const next = this.peek();
      if (next.kind === 'end') {
        this.diags.push(
          error('Unexpected end of template', `The for directive at ${rangeText(open.range)} is missing its corresponding endfor directive.`, next.range),
        );
        return placeholder(next.range);
      }
      if (next.kind === 'endCtrl') {
        this.read();
        if (next.name === 'endfor') {
          endforRange = next.range;
          break;
        }
        this.diags.push(
          next.name === 'else'
            ? error('Unexpected else directive', 'An else clause is not expected for a for directive.', next.range)
            : error(
                `Unexpected ${next.name} directive`,
                `Expecting an endfor directive corresponding to the for directive at ${rangeText(open.range)}.`,
                next.range,
              ),
        );
        return placeholder(next.range);
      }
      content.push(this.parseExpr());
    }
    if (content.length === 0) content.push(emptyString(endOf(open.range)));
    const tuple: ForExpr = {
      kind: 'for',
      keyVar: open.keyVar,
      valVar: open.valVar,
      collection: open.coll,
      valueExpr: templateOf(content),
      group: false,
      openRange: open.range,
      closeRange: endforRange,
      range: rangeBetween(open.range, endforRange),
    };
    return { kind: 'templateJoin', tuple, range: tuple.range };
  }
}

// The structure half of HCL native syntax (hclsyntax/parser.go): bodies of attributes and blocks, with HCL's
// newline rules, one-line blocks and error wording. Never throws: problems come back as diagnostics.
import type { Attribute, Block, Body, File } from './ast.js';
import { error, hasErrors, type Diagnostic, type Pos, type Range } from '../diagnostics.js';
import type { Expression } from './expression.js';
import { checkInvalidTokens, scanTokens } from './lexer.js';
import { exhaustedAt, parseExpression } from './parse-expression.js';
import { parseTemplateInner } from './parse-template.js';
import { ParserState, type Parsed } from './parser-state.js';
import { rangeBetween } from '../position.js';
import { decodeStringLiteral } from './string-literal.js';
import type { Token, TokenType } from './token.js';
import { V } from '../value/value.js';

const argumentRequired = 'An argument or block definition is required here.';
const argumentRequiredUseEquals = `${argumentRequired} To set an argument, use the equals sign "=" to introduce the argument value.`;
const unclosedBlock =
  'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';

function rangeString(r: Range): string {
  const end = r.start.line === r.end.line ? `${r.end.column}` : `${r.end.line},${r.end.column}`;
  return `${r.file}:${r.start.line},${r.start.column}-${end}`;
}

function parseBody(p: ParserState, end: TokenType): Parsed<Body> {
  const items: Body['items'] = [];
  const attrs = new Map<string, Attribute>();
  const diags: Diagnostic[] = [];
  const startRange = p.prevRange();
  let endRange: Range;
  for (;;) {
    const next = p.peek();
    if (next.type === end) {
      endRange = p.nextRange();
      p.read();
      break;
    }
    if (next.type === 'Newline') {
      p.read();
      continue;
    }
    if (next.type === 'Ident') {
      // A top-level item starts on a fresh line, so its errors are worth reporting even after an earlier recovery.
      if (end === 'EOF') p.recovery = false;
      const [item, itemDiags] = parseBodyItem(p);
      diags.push(...itemDiags);
      if (item?.kind === 'block') items.push(item);
      else if (item?.kind === 'attribute') {
        const existing = attrs.get(item.name);
        if (existing) {
          diags.push(
            error(
              'Attribute redefined',
              `The argument ${JSON.stringify(item.name)} was already set at ${rangeString(existing.nameRange)}. Each argument may be set only once.`,
              item.nameRange,
            ),
          );
        } else {
          attrs.set(item.name, item);
          items.push(item);
        }
      }
      continue;
    }
    const bad = p.read();
    if (!p.recovery) {
      if (bad.type === 'OQuote') diags.push(error('Invalid argument name', 'Argument names must not be quoted.', bad.range));
      else if (bad.type === 'EOF') {
        diags.push(
          end === 'CBrace'
            ? error('Unclosed configuration block', unclosedBlock, startRange)
            : error('Unclosed configuration body', 'Found end of file before the end of this configuration body.', startRange),
        );
      } else diags.push(error('Argument or block definition required', argumentRequired, bad.range));
    }
    endRange = p.prevRange();
    if (end === 'EOF' && bad.type !== 'EOF') {
      // At the top level, skip only the offending line so that later problems are reported too.
      p.recoverAfterBodyItem();
      continue;
    }
    p.recover(end);
    break;
  }
  return [{ items, range: rangeBetween(startRange, endRange) }, diags];
}

function parseBodyItem(p: ParserState): Parsed<Attribute | Block | undefined> {
  const ident = p.read();
  const next = p.peek();
  if (next.type === 'Equal') return finishParsingBodyAttribute(p, ident, false);
  if (next.type === 'OQuote' || next.type === 'OBrace' || next.type === 'Ident') return finishParsingBodyBlock(p, ident);
  p.recoverAfterBodyItem();
  return [undefined, [error('Argument or block definition required', argumentRequiredUseEquals, ident.range)]];
}

function parseSingleAttrBody(p: ParserState): Parsed<Body | undefined> {
  const ident = p.read();
  if (ident.type !== 'Ident') {
    p.recoverAfterBodyItem();
    return [undefined, [error('Argument or block definition required', argumentRequired, ident.range)]];
  }
  const next = p.peek();
  if (next.type === 'Equal') {
    const [attr, diags] = finishParsingBodyAttribute(p, ident, true);
    return [{ items: [attr], range: attr.range }, diags];
  }
  p.recoverAfterBodyItem();
  if (next.type === 'OQuote' || next.type === 'OBrace' || next.type === 'Ident') {
    return [
      undefined,
      [
        error(
          'Argument definition required',
          `A single-line block definition can contain only a single argument. If you meant to define argument ${JSON.stringify(ident.text)}, use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
          rangeBetween(ident.range, next.range),
        ),
      ],
    ];
  }
  return [undefined, [error('Argument or block definition required', argumentRequiredUseEquals, ident.range)]];
}

function finishParsingBodyAttribute(p: ParserState, ident: Token, singleLine: boolean): Parsed<Attribute> {
  p.read();
  let endRange: Range;
  const [expr, diags] = parseExpression(p);
  if (p.recovery && hasErrors(diags)) {
    endRange = p.prevRange();
    p.recoverAfterBodyItem();
  } else {
    endRange = p.prevRange();
    if (!singleLine) {
      const end = p.peek();
      if (end.type !== 'Newline' && end.type !== 'EOF') {
        if (!p.recovery) {
          diags.push(
            end.type === 'Comma'
              ? error(
                  'Unexpected comma after argument',
                  'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
                  end.range,
                )
              : error('Missing newline after argument', 'An argument definition must end with a newline.', end.range),
          );
        }
        endRange = p.prevRange();
        p.recoverAfterBodyItem();
      } else p.read();
    }
  }
  const attr: Attribute = { kind: 'attribute', name: ident.text, nameRange: ident.range, expr, range: rangeBetween(ident.range, endRange) };
  return [attr, diags];
}

function parseQuotedLabel(p: ParserState): [string, Range, Diagnostic[]] {
  const oQuote = p.read();
  const diags: Diagnostic[] = [];
  let value = '';
  let endRange: Range;
  for (;;) {
    const tok = p.read();
    if (tok.type === 'CQuote') {
      endRange = tok.range;
      break;
    }
    if (tok.type === 'QuotedLit') {
      const decoded = decodeStringLiteral(tok.text, true, tok.range);
      diags.push(...decoded.diags);
      value += decoded.value;
      continue;
    }
    if (tok.type === 'TemplateInterp' || tok.type === 'TemplateControl') {
      const which = tok.type === 'TemplateControl' ? '%' : '$';
      diags.push(
        error(
          'Invalid string literal',
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
          tok.range,
        ),
      );
      value += `${which}{ ... }`;
      p.recover('TemplateSeqEnd');
      continue;
    }
    if (tok.type === 'EOF') {
      diags.push(error('Unterminated string literal', 'Unable to find the closing quote mark before the end of the file.', tok.range));
      endRange = tok.range;
      break;
    }
    diags.push(error('Invalid string literal', 'This item is not valid in a string literal.', tok.range));
    p.recover('CQuote');
    endRange = tok.range;
    break;
  }
  return [value, rangeBetween(oQuote.range, endRange), diags];
}

function finishParsingBodyBlock(p: ParserState, ident: Token): Parsed<Block> {
  const diags: Diagnostic[] = [];
  const labels: string[] = [];
  const labelRanges: Range[] = [];
  let oBrace: Token | undefined;
  while (!oBrace) {
    const tok = p.peek();
    if (tok.type === 'OBrace') oBrace = p.read();
    else if (tok.type === 'OQuote') {
      const [label, labelRange, labelDiags] = parseQuotedLabel(p);
      diags.push(...labelDiags);
      labels.push(label);
      labelRanges.push(labelRange);
    } else if (tok.type === 'Ident') {
      p.read();
      labels.push(tok.text);
      labelRanges.push(tok.range);
    } else {
      if (tok.type === 'Equal') {
        diags.push(
          error('Invalid block definition', 'The equals sign "=" indicates an argument definition, and must not be used when defining a block.', tok.range),
        );
      } else if (tok.type === 'Newline') {
        diags.push(
          error(
            'Invalid block definition',
            'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
            tok.range,
          ),
        );
      } else if (!p.recovery) {
        diags.push(error('Invalid block definition', 'Either a quoted string block label or an opening brace ("{") is expected here.', tok.range));
      }
      p.recoverAfterBodyItem();
      const body: Body = { items: [], range: ident.range };
      return [{ kind: 'block', type: ident.text, typeRange: ident.range, labels, labelRanges, body, range: ident.range, openBraceRange: ident.range }, diags];
    }
  }
  let body: Body | undefined;
  let bodyDiags: Diagnostic[];
  const first = p.peek().type;
  if (first === 'Newline' || first === 'EOF' || first === 'CBrace') {
    [body, bodyDiags] = parseBody(p, 'CBrace');
  } else {
    [body, bodyDiags] = parseSingleAttrBody(p);
    const after = p.peek();
    if (after.type === 'CBrace') p.read();
    else {
      if (after.type === 'Comma') {
        diags.push(
          error(
            'Invalid single-argument block definition',
            'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
            after.range,
          ),
        );
      } else if (after.type === 'Newline') {
        diags.push(
          error(
            'Invalid single-argument block definition',
            "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
            after.range,
          ),
        );
      } else if (!p.recovery) {
        diags.push(
          after.type === 'EOF'
            ? error('Unclosed configuration block', unclosedBlock, oBrace.range)
            : error(
                'Invalid single-argument block definition',
                'A single-line block definition must end with a closing brace immediately after its single argument definition.',
                after.range,
              ),
        );
      }
      p.recover('CBrace');
    }
  }
  diags.push(...bodyDiags);
  const cBraceRange = p.prevRange();
  const eol = p.peek();
  if (eol.type === 'Newline' || eol.type === 'EOF') p.read();
  else {
    if (!p.recovery) diags.push(error('Missing newline after block definition', 'A block definition must end with a newline.', eol.range));
    p.recoverAfterBodyItem();
  }
  return [
    {
      kind: 'block',
      type: ident.text,
      typeRange: ident.range,
      labels,
      labelRanges,
      body: body ?? { items: [], range: rangeBetween(oBrace.range, cBraceRange) },
      range: rangeBetween(ident.range, cBraceRange),
      openBraceRange: oBrace.range,
    },
    diags,
  ];
}

function fileStart(filename: string): Range {
  const start = { line: 1, column: 1, offset: 0 };
  return { file: filename, start, end: start };
}

/** A diagnostic for input nested beyond what recursive descent can follow (the stack ran out). */
function tooDeep(filename: string, e: unknown): Diagnostic {
  if (!(e instanceof RangeError)) throw e;
  return error(
    'Configuration too deeply nested',
    'The brackets, braces or templates in this file nest too deeply to be parsed.',
    exhaustedAt.get(e) ?? fileStart(filename),
  );
}

/** Parses a whole file of HCL native syntax. Diagnostics list lexical problems first, then syntax errors. */
export function parseFile(text: string, filename: string): { file: File; diagnostics: Diagnostic[] } {
  try {
    return parseFileUnguarded(text, filename);
  } catch (e: unknown) {
    return { file: { name: filename, text, body: { items: [], range: fileStart(filename) } }, diagnostics: [tooDeep(filename, e)] };
  }
}

function parseFileUnguarded(text: string, filename: string): { file: File; diagnostics: Diagnostic[] } {
  const tokens = scanTokens(text, filename);
  const diagnostics = checkInvalidTokens(tokens);
  const p = new ParserState(tokens);
  const [body, bodyDiags] = parseBody(p, 'EOF');
  diagnostics.push(...bodyDiags);
  return { file: { name: filename, text, body }, diagnostics };
}

/** Parses a standalone expression (e.g. a `-var` value or a console line). */
export function parseExpressionText(text: string, filename: string, origin?: Pos): { expr: Expression; diagnostics: Diagnostic[] } {
  try {
    return parseExpressionUnguarded(text, filename, origin);
  } catch (e: unknown) {
    return { expr: { kind: 'literal', value: V.unknown(), range: fileStart(filename) }, diagnostics: [tooDeep(filename, e)] };
  }
}

function parseExpressionUnguarded(text: string, filename: string, origin?: Pos): { expr: Expression; diagnostics: Diagnostic[] } {
  const tokens = scanTokens(text, filename, 'normal', origin);
  const diagnostics = checkInvalidTokens(tokens);
  const p = new ParserState(tokens);
  p.pushNewlines(false);
  const [expr, diags] = parseExpression(p);
  diagnostics.push(...diags);
  const next = p.peek();
  if (next.type !== 'EOF' && !p.recovery) {
    diagnostics.push(
      error('Extra characters after expression', 'An expression was successfully parsed, but extra characters were found after it.', next.range),
    );
  }
  p.popNewlines();
  return { expr, diagnostics };
}

/** Parses a standalone template (the contents of a file given to templatefile, or of a JSON string). */
export function parseTemplateText(text: string, filename: string, origin?: Pos): { expr: Expression; diagnostics: Diagnostic[] } {
  try {
    return parseTemplateUnguarded(text, filename, origin);
  } catch (e: unknown) {
    return { expr: { kind: 'literal', value: V.unknown(), range: fileStart(filename) }, diagnostics: [tooDeep(filename, e)] };
  }
}

function parseTemplateUnguarded(text: string, filename: string, origin?: Pos): { expr: Expression; diagnostics: Diagnostic[] } {
  const tokens = scanTokens(text, filename, 'template', origin);
  const diagnostics = checkInvalidTokens(tokens);
  const p = new ParserState(tokens);
  const inner = parseTemplateInner(p, 'EOF', false);
  diagnostics.push(...inner.diags);
  const expr: Expression = inner.passthru
    ? { kind: 'templateWrap', wrapped: inner.parts[0], range: inner.range }
    : { kind: 'template', parts: inner.parts, range: inner.range };
  return { expr, diagnostics };
}

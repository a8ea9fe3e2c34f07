// Recursive-descent parsing of HCL expressions (hclsyntax/parser.go's expression half): conditional, six binary
// precedence levels, unary operators, terms and their traversal/index/splat suffixes, calls, tuples, objects, for.
import { error, hasErrors, type Diagnostic, type Range } from '../diagnostics.js';
import type { AnonSymbolExpr, BinaryOperator, Expression, ForExpr, ObjectConsItem, Traverser } from './expression.js';
import { isKeyword, type Parsed, type ParserState } from './parser-state.js';
import { parseTemplateInner } from './parse-template.js';
import { rangeBetween } from '../position.js';
import type { Token, TokenType } from './token.js';
import { parseNumberValue } from '../value/number.js';
import { V, type Value } from '../value/value.js';

const binaryLevels: Partial<Record<TokenType, BinaryOperator>>[] = [
  { Or: '||' },
  { And: '&&' },
  { EqualOp: '==', NotEqual: '!=' },
  { GreaterThan: '>', GreaterThanEq: '>=', LessThan: '<', LessThanEq: '<=' },
  { Plus: '+', Minus: '-' },
  { Star: '*', Slash: '/', Percent: '%' },
];

function placeholder(range: Range): Expression {
  return { kind: 'literal', value: V.unknown(), range };
}

/** Where parsing was when the stack ran out (the innermost expression), for the "too deeply nested" diagnostic. */
export const exhaustedAt = new WeakMap<object, Range>();

export function parseExpression(p: ParserState): Parsed<Expression> {
  try {
    return parseConditional(p);
  } catch (e: unknown) {
    if (e instanceof RangeError && !exhaustedAt.has(e)) exhaustedAt.set(e, p.nextRange());
    throw e;
  }
}

function parseConditional(p: ParserState): Parsed<Expression> {
  const startRange = p.nextRange();
  const first = parseBinaryOps(p, 0);
  const [cond, condDiags] = first;
  if (p.recovery && hasErrors(condDiags)) return first;
  if (p.peek().type !== 'Question') return first;
  const diags = [...condDiags];
  p.read();
  const [trueResult, trueDiags] = parseExpression(p);
  diags.push(...trueDiags);
  if (p.recovery && hasErrors(trueDiags)) return [cond, diags];
  const colon = p.peek();
  if (colon.type !== 'Colon') {
    diags.push(
      error(
        'Missing false expression in conditional',
        'The conditional operator (...?...:...) requires a false expression, delimited by a colon.',
        colon.range,
      ),
    );
    return [cond, diags];
  }
  p.read();
  const [falseResult, falseDiags] = parseExpression(p);
  diags.push(...falseDiags);
  if (p.recovery && hasErrors(falseDiags)) return [cond, diags];
  return [{ kind: 'conditional', condition: cond, trueResult, falseResult, range: rangeBetween(startRange, falseResult.range) }, diags];
}

function parseBinaryOps(p: ParserState, level: number): Parsed<Expression> {
  if (level === binaryLevels.length) return parseExpressionWithTraversals(p);
  const ops = binaryLevels[level];
  const first = parseBinaryOps(p, level + 1);
  if (p.recovery && hasErrors(first[1])) return first;
  if (ops[p.peek().type] === undefined) return first;
  let [lhs] = first;
  const diags = [...first[1]];
  for (;;) {
    const op = ops[p.peek().type];
    if (op === undefined) break;
    p.read();
    const [rhs, rhsDiags] = parseBinaryOps(p, level + 1);
    diags.push(...rhsDiags);
    if (p.recovery && hasErrors(rhsDiags)) return [lhs, diags];
    lhs = { kind: 'binaryOp', op, lhs, rhs, range: rangeBetween(lhs.range, rhs.range) };
  }
  return [lhs, diags];
}

function parseExpressionWithTraversals(p: ParserState): Parsed<Expression> {
  const first = parseExpressionTerm(p);
  const next = p.peek().type;
  if (next !== 'Dot' && next !== 'OBrack') return first;
  const [ret, more] = parseExpressionTraversals(p, first[0]);
  return [ret, [...first[1], ...more]];
}

/** Traversals this parser made and nothing else holds yet: a long `.a.a.a` chain grows in place, in linear time. */
const growing = new WeakSet<Expression>();

function appendStep(expr: Expression, step: Traverser): Expression {
  if ((expr.kind === 'scopeTraversal' || expr.kind === 'relativeTraversal') && growing.has(expr)) {
    expr.steps.push(step);
    expr.range = rangeBetween(expr.range, step.range);
    return expr;
  }
  const grown: Expression =
    expr.kind === 'scopeTraversal' || expr.kind === 'relativeTraversal'
      ? { ...expr, steps: [...expr.steps, step], range: rangeBetween(expr.range, step.range) }
      : { kind: 'relativeTraversal', source: expr, steps: [step], range: rangeBetween(expr.range, step.range) };
  growing.add(grown);
  return grown;
}

function numberLitValue(tok: Token): Parsed<Value> {
  const n = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(tok.text) ? parseNumberValue(tok.text) : undefined;
  if (n !== undefined) return [n, []];
  return [V.unknown({ kind: 'number' }), [error('Invalid number literal', 'Failed to recognize the value of this number literal.', tok.range)]];
}

function numberLiteral(tok: Token): Parsed<Expression> {
  const [n, diags] = numberLitValue(tok);
  return [{ kind: 'literal', value: n, range: tok.range }, diags];
}

/** `.0` and `.0.1` (legacy index steps); the second form is an error HCL explains. */
function legacyIndexStep(p: ParserState, dot: Token, num: Token, diags: Diagnostic[], inSplat: boolean, subject: Range): Traverser {
  const range = rangeBetween(dot.range, num.range);
  const dotAt = num.text.indexOf('.');
  if (dotAt >= 0) {
    const [first, second] = [num.text.slice(0, dotAt), num.text.slice(dotAt + 1)];
    const how = inSplat ? 'proper index syntax with a full splat expression [*] instead' : 'proper index syntax instead';
    diags.push(
      error(
        'Invalid legacy index syntax',
        `When using the legacy index syntax, chaining two indexes together is not permitted. Use the ${how}, like [${first}][${second}].`,
        subject,
      ),
    );
    return { kind: 'index', key: V.unknown(), range };
  }
  const [n, numDiags] = numberLitValue(num);
  diags.push(...numDiags);
  return { kind: 'index', key: n, range };
}

function parseExpressionTraversals(p: ParserState, from: Expression): Parsed<Expression> {
  const diags: Diagnostic[] = [];
  let ret = from;
  for (;;) {
    const next = p.peek();
    if (next.type === 'Dot') {
      const dot = p.read();
      const attrTok = p.peek();
      if (attrTok.type === 'Ident') {
        p.read();
        ret = appendStep(ret, { kind: 'attr', name: attrTok.text, range: rangeBetween(dot.range, attrTok.range) });
      } else if (attrTok.type === 'NumberLit') {
        p.read();
        ret = appendStep(ret, legacyIndexStep(p, dot, attrTok, diags, false, attrTok.range));
      } else if (attrTok.type === 'Star') {
        ret = parseAttrSplat(p, ret, from, dot, diags);
      } else {
        diags.push(error('Invalid attribute name', 'An attribute name is required after a dot.', attrTok.range));
        ret = placeholder(rangeBetween(from.range, dot.range));
        p.recovery = true;
      }
    } else if (next.type === 'OBrack') {
      const open = p.read();
      if (p.peek().type === 'Star') {
        p.read();
        let close = p.read();
        if (close.type !== 'CBrack' && !p.recovery) {
          // HCL reports this at the token recovery stops at (its diagnostic aliases the reassigned token).
          close = p.recover('CBrack');
          diags.push(
            error(
              'Missing close bracket on splat index',
              'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
              close.range,
            ),
          );
        }
        const item: AnonSymbolExpr = { kind: 'anonSymbol', range: rangeBetween(open.range, close.range) };
        const [each, eachDiags] = parseExpressionTraversals(p, item);
        diags.push(...eachDiags);
        ret = {
          kind: 'splat',
          source: ret,
          each,
          item,
          markerRange: item.range,
          range: rangeBetween(from.range, each.range),
        };
      } else {
        p.pushNewlines(false);
        const [key, keyDiags] = parseExpression(p);
        diags.push(...keyDiags);
        let close: Token;
        if (p.recovery && hasErrors(keyDiags)) close = p.recover('CBrack');
        else {
          close = p.read();
          if (close.type !== 'CBrack' && !p.recovery) {
            close = p.recover('CBrack');
            diags.push(error('Missing close bracket on index', 'The index operator must end with a closing bracket ("]").', close.range));
          }
        }
        p.popNewlines();
        const bracketRange = rangeBetween(open.range, close.range);
        const literalKey = key.kind === 'literal' ? key : key.kind === 'template' ? literalTemplate(key.parts) : undefined;
        if (literalKey) ret = appendStep(ret, { kind: 'index', key: literalKey.value, range: bracketRange });
        else ret = { kind: 'index', collection: ret, key, openRange: open.range, bracketRange, range: rangeBetween(from.range, bracketRange) };
      }
    } else break;
  }
  return [ret, diags];
}

function literalTemplate(parts: Expression[]): { value: ReturnType<typeof V.string> } | undefined {
  if (parts.length === 0) return { value: V.string('') };
  if (parts.length !== 1) return undefined;
  const [only] = parts;
  if (only.kind === 'literal' && only.value.kind === 'string') return { value: only.value };
  return undefined;
}

/** `.*` followed by attribute (and legacy index) steps applied to each element. */
function parseAttrSplat(p: ParserState, ret: Expression, from: Expression, dot: Token, diags: Diagnostic[]): Expression {
  const marker = p.read();
  const steps: Traverser[] = [];
  const firstRange = p.nextRange();
  let lastRange = marker.range;
  while (p.peek().type === 'Dot') {
    const stepDot = p.read();
    const tok = p.peek();
    if (tok.type === 'NumberLit') {
      p.read();
      steps.push(legacyIndexStep(p, stepDot, tok, diags, true, marker.range));
      lastRange = tok.range;
      continue;
    }
    if (tok.type !== 'Ident') {
      if (!p.recovery) {
        if (tok.type === 'Star') {
          diags.push(
            error('Nested splat expression not allowed', 'A splat expression (*) cannot be used inside another attribute-only splat expression.', tok.range),
          );
        } else diags.push(error('Invalid attribute name', 'An attribute name is required after a dot.', marker.range));
      }
      p.recovery = true;
      break;
    }
    p.read();
    steps.push({ kind: 'attr', name: tok.text, range: rangeBetween(stepDot.range, tok.range) });
    lastRange = tok.range;
  }
  const item: AnonSymbolExpr = { kind: 'anonSymbol', range: rangeBetween(dot.range, marker.range) };
  const each: Expression = steps.length === 0 ? item : { kind: 'relativeTraversal', source: item, steps, range: rangeBetween(firstRange, lastRange) };
  return { kind: 'splat', source: ret, each, item, markerRange: item.range, range: rangeBetween(from.range, lastRange) };
}

function parseExpressionTerm(p: ParserState): Parsed<Expression> {
  const start = p.peek();
  switch (start.type) {
    case 'OParen': {
      const oParen = p.read();
      p.pushNewlines(false);
      const [expr, diags] = parseExpression(p);
      if (hasErrors(diags)) {
        p.recover('CParen');
        p.popNewlines();
        return [expr, diags];
      }
      const close = p.peek();
      if (close.type !== 'CParen') {
        diags.push(error('Unbalanced parentheses', 'Expected a closing parenthesis to terminate the expression.', close.range));
        p.recovery = true;
      }
      const cParen = p.read();
      p.popNewlines();
      return [{ kind: 'parentheses', expr, range: rangeBetween(oParen.range, cParen.range) }, diags];
    }
    case 'NumberLit':
      return numberLiteral(p.read());
    case 'Ident': {
      const tok = p.read();
      const after = p.peek().type;
      if (after === 'OParen' || after === 'DoubleColon') return finishParsingFunctionCall(p, tok);
      if (tok.text === 'true' || tok.text === 'false') {
        return [{ kind: 'literal', value: V.bool(tok.text === 'true'), range: tok.range }, []];
      }
      if (tok.text === 'null') return [{ kind: 'literal', value: V.null(), range: tok.range }, []];
      return [{ kind: 'scopeTraversal', root: tok.text, rootRange: tok.range, steps: [], range: tok.range }, []];
    }
    case 'OQuote':
    case 'OHeredoc': {
      const open = p.read();
      const closer: TokenType = open.type === 'OQuote' ? 'CQuote' : 'CHeredoc';
      const flush = open.type === 'OHeredoc' && open.text.startsWith('<<-');
      const { parts, passthru, diags } = parseTemplateInner(p, closer, flush);
      const range = rangeBetween(open.range, p.prevRange());
      if (passthru) return [{ kind: 'templateWrap', wrapped: parts[0], range }, diags];
      return [{ kind: 'template', parts, range }, diags];
    }
    case 'Minus':
    case 'Bang': {
      const tok = p.read();
      const [operand, diags] = parseExpressionWithTraversals(p);
      const op = tok.type === 'Minus' ? '-' : '!';
      return [{ kind: 'unaryOp', op, operand, symbolRange: tok.range, range: rangeBetween(tok.range, operand.range) }, diags];
    }
    case 'OBrack':
      return parseTupleCons(p);
    case 'OBrace':
      return parseObjectCons(p);
    default: {
      const diags: Diagnostic[] = [];
      if (!p.recovery) {
        diags.push(
          start.type === 'EOF'
            ? error('Missing expression', 'Expected the start of an expression, but found the end of the file.', start.range)
            : error('Invalid expression', 'Expected the start of an expression, but found an invalid expression token.', start.range),
        );
      }
      p.recovery = true;
      return [placeholder(start.range), diags];
    }
  }
}

function finishParsingFunctionCall(p: ParserState, name: Token): Parsed<Expression> {
  const diags: Diagnostic[] = [];
  let openTok = p.read();
  let nameStr = name.text;
  let nameEnd = name.range;
  while (openTok.type === 'DoubleColon') {
    const nextName = p.read();
    if (nextName.type !== 'Ident') {
      diags.push(error('Missing function name', 'Function scope resolution symbol :: must be followed by a function name in this scope.', nextName.range));
      p.recoverOver('OParen');
      return [placeholder(rangeBetween(name.range, nextName.range)), diags];
    }
    nameStr = `${nameStr}::${nextName.text}`;
    nameEnd = nextName.range;
    openTok = p.read();
  }
  const nameRange = rangeBetween(name.range, nameEnd);
  if (openTok.type !== 'OParen') {
    diags.push(error('Missing open parenthesis', 'Function selector must be followed by an open parenthesis to begin the function call.', openTok.range));
    p.recoverOver('OParen');
    return [placeholder(rangeBetween(name.range, openTok.range)), diags];
  }
  const args: Expression[] = [];
  let expandFinal = false;
  let closeTok: Token | undefined;
  p.pushNewlines(false);
  for (;;) {
    if (p.peek().type === 'CParen') {
      closeTok = p.read();
      break;
    }
    const [arg, argDiags] = parseExpression(p);
    args.push(arg);
    diags.push(...argDiags);
    if (p.recovery && hasErrors(argDiags)) {
      const recovered = p.recover('CParen');
      if (recovered.type === 'CParen') closeTok = recovered;
      break;
    }
    const sep = p.read();
    if (sep.type === 'CParen') {
      closeTok = sep;
      break;
    }
    if (sep.type === 'Ellipsis') {
      expandFinal = true;
      if (p.peek().type !== 'CParen') {
        if (!p.recovery) {
          diags.push(
            error('Missing closing parenthesis', 'An expanded function argument (with ...) must be immediately followed by closing parentheses.', sep.range),
          );
        }
        closeTok = p.recover('CParen');
      } else closeTok = p.read();
      break;
    }
    if (sep.type !== 'Comma') {
      if (sep.type === 'EOF') {
        diags.push(
          error(
            'Unterminated function call',
            'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.',
            rangeBetween(name.range, openTok.range),
          ),
        );
      } else {
        diags.push(error('Missing argument separator', 'A comma is required to separate each function argument from the next.', sep.range));
      }
      closeTok = p.recover('CParen');
      break;
    }
    if (p.peek().type === 'CParen') {
      closeTok = p.read();
      break;
    }
  }
  p.popNewlines();
  const closeRange = closeTok?.range ?? p.prevRange();
  return [
    {
      kind: 'functionCall',
      name: nameStr,
      nameRange,
      args,
      expandFinal,
      openParenRange: openTok.range,
      closeParenRange: closeRange,
      range: rangeBetween(name.range, closeRange),
    },
    diags,
  ];
}

function parseTupleCons(p: ParserState): Parsed<Expression> {
  const open = p.read();
  p.pushNewlines(false);
  try {
    if (isKeyword(p.peek(), 'for')) return finishParsingForExpr(p, open);
    const diags: Diagnostic[] = [];
    const items: Expression[] = [];
    let close: Token;
    for (;;) {
      if (p.peek().type === 'CBrack') {
        close = p.read();
        break;
      }
      const [expr, exprDiags] = parseExpression(p);
      items.push(expr);
      diags.push(...exprDiags);
      if (p.recovery && hasErrors(exprDiags)) {
        close = p.recover('CBrack');
        break;
      }
      const next = p.peek();
      if (next.type === 'CBrack') {
        close = p.read();
        break;
      }
      if (next.type !== 'Comma') {
        if (!p.recovery) {
          diags.push(
            next.type === 'EOF'
              ? error(
                  'Unterminated tuple constructor expression',
                  'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.',
                  open.range,
                )
              : error('Missing item separator', 'Expected a comma to mark the beginning of the next item.', next.range),
          );
        }
        close = p.recover('CBrack');
        break;
      }
      p.read();
    }
    return [{ kind: 'tuple', items, openRange: open.range, range: rangeBetween(open.range, close.range) }, diags];
  } finally {
    p.popNewlines();
  }
}

const unterminatedObject =
  'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';

function parseObjectCons(p: ParserState): Parsed<Expression> {
  const open = p.read();
  p.pushNewlines(false);
  const isFor = isKeyword(p.peek(), 'for');
  p.popNewlines();
  if (isFor) return finishParsingForExpr(p, open);
  p.pushNewlines(true);
  const diags: Diagnostic[] = [];
  const items: ObjectConsItem[] = [];
  let close: Token;
  for (;;) {
    const next = p.peek();
    if (next.type === 'Newline') {
      p.read();
      continue;
    }
    if (next.type === 'CBrace') {
      close = p.read();
      break;
    }
    const forceNonLiteral = next.type === 'OParen';
    const [keyExpr, keyDiags] = parseExpression(p);
    diags.push(...keyDiags);
    if (p.recovery && hasErrors(keyDiags)) {
      close = p.recover('CBrace');
      break;
    }
    const key = { kind: 'objectKey' as const, wrapped: keyExpr, forceNonLiteral, range: keyExpr.range };
    const sep = p.peek();
    if (sep.type !== 'Equal' && sep.type !== 'Colon') {
      if (!p.recovery) {
        switch (sep.type) {
          case 'Newline':
          case 'Comma':
            diags.push(error('Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").', sep.range));
            break;
          case 'Ident':
            diags.push(
              error(
                'Missing key/value separator',
                'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
                sep.range,
              ),
            );
            break;
          case 'EOF':
            diags.push(error('Unterminated object constructor expression', unterminatedObject, open.range));
            break;
          default:
            diags.push(error('Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.', sep.range));
        }
      }
      close = p.recover('CBrace');
      break;
    }
    p.read();
    const [value, valueDiags] = parseExpression(p);
    diags.push(...valueDiags);
    if (p.recovery && hasErrors(valueDiags)) {
      close = p.recover('CBrace');
      break;
    }
    items.push({ key, value });
    const after = p.peek();
    if (after.type === 'CBrace') {
      close = p.read();
      break;
    }
    if (after.type !== 'Comma' && after.type !== 'Newline') {
      if (!p.recovery) {
        diags.push(
          after.type === 'EOF'
            ? error('Unterminated object constructor expression', unterminatedObject, open.range)
            : error('Missing attribute separator', 'Expected a newline or comma to mark the beginning of the next attribute.', after.range),
        );
      }
      close = p.recover('CBrace');
      break;
    }
    p.read();
  }
  p.popNewlines();
  return [{ kind: 'object', items, openRange: open.range, range: rangeBetween(open.range, close.range) }, diags];
}

function finishParsingForExpr(p: ParserState, open: Token): Parsed<Expression> {
  p.pushNewlines(false);
  try {
    return parseForBody(p, open);
  } finally {
    p.popNewlines();
  }
}

function parseForBody(p: ParserState, open: Token): Parsed<Expression> {
  p.read();
  const makeObj = open.type === 'OBrace';
  const closeType: TokenType = makeObj ? 'CBrace' : 'CBrack';
  const diags: Diagnostic[] = [];
  const fail = (detail: string | undefined): Parsed<Expression> => {
    if (detail !== undefined && !p.recovery) diags.push(error("Invalid 'for' expression", detail, p.peek().range));
    const close = p.recover(closeType);
    return [placeholder(rangeBetween(open.range, close.range)), diags];
  };
  if (p.peek().type !== 'Ident') return fail("For expression requires variable name after 'for'.");
  let valVar = p.read().text;
  let keyVar: string | undefined;
  if (p.peek().type === 'Comma') {
    keyVar = valVar;
    p.read();
    if (p.peek().type !== 'Ident') return fail('For expression requires value variable name after comma.');
    valVar = p.read().text;
  }
  if (!isKeyword(p.peek(), 'in')) return fail("For expression requires the 'in' keyword after its name declarations.");
  p.read();
  const [collection, collDiags] = parseExpression(p);
  diags.push(...collDiags);
  if (p.recovery && hasErrors(collDiags)) return fail(undefined);
  if (p.peek().type !== 'Colon') return fail('For expression requires a colon after the collection expression.');
  p.read();
  let keyExpr: Expression | undefined;
  let keyDiags: Diagnostic[] = [];
  let [valueExpr, valDiags] = parseExpression(p);
  if (p.peek().type === 'FatArrow') {
    p.read();
    keyExpr = valueExpr;
    keyDiags = valDiags;
    [valueExpr, valDiags] = parseExpression(p);
  }
  diags.push(...keyDiags, ...valDiags);
  if (p.recovery && (hasErrors(keyDiags) || hasErrors(valDiags))) return fail(undefined);
  let ellipsis: Token | undefined;
  if (p.peek().type === 'Ellipsis') ellipsis = p.read();
  let condition: Expression | undefined;
  if (isKeyword(p.peek(), 'if')) {
    p.read();
    const [cond, condDiags] = parseExpression(p);
    condition = cond;
    diags.push(...condDiags);
    if (p.recovery && hasErrors(condDiags)) return fail(undefined);
  }
  let close: Token;
  if (p.peek().type === closeType) close = p.read();
  else {
    if (!p.recovery) diags.push(error("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", p.peek().range));
    close = p.recover(closeType);
  }
  if (!makeObj) {
    if (keyExpr) diags.push(error("Invalid 'for' expression", 'Key expression is not valid when building a tuple.', keyExpr.range));
    if (ellipsis) {
      diags.push(error("Invalid 'for' expression", 'Grouping ellipsis (...) cannot be used when building a tuple.', ellipsis.range));
    }
  } else if (!keyExpr) {
    diags.push(error("Invalid 'for' expression", 'Key expression is required when building an object.', valueExpr.range));
  }
  const forExpr: ForExpr = {
    kind: 'for',
    keyVar,
    valVar,
    collection,
    keyExpr,
    valueExpr,
    condition,
    group: ellipsis !== undefined,
    openRange: open.range,
    closeRange: close.range,
    range: rangeBetween(open.range, close.range),
  };
  return [forExpr, diags];
}

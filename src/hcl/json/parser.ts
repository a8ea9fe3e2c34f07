// The JSON half of HCL (hashicorp/hcl json/scanner.go + parser.go): a JSON parser that keeps what JSON.parse drops —
// property order, repeated property names and the range of every value — and reports problems in HCL's words.
// Columns count grapheme clusters, and a tab in whitespace counts two, as HCL's JSON scanner does.
import { error, type Diagnostic, type Pos, type Range } from '../diagnostics.js';
import { nameSuggestion } from '../did-you-mean.js';
import { utf8Length } from '../position.js';
import { segments } from '../graphemes.js';

export interface JsonProperty {
  name: string;
  nameRange: Range;
  value: JsonValue;
}

export type JsonValue =
  | { kind: 'object'; properties: JsonProperty[]; range: Range; openRange: Range }
  | { kind: 'array'; items: JsonValue[]; range: Range; openRange: Range }
  | { kind: 'string'; value: string; range: Range }
  | { kind: 'number'; value: number; text: string; range: Range }
  | { kind: 'bool'; value: boolean; range: Range }
  | { kind: 'null'; range: Range }
  | { kind: 'invalid'; range: Range };

type TokenType = '{' | '}' | '[' | ']' | ',' | ':' | '=' | 'keyword' | 'string' | 'number' | 'eof' | 'invalid';

interface Token {
  type: TokenType;
  text: string;
  range: Range;
}

function firstCluster(text: string): string | undefined {
  for (const { segment } of segments(text)) return segment;
  return undefined;
}

function scan(src: string, file: string): Token[] {
  const tokens: Token[] = [];
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const pos: Pos = { line: 1, column: 1, offset: i === 1 ? 3 : 0 };
  const here = (): Pos => ({ ...pos });
  const push = (type: TokenType, start: Pos, text: string): void => {
    tokens.push({ type, text, range: { file, start, end: here() } });
  };
  for (;;) {
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === ' ') pos.column++;
      else if (c === '\n') {
        pos.line++;
        pos.column = 1;
      } else if (c === '\t') pos.column += 2;
      else if (c !== '\r') break;
      pos.offset++;
    }
    const start = here();
    if (i >= src.length) {
      push('eof', start, '');
      return tokens;
    }
    const c = src[i];
    if ('{}[],:='.includes(c)) {
      i++;
      pos.column++;
      pos.offset++;
      push(c as TokenType, start, c);
    } else if (c === '"') {
      const from = i;
      i = scanString(src, i, pos);
      push('string', start, src.slice(from, i));
    } else if (/[-+.0-9]/.test(c)) {
      const from = i;
      while (i < src.length && /[-+.eE0-9]/.test(src[i])) i++;
      pos.column += i - from;
      pos.offset += i - from;
      push('number', start, src.slice(from, i));
    } else if (/[a-zA-Z]/.test(c)) {
      const from = i;
      while (i < src.length && /[a-zA-Z_]/.test(src[i])) i++;
      pos.column += i - from;
      pos.offset += i - from;
      push('keyword', start, src.slice(from, i));
    } else {
      const ch = String.fromCodePoint(src.codePointAt(i) ?? 0);
      pos.column++;
      pos.offset += utf8Length(ch);
      push('invalid', start, ch);
      push('eof', here(), '');
      return tokens;
    }
  }
}

/** Advances over a string token from its opening quote; stops after the closing quote or before a control char. */
function scanString(src: string, i: number, pos: Pos): number {
  let escaping = false;
  pos.column++;
  pos.offset++;
  i++;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      escaping = !escaping;
    } else if (c === '"') {
      pos.column++;
      pos.offset++;
      i++;
      if (!escaping) return i;
      escaping = false;
      continue;
    } else if (c.charCodeAt(0) < 32) {
      return i;
    } else if (c.charCodeAt(0) >= 0x80) {
      const cluster = firstCluster(src.slice(i, i + 16)) ?? c;
      pos.column++;
      pos.offset += utf8Length(cluster);
      i += cluster.length;
      escaping = false;
      continue;
    } else escaping = false;
    pos.column++;
    pos.offset++;
    i++;
  }
  return i;
}

/** How much of a string token, from its opening quote, is well-formed JSON (before the closing quote). */
function validStringPrefix(text: string): number {
  let i = 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c < 0x20) return i;
    if (c !== 0x5c) {
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
    else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
    else return i;
  }
  return i;
}

const valueStart = 'A JSON value must start with a brace, a bracket, a number, a string, or a keyword.';
const KEYWORDS = ['true', 'false', 'null'];

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    return this.tokens[this.i];
  }

  read(): Token {
    const t = this.tokens[this.i];
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  /** Skips to the token that closes the construct `tok` is inside, as HCL's recover does. */
  recover(tok: Token, openType: TokenType, closeType: TokenType): void {
    let open = 1;
    for (;;) {
      if (tok.type === openType) open++;
      else if (tok.type === closeType) {
        open--;
        if (open <= 1) return;
      } else if (tok.type === 'eof') return;
      tok = this.read();
    }
  }

  value(diags: Diagnostic[]): JsonValue | undefined {
    const tok = this.peek();
    const invalid = (summary: string, detail: string): JsonValue => {
      diags.push(error(summary, detail, tok.range));
      return { kind: 'invalid', range: tok.range };
    };
    switch (tok.type) {
      case '{':
        return this.object(diags) ?? { kind: 'invalid', range: tok.range };
      case '[':
        return this.array(diags) ?? { kind: 'invalid', range: tok.range };
      case 'number': {
        this.read();
        const ok = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(tok.text);
        return ok
          ? { kind: 'number', value: Number(tok.text), text: tok.text, range: tok.range }
          : invalid('Invalid JSON number', 'There is a syntax error in the given JSON number.');
      }
      case 'string': {
        this.read();
        return this.string(tok, diags) ?? { kind: 'invalid', range: tok.range };
      }
      case 'keyword':
        this.read();
        return this.keyword(tok, diags) ?? { kind: 'invalid', range: tok.range };
      case '}':
        return invalid('Missing JSON value', valueStart);
      case ']':
        return invalid('Missing array element value', valueStart);
      case 'eof':
        return invalid('Missing value', 'The JSON data ends prematurely.');
      default:
        return invalid('Invalid start of value', valueStart);
    }
  }

  private string(tok: Token, diags: Diagnostic[]): JsonValue | undefined {
    const valid = validStringPrefix(tok.text);
    if (valid !== tok.text.length - 1 || tok.text.length < 2 || !tok.text.endsWith('"')) {
      // Point at the first character that breaks the string, as encoding/json's error offset does.
      const at = Math.min(valid + (tok.text[valid] === '\\' ? 1 : 0), tok.text.length);
      const start = { line: tok.range.start.line, column: tok.range.start.column + at, offset: tok.range.start.offset + utf8Length(tok.text.slice(0, at)) };
      const range = { file: tok.range.file, start, end: { ...start, column: start.column + 1, offset: start.offset + 1 } };
      diags.push(error('Invalid JSON string', 'There is a syntax error in the given JSON string.', range));
      return undefined;
    }
    return { kind: 'string', value: wellFormed(JSON.parse(tok.text) as string), range: tok.range };
  }

  private keyword(tok: Token, diags: Diagnostic[]): JsonValue | undefined {
    if (tok.text === 'true' || tok.text === 'false') return { kind: 'bool', value: tok.text === 'true', range: tok.range };
    if (tok.text === 'null') return { kind: 'null', range: tok.range };
    if (['undefined', 'NaN', 'Infinity'].includes(tok.text)) {
      diags.push(error('Invalid JSON keyword', `The JavaScript identifier ${JSON.stringify(tok.text)} cannot be used in JSON.`, tok.range));
      return undefined;
    }
    const suggestion = nameSuggestion(tok.text, KEYWORDS);
    const dym = suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : '';
    diags.push(error('Invalid JSON keyword', `${JSON.stringify(tok.text)} is not a valid JSON keyword.${dym}`, tok.range));
    return undefined;
  }

  private object(diags: Diagnostic[]): JsonValue | undefined {
    const open = this.read();
    const properties: JsonProperty[] = [];
    for (;;) {
      if (this.peek().type === '}') break;
      const key = this.value(diags);
      if (!key || key.kind === 'invalid') return undefined;
      if (key.kind !== 'string') {
        diags.push(error('Invalid object property name', 'A JSON object property name must be a string', key.range));
        return undefined;
      }
      const colon = this.read();
      if (colon.type !== ':') {
        this.recover(colon, '{', '}');
        if (colon.type === '}' || colon.type === ',')
          diags.push(error('Missing object value', 'A JSON object attribute must have a value, introduced by a colon.', colon.range));
        else if (colon.type === '=')
          diags.push(error('Missing property value colon', 'JSON uses a colon as its name/value delimiter, not an equals sign.', colon.range));
        else diags.push(error('Missing property value colon', "A colon must appear between an object property's name and its value.", colon.range));
        return undefined;
      }
      const value = this.value(diags);
      if (!value || value.kind === 'invalid') return undefined;
      properties.push({ name: key.value, nameRange: key.range, value });
      const next = this.peek();
      if (next.type === ',') {
        const comma = this.read();
        if (this.peek().type === '}') {
          diags.push(error('Trailing comma in object', 'JSON does not permit a trailing comma after the final property in an object.', comma.range));
          return undefined;
        }
        continue;
      }
      if (next.type === '}') break;
      if (next.type === 'eof') {
        diags.push(error('Unclosed object', 'No closing brace was found for this JSON object.', open.range));
        return undefined;
      }
      if (next.type === ']') {
        this.read();
        diags.push(error('Mismatched braces', 'A JSON object must be closed with a brace, not a bracket.', this.peek().range));
        return undefined;
      }
      this.recover(this.read(), '{', '}');
      diags.push(error('Missing attribute seperator comma', 'A comma must appear between each property definition in an object.', this.peek().range));
      return undefined;
    }
    const close = this.read();
    return { kind: 'object', properties, range: { file: open.range.file, start: open.range.start, end: close.range.end }, openRange: open.range };
  }

  private array(diags: Diagnostic[]): JsonValue | undefined {
    const open = this.read();
    const items: JsonValue[] = [];
    for (;;) {
      if (this.peek().type === ']') break;
      const value = this.value(diags);
      if (!value || value.kind === 'invalid') return undefined;
      items.push(value);
      const next = this.peek();
      if (next.type === ',') {
        const comma = this.read();
        if (this.peek().type === ']') {
          diags.push(error('Trailing comma in array', 'JSON does not permit a trailing comma after the final value in an array.', comma.range));
          return undefined;
        }
        continue;
      }
      if (next.type === ']') break;
      const fail = (summary: string, detail: string, at?: Range): undefined => {
        this.recover(this.read(), '[', ']');
        diags.push(error(summary, detail, at ?? this.peek().range));
        return undefined;
      };
      if (next.type === ':') return fail('Invalid array value', 'A colon is not used to introduce values in a JSON array.');
      if (next.type === 'eof') return fail('Unclosed object', 'No closing bracket was found for this JSON array.', open.range);
      if (next.type === '}') return fail('Mismatched brackets', 'A JSON array must be closed with a bracket, not a brace.');
      return fail('Missing attribute seperator comma', 'A comma must appear between each value in an array.');
    }
    const close = this.read();
    return { kind: 'array', items, range: { file: open.range.file, start: open.range.start, end: close.range.end }, openRange: open.range };
  }
}

/** Parses one JSON document; on errors the value may be partial or `invalid`. */
/** Go's encoding/json decodes a `\\u` escape of a lone surrogate as U+FFFD (JSON.parse keeps the lone surrogate). */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export function parseJson(text: string, filename: string): { value: JsonValue; diagnostics: Diagnostic[] } {
  const p = new Parser(scan(text, filename));
  const diagnostics: Diagnostic[] = [];
  let value: JsonValue;
  try {
    value = p.value(diagnostics) ?? { kind: 'invalid', range: p.peek().range };
  } catch (e: unknown) {
    if (!(e instanceof RangeError)) throw e;
    const start = { line: 1, column: 1, offset: 0 };
    const range = { file: filename, start, end: start };
    return {
      value: { kind: 'invalid', range },
      diagnostics: [error('Configuration too deeply nested', 'The brackets or braces in this file nest too deeply to be parsed.', range)],
    };
  }
  if (diagnostics.length === 0 && p.peek().type !== 'eof') {
    diagnostics.push(error('Extraneous data after value', 'Extra characters appear after the JSON value.', p.peek().range));
  }
  return { value, diagnostics };
}

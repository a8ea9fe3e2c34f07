// yamlencode's text, byte for byte as go-cty-yaml writes it with libyaml's emitter (go-yaml v2): block style, keys
// sorted, strings double-quoted (folded at 80 columns) or `|` literal when they hold a line break, empty collections
// as `[]`/`{}`, and `...` after a document that ends with a plain scalar or a kept final line break.
import { numberToString } from '../value/number.js';
import { compareStrings } from '../value/set-order.js';
import type { Value } from '../value/value.js';
import { FunctionError } from './helpers.js';

type Style = 'plain' | 'double' | 'literal';

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankOrEnd = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || isBreak(c);

function printable(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}

interface Analysis {
  multiline: boolean;
  blockPlain: boolean;
  blockAllowed: boolean;
  bytes: number;
}

/** libyaml's yaml_emitter_analyze_scalar, reduced to what block-style output consults. */
function analyze(chars: string[]): Analysis {
  const bytes = Buffer.byteLength(chars.join(''));
  if (chars.length === 0) return { multiline: false, blockPlain: true, blockAllowed: false, bytes };
  let block = chars.length >= 3 && /^(?:---|\.\.\.)/.test(chars.slice(0, 3).join(''));
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  chars.forEach((c, i) => {
    const followedByWhitespace = isBlankOrEnd(chars[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) block = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) block = true;
    } else if ((c === ':' && followedByWhitespace) || (c === '#' && precededByWhitespace)) block = true;
    if (!printable(c)) special = true;
    const last = i === chars.length - 1;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankOrEnd(c);
  });
  const blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special || lineBreaks || block);
  const blockAllowed = !(trailingSpace || spaceBreak || special);
  return { multiline: lineBreaks, blockPlain, blockAllowed, bytes };
}

const ESCAPES: Record<number, string> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x1b: 'e',
  0x22: '"',
  0x5c: '\\',
  0x85: 'N',
  0xa0: '_',
  0x2028: 'L',
  0x2029: 'P',
};

function escape(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  const named = ESCAPES[cp];
  if (named !== undefined) return `\\${named}`;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

class Emitter {
  out = '';
  private column = 0;
  private whitespace = true;
  private indention = true;
  private openEnded = false;
  private indent = -1;
  private readonly indents: number[] = [];
  private rootContext = false;
  private mappingContext = false;
  private simpleKeyContext = false;

  private put(s: string): void {
    this.out += s;
    this.column += [...s].length;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private indicator(s: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  document(v: Value): string {
    this.node(v, true, false, false);
    this.writeIndent();
    if (this.openEnded) {
      this.indicator('...', true, false, false);
      this.writeIndent();
    }
    return this.out;
  }

  private node(v: Value, root: boolean, mapping: boolean, simpleKey: boolean): void {
    this.rootContext = root;
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    switch (v.kind) {
      case 'unknown':
        throw new FunctionError('cannot serialize unknown value as YAML');
      case 'null':
        return this.scalar('null', 'plain');
      case 'bool':
        return this.scalar(String(v.value), 'plain');
      case 'number':
        return this.scalar(numberToString(v), 'plain');
      case 'string':
        return this.scalar(v.value, v.value.includes('\n') ? 'literal' : 'double');
      case 'list':
      case 'set':
      case 'tuple':
        return this.sequence(v.items);
      case 'map':
      case 'object': {
        const keys = Object.keys(v.attrs).sort(compareStrings);
        return this.mappingNode(keys.map((k) => [k, v.attrs[k]]));
      }
    }
  }

  private sequence(items: Value[]): void {
    if (items.length === 0) return this.emptyFlow('[', ']');
    this.increaseIndent(false, this.mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.indicator('-', true, false, true);
      this.node(item, false, false, false);
    }
    this.popIndent();
  }

  private mappingNode(pairs: [string, Value][]): void {
    if (pairs.length === 0) return this.emptyFlow('{', '}');
    this.increaseIndent(false, false);
    for (const [k, v] of pairs) {
      this.writeIndent();
      const a = analyze([...k]);
      if (!a.multiline && a.bytes <= 128) {
        this.node({ kind: 'string', value: k }, false, true, true);
        this.indicator(':', false, false, false);
      } else {
        this.indicator('?', true, false, true);
        this.node({ kind: 'string', value: k }, false, true, false);
        this.writeIndent();
        this.indicator(':', true, false, true);
      }
      this.node(v, false, true, false);
    }
    this.popIndent();
  }

  private emptyFlow(open: string, close: string): void {
    this.indicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.popIndent();
    this.indicator(close, false, false, false);
  }

  private scalar(value: string, requested: Style): void {
    const chars = [...value];
    const a = analyze(chars);
    let style = requested;
    if (this.simpleKeyContext && a.multiline) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || this.simpleKeyContext)) style = 'double';
    // Numbers, bools and null always pass libyaml's plain checks; strings are never asked for plain.
    this.increaseIndent(true, false);
    if (style === 'plain') this.plain(chars);
    else if (style === 'double') this.doubleQuoted(chars, !this.simpleKeyContext);
    else this.literal(chars);
    this.popIndent();
  }

  private plain(chars: string[]): void {
    if (!this.whitespace) this.put(' ');
    this.put(chars.join(''));
    this.whitespace = false;
    this.indention = false;
    if (this.rootContext) this.openEnded = true;
  }

  private doubleQuoted(chars: string[], allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    const bom = chars[0] === '\ufeff';
    let spaces = false;
    let byte = 0;
    const total = Buffer.byteLength(chars.join(''));
    chars.forEach((c, i) => {
      if (!printable(c) || bom || isBreak(c) || c === '"' || c === '\\') {
        this.put(escape(c));
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && byte > 0 && byte < total - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
      byte += Buffer.byteLength(c);
    });
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(chars: string[]): void {
    this.indicator('|', true, false, false);
    if (chars[0] === ' ' || isBreak(chars[0])) this.indicator(String(BEST_INDENT), false, false, false);
    this.openEnded = false;
    const n = chars.length;
    let chomp = '';
    if (!isBreak(chars[n - 1])) chomp = '-';
    else if (n === 1 || isBreak(chars[n - 2])) {
      chomp = '+';
      this.openEnded = true;
    }
    if (chomp !== '') this.indicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreak(c)) {
        if (c === '\n') this.putBreak();
        else {
          this.out += c;
          this.column = 0;
        }
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

export function encodeYaml(v: Value): string {
  return new Emitter().document(v);
}

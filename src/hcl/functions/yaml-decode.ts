// yamldecode as go-cty-yaml v1.0.1 does it: one document only (a second is an error), a mapping becomes an object and a sequence a tuple,
// later keys (and merged `<<` mappings) replace earlier ones, anchors may not refer to themselves, and a document that
// is only null decodes to an unknown value. The text is parsed by the `yaml` package; every scalar is resolved here.
import type * as Yaml from 'yaml';
import { T, V, type Type, type Value } from '../value/value.js';
import { numberToString } from '../value/number.js';
import { FunctionError } from './helpers.js';
import { goQuote, MERGE, ResolveError, resolveScalar, scalarType, TAG, type ScalarStyle } from './yaml-resolve.js';

interface Decoded {
  value: Value;
  type: Type;
}

type Node = Yaml.Scalar | Yaml.YAMLMap | Yaml.YAMLSeq | Yaml.Alias | null;

class Decoder {
  private readonly pending = new Map<string, number>();
  private readonly anchors = new Map<string, Decoded>();

  constructor(
    private readonly yaml: typeof Yaml,
    private readonly lines: Yaml.LineCounter,
    private readonly src: string,
  ) {}

  /** go-cty-yaml's positions: the line counted from 0 (and left out on the first line), the column from 1. */
  fail(offset: number | undefined, message: string): never {
    if (offset === undefined) throw new FunctionError(message);
    const { line, col } = this.lines.linePos(offset);
    throw new FunctionError(line - 1 === 0 ? message : `on line ${line - 1}, column ${col}: ${message}`);
  }

  /** libyaml places a node at its first property (`&anchor`, `!tag`), which the yaml package's range leaves out. */
  private propsStart(offset: number): number {
    let start = offset;
    for (;;) {
      let i = start;
      while (i > 0 && /\s/.test(this.src[i - 1])) i--;
      let j = i;
      while (j > 0 && !/\s/.test(this.src[j - 1])) j--;
      if (j === i || (this.src[j] !== '!' && this.src[j] !== '&')) return start;
      start = j;
    }
  }

  node(n: Node, at: number): Decoded {
    const { isAlias, isMap, isScalar, isSeq } = this.yaml;
    if (n === null) return this.scalar('', '', 'PLAIN', at);
    const start = n.range ? this.propsStart(n.range[0]) : at;
    if (isAlias(n)) return this.alias(n.source, start);
    const anchor = n.anchor;
    if (anchor) this.pending.set(anchor, (this.pending.get(anchor) ?? 0) + 1);
    let out: Decoded;
    if (isScalar(n)) out = this.scalar(n.tag ?? '', scalarText(n.value), n.type as ScalarStyle, start);
    else if (isMap(n)) out = this.mapping(n as Yaml.YAMLMap<Node, Node>, start);
    else if (isSeq(n)) out = this.sequence(n as Yaml.YAMLSeq<Node>, start);
    else this.fail(start, 'unexpected parser event');
    if (anchor) {
      const left = (this.pending.get(anchor) ?? 1) - 1;
      if (left === 0) this.pending.delete(anchor);
      else this.pending.set(anchor, left);
      this.anchors.set(anchor, out);
    }
    return out;
  }

  private alias(name: string, at: number): Decoded {
    if (this.pending.has(name)) this.fail(at, `cannot refer to anchor ${goQuote(name)} from inside its own definition`);
    const found = this.anchors.get(name);
    if (!found) this.fail(at, `reference to undefined anchor ${goQuote(name)}`);
    return found;
  }

  private scalar(tag: string, src: string, style: ScalarStyle, at: number): Decoded {
    let v: ReturnType<typeof resolveScalar>;
    try {
      v = resolveScalar(tag, src, style);
    } catch (e: unknown) {
      if (e instanceof ResolveError) this.fail(at, e.message);
      throw e;
    }
    const quoted = style === 'QUOTE_SINGLE' || style === 'QUOTE_DOUBLE';
    const value = v === MERGE ? V.string('<<') : v;
    return { value, type: tag === '' && quoted ? T.string : scalarType(v) };
  }

  private mapping(n: Yaml.YAMLMap<Node, Node>, at: number): Decoded {
    if (n.tag && n.tag !== `${TAG}map`) this.fail(at, `can't interpret mapping as ${n.tag}`);
    const values = new Map<string, Value>();
    const types = new Map<string, Type>();
    for (const pair of n.items) {
      const key = pair.key;
      const keyAt = key?.range?.[0] ?? at;
      if (key !== null && !this.yaml.isScalar(key)) this.fail(keyAt, 'only strings are allowed as mapping keys');
      let k: ReturnType<typeof resolveScalar>;
      try {
        k = key === null ? V.null() : resolveScalar(key.tag ?? '', scalarText(key.value), key.type as ScalarStyle);
      } catch (e: unknown) {
        if (e instanceof ResolveError) throw new FunctionError(e.message);
        throw e;
      }
      const valueAt = pair.value?.range?.[0] ?? keyAt;
      if (k === MERGE) {
        const merged = this.node(pair.value, valueAt);
        if (merged.value.kind !== 'object') this.fail(keyAt, `cannot merge ${friendlyName(merged.type)} into mapping`);
        for (const [name, v] of Object.entries(merged.value.attrs)) {
          values.set(name, v);
          types.set(name, merged.type.kind === 'object' ? merged.type.attributes[name] : T.dynamic);
        }
        continue;
      }
      const name = keyString(k);
      if (name === undefined) this.fail(keyAt, 'mapping key cannot be null');
      const d = this.node(pair.value, valueAt);
      values.set(name, d.value);
      types.set(name, d.type);
    }
    return { value: V.object(Object.fromEntries(values)), type: T.object(Object.fromEntries(types)) };
  }

  private sequence(n: Yaml.YAMLSeq<Node>, at: number): Decoded {
    if (n.tag && n.tag !== `${TAG}seq`) this.fail(at, `can't interpret sequence as ${n.tag}`);
    const items = n.items.map((item) => this.node(item, item?.range?.[0] ?? at));
    return { value: V.tuple(items.map((d) => d.value)), type: T.tuple(items.map((d) => d.type)) };
  }
}

function scalarText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

function keyString(k: Value): string | undefined {
  switch (k.kind) {
    case 'string':
      return k.value;
    case 'number':
      return numberToString(k);
    case 'bool':
      return String(k.value);
    default:
      return undefined;
  }
}

function friendlyName(t: Type): string {
  return t.kind === 'dynamic' ? 'dynamic' : t.kind;
}

/** Where libyaml's stream ends: the line after the last character, counted from 0. */
function endLine(src: string): number {
  const breaks = src.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(?:\r\n|\r|\n)$/.test(src) ? breaks : breaks + 1;
}

/**
 * A YAML syntax error. The ones libyaml's scanner also finds get its words and its position (the line counted from
 * 0 plus one, column 1, left out on the first line); the rest keep the yaml package's wording.
 */
function syntaxError(err: Yaml.YAMLError, src: string): string {
  const line = (err.linePos?.[0].line ?? 1) - 1;
  const at = (l: number, message: string): string => (l === 0 ? message : `on line ${l + 1}, column 1: ${message}`);
  const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY') return at(line, 'mapping values are not allowed in this context');
  if (err.code === 'UNEXPECTED_TOKEN' && first.includes('block-seq-ind')) return at(line, 'block sequence entries are not allowed in this context');
  if (err.code === 'TAB_AS_INDENT') {
    return at(line, line === 0 ? 'found character that cannot start any token' : 'found a tab character that violates indentation');
  }
  if (err.code === 'MISSING_CHAR' && /closing .?quote/.test(first)) {
    return at(src.match(/\r\n|\r|\n/g)?.length ?? 0, 'found unexpected end of stream');
  }
  const pos = err.linePos?.[0];
  return pos ? `on line ${pos.line}, column ${pos.col}: ${first}` : first;
}

/**
 * libyaml's check of each document's `%YAML` directive: go-cty-yaml reads YAML 1.1 only, so another version is
 * refused, as is a second directive before one document. Its line is counted from 0 (left out when 0).
 */
function directiveProblem(src: string): string | undefined {
  let prologue = true;
  let seen = false;
  for (const [i, line] of src.split(/\r\n|\r|\n/).entries()) {
    const at = (message: string): string => (i === 0 ? message : `on line ${i}, column 1: ${message}`);
    if (prologue) {
      if (/^\s*(?:#.*)?$/.test(line)) continue;
      if (line.startsWith('%')) {
        const m = /^%YAML[ \t]+(\d+)\.(\d+)/.exec(line);
        if (m) {
          if (seen) return at('found duplicate %YAML directive');
          if (Number(m[1]) !== 1 || Number(m[2]) !== 1) return at('found incompatible YAML document');
          seen = true;
        }
        continue;
      }
      prologue = false;
    }
    if (/^\.\.\.(?:\s|$)/.test(line)) {
      prologue = true;
      seen = false;
    }
  }
  return undefined;
}

export function decodeYaml(yaml: typeof Yaml, text: string): Value {
  const src = text === '' ? '\n' : text;
  const directive = src.includes('%') ? directiveProblem(src) : undefined;
  if (directive) throw new FunctionError(directive);
  const lines = new yaml.LineCounter();
  const parsed = yaml.parseAllDocuments(src, { version: '1.1', schema: 'failsafe', merge: false, uniqueKeys: false, lineCounter: lines });
  const docs = Array.isArray(parsed) ? parsed : [];
  const decoder = new Decoder(yaml, lines, src);
  if (docs.length === 0) throw new FunctionError(`on line ${endLine(src)}, column 1: missing start of document`);
  const [doc] = docs;
  const err = doc.errors[0];
  if (err) throw new FunctionError(syntaxError(err, src));
  const root = decoder.node(doc.contents as Node, doc.range[0]);
  // libyaml reads a second document as content after the first one's end, or (after `...`) one without `---`.
  if (docs.length > 1) {
    const at = docs[1].range[0];
    decoder.fail(at, src.startsWith('---', at) ? 'unexpected extra content after value' : 'did not find expected <document start>');
  }
  return root.type.kind === 'dynamic' ? V.unknown(T.dynamic) : root.value;
}

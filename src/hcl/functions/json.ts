// JSON and YAML encodings of values as cty writes them (jsonencode escapes <, > and & as Go does; yamlencode
// quotes every string), and decoding back to HCL values.
import type * as Yaml from 'yaml';
import { parseJson, type JsonValue } from '../json-parser.js';
import { numberToString, parseNumberValue } from '../number.js';
import { fromJS, T, V, type Value } from '../value.js';
import { ArgError, FunctionError } from './helpers.js';
import { messageOf } from '../../error-message.js';

function jsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function toJSON(v: Value): string {
  switch (v.kind) {
    case 'null':
      return 'null';
    case 'unknown':
      throw new FunctionError('value is not known');
    case 'string':
      return jsonString(v.value);
    case 'number':
      if (!Number.isFinite(v.value) && !v.big) throw new FunctionError('cannot serialize infinity as JSON');
      return numberToString(v);
    case 'bool':
      return String(v.value);
    case 'list':
    case 'set':
    case 'tuple':
      return `[${v.items.map(toJSON).join(',')}]`;
    case 'map':
    case 'object':
      return `{${Object.keys(v.attrs)
        .sort()
        .map((k) => `${jsonString(k)}:${toJSON(v.attrs[k])}`)
        .join(',')}}`;
  }
}

export function fromJSON(text: string): Value {
  try {
    return exactNumbers(JSON.parse(text), text);
  } catch (e: unknown) {
    throw new ArgError(0, messageOf(e));
  }
}

/** The decoded value with each number as cty reads it from its JSON text (512 bits, not a double). */
function exactNumbers(js: unknown, text: string): Value {
  if (!/\d/.test(text)) return fromJS(js);
  const parsed = parseJson(text, '');
  if (parsed.diagnostics.length > 0) return fromJS(js);
  const walk = (x: JsonValue): Value => {
    switch (x.kind) {
      case 'number':
        return parseNumberValue(x.text) ?? V.number(x.value);
      case 'array':
        return V.tuple(x.items.map(walk));
      case 'object': {
        const out: Record<string, Value> = {};
        for (const p of x.properties) out[p.name] = walk(p.value);
        return V.object(out);
      }
      case 'string':
      case 'bool':
        return x.kind === 'string' ? V.string(x.value) : V.bool(x.value);
      default:
        return V.null();
    }
  };
  return walk(parsed.value);
}

function yamlScalar(v: Value): string | undefined {
  switch (v.kind) {
    case 'null':
      return 'null';
    case 'string':
      return JSON.stringify(v.value);
    case 'number':
      return numberToString(v);
    case 'bool':
      return String(v.value);
    case 'list':
    case 'set':
    case 'tuple':
      return v.items.length === 0 ? '[]' : undefined;
    case 'map':
    case 'object':
      return Object.keys(v.attrs).length === 0 ? '{}' : undefined;
    case 'unknown':
      throw new FunctionError('value is not known');
  }
}

function yamlLines(v: Value): string[] {
  const scalar = yamlScalar(v);
  if (scalar !== undefined) return [scalar];
  const out: string[] = [];
  if (v.kind === 'list' || v.kind === 'set' || v.kind === 'tuple') {
    for (const item of v.items) {
      const [first, ...rest] = yamlLines(item);
      out.push(`- ${first}`, ...rest.map((l) => `  ${l}`));
    }
    return out;
  }
  if (v.kind === 'map' || v.kind === 'object') {
    for (const k of Object.keys(v.attrs).sort()) {
      const item = v.attrs[k];
      const s = yamlScalar(item);
      if (s !== undefined) out.push(`${JSON.stringify(k)}: ${s}`);
      else if (item.kind === 'map' || item.kind === 'object') out.push(`${JSON.stringify(k)}:`, ...yamlLines(item).map((l) => `  ${l}`));
      else out.push(`${JSON.stringify(k)}:`, ...yamlLines(item));
    }
  }
  return out;
}

export function toYAML(v: Value): string {
  return `${yamlLines(v).join('\n')}\n`;
}

// The YAML parser is a third of the bundle a run loads at start; it is loaded only for templates that may call
// yamldecode (see prepareTemplate in src/pipeline/prepare.ts).
let yaml: typeof Yaml | undefined;

export async function loadYaml(): Promise<void> {
  yaml ??= await import('yaml');
}

export function yamlLoaded(): boolean {
  return yaml !== undefined;
}

/** Whether HCL (or JSON template) text may call yamldecode: directly, or in a file templatefile renders. */
export function mayCallYaml(text: string): boolean {
  return /\b(?:yamldecode|templatefile)\b/.test(text);
}

export function fromYAML(text: string): Value {
  if (!yaml) throw new FunctionError('the YAML parser was not loaded (an internal error: call loadYaml first)');
  const { parseAllDocuments, visit } = yaml;
  const docs = parseAllDocuments(text, { schema: 'core', uniqueKeys: true });
  if (!Array.isArray(docs)) return V.null();
  if (docs.length === 0) return V.null(T.dynamic);
  if (docs.length > 1) throw new ArgError(0, 'on line 1, column 1: unsupported: multiple documents');
  const [doc] = docs;
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = err.linePos?.[0];
    throw new ArgError(0, pos ? `on line ${pos.line}, column ${pos.col}: ${err.message.split('\n')[0]}` : err.message);
  }
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'number' && node.source !== undefined) node.value = new YamlNumber(node.source, node.value);
    },
    Alias(_, node, path) {
      const target = node.resolve(doc);
      if (target && path.includes(target)) {
        throw new ArgError(0, `cannot refer to anchor ${JSON.stringify(node.source)} from inside its own definition`);
      }
    },
  });
  return fromYamlJS(doc.toJS({ maxAliasCount: 100 }));
}

/** A YAML number scalar with its text, which go-cty-yaml reads as cty.ParseNumberVal does (underscores dropped). */
class YamlNumber {
  constructor(
    readonly text: string,
    readonly double: number,
  ) {}

  toValue(): Value {
    return parseNumberValue(this.text.replace(/_/g, '')) ?? V.number(this.double);
  }
}

function fromYamlJS(js: unknown): Value {
  if (js instanceof YamlNumber) return js.toValue();
  if (Array.isArray(js)) return V.tuple(js.map(fromYamlJS));
  if (js !== null && typeof js === 'object') {
    const out: Record<string, Value> = {};
    for (const [k, a] of Object.entries(js as Record<string, unknown>)) out[k] = fromYamlJS(a);
    return V.object(out);
  }
  return fromJS(js);
}

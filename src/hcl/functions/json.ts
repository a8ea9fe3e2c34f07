// JSON and YAML encodings of values as cty writes them (jsonencode escapes <, > and & as Go does; YAML in
// yaml-decode.ts and yaml-encode.ts), and decoding back to HCL values; the YAML parser loads on demand.
import type * as Yaml from 'yaml';
import { parseJson, type JsonValue } from '../json/parser.js';
import { numberToString, parseNumberValue } from '../value/number.js';
import { fromJS, isKnown, newAttrs, setAttr, T, V, type Value } from '../value/value.js';
import { FunctionError } from './helpers.js';
import { messageOf } from '../../error-message.js';
import { decodeYaml } from './yaml-decode.js';
import { goJSONCheck } from './json-errors.js';
import { encodeYaml } from './yaml-encode.js';

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
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e: unknown) {
    // The call fails as cty's does, with Go's wording (never JavaScript's); Go ignores a stray `]` or `}` after the value.
    const go = goJSONCheck(text);
    if ('message' in go) throw new FunctionError(go.message);
    try {
      parsed = JSON.parse(text.slice(0, go.end));
    } catch {
      throw new FunctionError(`invalid JSON: ${messageOf(e)}`);
    }
  }
  return exactNumbers(parsed, text);
}

/** The decoded value with each number as cty reads it from its JSON text (512 bits, not a double). */
function exactNumbers(js: unknown, text: string): Value {
  // Only a number or a \u escape (of a lone surrogate: U+FFFD in Go) needs the full reading.
  if (!/\d|\\u/.test(text)) return fromJS(js);
  const parsed = parseJson(text, '');
  if (parsed.diagnostics.length > 0) return fromJS(js);
  const walk = (x: JsonValue): Value => {
    switch (x.kind) {
      case 'number':
        return parseNumberValue(x.text) ?? V.number(x.value);
      case 'array':
        return V.tuple(x.items.map(walk));
      case 'object': {
        const out = newAttrs();
        for (const p of x.properties) setAttr(out, p.name, walk(p.value));
        return V.object(out);
      }
      case 'string':
        return V.string(x.value);
      case 'bool':
        return V.bool(x.value);
      default:
        return V.null();
    }
  };
  return walk(parsed.value);
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
  return decodeYaml(yaml, text);
}

export function toYAML(v: Value): Value {
  return isKnown(v) ? V.string(encodeYaml(v)) : V.unknown(T.string);
}

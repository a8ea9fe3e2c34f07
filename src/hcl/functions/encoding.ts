// Encoding functions: base64decode base64encode csvdecode jsondecode jsonencode urlencode yamldecode yamlencode
// textencodebase64 textdecodebase64.
import type { HclFunction } from '../function.js';
import { newAttrs, T, V, type Type, type Value } from '../value.js';
import { CSVError, CSVReader } from './csv-reader.js';
import { ArgError, fn, FunctionError, param, str } from './helpers.js';
import { fromJSON, fromYAML, toJSON, toYAML } from './json.js';

function base64decode(s: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
    throw new ArgError(0, `failed to decode base64 data ${JSON.stringify(s)}`);
  }
  const bytes = Buffer.from(s, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArgError(0, 'the result of decoding the provided string is not valid UTF-8');
  }
}

/** cty's csvdecode: a header line of distinct names, then records with as many fields, all strings. */
function csvdecode(text: string): Value {
  const reader = new CSVReader(text);
  const wrap = (e: unknown): never => {
    if (e instanceof CSVError) throw new FunctionError(`CSV parse error on line ${e.line}: ${e.reason}`);
    throw e;
  };
  let header: string[] | undefined;
  try {
    header = reader.read();
  } catch (e: unknown) {
    wrap(e);
  }
  if (header === undefined) throw new FunctionError('missing header line');
  const attrsType = newAttrs() as unknown as Record<string, Type>;
  for (const h of header) {
    if (Object.hasOwn(attrsType, h)) throw new FunctionError(`duplicate column name ${JSON.stringify(h)}`);
    attrsType[h] = T.string;
  }
  const rows: Value[] = [];
  try {
    for (let r = reader.read(); r !== undefined; r = reader.read()) {
      const attrs = newAttrs();
      r.forEach((f, j) => (attrs[(header as string[])[j]] = V.string(f)));
      rows.push(V.object(attrs));
    }
  } catch (e: unknown) {
    wrap(e);
  }
  return V.list(rows, T.object(attrsType));
}

function urlencode(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function normalizeEncoding(name: string, index: number): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  const aliases: Record<string, string> = {
    'utf-8': 'utf-8',
    utf8: 'utf-8',
    'utf-16le': 'utf-16le',
    'utf-16be': 'utf-16be',
    'utf-16': 'utf-16be',
    'iso-8859-1': 'latin1',
    latin1: 'latin1',
    'us-ascii': 'ascii',
    ascii: 'ascii',
  };
  const found = aliases[n];
  if (!found) throw new ArgError(index, `${JSON.stringify(name)} is not a supported IANA encoding name or alias in this Packer version`);
  return found;
}

function encodeText(s: string, enc: string): Buffer {
  switch (enc) {
    case 'utf-16le':
      return Buffer.from(s, 'utf16le');
    case 'utf-16be': {
      const b = Buffer.from(s, 'utf16le');
      for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
      return b;
    }
    case 'latin1':
    case 'ascii':
      for (const ch of s) {
        if ((ch.codePointAt(0) ?? 0) > (enc === 'ascii' ? 0x7f : 0xff)) {
          throw new ArgError(0, `the given string contains characters that cannot be represented in ${enc === 'ascii' ? 'US-ASCII' : 'ISO-8859-1'}`);
        }
      }
      return Buffer.from(s, 'latin1');
    default:
      return Buffer.from(s, 'utf8');
  }
}

function decodeText(b: Buffer, enc: string): string {
  if (enc === 'latin1' || enc === 'ascii') return b.toString('latin1');
  try {
    return new TextDecoder(enc, { fatal: true }).decode(b);
  } catch {
    throw new ArgError(0, `the given value is has an invalid base64 symbol or is not valid ${enc}`);
  }
}

export function encodingFunctions(): Record<string, HclFunction> {
  return {
    base64encode: fn([param('str', T.string)], ([s]) => V.string(Buffer.from(str(s), 'utf8').toString('base64')), { returnType: T.string }),
    base64decode: fn([param('str', T.string)], ([s]) => V.string(base64decode(str(s))), { returnType: T.string }),
    csvdecode: fn([param('str', T.string)], ([s]) => csvdecode(str(s))),
    jsonencode: fn([param('val', T.dynamic, { allowNull: true })], ([v]) => V.string(toJSON(v)), { returnType: T.string }),
    jsondecode: fn([param('str', T.string)], ([s]) => fromJSON(str(s))),
    yamlencode: fn([param('value', T.dynamic, { allowNull: true })], ([v]) => toYAML(v), { returnType: T.string }),
    yamldecode: fn([param('src', T.string)], ([s]) => fromYAML(str(s))),
    urlencode: fn([param('str', T.string)], ([s]) => V.string(urlencode(str(s))), { returnType: T.string }),
    textencodebase64: fn(
      [param('string', T.string), param('encoding', T.string)],
      ([s, e]) => {
        const enc = normalizeEncoding(str(e, 1), 1);
        return V.string(encodeText(str(s), enc).toString('base64'));
      },
      { returnType: T.string },
    ),
    textdecodebase64: fn(
      [param('source', T.string), param('encoding', T.string)],
      ([s, e]) => {
        const enc = normalizeEncoding(str(e, 1), 1);
        const text = str(s);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new FunctionError(`invalid base64 data at offset ${text.search(/[^A-Za-z0-9+/=]/)}`);
        return V.string(decodeText(Buffer.from(text, 'base64'), enc));
      },
      { returnType: T.string },
    ),
  };
}

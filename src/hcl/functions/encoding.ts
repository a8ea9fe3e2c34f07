// Encoding functions: base64decode base64encode csvdecode jsondecode jsonencode urlencode yamldecode yamlencode
// textencodebase64 textdecodebase64.
import type { HclFunction } from './function.js';
import { newAttrs, setAttr, T, V, type Type, type Value } from '../value/value.js';
import { CSVError, CSVReader } from './csv-reader.js';
import { Base64Error, canonicalEncoding, decodeText, encodeText, goBase64 } from './text-encoding.js';
import { ArgError, fn, FunctionError, param, str } from './helpers.js';
import { fromJSON, fromYAML, toJSON, toYAML } from './json.js';

/** Go's base64.StdEncoding.DecodeString (padding required, CR and LF ignored anywhere), then UTF-8 checked. */
function base64decode(s: string): string {
  const data = s.replace(/[\r\n]/g, '');
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(data)) {
    throw new FunctionError(`failed to decode base64 data '${s}'`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.from(data, 'base64'));
  } catch {
    throw new FunctionError('the result of decoding the the provided string is not valid UTF-8');
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
  const attrsType: Record<string, Type> = {};
  for (const h of header) {
    if (Object.hasOwn(attrsType, h)) throw new FunctionError(`duplicate column name ${JSON.stringify(h)}`);
    setAttr(attrsType, h, T.string);
  }
  const rows: Value[] = [];
  try {
    for (let r = reader.read(); r !== undefined; r = reader.read()) {
      const attrs = newAttrs();
      r.forEach((f, j) => setAttr(attrs, (header as string[])[j], V.string(f)));
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
      ([s, e]) => V.string(encodeText(str(s), canonicalEncoding(str(e, 1), 1)).toString('base64')),
      { returnType: T.string },
    ),
    textdecodebase64: fn(
      [param('source', T.string), param('encoding', T.string)],
      ([s, e]) => {
        const canon = canonicalEncoding(str(e, 1), 1);
        let bytes: Buffer;
        try {
          bytes = goBase64(str(s));
        } catch (err: unknown) {
          if (err instanceof Base64Error) throw new ArgError(0, `the given value is has an invalid base64 symbol at offset ${err.offset}`);
          throw err;
        }
        const text = decodeText(bytes, canon);
        if (text.includes('\ufffd')) throw new ArgError(0, `the given string contains symbols that are not defined for ${canon}`);
        return V.string(text);
      },
      { returnType: T.string },
    ),
  };
}

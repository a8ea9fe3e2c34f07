// Encoding functions: base64decode base64encode csvdecode jsondecode jsonencode urlencode yamldecode yamlencode
// textencodebase64 textdecodebase64.
import type { HclFunction } from '../function.js';
import { T, V, type Value } from '../value.js';
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

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let any = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      any = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      any = true;
      i++;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      any = false;
      i += c === '\r' ? 2 : 1;
    } else {
      field += c;
      any = true;
      i++;
    }
  }
  if (quoted) throw new ArgError(0, 'extraneous or missing " in quoted-field');
  if (any || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function csvdecode(text: string): Value {
  const rows = csvRows(text);
  if (rows.length === 0) throw new ArgError(0, 'missing header line');
  const [header, ...body] = rows;
  const out = body.map((r, i) => {
    if (r.length !== header.length) throw new ArgError(0, `record on line ${i + 2}: wrong number of fields`);
    const attrs: Record<string, Value> = {};
    header.forEach((h, j) => (attrs[h] = V.string(r[j])));
    return V.object(attrs);
  });
  const attrsType: Record<string, typeof T.string> = {};
  for (const h of header) attrsType[h] = T.string;
  return V.list(out, T.object(attrsType));
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
    yamlencode: fn([param('value', T.dynamic, { allowNull: true })], ([v]) => V.string(toYAML(v)), { returnType: T.string }),
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

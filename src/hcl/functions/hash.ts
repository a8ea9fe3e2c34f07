// Hash and UUID functions: md5 sha1 sha256 sha512 bcrypt uuidv4 uuidv5.
import { createHash, randomUUID } from 'node:crypto';
import type { HclFunction } from './function.js';
import { T, V } from '../value/value.js';
import { fn, FunctionError, num, param, str } from './helpers.js';
import { bcryptHash } from './bcrypt.js';
import { messageOf } from '../../error-message.js';

const digest = (algo: string, encoding: 'hex' | 'base64'): HclFunction =>
  fn([param('str', T.string)], ([s]) => V.string(createHash(algo).update(str(s), 'utf8').digest(encoding)), { returnType: T.string });

const WHOLE_INT64 = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';

const namespaces: Record<string, string> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};

/** google/uuid's Parse: 36 characters, 38 (any one character either side), urn:uuid: + 36, or 32 hex digits. */
function parseUUID(s: string): string {
  let t = s;
  switch (Buffer.byteLength(s)) {
    case 36:
      break;
    case 45:
      if (s.slice(0, 9).toLowerCase() !== 'urn:uuid:') throw new Error(`invalid urn prefix: ${JSON.stringify(s.slice(0, 9))}`);
      t = s.slice(9);
      break;
    case 38:
      t = s.slice(1, 37);
      break;
    case 32:
      if (!/^[0-9a-fA-F]{32}$/.test(s)) throw new Error('invalid UUID format');
      return s;
    default:
      throw new Error(`invalid UUID length: ${Buffer.byteLength(s)}`);
  }
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(t)) throw new Error('invalid UUID format');
  return t.replace(/-/g, '');
}

function uuidv5(namespace: string, name: string): string {
  let ns = namespaces[namespace]?.replace(/-/g, '');
  if (ns === undefined) {
    try {
      ns = parseUUID(namespace);
    } catch (e: unknown) {
      throw new FunctionError(`uuidv5() doesn't support namespace ${namespace} (${messageOf(e)})`);
    }
  }
  const h = createHash('sha1').update(Buffer.from(ns, 'hex')).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export function hashFunctions(): Record<string, HclFunction> {
  return {
    md5: digest('md5', 'hex'),
    sha1: digest('sha1', 'hex'),
    sha256: digest('sha256', 'hex'),
    sha512: digest('sha512', 'hex'),
    bcrypt: fn(
      [param('str', T.string)],
      (args) => {
        const [s, cost] = args;
        let c = 10;
        if (cost !== undefined) {
          const n = num(cost, 1);
          if (!Number.isInteger(n) || Math.abs(n) >= 2 ** 63) throw new FunctionError(WHOLE_INT64);
          c = n;
        }
        if (args.length > 2) throw new FunctionError('bcrypt() takes no more than two arguments');
        const password = str(s);
        if (Buffer.byteLength(password) > 72) throw new FunctionError('error occured generating password bcrypt: password length exceeds 72 bytes');
        // Go's bcrypt raises a cost below 4 to its default of 10.
        if (c < 4) c = 10;
        if (c > 31) throw new FunctionError(`error occured generating password crypto/bcrypt: cost ${c} is outside allowed inclusive range 4..31`);
        return V.string(bcryptHash(password, c));
      },
      { varParam: param('cost', T.number), returnType: T.string },
    ),
    uuidv4: fn([], () => V.string(randomUUID()), { returnType: T.string }),
    uuidv5: fn([param('namespace', T.string), param('name', T.string)], ([ns, n]) => V.string(uuidv5(str(ns), str(n, 1))), {
      returnType: T.string,
    }),
  };
}

// Hash and UUID functions: md5 sha1 sha256 sha512 bcrypt uuidv4 uuidv5.
import { createHash, randomUUID } from 'node:crypto';
import type { HclFunction } from '../function.js';
import { T, V } from '../value.js';
import { ArgError, fn, int, param, str } from './helpers.js';
import { bcryptHash } from './bcrypt.js';

const digest = (algo: string, encoding: 'hex' | 'base64'): HclFunction =>
  fn([param('str', T.string)], ([s]) => V.string(createHash(algo).update(str(s), 'utf8').digest(encoding)), { returnType: T.string });

const namespaces: Record<string, string> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};

function uuidv5(namespace: string, name: string): string {
  const ns = namespaces[namespace] ?? namespace;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ns)) {
    throw new ArgError(0, `uuidv5() doesn't support namespace prefix ${namespace}`);
  }
  const h = createHash('sha1')
    .update(Buffer.from(ns.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
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
      ([s, cost]) => {
        const c = cost === undefined ? 10 : int(cost, 1);
        if (c < 4 || c > 31) throw new ArgError(1, `crypto/bcrypt: cost ${c} is outside allowed range (4,31)`);
        return V.string(bcryptHash(str(s), c));
      },
      { varParam: param('cost', T.number), returnType: T.string },
    ),
    uuidv4: fn([], () => V.string(randomUUID()), { returnType: T.string }),
    uuidv5: fn([param('namespace', T.string), param('name', T.string)], ([ns, n]) => V.string(uuidv5(str(ns), str(n, 1))), {
      returnType: T.string,
    }),
  };
}

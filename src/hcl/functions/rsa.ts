// rsadecrypt: RSA PKCS #1 v1.5 decryption of base64 ciphertext with a PEM PKCS #1 private key, as go-cty-funcs does.
// Node refuses PKCS #1 v1.5 private decryption (CVE-2023-46809), so the modular exponentiation is done here; the
// padding check does not need to be constant-time because the plaintext is a template value, not a network oracle.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import type { HclFunction } from './function.js';
import { T, V } from '../value/value.js';
import { fn, FunctionError, param, str } from './helpers.js';

const DECRYPTION_ERROR = 'crypto/rsa: decryption error';

/** The first PEM block: its headers and DER bytes (pem.Decode). */
function firstPemBlock(text: string): { headers: Record<string, string>; der: Buffer } | undefined {
  const m = /-----BEGIN ([^\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) return undefined;
  const headers: Record<string, string> = {};
  let body = m[2];
  const split = /\r?\n\r?\n/.exec(body);
  if (split && /^[\w-]+:/.test(body)) {
    for (const line of body.slice(0, split.index).split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    body = body.slice(split.index + split[0].length);
  }
  return { headers, der: Buffer.from(body.replace(/\s+/g, ''), 'base64') };
}

function parseKey(text: string): KeyObject {
  const block = firstPemBlock(text);
  if (!block) throw new FunctionError('failed to parse key: no key found');
  if (block.headers['Proc-Type'] === '4,ENCRYPTED') {
    throw new FunctionError('failed to parse key: password protected keys are not supported. Please decrypt the key prior to use');
  }
  // OpenSSL would also read a PKCS #8 key given as PKCS #1; Go's x509.ParsePKCS1PrivateKey does not.
  if (!isPkcs1(block.der)) {
    const pkcs8 = tryKey(block.der, 'pkcs8') !== undefined;
    throw new FunctionError(`x509: failed to parse private key${pkcs8 ? ' (use ParsePKCS8PrivateKey instead for this key format)' : ''}`);
  }
  const key = tryKey(block.der, 'pkcs1');
  if (!key) throw new FunctionError('x509: failed to parse private key');
  return key;
}

function tryKey(der: Buffer, type: 'pkcs1' | 'pkcs8'): KeyObject | undefined {
  try {
    return createPrivateKey({ key: der, format: 'der', type });
  } catch {
    return undefined;
  }
}

/** RSAPrivateKey ::= SEQUENCE { version INTEGER, modulus INTEGER, ... }: the second element is an INTEGER. */
function isPkcs1(der: Buffer): boolean {
  const headerLength = (at: number): number => (der[at + 1] < 0x80 ? 2 : 2 + (der[at + 1] & 0x7f));
  if (der[0] !== 0x30 || der.length < 4) return false;
  const first = headerLength(0);
  if (der[first] !== 0x02) return false;
  const versionEnd = first + headerLength(first) + der[first + 1];
  return der[versionEnd] === 0x02;
}

const bigOf = (b64url: string | undefined): bigint => BigInt(`0x${Buffer.from(b64url ?? '', 'base64url').toString('hex') || '0'}`);

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

function decrypt(ciphertext: Buffer, key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  const n = bigOf(jwk.n);
  const d = bigOf(jwk.d);
  const k = Buffer.from(jwk.n ?? '', 'base64url').length;
  if (k < 11 || ciphertext.length !== k) throw new FunctionError(DECRYPTION_ERROR);
  const c = BigInt(`0x${ciphertext.toString('hex')}`);
  if (c >= n) throw new FunctionError(DECRYPTION_ERROR);
  const em = Buffer.from(
    modPow(c, d, n)
      .toString(16)
      .padStart(k * 2, '0'),
    'hex',
  );
  const zero = em.indexOf(0, 2);
  if (em[0] !== 0 || em[1] !== 2 || zero < 10) throw new FunctionError(DECRYPTION_ERROR);
  return em.subarray(zero + 1);
}

function rsadecrypt(ciphertext: string, privateKey: string): string {
  const compact = ciphertext.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw new FunctionError(`failed to decode input ${JSON.stringify(ciphertext)}: cipher text must be base64-encoded`);
  }
  return decrypt(Buffer.from(compact, 'base64'), parseKey(privateKey)).toString('utf8');
}

export function rsaFunctions(): Record<string, HclFunction> {
  return {
    rsadecrypt: fn([param('ciphertext', T.string), param('privatekey', T.string)], ([c, k]) => V.string(rsadecrypt(str(c), str(k, 1))), {
      returnType: T.string,
    }),
  };
}

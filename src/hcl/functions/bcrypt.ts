// bcrypt ($2a$, as golang.org/x/crypto/bcrypt writes it). Blowfish's initial state is the fractional hex digits of
// pi, computed here with Machin's formula instead of being pasted as 4 KB of constants.
import { randomBytes } from 'node:crypto';

const WORDS = 18 + 4 * 256;
let piWords: Uint32Array | undefined;

function arctanInverse(x: bigint, one: bigint): bigint {
  let sum = 0n;
  let term = one / x;
  const x2 = x * x;
  for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign) {
    sum += (sign * term) / n;
    term /= x2;
  }
  return sum;
}

function blowfishConstants(): Uint32Array {
  if (piWords) return piWords;
  const bits = BigInt(WORDS * 32 + 64);
  const one = 1n << bits;
  const pi = 16n * arctanInverse(5n, one) - 4n * arctanInverse(239n, one);
  const frac = (pi % one) >> 64n;
  const words = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i++) words[i] = Number((frac >> BigInt((WORDS - 1 - i) * 32)) & 0xffffffffn);
  piWords = words;
  return words;
}

class Blowfish {
  readonly p: Uint32Array;
  readonly s: Uint32Array;

  constructor() {
    const k = blowfishConstants();
    this.p = k.slice(0, 18);
    this.s = k.slice(18);
  }

  private f(x: number): number {
    const { s } = this;
    return ((((s[x >>> 24] + s[256 + ((x >>> 16) & 0xff)]) ^ s[512 + ((x >>> 8) & 0xff)]) >>> 0) + s[768 + (x & 0xff)]) >>> 0;
  }

  encrypt(block: Uint32Array, at: number): void {
    let l = block[at];
    let r = block[at + 1];
    const { p } = this;
    for (let i = 0; i < 16; i += 2) {
      l = (l ^ p[i]) >>> 0;
      r = (r ^ this.f(l)) >>> 0;
      r = (r ^ p[i + 1]) >>> 0;
      l = (l ^ this.f(r)) >>> 0;
    }
    block[at] = (r ^ p[17]) >>> 0;
    block[at + 1] = (l ^ p[16]) >>> 0;
  }

  private static stream(data: Uint8Array, pos: { i: number }): number {
    let w = 0;
    for (let k = 0; k < 4; k++) {
      w = ((w << 8) | data[pos.i]) >>> 0;
      pos.i = (pos.i + 1) % data.length;
    }
    return w;
  }

  expand(key: Uint8Array, salt?: Uint8Array): void {
    const kp = { i: 0 };
    for (let i = 0; i < 18; i++) this.p[i] = (this.p[i] ^ Blowfish.stream(key, kp)) >>> 0;
    const block = new Uint32Array(2);
    const sp = { i: 0 };
    const next = (): void => {
      if (salt) {
        block[0] ^= Blowfish.stream(salt, sp);
        block[1] ^= Blowfish.stream(salt, sp);
      }
      this.encrypt(block, 0);
    };
    for (let i = 0; i < 18; i += 2) {
      next();
      this.p[i] = block[0];
      this.p[i + 1] = block[1];
    }
    for (let i = 0; i < 1024; i += 2) {
      next();
      this.s[i] = block[0];
      this.s[i + 1] = block[1];
    }
  }
}

const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function encode64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    out += alphabet[b0 >> 2] + alphabet[((b0 & 3) << 4) | (b1 >> 4)];
    if (i + 1 < bytes.length) out += alphabet[((b1 & 15) << 2) | (b2 >> 6)];
    if (i + 2 < bytes.length) out += alphabet[b2 & 63];
  }
  return out;
}

function decode64(text: string, length: number): Uint8Array {
  const vals = Array.from(text, (c) => alphabet.indexOf(c));
  const out: number[] = [];
  for (let i = 0; i < vals.length && out.length < length; i += 4) {
    const [a, b, c = 0, d = 0] = vals.slice(i, i + 4);
    out.push(((a << 2) | (b >> 4)) & 0xff);
    if (out.length < length) out.push(((b << 4) | (c >> 2)) & 0xff);
    if (out.length < length) out.push(((c << 6) | d) & 0xff);
  }
  return Uint8Array.from(out);
}

/** bcrypt of `password` at `cost`, with a random salt unless one (22 characters of bcrypt's base64) is given. */
export function bcryptHash(password: string, cost: number, salt22?: string): string {
  const salt = salt22 !== undefined ? decode64(salt22, 16) : new Uint8Array(randomBytes(16));
  const key = Uint8Array.from([...Buffer.from(password, 'utf8'), 0].slice(0, 72));
  const bf = new Blowfish();
  bf.expand(key, salt);
  for (let i = 0; i < 2 ** cost; i++) {
    bf.expand(key);
    bf.expand(salt);
  }
  const ctext = new Uint32Array(Array.from({ length: 6 }, (_, i) => Buffer.from('OrpheanBeholderScryDoubt').readUInt32BE(i * 4)));
  for (let i = 0; i < 64; i++) for (let j = 0; j < 6; j += 2) bf.encrypt(ctext, j);
  const bytes = new Uint8Array(24);
  ctext.forEach((w, i) => {
    bytes[i * 4] = w >>> 24;
    bytes[i * 4 + 1] = (w >>> 16) & 0xff;
    bytes[i * 4 + 2] = (w >>> 8) & 0xff;
    bytes[i * 4 + 3] = w & 0xff;
  });
  return `$2a$${String(cost).padStart(2, '0')}$${encode64(salt)}${encode64(bytes.subarray(0, 23))}`;
}

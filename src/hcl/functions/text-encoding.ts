// textencodebase64/textdecodebase64 as Packer defines them over golang.org/x/text: any IANA name or alias x/text
// knows, its canonical name in messages, UTF-16 with a byte order mark (big-endian) and UTF-16BE/LE without one,
// single-byte charsets from x/text's own tables, the CJK double-byte charsets through the platform's decoders, and
// Go's base64 (line breaks ignored, padding required).
import { ArgError, FunctionError } from './helpers.js';
import { IANA_NAMES, SINGLE_BYTE } from './iana-encodings.js';

const ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');

/** The canonical name for a name or alias, as ianaindex.IANA.Encoding then Name. */
export function canonicalEncoding(name: string, index: number): string {
  const canon = IANA_NAMES[name.trim().toLowerCase()];
  if (canon === undefined) throw new ArgError(index, `${JSON.stringify(name)} is not a supported IANA encoding name or alias`);
  return canon;
}

function singleByteTable(canon: string): string | undefined {
  const t = SINGLE_BYTE[canon];
  return t === undefined ? undefined : t.length === 128 ? ASCII + t : t;
}

/** WHATWG labels of the double-byte charsets, decoded by the platform (x/text implements the same standard). */
const DOUBLE_BYTE: Record<string, string> = {
  Shift_JIS: 'shift_jis',
  Extended_UNIX_Code_Packed_Format_for_Japanese: 'euc-jp',
  'EUC-KR': 'euc-kr',
  GBK: 'gbk',
  GB18030: 'gb18030',
  Big5: 'big5',
  'ISO-2022-JP': 'iso-2022-jp',
};

const reverse = new Map<string, Map<string, number[]>>();

/** Characters to bytes for a double-byte charset, built once by decoding every pair (the encoder's choices). */
function doubleByteEncoder(canon: string): Map<string, number[]> {
  const cached = reverse.get(canon);
  if (cached) return cached;
  const dec = new TextDecoder(DOUBLE_BYTE[canon]);
  const map = new Map<string, number[]>();
  const add = (bytes: number[], preferLast = false): void => {
    const c = dec.decode(Uint8Array.from(bytes));
    if ([...c].length !== 1 || c === '\ufffd' || c.charCodeAt(0) < 0x80) return;
    if (!map.has(c) || preferLast) map.set(c, bytes);
  };
  for (let b = 0x80; b <= 0xff; b++) add([b]);
  // The encoders leave out Shift_JIS's NEC-selected rows and Big5's lead bytes below 0xA1 (HKSCS), and take Big5's
  // last pointer for a few duplicated characters, as the Encoding Standard says.
  const big5Last = new Set(['\u2550', '\u255e', '\u2561', '\u256a', '\u5341', '\u5345']);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    if (canon === 'Shift_JIS' && (lead === 0xed || lead === 0xee)) continue;
    if (canon === 'Big5' && lead < 0xa1) continue;
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const bytes = [lead, trail];
      add(bytes, canon === 'Big5' && big5Last.has(dec.decode(Uint8Array.from(bytes))));
    }
  }
  reverse.set(canon, map);
  return map;
}

function utf16(s: string, littleEndian: boolean, bom: boolean): Buffer {
  const b = Buffer.alloc((s.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (u: number): void => {
    if (littleEndian) b.writeUInt16LE(u, o);
    else b.writeUInt16BE(u, o);
    o += 2;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
  return b;
}

export function encodeText(s: string, canon: string): Buffer {
  const cannot = (): never => {
    throw new ArgError(0, `the given string contains characters that cannot be represented in ${canon}`);
  };
  if (canon === 'UTF-8') return Buffer.from(s, 'utf8');
  if (canon === 'UTF-16') return utf16(s, false, true);
  if (canon === 'UTF-16BE' || canon === 'UTF-16LE') return utf16(s, canon === 'UTF-16LE', false);
  const table = singleByteTable(canon);
  if (table !== undefined) {
    const out: number[] = [];
    for (const c of s) {
      const i = c === '\ufffd' ? -1 : table.indexOf(c);
      if (i < 0) cannot();
      out.push(i);
    }
    return Buffer.from(out);
  }
  if (canon === 'ISO-2022-JP' || canon === 'HZ-GB-2312' || DOUBLE_BYTE[canon] === undefined) {
    throw new FunctionError(`encoding text as ${canon} is not supported`);
  }
  const map = doubleByteEncoder(canon);
  const out: number[] = [];
  for (const c of s) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else out.push(...(map.get(c) ?? cannot()));
  }
  return Buffer.from(out);
}

function decodeUTF16(b: Buffer, littleEndian: boolean, bom: boolean): string {
  let le = littleEndian;
  let start = 0;
  if (bom && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) [le, start] = [true, 2];
    else if (b[0] === 0xfe && b[1] === 0xff) [le, start] = [false, 2];
  }
  const body = b.subarray(start);
  const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(body);
  return text;
}

export function decodeText(b: Buffer, canon: string): string {
  if (canon === 'UTF-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
  if (canon === 'UTF-16') return decodeUTF16(b, false, true);
  if (canon === 'UTF-16BE' || canon === 'UTF-16LE') return decodeUTF16(b, canon === 'UTF-16LE', false);
  const table = singleByteTable(canon);
  if (table !== undefined) return [...b].map((x) => table[x]).join('');
  const label = DOUBLE_BYTE[canon];
  if (label === undefined) throw new FunctionError(`decoding text as ${canon} is not supported`);
  return new TextDecoder(label).decode(b);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Go's base64.StdEncoding.DecodeString: CR and LF skipped, padding required; the offset of the first fault. */
export function goBase64(s: string): Buffer {
  const out: number[] = [];
  let i = 0;
  const next = (): [string, number] | undefined => {
    while (i < s.length && (s[i] === '\n' || s[i] === '\r')) i++;
    if (i >= s.length) return undefined;
    return [s[i], i++];
  };
  for (;;) {
    const quantum: number[] = [];
    let j = 0;
    for (; j < 4; j++) {
      const got = next();
      if (!got) {
        if (j === 0) return Buffer.from(out);
        if (j === 1) throw new Base64Error(i - 1);
        throw new Base64Error(i - j);
      }
      const [c, at] = got;
      if (c === '=') {
        if (j === 0 || j === 1) throw new Base64Error(at);
        if (j === 2) {
          const more = next();
          if (!more) throw new Base64Error(s.length);
          if (more[0] !== '=') throw new Base64Error(more[1] - 1);
        }
        const rest = next();
        if (rest) throw new Base64Error(rest[1]);
        break;
      }
      const v = B64.indexOf(c);
      if (v < 0) throw new Base64Error(at);
      quantum.push(v);
    }
    const n = quantum.length;
    const bits = (quantum[0] << 18) | ((quantum[1] ?? 0) << 12) | ((quantum[2] ?? 0) << 6) | (quantum[3] ?? 0);
    out.push((bits >> 16) & 0xff);
    if (n >= 3) out.push((bits >> 8) & 0xff);
    if (n >= 4) out.push(bits & 0xff);
    if (n < 4) return Buffer.from(out);
  }
}

export class Base64Error extends Error {
  constructor(readonly offset: number) {
    super(`illegal base64 data at input byte ${offset}`);
  }
}

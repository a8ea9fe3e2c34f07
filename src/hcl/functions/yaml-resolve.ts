// How yamldecode gives a YAML scalar its value: the resolver of go-cty-yaml v1.0.1 (the version Packer builds with).
// It is neither YAML 1.1 nor 1.2: `yes`/`on`/`y` are booleans, `1_000` and `0b101` numbers, `0x10` and `0o17`
// strings unless tagged `!!int`, `010` is ten, and dates become RFC 3339 strings. `<<` is the merge marker.
import { T, V, type Type, type Value } from '../value/value.js';
import { daysIn } from './time-parse.js';
import { parseNumberValue } from '../value/number.js';

export const TAG = 'tag:yaml.org,2002:';
const STR = `${TAG}str`;
const BOOL = `${TAG}bool`;
const INT = `${TAG}int`;
const FLOAT = `${TAG}float`;
const NULL = `${TAG}null`;
const TIMESTAMP = `${TAG}timestamp`;
const BINARY = `${TAG}binary`;

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/** The `<<` marker: a merge when it is a mapping key, the string "<<" anywhere else. */
export const MERGE = Symbol('merge');

export class ResolveError extends Error {}

const words = new Map<string, Value>();
for (const w of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) words.set(w, V.bool(true));
for (const w of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) words.set(w, V.bool(false));
for (const w of ['', '~', 'null', 'Null', 'NULL']) words.set(w, V.null(T.dynamic));
for (const w of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) words.set(w, V.number(Infinity));
for (const w of ['-.inf', '-.Inf', '-.INF']) words.set(w, V.number(-Infinity));

function hint(src: string): string {
  if (src === '') return 'N';
  const c = src[0];
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
}

/** cty.ParseNumberVal: Go's big.ParseFloat in base 10 (no prefixes, no underscores; "inf" and "Inf" allowed). */
function parseNumberVal(s: string): Value | undefined {
  const m = /^([+-]?)(?:(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|(inf|Inf))$/.exec(s);
  if (!m) return undefined;
  if (m[4] !== undefined) return V.number(m[1] === '-' ? -Infinity : Infinity);
  return parseNumberValue(s) ?? V.number(Number(s));
}

const INT64_MAX = 2n ** 63n - 1n;

/** Go's strconv.ParseInt(s, 0, 64), then ParseUint(s, 0, 64): prefixes 0x, 0o, 0b and a leading 0 for octal. */
function parseGoInt(s: string): Value | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2];
  let digits: bigint;
  if (/^0[oO]/.test(body)) digits = BigInt(`0o${body.slice(2)}`);
  else if (/^0[0-7]+$/.test(body)) digits = BigInt(`0o${body.slice(1)}`);
  else digits = BigInt(body);
  const n = m[1] === '-' ? -digits : digits;
  if (n > INT64_MAX * 2n + 1n || n < -INT64_MAX - 1n) return undefined;
  if (m[1] !== '' && n > INT64_MAX) return undefined;
  return parseNumberValue(n.toString()) ?? V.number(Number(n));
}

function resolveTimestamp(src: string): Value | undefined {
  const t = parseYamlTimestamp(src);
  return t === undefined ? undefined : V.string(t);
}

function resolvable(tag: string): boolean {
  return [STR, BOOL, INT, FLOAT, NULL, TIMESTAMP, BINARY].includes(tag);
}

/** The value of one scalar, as go-cty-yaml's resolveScalar (tag '' when the scalar has none). */
export function resolveScalar(tag: string, src: string, style: ScalarStyle): Value | typeof MERGE {
  if (tag !== '' && !resolvable(tag)) throw new ResolveError(`unsupported tag ${JSON.stringify(tag)}`);
  const h = hint(src);
  if (h !== '' && tag !== STR && tag !== BINARY) {
    if (style === 'QUOTE_SINGLE' || style === 'QUOTE_DOUBLE') return V.string(src);
    const word = words.get(src);
    if (word) return word;
    if (tag === '' && (src === '.nan' || src === '.NaN' || src === '.NAN')) {
      throw new ResolveError('floating point NaN is not supported');
    }
    if (h === '.') {
      const n = parseNumberVal(src);
      if (n) return n;
    } else if (h === 'D' || h === 'S') {
      if (tag === '' || tag === TIMESTAMP) {
        const t = resolveTimestamp(src);
        if (t) return t;
      }
      const plain = src.replace(/_/g, '');
      const n = parseNumberVal(plain);
      if (n) return n;
      if (plain.startsWith('0b') || plain.startsWith('-0b')) tag = INT;
    }
  }
  if (tag === '' && src === '<<') return MERGE;
  switch (tag) {
    case STR:
      return V.string(src);
    case BINARY:
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(src)) {
        throw new ResolveError(`cannot parse ${goQuote(src)} as ${tag}: not valid base64`);
      }
      return V.string(src);
    case BOOL: {
      const word = words.get(src);
      if (word?.kind !== 'bool') throw new ResolveError(`cannot parse ${goQuote(src)} as ${tag}`);
      return word;
    }
    case FLOAT:
    case INT: {
      const plain = src.replace(/_/g, '');
      const n = parseNumberVal(plain) ?? parseGoInt(plain);
      if (n) return n;
      throw new ResolveError(`cannot parse ${goQuote(src)} as ${tag}`);
    }
    case TIMESTAMP: {
      const t = resolveTimestamp(src);
      if (t) return t;
      throw new ResolveError(`cannot parse ${goQuote(src)} as ${tag}`);
    }
    case NULL:
      return V.null(T.dynamic);
    default:
      return V.string(src);
  }
}

/** The type yamldecode infers for a scalar: an untagged quoted scalar is a string whatever it resolves to. */
export function scalarType(v: Value | typeof MERGE): Type {
  if (v === MERGE) return T.string;
  return v.kind === 'null' ? T.dynamic : ({ kind: v.kind } as Type);
}

/** Go's %q for the strings in these messages (printable text as is, the rest escaped). */
export function goQuote(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A YAML timestamp as go-cty-yaml reads it (Go's time.Parse with the layouts `2006-1-2T15:4:5.999999999Z07:00`,
 * the same with `t`, `2006-1-2 15:4:5.999999999` and `2006-1-2`), written back as RFC 3339 without the fraction.
 */
export function parseYamlTimestamp(s: string): string | undefined {
  const m = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:([Tt])|( ))(\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?(Z|[+-]\d\d:\d\d)?)?$/.exec(s);
  if (!m) return undefined;
  const [, ys, mos, ds, tee, space, hs, mis, ss, zone] = m;
  if ((tee && zone === undefined) || (space && zone !== undefined)) return undefined;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = Number(hs ?? 0);
  const mi = Number(mis ?? 0);
  const sec = Number(ss ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 59) return undefined;
  let offset = 'Z';
  if (zone !== undefined && zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 24 || om > 60) return undefined;
    if (oh !== 0 || om !== 0) offset = zone;
  }
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return `${ys}-${p2(mo)}-${p2(d)}T${p2(h)}:${p2(mi)}:${p2(sec)}${offset}`;
}

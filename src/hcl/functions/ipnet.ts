// IP network functions: cidrhost cidrnetmask cidrsubnet cidrsubnets, for IPv4 and IPv6 (addresses as BigInt).
import type { HclFunction } from './function.js';
import { T, V, type Value } from '../value/value.js';
import { ArgError, fn, FunctionError, int64, param, str, strings } from './helpers.js';

interface Net {
  v6: boolean;
  addr: bigint;
  bits: number;
}

/** Go's parseIPv4: four decimal fields of at most 255, without leading zeros. */
function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^(?:0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseV6(s: string): bigint | undefined {
  let text = s;
  let tail: bigint | undefined;
  const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    tail = parseV4(v4[1]);
    if (tail === undefined) return undefined;
    text = `${text.slice(0, v4.index)}:0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] === '' ? [] : halves[0].split(':');
  const rest = halves.length === 2 ? (halves[1] === '' ? [] : halves[1].split(':')) : [];
  const missing = 8 - head.length - rest.length;
  // Without "::" there are eight groups; with it, "::" stands for at least one zero group (Go's parseIPv6).
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  let n = groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
  if (tail !== undefined) n = (n & ~0xffffffffn) | tail;
  return n;
}

class CIDRError extends Error {}

/** Go's net.ParseCIDR; the failure is its "invalid CIDR address: …". */
function parseCIDR(prefix: string): Net {
  const slash = prefix.indexOf('/');
  const fail = (): never => {
    throw new CIDRError(`invalid CIDR address: ${prefix}`);
  };
  if (slash < 0) return fail();
  const [text, len] = [prefix.slice(0, slash), prefix.slice(slash + 1)];
  let v6 = false;
  let addr = parseV4(text);
  if (addr === undefined) {
    v6 = true;
    addr = parseV6(text);
  }
  const m = /^\d+/.exec(len);
  if (addr === undefined || !m || m[0].length !== len.length || Number(len) > (v6 ? 128 : 32)) return fail();
  const bits = Number(len);
  const width = v6 ? 128 : 32;
  const mask = ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - bits)) - 1n);
  return { v6, addr: addr & mask, bits };
}

/** parseCIDR for cidrhost, cidrnetmask and cidrsubnet, whose failures are the call's. */
function network(prefix: string): Net {
  try {
    return parseCIDR(prefix);
  } catch (e: unknown) {
    if (e instanceof CIDRError) throw new FunctionError(`invalid CIDR expression: ${e.message}`);
    throw e;
  }
}

/** gocty's conversion of a number to a Go int, exact over the whole int64 range. */
function goInt(v: Value): bigint {
  return int64(v);
}

/** big.Int's Bytes() of a two's-complement result: its absolute value, as net.IP takes it. */
function toAddr(n: bigint, width: number): bigint {
  const abs = n < 0n ? -n : n;
  return abs & ((1n << BigInt(width)) - 1n);
}

/**
 * Whether an IPv6 address is IPv4-mapped (`::ffff:a.b.c.d`): Go's net.IP.To4 takes it as IPv4, so it prints in dotted
 * form, and go-cidr places a host number in its last 32 bits (shifted by 96 in the 128-bit address).
 */
const mapped = (n: bigint): boolean => n >> 32n === 0xffffn;

function formatAddr(n: bigint, v6: boolean): string {
  if (!v6 || mapped(n)) return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt((7 - i) * 16)) & 0xffffn));
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** go-cidr's Subnet: newbits may be negative (a shorter prefix); netnum is placed as two's complement. */
function subnet(net: Net, newbits: number, netnum: bigint): Net {
  const width = net.v6 ? 128 : 32;
  if (newbits > 32) throw new FunctionError('may not extend prefix by more than 32 bits');
  const bits = net.bits + newbits;
  if (bits > width) throw new FunctionError(`insufficient address space to extend prefix of ${net.bits} by ${newbits}`);
  const max = newbits >= 0 ? (1n << BigInt(newbits)) - 1n : (1n << 64n) - 1n;
  const asUint = (netnum < 0n ? -netnum : netnum) & ((1n << 64n) - 1n);
  if (asUint > max) throw new FunctionError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const shifted = bits <= width ? netnum << BigInt(width - bits) : netnum >> BigInt(bits - width);
  return { v6: net.v6, addr: toAddr(net.addr | shifted, width), bits };
}

/** go-cidr's Host: a negative number counts back from the last address. */
function host(net: Net, hostnum: bigint): string {
  const width = net.v6 ? 128 : 32;
  const max = (1n << BigInt(width - net.bits)) - 1n;
  let n = hostnum;
  let magnitude = (n < 0n ? -n : n) & ((1n << 64n) - 1n);
  if (n < 0n) {
    magnitude = -n - 1n;
    n = max - magnitude;
  }
  if (magnitude > max) throw new FunctionError(`prefix of ${net.bits} does not accommodate a host numbered ${n}`);
  const shift = net.v6 && mapped(net.addr) ? 96n : 0n;
  return formatAddr(toAddr(net.addr | (n << shift), width), net.v6);
}

/** Go's IPNet.String: an IPv4-mapped network prints as IPv4, with the last 32 bits of its mask as the length. */
const cidr = (n: Net): string => `${formatAddr(n.addr, n.v6)}/${n.v6 && mapped(n.addr) ? Math.max(0, n.bits - 96) : n.bits}`;

function subnetsBase(prefix: string): Net {
  try {
    return parseCIDR(prefix);
  } catch (e: unknown) {
    if (e instanceof CIDRError) throw new ArgError(0, `invalid CIDR expression: ${e.message}`);
    throw e;
  }
}

/** gocty's conversion of a newbits argument to a Go int, its failure blamed on that argument. */
function newbitsArg(v: Value, index: number): number {
  try {
    return Number(goInt(v));
  } catch (e: unknown) {
    if (e instanceof FunctionError) throw new ArgError(index, e.message);
    throw e;
  }
}

function subnets(net: Net, newbitsList: Value[]): string[] {
  const width = net.v6 ? 128 : 32;
  const out: string[] = [];
  let next = net.addr;
  const end = net.addr + (1n << BigInt(width - net.bits));
  if (newbitsList.length > 0) newbitsArg(newbitsList[0], 1);
  for (const [i, v] of newbitsList.entries()) {
    const nb = newbitsArg(v, i + 1);
    if (nb < 1) throw new ArgError(i + 1, 'must extend prefix by at least one bit');
    if (nb > 32) throw new ArgError(i + 1, 'may not extend prefix by more than 32 bits');
    const bits = net.bits + nb;
    if (bits > width) throw new ArgError(i + 1, `would extend prefix to ${bits} bits, which is too long for an IPv${net.v6 ? 6 : 4} address`);
    // go-cidr takes an IPv4-mapped network as IPv4 but keeps its 128-bit prefix length, so it finds no subnet at all.
    if (net.v6 && mapped(net.addr)) throw new ArgError(i + 1, `not enough remaining address space for a subnet with a prefix of ${bits} bits after <nil>`);
    const size = 1n << BigInt(width - bits);
    const start = ((next + size - 1n) / size) * size;
    if (start + size > end)
      throw new ArgError(i + 1, `not enough remaining address space for a subnet with a prefix of ${bits} bits after ${out.at(-1) ?? cidr(net)}`);
    out.push(cidr({ v6: net.v6, addr: start, bits }));
    next = start + size;
  }
  return out;
}

export function ipnetFunctions(): Record<string, HclFunction> {
  return {
    cidrhost: fn([param('prefix', T.string), param('hostnum', T.number)], ([p, h]) => V.string(host(network(str(p)), int64(h, 1))), {
      returnType: T.string,
    }),
    cidrnetmask: fn(
      [param('prefix', T.string)],
      ([p]) => {
        const net = network(str(p));
        const width = net.v6 ? 128 : 32;
        return V.string(formatAddr(((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - net.bits)) - 1n), net.v6));
      },
      { returnType: T.string },
    ),
    cidrsubnet: fn(
      [param('prefix', T.string), param('newbits', T.number), param('netnum', T.number)],
      ([p, b, n]) => {
        const newbits = Number(goInt(b));
        const netnum = goInt(n);
        return V.string(cidr(subnet(network(str(p)), newbits, netnum)));
      },
      { returnType: T.string },
    ),
    cidrsubnets: fn([param('prefix', T.string)], ([p, ...bits]) => strings(subnets(subnetsBase(str(p)), bits)), {
      varParam: param('newbits', T.number),
      returnType: T.list(T.string),
    }),
  };
}

// IP network functions: cidrhost cidrnetmask cidrsubnet cidrsubnets, for IPv4 and IPv6 (addresses as BigInt).
import type { HclFunction } from '../function.js';
import { T, V } from '../value.js';
import { ArgError, fn, FunctionError, int, int64, num, param, str, strings } from './helpers.js';

interface Net {
  v6: boolean;
  addr: bigint;
  bits: number;
}

function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
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
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  let n = groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
  if (tail !== undefined) n = (n & ~0xffffffffn) | tail;
  return n;
}

function parseCIDR(prefix: string): Net {
  const m = /^([^/]+)\/(\d+)$/.exec(prefix);
  const fail = (): never => {
    throw new ArgError(0, `invalid CIDR address: ${prefix}`);
  };
  if (!m) return fail();
  const v6 = m[1].includes(':');
  const addr = v6 ? parseV6(m[1]) : parseV4(m[1]);
  const bits = Number(m[2]);
  if (addr === undefined || bits > (v6 ? 128 : 32)) return fail();
  const width = v6 ? 128 : 32;
  const mask = ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - bits)) - 1n);
  return { v6, addr: addr & mask, bits };
}

function formatAddr(n: bigint, v6: boolean): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 0xffn)).join('.');
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

function subnet(net: Net, newbits: number, netnum: bigint): Net {
  const width = net.v6 ? 128 : 32;
  const bits = net.bits + newbits;
  if (newbits < 0) throw new ArgError(1, 'must extend prefix by at least one bit');
  if (bits > width) throw new ArgError(1, `insufficient address space to extend prefix of ${net.bits} by ${newbits}`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) {
    throw new ArgError(2, `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  }
  return { v6: net.v6, addr: net.addr | (netnum << BigInt(width - bits)), bits };
}

function host(net: Net, hostnum: bigint): string {
  const width = net.v6 ? 128 : 32;
  const size = 1n << BigInt(width - net.bits);
  let h = hostnum;
  if (h < 0n) h += size;
  if (h < 0n || h >= size) throw new ArgError(1, `prefix of ${net.bits} does not accommodate a host numbered ${hostnum}`);
  return formatAddr(net.addr | h, net.v6);
}

const cidr = (n: Net): string => `${formatAddr(n.addr, n.v6)}/${n.bits}`;

function subnets(net: Net, newbitsList: number[]): string[] {
  const width = net.v6 ? 128 : 32;
  const out: string[] = [];
  let next = net.addr;
  const end = net.addr + (1n << BigInt(width - net.bits));
  for (const [i, nb] of newbitsList.entries()) {
    if (nb < 1) throw new ArgError(i + 1, 'must extend prefix by at least one bit');
    const bits = net.bits + nb;
    if (bits > width) throw new ArgError(i + 1, `would extend prefix to ${bits} bits, which is too long for an IPv${net.v6 ? 6 : 4} address`);
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
    cidrhost: fn(
      [param('prefix', T.string), param('hostnum', T.number)],
      ([p, h]) => {
        const hostnum = int64(h, 1);
        return V.string(host(parseCIDR(str(p)), hostnum));
      },
      { returnType: T.string },
    ),
    cidrnetmask: fn(
      [param('prefix', T.string)],
      ([p]) => {
        const net = parseCIDR(str(p));
        if (net.v6) throw new FunctionError(`IPv6 addresses cannot have a netmask: ${str(p)}`);
        return V.string(formatAddr(0xffffffffn ^ ((1n << BigInt(32 - net.bits)) - 1n), false));
      },
      { returnType: T.string },
    ),
    cidrsubnet: fn(
      [param('prefix', T.string), param('newbits', T.number), param('netnum', T.number)],
      ([p, b, n]) => V.string(cidr(subnet(parseCIDR(str(p)), int(b, 1), BigInt(int(n, 2))))),
      { returnType: T.string },
    ),
    cidrsubnets: fn(
      [param('prefix', T.string)],
      ([p, ...bits]) =>
        strings(
          subnets(
            parseCIDR(str(p)),
            bits.map((b, i) => num(b, i + 1)),
          ),
        ),
      {
        varParam: param('newbits', T.number),
        returnType: T.list(T.string),
      },
    ),
  };
}

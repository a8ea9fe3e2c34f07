// Who owns what a run creates: this host (and boot, and pid namespace), this process and the process's start time (from /proc/<pid>/stat, so a pid
// the kernel reuses later is not mistaken for the run). Containers carry it as a label and temporary directories in
// their name; a later run removes only what an owner left that is provably dead on this very host.
import { createHash } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

export const OWNER_LABEL = 'io.repack.owner';

export interface Owner {
  /** A hash of the host name: the same on every run of this machine (or container), short and safe in a file name. */
  host: string;
  pid: number;
  /** The process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat). */
  start: string;
}

const FORMAT = /^([0-9a-f]{12})-([1-9][0-9]{0,9})-([0-9]{1,20})$/;

function read(f: () => string): string {
  try {
    return f();
  } catch {
    return '';
  }
}

/**
 * The host name, the kernel's boot id and this process's pid namespace: two machines (or two containers on one
 * kernel) with the same host name still differ, so a pid is only ever looked up where it means the same process.
 */
export function hostId(name = hostname()): string {
  const boot = read(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim());
  const pidNamespace = read(() => readlinkSync('/proc/self/ns/pid'));
  return createHash('sha256').update(`${name}\0${boot}\0${pidNamespace}`).digest('hex').slice(0, 12);
}

/** The fields of /proc/<pid>/stat after the command name (which may contain spaces and parentheses). */
function statFields(pid: number): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Field 22 (start time); undefined when the process does not exist (or there is no /proc). */
export function processStart(pid: number): string | undefined {
  return statFields(pid)?.[19];
}

/** Field 5 (process group). */
export function processGroup(pid: number): number | undefined {
  const g = statFields(pid)?.[2];
  return g === undefined ? undefined : Number(g);
}

let self: string | undefined;

/** This process as an owner: "<host>-<pid>-<start>". */
export function currentOwner(): string {
  self ??= `${hostId()}-${process.pid}-${processStart(process.pid) ?? '0'}`;
  return self;
}

export function parseOwner(text: string): Owner | undefined {
  const m = FORMAT.exec(text);
  return m ? { host: m[1], pid: Number(m[2]), start: m[3] } : undefined;
}

/**
 * 'dead' only when provable: same host, and the pid is gone or now names a process that started at another time.
 * Another host (a shared engine), an unreadable owner or a system without /proc is 'unknown': never touched.
 */
export function ownerState(text: string): 'alive' | 'dead' | 'unknown' {
  const o = parseOwner(text);
  if (!o || o.host !== hostId() || processStart(process.pid) === undefined) return 'unknown';
  const start = processStart(o.pid);
  return start === o.start ? 'alive' : 'dead';
}

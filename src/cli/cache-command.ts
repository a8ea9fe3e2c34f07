// `repack cache ls` / `repack cache prune [-keep-duration=24h]`: the build cache in the local Docker daemon.
import type { Driver } from '../docker/driver.js';
import { listCache, pruneCache } from '../cache/manage.js';
import { parseDuration } from '../plugin/duration.js';
import { parseArgs, usage, UsageError, type Flags } from './args.js';
import { HelpRequested } from './help.js';

export const PRUNE_FLAGS: Flags = {
  'keep-duration': { kind: 'string', description: 'Keep cache images made within this long, e.g. "24h" (default: remove all).' },
};

const HELP = `Usage: repack cache <ls|prune> [options]

    ls       list the cache images in the local Docker daemon
    prune    remove cache images (tagged and busy images stay)
`;

export interface CacheIo {
  out: (s: string) => void;
  err: (s: string) => void;
  env: Record<string, string | undefined>;
  /** For tests; defaults to the daemon the docker CLI would use. */
  driver?: Driver;
}

const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

async function driverOf(io: CacheIo): Promise<Driver> {
  return io.driver ?? (await import('../docker/connect.js')).connectDocker(io.env);
}

export async function cacheCommand(argv: string[], io: CacheIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '-h' || sub === '-help' || sub === '--help') throw new HelpRequested(PRUNE_FLAGS);
  if (sub === 'ls' || sub === 'list') {
    parseArgs(rest, {});
    const entries = await listCache(await driverOf(io));
    io.out(`${'KEY'.padEnd(14)}${'IMAGE'.padEnd(14)}${'CREATED'.padEnd(26)}BUILD\n`);
    for (const e of entries)
      io.out(`${e.key.slice(0, 12).padEnd(14)}${short(e.imageId).padEnd(14)}${(e.created?.toISOString() ?? '-').padEnd(26)}${e.build}\n`);
    io.err(`${entries.length} cache image${entries.length === 1 ? '' : 's'}\n`);
    return 0;
  }
  if (sub === 'prune') {
    const p = parseArgs(rest, PRUNE_FLAGS);
    if (p.positional.length > 0) throw new UsageError(`cache prune takes no arguments\n\n${usage('cache prune', '[options]', PRUNE_FLAGS)}`);
    const raw = p.values['keep-duration'] as string | undefined;
    const keepMs = raw === undefined ? undefined : parseDuration(raw);
    if (raw !== undefined && keepMs === undefined) throw new UsageError(`invalid value "${raw}" for flag -keep-duration: write it like "30m", "24h" or "168h"`);
    const r = await pruneCache(await driverOf(io), keepMs);
    for (const e of r.removed) io.out(`Deleted: ${short(e.imageId)} (key ${e.key.slice(0, 12)})\n`);
    for (const k of r.kept) io.err(`Kept ${short(k.entry.imageId)}: ${k.reason}\n`);
    io.out(`Removed ${r.removed.length} cache image${r.removed.length === 1 ? '' : 's'}.\n`);
    return 0;
  }
  io.err(HELP);
  return sub === undefined || sub === '-h' || sub === '--help' || sub === 'help' ? 0 : 1;
}

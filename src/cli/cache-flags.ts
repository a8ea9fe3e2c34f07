// -cache-from / -cache-to / -no-cache → the engine's CacheOptions. Caching is on by default (type=local: the daemon's
// own images); the specs are written as buildx users know them.
import { parseCacheSpecs, type CacheDirection } from '../cache/spec.js';
import type { CacheOptions } from '../cache/options.js';
import { UsageError, type ParsedArgs } from './args.js';
import { messageOf } from '../error-message.js';

function specs(values: string[], direction: CacheDirection): NonNullable<CacheOptions['from']> {
  return values.flatMap((value) => {
    try {
      const parsed = parseCacheSpecs(value, direction);
      if (parsed.some((s) => s.type === 'gha')) throw new Error('type=gha works only in the repack GitHub Action');
      return parsed;
    } catch (e: unknown) {
      const problem = messageOf(e).replace(/^Input "[^"]+", line \d+ \(.*?\): /, '');
      throw new UsageError(`invalid value "${value}" for flag -${direction}: ${problem}`);
    }
  });
}

export function cacheOptions(v: ParsedArgs['values']): CacheOptions {
  return {
    noCache: v['no-cache'] === true,
    from: specs((v['cache-from'] as string[] | undefined) ?? [], 'cache-from'),
    to: specs((v['cache-to'] as string[] | undefined) ?? [], 'cache-to'),
  };
}

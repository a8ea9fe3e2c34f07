// Cache specs as buildx users write them (action inputs `cache-from`/`cache-to`, CLI flags -cache-from/-cache-to):
// one cache per line, comma-separated key=value fields (`type=registry,ref=ghcr.io/o/app:cache,mode=max`); a line
// that is only an image reference means type=registry. Parsed and checked here, for both fronts.
import type { CacheSpec, CacheType } from './backend.js';
import { messageOf } from '../error-message.js';

export type { CacheSpec, CacheType };
export type CacheDirection = 'cache-from' | 'cache-to';

const KEYS: Record<CacheDirection, Record<CacheType, readonly string[]>> = {
  // type=local is the daemon's own images: it takes no directory, only (to write) a mode.
  'cache-from': { local: [], registry: ['ref'], gha: ['scope', 'url', 'token'] },
  'cache-to': { local: ['mode'], registry: ['ref', 'mode'], gha: ['scope', 'url', 'token', 'mode'] },
};
const TYPES = Object.keys(KEYS['cache-from']) as CacheType[];
const MODES = ['min', 'max'];

function isCacheType(t: string): t is CacheType {
  return (TYPES as string[]).includes(t);
}

/** Splits on commas outside double quotes; quotes are removed, as in a CSV field. */
function fields(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (quoted) throw new Error('a double quote is not closed');
  out.push(current.trim());
  return out.filter((f) => f !== '');
}

function parseLine(line: string, direction: CacheDirection): CacheSpec {
  const parts = fields(line);
  if (parts.length === 1 && !parts[0].includes('=')) return { type: 'registry', attrs: { ref: parts[0] } };
  const attrs: Record<string, string> = {};
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`"${part}" is not key=value`);
    attrs[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  const { type, ...rest } = attrs;
  if (type === undefined) throw new Error(`no type= given (expected type=${TYPES.join(', type=')})`);
  if (!isCacheType(type)) throw new Error(`unknown cache type "${type}" (expected ${TYPES.join(', ')})`);
  const allowed = KEYS[direction][type];
  for (const key of Object.keys(rest)) {
    if (!allowed.includes(key)) {
      const takes = allowed.length > 0 ? `it takes: ${allowed.join(', ')}` : "it is the local Docker daemon's images and takes nothing";
      throw new Error(`type=${type} does not take "${key}" in ${direction} (${takes})`);
    }
  }
  if (type === 'registry' && !rest.ref) throw new Error('type=registry needs ref=IMAGE');
  if (rest.mode !== undefined && !MODES.includes(rest.mode)) {
    throw new Error(`mode=${rest.mode} is not min or max`);
  }
  return { type, attrs: rest };
}

/** Parses the raw input; throws an Error whose message names the input, the line and the problem. */
export function parseCacheSpecs(raw: string, direction: CacheDirection): CacheSpec[] {
  const specs: CacheSpec[] = [];
  raw.split(/\r?\n/).forEach((text, i) => {
    const line = text.trim();
    if (line === '') return;
    try {
      specs.push(parseLine(line, direction));
    } catch (e: unknown) {
      const problem = messageOf(e);
      throw new Error(`Input "${direction}", line ${i + 1} (${line}): ${problem}`);
    }
  });
  return specs;
}

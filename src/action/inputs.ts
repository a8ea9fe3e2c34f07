// The action's inputs, keyed by their action.yml names, parsed and validated in one place. Defaults repeat
// action.yml's so that running the bundle outside a runner (or under a runner that omits them) behaves the same.
import * as core from './runner.js';
import type { OnError } from '../pipeline/options.js';
import { type CacheSpec, parseCacheSpecs } from '../cache/spec.js';
import { parseVariables, type Variables } from './variables-input.js';
import { messageOf } from '../error-message.js';
import { parsePlatforms } from '../pipeline/platform.js';

export interface Inputs {
  template: string;
  variables: Variables;
  'var-files': string[];
  only: string[];
  except: string[];
  'parallel-builds': number;
  /** build-push-action's `platforms`: linux/amd64,linux/arm64 (docs/multi-platform.md). */
  platforms: string[];
  'on-error': OnError;
  push: boolean;
  'no-cache': boolean;
  'cache-from': CacheSpec[];
  'cache-to': CacheSpec[];
  'working-directory': string;
}

/** Every invalid input at once, each message naming the input and its bad value. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} inputs are invalid`);
    this.name = 'InputError';
  }
}

/** The raw value of an input, untrimmed ('' when not given). */
export type InputReader = (name: string) => string;

const ON_ERROR: readonly OnError[] = ['cleanup', 'abort', 'run-cleanup-provisioner'];
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export const readFromEnv: InputReader = (name) => core.getInput(name);

function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function globs(raw: string): string[] {
  return raw
    .split(/[,\r\n]/)
    .map((g) => g.trim())
    .filter((g) => g !== '');
}

function boolean(name: string, raw: string, fallback: boolean): boolean {
  const v = raw.trim();
  if (v === '') return fallback;
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new Error(`Input "${name}": ${JSON.stringify(v)} is not a boolean (use true or false)`);
}

function parallelBuilds(raw: string): number {
  const v = raw.trim();
  if (v === '') return 0;
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
    throw new Error(`Input "parallel-builds": ${JSON.stringify(v)} is not a whole number ≥ 0 (0 runs every build at once)`);
  }
  return Number(v);
}

function platforms(raw: string): string[] {
  const { platforms: list, errors } = parsePlatforms(raw);
  if (errors.length > 0) throw new Error(`Input "platforms": ${errors.join('; ')}`);
  return list;
}

function onError(raw: string): OnError {
  const v = raw.trim();
  if (v === '') return 'cleanup';
  const found = ON_ERROR.find((o) => o === v);
  if (!found) throw new Error(`Input "on-error": ${JSON.stringify(v)} is not one of ${ON_ERROR.join(', ')}`);
  return found;
}

/** Reads and validates every input; throws InputError listing all problems. */
export function readInputs(get: InputReader = readFromEnv): Inputs {
  const problems: string[] = [];
  const attempt = <T>(parse: () => T, fallback: T): T => {
    try {
      return parse();
    } catch (e: unknown) {
      problems.push(messageOf(e));
      return fallback;
    }
  };
  const inputs: Inputs = {
    template: get('template').trim() || '.',
    variables: attempt(() => parseVariables(get('variables')), []),
    'var-files': lines(get('var-files')),
    only: globs(get('only')),
    except: globs(get('except')),
    'parallel-builds': attempt(() => parallelBuilds(get('parallel-builds')), 0),
    platforms: attempt(() => platforms(get('platforms')), []),
    'on-error': attempt(() => onError(get('on-error')), 'cleanup'),
    push: attempt(() => boolean('push', get('push'), true), true),
    'no-cache': attempt(() => boolean('no-cache', get('no-cache'), false), false),
    'cache-from': attempt(() => parseCacheSpecs(get('cache-from'), 'cache-from'), []),
    'cache-to': attempt(() => parseCacheSpecs(get('cache-to'), 'cache-to'), []),
    'working-directory': get('working-directory').trim(),
  };
  if (problems.length > 0) throw new InputError(problems);
  return inputs;
}

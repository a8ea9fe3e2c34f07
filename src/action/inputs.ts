// The action's inputs, keyed by their action.yml names, parsed and validated in one place. Defaults repeat
// action.yml's so that running the bundle outside a runner (or under a runner that omits them) behaves the same.
import * as core from './workflow-commands.js';
import type { OnError } from '../pipeline/options.js';
import type { PrepareOptions } from '../pipeline/prepare.js';
import { type CacheSpec, parseCacheSpecs } from '../cache/spec.js';
import { parseVariables, type Variables } from './variables-input.js';
import { messageOf } from '../error-message.js';
import { parsePlatforms } from '../plugin/platform.js';

export interface Inputs {
  template: string;
  variables: Variables;
  'var-files': string[];
  only: string[];
  except: string[];
  'parallel-builds': number;
  /** build-push-action's `platforms`: linux/amd64,linux/arm64 (docs/multi-platform.md). */
  platforms: string[];
  /** With platforms: push each platform's image and no index (the legs of a build on several runners). */
  'push-by-digest': boolean;
  'on-error': OnError;
  push: boolean;
  'no-cache': boolean;
  'cache-from': CacheSpec[];
  'cache-to': CacheSpec[];
  'working-directory': string;
  /** Full image references to tag the build's image with (and push with it), as docker/metadata-action gives them. */
  tags: string[];
  /** key=value labels applied at commit. */
  labels: Record<string, string>;
  /** Parse, evaluate and check only; no Docker engine needed. */
  validate: boolean;
  /** A file the metadata output is also written to (relative to the workspace), '' for none. */
  'metadata-file': string;
}

/** Every invalid input at once, each message naming the input and its bad value. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} inputs are invalid`);
    this.name = 'InputError';
  }
}

/** The raw value of an input, untrimmed; undefined when the environment does not have it at all. */
export type InputReader = (name: string) => string | undefined;

const ON_ERROR: readonly OnError[] = ['cleanup', 'abort', 'run-cleanup-provisioner'];
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export const readFromEnv: InputReader = (name) => core.getInputIfSet(name);

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

/**
 * A boolean input: absent keeps the action.yml default; set but empty (the runner's value for `with: push:
 * ${{ vars.UNSET }}`) is an error, as @actions/core's getBooleanInput makes it, never a silent default.
 */
function boolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  const v = raw.trim();
  if (v === '')
    throw new Error(
      `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\`\n` +
        `(the input "${name}" is set but empty, e.g. from an unset variable: remove it to use the default)`,
    );
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

function tagList(raw: string): string[] {
  return globs(raw);
}

/** Newline-separated key=value pairs, as docker/metadata-action's labels output. */
function labelPairs(raw: string): Record<string, string> {
  const labels: Record<string, string> = {};
  raw.split(/\r?\n/).forEach((line, i) => {
    const l = line.trim();
    if (l === '') return;
    const eq = l.indexOf('=');
    if (eq <= 0) throw new Error(`Input "labels": line ${i + 1} is not key=value`);
    labels[l.slice(0, eq).trim()] = l.slice(eq + 1);
  });
  return labels;
}

/** Reads and validates every input; throws InputError listing all problems. */
export function readInputs(read: InputReader = readFromEnv): Inputs {
  const get = (name: string): string => read(name) ?? '';
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
    'push-by-digest': attempt(() => boolean('push-by-digest', read('push-by-digest'), false), false),
    'on-error': attempt(() => onError(get('on-error')), 'cleanup'),
    push: attempt(() => boolean('push', read('push'), true), true),
    'no-cache': attempt(() => boolean('no-cache', read('no-cache'), false), false),
    'cache-from': attempt(() => parseCacheSpecs(get('cache-from'), 'cache-from'), []),
    'cache-to': attempt(() => parseCacheSpecs(get('cache-to'), 'cache-to'), []),
    'working-directory': get('working-directory').trim(),
    tags: tagList(get('tags')),
    labels: attempt(() => labelPairs(get('labels')), {}),
    validate: attempt(() => boolean('validate', read('validate'), false), false),
    'metadata-file': get('metadata-file').trim(),
  };
  if (inputs['push-by-digest'] && inputs.platforms.length === 0 && !problems.some((p) => p.startsWith('Input "platforms"')))
    problems.push('Input "push-by-digest" pushes the images of a multi-platform build: set "platforms" too');
  if (problems.length > 0) throw new InputError(problems);
  return inputs;
}

/** What a build and a validate-only run read of the inputs: the template, its variables and the selection. */
export function templateInputs(inputs: Inputs, cwd: string): Pick<PrepareOptions, 'template' | 'cwd' | 'vars' | 'varFiles' | 'only' | 'except'> {
  return { template: inputs.template, cwd, vars: inputs.variables, varFiles: inputs['var-files'], only: inputs.only, except: inputs.except };
}

// Every action input: what it parses to, and for bad values the exact message the user sees.
import path from 'node:path';
import { actionInputDefaults, loadActionYml } from '../__fixtures__/action/action-yml.js';
import { ROOT } from '../__fixtures__/action/runner.js';
import { InputError, type Inputs, readInputs } from '../src/action/inputs.js';
import type { Variables } from '../src/action/variables-input.js';
import { V } from '../src/hcl/value/value.js';

const ACTION_YML = path.join(ROOT, 'action.yml');

function parse(values: Record<string, string>): Inputs {
  return readInputs((name) => values[name]);
}

function problems(values: Record<string, string>): string[] {
  try {
    parse(values);
  } catch (e: unknown) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected the inputs to be rejected');
}

describe('platforms', () => {
  test('comma or newline separated, as build-push-action; repeats and linux/arm64/v8 fold into one', () => {
    expect(parse({ platforms: 'linux/amd64, linux/arm64\nlinux/arm64/v8\nlinux/arm/v7' }).platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
  });

  test('a bad entry is an input error naming it', () => {
    expect(() => parse({ platforms: 'linux/amd64,arm64' })).toThrow('Input "platforms": "arm64" is not a platform');
  });

  test('push-by-digest goes with platforms; without them it is an input error', () => {
    expect(parse({ platforms: 'linux/arm64', 'push-by-digest': 'true' })['push-by-digest']).toBe(true);
    expect(problems({ 'push-by-digest': 'true' })).toEqual(['Input "push-by-digest" pushes the images of a multi-platform build: set "platforms" too']);
    expect(problems({ 'push-by-digest': 'yes', platforms: 'linux/arm64' })).toEqual(['Input "push-by-digest": "yes" is not a boolean (use true or false)']);
  });
});

describe('action.yml and Inputs agree', () => {
  test('every declared input is read, under the same name', () => {
    const declared = Object.keys(loadActionYml(ACTION_YML).inputs).sort();
    expect(Object.keys(parse({})).sort()).toEqual(declared);
  });

  test("action.yml's defaults parse to the same Inputs as no inputs at all (running outside a runner)", () => {
    expect(parse(actionInputDefaults(ACTION_YML))).toEqual(parse({}));
  });

  test('defaults', () => {
    expect(parse({})).toEqual({
      template: '.',
      variables: [],
      'var-files': [],
      only: [],
      except: [],
      'parallel-builds': 0,
      platforms: [],
      'push-by-digest': false,
      'on-error': 'cleanup',
      push: true,
      'no-cache': false,
      'cache-from': [],
      'cache-to': [],
      'working-directory': '',
      tags: [],
      labels: {},
      validate: false,
      'metadata-file': '',
    });
  });

  test('outputs are the contract names, each described', () => {
    const outputs = loadActionYml(ACTION_YML).outputs;
    expect(Object.keys(outputs).sort()).toEqual(['digest', 'digests', 'image-id', 'metadata', 'tags']);
    for (const o of Object.values(outputs)) expect(o.description?.length).toBeGreaterThan(10);
  });

  test('runs on node24 with a post step', () => {
    expect(loadActionYml(ACTION_YML).runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js' });
  });
});

describe('variables', () => {
  test.each<[string, Variables]>([
    ['version=1.2', [['version', '1.2']]],
    [
      '  a=1  \n\nb = x=y\n',
      [
        ['a', '1'],
        ['b', ' x=y'],
      ],
    ],
    ['empty=', [['empty', '']]],
    [
      'a=1\na=2',
      [
        ['a', '1'],
        ['a', '2'],
      ],
    ],
    [
      'script<<EOF\nline 1\n  line 2\nEOF\nafter=yes',
      [
        ['script', 'line 1\n  line 2'],
        ['after', 'yes'],
      ],
    ],
    ['cmd=cat <<EOF', [['cmd', 'cat <<EOF']]],
    ['key<<END\r\nx=1\r\nEND', [['key', 'x=1']]],
    ['empty<<EOF\nEOF', [['empty', '']]],
    [
      '{"version": "1.2", "n": 3, "on": true, "tags": ["a", "b${x}"], "m": {"k": "v"}}',
      [
        ['version', V.string('1.2')],
        ['n', V.number(3)],
        ['on', V.bool(true)],
        ['tags', V.tuple([V.string('a'), V.string('b${x}')])],
        ['m', V.object({ k: V.string('v') })],
      ],
    ],
    ['  {"a-b_c": ""}  ', [['a-b_c', V.string('')]]],
  ])('%j', (raw, want) => {
    expect(parse({ variables: raw }).variables).toEqual(want);
  });

  test.each([
    ['foo', 'Input "variables", line 1 is not name=value (or name<<EOF for a multi-line value)'],
    ['a=1\n\nnot a pair', 'Input "variables", line 3 is not name=value (or name<<EOF for a multi-line value)'],
    [
      '1abc=x',
      'Input "variables", line 1: the text before "=" (or "<<") is not a valid variable name (letters, digits, "_" and "-", not starting with a digit)',
    ],
    ['=x', 'Input "variables", line 1: the text before "=" (or "<<") is not a valid variable name (letters, digits, "_" and "-", not starting with a digit)'],
    ['a=1\nkey<<EOF\nvalue\n', 'Input "variables", line 2: the value of "key" (key<<EOF) has no closing line "EOF"'],
    ['key<<', 'Input "variables", line 1: "key<<" needs a delimiter, as in key<<EOF'],
    ['[1, 2]', 'Input "variables", line 1 is not name=value (or name<<EOF for a multi-line value)'],
    ['{"a": 1,}', 'Input "variables" starts with "{" but is not valid JSON: the error is at line 1, column 9'],
    ['{"a": 1', 'Input "variables" starts with "{" but is not valid JSON: the error is at line 1, column 8'],
    ['{"a": null}', 'Input "variables": "a" is null; leave it out to use the variable\'s default'],
    ['{"not valid": "x"}', 'Input "variables": "not valid" is not a valid variable name'],
  ])('rejects %j', (raw, message) => {
    const p = problems({ variables: raw });
    expect(p).toHaveLength(1);
    if (typeof message === 'string') expect(p[0]).toBe(message);
    else expect(p[0]).toMatch(message);
  });

  test('a bad line is not quoted (it may be part of a secret)', () => {
    const [p] = problems({ variables: 'x'.repeat(100) });
    expect(p).toBe('Input "variables", line 1 is not name=value (or name<<EOF for a multi-line value)');
  });
});

describe('lists and globs', () => {
  test('var-files: one per line, blank lines ignored', () => {
    expect(parse({ 'var-files': ' a.pkrvars.hcl\n\n b.pkrvars.json \n' })['var-files']).toEqual(['a.pkrvars.hcl', 'b.pkrvars.json']);
  });
  test('only and except: comma or newline separated', () => {
    const i = parse({ only: 'docker.a, *.b\nc.*\n', except: 'x,,y' });
    expect(i.only).toEqual(['docker.a', '*.b', 'c.*']);
    expect(i.except).toEqual(['x', 'y']);
  });
  test('template and working-directory are trimmed; an empty template means "."', () => {
    expect(parse({ template: '  ', 'working-directory': ' sub/dir ' })).toMatchObject({ template: '.', 'working-directory': 'sub/dir' });
  });
});

describe('scalars', () => {
  test.each([
    ['0', 0],
    ['1', 1],
    [' 16 ', 16],
  ])('parallel-builds %j', (raw, want) => {
    expect(parse({ 'parallel-builds': raw })['parallel-builds']).toBe(want);
  });
  test.each(['-1', '1.5', 'abc', 'all', '1e3', '99999999999999999999'])('parallel-builds rejects %j', (raw) => {
    expect(problems({ 'parallel-builds': raw })).toEqual([`Input "parallel-builds": "${raw}" is not a whole number ≥ 0 (0 runs every build at once)`]);
  });

  test.each(['cleanup', 'abort', 'run-cleanup-provisioner'])('on-error %s', (v) => {
    expect(parse({ 'on-error': v })['on-error']).toBe(v);
  });
  test('on-error rejects anything else', () => {
    expect(problems({ 'on-error': 'ask' })).toEqual(['Input "on-error": "ask" is not one of cleanup, abort, run-cleanup-provisioner']);
  });

  test.each([
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['false', false],
  ])('push %j', (raw, want) => {
    expect(parse({ push: raw }).push).toBe(want);
  });
  test.each(['yes', '1', 'on'])('push and no-cache reject %j', (raw) => {
    expect(problems({ push: raw, 'no-cache': raw })).toEqual([
      `Input "push": "${raw}" is not a boolean (use true or false)`,
      `Input "no-cache": "${raw}" is not a boolean (use true or false)`,
    ]);
  });
});

describe('explicitly empty booleans (with: push: ${{ vars.UNSET }})', () => {
  const CORE = (name: string) =>
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\`\n` +
    `(the input "${name}" is set but empty, e.g. from an unset variable: remove it to use the default)`;
  test.each(['push', 'no-cache', 'validate'])('%s set to "" fails as getBooleanInput does', (name) => {
    expect(problems({ [name]: '' })).toEqual([CORE(name)]);
    expect(problems({ [name]: '  ' })).toEqual([CORE(name)]);
  });
  test('absent keeps the default', () => {
    expect(parse({})).toMatchObject({ push: true, 'no-cache': false, validate: false });
  });
});

describe('tags and labels (docker/metadata-action outputs)', () => {
  test('tags: newline or comma separated', () => {
    expect(parse({ tags: 'ghcr.io/o/app:1.2\nghcr.io/o/app:latest,ghcr.io/o/app:sha-abc\n\n' }).tags).toEqual([
      'ghcr.io/o/app:1.2',
      'ghcr.io/o/app:latest',
      'ghcr.io/o/app:sha-abc',
    ]);
  });
  test('labels: key=value per line, the value kept as written', () => {
    expect(parse({ labels: 'org.opencontainers.image.title=app\r\norg.opencontainers.image.description=a=b c\n\nempty=' }).labels).toEqual({
      'org.opencontainers.image.title': 'app',
      'org.opencontainers.image.description': 'a=b c',
      empty: '',
    });
  });
  test('a label line without "=" is named by number, not quoted', () => {
    expect(problems({ labels: 'a=1\nsecret-ish' })).toEqual(['Input "labels": line 2 is not key=value']);
  });
});

describe('cache-from / cache-to', () => {
  test('each type in each direction', () => {
    const i = parse({
      'cache-from': 'type=local\ntype=registry,ref=ghcr.io/o/app:cache\ntype=gha,scope=main\nghcr.io/o/app:buildcache',
      'cache-to': 'type=local,mode=min\ntype=registry,ref=ghcr.io/o/app:cache,mode=max\n"type=gha","scope=a,b"',
    });
    expect(i['cache-from']).toEqual([
      { type: 'local', attrs: {} },
      { type: 'registry', attrs: { ref: 'ghcr.io/o/app:cache' } },
      { type: 'gha', attrs: { scope: 'main' } },
      { type: 'registry', attrs: { ref: 'ghcr.io/o/app:buildcache' } },
    ]);
    expect(i['cache-to']).toEqual([
      { type: 'local', attrs: { mode: 'min' } },
      { type: 'registry', attrs: { ref: 'ghcr.io/o/app:cache', mode: 'max' } },
      { type: 'gha', attrs: { scope: 'a,b' } },
    ]);
  });

  test.each<[string, string, string]>([
    ['cache-from', 'type=s3,bucket=x', 'Input "cache-from", line 1 (type=s3,bucket=x): unknown cache type "s3" (expected local, registry, gha)'],
    ['cache-from', 'ref=x', 'Input "cache-from", line 1 (ref=x): no type= given (expected type=local, type=registry, type=gha)'],
    ['cache-from', 'type=registry', 'Input "cache-from", line 1 (type=registry): type=registry needs ref=IMAGE'],
    [
      'cache-from',
      'type=local,src=/x',
      'Input "cache-from", line 1 (type=local,src=/x): type=local does not take "src" in cache-from (it is the local Docker daemon\'s images and takes nothing)',
    ],
    [
      'cache-from',
      'type=gha,mode=max',
      'Input "cache-from", line 1 (type=gha,mode=max): type=gha does not take "mode" in cache-from (it takes: scope, url, token)',
    ],
    ['cache-to', '\ntype=registry,ref=a,mode=all', 'Input "cache-to", line 2 (type=registry,ref=a,mode=all): mode=all is not min or max'],
    [
      'cache-from',
      'type=local,mode=min',
      'Input "cache-from", line 1 (type=local,mode=min): type=local does not take "mode" in cache-from (it is the local Docker daemon\'s images and takes nothing)',
    ],
    ['cache-to', 'type=local,mode=all', 'Input "cache-to", line 1 (type=local,mode=all): mode=all is not min or max'],
    ['cache-to', 'type=local,oops', 'Input "cache-to", line 1 (type=local,oops): "oops" is not key=value'],
    ['cache-to', 'type="local', 'Input "cache-to", line 1 (type="local): a double quote is not closed'],
  ])('%s rejects %j', (input, raw, message) => {
    expect(problems({ [input]: raw })).toEqual([message]);
  });
});

test('every problem is reported at once, and the error says how many', () => {
  let error: unknown;
  try {
    parse({ 'parallel-builds': 'x', 'on-error': 'y', variables: 'z' });
  } catch (e: unknown) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).problems).toHaveLength(3);
  expect((error as InputError).message).toBe('3 inputs are invalid');
});

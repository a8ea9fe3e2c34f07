// Small pure pieces of the engine, table-driven.
import { parseRunCommand, DEFAULT_RUN_COMMAND } from '../src/builders/docker/run-command.js';
import { commitConfig } from '../src/builders/docker/steps.js';
import { execFileSync } from 'node:child_process';
import { shellQuote } from '../src/plugin/shell-quote.js';
import { flattenVars } from '../src/plugin/host-shell.js';
import { satisfies } from '../src/config/version.js';
import { parseDuration } from '../src/plugin/duration.js';
import { globMatch, selected } from '../src/pipeline/glob.js';
import { repositoryLocks } from '../src/pipeline/run-builds.js';
import { mustParseReference, tagOrLatest } from '../src/docker/reference.js';
import { ShellProvisioner } from '../src/provisioners/shell.js';
import { didYouMean } from '../src/config/suggest.js';

describe('run_command', () => {
  test("Packer's default becomes a detached, interactive /bin/sh", () => {
    const { spec, error } = parseRunCommand(DEFAULT_RUN_COMMAND, 'debian:bookworm');
    expect(error).toBeUndefined();
    expect(spec).toMatchObject({ image: 'debian:bookworm', entrypoint: ['/bin/sh'], cmd: [], tty: true, openStdin: true });
  });
  test.each([
    [
      ['-dit', '-v', '/a:/b', '--privileged', '-e', 'X=1', '{{.Image}}', 'sleep', '9'],
      { binds: ['/a:/b'], privileged: true, env: ['X=1'], cmd: ['sleep', '9'], tty: true },
    ],
    [
      ['-d', '--user=1000', '--workdir', '/w', '--cap-add=NET_ADMIN', '--tmpfs', '/run:size=1m', '{{ .Image }}'],
      { user: '1000', workingDir: '/w', capAdd: ['NET_ADMIN'], tmpfs: { '/run': 'size=1m' } },
    ],
    [['--platform', 'linux/arm64', '--network=none', '--', '{{.Image}}', '/bin/bash'], { platform: 'linux/arm64', networkMode: 'none', cmd: ['/bin/bash'] }],
    [['-d', '--name', 'packer-docs', '{{.Image}}', '/bin/sh'], { name: 'packer-docs', cmd: ['/bin/sh'] }],
    [['--name=packer-docs', '{{.Image}}'], { name: 'packer-docs' }],
  ])('%j', (args, want) => {
    const r = parseRunCommand(args, 'img');
    expect(r.error).toBeUndefined();
    expect(r.spec).toMatchObject({ image: 'img', ...want });
  });
  test.each([
    [['--mystery', '{{.Image}}'], 'the docker run flag "--mystery" is not supported'],
    [['-d', '-e'], '-e needs a value'],
    [['-d'], 'no image argument'],
    [['-d', '{{.Name}}'], 'the placeholder {{.Name}} is not known'],
  ])('rejects %j', (args, message) => {
    expect(parseRunCommand(args, 'img').error).toContain(message);
  });
});

test('commit keeps the base image entrypoint and cmd, clearing the build container /bin/sh', () => {
  expect(commitConfig({ Cmd: ['bash'], Entrypoint: null })).toEqual({ Cmd: ['bash'], Entrypoint: [] });
  expect(commitConfig({ Cmd: null, Entrypoint: ['/docker-entrypoint.sh'] })).toEqual({ Cmd: null, Entrypoint: ['/docker-entrypoint.sh'] });
});

describe('shell quoting', () => {
  test.each([
    ['hello world', `'hello world'`],
    [`it's`, `'it'"'"'s'`],
    ['$(rm -rf /) `id` "x"\nnext', `'$(rm -rf /) \`id\` "x"\nnext'`],
    [`'a''b'`, `''"'"'a'"'"''"'"'b'"'"''`],
    ['', `''`],
  ])('%j', (v, want) => expect(shellQuote(v)).toBe(want));
  test('a real shell reads back every value exactly, whatever quotes it holds', () => {
    const values = [`'`, `''`, `it's 'quoted' twice`, `'; echo pwned; '`, `a'"'"'b`, `$(id) \`id\` \\' "\n'`];
    for (const v of values) expect(execFileSync('/bin/sh', ['-c', `printf %s ${shellQuote(v)}`], { encoding: 'utf8' })).toBe(v);
    // The shell provisioner's default env_var_format.
    const env = flattenVars("%s='%s' ", new Map(values.map((v, i) => [`V${i}`, v])));
    const set = execFileSync('/bin/sh', ['-c', `${env} env -0`], { encoding: 'utf8' })
      .split('\0')
      .filter((kv) => /^V\d=/.test(kv));
    expect(set).toEqual(values.map((v, i) => `V${i}=${v}`));
  });
  test('env is sorted by name, like Packer', () => {
    expect(
      flattenVars(
        "%s='%s' ",
        new Map([
          ['B', '2'],
          ['A', 'x y'],
        ]),
      ),
    ).toBe(`A='x y' B='2' `);
  });
});

test.each([
  ['1.1.1', '>= 1.0.0', true],
  ['1.1.1', '>= 2.0.0', false],
  ['1.1.1', '~> 1.0', true],
  ['1.1.1', '~> 1.2', false],
  ['1.1.1', '~> 1.1.0', true],
  ['1.1.1', '>= 1.0, < 1.1', false],
  ['1.1.1', '!= 1.1.1', false],
  ['1.1.1', '= 1.1.1', true],
  ['1.1.1', 'banana', '"banana" is not a version constraint (e.g. ">= 1.0.0", "~> 1.1")'],
])('version %s satisfies %j → %j', (v, c, want) => expect(satisfies(v, c)).toEqual(want));

test.each([
  ['10s', 10_000],
  ['1m30s', 90_000],
  ['500ms', 500],
  ['1.5h', 5_400_000],
  ['0', 0],
  ['10', undefined],
  ['s', undefined],
  ['5 minutes', undefined],
])('duration %j → %j', (s, ms) => expect(parseDuration(s)).toBe(ms));

test('globs and -only/-except', () => {
  expect(globMatch('docker-example.*', 'docker-example.docker.ubuntu')).toBe(true);
  expect(globMatch('*.ubuntu', 'docker-example.docker.ubuntu')).toBe(true);
  expect(globMatch('docker.ubuntu', 'docker-example.docker.ubuntu')).toBe(false);
  expect(globMatch('a.b', 'aXb')).toBe(false);
  expect(selected('x.docker.a', ['*.a'], [])).toBe(true);
  expect(selected('x.docker.a', [], ['x.*'])).toBe(false);
  expect(selected('x.docker.a', ['*.b'], [])).toBe(false);
});

test.each([
  ['127.0.0.1:5000/demo:0.6', { repository: '127.0.0.1:5000/demo', tag: '0.6' }],
  ['127.0.0.1:5000/demo', { repository: '127.0.0.1:5000/demo', tag: 'latest' }],
  ['ghcr.io/o/app:v1', { repository: 'ghcr.io/o/app', tag: 'v1' }],
])('the repository and tag of %s', (ref, want) => {
  const r = mustParseReference(ref);
  expect({ repository: r.name, tag: tagOrLatest(r) }).toEqual(want);
});

test('suggestions', () => {
  expect(didYouMean('imag', ['image', 'commit'])).toBe(' Did you mean "image"?');
  expect(didYouMean('zzzzz', new Set(['image', 'commit']))).toBe('');
});

test('pushes to one repository run one at a time, other repositories in parallel', async () => {
  const lock = repositoryLocks();
  const log: string[] = [];
  const job = (name: string, ms: number) => async () => {
    log.push(`start ${name}`);
    await new Promise((r) => setTimeout(r, ms));
    log.push(`end ${name}`);
  };
  await Promise.all([lock('r1', job('a', 30)), lock('r1', job('b', 1)), lock('r2', job('c', 1))]);
  expect(log.indexOf('end a')).toBeLessThan(log.indexOf('start b'));
  expect(log.indexOf('start c')).toBeLessThan(log.indexOf('end a'));
  // A failure does not block the next push to that repository.
  await expect(lock('r1', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  await expect(lock('r1', () => Promise.resolve(7))).resolves.toBe(7);
});

test('skip_clean changes what a shell step leaves in the image, so it is part of the step description', () => {
  const base = {
    scripts: [{ name: 'inline', content: '#!/bin/sh\ntrue\n' }],
    env: new Map<string, string>(),
    envVarFormat: "%s='%s' ",
    executeCommand: 'x',
    validExitCodes: [0],
    pauseAfterMs: 0,
    startRetryTimeoutMs: 0,
    expectDisconnect: false,
  };
  const cleaned = new ShellProvisioner({ ...base, remotePath: '/tmp/script_1234.sh', skipClean: false });
  const cleanedElsewhere = new ShellProvisioner({ ...base, remotePath: '/tmp/script_9876.sh', skipClean: false });
  const kept = new ShellProvisioner({ ...base, remotePath: '/tmp/script_1234.sh', skipClean: true });
  expect(cleaned.describe()).toEqual(cleanedElsewhere.describe());
  expect(kept.describe()).not.toEqual(cleaned.describe());
});

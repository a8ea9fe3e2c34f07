// The action's main step against a mocked engine, with src/action/workflow-commands.ts writing what a runner reads.
import { jest } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Captured, captureRunner } from '../__fixtures__/action/capture.js';
import { DIGEST_A, IMAGE_1, pushed, result } from '../__fixtures__/action/results.js';
import { error, warning, type Diagnostic } from '../src/hcl/diagnostics.js';
import type { RunOptions, RunOutcome } from '../src/pipeline/options.js';
import { identityOf, RUN_LABEL } from '../src/action/run-identity.js';

const runTemplate = jest.fn<(o: RunOptions) => Promise<RunOutcome>>();
jest.unstable_mockModule('../src/pipeline/run.js', () => ({ runTemplate }));
const { runAction: run } = await import('../src/action/main.js');

const TEMPLATE = 'source "docker" "x" {\n  imag = "busybox"\n}\n';

function outcome(over: Partial<RunOutcome> = {}): RunOutcome {
  return { diagnostics: [], sources: new Map([['x.pkr.hcl', TEMPLATE]]), results: [], ...over };
}

function at(file: string, line: number, column: number, endColumn = column + 4): Diagnostic['range'] {
  return { file, start: { line, column, offset: 0 }, end: { line, column: endColumn, offset: 0 } };
}

let cap: Captured;
afterEach(() => {
  cap.restore();
  runTemplate.mockReset();
});

function start(inputs: Record<string, string> = {}): void {
  cap = captureRunner(inputs);
}

const errorCommands = () => cap.commands().filter((c) => c.command === 'error');

describe('a successful run', () => {
  test('passes the inputs to the engine and sets the outputs and the summary', async () => {
    start({
      template: 'x.pkr.hcl',
      variables: 'a=1\nb<<EOF\nx\ny\nEOF',
      'var-files': 'v.pkrvars.hcl',
      only: 'docker.*',
      'parallel-builds': '2',
      'on-error': 'abort',
      push: 'false',
    });
    runTemplate.mockResolvedValue(outcome({ results: [pushed('docker.app', 'reg/app', DIGEST_A)] }));
    await run();
    const o = runTemplate.mock.calls[0][0];
    expect(o).toMatchObject({
      template: 'x.pkr.hcl',
      cwd: cap.workspace,
      vars: [
        ['a', '1'],
        ['b', 'x\ny'],
      ],
      varFiles: ['v.pkrvars.hcl'],
      only: ['docker.*'],
      except: [],
      parallelBuilds: 2,
      onError: 'abort',
      push: false,
    });
    expect(o.signal).toBeInstanceOf(AbortSignal);
    expect(cap.outputs().get('image-id')).toBe(IMAGE_1);
    expect(cap.outputs().get('digest')).toBe(DIGEST_A);
    expect(cap.outputs().get('tags')).toBe('reg/app:1\nreg/app:latest');
    expect(cap.outputs().get('digests')).toBe(`reg/app@${DIGEST_A}`);
    expect(JSON.parse(cap.outputs().get('metadata') ?? '')).toHaveLength(1);
    expect(cap.summary()).toContain('| <code>docker&#46;app</code> ✅ |');
    expect(errorCommands()).toEqual([]);
    expect(process.exitCode).toBeUndefined();
    expect(cap.lines()).toContain('==> Builds finished. The artifacts of successful builds are:');
  });

  test('working-directory: the engine runs there and annotations stay relative to the workspace', async () => {
    start({ 'working-directory': 'sub', template: 'x.pkr.hcl' });
    mkdirSync(path.join(cap.workspace, 'sub'));
    runTemplate.mockResolvedValue(
      outcome({ diagnostics: [error('Unsupported argument', 'An argument named "imag" is not expected here.', at('x.pkr.hcl', 2, 3))] }),
    );
    await run();
    expect(runTemplate.mock.calls[0][0].cwd).toBe(path.join(cap.workspace, 'sub'));
    expect(process.cwd()).toBe(path.join(cap.workspace, 'sub'));
    expect(errorCommands()[0].properties).toEqual({
      title: 'Unsupported argument',
      file: 'sub/x.pkr.hcl',
      line: '2',
      col: '3',
      endLine: '2',
      endColumn: '7',
    });
  });
});

describe('the log', () => {
  test('parallel builds share one group and every line names its build', async () => {
    start();
    runTemplate.mockImplementation(async (o) => {
      o.ui.say('docker.a', 'Creating a temporary directory');
      o.ui.say('docker.b', 'Pulling Docker image');
      o.ui.message('docker.a', 'hello\nworld\n');
      o.ui.error('docker.b', 'boom');
      return outcome({ results: [result('docker.a'), result('docker.b')] });
    });
    await run();
    const lines = cap.lines();
    const from = lines.indexOf('::group::repack build .');
    expect(lines.slice(from, from + 7)).toEqual([
      '::group::repack build .',
      '==> docker.a: Creating a temporary directory',
      '==> docker.b: Pulling Docker image',
      '    docker.a: hello',
      '    docker.a: world',
      '\u001b[31m==> docker.b: boom\u001b[0m',
      '::endgroup::',
    ]);
  });

  test('builds run one at a time get a group each', async () => {
    start({ 'parallel-builds': '1' });
    runTemplate.mockImplementation(async (o) => {
      o.ui.say('docker.a', 'one');
      o.ui.say('docker.b', 'two');
      return outcome();
    });
    await run();
    const groups = cap.lines().filter((l) => l.startsWith('::group::') || l === '::endgroup::');
    expect(groups).toEqual(['::group::docker.a', '::endgroup::', '::group::docker.b', '::endgroup::']);
  });

  test('build output cannot issue workflow commands', async () => {
    start();
    runTemplate.mockImplementation(async (o) => {
      o.ui.message('docker.a', '::add-mask::x\n  ::error::injected\n::set-output name=digest::sha256:0');
      return outcome();
    });
    await run();
    expect(cap.commands().map((c) => c.command)).toEqual(['group', 'endgroup']);
  });
});

describe('masking', () => {
  test('a sensitive value is masked before any line that contains it', async () => {
    start({ variables: 'password=s3cr3t' });
    runTemplate.mockImplementation(async (o) => {
      o.onSensitive?.('s3cr3t');
      o.onSensitive?.('s3cr3t');
      o.onSensitive?.('');
      o.ui.say('docker.a', 'logging in with s3cr3t');
      return outcome({ diagnostics: [warning('Suspicious value', 'the value s3cr3t looks like a password', at('x.pkr.hcl', 2, 3))] });
    });
    await run();
    const lines = cap.lines();
    const masks = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('::add-mask::'));
    expect(masks).toEqual([['::add-mask::s3cr3t', 0]]);
    // Printed as <sensitive> as on the CLI, not left to the runner's mask.
    expect(lines.filter((l) => l.includes('s3cr3t'))).toEqual(['::add-mask::s3cr3t']);
    expect(lines).toContain('==> docker.a: logging in with <sensitive>');
  });

  test('nothing from the inputs is printed before the engine reports sensitive values', async () => {
    start({ variables: 'password=s3cr3t' });
    let printedBefore = '';
    runTemplate.mockImplementation(async (o) => {
      printedBefore = cap.stdout();
      o.onSensitive?.('s3cr3t');
      return outcome();
    });
    await run();
    expect(printedBefore).not.toContain('s3cr3t');
  });
});

describe('diagnostics', () => {
  test('9 errors are annotated at file:line:col, the failure message is the 10th, every error is in the log', async () => {
    start();
    const diags = Array.from({ length: 12 }, (_, i) => error(`Problem ${i + 1}`, `Detail ${i + 1}`, at('x.pkr.hcl', 2, 3)));
    runTemplate.mockResolvedValue(outcome({ diagnostics: diags }));
    await run();
    const errors = errorCommands();
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).map((e) => e.data)).toEqual(diags.slice(0, 9).map((d) => d.detail));
    expect(errors[0].properties).toMatchObject({ file: 'x.pkr.hcl', line: '2', col: '3', title: 'Problem 1' });
    expect(errors[9]).toMatchObject({ properties: {}, data: 'The template has 12 errors; the first: x.pkr.hcl:2:3: Problem 1' });
    for (let i = 1; i <= 12; i++) expect(cap.lines()).toContain(`Error: Problem ${i}`);
    expect(cap.lines()).toContain('3 more errors are in the log above but not annotated (GitHub shows 10 per step).');
    expect(cap.stdout()).toContain('  2:   imag = "busybox"');
    expect(process.exitCode).toBe(1);
  });

  test('one error: the failure message is the error itself; outputs are still set (empty)', async () => {
    start();
    runTemplate.mockResolvedValue(outcome({ diagnostics: [error('Template not found', 'No file or directory at nope.pkr.hcl.')] }));
    await run();
    expect(errorCommands().map((e) => e.data)).toEqual(['No file or directory at nope.pkr.hcl.', 'Template not found: No file or directory at nope.pkr.hcl.']);
    expect(cap.outputs().get('metadata')).toBe('[]');
    expect(cap.summary()).toContain('The template has 1 error; nothing was built.');
  });

  test('warnings are annotated as warnings and do not fail the step', async () => {
    start();
    runTemplate.mockResolvedValue(outcome({ diagnostics: [warning('Deprecated', 'use x', at('x.pkr.hcl', 1, 1))], results: [result('docker.a')] }));
    await run();
    expect(cap.commands().filter((c) => c.command === 'warning')).toHaveLength(1);
    expect(process.exitCode).toBeUndefined();
  });
});

describe('failures', () => {
  test('a failed build fails the step; the successful build still sets the outputs', async () => {
    start();
    runTemplate.mockResolvedValue(
      outcome({ results: [pushed('docker.a', 'reg/a', DIGEST_A), result('docker.b', { error: 'Script exited with non-zero exit status: 2' })] }),
    );
    await run();
    expect(cap.outputs().get('digest')).toBe(DIGEST_A);
    expect(errorCommands().map((e) => e.data)).toEqual(['1 of 2 builds failed: docker.b']);
    expect(cap.lines()).toContain('--> docker.b: Script exited with non-zero exit status: 2');
    expect(process.exitCode).toBe(1);
  });

  test('the only build failing names it and its error', async () => {
    start();
    runTemplate.mockResolvedValue(outcome({ results: [result('docker.b', { error: 'exit 2\nmore detail' })] }));
    await run();
    expect(errorCommands().map((e) => e.data)).toEqual(["Build 'docker.b' errored: exit 2"]);
  });

  test('an unexpected exception is one line, without a stack', async () => {
    start();
    runTemplate.mockRejectedValue(new Error('connect ENOENT /var/run/docker.sock\n    at Socket.emit (node:events:1)'));
    await run();
    expect(errorCommands().map((e) => e.data)).toEqual(['repack failed: connect ENOENT /var/run/docker.sock']);
    expect(process.exitCode).toBe(1);
  });

  test('bad inputs stop before the engine runs, naming each input', async () => {
    start({ 'parallel-builds': 'many', 'on-error': 'ask' });
    await run();
    expect(runTemplate).not.toHaveBeenCalled();
    expect(errorCommands().map((e) => e.data)).toEqual([
      'Input "parallel-builds": "many" is not a whole number ≥ 0 (0 runs every build at once)',
      'Input "on-error": "ask" is not one of cleanup, abort, run-cleanup-provisioner',
      '2 inputs are invalid',
    ]);
    expect(process.exitCode).toBe(1);
  });

  test('a missing working-directory is an input error', async () => {
    start({ 'working-directory': 'nope' });
    await run();
    expect(runTemplate).not.toHaveBeenCalled();
    expect(errorCommands().map((e) => e.data)).toEqual([
      `Input "working-directory": "nope" is not a directory (resolved to ${path.join(cap.workspace, 'nope')})`,
    ]);
  });

  test('no-cache, cache-from and cache-to reach the engine; local caching is on by default', async () => {
    start({ 'cache-from': 'ghcr.io/o/app:cache', 'cache-to': 'type=registry,ref=ghcr.io/o/app:cache,mode=max', 'no-cache': 'true' });
    runTemplate.mockResolvedValue(outcome());
    await run();
    expect(runTemplate.mock.calls[0][0].cache).toEqual({
      noCache: true,
      from: [{ type: 'registry', attrs: { ref: 'ghcr.io/o/app:cache' } }],
      to: [{ type: 'registry', attrs: { ref: 'ghcr.io/o/app:cache', mode: 'max' } }],
    });
    expect(cap.commands().filter((c) => c.command === 'warning')).toEqual([]);
    expect(process.exitCode).toBeUndefined();
  });
});

test("the run's identity is saved before the engine starts, and its label reaches every container", async () => {
  start();
  let saved = '';
  runTemplate.mockImplementation(async () => {
    saved = cap.state().get('run') ?? '';
    return outcome();
  });
  await run();
  const id = identityOf(saved);
  expect(id).toBeDefined();
  expect(runTemplate.mock.calls[0][0].containerLabels).toEqual({ [RUN_LABEL]: id?.label });
});

describe('signals while the template is evaluated', () => {
  // Evaluation is synchronous: a handler installed before it could not run until it ended.
  test('the action listens for SIGINT/SIGTERM only once the template has been evaluated', async () => {
    start({ template: 'x.pkr.hcl' });
    const before = process.listenerCount('SIGINT') + process.listenerCount('SIGTERM');
    const seen: number[] = [];
    runTemplate.mockImplementation(async (o) => {
      seen.push(process.listenerCount('SIGINT') + process.listenerCount('SIGTERM') - before);
      o.onPrepared?.();
      seen.push(process.listenerCount('SIGINT') + process.listenerCount('SIGTERM') - before);
      return outcome();
    });
    await run();
    expect(seen).toEqual([0, 2]);
    expect(process.listenerCount('SIGINT') + process.listenerCount('SIGTERM')).toBe(before);
  });
});

test('metadata-file: the metadata output is also written to the file, relative to the workspace', async () => {
  start({ template: 'x.pkr.hcl', 'metadata-file': 'out/meta.json', 'working-directory': '' });
  mkdirSync(path.join(cap.workspace, 'out'));
  runTemplate.mockResolvedValue(outcome({ results: [pushed('docker.app', 'reg/app', DIGEST_A)] }));
  await run();
  const written = readFileSync(path.join(cap.workspace, 'out/meta.json'), 'utf8');
  expect(written).toBe(`${cap.outputs().get('metadata')}\n`);
  expect(JSON.parse(written)[0].name).toBe('docker.app');
});

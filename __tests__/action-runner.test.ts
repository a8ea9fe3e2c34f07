// src/action/workflow-commands.ts against @actions/core: the same calls must write the same bytes to stdout, GITHUB_OUTPUT and
// GITHUB_STATE (up to the random heredoc delimiter), and read the same inputs and state.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as runner from '../src/action/workflow-commands.js';
import { type Captured, captureRunner, REGION_MARKER } from '../__fixtures__/action/capture.js';
import { runnerView } from '../__fixtures__/action/runner-protocol.js';

type Api = Pick<typeof runner, 'info' | 'debug' | 'error' | 'warning' | 'setSecret' | 'startGroup' | 'endGroup' | 'setFailed' | 'setOutput' | 'saveState'>;

const TRICKY = ['plain', '', 'a%b', 'two\nlines\r\nand CR\r', 'colon: comma, percent %0A', '::error::not a command', 'ünïcødé ✅'];

const PROPERTIES: runner.AnnotationProperties[] = [
  {},
  { title: 'Unsupported argument' },
  { title: 'a: b, c%', file: 'dir, with: colon/x.pkr.hcl', startLine: 3, startColumn: 7, endLine: 3, endColumn: 11 },
  { file: 'x.pkr.hcl', startLine: 1 },
  // Empty values are left out, as @actions/core leaves them out.
  { title: '', file: 'y.pkr.hcl', startLine: 2 },
];

function exercise(api: Api): void {
  for (const text of TRICKY) {
    api.info(text);
    api.debug(text);
    api.setSecret(text === '' ? 'x' : text);
    api.startGroup(text);
    api.endGroup();
    for (const p of PROPERTIES) {
      api.error(text, p);
      api.warning(text, p);
    }
    api.setOutput(`out-${TRICKY.indexOf(text)}`, text);
    api.saveState(`state-${TRICKY.indexOf(text)}`, text);
  }
  api.setFailed('the step failed: 50% done');
}

interface Written {
  stdout: string;
  output: string;
  state: string;
  outputs: Map<string, string>;
  exitCode: typeof process.exitCode;
}

function run(api: Api, env: Record<string, string> = {}): Written {
  const cap: Captured = captureRunner({}, env);
  try {
    exercise(api);
    // The delimiter is random per value in both.
    const file = (name: string): string => readFileSync(path.join(cap.dir, name), 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    // runner.ts prints text inside stop-commands regions (their markers carry a random token); core does not.
    const stdout = cap
      .stdout()
      .split('\n')
      .filter((l) => !REGION_MARKER.test(l))
      .join('\n');
    return { stdout, output: file('github_output'), state: file('github_state'), outputs: cap.outputs(), exitCode: process.exitCode };
  } finally {
    cap.restore();
  }
}

test('log commands, annotations, outputs, state and the exit code are written as @actions/core writes them', () => {
  const ours = run(runner);
  const theirs = run(core);
  expect(ours.stdout).toBe(theirs.stdout);
  expect(ours.output).toBe(theirs.output);
  expect(ours.state).toBe(theirs.state);
  expect(ours.exitCode).toBe(1);
  expect(theirs.exitCode).toBe(1);
  expect(ours.outputs.get('out-4')).toBe('colon: comma, percent %0A');
  expect(ours.output).toContain('DELIMITER');
});

test('without the file-command variables, outputs and state fall back to stdout commands as in @actions/core', () => {
  const none = { GITHUB_OUTPUT: '', GITHUB_STATE: '' };
  const ours = run(runner, none);
  const theirs = run(core, none);
  expect(ours.stdout).toBe(theirs.stdout);
  expect(ours.stdout).toContain('::set-output name=out-4::colon: comma, percent %250A');
  expect(ours.stdout).toContain('::save-state name=state-0::plain');
});

test('a missing GITHUB_OUTPUT file is an error, as in @actions/core', () => {
  const missing = { GITHUB_OUTPUT: '/nonexistent/repack-output' };
  for (const api of [runner, core]) {
    const cap = captureRunner({}, missing);
    try {
      expect(() => api.setOutput('x', 'y')).toThrow('Missing file at path: /nonexistent/repack-output');
    } finally {
      cap.restore();
    }
  }
});

test('inputs and state are read as @actions/core reads them, untrimmed', () => {
  const cap = captureRunner(
    { template: '  x.pkr.hcl\n', 'parallel-builds': '2' },
    { STATE_resources: '[]', 'INPUT_WITH SPACE': 'no', INPUT_WITH_SPACES_TOO: 'yes' },
  );
  try {
    // A space in the name is read as `_`.
    expect(runner.getInput('with spaces too')).toBe('yes');
    for (const name of ['template', 'parallel-builds', 'Template', 'missing', 'with space', 'with spaces too']) {
      expect(runner.getInput(name)).toBe(core.getInput(name, { trimWhitespace: false }));
    }
    expect(runner.getInput('template')).toBe('  x.pkr.hcl\n');
    expect(runner.getState('resources')).toBe(core.getState('resources'));
    expect(runner.getState('resources')).toBe('[]');
    expect(runner.getState('other')).toBe('');
  } finally {
    cap.restore();
  }
});

test('each output and state value gets its own unpredictable heredoc delimiter', () => {
  // A fixed delimiter lets a value that contains it end the heredoc early and inject further outputs.
  const delimiters = (text: string): string[] => {
    const found: string[] = [];
    for (const m of text.matchAll(/^([^\r\n<]+)<<(.+)\r?\n[\s\S]*?^\2\r?$/gm)) found.push(m[2]);
    return found;
  };
  const once = (): { output: string[]; state: string[] } => {
    const cap = captureRunner();
    try {
      for (let i = 0; i < 5; i++) {
        runner.setOutput(`o${i}`, `value ${i}`);
        runner.saveState(`s${i}`, `value ${i}`);
      }
      const read = (f: string): string => readFileSync(path.join(cap.dir, f), 'utf8');
      expect(cap.outputs().get('o3')).toBe('value 3');
      return { output: delimiters(read('github_output')), state: delimiters(read('github_state')) };
    } finally {
      cap.restore();
    }
  };
  const a = once();
  const b = once();
  expect(a.output).toHaveLength(5);
  expect(a.state).toHaveLength(5);
  const all = [...a.output, ...a.state, ...b.output, ...b.state];
  for (const d of all) expect(d).toMatch(/^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(all).size).toBe(all.length);
});

describe('the runner emulation (runner-protocol.ts) does what actions/runner does', () => {
  const view = (text: string) => runnerView(text);

  test('the legacy ##[cmd] form anywhere in a line, `::cmd::` after leading spaces, names in any case', () => {
    const r = view('progress ##[warning]a\n   ::error::b\nx ::error::not at the start\n::ERROR::c\n##[unknown]d\n');
    expect(r.commands.map((c) => [c.command, c.data])).toEqual([
      ['warning', 'a'],
      ['error', 'b'],
      ['ERROR', 'c'],
    ]);
    expect(r.log).toEqual(['x ::error::not at the start', '##[unknown]d']);
  });

  test('a lone CR ends a line', () => {
    expect(view('text\r::error::after CR\n').commands.map((c) => c.data)).toEqual(['after CR']);
  });

  test('stop-commands: nothing runs until the token comes back, in either form', () => {
    const r = view('::stop-commands::tok-12345\n::error::held\n##[add-mask]held\nx ##[tok-12345]\n::error::runs\n');
    expect(r.commands.map((c) => c.data)).toEqual(['runs']);
    expect(r.log).toContain('::error::held');
    // The token is masked once registered (longer than 6 characters).
    expect(r.log).toContain('::stop-commands::***');
  });

  test('add-mask masks later lines only, each line of a multi-line value too, and its JSON form', () => {
    const r = view('before s3cret\n::add-mask::s3cret%0Aline-two\nafter s3cret\nline-two\n{"k":"a\\"b"}\n::add-mask::a"b\n{"k":"a\\"b"}\n');
    expect(r.log).toEqual(['before s3cret', 'after ***', '***', '{"k":"a\\"b"}', '{"k":"***"}']);
  });

  test('a token that names a command is refused', () => {
    expect(() => view('::stop-commands::error\n')).toThrow(/refuses/);
  });
});

test("a library's own stdout commands still run, its text goes inside a region, masked", () => {
  const cap = captureRunner();
  const restore = runner.adoptForeignOutput();
  try {
    runner.info('build output');
    process.stdout.write('::add-mask::sig-upload-token\n::debug::from core\nLibrary text ##[error]not a command\npartial ');
    process.stdout.write('line\n');
    runner.addSecret('hunter2');
    process.stdout.write('library says hunter2\n');
    runner.info('build output with sig-upload-token');
  } finally {
    restore();
    runner.resumeCommands();
  }
  try {
    const view = runnerView(cap.stdout());
    expect(view.commands.map((c) => [c.command, c.data])).toEqual([
      ['add-mask', 'sig-upload-token'],
      ['debug', 'from core'],
      ['add-mask', 'hunter2'],
    ]);
    expect(view.log.filter((l) => !l.startsWith('::'))).toEqual([
      'build output',
      'Library text ##[error]not a command',
      'partial line',
      'library says <sensitive>',
      'build output with ***',
    ]);
  } finally {
    cap.restore();
  }
});

test('the file-command delimiter is random per value, so a value cannot end its own heredoc', () => {
  const cap = captureRunner();
  try {
    const forged = 'x\nghadelimiter_00000000-0000-0000-0000-000000000000\ndigest=sha256:forged';
    runner.setOutput('a', forged);
    runner.setOutput('b', 'two');
    const text = readFileSync(path.join(cap.dir, 'github_output'), 'utf8');
    const delimiters = [...text.matchAll(/<<(ghadelimiter_[0-9a-f-]{36})/g)].map((m) => m[1]);
    expect(delimiters).toHaveLength(2);
    expect(new Set(delimiters).size).toBe(2);
    expect(delimiters).not.toContain('ghadelimiter_00000000-0000-0000-0000-000000000000');
    expect(cap.outputs()).toEqual(
      new Map([
        ['a', forged],
        ['b', 'two'],
      ]),
    );
  } finally {
    cap.restore();
  }
});

test('a multi-line secret is masked line by line, and no blank line is registered as a mask', () => {
  const cap = captureRunner();
  try {
    runner.addSecret('first-line-x9\n   \n\nsecond-line-x9');
    runner.addSecret('   ');
  } finally {
    cap.restore();
  }
  const masks = cap
    .commands()
    .filter((c) => c.command === 'add-mask')
    .map((c) => c.data);
  expect(masks).toEqual(expect.arrayContaining(['first-line-x9', 'second-line-x9']));
  for (const m of masks) expect(m.trim()).not.toBe('');
});

// Sensitive values in everything repack writes: the filter itself, the CLI's writers (UI, -machine-readable, -json,
// -json-file) and the action's (log, annotations, outputs, job summary). A value must not come out as written, in any
// encoding a writer applies (JSON, machine-readable fields, markdown), nor line by line when it has several lines.
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { captureRunner } from '../__fixtures__/action/capture.js';
import { result } from '../__fixtures__/action/results.js';
import { machineEscape, Masker, MASKED, secretForms } from '../src/pipeline/secret-mask.js';
import { error } from '../src/hcl/diagnostics.js';
import type { RunOptions, RunOutcome } from '../src/pipeline/options.js';

const runTemplate = jest.fn<(o: RunOptions) => Promise<RunOutcome>>();
jest.unstable_mockModule('../src/pipeline/run.js', () => ({ runTemplate }));
const { main } = await import('../src/cli/main.js');
const { runAction } = await import('../src/action/main.js');

const SECRET = 'pa"ss,w\\ord%0A<b>';
const PEM = '-----BEGIN KEY-----\nline-one-xyz\r\nline-two-xyz\n-----END KEY-----';

/** Every text that would give the secret away: its forms, plus its markdown-escaped form. */
function leaks(text: string): string[] {
  const decoded = text.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)));
  return [SECRET, PEM].flatMap((s) => secretForms(s)).filter((f) => text.includes(f) || decoded.includes(f));
}

describe('the filter', () => {
  test("a value as Go's %q quotes it (a provisioner's failure in a retry or continue_on_error line) is masked", () => {
    const m = new Masker();
    const secret = 'tok\x01en\u2028"x"';
    m.add(secret);
    const line = `Provisioner failed with "curl: bad token ${'tok\\x01en\\u2028\\"x\\"'}", retrying with 1 trie(s) left`;
    expect(m.apply(line)).toBe(`Provisioner failed with "curl: bad token ${MASKED}", retrying with 1 trie(s) left`);
  });

  test('a value printed twice in one write is masked twice', () => {
    const m = new Masker();
    m.add('hunter2');
    expect(m.apply('a hunter2 b hunter2 c')).toBe(`a ${MASKED} b ${MASKED} c`);
  });

  test('the longest value wins when one contains another; regular-expression characters are literal', () => {
    const m = new Masker();
    m.add('ab');
    m.add('xaby');
    m.add('a.c(');
    expect(m.apply('xaby ab abc a.c( axc(')).toBe(`${MASKED} ${MASKED} ${MASKED}c ${MASKED} axc(`);
  });

  test('each line of a multi-line value, its JSON, machine-readable and URL encodings', () => {
    const m = new Masker();
    m.add(PEM);
    m.add(SECRET);
    expect(m.apply('line-one-xyz')).toBe(MASKED);
    expect(m.apply('  line-two-xyz  ')).toBe(`  ${MASKED}  `);
    expect(m.apply(JSON.stringify({ k: PEM }))).toBe(`{"k":"${MASKED}"}`);
    expect(m.apply(JSON.stringify({ k: SECRET }))).toBe(`{"k":"${MASKED}"}`);
    expect(m.apply(machineEscape(`x ${SECRET}`))).toBe(`x ${MASKED}`);
    expect(m.apply(`https://h/?p=${encodeURIComponent(SECRET)}`)).toBe(`https://h/?p=${MASKED}`);
  });

  test('a document is masked value by value, keys too, and stays valid JSON', () => {
    const m = new Masker();
    m.add('{');
    m.add(SECRET);
    const doc = m.applyDeep({ [SECRET]: [`x${SECRET}`, 1, null, { k: '{' }] });
    expect(JSON.parse(JSON.stringify(doc))).toEqual({ [MASKED]: [`x${MASKED}`, 1, null, { k: MASKED }] });
  });

  test('an empty value masks nothing; a value registered again gives no new form to announce', () => {
    const m = new Masker();
    expect(m.add('')).toEqual([]);
    expect(m.apply('abc')).toBe('abc');
    expect(m.add('hunter2')).toEqual(['hunter2']);
    expect(m.add('hunter2')).toEqual([]);
    expect(m.apply('x hunter2')).toBe(`x ${MASKED}`);
  });

  test('a secret that begins another is masked whole, whichever was registered first', () => {
    for (const order of [
      ['pass', 'password1'],
      ['password1', 'pass'],
    ]) {
      const m = new Masker();
      for (const v of order) m.add(v);
      expect(m.apply('password1 pass')).toBe(`${MASKED} ${MASKED}`);
    }
  });

  test('only a multi-line value is masked line by line: each line trimmed, and in its JSON form', () => {
    const single = new Masker();
    single.add('  padded-secret ');
    expect(single.apply('padded-secret')).toBe('padded-secret');
    expect(single.apply('x  padded-secret y')).toBe(`x${MASKED}y`);
    const multi = new Masker();
    multi.add('first-line\n    indented-"line"\\x\n');
    expect(multi.apply('indented-"line"\\x')).toBe(MASKED);
    expect(multi.apply(JSON.stringify({ k: 'indented-"line"\\x' }))).toBe(`{"k":"${MASKED}"}`);
  });

  test('a value whose forms are all known already gives none to announce', () => {
    const m = new Masker();
    expect(m.add('first-line\nsecond-line')).toContain('second-line');
    expect(m.add('second-line')).toEqual([]);
  });

  test('a lone surrogate does not break the filter', () => {
    const m = new Masker();
    expect(() => m.add('a\ud800b')).not.toThrow();
    expect(m.apply('xa\ud800by')).toBe(`x${MASKED}y`);
  });
});

/** A run that meets the secrets everywhere: in output, line by line, in an error, a tag and an artifact. */
function leakyRun(o: RunOptions): Promise<RunOutcome> {
  o.onSensitive?.(SECRET);
  o.onSensitive?.(PEM);
  o.ui.message('docker.a', `token=${SECRET} and again ${SECRET}`);
  for (const line of PEM.split('\n')) o.ui.message('docker.a', `cat key: ${line}`);
  o.ui.error('docker.a', `login failed for ${JSON.stringify(SECRET)}`);
  return Promise.resolve({
    diagnostics: [],
    sources: new Map(),
    results: [
      result('docker.a', { error: `denied: ${SECRET}\n${PEM}` }),
      result('docker.b', {
        imageId: 'sha256:1',
        tags: [`reg/b:${SECRET}`],
        artifacts: [{ builderId: 'x', id: SECRET, description: `Imported ${SECRET}`, files: [PEM] }],
      }),
    ],
  });
}

describe('the CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'repack-mask-'));
    runTemplate.mockReset();
    runTemplate.mockImplementation(leakyRun);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function build(flags: string[]): Promise<{ out: string; err: string }> {
    let out = '';
    let err = '';
    const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), isTTY: false, env: {}, cwd: dir, readStdin: () => '', stdinIsTTY: false };
    await main(['build', ...flags, '.'], io);
    return { out, err };
  }

  test('-machine-readable: no secret, even with its commas escaped', async () => {
    const r = await build(['-machine-readable']);
    expect(r.out).toContain(`token=${MASKED} and again ${MASKED}`);
    expect(leaks(r.out + r.err)).toEqual([]);
  });

  test('-json and -json-file: no JSON-escaped secret; the documents parse', async () => {
    const file = path.join(dir, 'meta.json');
    const r = await build(['-json', `-json-file=${file}`]);
    const written = readFileSync(file, 'utf8');
    expect(leaks(r.out + r.err + written)).toEqual([]);
    const [a, b] = JSON.parse(written) as { error: string | null; tags: string[] }[];
    expect(a.error).toBe(`denied: ${MASKED}\n${MASKED}`);
    expect(b.tags).toEqual([`reg/b:${MASKED}`]);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(written));
  });

  test('the plain UI prints multi-line values masked line by line', async () => {
    const r = await build([]);
    expect(r.out).toContain(`cat key: ${MASKED}`);
    expect(leaks(r.out + r.err)).toEqual([]);
  });
});

describe('the action', () => {
  test('log, annotations, outputs and the job summary carry no secret; every line of one is registered with add-mask', async () => {
    const cap = captureRunner({});
    try {
      runTemplate.mockReset();
      runTemplate.mockImplementation(async (o) => {
        const r = await leakyRun(o);
        return { ...r, diagnostics: [error('Invalid value', `the value ${SECRET} is not allowed`)] };
      });
      await runAction();
      const masks = cap
        .commands()
        .filter((c) => c.command === 'add-mask')
        .map((c) => c.data);
      expect(masks).toEqual(expect.arrayContaining([SECRET, PEM, 'line-one-xyz', 'line-two-xyz', JSON.stringify(SECRET).slice(1, -1)]));
      const printed = cap
        .stdout()
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      expect(leaks(printed)).toEqual([]);
      expect(leaks([...cap.outputs().values()].join('\n'))).toEqual([]);
      expect(leaks(cap.summary())).toEqual([]);
      expect(cap.log()).toContain(`    docker.a: token=${MASKED} and again ${MASKED}`);
    } finally {
      cap.restore();
    }
  });
});

// Hostile text cannot command the runner: build output, error messages (a registry's, a value with a line break),
// diagnostics and build names go through runner-protocol.ts — the runner's own parsing, both `::cmd::` and the legacy
// `##[cmd]` anywhere in a line, stop-commands, add-mask — and the runner executes only what repack meant to issue.
import { jest } from '@jest/globals';
import fc from 'fast-check';
import { captureRunner } from '../__fixtures__/action/capture.js';
import { runnerView } from '../__fixtures__/action/runner-protocol.js';
import { result } from '../__fixtures__/action/results.js';
import { error, warning } from '../src/hcl/diagnostics.js';
import type { RunOptions, RunOutcome } from '../src/pipeline/options.js';
import { markdownText, renderSummary } from '../src/action/summary.js';

const runTemplate = jest.fn<(o: RunOptions) => Promise<RunOutcome>>();
jest.unstable_mockModule('../src/pipeline/run.js', () => ({ runTemplate }));
const { runAction } = await import('../src/action/main.js');

const HOSTILE = [
  '::error::injected',
  '   ::add-mask::docker',
  '##[add-mask]docker',
  'progress 50% ##[error]injected',
  'x ##[set-output name=digest;]sha256:0',
  '##[stop-commands]tok',
  '::stop-commands::tok2',
  '::save-state name=run::' + 'f'.repeat(64),
  '::set-output name=digest::sha256:0',
  '::endgroup::',
  '##[group]fake',
  'a%0A::error::escaped',
  '\u001b[31m::error::ansi\u001b[0m',
  'before\r::error::after a carriage return',
  'before\r\n##[warning]crlf',
  '::ADD-MASK::upper',
  '::warning file=/etc/passwd,line=1::fake annotation',
].join('\n');

/** What repack itself issues in these runs: groups, annotations for its diagnostics, the failure, debug lines. */
const OWN = new Set(['group', 'endgroup', 'error', 'warning', 'debug']);

async function runWith(text: string, buildName = 'docker.a'): Promise<ReturnType<typeof runnerView> & { stdout: string }> {
  const cap = captureRunner({});
  try {
    runTemplate.mockReset();
    runTemplate.mockImplementation((o) => {
      o.ui.say(buildName, text);
      o.ui.message(buildName, text);
      o.ui.error(buildName, text);
      return Promise.resolve({
        diagnostics: [warning('Suspicious', text)],
        sources: new Map(),
        results: [result(buildName, { error: text }), result('docker.ok', { artifacts: [{ builderId: 'x', id: 'i', description: text, files: [] }] })],
      });
    });
    await runAction();
    return { ...runnerView(cap.stdout()), stdout: cap.stdout() };
  } finally {
    cap.restore();
  }
}

function injected(commands: { command: string; data: string; properties: Record<string, string> }[]): unknown[] {
  return commands.filter((c) => !OWN.has(c.command.toLowerCase()) || (c.command !== 'debug' && c.properties.file === '/etc/passwd'));
}

test('hostile lines in output, errors, diagnostics and artifacts execute nothing', async () => {
  const r = await runWith(HOSTILE);
  expect(injected(r.commands)).toEqual([]);
  // Every annotation is repack's own: the diagnostic (escaped as one message) and the failure.
  const annotations = r.commands.filter((c) => c.command === 'error' || c.command === 'warning');
  expect(annotations.map((c) => c.command)).toEqual(['warning', 'error']);
  expect(annotations[0].data).toBe(HOSTILE);
  // The text is all in the log, readable.
  expect(r.log).toContain('    docker.a: ##[stop-commands]tok');
  expect(r.log).toContain('--> docker.a: x ##[set-output name=digest;]sha256:0');
  expect(r.log).toContain('    docker.a: ::error::after a carriage return');
});

test('a build name with a line break cannot start a line of its own', async () => {
  const r = await runWith('hello', 'docker.a\n::error::from the name');
  expect(r.commands.filter((c) => c.data.includes('from the name') && c.command !== 'error')).toEqual([]);
  expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::from the name'))).toEqual([]);
});

test("repack's own commands after hostile output still work: the region is ended before each", async () => {
  const r = await runWith(HOSTILE);
  expect(r.commands.map((c) => c.command)).toContain('endgroup');
  expect(r.commands.at(-1)).toMatchObject({ command: 'error' });
});

const HOSTILE_CHARS = fc.constantFrom(':', ':', '#', '#', '[', ']', '%', '0', 'A', 'D', '\r', '\n', ' ', '\u001b', ';', ',', '=', 'e', 'r', 'o', 'x', 'a');
const PIECES = fc.constantFrom(
  '::error::',
  '##[error]',
  '::add-mask::',
  '##[add-mask]',
  '::stop-commands::',
  '##[stop-commands]',
  '::save-state name=run::',
  '%0A',
  '\r\n',
  '::',
);
const hostileText = fc.array(fc.oneof(HOSTILE_CHARS, PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

test('property: no text makes the runner execute a command repack did not issue', async () => {
  await fc.assert(
    fc.asyncProperty(hostileText, async (text) => {
      const r = await runWith(text);
      expect(injected(r.commands)).toEqual([]);
      expect(r.commands.filter((c) => c.command === 'error' || c.command === 'warning')).toHaveLength(2);
    }),
    { numRuns: 150 },
  );
});

describe('the job summary', () => {
  const ATTACKS = [
    '<img src=x onerror=alert(1)>',
    '[click](https://evil.example)',
    '</table><h1>x</h1>',
    'a | b',
    '**bold** _it_ `code`',
    'https://evil.example/x',
    'www.evil.example',
    'mail@evil.example',
    '&lt;img&gt;',
    '![i](x.png)',
    '\\|',
  ];

  test.each(ATTACKS)('%j is shown as text, nothing in it is markup', (attack) => {
    const md = renderSummary([result('docker.a', { error: attack, tags: [attack] })]);
    const row = md.split('\n').find((l) => l.startsWith('| <code>docker')) ?? '';
    // The only markup left is repack's own.
    const markup = row.replace(/<\/?code>|<br>/g, '');
    expect(markup).not.toMatch(/[<>[\]`*_!\\]|:\/\/|www\.|@/);
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
    const decoded = row.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)));
    expect(decoded).toContain(attack);
  });

  test('markdownText keeps every character, as a reference where it could be markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const text = markdownText(s);
        expect(text).not.toMatch(/[[\]`*_|\\]|<(?!br>)|(?<!<br)>/);
        expect(text.replace(/<br>/g, '\n').replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))).toBe(s.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  test('diagnostics listed in the summary are escaped too', () => {
    const md = renderSummary([], [error('<img src=x>', 'detail')]);
    expect(md).not.toContain('<img');
  });
});

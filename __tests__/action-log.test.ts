// What reaches the action's log besides repack's own lines: a library's writes to stdout (their callbacks honoured,
// a last line without a newline still printed when the library is let go) and the job summary of an invalid template.
import { afterEach, describe, expect, it } from '@jest/globals';
import { captureRunner, type Captured } from '../__fixtures__/action/capture.js';
import { adoptForeignOutput, resumeCommands } from '../src/action/log-stream.js';
import { addSecret } from '../src/action/workflow-commands.js';
import { renderSummary, writeSummary } from '../src/action/summary.js';
import { result } from '../__fixtures__/action/results.js';
import { error, warning } from '../src/hcl/diagnostics.js';

let cap: Captured | undefined;
afterEach(() => {
  cap?.restore();
  cap = undefined;
});

describe("a library's own writes to stdout", () => {
  it('calls back as a stream does, with or without an encoding, and takes bytes as text', () => {
    cap = captureRunner();
    const undo = adoptForeignOutput();
    const called: string[] = [];
    try {
      expect(process.stdout.write('one\n', () => called.push('plain'))).toBe(true);
      expect(process.stdout.write('two\n', 'utf8', () => called.push('with encoding'))).toBe(true);
      process.stdout.write(Buffer.from('thrée\n', 'utf8'));
    } finally {
      undo();
      resumeCommands();
    }
    expect(called).toEqual(['plain', 'with encoding']);
    expect(cap.lines()).toEqual(['one', 'two', 'thrée']);
  });

  it('a last line without its newline is printed when the library is let go, and only then', () => {
    cap = captureRunner();
    const undo = adoptForeignOutput();
    try {
      process.stdout.write('done\nlast words');
      expect(cap.lines()).toEqual(['done']);
    } finally {
      undo();
      resumeCommands();
    }
    expect(cap.lines()).toEqual(['done', 'last words']);
    cap.restore();
    cap = captureRunner();
    const again = adoptForeignOutput();
    process.stdout.write('whole\n');
    again();
    resumeCommands();
    expect(cap.lines()).toEqual(['whole']);
  });
});

describe('the job summary of an invalid template', () => {
  const at = (line: number) => ({ file: 'a.pkr.hcl', start: { line, column: 1, offset: 0 }, end: { line, column: 2, offset: 1 } });

  it('counts its errors (not its warnings), lists the first twenty and says how many more there are', () => {
    const errors = Array.from({ length: 23 }, (_, i) => error(`Problem ${i + 1}`, 'detail', at(i + 1)));
    const md = renderSummary([], [warning('W'), ...errors]);
    expect(md).toContain('The template has 23 errors; nothing was built.');
    const items = md.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(21);
    expect(items[0]).toBe('- a&#46;pkr&#46;hcl&#58;1&#58;1&#58; Problem 1');
    expect(items[19]).toBe('- a&#46;pkr&#46;hcl&#58;20&#58;1&#58; Problem 20');
    expect(items[20]).toBe('- … and 3 more (see the log)');
    expect(
      renderSummary([], errors.slice(0, 20))
        .split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toHaveLength(20);
    expect(renderSummary([], [error('Alone')])).toContain('- Alone');
  });
});

describe('the job summary of builds', () => {
  const many = Array.from({ length: 12 }, (_, i) => result(`docker.b${i}`, { tags: [`reg/b${i}:1`] }));

  it('opens with its heading and the table head; a row that fits to the byte is shown, one byte less and it is left out', () => {
    const full = renderSummary(many);
    expect(full.startsWith('## repack build\n\n| Build | Tags | Digest | Duration | Cached steps |\n| --- | --- | --- | --- | ---: |\n')).toBe(true);
    expect(full).not.toContain('more builds');
    const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('| <code>')).length;
    expect(rows(full)).toBe(12);
    // The limit keeps 256 bytes for the closing line; the text without its final newline is what is counted.
    const needed = Buffer.byteLength(full) - 1 + 256;
    expect(renderSummary(many, [], needed)).toBe(full);
    const cut = renderSummary(many, [], needed - 1);
    expect(rows(cut)).toBe(11);
    expect(cut).toContain('… and 1 more builds, left out to keep the summary under 1 MiB.');
  });

  it('is appended to the step summary file, masked; without one nothing is written', async () => {
    cap = captureRunner();
    addSecret('summary-s3cret-x');
    await writeSummary([result('docker.a', { error: 'denied summary-s3cret-x' })], []);
    await writeSummary([result('docker.b')], []);
    const md = cap.summary();
    expect(md).not.toContain('summary-s3cret-x');
    expect(md.match(/## repack build/g)).toHaveLength(2);
    expect(md).toContain('&#60;sensitive&#62;');
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(writeSummary([result('docker.c')], [])).resolves.toBeUndefined();
  });
});

// What reaches the action's log besides repack's own lines: a library's writes to stdout (their callbacks honoured,
// a last line without a newline still printed when the library is let go) and the job summary of an invalid template.
import { afterEach, describe, expect, it } from '@jest/globals';
import { captureRunner, type Captured } from '../__fixtures__/action/capture.js';
import { adoptForeignOutput, resumeCommands } from '../src/action/log-stream.js';
import { renderSummary } from '../src/action/summary.js';
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

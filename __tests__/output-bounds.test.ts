// A step's output is streamed in bounded memory: lines are split in one pass, a line longer than the log's limit is
// cut with a count of what was left out, UTF-8 survives chunk boundaries, and an exec keeps only the first MiB.
import { describe, expect, it } from '@jest/globals';
import { Capture, CAPTURE_LIMIT } from '../src/docker/capture.js';
import { LineSplitter, MAX_LOG_LINE } from '../src/plugin/provisioner.js';

function split(chunks: (Buffer | string)[], limit?: number): string[] {
  const lines: string[] = [];
  const s = new LineSplitter((l) => lines.push(l), limit);
  for (const c of chunks) s.push(c);
  s.flush();
  return lines;
}

describe('LineSplitter', () => {
  it('splits on LF and CRLF, keeps a bare CR inside a line, and flushes the last partial line', () => {
    expect(split(['a\r\nb\n', 'c\rd', '\ne'])).toEqual(['a', 'b', 'c\rd', 'e']);
  });

  it('joins a line that arrives in many chunks, and keeps empty lines', () => {
    expect(split(['ab', 'c', '', 'd\n\n', 'e\n'])).toEqual(['abcd', '', 'e']);
  });

  it('decodes a multi-byte character split across chunks', () => {
    const bytes = Buffer.from('ß€😀\n');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect(split(chunks)).toEqual(['ß€😀']);
  });

  it('cuts a line longer than the limit and says how much was left out', () => {
    const long = 'x'.repeat(25) + 'y'.repeat(10);
    expect(split([long.slice(0, 7), long.slice(7), '\nnext\n'], 25)).toEqual([`${'x'.repeat(25)} [… 10 more characters not shown]`, 'next']);
  });

  it('holds no more than the limit of a 64 MiB line given in 64 KiB chunks', () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    for (let i = 0; i < 1024; i++) s.push(chunk);
    s.push('\n');
    expect(lines).toEqual([`${'a'.repeat(MAX_LOG_LINE)} [… ${64 * 1024 * 1024 - MAX_LOG_LINE} more characters not shown]`]);
  });
});

describe('Capture', () => {
  it('keeps everything below the limit', () => {
    const c = new Capture();
    c.push(Buffer.from('hello '));
    c.push(Buffer.from('world'));
    expect(c.text()).toBe('hello world');
    expect(c.size).toBe(11);
  });

  it('keeps the first limit bytes and counts the rest', () => {
    const c = new Capture(4);
    c.push(Buffer.from('abc'));
    c.push(Buffer.from('defgh'));
    expect(c.text()).toBe('abcd\n[… 4 more bytes not kept]');
    expect(c.size).toBe(8);
  });

  it('defaults to one MiB', () => {
    const c = new Capture();
    c.push(Buffer.alloc(CAPTURE_LIMIT + 5, 0x62));
    expect(c.text()).toBe(`${'b'.repeat(CAPTURE_LIMIT)}\n[… 5 more bytes not kept]`);
  });
});

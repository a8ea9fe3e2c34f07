// The shell session's output scanner: markers found wherever the engine's frames cut them, output passed on at once
// except what may be the start of a marker.
import { describe, expect, it } from '@jest/globals';
import { MarkerScanner } from '../src/builders/docker/shell-session.js';

const MARKER = 'repack-0123456789abcdef ';

function scan(chunks: string[]): { events: string[]; emitted: string[] } {
  const events: string[] = [];
  const emitted: string[] = [];
  const s = new MarkerScanner(
    Buffer.from(MARKER),
    (b) => {
      emitted.push(b.toString());
      events.push(`out:${b.toString()}`);
    },
    (status) => events.push(`marker:${status}`),
  );
  for (const c of chunks) s.push(Buffer.from(c));
  return { events, emitted };
}

function joined(events: string[]): string[] {
  // Adjacent output is one piece however it was cut.
  const out: string[] = [];
  for (const e of events) {
    if (e.startsWith('out:') && out.at(-1)?.startsWith('out:')) out[out.length - 1] += e.slice(4);
    else out.push(e);
  }
  return out;
}

describe('MarkerScanner', () => {
  const whole = `hello\nworld${MARKER}0\nnext step${MARKER}127\n`;
  it.each([1, 2, 3, 5, 7, 11, 24, 25, 26, whole.length])('finds markers in chunks of %i bytes', (size) => {
    const chunks: string[] = [];
    for (let i = 0; i < whole.length; i += size) chunks.push(whole.slice(i, i + size));
    expect(joined(scan(chunks).events)).toEqual(['out:hello\nworld', 'marker:0', 'out:next step', 'marker:127']);
  });

  it('passes output on at once, holding back only a possible marker start', () => {
    const { emitted } = scan(['line one\nrepack-01', '23 is not it\n']);
    expect(emitted).toEqual(['line one\n', 'repack-0123 is not it\n']);
  });

  it('a marker without its line end waits for it', () => {
    expect(scan([`x${MARKER}4`]).events).toEqual(['out:x']);
    expect(scan([`x${MARKER}4`, '2\n']).events).toEqual(['out:x', 'marker:42']);
  });

  it('text that only looks like part of a marker is output', () => {
    expect(joined(scan(['repack-', 'other\n', 'repack-0123456789abcdef', 'X\n']).events)).toEqual(['out:repack-other\nrepack-0123456789abcdefX\n']);
  });
});

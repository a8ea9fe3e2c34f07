// Where repack's time goes, from its output lines stamped on arrival (bench/measure.ts; -timestamp-ui prints whole
// seconds, as Packer's does): each `==>` line starts a phase that lasts until the next one; "start-up" is from
// spawning node to the first line (module loading, parsing, planning).
import type { TimedLine } from './measure.js';

export type Phases = Map<string, number>;

const LINE = /^(==>| {3}) ([^:]+): (.*)$/;

/** A phase's name without IDs, digests, paths and counts, so runs and builds group together. */
export function phaseName(message: string): string {
  const m = message
    .replace(/sha256:[0-9a-f]{64}/g, '<id>')
    .replace(/\b[0-9a-f]{12,64}\b/g, '<id>')
    .replace(/(?:\/[\w.@-]+)+/g, '<path>')
    .replace(/\d+(?:\.\d+)?/g, 'N');
  if (/^Build '.*' (finished|errored)/.test(m)) return 'Build finished';
  return m.split(/:\s/)[0].slice(0, 60);
}

const ESC = String.fromCharCode(27);
const stripColour = (s: string): string =>
  s
    .split(ESC)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
    .join('');

export function phases(lines: TimedLine[], exitedAt: number): Phases {
  const out: Phases = new Map();
  let current = 'start-up';
  let since = 0;
  const add = (name: string, ms: number) => out.set(name, (out.get(name) ?? 0) + ms);
  for (const line of lines) {
    const m = LINE.exec(stripColour(line.text));
    if (!m || m[1] !== '==>') continue;
    add(current, Math.max(0, line.at - since));
    current = phaseName(m[3]);
    since = line.at;
  }
  add(current === 'Build finished' ? 'exit' : current, Math.max(0, exitedAt - since));
  return out;
}

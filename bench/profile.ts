// Where repack's time goes, from its own -timestamp-ui output: each `==>` line starts a phase that lasts until the
// next one; "start-up" is from spawning node to the first line (module loading, parsing, planning).

export type Phases = Map<string, number>;

const LINE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z): (==>| {3}) ([^:]+): (.*)$/;

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

export function phases(log: string, spawnedAt: number, exitedAt: number): Phases {
  const out: Phases = new Map();
  let current = 'start-up';
  let since = spawnedAt;
  const add = (name: string, ms: number) => out.set(name, (out.get(name) ?? 0) + ms);
  for (const raw of log.split('\n')) {
    const m = LINE.exec(stripColour(raw));
    if (!m || m[2] !== '==>') continue;
    const at = Date.parse(m[1]);
    add(current, Math.max(0, at - since));
    current = phaseName(m[4]);
    since = at;
  }
  add(current === 'Build finished' ? 'exit' : current, Math.max(0, exitedAt - since));
  return out;
}

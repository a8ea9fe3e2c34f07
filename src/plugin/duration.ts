// Go's time.ParseDuration, as Packer's duration options are written: "1h2m3.5s", "500ms", "10s".
const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim();
  if (s === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return undefined;
    total += Number(m[1]) * UNITS[m[2]];
    pos = re.lastIndex;
  }
  return pos > 0 ? total : undefined;
}

/** Go's time.Duration.String of `ms` milliseconds: "1m30s", "1h0m0s", "500ms", "0s" (as Packer prints pauses). */
export function formatGoDuration(ms: number): string {
  const ns = Math.round(ms * 1e6);
  if (ns === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  const n = Math.abs(ns);
  const trim = (whole: number, frac: number, digits: number): string => {
    const f = String(frac).padStart(digits, '0').replace(/0+$/, '');
    return f === '' ? String(whole) : `${whole}.${f}`;
  };
  if (n < 1e3) return `${sign}${n}ns`;
  if (n < 1e6) return `${sign}${trim(Math.floor(n / 1e3), n % 1e3, 3)}µs`;
  if (n < 1e9) return `${sign}${trim(Math.floor(n / 1e6), n % 1e6, 6)}ms`;
  const totalSeconds = Math.floor(n / 1e9);
  const seconds = `${trim(totalSeconds % 60, n % 1e9, 9)}s`;
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const hours = Math.floor(totalSeconds / 3600);
  if (hours > 0) return `${sign}${hours}h${minutes}m${seconds}`;
  if (minutes > 0) return `${sign}${minutes}m${seconds}`;
  return `${sign}${seconds}`;
}

// Medians, spreads and ratios of timings taken in one run (the machine is noisy: compare only within a run).

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** "min–max" of the samples. */
export function spread(xs: number[]): string {
  if (xs.length === 0) return '–';
  return `${Math.min(...xs)}–${Math.max(...xs)}`;
}

export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  return `${(a / b).toFixed(2)}×`;
}

export function ms(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x)) : '–';
}

export function mb(kb: number): string {
  return Number.isFinite(kb) ? `${Math.round(kb / 1024)}` : '–';
}

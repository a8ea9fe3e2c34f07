// Version constraints as Packer writes them (hashicorp/go-version): ">= 1.0.0", "~> 1.2", "= 1.1.1, < 2", "!= 1.0.3".
export type Version = number[];

export function parseVersion(s: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(s.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** true/false, or an error message when the constraint cannot be read. */
export function satisfies(version: string, constraint: string): boolean | string {
  const v = parseVersion(version);
  if (!v) return `"${version}" is not a version`;
  for (const part of constraint.split(',')) {
    const m = /^\s*(>=|<=|!=|~>|=|>|<)?\s*(\S+)\s*$/.exec(part);
    const want = m ? parseVersion(m[2]) : undefined;
    if (!m || !want) return `"${part.trim()}" is not a version constraint (e.g. ">= 1.0.0", "~> 1.1")`;
    const c = compare(v, want);
    const segments = m[2].replace(/^v/, '').split(/[-+]/)[0].split('.').length;
    let ok: boolean;
    switch (m[1] ?? '=') {
      case '>=':
        ok = c >= 0;
        break;
      case '<=':
        ok = c <= 0;
        break;
      case '>':
        ok = c > 0;
        break;
      case '<':
        ok = c < 0;
        break;
      case '!=':
        ok = c !== 0;
        break;
      case '~>': {
        // Pessimistic: the last written segment may grow; the ones before it are fixed.
        const fixed = Math.max(1, segments - 1);
        ok = c >= 0 && v.slice(0, fixed).every((n, i) => n === want[i]);
        break;
      }
      default:
        ok = c === 0;
    }
    if (!ok) return false;
  }
  return true;
}

// Packer's secret filter: every sensitive value (variables marked sensitive, sensitive attributes such as
// login_password) is replaced by "<sensitive>" in everything repack writes — UI, diagnostics, metadata, outputs.
// A value is matched as written and in every encoding an output applies to it before masking can see it (JSON
// strings, Go's %q, -machine-readable fields, URL encoding), and each line of a multi-line value on its own, since
// output is printed (and read by a runner) line by line.
import { goQuote } from '../hcl/format/go-quote.js';

export const MASKED = '<sensitive>';

/** Packer's escaping for machine-readable data fields. */
export function machineEscape(s: string): string {
  return s.replace(/,/g, '%!(PACKER_COMMA)').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The texts that stand for `value` in some output: itself, its encodings, and each line of a multi-line value. */
export function secretForms(value: string): string[] {
  // Go's %q too: how a provisioner's failure is quoted in Packer's retry and continue_on_error lines.
  const forms = new Set<string>([value, JSON.stringify(value).slice(1, -1), goQuote(value).slice(1, -1), machineEscape(value)]);
  try {
    forms.add(encodeURIComponent(value));
  } catch {
    // A lone surrogate has no URL encoding.
  }
  if (/[\r\n]/.test(value)) {
    for (const line of value.split(/\r\n|\r|\n/)) {
      const trimmed = line.trim();
      if (trimmed === '') continue;
      forms.add(trimmed);
      forms.add(JSON.stringify(trimmed).slice(1, -1));
      forms.add(machineEscape(trimmed));
    }
  }
  forms.delete('');
  return [...forms];
}

export class Masker {
  private readonly values = new Set<string>();
  private readonly forms = new Set<string>();
  private pattern: RegExp | undefined;

  /** Registers a sensitive value; returns the forms that are new (for a runner's add-mask), [] when known. */
  add = (value: string): string[] => {
    if (value === '' || this.values.has(value)) return [];
    this.values.add(value);
    const fresh = secretForms(value).filter((f) => !this.forms.has(f));
    for (const f of fresh) this.forms.add(f);
    // Longest first, so a secret that contains another is masked whole; one pass replaces every occurrence.
    const sorted = [...this.forms].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
    return fresh;
  };

  apply(text: string): string {
    return this.pattern ? text.replace(this.pattern, MASKED) : text;
  }

  /** Every string in a JSON-able document masked — keys too — before it is serialised, so escaping cannot hide one. */
  applyDeep<T>(value: T): T {
    return this.deep(value) as T;
  }

  private deep(value: unknown): unknown {
    if (typeof value === 'string') return this.apply(value);
    if (Array.isArray(value)) return value.map((v) => this.deep(v));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.apply(k), this.deep(v)]));
    }
    return value;
  }

  /** The same writer, masked. */
  wrap(write: (s: string) => void): (s: string) => void {
    return (s) => write(this.apply(s));
  }
}

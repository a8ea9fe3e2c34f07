// Compares repack's outcome for a fixture entry with Packer's recorded one, and checks the result against the list of
// known differences: an entry that differs must be listed, and a listed entry must still differ (the list only shrinks).
import { readFileSync, writeFileSync } from 'node:fs';
import { plainEqual, plainTypeOf, plainValue, type Plain } from './canonical.js';
import type { Value } from '../../src/hcl/value/value.js';
import type { Mode, Outcome } from './evaluate.js';

export interface Expected {
  family: string;
  mode: Mode;
  src: string;
  ok: boolean;
  type?: Plain;
  value?: Plain;
  summary?: string;
  /** Where the first error is, as HCL prints a range without its file name: "line,col-…". */
  range?: string;
  console?: string;
}

/**
 * accepts: repack gives a value where Packer errors; rejects: the reverse; summary: both error, differently;
 * console: same value and type, printed differently by the console; position: same error summary over another range (start or end).
 */
export type Kind = 'value' | 'type' | 'accepts' | 'rejects' | 'summary' | 'position' | 'console' | 'crash';

export interface Difference {
  family: string;
  mode: Mode;
  src: string;
  kind: Kind;
  packer: Plain;
  repack: Plain;
}

export interface KnownDifference {
  mode: Mode;
  src: string;
  kind: Kind;
  reason: string;
}

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function compareOutcome(e: Expected, got: Outcome | { crash: string }, print: (v: Value) => string): Difference | undefined {
  const base = { family: e.family, mode: e.mode, src: e.src };
  const packer: Plain = e.ok ? { type: e.type ?? null, value: e.value ?? null } : { error: e.summary ?? '' };
  if ('crash' in got) return { ...base, kind: 'crash', packer, repack: { crash: got.crash } };
  const repack: Plain = got.ok ? { type: plainTypeOf(got.value), value: plainValue(got.value) } : { error: got.summary };
  let kind: Kind | undefined;
  if (e.ok && got.ok) {
    const p = packer as { type: Plain; value: Plain };
    const r = repack as { type: Plain; value: Plain };
    if (!plainEqual(p.type, r.type)) kind = 'type';
    else if (!plainEqual(p.value, r.value)) kind = 'value';
    else if (e.console !== undefined && print(got.value) !== e.console) {
      return { ...base, kind: 'console', packer: { console: e.console }, repack: { console: print(got.value) } };
    }
  } else if (e.ok) kind = 'rejects';
  else if (got.ok) kind = 'accepts';
  else if (e.summary !== got.summary) kind = 'summary';
  else if (e.range !== undefined && got.range !== undefined && e.range !== got.range) {
    return { ...base, kind: 'position', packer: { error: e.summary ?? '', at: e.range }, repack: { error: got.summary, at: got.range } };
  }
  return kind ? { ...base, kind, packer, repack } : undefined;
}

const keyOf = (d: { mode: Mode; src: string }): string => `${d.mode}\u0000${d.src}`;

/** Differences not in the list, listed ones that now agree, and listed ones whose kind changed. */
export function reconcile(found: Difference[], known: KnownDifference[]): { unlisted: Difference[]; fixed: KnownDifference[]; changed: string[] } {
  const listed = new Map(known.map((k) => [keyOf(k), k]));
  const seen = new Set(found.map(keyOf));
  const unlisted = found.filter((d) => !listed.has(keyOf(d)));
  const fixed = known.filter((k) => !seen.has(keyOf(k)));
  const changed = found.filter((d) => listed.has(keyOf(d)) && listed.get(keyOf(d))?.kind !== d.kind).map((d) => `${d.kind}: ${d.src}`);
  return { unlisted, fixed, changed };
}

/**
 * With ORACLE_PRUNE_KNOWN=1, rewrites the known-differences file without the entries that now agree and with the kind
 * of each remaining one updated; it never adds an entry (a new difference is fixed, or listed by hand with a reason).
 * The run that prunes still fails, naming what it removed.
 */
export function pruneKnown(path: string, found: Difference[], known: KnownDifference[]): void {
  if (process.env.ORACLE_PRUNE_KNOWN !== '1') return;
  const now = new Map(found.map((d) => [keyOf(d), d.kind]));
  const kept = known.filter((k) => now.has(keyOf(k))).map((k) => ({ ...k, kind: now.get(keyOf(k)) ?? k.kind }));
  writeFileSync(path, `[\n${kept.map((k) => JSON.stringify(k)).join(',\n')}\n]\n`);
}

/** With ORACLE_DIFFERENCES_OUT set, the differences found are written there (for the DIFFERENCES.md report). */
export function reportDifferences(name: string, found: Difference[]): void {
  const out = process.env.ORACLE_DIFFERENCES_OUT;
  if (out) writeFileSync(`${out}.${name}.json`, JSON.stringify(found, null, 1));
}

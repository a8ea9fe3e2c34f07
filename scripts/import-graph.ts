// The import graph of src/ between its top-level parts (docs/architecture.md, "Dependency rule"): which part imports
// which, through which files, and which of those imports lie on a loop. A part is a folder directly under src/, or a
// file directly in src/ (the entry files and the shared basics). Type-only imports and dynamic import() count: a
// contract shared through `import type` ties two folders together as much as a value does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One import between two parts: "from -> to", with the files that make it. */
export interface PartEdge {
  from: string;
  to: string;
  files: string[];
}

/** The part of src/ a file belongs to: its top-level folder, or the file's own name for a file in src/ itself. */
export function partOf(srcDir: string, file: string): string {
  return path.relative(srcDir, file).split(path.sep)[0];
}

/** Every import between different parts of srcDir, keyed "from -> to", files sorted. */
export function partEdges(srcDir: string): Map<string, PartEdge> {
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => path.join(srcDir, f));
  const edges = new Map<string, PartEdge>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue; // a package or a node built-in
      const target = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '.ts');
      const from = partOf(srcDir, file);
      const to = partOf(srcDir, target);
      if (from === to) continue;
      const key = `${from} -> ${to}`;
      const edge = edges.get(key) ?? { from, to, files: [] };
      const pair = `${path.relative(srcDir, file)} -> ${path.relative(srcDir, target)}`;
      if (!edge.files.includes(pair)) edge.files.push(pair);
      edges.set(key, edge);
    }
  }
  for (const e of edges.values()) e.files.sort();
  return edges;
}

/** The parts reachable from `start` along the edges (start itself only when a loop leads back to it). */
function reachable(edges: Iterable<PartEdge>, start: string): Set<string> {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const seen = new Set<string>();
  const todo = [...(next.get(start) ?? [])];
  while (todo.length > 0) {
    const p = todo.pop() as string;
    if (seen.has(p)) continue;
    seen.add(p);
    todo.push(...(next.get(p) ?? []));
  }
  return seen;
}

/**
 * The imports that lie on a loop between parts: A -> B where B leads back to A. Keyed "from -> to", sorted; each
 * with one way back, for the message.
 */
export function loopEdges(edges: Map<string, PartEdge>): Map<string, { edge: PartEdge; back: string[] }> {
  const out = new Map<string, { edge: PartEdge; back: string[] }>();
  for (const key of [...edges.keys()].sort()) {
    const edge = edges.get(key) as PartEdge;
    if (!reachable(edges.values(), edge.to).has(edge.from)) continue;
    out.set(key, { edge, back: pathBetween(edges, edge.to, edge.from) });
  }
  return out;
}

/** A shortest chain of parts from `from` to `to` (breadth first, in sorted order, so the same one every run). */
function pathBetween(edges: Map<string, PartEdge>, from: string, to: string): string[] {
  const prev = new Map<string, string>([[from, '']]);
  const queue = [from];
  const sorted = [...edges.values()].sort((a, b) => (a.from + a.to).localeCompare(b.from + b.to));
  while (queue.length > 0) {
    const p = queue.shift() as string;
    if (p === to) break;
    for (const e of sorted)
      if (e.from === p && !prev.has(e.to)) {
        prev.set(e.to, p);
        queue.push(e.to);
      }
  }
  const chain = [to];
  while (chain[0] !== from) chain.unshift(prev.get(chain[0]) as string);
  return chain;
}

// The dependency rule of docs/architecture.md, checked over the import graph of src/: each top-level part imports only
// what its rule allows, and no imports between parts form a loop. There are no exceptions: a new crossing or loop fails.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loopEdges, type PartEdge, partEdges } from '../scripts/import-graph.js';

const SRC = path.join(import.meta.dirname, '..', 'src');

const BASICS = ['error-message.ts', 'memory.ts', 'version.ts'];
/** What a plugin may build on: the contracts and shared helpers (plugin/) and everything below them. */
const UNDER_PLUGINS = [...BASICS, 'hcl', 'docker', 'cleanup', 'config', 'plugin'];
const UNDER_FRONTS = [...UNDER_PLUGINS, 'cache', 'data-sources', 'builders', 'provisioners', 'post-processors', 'pipeline'];

/**
 * What each part of src/ may import (besides itself), lowest first: each part imports only parts above it in this
 * list, so the rule itself has no loop. A part missing here fails the test: give it a rule.
 */
const MAY_IMPORT: Record<string, string[]> = {
  'error-message.ts': [],
  'memory.ts': [],
  'version.ts': [],
  hcl: BASICS,
  docker: BASICS,
  // Finding and removing what killed runs left (owner labels, run directories): below the engine and both fronts.
  cleanup: [...BASICS, 'docker'],
  config: [...BASICS, 'hcl'],
  // The step cache: keys, chains of cached steps, backends. It knows images and keys, not what makes them.
  cache: [...BASICS, 'docker'],
  // The contracts plugins implement (step, provisioner, post-processor, communicator, build result) and their helpers.
  plugin: [...BASICS, 'hcl', 'docker', 'cleanup', 'config'],
  'data-sources': [...BASICS, 'hcl', 'config'],
  provisioners: UNDER_PLUGINS,
  'post-processors': UNDER_PLUGINS,
  builders: [...UNDER_PLUGINS, 'cache'],
  pipeline: UNDER_FRONTS.filter((p) => p !== 'pipeline'),
  action: UNDER_FRONTS,
  cli: UNDER_FRONTS,
  'index.ts': [...BASICS, 'action'],
  'post.ts': [...BASICS, 'action'],
};

interface Findings {
  problems: string[];
}

/** Everything wrong with srcDir's imports against the rules, one line each. */
function check(srcDir: string, rules = MAY_IMPORT): Findings {
  const edges = partEdges(srcDir);
  const problems: string[] = [];
  const show = (e: PartEdge) => e.files.slice(0, 3).join(', ') + (e.files.length > 3 ? `, … (${e.files.length} files)` : '');
  const parts = new Set([...edges.values()].flatMap((e) => [e.from, e.to]));
  for (const p of [...parts].sort()) if (!(p in rules)) problems.push(`src/${p} has no rule in MAY_IMPORT`);
  for (const e of edges.values()) if (e.from in rules && !rules[e.from].includes(e.to)) problems.push(`${e.from} may not import ${e.to}: ${show(e)}`);
  for (const [key, { edge, back }] of loopEdges(edges)) problems.push(`new loop: ${key} (${show(edge)}), and back: ${back.join(' -> ')}`);
  return { problems };
}

describe('the dependency rule (docs/architecture.md)', () => {
  test('src/ keeps it', () => {
    expect(check(SRC).problems).toEqual([]);
  });

  test('the rule itself has no loop: each part imports only parts listed before it', () => {
    const order = Object.keys(MAY_IMPORT);
    const late = Object.entries(MAY_IMPORT).flatMap(([p, allowed]) => allowed.filter((q) => order.indexOf(q) >= order.indexOf(p)).map((q) => `${p} -> ${q}`));
    expect(late).toEqual([]);
  });

  describe('on a copy of src/', () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(path.join(tmpdir(), 'repack-imports-'));
      cpSync(SRC, copy, { recursive: true });
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    test('a new loop between folders fails, naming the file that closes it', () => {
      // hcl is imported by the pipeline; an hcl file importing the pipeline closes a loop (and breaks hcl's rule).
      writeFileSync(path.join(copy, 'hcl', 'loop-fixture.ts'), "import type { PlanInput } from '../pipeline/plan.js';\nexport type P = PlanInput;\n");
      try {
        const { problems } = check(copy);
        expect(problems).toContain('new loop: hcl -> pipeline (hcl/loop-fixture.ts -> pipeline/plan.ts), and back: pipeline -> hcl');
        expect(problems).toContain('hcl may not import pipeline: hcl/loop-fixture.ts -> pipeline/plan.ts');
      } finally {
        rmSync(path.join(copy, 'hcl', 'loop-fixture.ts'));
      }
    });

    test('a loop fails even where each import is allowed', () => {
      // With rules that let cache and plugin import each other, the loop they make is still found.
      writeFileSync(path.join(copy, 'cache', 'loop-fixture.ts'), "export * from '../plugin/step.js';\n");
      writeFileSync(path.join(copy, 'plugin', 'loop-fixture.ts'), "export * from '../cache/key.js';\n");
      try {
        const rules = { ...MAY_IMPORT, cache: [...MAY_IMPORT.cache, 'plugin'], plugin: [...MAY_IMPORT.plugin, 'cache'] };
        expect(check(copy, rules).problems).toEqual([
          'new loop: cache -> plugin (cache/loop-fixture.ts -> plugin/step.ts), and back: plugin -> cache',
          'new loop: plugin -> cache (plugin/loop-fixture.ts -> cache/key.ts), and back: cache -> plugin',
        ]);
      } finally {
        rmSync(path.join(copy, 'cache', 'loop-fixture.ts'));
        rmSync(path.join(copy, 'plugin', 'loop-fixture.ts'));
      }
    });

    test('a new top-level folder needs a rule', () => {
      const { ['docker']: _docker, ...rules } = MAY_IMPORT;
      expect(check(copy, rules).problems).toContain('src/docker has no rule in MAY_IMPORT');
    });
  });
});

// The option tables in docs/ are generated from the plugins' schemas (scripts/docs-options.ts): a page that disagrees
// with its schema — an option added, renamed, retyped, or described differently — fails here until
// `npm run docs:options` writes it again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { T } from '../src/hcl/value/value.js';
import { markersIn, optionTable, PAGES, renderPage, SCHEMAS } from '../scripts/docs-options.js';

describe('option tables', () => {
  it.each(PAGES)('%s is as its schema generates it', (page) => {
    const text = readFileSync(page, 'utf8');
    expect(markersIn(text).length).toBeGreaterThan(0);
    expect(renderPage(text)).toBe(text);
  });

  it('every schema of a builder, provisioner and post-processor with a page of its own has a table', () => {
    const marked = new Set(PAGES.flatMap((page) => markersIn(readFileSync(page, 'utf8'))));
    // shell-local's page points to the provisioner's table: the two share one schema.
    const undocumented = ['post-processor/shell-local'];
    expect(Object.keys(SCHEMAS).filter((k) => !marked.has(k) && !undocumented.includes(k))).toEqual([]);
  });

  it('a page goes stale when its schema changes', () => {
    const attributes: Record<string, unknown> = SCHEMAS['provisioner/breakpoint'].attributes;
    const page = readFileSync('docs/provisioners/breakpoint.md', 'utf8');
    try {
      attributes.added_for_test = { type: T.list(T.string), default: [], description: 'Added by a test.' };
      expect(renderPage(page)).not.toBe(page);
      expect(optionTable(SCHEMAS['provisioner/breakpoint'])).toContain('| `added_for_test` | list(string) | `[]` | Added by a test. |');
    } finally {
      delete attributes.added_for_test;
    }
  });
});

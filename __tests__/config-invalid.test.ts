// Table-driven over __fixtures__/templates/invalid: each directory is a template and expected.txt lists the
// diagnostics it must produce ("severity file:line:col summary"), in any order, and no others.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepare } from '../src/pipeline/prepare.js';

const root = join(import.meta.dirname, '../__fixtures__/templates/invalid');
const cases = readdirSync(root).sort();

describe('invalid templates report exactly their diagnostics', () => {
  test.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n').sort();
    const p = prepare({ template: '.', cwd: dir, env: {} });
    const got = p.diagnostics
      .map((d) => `${d.severity} ${d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}` : '-'} ${d.summary}`)
      .sort();
    expect(got).toEqual(expected);
    expect(p.builds).toEqual([]);
  });
});

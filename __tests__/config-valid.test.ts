// Table-driven over __fixtures__/templates/valid: each directory is a template that current Packer accepts, and
// expected.txt lists its builds ("build <name>") and every diagnostic it gives ("severity file:line:col summary").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareTemplate } from '../src/pipeline/prepare.js';

const root = join(import.meta.dirname, '../__fixtures__/templates/valid');
const cases = readdirSync(root).sort();

describe('valid templates plan their builds', () => {
  test.each(cases)('%s', async (name) => {
    const dir = join(root, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n').sort();
    const p = await prepareTemplate({ template: '.', cwd: dir, env: {} });
    const got = [
      ...p.builds.map((b) => `build ${b.name}`),
      ...p.diagnostics.map((d) => `${d.severity} ${d.range ? `${d.range.file}:${d.range.start.line}:${d.range.start.column}` : '-'} ${d.summary}`),
    ].sort();
    expect(got).toEqual(expected);
  });
});

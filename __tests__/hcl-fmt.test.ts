// `repack fmt` layout: hclwrite's own TestFormat table (hashicorp/hcl hclwrite/format_test.go at 2efc266, MPL-2.0,
// extracted to __fixtures__/hcl/fmt/hclwrite-format-cases.json), Packer-style templates with expected outputs, and
// over the whole corpus: formatting is idempotent and keeps every token.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHcl } from '../src/hcl/format/canonical-layout.js';
import { scanTokens } from '../src/hcl/syntax/lexer.js';
import { parseFile } from '../src/hcl/syntax/parser.js';

const fixtures = join(import.meta.dirname, '../__fixtures__/hcl');
const cases = JSON.parse(readFileSync(join(fixtures, 'fmt/hclwrite-format-cases.json'), 'utf8')) as { input: string; want: string }[];

test.each(cases.map((c, i) => [i, c.input, c.want]))('hclwrite case %i', (_i, input, want) => {
  expect(formatHcl(input as string)).toBe(want);
});

describe('Packer templates', () => {
  const dir = join(fixtures, 'fmt');
  const inputs = readdirSync(dir).filter((n) => n.endsWith('.in.pkr.hcl'));
  test.each(inputs)('%s', (name) => {
    const input = readFileSync(join(dir, name), 'utf8');
    const want = readFileSync(join(dir, name.replace('.in.', '.out.')), 'utf8');
    expect(formatHcl(input)).toBe(want);
    expect(formatHcl(want)).toBe(want);
  });
});

function tokenTexts(src: string): string[] {
  return scanTokens(src, 'x')
    .filter((t) => t.type !== 'EOF')
    .map((t) => (t.type === 'CHeredoc' || t.type === 'StringLit' ? t.text : t.text.trim()));
}

describe('every corpus file', () => {
  const corpus = join(fixtures, 'corpus');
  const files = readdirSync(corpus).filter((n) => n.endsWith('.hcl'));
  const valid = files.filter((n) => parseFile(readFileSync(join(corpus, n), 'utf8'), n).diagnostics.length === 0);

  test('there are many valid snippets', () => {
    expect(valid.length).toBeGreaterThan(140);
  });

  test.each(valid)('%s: idempotent, same tokens, still parses', (name) => {
    const src = readFileSync(join(corpus, name), 'utf8');
    const once = formatHcl(src);
    expect(formatHcl(once)).toBe(once);
    expect(tokenTexts(once)).toEqual(tokenTexts(src));
    expect(parseFile(once, name).diagnostics).toEqual([]);
  });
});

// Differential test against HashiCorp's own parser (@cdktf/hcl2json, HCL compiled to WASM): on every snippet of the
// corpus both must agree on valid/invalid, and on the summary, line and column of the first error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { parseFile } from '../src/hcl/syntax/parser.js';

const corpusDir = join(process.cwd(), '__fixtures__', 'hcl', 'corpus');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.hcl'))
  .sort();

interface FirstError {
  summary: string;
  line: number;
  column: number;
}

const oracleError = /:(\d+),(\d+)-(?:\d+,)?\d+: ([^;]+); /;

async function oracle(name: string, text: string): Promise<FirstError | undefined> {
  try {
    await parse(name, text);
    return undefined;
  } catch (e: unknown) {
    const message = e instanceof Error ? e.message : String(e);
    const m = oracleError.exec(message);
    if (!m) throw new Error(`unexpected hcl2json error format: ${message}`);
    return { line: Number(m[1]), column: Number(m[2]), summary: m[3] };
  }
}

function ours(name: string, text: string): FirstError | undefined {
  const first = parseFile(text, name).diagnostics.find((d) => d.severity === 'error');
  if (!first?.range) return undefined;
  return { summary: first.summary, line: first.range.start.line, column: first.range.start.column };
}

describe('HCL differential corpus', () => {
  it('has at least 300 snippets', () => {
    expect(files.length).toBeGreaterThanOrEqual(300);
  });

  it.each(files)('%s agrees with hcl2json', async (file) => {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const expected = await oracle(file, text);
    expect(ours(file, text)).toEqual(expected);
  });
});

// Hostile shapes of input (security issue item 13 and the signal half of item 8): long operator chains, long
// traversals, bytes that are not UTF-8, and a signal while a slow template is evaluated.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { loadTemplate } from '../src/config/load.js';
import { evaluate } from '../src/hcl/eval/evaluate.js';
import { parseExpressionText, parseFile } from '../src/hcl/syntax/parser.js';
import { traversals } from '../src/hcl/syntax/traversals.js';
import { toJS, V } from '../src/hcl/value/value.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'repack-limits-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('deep expressions', () => {
  it('evaluates a 5,000-term sum as HCL does, and finds its references', () => {
    const src = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? 'var.n' : '1')).join(' + ');
    const parsed = parseExpressionText(src, 'f.hcl');
    expect(parsed.diagnostics).toEqual([]);
    const r = evaluate(parsed.expr, { variables: { var: V.object({ n: V.number(2) }) }, functions: {} });
    expect(r.diagnostics).toEqual([]);
    expect(toJS(r.value)).toBe(7500);
    expect(traversals(parsed.expr)).toHaveLength(2500);
  });

  it('reports a failing term of a long chain at its position', () => {
    const src = `${Array.from({ length: 3000 }, () => '1').join(' + ')} + "x"`;
    const r = evaluate(parseExpressionText(src, 'f.hcl').expr, { variables: {}, functions: {} });
    expect(r.diagnostics.map((d) => [d.summary, d.range?.start.column])).toEqual([['Invalid operand', src.length - 2]]);
  });

  it('parses and evaluates a 40,000-step traversal in linear time', () => {
    const src = `var${'.a'.repeat(40_000)}`;
    const started = performance.now();
    const parsed = parseExpressionText(src, 'f.hcl');
    const r = evaluate(parsed.expr, { variables: { var: V.unknown() }, functions: {} });
    expect(r.diagnostics).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('reports nesting beyond what can be followed as a diagnostic in its own words', () => {
    const src = `${'true ? 1 : '.repeat(20_000)}2`;
    const parsed = parseExpressionText(src, 'f.hcl');
    const all = [...parsed.diagnostics, ...(parsed.diagnostics.length === 0 ? evaluate(parsed.expr, { variables: {}, functions: {} }).diagnostics : [])];
    expect(all.length).toBeGreaterThan(0);
    for (const d of all) {
      expect(d.range?.file).toBe('f.hcl');
      expect(`${d.summary} ${d.detail}`).not.toMatch(/call stack|RangeError/);
    }
  });
});

describe('nesting beyond what the parser follows', () => {
  it('is reported where it happens, not at the top of the file', () => {
    const { diagnostics } = parseFile(`locals {\n  a = 1\n  b = ${'['.repeat(5000)}${']'.repeat(5000)}\n}\n`, 't.pkr.hcl');
    expect(diagnostics.map((d) => [d.summary, d.range?.start.line])).toEqual([['Configuration too deeply nested', 3]]);
    expect(diagnostics[0].range?.start.column).toBeGreaterThan(5);
  });
});

describe('file encodings', () => {
  it('rejects bytes that are not UTF-8 in native syntax, at their position, as HCL does', () => {
    writeFileSync(join(dir, 't.pkr.hcl'), Buffer.concat([Buffer.from('locals {\n  a = "\u00e9'), Buffer.from([0xff]), Buffer.from('"\n}\n')]));
    const loaded = loadTemplate('t.pkr.hcl', dir);
    expect(loaded.diagnostics.map((d) => [d.summary, d.detail, d.range?.start.line, d.range?.start.column])).toEqual([
      ['Invalid character encoding', 'All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.', 2, 9],
    ]);
  });

  it('decodes such bytes in JSON strings as U+FFFD, as HCL JSON does', () => {
    writeFileSync(join(dir, 't.pkr.json'), Buffer.concat([Buffer.from('{"locals": {"a": "x'), Buffer.from([0xff]), Buffer.from('"}}')]));
    expect(loadTemplate('t.pkr.json', dir).diagnostics).toEqual([]);
  });
});

describe('signals during evaluation', () => {
  // Evaluation is synchronous: a JavaScript signal handler installed before it could only run once it ended, so
  // `build` keeps the default action of SIGINT/SIGTERM (stop at once) until the template has been evaluated.
  it('build installs no SIGINT/SIGTERM handler before the template is evaluated', async () => {
    writeFileSync(join(dir, 't.pkr.hcl'), 'locals {\n  a = regex("(", "x")\n}\n');
    const added: string[] = [];
    const original = process.on.bind(process);
    const spy = (event: string | symbol, listener: (...args: unknown[]) => void): NodeJS.Process => {
      added.push(String(event));
      return original(event, listener);
    };
    process.on = spy as typeof process.on;
    try {
      const io = { out: () => undefined, err: () => undefined, isTTY: false, env: {}, cwd: dir, readStdin: () => '', stdinIsTTY: false };
      expect(await main(['build', 't.pkr.hcl'], io)).toBe(1);
    } finally {
      process.on = original;
    }
    expect(added.filter((e) => e === 'SIGINT' || e === 'SIGTERM')).toEqual([]);
  });
});

// Parser benchmark for docs/adr/0001: repack's parser (compiled JavaScript in PARSER_DIR) against @cdktf/hcl2json
// on the differential corpus and on large-5000.pkr.hcl — warm time per parse, cold process start, and peak RSS.
// Usage: PARSER_DIR=/path/to/compiled/src/hcl node __fixtures__/hcl/bench/measure.mjs
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('../../../', import.meta.url).pathname;
const parserDir = process.env.PARSER_DIR;
if (!parserDir) throw new Error('set PARSER_DIR to the compiled src/hcl directory');
const { parseFile } = await import(join(parserDir, 'parser.js'));
const require = createRequire(join(root, 'package.json'));
const hcl2jsonPath = require.resolve('@cdktf/hcl2json');
const { parse } = require(hcl2jsonPath);

const corpusDir = join(root, '__fixtures__/hcl/corpus');
const corpus = readdirSync(corpusDir).map((f) => [f, readFileSync(join(corpusDir, f), 'utf8')]);
const largePath = join(root, '__fixtures__/hcl/bench/large-5000.pkr.hcl');
const large = readFileSync(largePath, 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeAsync(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

const quiet = async (f, t) => {
  try {
    await parse(f, t);
  } catch {
    /* invalid snippets are part of the corpus */
  }
};
await quiet('warmup.hcl', 'a = 1\n');
for (const [f, t] of corpus) parseFile(t, f);

const oursCorpus = await timeAsync(() => corpus.forEach(([f, t]) => parseFile(t, f)), 20);
const theirsCorpus = await timeAsync(async () => {
  for (const [f, t] of corpus) await quiet(f, t);
}, 5);
const oursLarge = await timeAsync(() => parseFile(large, 'large.pkr.hcl'), 20);
const theirsLarge = await timeAsync(() => quiet('large.pkr.hcl', large), 10);

function cold(script, runs = 11) {
  const times = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    times.push(performance.now() - t);
    rss.push(Number(out.trim().split('\n').pop()));
  }
  return { ms: median(times), rssMB: median(rss) / 1024 };
}
const rssLine = 'console.log(process.resourceUsage().maxRSS)';
const readLarge = `import { readFileSync } from 'node:fs'; const t = readFileSync(${JSON.stringify(largePath)}, 'utf8');`;
const baseline = cold(rssLine);
const oursCold = cold(`${readLarge} const { parseFile } = await import(${JSON.stringify(join(parserDir, 'parser.js'))}); parseFile(t, 'l'); ${rssLine}`);
const theirsCold = cold(
  `${readLarge} import { createRequire } from 'node:module'; const { parse } = createRequire(import.meta.url)(${JSON.stringify(hcl2jsonPath)}); await parse('l', t); ${rssLine}`,
);
const typicalPath = join(corpusDir, 'packer-full.hcl');
const readTypical = readLarge.replace(JSON.stringify(largePath), JSON.stringify(typicalPath));
const oursTypical = cold(`${readTypical} const { parseFile } = await import(${JSON.stringify(join(parserDir, 'parser.js'))}); parseFile(t, 'l'); ${rssLine}`);
const theirsTypical = cold(
  `${readTypical} import { createRequire } from 'node:module'; const { parse } = createRequire(import.meta.url)(${JSON.stringify(hcl2jsonPath)}); await parse('l', t); ${rssLine}`,
);

const f = (n) => n.toFixed(2);
console.log(`corpus (${corpus.length} snippets), warm, per snippet: repack ${f(oursCorpus / corpus.length)} ms, hcl2json ${f(theirsCorpus / corpus.length)} ms`);
console.log(`large-5000 (${large.split('\n').length} lines), warm: repack ${f(oursLarge)} ms, hcl2json ${f(theirsLarge)} ms`);
console.log(`cold process (node start + load + parse large-5000): node alone ${f(baseline.ms)} ms / ${f(baseline.rssMB)} MB RSS,`);
console.log(`  repack ${f(oursCold.ms)} ms / ${f(oursCold.rssMB)} MB, hcl2json ${f(theirsCold.ms)} ms / ${f(theirsCold.rssMB)} MB`);
console.log(`cold process, typical template (packer-full.hcl, ${readFileSync(typicalPath, 'utf8').split('\n').length} lines):`);
console.log(`  repack ${f(oursTypical.ms)} ms / ${f(oursTypical.rssMB)} MB, hcl2json ${f(theirsTypical.ms)} ms / ${f(theirsTypical.rssMB)} MB`);

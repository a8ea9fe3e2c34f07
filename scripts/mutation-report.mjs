// Rewrites the "Mutation score" table in docs/reliability.md (between its markers) from Stryker's JSON reports in
// reports/mutation/, one row per module of scripts/mutation-modules.mjs. Equivalent mutants listed in
// mutation/equivalent.json (by file, line and mutator, with the reason) are counted as killed, and shown apart.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { MODULES, REPORT_DIR } from './mutation-modules.mjs';

const DOC = 'docs/reliability.md';
const BEGIN = '<!-- mutation-score:begin -->';
const END = '<!-- mutation-score:end -->';
const EQUIVALENT = 'mutation/equivalent.json';

/** "file:line:Mutator" keys of the mutants judged equivalent. */
const equivalent = new Set((existsSync(EQUIVALENT) ? JSON.parse(readFileSync(EQUIVALENT, 'utf8')) : []).map((e) => `${e.file}:${e.line}:${e.mutator}`));

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const doc = readFileSync(DOC, 'utf8');
const start = doc.indexOf(BEGIN);
const end = doc.indexOf(END);
if (start < 0 || end < start) throw new Error(`${DOC} has no ${BEGIN} … ${END} section`);
/** The rows the table holds now, by module: a module with no report here keeps its last measured row. */
const previous = new Map(
  doc
    .slice(start, end)
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .map((l) => [l.split('|')[1].trim(), l]),
);

function row(name) {
  const file = `${REPORT_DIR}/${name}.json`;
  const files = MODULES[name].files.map((f) => `\`${f.replace(/^src\//, '')}\``).join(', ');
  const kept = previous.get(name);
  if (!existsSync(file)) return kept?.startsWith(`| ${name} | ${files} |`) ? kept : `| ${name} | ${files} | – | – | – | – | – | not measured yet |`;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let killed = 0;
  let survived = 0;
  let equiv = 0;
  let ignored = 0;
  for (const [path, f] of Object.entries(report.files)) {
    for (const m of f.mutants) {
      if (DETECTED.has(m.status)) killed++;
      else if (m.status === 'Ignored') ignored++;
      else if (UNDETECTED.has(m.status)) {
        if (equivalent.has(`${path}:${m.location.start.line}:${m.mutatorName}`)) equiv++;
        else survived++;
      }
    }
  }
  const total = killed + survived + equiv;
  const score = total === 0 ? 100 : (100 * (killed + equiv)) / total;
  const raw = total === 0 ? 100 : (100 * killed) / total;
  const scored = `**${score.toFixed(1)} %**${equiv > 0 ? ` (${raw.toFixed(1)} % before equivalents)` : ''}`;
  return `| ${name} | ${files} | ${total} | ${killed} | ${equiv} | ${survived} | ${ignored} | ${scored} |`;
}

const table = [
  '| module | files (under src/) | mutants | killed | equivalent | survived | static, not run | score |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...Object.keys(MODULES).map(row),
].join('\n');

writeFileSync(DOC, `${doc.slice(0, start + BEGIN.length)}\n${table}\n${doc.slice(end)}`);
console.log(table);

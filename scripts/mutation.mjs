// Runs Stryker on the named modules of scripts/mutation-modules.mjs, one after another (all when none is named),
// then rewrites the score table in docs/reliability.md. Each module keeps its own incremental file, so a second run
// tests only the mutants whose code or tests changed.
//   node scripts/mutation.mjs variables plan-chains
//   node scripts/mutation.mjs --changed origin/main   # only modules with a file changed since that ref
//   node scripts/mutation.mjs --full                  # every mutant again, ignoring the incremental files
import { execFileSync, spawnSync } from 'node:child_process';
import { MODULES } from './mutation-modules.mjs';

const args = process.argv.slice(2);
let names = args.filter((a) => !a.startsWith('--'));
const changedAt = args.indexOf('--changed');
if (changedAt >= 0) {
  const base = args[changedAt + 1];
  names = names.filter((n) => n !== base);
  const changed = execFileSync('git', ['diff', '--name-only', `${base}...HEAD`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  names = Object.keys(MODULES).filter((m) => MODULES[m].files.some((f) => changed.includes(f)));
  console.log(names.length > 0 ? `modules with changes since ${base}: ${names.join(', ')}` : `no mutated module changed since ${base}`);
} else if (names.length === 0) {
  names = Object.keys(MODULES);
}
const unknown = names.filter((n) => !MODULES[n]);
if (unknown.length > 0) {
  console.error(`unknown module(s): ${unknown.join(', ')}; known: ${Object.keys(MODULES).join(', ')}`);
  process.exit(2);
}

let status = 0;
for (const name of names) {
  console.log(`== mutation: ${name} (${MODULES[name].files.join(', ')})`);
  const r = spawnSync('npx', ['stryker', 'run', ...(args.includes('--full') ? ['--force'] : [])], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_MODULE: name },
  });
  if (r.status !== 0) status = r.status ?? 1;
}
if (names.length > 0) execFileSync('node', ['scripts/mutation-report.mjs'], { stdio: 'inherit' });
process.exit(status);

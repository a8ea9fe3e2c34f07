// Mutation testing of the modules users trust most (docs/reliability.md, "Mutation score"), one module at a time:
// MUTATION_MODULE names an entry of scripts/mutation-modules.mjs (`npm run mutation -- <module>` sets it), which
// picks the files to mutate and that module's incremental and JSON report files.
import { MODULES, REPORT_DIR } from './scripts/mutation-modules.mjs';

const name = process.env.MUTATION_MODULE ?? 'runner-protocol';
const mod = MODULES[name];
if (!mod) throw new Error(`MUTATION_MODULE=${name}: not one of ${Object.keys(MODULES).join(', ')}`);
const testMatch = mod.tests?.map((t) => `<rootDir>/__tests__/${t}.test.ts`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // ts-jest compiles the instrumented sources; the tests are ESM, so the runner's node needs vm modules.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true, ...(testMatch ? { config: { testMatch } } : {}) },
  checkers: ['typescript'],
  // The checker type-checks the sources only: mutants live there, and checking the tests too made it slower than the
  // test runs themselves.
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) reload every test file for each one: MUTATION_IGNORE_STATIC=1 leaves them
  // to the weekly full run, and the table counts them apart ("static, not run").
  ignoreStatic: process.env.MUTATION_IGNORE_STATIC === '1',
  // The machine is shared: one test process, one checker.
  concurrency: 1,
  timeoutMS: 20_000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: `${REPORT_DIR}/${name}.incremental.json`,
  jsonReporter: { fileName: `${REPORT_DIR}/${name}.json` },
  reporters: ['clear-text', 'progress', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // In place: no sandbox copy of the ~900 project files (slow here, and fixtures hold a dangling symlink on purpose).
  // Stryker puts the sources back when it ends; `git status` shows it did.
  inPlace: true,
  // ts-jest only transpiles (isolatedModules), so no file needs `// @ts-nocheck`; in place, Stryker would write it
  // into every test file.
  disableTypeChecks: false,
  mutate: mod.files,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};

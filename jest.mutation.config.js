// The unit project alone (the fake driver, never the real engine), for mutation testing: Stryker's jest runner takes
// one project, and every mutant must be judged by tests that run in seconds.
import path from 'node:path';
import config from './jest.config.js';

const unit = config.projects.find((p) => p.displayName === 'unit');
const root = import.meta.dirname;
export default {
  ...unit,
  displayName: undefined,
  rootDir: root,
  // tsconfig by absolute path and each test file started in the root: the runner process outlives any one test.
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: path.join(root, 'tsconfig.json') }] },
  setupFiles: [path.join(root, 'jest.mutation.setup.cjs')],
};

// Unit tests use the fake driver; integration tests (*.itg.test.ts) need a real Docker engine and registry.
const transform = { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] };
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  transform,
};
export default {
  // Integration tests build real images (apt-get install); unit tests finish far below this.
  testTimeout: 300_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/**/*.test.ts'], testPathIgnorePatterns: ['\\.itg\\.test\\.ts$'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/__tests__/**/*.itg.test.ts'] },
  ],
};

const transform = {
  '^.+\\.(t|j|mj)s$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
// middy and a few others ship ESM only; swc turns them into CommonJS for jest.
const transformIgnorePatterns = ['/node_modules/(?!(@middy|jose)/)'];
const common = { testEnvironment: 'node', transform, transformIgnorePatterns, moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'] };

module.exports = {
  // the integration suites share one local stack and its pipeline: one at a time, so that a burst from one suite
  // (1,000 submissions) never delays what another suite waits for; the unit tests take a second or two anyway
  maxWorkers: 1,
  // integration tests wait for the pipeline; unit tests finish in milliseconds either way
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{lib,functions,local,bench,web,scripts}/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/local/jest/global-setup.ts',
      globalTeardown: '<rootDir>/local/jest/global-teardown.ts',
    },
  ],
};

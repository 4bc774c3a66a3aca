// Test tiers are jest projects, selected by file name, so each tier can be run alone
// (`npx jest --selectProjects terraform`). swc strips types without checking them: the
// typecheck tier (`tsc --noEmit`) is the single type-check.
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
};
// dt-sql-parser (the Trino grammar the query tests parse with) ships ES modules only:
// let swc compile it to CommonJS like our own sources.
const esmPackages = ['dt-sql-parser'];
transform['^.+\\.js$'] = ['@swc/jest', { jsc: { target: 'es2022' } }];
const transformIgnorePatterns = [`/node_modules/(?!(${esmPackages.join('|')})/)`];
const common = { transform, transformIgnorePatterns, testEnvironment: 'node' };

module.exports = {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  testSequencer: '<rootDir>/test/support/sequencer.js',
  // Terraform plans wait on provider processes; two workers keep both cores busy.
  maxWorkers: 2,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.sim\\.test\\.ts$', '\\.tf\\.test\\.ts$', '\\.process\\.test\\.ts$', '\\.tsc\\.test\\.ts$', '<rootDir>/test/patterns/'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-jest.ts'],
    },
    {
      ...common,
      displayName: 'patterns',
      testMatch: ['<rootDir>/test/patterns/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'simulation',
      testMatch: ['<rootDir>/test/**/*.sim.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-jest.ts'],
    },
    {
      ...common,
      displayName: 'typecheck',
      testMatch: ['<rootDir>/test/**/*.tsc.test.ts'],
    },
    {
      // Tests that start the CLI or main.ts as a user would: a new node process each.
      ...common,
      displayName: 'process',
      testMatch: ['<rootDir>/test/**/*.process.test.ts'],
    },
    {
      ...common,
      displayName: 'terraform',
      testMatch: ['<rootDir>/test/**/*.tf.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-jest.ts'],
    },
  ],
};

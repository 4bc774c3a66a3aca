// Test tiers are jest projects, selected by file name, so each tier can be run alone
// (`npx jest --selectProjects terraform`). swc strips types without checking them: the
// typecheck tier (`tsc --noEmit`) is the single type-check.
const localBuiltIns = '<rootDir>/test/support/local-builtins-transform.js';
const swc = { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } };
// dt-sql-parser (the Trino grammar the query tests parse with) ships ES modules only: swc compiles
// it to CommonJS like our own sources. antlr4ng, the grammar's runtime, only gets its built-ins
// bound (see the transformer): the query test files took 3 s each, 2 s with it. cdktf, the AWS
// SDK and zod were measured too and gained nothing, so they load untransformed.
const esmPackages = ['dt-sql-parser'];
const hotPackages = ['antlr4ng'];
const transform = {
  '^.+\\.ts$': [localBuiltIns, { swc }],
  [`/node_modules/(${esmPackages.join('|')})/.+\\.js$`]: [localBuiltIns, { swc: { jsc: { target: 'es2022' } } }],
  [`/node_modules/(${hotPackages.join('|')})/.+\\.c?js$`]: [localBuiltIns, {}],
};
const transformIgnorePatterns = [`/node_modules/(?!(${[...esmPackages, ...hotPackages].join('|')})/)`];
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
      testPathIgnorePatterns: ['\\.(sim|tf|process|tsc|loopback)\\.test\\.ts$', '<rootDir>/test/patterns/'],
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
      // Tests that drive the real SDK over real HTTP to a server of ours on 127.0.0.1 (S3, the fake AWS).
      ...common,
      displayName: 'loopback',
      testMatch: ['<rootDir>/test/**/*.loopback.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-jest.ts'],
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

// StrykerJS (npm run mutate, not part of npm test): mutates the security-critical core files and runs only their unit tests.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: [
    'main/core/redaction/redact.ts',
    'main/core/akool/response.ts',
    'main/core/akool/token-claims.ts',
    'main/core/clipboard/clipboard-guard.ts',
    'main/core/vault/sealing-guard.ts',
    'main/core/accounts/account-status.ts',
    'main/core/akool/base-url.ts',
    'main/core/vault/protection-policy.ts',
    'main/core/vault/secret-vault.ts',
    'main/core/akool/read-limited-body.ts',
    'main/ipc/sender-check.ts',
  ],
  ignorePatterns: ['out', 'dist', 'release', 'test-results', 'playwright-report', '.test-results', 'build/icons', 'docs'],
  coverageAnalysis: 'perTest',
  // The machine running it is usually shared: one or two test workers.
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

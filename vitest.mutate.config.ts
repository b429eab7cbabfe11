// Unit tests for the mutation run only: the tests that exercise the security-critical core files StrykerJS mutates.
import { defineConfig } from 'vitest/config';

export const mutationTests = [
  'test/unit/core/redact.test.ts',
  'test/unit/security/redacting-logger.test.ts',
  'test/unit/core/akool-client.test.ts',
  'test/unit/core/token-claims.test.ts',
  'test/unit/core/clipboard-guard.test.ts',
  'test/unit/core/clipboard-guard-races.test.ts',
  'test/unit/security/protection-floor.test.ts',
  'test/unit/core/account-service.test.ts',
  'test/unit/core/base-url.test.ts',
  'test/unit/core/protection-policy.test.ts',
  'test/unit/core/secret-vault.test.ts',
  'test/unit/core/read-limited-body.test.ts',
  'test/unit/ipc/sender-check.test.ts',
];

export default defineConfig({
  test: { name: 'mutation', environment: 'node', include: mutationTests },
});

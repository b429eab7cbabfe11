// Unit tests for the mutation run only: the tests that exercise the security-critical core files StrykerJS mutates.
import { defineConfig } from 'vitest/config';

export const mutationTests = [
  'test/unit/core/redaction/redact.test.ts',
  'test/unit/core/redaction/secret-forms.test.ts',
  'test/unit/core/redaction/server-excerpt.test.ts',
  'test/unit/core/redaction/squeezed-pieces.test.ts',
  'test/unit/core/redaction/window-set.test.ts',
  'test/unit/core/redaction/screen-once.test.ts',
  'test/unit/core/redaction/piece-cache.test.ts',
  'test/unit/core/akool/token-identity.test.ts',
  'test/unit/security/redacting-logger.test.ts',
  'test/unit/core/akool/client.test.ts',
  'test/unit/core/akool/token-claims.test.ts',
  'test/unit/core/clipboard/clipboard-guard.test.ts',
  'test/unit/core/clipboard/clipboard-guard-races.test.ts',
  'test/unit/security/protection-floor.test.ts',
  'test/unit/core/accounts/account-service.test.ts',
  'test/unit/core/akool/base-url.test.ts',
  'test/unit/core/vault/protection-policy.test.ts',
  'test/unit/core/vault/secret-vault.test.ts',
  'test/unit/core/akool/read-limited-body.test.ts',
  'test/unit/ipc/sender-check.test.ts',
  'test/unit/node/proxy/api-path.test.ts',
  'test/unit/node/proxy/grant-check.test.ts',
  'test/unit/node/proxy/request-filter.test.ts',
  'test/unit/node/proxy/header-swap.test.ts',
  'test/unit/node/proxy/hop-by-hop.test.ts',
  'test/unit/node/proxy/answer-screen.test.ts',
  'test/unit/core/accounts/account-seals.test.ts',
  'test/unit/core/accounts/open-sealed-edges.test.ts',
  'test/unit/core/accounts/seal-upgrade.test.ts',
  'test/unit/core/accounts/api-key-accounts.test.ts',
  'test/unit/core/accounts/account-status.test.ts',
  'test/unit/core/vault/seal-envelope.test.ts',
  'test/unit/core/vault/sealing-guard.test.ts',
  'test/adversarial/bindings.test.ts',
  'test/adversarial/server-text-canaries.test.ts',
];

export default defineConfig({
  test: { name: 'mutation', environment: 'node', include: mutationTests },
});

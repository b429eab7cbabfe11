// The canary account the leak proofs add to the sandbox: fresh random secrets per run, so finding one anywhere is a leak. Must not import main/.
import { randomBytes } from 'node:crypto';
import { demoAccounts, type SandboxOptions } from '../sandbox/server';

export interface CanaryAccount {
  /** The secret the sandbox accepts for canary-client. */
  canarySecret: string;
  /** A secret the sandbox refuses, typed before the right one. */
  wrongCanary: string;
  /** A secret typed into Replace secret. */
  replacementCanary: string;
  /** The demo accounts plus canary-client: an active account with a 30-day token. */
  sandboxOptions: SandboxOptions;
}

const canary = (prefix: string): string => `${prefix}-${randomBytes(8).toString('hex')}`;

export function seedCanaryAccount(): CanaryAccount {
  const canarySecret = canary('canary-secret');
  return {
    canarySecret,
    wrongCanary: canary('canary-wrong'),
    replacementCanary: canary('canary-next'),
    sandboxOptions: {
      accounts: [
        ...demoAccounts,
        {
          clientId: 'canary-client',
          clientSecret: canarySecret,
          state: 'active',
          credit: 77,
          email: 'canary@sandbox.test',
          uid: '424242',
          tokenTtlSeconds: 30 * 86_400,
        },
      ],
    },
  };
}

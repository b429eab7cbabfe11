// Sandbox demo accounts for Akool's other codes and a falling credit (issue 11). Must not import node:* or main/.
import type { SandboxAccountSeed } from './accounts';

const day = 24 * 60 * 60;

function seed(clientId: string, uid: string, extra: Partial<SandboxAccountSeed>): SandboxAccountSeed {
  const name = clientId.replace(/^demo-/, '');
  return {
    clientId,
    clientSecret: `demo-secret-${name}`,
    state: 'active',
    credit: 0,
    email: `${name}@sandbox.test`,
    uid,
    tokenTtlSeconds: 400 * day,
    ...extra,
  };
}

/** Not in the default set (tests and the UI count the six classic accounts); `npm run sandbox` offers both. */
export const statusDemoAccounts: readonly SandboxAccountSeed[] = [
  seed('demo-overdue', '100101', { credit: 80, quotaCode: 1103 }),
  seed('demo-no-credit', '100102', { quotaCode: 1104 }),
  seed('demo-no-quota', '100103', { quotaCode: 1006 }),
  seed('demo-subscription', '100104', { credit: 20, quotaCode: 1213 }),
  seed('demo-subscription-api', '100105', { credit: 20, quotaCode: 1221 }),
  seed('demo-no-account', '100106', { quotaCode: 1109 }),
  seed('demo-busy', '100107', { credit: 640, throttleEvery: 2 }),
  seed('demo-falling', '100108', { credit: 1000, creditDropPerCheck: 37 }),
];

// A fleet of sandbox accounts (mostly active, some expiring, a few banned) and the labels the UI gives them, for list tests and screenshots. Must not import main/.
import type { SandboxAccountSeed } from '../sandbox/accounts';

const day = 24 * 60 * 60;
const teams = ['Production', 'Staging', 'Agency', 'Marketing', 'Batch jobs', 'Research'] as const;

/** Every 20th account (from the 8th) is banned and every 10th (from the 4th) has a 3-day token; the rest are active. */
export function fleetSeeds(count: number): SandboxAccountSeed[] {
  return Array.from({ length: count }, (_, index) => ({
    clientId: `fleet-${index}`,
    clientSecret: `fleet-secret-${index}-not-a-real-secret`,
    state: index % 20 === 7 ? 'banned' : 'active',
    credit: 100 + index * 7,
    email: `team-${index}@sandbox.test`,
    uid: String(300_000 + index),
    tokenTtlSeconds: index % 10 === 3 ? 3 * day : 400 * day,
  }));
}

/** The label of fleet account `index`, e.g. "Agency 14". */
export const fleetLabel = (index: number): string => `${teams[index % teams.length] ?? 'Team'} ${index}`;

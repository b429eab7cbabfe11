// Seeds vault data directories of 10, 100 and 1,000 accounts by adding each account through the real dispatch against the sandbox. Must not import electron.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { SandboxAccountSeed } from '../../test/sandbox/accounts';
import { forEachLimited } from './limited';
import { callVault, openVaultRuntime } from './vault-runtime';

const day = 24 * 60 * 60;
/** Adds in flight while seeding; seeding is set-up, not measured. */
const seedConcurrency = 16;

export const seedSecret = (index: number): string => `bench-secret-${index}-not-a-real-secret`;

/** Sandbox accounts bench-0 … bench-(count-1): active, tokens valid for 400 days. */
export function benchSeeds(count: number): SandboxAccountSeed[] {
  return Array.from({ length: count }, (_, index) => ({
    clientId: `bench-${index}`,
    clientSecret: seedSecret(index),
    state: 'active',
    credit: 1000 + index,
    email: `bench-${index}@sandbox.test`,
    uid: String(200_000 + index),
    tokenTtlSeconds: 400 * day,
  }));
}

/**
 * Adds accounts 0…max(sizes)-1 into `workDir/grow`, copying the directory aside as `workDir/<size>` each time it holds
 * one of `sizes` accounts. Resolves with the directory of each size.
 */
export async function seedVaults(workDir: string, baseUrl: string, sizes: readonly number[]): Promise<Map<number, string>> {
  const growDir = join(workDir, 'grow');
  const runtime = await openVaultRuntime(growDir);
  const dirs = new Map<number, string>();
  let added = 0;
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const indexes = Array.from({ length: size - added }, (_, offset) => added + offset);
    await forEachLimited(indexes, seedConcurrency, async (index) => {
      await callVault(runtime, 'addAccount', {
        label: `Account ${String(index).padStart(4, '0')}`,
        clientId: `bench-${index}`,
        clientSecret: seedSecret(index),
        baseUrl,
      });
    });
    added = size;
    const dir = join(workDir, String(size));
    cpSync(growDir, dir, { recursive: true });
    dirs.set(size, dir);
  }
  await runtime.dispose();
  return dirs;
}

// Adds sandbox accounts through the page's own bridge (the same addAccount channel the add sheet uses), then reloads, so list tests start with many accounts.
import type { Page } from '@playwright/test';
import type { VaultBridge } from '../../preload/bridge';

declare global {
  interface Window {
    /** The bridge the harness page installs, as the preload script does in the app. */
    vault?: VaultBridge;
  }
}

export type SeedAccount = { label: string; clientId: string; clientSecret: string };

/** Resolves once every account is stored; throws with the first failing clientId and its error code. */
export async function seedAccounts(page: Page, baseUrl: string, accounts: readonly SeedAccount[]): Promise<void> {
  const failures = await page.evaluate(
    async ({ list, base }) => {
      const failed: string[] = [];
      const bridge = window.vault;
      if (bridge === undefined) return ['the page has no vault bridge'];
      for (const account of list) {
        const result = await bridge.addAccount({ ...account, baseUrl: base });
        if (!result.ok) failed.push(`${account.clientId}: ${result.error.code}`);
      }
      return failed;
    },
    { list: accounts, base: baseUrl },
  );
  if (failures.length > 0) throw new Error(`Seeding failed: ${failures.join(', ')}`);
  await page.reload();
}

// Playwright fixtures: a fresh sandbox, data dir and harness per test, with the page opened on the harness URL.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { startHarness } from '../harness/server';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { makeTempDir } from '../support/temp-dir';

type Harness = Awaited<ReturnType<typeof startHarness>>;

export interface VaultUi {
  page: Page;
  sandbox: Sandbox;
  harness: Harness;
  dataDir: string;
  /** The vault file as text, or '' before the first write. */
  vaultFile(): string;
  addAccount(fields: { label: string; clientId: string; clientSecret: string }): Promise<void>;
  card(label: string): Locator;
}

export const test = base.extend<{ sandboxOptions: SandboxOptions; ui: VaultUi }>({
  sandboxOptions: [{}, { option: true }],
  ui: async ({ page, sandboxOptions }, use) => {
    const sandbox = await startSandbox(sandboxOptions);
    const dir = makeTempDir();
    const harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path });
    await page.goto(harness.url);
    const vaultPath = join(dir.path, 'vault.json');
    await use({
      page,
      sandbox,
      harness,
      dataDir: dir.path,
      vaultFile: () => (existsSync(vaultPath) ? readFileSync(vaultPath, 'utf8') : ''),
      addAccount: async ({ label, clientId, clientSecret }) => {
        await page.getByLabel('Label', { exact: true }).fill(label);
        await page.getByLabel('Client ID', { exact: true }).fill(clientId);
        await page.getByLabel('Client secret', { exact: true }).fill(clientSecret);
        await page.getByLabel('Base URL (optional)', { exact: true }).fill(sandbox.baseUrl);
        await page.getByRole('button', { name: 'Add account' }).click();
      },
      card: (label) => page.getByRole('article', { name: label, exact: true }),
    });
    await harness.close();
    await sandbox.close();
    dir.remove();
  },
});

export { expect };

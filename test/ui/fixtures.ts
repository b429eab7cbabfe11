// Playwright fixtures: a fresh sandbox, data dir and harness per test, with the page opened on the harness URL, and helpers that speak the window's vocabulary (add sheet, list rows, detail pane) through the shared steps in test/support/ui-steps.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { startHarness } from '../harness/server';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { makeTempDir } from '../support/temp-dir';
import { accountDetail, accountRow, addAccount, addSheet, selectAccount, type CredentialFields, type KeyFields } from '../support/ui-steps';

type Harness = Awaited<ReturnType<typeof startHarness>>;

export interface VaultUi {
  page: Page;
  sandbox: Sandbox;
  harness: Harness;
  dataDir: string;
  /** The vault file as text, or '' before the first write. */
  vaultFile(): string;
  /** Opens the add sheet from the top bar, fills it for the account's kind (base URL under Advanced) and submits it. */
  addAccount(fields: Omit<CredentialFields, 'baseUrl'> | Omit<KeyFields, 'baseUrl'>): Promise<void>;
  /** The add sheet while it is open. */
  sheet(): Locator;
  /** The list row (role="option") of the account with this label. */
  row(label: string): Locator;
  /** The detail pane of the account with this label, shown while it is the selected account. */
  card(label: string): Locator;
  /** Clicks the account's row so its detail shows (full-width in the one-pane layout). */
  select(label: string): Promise<Locator>;
}

export const test = base.extend<{ sandboxOptions: SandboxOptions; ui: VaultUi }>({
  sandboxOptions: [{}, { option: true }],
  ui: async ({ page, sandboxOptions }, use) => {
    const sandbox = await startSandbox(sandboxOptions);
    const dir = makeTempDir();
    const harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path});
    await page.goto(harness.url);
    const vaultPath = join(dir.path, 'vault.json');
    await use({
      page,
      sandbox,
      harness,
      dataDir: dir.path,
      vaultFile: () => (existsSync(vaultPath) ? readFileSync(vaultPath, 'utf8') : ''),
      addAccount: (fields) => addAccount(page, { ...fields, baseUrl: sandbox.baseUrl }),
      sheet: () => addSheet(page),
      row: (label) => accountRow(page, label),
      card: (label) => accountDetail(page, label),
      select: (label) => selectAccount(page, label),
    });
    await harness.close();
    await sandbox.close();
    dir.remove();
  },
});

export { expect };

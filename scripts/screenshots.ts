// `npm run screenshots`: drives the real UI through the harness against the sandbox and saves PNGs to docs/screenshots.
import { chromium } from '@playwright/test';
import { buildTrayModel } from '../main/core/tray-model';
import { startHarness } from '../test/harness/server';
import { startSandbox } from '../test/sandbox/server';
import { chromiumLaunchOptions } from '../test/support/chromium-options';
import { makeTempDir } from '../test/support/temp-dir';
import { trayPreviewHtml } from './tray-preview';

const outDir = new URL('../docs/screenshots/', import.meta.url).pathname;
const trayDir = new URL('../resources/tray/', import.meta.url).pathname;
const accounts = [
  { label: 'Production', clientId: 'demo-active', clientSecret: 'demo-secret-active' },
  { label: 'Staging', clientId: 'demo-expiring', clientSecret: 'demo-secret-expiring' },
  { label: 'Old agency key', clientId: 'demo-banned', clientSecret: 'demo-secret-banned' },
];

async function main(): Promise<void> {
  const sandbox = await startSandbox();
  const dir = makeTempDir('akool-vault-screens-');
  const harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: 'light' });
    await page.goto(harness.url);
    await page.screenshot({ path: `${outDir}empty.png` });
    for (const account of accounts) {
      await page.getByLabel('Label', { exact: true }).fill(account.label);
      await page.getByLabel('Client ID', { exact: true }).fill(account.clientId);
      await page.getByLabel('Client secret', { exact: true }).fill(account.clientSecret);
      await page.getByLabel('Base URL (optional)', { exact: true }).fill(sandbox.baseUrl);
      await page.getByRole('button', { name: 'Add account' }).click();
      await page.getByRole('article', { name: account.label, exact: true }).locator('[data-status]').waitFor();
    }
    await page.getByRole('article', { name: 'Production', exact: true }).getByRole('button', { name: 'Copy token' }).click();
    await page.getByText(/clears in/i).first().waitFor();
    await page.screenshot({ path: `${outDir}accounts.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${outDir}accounts-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: /save/i }).first().waitFor();
    await page.screenshot({ path: `${outDir}settings.png` });

    const model = buildTrayModel(harness.state().accounts, Date.now());
    const tray = await browser.newPage({ viewport: { width: 720, height: 300 } });
    await tray.setContent(trayPreviewHtml(model, `${trayDir}tray-${model.icon}-dark@2x.png`));
    await tray.screenshot({ path: `${outDir}tray-menu.png` });
    process.stdout.write(`Screenshots written to ${outDir}\n`);
  } finally {
    await browser.close();
    await harness.close();
    await sandbox.close();
    dir.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

// `npm run screenshots`: drives the real UI through the harness against the sandbox and saves PNGs to docs/screenshots: the window at 1024×720 (light and dark) and 640×480, the copy menu at 640×480, first run, add sheet (API-key choice), settings, tray menu, credit chart and forecast.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { buildTrayModel } from '../main/core/tray/tray-model';
import { seedFallingDemo } from '../test/harness/seed-falling-demo';
import { startHarness } from '../test/harness/server';
import { demoAccounts, startSandbox } from '../test/sandbox/server';
import { statusDemoAccounts } from '../test/sandbox/status-demo-accounts';
import { chromiumLaunchOptions } from '../test/support/chromium-options';
import { fleetLabel, fleetSeeds } from '../test/support/fleet-accounts';
import { makeTempDir } from '../test/support/temp-dir';
import { seedAccounts } from '../test/ui/seed-accounts';
import { trayPreviewHtml } from './tray-preview';

const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const trayDir = fileURLToPath(new URL('../resources/tray/', import.meta.url));
const fleet = fleetSeeds(16);
const falling = statusDemoAccounts.find((account) => account.clientId === 'demo-falling');
const accounts = [
  { label: 'Production', clientId: 'demo-active', clientSecret: 'demo-secret-active' },
  { label: 'Staging', clientId: 'demo-expiring', clientSecret: 'demo-secret-expiring' },
  { label: 'Nightly renders', clientId: 'demo-renewable', clientSecret: 'demo-secret-renewable' },
  { label: 'Old agency key', clientId: 'demo-banned', clientSecret: 'demo-secret-banned' },
  ...fleet.map((seed, index) => ({ label: fleetLabel(index), clientId: seed.clientId, clientSecret: seed.clientSecret })),
];

/** Waits for time-based animations (the toast, a sheet sliding in); scroll-driven ones follow scrolling and never finish. */
const settle = (page: Page): Promise<unknown> =>
  page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.timeline instanceof DocumentTimeline)
        .map((animation) => animation.finished),
    ),
  );

const row = (page: Page, label: string) =>
  page.getByRole('option').filter({ has: page.locator('.row-label').getByText(label, { exact: true }) });

async function main(): Promise<void> {
  if (falling === undefined) throw new Error('the sandbox has no demo-falling account');
  const sandbox = await startSandbox({ accounts: [...demoAccounts, falling, ...fleet] });
  const dir = makeTempDir('akool-vault-screens-');
  const harness = await startHarness({ baseUrl: sandbox.baseUrl, dataDir: dir.path });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 720 }, colorScheme: 'light' });
    await page.goto(harness.url);
    await page.getByTestId('first-run').waitFor();
    await page.screenshot({ path: join(outDir, 'empty.png') });
    await seedAccounts(page, sandbox.baseUrl, accounts);
    await row(page, 'Production').click();
    await page.getByRole('article', { name: 'Production', exact: true }).getByRole('button', { name: 'Copy token', exact: true }).click();
    await page.getByText(/clears in/i).first().waitFor();
    await settle(page);
    await page.screenshot({ path: join(outDir, 'accounts.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(outDir, 'accounts-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.setViewportSize({ width: 640, height: 480 });
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor();
    await page.screenshot({ path: join(outDir, 'accounts-640.png') });
    await row(page, 'Nightly renders').click();
    const nightly = page.getByRole('article', { name: 'Nightly renders', exact: true });
    await nightly.waitFor();
    await page.screenshot({ path: join(outDir, 'detail-640.png') });
    await nightly.getByRole('button', { name: 'More ways to copy' }).click();
    await page.getByRole('menu').waitFor();
    await page.screenshot({ path: join(outDir, 'copy-menu-640.png') });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1024, height: 720 });

    await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
    await page.getByTestId('add-sheet').waitFor();
    await page.getByTestId('add-sheet').getByRole('button', { name: 'Where do I find these?' }).click();
    await settle(page);
    await page.screenshot({ path: join(outDir, 'add-sheet.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('settings').waitFor();
    await page.screenshot({ path: join(outDir, 'settings.png') });

    const model = buildTrayModel(harness.state().accounts, Date.now());
    const tray = await browser.newPage({ viewport: { width: 720, height: 300 } });
    await tray.setContent(trayPreviewHtml(model, join(trayDir, `tray-${model.icon}-dark@2x.png`)));
    await tray.screenshot({ path: join(outDir, 'tray-menu.png') });

    // Last: the seeding moves the vault's clock 9 h ahead, as `npm run demo` does, so the forecast has its samples.
    const seeded = await seedFallingDemo(harness, sandbox.baseUrl, falling);
    await page.getByRole('button', { name: 'Back to accounts' }).click();
    await row(page, seeded.label).click();
    const detail = page.getByRole('article', { name: seeded.label, exact: true });
    await detail.getByTestId('forecast').and(page.locator('[data-kind="falling"]')).waitFor();
    await detail.getByTestId('forecast').scrollIntoViewIfNeeded();
    await settle(page);
    await page.screenshot({ path: join(outDir, 'credit.png') });
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

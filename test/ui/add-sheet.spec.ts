// The add-account sheet through the real renderer and vault: errors at their field with the secret kept, a keyboard-only add at both window sizes, and axe on the sheet.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chooseKind, kindChoices } from '../support/ui-steps';
import { expect, test } from './fixtures';

const sizes = [
  { width: 1024, height: 720 },
  { width: 640, height: 480 },
] as const;

/** Serious and critical axe violations on what is on screen now, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

const focusedIsBody = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement === null || document.activeElement === document.body);

test('a wrong secret is named at its field in plain words, kept for the retry, and nothing is stored', async ({ ui }) => {
  const { page } = ui;
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'not-the-secret' });
  const sheet = ui.sheet();
  const secret = sheet.getByLabel('Client secret', { exact: true });
  await expect(secret).toHaveAttribute('aria-invalid', 'true');
  await expect(secret).toHaveAccessibleDescription(
    'Akool did not accept this client ID and secret. Check both against Akool’s API Credentials page.',
  );
  await expect(sheet.getByLabel('Client ID', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(secret).toBeFocused();
  await expect(secret).toHaveValue('not-the-secret');
  await expect(sheet.getByLabel('Label', { exact: true })).toHaveValue('Main');
  const details = sheet.locator('details.error-details');
  await expect(details).not.toHaveAttribute('open');
  await expect(details.locator('p')).toBeHidden();
  await details.getByText('Details').click();
  await expect(details.locator('p')).toContainText('invalid-credentials');
  expect(ui.harness.state().accounts).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  await secret.fill('demo-secret-active');
  await sheet.getByRole('button', { name: 'Add account', exact: true }).click();
  await expect(ui.sheet()).toHaveCount(0);
  await expect(ui.row('Main')).toHaveAttribute('data-status', 'active');
  expect(ui.harness.state().accounts.map((account) => account.label)).toEqual(['Main']);
});

test('an unreachable base URL is named at the base URL, with Advanced opened', async ({ ui }) => {
  const { page } = ui;
  await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
  const sheet = ui.sheet();
  await chooseKind(sheet, 'client-credentials');
  await sheet.getByLabel('Client ID', { exact: true }).fill('demo-active');
  await sheet.getByLabel('Client secret', { exact: true }).fill('demo-secret-active');
  await sheet.getByText('Advanced', { exact: true }).click();
  // A closed loopback port: refused at once, so the sheet reports it without waiting for a timeout.
  await sheet.getByLabel('Base URL', { exact: true }).fill('http://127.0.0.1:9');
  await sheet.getByText('Advanced', { exact: true }).click();
  await sheet.getByRole('button', { name: 'Add account', exact: true }).click();
  const baseUrl = sheet.getByLabel('Base URL', { exact: true });
  await expect(baseUrl).toBeFocused();
  await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(baseUrl).toHaveAccessibleDescription(/could not be reached/);
  await expect(sheet.getByLabel('Client secret', { exact: true })).toHaveValue('demo-secret-active');
});

for (const size of sizes) {
  test(`an account is added with the keyboard alone at ${size.width}×${size.height}, its label taken from the token`, async ({
    ui,
  }) => {
    const { page } = ui;
    await page.setViewportSize(size);
    await page.getByRole('banner').getByRole('button', { name: 'Add account' }).focus();
    await page.keyboard.press('Enter');
    const sheet = ui.sheet();
    await expect(sheet).toBeVisible();
    await expect(sheet.getByLabel('API key', { exact: true })).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);

    // The radio group sits before the key: back to it, the arrow picks "Client ID + secret", then on to the fields.
    await page.keyboard.press('Shift+Tab');
    await expect(sheet.getByLabel(kindChoices['api-key'], { exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(sheet.getByLabel(kindChoices['client-credentials'], { exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(sheet.getByLabel('Client ID', { exact: true })).toBeFocused();
    await page.keyboard.type('demo-active');
    await page.keyboard.press('Tab');
    await expect(sheet.getByLabel('Client secret', { exact: true })).toBeFocused();
    await page.keyboard.type('demo-secret-active');
    await page.keyboard.press('Tab');
    await expect(sheet.getByRole('button', { name: 'Show', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sheet.getByLabel('Label', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sheet.getByText('Advanced', { exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(sheet.getByLabel('Base URL', { exact: true })).toBeFocused();
    await page.keyboard.type(ui.sandbox.baseUrl);
    await page.keyboard.press('Enter');

    await expect(ui.sheet()).toHaveCount(0);
    // At 1024×720 the new account is a row beside its detail; at 640×480 its detail opens full-width.
    await expect(ui.row('active@sandbox.test').or(ui.card('active@sandbox.test')).first()).toBeVisible();
    expect(ui.harness.state().accounts.map((account) => account.label)).toEqual(['active@sandbox.test']);
    await expect.poll(() => focusedIsBody(page)).toBe(false);
  });
}

test('Tab stays inside the sheet and Esc closes it without adding anything', async ({ ui }) => {
  const { page } = ui;
  // An empty vault has no search field: the top bar's Add account is the focused control to come back to.
  const opener = page.getByRole('banner').getByRole('button', { name: 'Add account' });
  await opener.focus();
  await page.keyboard.press('ControlOrMeta+n');
  const sheet = ui.sheet();
  await expect(sheet.getByLabel('API key', { exact: true })).toBeFocused();
  for (let press = 0; press < 12; press += 1) {
    await page.keyboard.press('Tab');
    expect(await sheet.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(ui.sheet()).toHaveCount(0);
  await expect(opener).toBeFocused();
  expect(ui.harness.state().accounts).toEqual([]);
});

// The clipboard after a copy: a toast with a ticking countdown and "Clear now" that empties the clipboard, copying as an Authorization header from the split button, the never-cleared setting, and the unprotected-copy note.
import { expect, test } from './fixtures';

const secondsIn = (text: string | null): number => Number(/(\d+) s/.exec(text ?? '')?.[1] ?? Number.NaN);

test('after a copy the toast counts down, and "Clear now" empties the clipboard', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');

  await card.getByRole('button', { name: 'Copy token', exact: true }).click();
  const countdown = ui.page.getByTestId('clipboard-countdown');
  await expect(countdown).toHaveText(/^Token copied · clears in \d+ s$/);
  const first = secondsIn(await countdown.textContent());
  expect(first).toBeGreaterThan(25);
  expect(first).toBeLessThanOrEqual(30);
  await expect.poll(async () => secondsIn(await countdown.textContent()), { timeout: 5_000 }).toBeLessThan(first);
  expect(ui.harness.clipboard.text()).toMatch(/^eyJ/);

  await ui.page.getByTestId('toast').getByRole('button', { name: 'Clear now' }).click();

  await expect(ui.page.getByTestId('toast')).toHaveText('Clipboard cleared');
  expect(ui.harness.clipboard.text()).toBe('');
});

test('"Copy as Authorization header" in the split button puts a Bearer header value on the clipboard', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');

  await card.getByRole('button', { name: 'More ways to copy' }).click();
  await ui.page.getByRole('menuitem', { name: 'Copy as Authorization header' }).click();

  await expect(ui.page.getByTestId('toast')).toContainText('Authorization header copied');
  expect(ui.harness.clipboard.text()).toMatch(/^Bearer eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
});

test('with "Never" the toast says the clipboard is not cleared automatically', async ({ ui }) => {
  const { page } = ui;
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  const delay = page.getByLabel('Clear the clipboard after');
  // Declining the confirmation keeps the delay as it was.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await delay.selectOption({ label: 'Never' });
  await expect(delay).toHaveValue('30');
  expect(ui.harness.state().settings.clipboardClearSeconds).toBe(30);
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => {
    resolve(dialog.message());
    void dialog.accept();
  }));
  await delay.selectOption({ label: 'Never' });
  expect(await asked).toMatch(/^Never clear the clipboard\?/);
  await expect.poll(() => ui.harness.state().settings.clipboardClearSeconds).toBe(0);
  await page.keyboard.press('Escape');
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');

  await card.getByRole('button', { name: 'Copy token', exact: true }).click();

  await expect(page.getByTestId('toast')).toContainText('Token copied · not cleared automatically');
  await expect(page.getByTestId('clipboard-countdown')).toHaveCount(0);
});

test('a copy that could not ask clipboard history to skip it says so, and the log records it', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await card.getByRole('button', { name: 'Copy token', exact: true }).click();
  await expect(ui.page.getByTestId('clipboard-countdown')).toBeVisible();
  await expect(ui.page.getByTestId('toast')).not.toContainText('without clipboard-history protection');

  ui.harness.clipboard.refuseConcealment();
  await card.getByRole('button', { name: 'More ways to copy' }).click();
  await ui.page.getByRole('menuitem', { name: 'Copy as Authorization header' }).click();

  await expect(ui.page.getByTestId('toast')).toContainText('copied without clipboard-history protection');
  await expect(ui.page.getByTestId('clipboard-countdown')).toBeVisible();
  expect(ui.harness.clipboard.text()).toMatch(/^Bearer eyJ/);
  const warnings = ui.harness.logLines.filter((line) => line.includes('without clipboard-history protection'));
  expect(warnings).toHaveLength(1);
});

// The clipboard after a copy: a ticking countdown, "Clear now" that empties the clipboard, copying as an Authorization header, the never-cleared setting, and the unprotected-copy note.
import { expect, test } from './fixtures';

const secondsIn = (text: string | null): number => Number(/(\d+) s/.exec(text ?? '')?.[1] ?? Number.NaN);

test('after a copy the countdown ticks down, and "Clear now" empties the clipboard', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');

  await card.getByRole('button', { name: 'Copy token' }).click();
  const countdown = ui.page.getByTestId('clipboard-countdown');
  await expect(countdown).toHaveText(/^Clipboard clears in \d+ s$/);
  const first = secondsIn(await countdown.textContent());
  expect(first).toBeGreaterThan(25);
  expect(first).toBeLessThanOrEqual(30);
  await expect.poll(async () => secondsIn(await countdown.textContent()), { timeout: 5_000 }).toBeLessThan(first);
  expect(ui.harness.clipboard.text()).toMatch(/^eyJ/);

  await ui.page.getByRole('button', { name: 'Clear now' }).click();

  await expect(ui.page.getByTestId('clipboard-bar')).toHaveText('Clipboard cleared');
  expect(ui.harness.clipboard.text()).toBe('');
});

test('"Copy as header" puts a Bearer header value on the clipboard', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');

  await card.getByRole('button', { name: 'Copy as header' }).click();

  await expect(ui.page.getByTestId('clipboard-bar')).toContainText('Authorization header copied from Main.');
  expect(ui.harness.clipboard.text()).toMatch(/^Bearer eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
});

test('with "Never" the window says the clipboard is not cleared automatically', async ({ ui }) => {
  const { page } = ui;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Clear the clipboard after').selectOption({ label: 'Never' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');

  await card.getByRole('button', { name: 'Copy token' }).click();

  await expect(page.getByTestId('clipboard-bar')).toContainText('The clipboard is not cleared automatically');
  await expect(page.getByTestId('clipboard-countdown')).toHaveCount(0);
});

test('a copy that could not ask clipboard history to skip it says so, and the log records it', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await card.getByRole('button', { name: 'Copy token' }).click();
  await expect(ui.page.getByTestId('clipboard-countdown')).toBeVisible();
  await expect(ui.page.getByTestId('clipboard-unprotected')).toHaveCount(0);

  ui.harness.clipboard.refuseConcealment();
  await card.getByRole('button', { name: 'Copy as header' }).click();

  await expect(ui.page.getByTestId('clipboard-unprotected')).toHaveText('Copied without clipboard-history protection.');
  await expect(ui.page.getByTestId('clipboard-countdown')).toBeVisible();
  expect(ui.harness.clipboard.text()).toMatch(/^Bearer eyJ/);
  const warnings = ui.harness.logLines.filter((line) => line.includes('without clipboard-history protection'));
  expect(warnings).toHaveLength(1);
});

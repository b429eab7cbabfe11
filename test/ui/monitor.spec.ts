// The ban line and the background monitor through the real renderer: dismissal per account, one notification per ban, renewal without a click.
import { expect, test } from './fixtures';

test('a banned account stays in the ban line until its alert is dismissed', async ({ ui }) => {
  await ui.addAccount({ label: 'Shadow', clientId: 'demo-banned', clientSecret: 'demo-secret-banned' });
  const banner = ui.page.getByTestId('ban-alert');
  await expect(banner).toContainText('Shadow is banned by Akool');

  await ui.page.reload();
  await expect(ui.page.getByTestId('ban-alert')).toContainText('Shadow');
  await ui.select('Shadow');
  const dismiss = ui.page.getByRole('button', { name: 'Dismiss the alert for Shadow' });
  await dismiss.click();

  await expect(ui.page.getByTestId('ban-alert')).toHaveCount(0);
  await ui.page.reload();
  await expect(ui.card('Shadow').locator('[data-status]')).toHaveAttribute('data-status', 'banned');
  await expect(ui.page.getByTestId('ban-alert')).toHaveCount(0);
});

test('an account whose sandbox state flips to banned shows the banner and yields one notification', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  await expect(ui.card('Main').locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await ui.harness.whenIdle();
  expect(ui.harness.notifications).toHaveLength(0);

  ui.sandbox.setState('demo-active', 'banned');
  ui.harness.wake('resume');

  await expect(ui.page.getByTestId('ban-alert')).toContainText('Main is banned by Akool');
  await ui.harness.whenIdle();
  expect(ui.harness.notifications).toHaveLength(1);
  expect(ui.harness.notifications[0]).toMatchObject({ title: 'Akool account banned', body: expect.stringContaining('Main') });
  ui.harness.wake('resume');
  await ui.harness.whenIdle();
  expect(ui.harness.notifications).toHaveLength(1);
});

test('a token the server stopped accepting is renewed by the monitor without a click', async ({ ui }) => {
  await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  const card = ui.card('Main');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await ui.harness.whenIdle();
  const before = (await card.getByTestId('fingerprint').textContent()) ?? '';
  const exchanges = ui.sandbox.exchangeCount('demo-active');

  ui.sandbox.expireTokens('demo-active');
  ui.harness.wake('resume');

  await expect(card.getByTestId('fingerprint')).not.toHaveText(before);
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  expect(ui.sandbox.exchangeCount('demo-active')).toBe(exchanges + 1);
});

test('a token inside the renew window is renewed by the monitor without a click', async ({ ui }) => {
  await ui.addAccount({ label: 'Old token', clientId: 'demo-renewable', clientSecret: 'demo-secret-renewable' });
  const card = ui.card('Old token');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'expiring');
  await expect(card.getByTestId('expiry')).toContainText(/expires in [23] days/);
  await expect(card.getByTestId('renewal')).toHaveText('Renews automatically at the next check');
  await expect(ui.row('Old token')).toContainText('renews automatically');
  const before = (await card.getByTestId('fingerprint').textContent()) ?? '';
  const exchanges = ui.sandbox.exchangeCount('demo-renewable');

  ui.harness.wake('resume');

  await expect(card.getByTestId('fingerprint')).not.toHaveText(before);
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await expect(card.getByTestId('expiry')).toContainText('expires in 1 year');
  expect(ui.sandbox.exchangeCount('demo-renewable')).toBe(exchanges + 1);
});

test('a notification click shows and focuses the account, whatever the search', async ({ ui }) => {
  await ui.addAccount({ label: 'First', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
  await expect(ui.card('First').locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await ui.addAccount({ label: 'Second', clientId: 'demo-banned', clientSecret: 'demo-secret-banned' });
  const second = ui.card('Second');
  await expect(second.locator('[data-status]')).toHaveAttribute('data-status', 'banned');
  const id = ui.harness.state().accounts.find((account) => account.label === 'Second')?.id ?? '';
  await ui.page.getByRole('searchbox', { name: 'Search accounts' }).fill('First');
  await expect(ui.row('Second')).toHaveCount(0);

  ui.harness.focusAccount(id);

  await expect(second).toBeFocused();
  await expect(second).toBeInViewport();
});

// Accounts whose checks answer Akool's payment and credit codes show those statuses in words, with our text and advice.
import { demoAccounts } from '../sandbox/accounts';
import { statusDemoAccounts } from '../sandbox/status-demo-accounts';
import { expect, test } from './fixtures';

test.use({ sandboxOptions: { accounts: [...demoAccounts, ...statusDemoAccounts] } });

test('an out-of-credit account is added and shows "out of credit" with what to do', async ({ ui }) => {
  await ui.addAccount({ label: 'Dry', clientId: 'demo-no-credit', clientSecret: 'demo-secret-no-credit' });
  const card = ui.card('Dry');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'out-of-credit');
  await expect(card.locator('.status-word')).toHaveText('Status: out of credit');
  await expect(card.locator('.problem')).toHaveText(
    'Akool reports not enough credit for this (code 1104). Akool said: Insufficient credit balance',
  );
  await expect(card.locator('.advice')).toContainText('buy more credit');
  await expect(ui.row('Dry').locator('.row-status')).toHaveText('out of credit');
});

test('a payment-overdue account is added and shows "payment overdue", and counts as needing attention', async ({ ui }) => {
  await ui.addAccount({ label: 'Owes', clientId: 'demo-overdue', clientSecret: 'demo-secret-overdue' });
  const card = ui.card('Owes');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'payment-overdue');
  await expect(card.locator('.status-word')).toHaveText('Status: payment overdue');
  await expect(card.locator('.problem')).toContainText('Akool reports a payment pending or overdue (code 1103).');
  await expect(ui.row('Owes').locator('.row-status')).toHaveText('payment overdue');
  await expect(ui.page.locator('.chip-attention .count')).toHaveText('1');
});

test('"Check now" answered with 1005 says Akool asked to slow down and keeps the account active', async ({ ui }) => {
  // demo-busy answers 1005 on every second quota check: the check when adding passes, the next one is throttled.
  await ui.addAccount({ label: 'Busy', clientId: 'demo-busy', clientSecret: 'demo-secret-busy' });
  const card = ui.card('Busy');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(card.getByRole('alert')).toContainText('Akool asked to slow down: too many requests (code 1005).');
  await expect(card.locator('[data-status]')).toHaveAttribute('data-status', 'active');
});

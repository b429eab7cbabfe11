// Credit you can see running out, through the real renderer: the falling-credit account's chart and forecast, and the low-credit warning.
import type { Page } from '@playwright/test';
import { demoAccounts } from '../sandbox/accounts';
import { statusDemoAccounts } from '../sandbox/status-demo-accounts';
import { expect, test, type VaultUi } from './fixtures';

test.use({ sandboxOptions: { accounts: [...demoAccounts, ...statusDemoAccounts] } });

const hour = 3_600_000;

/** Adds demo-falling as "Falling" and checks it `times` more times, the vault's clock three hours further each time. */
async function addAndCheck(ui: VaultUi, times: number) {
  await ui.addAccount({ label: 'Falling', clientId: 'demo-falling', clientSecret: 'demo-secret-falling' });
  const card = ui.card('Falling');
  await expect(card.getByTestId('forecast')).toHaveAttribute('data-kind', 'too-few-samples');
  await expect(card.getByTestId('forecast')).toContainText('No forecast yet');
  for (let done = 1; done <= times; done += 1) {
    await ui.harness.whenIdle();
    ui.harness.advanceClock(3 * hour);
    await card.getByRole('button', { name: 'Check now' }).click();
    await expect(card.getByTestId('check-result')).toHaveText('Check finished.');
    // No chart while there is no forecast (3 readings over 6 hours): the sentence counts the readings instead.
    if (done < 2) await expect(card.getByTestId('forecast')).toContainText(`(${done + 1} checks so far)`);
    else await expect(card.getByRole('img', { name: /^Credit chart/ })).toHaveAttribute('data-points', String(done + 1));
  }
  return card;
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
}

test('checks hours apart draw the chart and a forecast that says how it was made', async ({ ui }) => {
  const card = await addAndCheck(ui, 3);
  await expect(card.getByRole('img', { name: /^Credit chart of 4 readings: from 1,000 credits to 889 credits/ })).toBeVisible();
  await expect(card.getByTestId('forecast')).toHaveAttribute('data-kind', 'falling');
  await expect(card.getByTestId('forecast')).toHaveText(
    'Using about 296 credits a day; at this rate, credit lasts about 3 days (from 4 checks over 9 hours).',
  );
  await expect(card.getByTestId('burn-rate')).toHaveText('Burn rate: 296 credits a day');
  await expect(card.getByTestId('low-credit')).toHaveCount(0);
});

test('a global threshold above the credit shows the low-credit state, counts it as needing attention and notifies once', async ({ ui }) => {
  const card = await addAndCheck(ui, 1);
  await openSettings(ui.page);
  await ui.page.getByLabel('Warn when credit falls below').fill('5000');
  await ui.page.getByLabel('Warn when credit falls below').press('Enter');
  await expect.poll(() => ui.harness.state().settings.lowCreditThreshold).toBe(5000);
  await ui.page.getByRole('button', { name: 'Back to accounts' }).click();
  await ui.select('Falling');
  await expect(card.getByTestId('low-credit')).toHaveText('Low credit: below half of your warning level of 5,000 credits.');
  await expect(ui.row('Falling').getByTestId('row-credit')).toContainText('(low)');
  await expect(ui.page.locator('.chip-attention .count')).toHaveText('1');
  await ui.harness.whenIdle();
  expect(ui.harness.notifications.map((notification) => notification.title)).toEqual(['Akool credit very low']);

  await card.getByText('Low-credit warning for this account').click();
  await card.getByLabel('Warn when credit of Falling falls below').fill('100');
  await card.getByLabel('Warn when credit of Falling falls below').press('Enter');
  await expect(card.getByTestId('low-credit')).toHaveCount(0);
  await expect(ui.page.locator('.chip-attention .count')).toHaveText('0');
  expect(ui.harness.notifications).toHaveLength(1);
});

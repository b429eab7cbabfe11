// The credit chart says something (issue 17, item 3): none until there is a forecast; then its first and last values with their dates and the low-credit threshold as a line; Check now says why a check in the same hour did not add a reading, and the "N checks so far" count follows the checks that did.
import { statusDemoAccounts } from '../sandbox/status-demo-accounts';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { expectWholeAndOnTop, windowSizes } from './geometry';

test.use({ sandboxOptions: { accounts: [...statusDemoAccounts] } });

const hour = 3_600_000;

for (const size of windowSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('no chart before the forecast; a same-hour check says why it did not count; then dated end values and the threshold', async ({ ui }) => {
      const { page } = ui;
      await ui.addAccount({ kind: 'api-key', label: 'Falling', apiKey: 'demo-secret-falling' });
      const card = ui.card('Falling');
      const forecast = card.getByTestId('forecast');
      const chart = card.getByTestId('credit-chart');
      const check = card.getByRole('button', { name: 'Check now' });
      const result = card.getByTestId('check-result');
      await expect(forecast).toContainText('(1 check so far)');
      await expect(chart).toHaveCount(0);

      // Within the hour of the first reading: replaced, not added, and the window says so beside the button.
      await ui.harness.whenIdle();
      await check.click();
      await expect(result).toContainText('Not a new reading for the forecast: it is in the same hour as the last one');
      await expect(forecast).toContainText('(1 check so far)');
      await expectWholeAndOnTop(result);

      // Hours apart: each check counts, and the sentence says so.
      await ui.harness.whenIdle();
      ui.harness.advanceClock(3 * hour);
      await check.click();
      await expect(result).toHaveText('Check finished.');
      await expect(forecast).toContainText('(2 checks so far)');
      await expect(chart).toHaveCount(0);

      for (let more = 0; more < 2; more += 1) {
        await ui.harness.whenIdle();
        ui.harness.advanceClock(3 * hour);
        await check.click();
        await expect(result).toHaveText('Check finished.');
      }
      await expect(forecast).toHaveAttribute('data-kind', 'falling');
      await expect(chart).toHaveAttribute('data-points', '4');
      // The same-hour check replaced the first reading (1,000) with its own; each check lowers credit by 37.
      await expect(card.getByTestId('chart-first')).toContainText('963 credits');
      await expect(card.getByTestId('chart-last')).toContainText('852 credits');
      for (const end of ['chart-first', 'chart-last']) {
        const when = card.getByTestId(end).locator('time');
        await expect(when).toHaveText(/\d/);
        expect(Number.isNaN(Date.parse((await when.getAttribute('datetime')) ?? ''))).toBe(false);
      }
      await expect(card.getByTestId('chart-threshold')).toHaveCount(0);

      await card.getByText('Low-credit warning for this account').click();
      await card.getByLabel('Warn when credit of Falling falls below').fill('900');
      await card.getByLabel('Warn when credit of Falling falls below').press('Enter');
      await expect(card.getByTestId('chart-threshold')).toHaveCount(1);
      await expect(card.getByTestId('chart-threshold-label')).toHaveText('warning at 900 credits');
      await expect(chart).toHaveAccessibleName(/Warning level 900 credits\.$/);
      await chart.scrollIntoViewIfNeeded();
      await expectWholeAndOnTop(card.getByTestId('chart-first').or(card.getByTestId('chart-last')));
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

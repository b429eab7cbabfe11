// Akool's guide as a real link at 1024×720 and 640×480 (issue 17, item 15): role link, Enter or a click asks main to show its one listed address in the browser (recorded by the harness), the page stays put, axe clean light and dark.
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { expectWholeAndOnTop, windowSizes } from './geometry';

const guideText = 'docs.akool.com/authentication/usage';
const guideAddress = 'https://docs.akool.com/authentication/usage';

/** Opens "Where do I find these?" inside `scope` and returns the guide link. */
async function guideLink(scope: Locator): Promise<Locator> {
  await scope.getByRole('button', { name: 'Where do I find these?' }).click();
  return scope.getByRole('link', { name: guideText });
}

async function expectAxeCleanLightAndDark(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const size of windowSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('first run: the guide is a link that Enter and a click each open once in the browser, the window staying where it is', async ({ ui }) => {
      const { page, harness } = ui;
      const pageUrl = page.url();
      const link = await guideLink(page.getByTestId('first-run'));
      await expectWholeAndOnTop(link);
      await expectAxeCleanLightAndDark(page);

      await link.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => [...harness.openedInBrowser]).toEqual([guideAddress]);

      await link.click();
      await expect.poll(() => [...harness.openedInBrowser]).toEqual([guideAddress, guideAddress]);
      expect(`https://${(await link.textContent()) ?? ''}`).toBe(guideAddress);
      expect(page.url()).toBe(pageUrl);
      expect(page.context().pages()).toHaveLength(1);
      await expect(link).toBeFocused();
    });

    test('add sheet: one click on the guide link opens it once, and the sheet stays open', async ({ ui }) => {
      const { page, harness } = ui;
      await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
      const sheet = ui.sheet();
      const link = await guideLink(sheet);
      await link.click();
      await expect.poll(() => [...harness.openedInBrowser]).toEqual([guideAddress]);
      await expect(sheet).toBeVisible();
      await expectAxeCleanLightAndDark(page);
      expect([...harness.openedInBrowser]).toEqual([guideAddress]);
    });
  });
}

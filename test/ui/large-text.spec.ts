// Text at 200 %: the add sheet, the settings view and the shortcut help keep every control reachable and nothing cut off sideways, at 1024×720 and 640×480.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Doubles the root font size (14 px → 28 px), as a user's 200 % text setting does to rem-sized layout. */
const doubleText = (page: Page): Promise<void> =>
  page.evaluate(() => {
    document.documentElement.style.fontSize = '28px';
  });

/** Nothing in `region` is wider than the region: no text or control cut off or scrolled away sideways. */
async function expectNoSidewaysOverflow(region: Locator): Promise<void> {
  const overflow = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const pageOverflow = await region.page().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
}

/** Every form control in `region` can be scrolled into the window and is then wholly inside it. */
async function expectControlsReachable(region: Locator): Promise<void> {
  const controls = region.locator('input, select, button, summary');
  const count = await controls.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const control = controls.nth(index);
    if (!(await control.isVisible())) continue;
    await control.scrollIntoViewIfNeeded();
    // 0.95: sub-pixel layout at 28 px text can leave a sliver of a pixel of a 14 px checkbox outside the window.
    await expect(control).toBeInViewport({ ratio: 0.95 });
  }
}

for (const size of [
  { width: 1024, height: 720 },
  { width: 640, height: 480 },
]) {
  test(`at 200 % text and ${size.width}×${size.height} the add sheet, settings and help lose nothing`, async ({ ui }) => {
    const { page } = ui;
    await page.setViewportSize(size);
    await doubleText(page);

    await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
    const sheet = ui.sheet();
    await sheet.getByRole('button', { name: 'Where do I find these?' }).click();
    await sheet.getByText('Advanced', { exact: true }).click();
    await expectNoSidewaysOverflow(sheet);
    await expectControlsReachable(sheet);
    await page.keyboard.press('Escape');

    await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByTestId('settings');
    await expectNoSidewaysOverflow(settings);
    await expectControlsReachable(settings);
    await settings.getByRole('button', { name: 'Back to accounts' }).click();

    await page.getByRole('banner').getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expectNoSidewaysOverflow(help);
    await expectControlsReachable(help);
  });
}

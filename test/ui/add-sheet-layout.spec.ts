// The add sheet's layout at 1024×720 and 640×480 (issue 17, items 4, 5 and 18): each kind radio beside its label without a fieldset frame, the key field focused first; with the legacy kind and Advanced open the title and buttons stay whole and on top while only the body scrolls (every sheet alike); "already in the vault" opens that account.
import type { Locator } from '@playwright/test';
import { demoAccounts } from '../sandbox/server';
import { chooseKind, kindChoices } from '../support/ui-steps';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { expectWholeAndOnTop, windowSizes } from './geometry';

test.use({ sandboxOptions: { accounts: [...demoAccounts] } });

/** The radio's box against its label text's box: beside it (left of it, vertically inside its line). */
async function radioBesideText(choice: Locator): Promise<{ beside: boolean; detail: string }> {
  return choice.evaluate((radio) => {
    const label = radio.closest('label');
    const text = label === null ? null : [...label.querySelectorAll('span')].find((span) => span.textContent !== '');
    if (text === null || text === undefined) return { beside: false, detail: 'no label text' };
    const [r, t] = [radio.getBoundingClientRect(), text.getClientRects()[0]];
    if (t === undefined) return { beside: false, detail: 'label text not rendered' };
    const middle = r.top + r.height / 2;
    const beside = r.right <= t.left && middle >= t.top && middle <= t.bottom;
    return { beside, detail: `radio ${r.left},${r.top}–${r.right},${r.bottom}; text line ${t.left},${t.top}–${t.right},${t.bottom}` };
  });
}

/** The sheet (the <dialog>) itself does not scroll: only its body does. */
const sheetScrolls = (sheet: Locator): Promise<boolean> => sheet.evaluate((dialog) => dialog.scrollHeight > dialog.clientHeight + 1);

for (const size of windowSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the kind picker puts each radio beside its label, with no fieldset frame; the API key field has focus first', async ({ ui }) => {
      const { page } = ui;
      await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
      const sheet = ui.sheet();
      await expect(sheet.getByLabel('API key', { exact: true })).toBeFocused();
      for (const text of Object.values(kindChoices)) {
        const placed = await radioBesideText(sheet.getByLabel(text, { exact: true }));
        expect(placed.beside, `${text}: ${placed.detail}`).toBe(true);
      }
      const frame = await sheet.getByTestId('kind-choice').evaluate((fieldset) => getComputedStyle(fieldset).borderTopStyle);
      expect(frame).toBe('none');
      await chooseKind(sheet, 'client-credentials');
      await expect(sheet.getByLabel(kindChoices['client-credentials'], { exact: true })).toBeChecked();
      expect((await radioBesideText(sheet.getByLabel(kindChoices['client-credentials'], { exact: true }))).beside).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('legacy kind with Advanced open: the title and the buttons stay in the window and on top; only the body scrolls', async ({ ui }) => {
      const { page } = ui;
      await page.getByRole('banner').getByRole('button', { name: 'Add account' }).click();
      const sheet = ui.sheet();
      await chooseKind(sheet, 'client-credentials');
      await sheet.getByRole('button', { name: 'Where do I find these?' }).click();
      await sheet.getByText('Advanced', { exact: true }).click();
      await expect(sheet.getByLabel('Base URL', { exact: true })).toBeVisible();
      const buttons = sheet.getByRole('button', { name: /^(Cancel|Add account)$/ });
      const title = sheet.getByRole('heading', { name: 'Add an Akool account' });
      await expectWholeAndOnTop(buttons);
      await expectWholeAndOnTop(title);
      expect(await sheetScrolls(sheet)).toBe(false);

      // Scrolled to its end, the body shows the Base URL; the title and buttons have not moved.
      const before = await title.boundingBox();
      await sheet.getByLabel('Base URL', { exact: true }).scrollIntoViewIfNeeded();
      await expectWholeAndOnTop(sheet.getByLabel('Base URL', { exact: true }));
      expect(await title.boundingBox()).toEqual(before);
      await expectWholeAndOnTop(buttons);
      await expectWholeAndOnTop(title);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('every sheet holds the same way: Replace secret with Advanced open keeps its buttons whole and on top', async ({ ui }) => {
      const { page } = ui;
      await ui.addAccount({ label: 'Main', clientId: 'demo-active', clientSecret: 'demo-secret-active' });
      const card = ui.card('Main');
      await card.getByRole('button', { name: 'More actions for Main' }).click();
      await page.getByRole('menuitem', { name: 'Replace secret…' }).click();
      const sheet = page.getByRole('dialog', { name: 'Replace the secret' });
      await sheet.getByText('Advanced', { exact: true }).click();
      await expect(sheet.getByLabel('Base URL', { exact: true })).toBeVisible();
      await expectWholeAndOnTop(sheet.getByRole('button', { name: /^(Cancel|Save secret)$/ }));
      await expectWholeAndOnTop(sheet.getByRole('heading', { name: 'Replace the secret' }));
      expect(await sheetScrolls(sheet)).toBe(false);
    });

    test('"This API key is already in the vault" offers to open that account, and opens it', async ({ ui }) => {
      const { page } = ui;
      await ui.addAccount({ kind: 'api-key', label: 'Main', apiKey: 'demo-secret-active' });
      await expect(ui.card('Main').locator('[data-status]').first()).toHaveAttribute('data-status', 'active');
      if (size.onePane) await ui.card('Main').getByRole('button', { name: 'Accounts' }).click();
      await ui.addAccount({ kind: 'api-key', label: 'Again', apiKey: 'demo-secret-active' });
      const sheet = ui.sheet();
      await expect(sheet.getByTestId('add-error')).toContainText('This API key is already in the vault');
      const open = sheet.getByRole('button', { name: 'Open “Main”' });
      await expectWholeAndOnTop(open);
      expect(await seriousViolations(page)).toEqual([]);
      await open.click();
      await expect(ui.sheet()).toHaveCount(0);
      await expect(ui.card('Main')).toBeVisible();
      await expect(ui.card('Main').getByRole('button', { name: 'Copy API key', exact: true })).toBeFocused();
      expect(ui.harness.state().accounts).toHaveLength(1);
    });
  });
}

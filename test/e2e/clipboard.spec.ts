// End-to-end: a copied token carries the platform's "do not keep" format, and is cleared after the delay and on quit. Skips (one line) without the Electron binary.
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { concealmentFormats } from '../../main/platform/clipboard-concealment';
import { electronOrSkip, withElectronApp } from './support/electron-app';

/**
 * Evidence (Electron 45): electron.d.ts `Clipboard.write(data: ClipboardItem[]): Promise<void>` commits all entries
 * of one write atomically, `readText(): Promise<string>`, `has(mimetype): Promise<boolean>` (raw formats as
 * `electron application/osclipboard;format="<name>"`), `read(): Promise<ClipboardItem[]>` with `getType(type)`, and
 * `clear(): void`; electron/electron docs/api/clipboard.md. Electron 45 has no `readBuffer`: `has` and `read` replace it.
 */
const concealmentNames = Object.keys(concealmentFormats(process.platform));

/** Opens Settings, saves the clipboard delay, and closes the panel again so the next call starts the same way. */
async function chooseClearDelay(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Clear the clipboard after').selectOption({ label: text });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await page.getByRole('button', { name: 'Close settings' }).click();
  await expect(page.getByLabel('Clear the clipboard after')).toHaveCount(0);
}

async function addActiveAccount(page: Page, baseUrl: string): Promise<void> {
  const optIn = page.getByLabel('Store secrets with weak protection anyway');
  if (process.platform === 'linux' || (await optIn.isVisible())) await optIn.click();
  await page.getByLabel('Label', { exact: true }).fill('Clipboard');
  await page.getByLabel('Client ID', { exact: true }).fill('demo-active');
  await page.getByLabel('Client secret', { exact: true }).fill('demo-secret-active');
  await page.getByLabel('Base URL (optional)', { exact: true }).fill(baseUrl);
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('article', { name: 'Clipboard', exact: true }).locator('[data-status]').first()).toHaveAttribute(
    'data-status',
    'active',
  );
}

/** What the system clipboard holds, read in the main process: the text, and each concealment format's presence and payload. */
const readClipboard = (app: ElectronApplication) =>
  app.evaluate(async ({ clipboard }, names) => {
    const items = await clipboard.read();
    const formats: Record<string, { present: boolean; payload: string | null }> = {};
    for (const name of names) {
      const format = `electron application/osclipboard;format="${name}"`;
      const item = items.find((each) => each.types.includes(format));
      const payload = item === undefined ? null : await item.getType(format);
      formats[name] = {
        present: await clipboard.has(format),
        payload: payload instanceof Blob ? await payload.text() : null,
      };
    }
    return { text: await clipboard.readText(), formats };
  }, concealmentNames);

test('a copied token is concealed from clipboard history, cleared after the delay, and cleared on quit', async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  await withElectronApp(executablePath, {}, async ({ app, page, sandbox }) => {
    await expect(page.getByRole('button', { name: 'Add account' })).toBeVisible();
    await chooseClearDelay(page, '10 s');
    await addActiveAccount(page, sandbox.baseUrl);
    const card = page.getByRole('article', { name: 'Clipboard', exact: true });

    await card.getByRole('button', { name: 'Copy token' }).click();
    await expect(page.getByTestId('clipboard-countdown')).toBeVisible();
    await expect(page.getByTestId('clipboard-unprotected')).toHaveCount(0);
    const copied = await readClipboard(app);
    expect(copied.text).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Object.values(copied.formats).every((format) => format.present)).toBe(true);
    if (process.platform === 'linux') expect(copied.formats['x-kde-passwordManagerHint']?.payload).toBe('secret');

    // The 10 s delay passes: the clipboard still holds our write, so the guard clears it.
    await expect.poll(async () => (await readClipboard(app)).text, { timeout: 20_000, intervals: [1_000] }).toBe('');

    // Never clear on a timer, but quitting still clears what we wrote. Stop the quit after the vault disposed, read, then let the fixture quit.
    await chooseClearDelay(page, 'Never');
    await card.getByRole('button', { name: 'Copy as header' }).click();
    await expect(page.getByTestId('clipboard-bar')).toContainText('The clipboard is not cleared automatically');
    expect((await readClipboard(app)).text).toMatch(/^Bearer eyJ/);
    await app.evaluate(({ app: electronApp, clipboard }) => {
      electronApp.once('will-quit', (event) => {
        event.preventDefault();
        void clipboard.readText().then((text) => Reflect.set(globalThis, 'clipboardAtQuit', text));
      });
      electronApp.quit();
    });
    await expect.poll(() => app.evaluate(() => Reflect.get(globalThis, 'clipboardAtQuit'))).toBe('');
  });
});

// End-to-end: a copied token carries the platform's "do not keep" format, and is cleared after the delay and on quit. Skips (one line) without the Electron binary.
import { expect, test, type ElectronApplication } from '@playwright/test';
import { concealmentFormats } from '../../main/platform/clipboard-concealment';
import { usesBasicStore } from '../support/e2e-password-store';
import { accountDetail, addAccount, copyToken, setClearDelay, statusOf, topBarButton } from '../support/ui-steps';
import { electronOrSkip, withElectronApp } from './support/electron-app';

/**
 * Evidence (Electron 45): electron.d.ts `Clipboard.write(data: ClipboardItem[]): Promise<void>` commits all entries
 * of one write atomically, `readText(): Promise<string>`, `has(mimetype): Promise<boolean>` (raw formats as
 * `electron application/osclipboard;format="<name>"`), `read(): Promise<ClipboardItem[]>` with `getType(type)`, and
 * `clear(): void`; electron/electron docs/api/clipboard.md. Electron 45 has no `readBuffer`: `has` and `read` replace it.
 */
const concealmentNames = Object.keys(concealmentFormats(process.platform));
const label = 'Clipboard';

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
    await expect(topBarButton(page, 'Add account')).toBeVisible();
    await setClearDelay(page, '10 s');
    // A Linux run on basic_text (the default store) must offer the weak opt-in; elsewhere only if the keyring is weak.
    const optInWeak = usesBasicStore(process.platform, process.env) || 'if-offered';
    await addAccount(page, { label, clientId: 'demo-active', clientSecret: 'demo-secret-active', baseUrl: sandbox.baseUrl, optInWeak });
    await expect(statusOf(accountDetail(page, label))).toHaveAttribute('data-status', 'active');

    await copyToken(page, label, 'token');
    const toast = page.getByTestId('toast');
    await expect(page.getByTestId('clipboard-countdown')).toBeVisible();
    await expect(toast).toContainText('Token copied · clears in');
    await expect(toast).not.toContainText('without clipboard-history protection');
    const copied = await readClipboard(app);
    expect(copied.text).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Object.values(copied.formats).every((format) => format.present)).toBe(true);
    if (process.platform === 'linux') expect(copied.formats['x-kde-passwordManagerHint']?.payload).toBe('secret');

    // The 10 s delay passes: the clipboard still holds our write, so the guard clears it.
    await expect.poll(async () => (await readClipboard(app)).text, { timeout: 20_000, intervals: [1_000] }).toBe('');

    // Never clear on a timer, but quitting still clears what we wrote. Stop the quit after the vault disposed, read, then let the fixture quit.
    await setClearDelay(page, 'Never');
    await copyToken(page, label, 'header');
    await expect(toast).toContainText('Authorization header copied · not cleared automatically');
    await expect(page.getByTestId('clipboard-countdown')).toHaveCount(0);
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

// End-to-end: the preload's early getState (sent while the preload runs, before the page's scripts) is accepted by the sender check, so the window's first state needs no second round trip. Skips (one line) when the Electron binary is missing.
// Evidence: electron.d.ts WebPreferences.preload "Specifies a script that will be loaded before other scripts run in
// the page"; IpcMainInvokeEvent.senderFrame "May be `null` if accessed after the frame has either navigated or been
// destroyed"; electron/electron#33575: senderFrame is "potentially invalid until the preload script has run" after a
// cross-site navigation. The window's first load is not such a navigation; this spec asserts that the early request
// is served (preload/bridge.ts still asks again if it were refused).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { topBarButton } from '../support/ui-steps';
import { electronOrSkip, withElectronApp } from './support/electron-app';

test('the early getState from the preload is accepted and the window shows the vault', async () => {
  const executable = electronOrSkip();
  if (executable === null) return;
  await withElectronApp(executable, {}, async ({ app, page }) => {
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(topBarButton(page, 'Add account')).toBeVisible();
    const logs = await app.evaluate(({ app: electronApp }) => electronApp.getPath('logs'));
    const logFile = join(logs, 'akool-vault.log');
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    expect(log).not.toContain('refused an IPC request from an untrusted sender');
  });
});

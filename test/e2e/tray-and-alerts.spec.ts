// End-to-end: the tray's per-account menu, a native notification when an account turns banned, and a second launch that reveals the first window. Skips (one line) without the binary.
import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { addAccount, accountDetail, statusOf, topBarButton } from '../support/ui-steps';
import { callBridge, logLines } from './support/app-log';
import { appEnv, electronOrSkip, mainScript, root, spawnSandboxSwitches, withElectronApp } from './support/electron-app';
import { passwordStoreSwitches, usesBasicStore } from '../support/e2e-password-store';

test('the tray menu lists the account, a ban raises one native notification, and a second launch reveals the hidden window', async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  await withElectronApp(executablePath, {}, async ({ app, page, sandbox, dataDir }) => {
    await expect(topBarButton(page, 'Add account')).toBeVisible();
    // electron.d.ts: Notification.isSupported() is static and show() an instance method; recording them here is how the
    // suite sees what the OS would show, also on a CI desktop without a notification daemon.
    await app.evaluate(({ Notification }) => {
      const shown: { title: string; body: string }[] = [];
      Reflect.set(globalThis, 'shownNotifications', shown);
      Notification.isSupported = () => true;
      Notification.prototype.show = function show(this: InstanceType<typeof Notification>) {
        shown.push({ title: this.title, body: this.body });
      };
    });

    await addAccount(page, {
      label: 'Tray',
      clientId: 'demo-active',
      clientSecret: 'demo-secret-active',
      baseUrl: sandbox.baseUrl,
      optInWeak: usesBasicStore(process.platform, process.env) || 'if-offered',
    });
    await expect(statusOf(accountDetail(page, 'Tray'))).toHaveAttribute('data-status', 'active');
    // Electron cannot read a tray's context menu back (electron.d.ts Tray has setContextMenu only): the app logs its size.
    await expect
      .poll(() => logLines(dataDir).filter((line) => line.message === 'tray menu set').at(-1)?.fields)
      .toMatchObject({ accounts: 1 });
    const [empty, withAccount] = logLines(dataDir).filter((line) => line.message === 'tray menu set');
    expect(Number(withAccount?.fields?.['items'])).toBeGreaterThan(Number(empty?.fields?.['items']));

    sandbox.setState('demo-active', 'banned');
    await accountDetail(page, 'Tray').getByRole('button', { name: 'Check now' }).click();
    await expect(statusOf(accountDetail(page, 'Tray'))).toHaveAttribute('data-status', 'banned');
    const shown = () => app.evaluate(() => Reflect.get(globalThis, 'shownNotifications'));
    await expect.poll(shown).toEqual([{ title: 'Akool account banned', body: expect.stringContaining('Tray') }]);
    await accountDetail(page, 'Tray').getByRole('button', { name: 'Check now' }).click();
    await page.waitForTimeout(500);
    expect(await shown()).toHaveLength(1);

    // Keep running in the tray, hide the window, then start the app again: app.requestSingleInstanceLock() makes the
    // second process quit and the first get 'second-instance' (electron.d.ts App 'second-instance'), which reveals it.
    expect(await callBridge(page, 'updateSettings', { keepInTray: true })).toMatchObject({ ok: true });
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(false);
    const switches = [...spawnSandboxSwitches(process.platform), ...passwordStoreSwitches(process.platform, process.env)];
    const second = spawn(executablePath, [...switches, mainScript], { cwd: root, env: appEnv(dataDir), stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true);
  });
});

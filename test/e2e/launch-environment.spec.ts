// End-to-end: the Electron rules the launch guard builds on: Linux appData follows $XDG_CONFIG_HOME, userData is appData/<name>, and app.commandLine.hasSwitch sees a command-line switch. Skips (one line) without the Electron binary.
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { passwordStoreSwitches } from '../support/e2e-password-store';
import { electronOrSkip, root, withElectronApp } from './support/electron-app';

test('on Linux, appData follows XDG_CONFIG_HOME and userData is appData/<app name>: what a packaged app pins back to ~/.config', async () => {
  test.skip(process.platform !== 'linux', 'XDG_CONFIG_HOME is a Linux rule');
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  const configHome = realpathSync(mkdtempSync(join(tmpdir(), 'akool-vault-xdg-')));
  try {
    // An empty AKOOL_VAULT_DATA_DIR leaves userData where Electron puts it (main/platform/data-dir.ts), here inside the
    // temporary configHome. Unpackaged, linux-user-data.ts keeps it there: only a packaged app is pinned.
    await withElectronApp(executablePath, { entry: root, env: { XDG_CONFIG_HOME: configHome, AKOOL_VAULT_DATA_DIR: '' } }, async ({ app }) => {
      const paths = await app.evaluate(({ app: electronApp }) => ({
        appData: electronApp.getPath('appData'),
        userData: electronApp.getPath('userData'),
        name: electronApp.getName(),
      }));
      // electron/electron docs/api/app.md, app.getPath: appData is "`$XDG_CONFIG_HOME` or `~/.config` on Linux", and
      // userData is "by default the appData directory appended with your app's name".
      expect(paths.appData).toBe(configHome);
      expect(paths.userData).toBe(join(configHome, paths.name));
    });
  } finally {
    rmSync(configHome, { recursive: true, force: true });
  }
});

test('app.commandLine.hasSwitch sees a switch given on the command line, by its lower-case name (launch-switches.ts withParsedSwitches)', async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  // --vmodule only sets verbose log levels per source file; naming no real file, it changes nothing.
  const args = [...passwordStoreSwitches(process.platform, process.env), '--vmodule=akool-vault-e2e-none=0'];
  await withElectronApp(executablePath, { entry: root, args }, async ({ app }) => {
    const seen = await app.evaluate(({ app: electronApp }) => ({
      vmodule: electronApp.commandLine.hasSwitch('vmodule'),
      absent: electronApp.commandLine.hasSwitch('utility-cmd-prefix'),
    }));
    expect(seen).toEqual({ vmodule: true, absent: false });
  });
});

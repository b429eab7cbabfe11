// End-to-end: the app starts the way `npm start` starts it (`electron .` in the project, electron-vite preview), from the build in out/. Skips (one line) without the Electron binary.
import { readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronOrSkip, mainScript, root, withElectronApp } from './support/electron-app';

const packageMain = (): string => {
  const manifest: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const main: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'main') : undefined;
  if (typeof main !== 'string') throw new Error('package.json has no "main"');
  return main;
};

test("starts from npm start's build: `electron .` loads out/main/index.js, which opens app://akool-vault/index.html", async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  // electron-vite preview spawns `<electron> .` in the project (node_modules/electron-vite/dist/chunks/lib-*.js, startElectron).
  await withElectronApp(executablePath, { entry: root }, async ({ app, page }) => {
    const loaded = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      // The preload is not in getLastWebPreferences(): WebContentsPreferences::SaveLastPreferences keeps only switches
      // such as sandbox and contextIsolation (electron/electron v45.0.0-nightly.20260821
      // shell/browser/web_contents_preferences.cc:386-408). The internal _getPreloadScript() returns the window's own
      // preload as { filePath, id, type } (shell/browser/api/electron_api_web_contents.cc:4260-4269, bound at :5040;
      // shell/browser/preload_script.cc:43-50), which Electron itself reads in lib/browser/rpc-server.ts:42.
      const read: unknown = contents ? Reflect.get(contents, '_getPreloadScript') : undefined;
      const script: unknown = typeof read === 'function' ? Reflect.apply(read, contents, []) : null;
      const filePath: unknown = typeof script === 'object' && script !== null ? Reflect.get(script, 'filePath') : null;
      return {
        appPath: electronApp.getAppPath(),
        isPackaged: electronApp.isPackaged,
        // Set by Electron's default_app when it loads a folder's package.json (electron/electron default_app/main.ts).
        defaultApp: process.defaultApp === true,
        preload: typeof filePath === 'string' ? filePath : null,
      };
    });
    // default_app/main.ts loadApplicationPackage: app path = the folder, entry = its package.json "main".
    expect(realpathSync(loaded.appPath)).toBe(realpathSync(root));
    expect(resolve(loaded.appPath, packageMain())).toBe(mainScript);
    expect(loaded).toMatchObject({ isPackaged: false, defaultApp: true });
    expect(loaded.preload && realpathSync(loaded.preload)).toBe(realpathSync(join(root, 'out', 'preload', 'index.cjs')));
    // And it ran: the bridge it exposes is in the page.
    expect(await page.evaluate(() => typeof Reflect.get(globalThis, 'vault'))).toBe('object');
    expect(page.url()).toBe('app://akool-vault/index.html');
    await expect(page).toHaveTitle('akool-vault');
  });
});

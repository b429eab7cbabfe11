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
      const read: unknown = contents ? Reflect.get(contents, 'getLastWebPreferences') : undefined;
      const preferences: unknown = typeof read === 'function' ? Reflect.apply(read, contents, []) : null;
      return {
        appPath: electronApp.getAppPath(),
        isPackaged: electronApp.isPackaged,
        // Set by Electron's default_app when it loads a folder's package.json (electron/electron default_app/main.ts).
        defaultApp: process.defaultApp === true,
        preload: typeof preferences === 'object' && preferences !== null ? String(Reflect.get(preferences, 'preload')) : null,
      };
    });
    // default_app/main.ts loadApplicationPackage: app path = the folder, entry = its package.json "main".
    expect(realpathSync(loaded.appPath)).toBe(realpathSync(root));
    expect(resolve(loaded.appPath, packageMain())).toBe(mainScript);
    expect(loaded).toMatchObject({ isPackaged: false, defaultApp: true });
    expect(loaded.preload && realpathSync(loaded.preload)).toBe(realpathSync(join(root, 'out', 'preload', 'index.cjs')));
    expect(page.url()).toBe('app://akool-vault/index.html');
    await expect(page).toHaveTitle('akool-vault');
  });
});

// The app's identity towards the OS: the appId electron-builder.yml gives the installer, used as Windows' AppUserModelID. Must not import electron.

/**
 * electron-builder.yml `appId`. The NSIS installer stamps the Start-menu shortcut with it as System.AppUserModel.ID,
 * and Windows shows a toast only for a process whose AppUserModelID matches such a shortcut (electron.d.ts
 * `app.setAppUserModelId`, docs/tutorial/notifications.md "Windows"). test/unit/platform/app-identity.test.ts keeps the two equal.
 */
export const appId = 'dev.akoolvault.app';

/**
 * The AppUserModelID to set, or null where the OS has none (setAppUserModelId is `@platform win32`). It must be set
 * before any window or notification (Microsoft's SetCurrentProcessExplicitAppUserModelID: "before the application
 * presents any UI"), so index.ts applies it before ready.
 */
export function appUserModelIdFor(platform: NodeJS.Platform): string | null {
  return platform === 'win32' ? appId : null;
}

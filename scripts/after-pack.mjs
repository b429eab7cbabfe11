// electron-builder afterPack hook: flips the packed Electron binary's fuses before signing and reads them back, failing the build if one did not flip. Must not import app code.
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';

/** Every fuse @electron/fuses 1.x knows, set explicitly; fuses a newer Electron adds keep their default. */
export const fuseSettings = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The byte a fuse holds in the wire: '1' enabled, '0' disabled. */
const fuseByte = (enabled) => (enabled ? '1' : '0').charCodeAt(0);

/**
 * Where electron-builder put the Electron binary, by the same rule as its own addElectronFuses.
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { executableName: string, appInfo: { productFilename: string } } }} context
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'linux') return join(appOutDir, packager.executableName);
  throw new Error(`akool-vault afterPack: no fuse rule for platform "${electronPlatformName}".`);
}

/** @param {Parameters<typeof electronBinaryPath>[0]} context */
export async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(binary, { version: FuseVersion.V1, resetAdHocDarwinSignature: isMac, ...fuseSettings });
  const wire = await getCurrentFuseWire(binary);
  for (const [index, enabled] of Object.entries(fuseSettings)) {
    if (wire[index] !== fuseByte(enabled)) {
      throw new Error(`akool-vault afterPack: fuse ${FuseV1Options[index]} is not ${enabled ? 'on' : 'off'} in ${binary}.`);
    }
  }
}

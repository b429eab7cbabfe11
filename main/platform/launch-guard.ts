// Runs before app ready: refuses dangerous switches in a packaged app, sets the AppUserModelID, moves the data directory when allowed (pins it under the account home on packaged Linux), and suppresses Electron's default menu. Throws StartupRefusal when the launch must stop.
import { mkdirSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { app, Menu } from 'electron';
import { appUserModelIdFor } from './app-identity';
import { dataDirOverride, dataDirVariable } from './data-dir';
import { describeLinuxUserDataPin, linuxUserData } from './linux-user-data';
import { describeRefusals, refusedLaunchOptions, withParsedSwitches, type Refusal } from './launch-switches';
import { StartupRefusal } from './startup-failure';
import { unlistedSwitches } from './unlisted-switches';

/** What happened before the log existed, for index.ts to log once it does. */
export interface LaunchNotes {
  /** Messages for the log (no values of variables or switches). */
  info: string[];
}

/** process.argv as parsed by our rules, plus what Chromium itself parsed (launch-switches.ts `withParsedSwitches`). */
function launchRefusals(): Refusal[] {
  const refusals = refusedLaunchOptions({ argv: process.argv, env: process.env, isPackaged: app.isPackaged, platform: process.platform });
  return withParsedSwitches(refusals, app.isPackaged, (name) => app.commandLine.hasSwitch(name));
}

/** Moves userData (and the logs inside it) to `dir`. */
function useDataDir(dir: string): void {
  // app.setPath throws for a directory that does not exist (electron.d.ts `setPath`), so create it first.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  app.setPath('userData', dir);
  app.setAppLogsPath(join(dir, 'logs'));
}

/** The home of the password-database entry (no variable changes it); os.homedir() reads $HOME first. */
function accountHome(): string {
  try {
    return userInfo().homedir;
  } catch {
    // No password-database entry (some containers): Node's own fallback is all there is.
    return homedir();
  }
}

export function prepareLaunch(): LaunchNotes {
  const info: string[] = [];
  const refusals = launchRefusals();
  if (refusals.length > 0) throw new StartupRefusal(describeRefusals(refusals));
  // The refusal is a list of what is known to be dangerous; anything else a packaged app was started with is named here.
  const unlisted = app.isPackaged ? unlistedSwitches(process.argv, process.platform) : [];
  if (unlisted.length > 0) info.push(`started with switches that are not on the ordinary list: --${unlisted.join(', --')}`);

  const appUserModelId = appUserModelIdFor(process.platform);
  if (appUserModelId !== null) {
    app.setAppUserModelId(appUserModelId);
    info.push(`windows app user model id set to ${appUserModelId}`);
  }

  const dataDir = dataDirOverride(process.env, app.isPackaged);
  if (dataDir.kind === 'ignored') info.push(`${dataDirVariable} is ignored: a packaged app keeps its vault in the default place`);
  if (dataDir.kind === 'use') useDataDir(dataDir.dir);
  const linux = linuxUserData({
    platform: process.platform,
    isPackaged: app.isPackaged,
    current: app.getPath('userData'),
    accountHome: accountHome(),
    appName: app.getName(),
    env: process.env,
  });
  if (linux.kind === 'pin') {
    useDataDir(linux.dir);
    info.push(describeLinuxUserDataPin(linux.ignored));
  }

  // Before ready, so Electron never builds its default menu: lib/browser/default-menu.ts returns early once any
  // application menu was set, null included; docs/tutorial/performance.md asks for null "before app.on('ready')".
  Menu.setApplicationMenu(null);
  return { info };
}

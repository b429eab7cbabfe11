// Runs before app ready: refuses dangerous switches in a packaged app, sets the AppUserModelID, moves the data directory when allowed, and suppresses Electron's default menu. Throws StartupRefusal when the launch must stop.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, Menu } from 'electron';
import { appUserModelIdFor } from './app-identity';
import { dataDirOverride, dataDirVariable } from './data-dir';
import { describeRefusals, refusedLaunchOptions, withParsedSwitches, type Refusal } from './launch-switches';
import { StartupRefusal } from './startup-failure';

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

export function prepareLaunch(): LaunchNotes {
  const info: string[] = [];
  const refusals = launchRefusals();
  if (refusals.length > 0) throw new StartupRefusal(describeRefusals(refusals));

  const appUserModelId = appUserModelIdFor(process.platform);
  if (appUserModelId !== null) {
    app.setAppUserModelId(appUserModelId);
    info.push(`windows app user model id set to ${appUserModelId}`);
  }

  const dataDir = dataDirOverride(process.env, app.isPackaged);
  if (dataDir.kind === 'ignored') info.push(`${dataDirVariable} is ignored: a packaged app keeps its vault in the default place`);
  if (dataDir.kind === 'use') {
    // app.setPath throws for a directory that does not exist (electron.d.ts `setPath`), so create it first.
    mkdirSync(dataDir.dir, { recursive: true, mode: 0o700 });
    app.setPath('userData', dataDir.dir);
    app.setAppLogsPath(join(dataDir.dir, 'logs'));
  }

  // Before ready, so Electron never builds its default menu: lib/browser/default-menu.ts returns early once any
  // application menu was set, null included; docs/tutorial/performance.md asks for null "before app.on('ready')".
  Menu.setApplicationMenu(null);
  return { info };
}

// Decides where a packaged Linux app keeps its vault when the environment (XDG_CONFIG_HOME, HOME) would move it: pinned under the account's own home. Must not import electron.
import { posix } from 'node:path';

/** Linux paths, read with POSIX rules on every system the unit tests run on. */
const { join, resolve } = posix;

export interface LinuxUserDataInput {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** app.getPath('userData') as Electron computed it from the environment. */
  current: string;
  /** The account's home from the password database (os.userInfo().homedir), which no environment variable changes. */
  accountHome: string;
  /** app.getName(): the last part of Electron's userData path. */
  appName: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** `pin`: use `dir` as userData; `ignored` names the variables that would have moved it (names only, never values). */
export type LinuxUserDataChoice = { kind: 'keep' } | { kind: 'pin'; dir: string; ignored: string[] };

/**
 * Electron's appData on Linux is "`$XDG_CONFIG_HOME` or `~/.config`" (electron/electron docs/api/app.md, `app.getPath`
 * `appData`; `~` is read from $HOME), and userData is appData plus the app's name. Issue 9 §3: an environment override of
 * where secrets live is honoured only in unpackaged builds. So a packaged Linux app whose userData is anywhere but
 * `<account home>/.config/<name>` is pinned there, and the variables that moved it are named for the log.
 */
export function linuxUserData({ platform, isPackaged, current, accountHome, appName, env }: LinuxUserDataInput): LinuxUserDataChoice {
  if (platform !== 'linux' || !isPackaged) return { kind: 'keep' };
  const dir = join(resolve(accountHome), '.config', appName);
  if (resolve(current) === dir) return { kind: 'keep' };
  const ignored: string[] = [];
  const xdg = env['XDG_CONFIG_HOME'];
  if (xdg !== undefined && xdg !== '') ignored.push('XDG_CONFIG_HOME');
  const home = env['HOME'];
  if (home !== undefined && home !== '' && resolve(home) !== resolve(accountHome)) ignored.push('HOME');
  return { kind: 'pin', dir, ignored };
}

/** The log line for a pinned vault: which variables were ignored, never their values. */
export function describeLinuxUserDataPin(ignored: readonly string[]): string {
  const names = ignored.length === 0 ? 'the environment' : ignored.join(' and ');
  return `${names} would move the vault: a packaged app keeps it in ~/.config of the account that runs it`;
}

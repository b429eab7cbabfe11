// The Linux "launch at login" entry: an XDG autostart .desktop file for the installed app, written or removed. Must not import electron.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';

const fileName = 'akool-vault.desktop';

/**
 * $XDG_CONFIG_HOME/autostart, or ~/.config/autostart. A Linux path whatever the host, so it is joined with path.posix
 * (the unit tests run on Windows too, where node:path would join with backslashes).
 */
export function autostartFile(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const configHome = env['XDG_CONFIG_HOME'];
  return posix.join(configHome !== undefined && configHome.startsWith('/') ? configHome : posix.join(home, '.config'), 'autostart', fileName);
}

/** The desktop entry's Exec value: the path quoted (\ " ` $ escaped), then string-escaped (\ doubled), % doubled. */
export function execValue(executable: string): string {
  const quoted = `"${executable.replace(/[\\"`$]/g, (char) => `\\${char}`)}"`;
  return quoted.replaceAll('\\', '\\\\').replaceAll('%', '%%');
}

/** The entry text, or null for a path no desktop entry can hold (a line break). */
export function autostartEntry(executable: string): string | null {
  if (/[\r\n]/.test(executable)) return null;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=akool-vault',
    'Comment=Akool OpenAPI credentials, kept on this computer',
    `Exec=${execValue(executable)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** What to start at login: an AppImage through $APPIMAGE, not the temporary mount its execPath points into. */
export function launchExecutable(env: Readonly<Record<string, string | undefined>>, execPath: string): string {
  const appImage = env['APPIMAGE'];
  return appImage !== undefined && appImage.startsWith('/') ? appImage : execPath;
}

/** Writes the entry (0600, directory 0700) or removes it. */
export function setAutostart(openAtLogin: boolean, file: string, executable: string): void {
  const entry = autostartEntry(executable);
  if (!openAtLogin || entry === null) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(posix.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, entry, { mode: 0o600 });
}

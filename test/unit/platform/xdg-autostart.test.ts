// Proves the Linux autostart entry: where it goes, how the executable is quoted, and that it is written 0600 and removed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autostartEntry, autostartFile, execValue, launchExecutable, setAutostart } from '../../../main/platform/xdg-autostart';
import { useTempDirs } from '../../support/use-temp-dirs';

const tempDir = useTempDirs();

describe('autostartFile', () => {
  it('uses $XDG_CONFIG_HOME/autostart, else ~/.config/autostart', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe('/cfg/autostart/akool-vault.desktop');
    expect(autostartFile({}, '/home/ada')).toBe('/home/ada/.config/autostart/akool-vault.desktop');
    expect(autostartFile({ XDG_CONFIG_HOME: 'relative' }, '/home/ada')).toBe('/home/ada/.config/autostart/akool-vault.desktop');
  });
});

describe('launchExecutable', () => {
  it('starts an AppImage through $APPIMAGE, anything else through its executable', () => {
    expect(launchExecutable({ APPIMAGE: '/home/ada/Apps/akool-vault.AppImage' }, '/tmp/.mount_x/akool-vault')).toBe(
      '/home/ada/Apps/akool-vault.AppImage',
    );
    expect(launchExecutable({}, '/opt/akool-vault/akool-vault')).toBe('/opt/akool-vault/akool-vault');
  });
});

describe('execValue', () => {
  it('quotes the path and escapes what the desktop entry spec reserves', () => {
    expect(execValue('/opt/akool vault/akool-vault')).toBe('"/opt/akool vault/akool-vault"');
    expect(execValue('/opt/a"b$c`d\\e/100%')).toBe('"/opt/a\\\\"b\\\\$c\\\\`d\\\\\\\\e/100%%"');
  });
});

describe('autostartEntry', () => {
  it('is a desktop entry that starts the app', () => {
    const entry = autostartEntry('/opt/akool-vault/akool-vault');
    expect(entry?.split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Name=akool-vault',
      'Comment=Akool OpenAPI credentials, kept on this computer',
      'Exec="/opt/akool-vault/akool-vault"',
      'Terminal=false',
      'X-GNOME-Autostart-enabled=true',
      '',
    ]);
  });

  it('refuses a path with a line break, which could add lines to the entry', () => {
    expect(autostartEntry('/opt/x\nExec=/bin/evil')).toBeNull();
  });
});

describe('setAutostart', () => {
  // Runs only on Linux (launch-at-login.ts); POSIX modes and a Linux path, so not on a Windows host.
  it.skipIf(process.platform === 'win32')('writes the entry 0600 in a new 0700 directory, and removes it again', () => {
    const dir = tempDir();
    const file = autostartFile({ XDG_CONFIG_HOME: dir }, '/nowhere');

    setAutostart(true, file, '/opt/akool-vault/akool-vault');

    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/akool-vault/akool-vault"');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'autostart')).mode & 0o777).toBe(0o700);
    setAutostart(false, file, '/opt/akool-vault/akool-vault');
    expect(existsSync(file)).toBe(false);
    setAutostart(false, file, '/opt/akool-vault/akool-vault');
  });
});

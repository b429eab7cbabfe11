// Proves "Install command-line tool": where it goes on each OS (posix and win32 paths), that it copies an executable CLI and a Windows shim, and never replaces a file that is not akool-vault's.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installCliFrom } from '../../../main/node/cli-install/install-cli';
import { planInstall } from '../../../main/node/cli-install/install-plan';
import { useTempDirs } from '../../support/use-temp-dirs';

const paths = { posix, win32 };
const tempDir = useTempDirs();

describe('planInstall', () => {
  it('Linux: ~/.local/bin, and says whether PATH has it', () => {
    const plan = planInstall({ platform: 'linux', homedir: '/home/me', env: { PATH: '/usr/bin:/home/me/.local/bin' }, canWrite: () => true }, paths);
    expect(plan).toEqual({ script: '/home/me/.local/bin/akool-vault', shim: null, binDir: '/home/me/.local/bin', onPath: true });
    expect(planInstall({ platform: 'linux', homedir: '/home/me', env: { PATH: '/usr/bin' }, canWrite: () => true }, paths).onPath).toBe(false);
  });

  it('macOS: /usr/local/bin when writable without asking, else ~/.local/bin', () => {
    const place = { platform: 'darwin' as const, homedir: '/Users/me', env: { PATH: '/usr/local/bin:/usr/bin' } };
    expect(planInstall({ ...place, canWrite: (dir) => dir === '/usr/local/bin' }, paths)).toMatchObject({ script: '/usr/local/bin/akool-vault', onPath: true });
    expect(planInstall({ ...place, canWrite: () => false }, paths)).toMatchObject({ script: '/Users/me/.local/bin/akool-vault', onPath: false });
  });

  it('Windows: the script under %LOCALAPPDATA% and a .cmd shim in WindowsApps, PATH compared without case', () => {
    const plan = planInstall(
      { platform: 'win32', homedir: 'C:\\Users\\Me', env: { LOCALAPPDATA: 'C:\\Users\\Me\\AppData\\Local', Path: 'c:\\users\\me\\appdata\\local\\microsoft\\windowsapps;C:\\Windows' }, canWrite: () => true },
      paths,
    );
    expect(plan.script).toBe('C:\\Users\\Me\\AppData\\Local\\akool-vault\\bin\\akool-vault.mjs');
    expect(plan.shim).toEqual({
      path: 'C:\\Users\\Me\\AppData\\Local\\Microsoft\\WindowsApps\\akool-vault.cmd',
      content: '@node "C:\\Users\\Me\\AppData\\Local\\akool-vault\\bin\\akool-vault.mjs" %*\r\n',
    });
    expect(plan.onPath).toBe(true);
  });
});

describe('installCliFrom', () => {
  const source = (dir: string): string => {
    const path = join(dir, 'akool-vault.mjs');
    writeFileSync(path, '#!/usr/bin/env node\nconsole.log("cli");\n');
    return path;
  };

  it('copies the CLI executable, writes the shim, and installs again over its own files', () => {
    const dir = tempDir();
    const plan = { script: join(dir, 'bin', 'akool-vault'), shim: { path: join(dir, 'apps', 'akool-vault.cmd'), content: '@node "x/akool-vault.mjs" %*\r\n' }, binDir: join(dir, 'apps'), onPath: false };
    const result = installCliFrom(source(dir), plan);
    expect(result).toEqual({ command: plan.shim.path, binDir: plan.binDir, onPath: false });
    expect(statSync(plan.script).mode & 0o111).not.toBe(0);
    expect(readFileSync(plan.shim.path, 'utf8')).toBe(plan.shim.content);
    expect(() => installCliFrom(source(dir), plan)).not.toThrow();
  });

  it('leaves a file that is not akool-vault\'s alone and says so', () => {
    const dir = tempDir();
    const plan = { script: join(dir, 'akool-vault'), shim: null, binDir: dir, onPath: true };
    writeFileSync(plan.script, '#!/bin/sh\necho someone else\n');
    expect(() => installCliFrom(source(dir), plan)).toThrow(/is not akool-vault's/);
    expect(readFileSync(plan.script, 'utf8')).toContain('someone else');
  });

  it('says so when the build has no CLI', () => {
    const dir = tempDir();
    expect(() => installCliFrom(join(dir, 'missing.mjs'), { script: join(dir, 'x'), shim: null, binDir: dir, onPath: true })).toThrow(/does not include/);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});

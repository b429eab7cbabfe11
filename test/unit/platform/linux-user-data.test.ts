// Proves a packaged Linux app keeps its vault under the account's own ~/.config whatever XDG_CONFIG_HOME or HOME say, and that nothing moves elsewhere.
import { describe, expect, it } from 'vitest';
import { describeLinuxUserDataPin, linuxUserData, type LinuxUserDataInput } from '../../../main/platform/linux-user-data';

// Linux paths on every system the tests run on (the decision is Linux-only and reads them with POSIX rules).
const accountHome = '/home/ana';
const own = '/home/ana/.config/akool-vault';
const prepared = '/tmp/prepared';
const input = (overrides: Partial<LinuxUserDataInput>): LinuxUserDataInput => ({
  platform: 'linux',
  isPackaged: true,
  current: own,
  accountHome,
  appName: 'akool-vault',
  env: {},
  ...overrides,
});

describe('linuxUserData', () => {
  it('keeps the default when it already is the account home ~/.config/<name>', () => {
    expect(linuxUserData(input({ env: { HOME: accountHome } }))).toEqual({ kind: 'keep' });
    expect(linuxUserData(input({ env: { XDG_CONFIG_HOME: '/home/ana/.config' } }))).toEqual({ kind: 'keep' });
    expect(linuxUserData(input({ current: `${own}/` }))).toEqual({ kind: 'keep' });
  });

  it('pins a vault that XDG_CONFIG_HOME moved, naming the variable but not its value', () => {
    const choice = linuxUserData(input({ current: '/tmp/prepared/akool-vault', env: { XDG_CONFIG_HOME: prepared, HOME: accountHome } }));
    expect(choice).toEqual({ kind: 'pin', dir: own, ignored: ['XDG_CONFIG_HOME'] });
    expect(describeLinuxUserDataPin(choice.kind === 'pin' ? choice.ignored : [])).toBe(
      'XDG_CONFIG_HOME would move the vault: a packaged app keeps it in ~/.config of the account that runs it',
    );
  });

  it('pins a vault that HOME moved, and names both when both are set', () => {
    const current = '/tmp/prepared/.config/akool-vault';
    expect(linuxUserData(input({ current, env: { HOME: prepared } }))).toEqual({ kind: 'pin', dir: own, ignored: ['HOME'] });
    expect(linuxUserData(input({ current, env: { HOME: prepared, XDG_CONFIG_HOME: '/tmp/prepared/.config' } }))).toEqual({
      kind: 'pin',
      dir: own,
      ignored: ['XDG_CONFIG_HOME', 'HOME'],
    });
    expect(describeLinuxUserDataPin([])).toMatch(/^the environment would move the vault/);
  });

  it('leaves unpackaged builds and other systems alone', () => {
    const moved = { current: '/tmp/prepared/akool-vault', env: { XDG_CONFIG_HOME: prepared } };
    expect(linuxUserData(input({ ...moved, isPackaged: false }))).toEqual({ kind: 'keep' });
    for (const platform of ['darwin', 'win32'] as const) expect(linuxUserData(input({ ...moved, platform }))).toEqual({ kind: 'keep' });
  });
});

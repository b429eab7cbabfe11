// Proves the log names unusual start-up switches (names only, bounded) and stays quiet for refused, ordinary and OS-given ones.
import { describe, expect, it } from 'vitest';
import { unlistedSwitches } from '../../../main/platform/unlisted-switches';

const exe = '/opt/akool-vault/akool-vault';

describe('unlistedSwitches', () => {
  it('names an unusual switch without its value', () => {
    expect(unlistedSwitches([exe, '--disable-site-isolation-trials', '--force-fieldtrials=secret-canary'], 'linux')).toEqual([
      'disable-site-isolation-trials',
      'force-fieldtrials',
    ]);
  });

  it('leaves out ordinary switches, what the OS or installer adds, plain arguments and everything after --', () => {
    const argv = [exe, '--proxy-server=http://p:3128', '--ozone-platform=wayland', '--password-store=basic', '-psn_0_12345', '--updated', '--no-sandbox', 'akool://x', '--', '--odd'];
    expect(unlistedSwitches(argv, 'linux')).toEqual([]);
  });

  it('leaves out refused switches, which the refusal already names', () => {
    expect(unlistedSwitches([exe, '--utility-cmd-prefix=/tmp/w', '--js-flags=x'], 'linux')).toEqual([]);
  });

  it('names each switch once, at most ten, each cut to 48 characters', () => {
    const many = Array.from({ length: 12 }, (_, index) => `--odd-${index}`);
    expect(unlistedSwitches([exe, '--odd-0', ...many], 'linux')).toEqual(many.slice(0, 10).map((given) => given.slice(2)));
    expect(unlistedSwitches([exe, `--${'x'.repeat(60)}`], 'linux')).toEqual([`${'x'.repeat(48)}…`]);
  });
});

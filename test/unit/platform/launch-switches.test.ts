// Proves which start-up switches and variables a packaged app refuses, read by Chromium's switch rules (prefixes, `=`, case, `--`), and that an unpackaged app refuses none.
import { describe, expect, it } from 'vitest';
import {
  describeRefusals,
  refusedLaunchOptions,
  refusalReason,
  refusedSwitches,
  switchName,
  withParsedSwitches,
  type LaunchInput,
} from '../../../main/platform/launch-switches';

const exe = '/opt/akool-vault/akool-vault';
const packaged = (argv: readonly string[], overrides: Partial<LaunchInput> = {}): string[] =>
  refusedLaunchOptions({ argv: [exe, ...argv], env: {}, isPackaged: true, platform: 'linux', ...overrides }).map(
    (refusal) => refusal.given,
  );

describe('switchName (Chromium base::CommandLine rules)', () => {
  it('reads --, - and, on Windows only, / as switch prefixes', () => {
    expect(switchName('--js-flags', 'linux')).toBe('js-flags');
    expect(switchName('-js-flags', 'linux')).toBe('js-flags');
    expect(switchName('/js-flags', 'linux')).toBeNull();
    expect(switchName('/js-flags', 'win32')).toBe('js-flags');
  });

  it('takes the name up to the first =, trims, and lower-cases', () => {
    expect(switchName('--Remote-Debugging-Port=9222', 'win32')).toBe('remote-debugging-port');
    expect(switchName('  --log-net-log=/tmp/a=b  ', 'linux')).toBe('log-net-log');
  });

  it('is null for plain arguments and bare prefixes', () => {
    for (const argument of ['app.asar', '-', '--', '--=x', '', 'remote-debugging-port']) {
      expect(switchName(argument, 'linux'), argument).toBeNull();
    }
  });
});

describe('refusedLaunchOptions', () => {
  it('refuses every listed switch in a packaged app, as --flag, --flag=value, -flag and in any case', () => {
    for (const name of refusedSwitches.keys()) {
      for (const given of [`--${name}`, `--${name}=1`, `-${name}`, `--${name.toUpperCase()}=x`]) {
        expect(packaged([given]), given).toEqual([given.split('=')[0]]);
      }
    }
  });

  it('covers the switches issue 9 names, with their variants', () => {
    const named = [
      '--ignore-certificate-errors',
      '--ignore-certificate-errors-spki-list=abc',
      '--ignore-ssl-errors',
      '--remote-debugging-port=9222',
      '--remote-debugging-pipe',
      '--host-resolver-rules=MAP * 127.0.0.1',
      '--ssl-key-log-file=/tmp/keys',
      '--log-net-log=/tmp/net.json',
      '--js-flags=--allow-natives-syntax',
    ];
    for (const given of named) expect(packaged([given]), given).toHaveLength(1);
  });

  it('sees a switch given as --flag value: Chromium sets the switch and reads the value as an argument', () => {
    expect(packaged(['--remote-debugging-port', '9222'])).toEqual(['--remote-debugging-port']);
  });

  it('sees switches after plain arguments, as Chromium does, but none after a bare --', () => {
    expect(packaged(['some-file.txt', '--js-flags=--expose-gc'])).toEqual(['--js-flags']);
    expect(packaged(['--', '--js-flags=--expose-gc', '--remote-debugging-port=1'])).toEqual([]);
  });

  it('reads /flag as a switch on Windows only', () => {
    expect(packaged(['/remote-debugging-port=9222'], { platform: 'win32' })).toEqual(['/remote-debugging-port']);
    expect(packaged(['/remote-debugging-port=9222'], { platform: 'linux' })).toEqual([]);
  });

  it('does not mistake longer or shorter names for refused ones', () => {
    expect(packaged(['--ignore-certificate-errors-x', '--remote-debugging', '--js-flag', '--inspector'])).toEqual([]);
  });

  it('allows a proxy and ordinary switches', () => {
    expect(packaged(['--proxy-server=http://proxy:3128', '--proxy-bypass-list=<local>', '--password-store=basic', '--lang=de'])).toEqual([]);
  });

  it('refuses Chromium\'s process-launcher switches, which run a program of the caller\'s choice around a child process', () => {
    const launchers = [
      '--renderer-cmd-prefix=xterm -e gdb --args',
      '--utility-cmd-prefix=/tmp/wrap',
      '--zygote-cmd-prefix=/tmp/wrap',
      '--gpu-launcher=/tmp/wrap',
      '--ppapi-plugin-launcher=/tmp/wrap',
      '--browser-subprocess-path=/tmp/child',
      '--mojo-core-library-path=/tmp/lib.so',
      '--wait-for-debugger-children',
    ];
    for (const given of launchers) expect(packaged([given]), given).toEqual([given.split('=')[0]]);
  });

  it('refuses any switch ending in -cmd-prefix or -launcher, listed or not', () => {
    expect(packaged(['--storage-cmd-prefix=/tmp/wrap', '--Audio-Launcher=/tmp/wrap'])).toEqual(['--storage-cmd-prefix', '--Audio-Launcher']);
    expect(refusalReason('some-future-cmd-prefix')).toMatch(/another program/);
    expect(refusalReason('cmd-prefix')).toBeUndefined();
    expect(refusalReason('launcher-mode')).toBeUndefined();
  });

  it('refuses logging and tracing switches that write the internal log or a trace where the caller chooses', () => {
    const given = ['--enable-logging=file', '--log-file=/tmp/x.log', '--v=2', '--vmodule=*/net/*=3', '--trace-startup', '--trace-startup-file=/tmp/t'];
    expect(packaged(given)).toEqual(given.map((argument) => argument.split('=')[0]));
  });

  it('still allows the switches a user may need on some desktops', () => {
    const allowed = ['--no-sandbox', '--ozone-platform-hint=auto', '--enable-features=WaylandWindowDecorations', '--disable-gpu', '--force-device-scale-factor=2', '--no-proxy-server', '--proxy-pac-url=http://wpad/wpad.dat', '--updated'];
    expect(packaged(allowed)).toEqual([]);
  });

  it('refuses SSLKEYLOGFILE when set, by exact name (any case on Windows), never showing its value', () => {
    const secretPath = '/home/someone/keys-canary.log';
    expect(packaged([], { env: { SSLKEYLOGFILE: secretPath } })).toEqual(['SSLKEYLOGFILE']);
    expect(packaged([], { env: { SSLKEYLOGFILE: '' } })).toEqual([]);
    expect(packaged([], { env: { sslkeylogfile: secretPath } })).toEqual([]);
    expect(packaged([], { env: { sslkeylogfile: secretPath }, platform: 'win32' })).toEqual(['SSLKEYLOGFILE']);
    const refusals = refusedLaunchOptions({ argv: [exe, `--ssl-key-log-file=${secretPath}`], env: { SSLKEYLOGFILE: secretPath }, isPackaged: true, platform: 'linux' });
    expect(describeRefusals(refusals)).not.toContain('canary');
  });

  it('refuses nothing in an unpackaged app (npm start, the e2e suite, which Playwright drives over remote debugging)', () => {
    const input = { argv: [exe, '--remote-debugging-port=0', '--inspect=0', '--ignore-certificate-errors'], env: { SSLKEYLOGFILE: '/tmp/k' } };
    expect(refusedLaunchOptions({ ...input, isPackaged: false, platform: 'linux' })).toEqual([]);
    expect(refusedLaunchOptions({ ...input, isPackaged: true, platform: 'linux' })).toHaveLength(4);
  });

  it('ignores the program path itself', () => {
    expect(refusedLaunchOptions({ argv: ['--js-flags'], env: {}, isPackaged: true, platform: 'linux' })).toEqual([]);
  });
});

describe('withParsedSwitches (launch-guard.ts: what Chromium parsed, beyond our argv reading)', () => {
  const argvRefusal = { given: '--js-flags', reason: 'changes how the JavaScript engine runs' };

  it('adds a listed switch Chromium reports that the argv reading missed, once', () => {
    const parsed = new Set(['js-flags', 'utility-cmd-prefix']);
    const asked: string[] = [];
    const result = withParsedSwitches([argvRefusal], true, (name) => {
      asked.push(name);
      return parsed.has(name);
    });
    expect(result.map(({ given }) => given)).toEqual(['--js-flags', '--utility-cmd-prefix']);
    expect(asked).toEqual([...refusedSwitches.keys()].filter((name) => name !== 'js-flags'));
  });

  it('keeps the argv refusals as they are and adds nothing when Chromium reports nothing', () => {
    expect(withParsedSwitches([argvRefusal], true, () => false)).toEqual([argvRefusal]);
  });

  it('does not ask Chromium in an unpackaged app', () => {
    expect(withParsedSwitches([], false, () => true)).toEqual([]);
  });
});

describe('describeRefusals', () => {
  it('lists each refused option with its reason and says how to proceed', () => {
    const text = describeRefusals([
      { given: '--remote-debugging-port', reason: 'lets another program control the app' },
      { given: 'SSLKEYLOGFILE', reason: 'writes the TLS session keys to a file' },
    ]);
    expect(text).toContain('--remote-debugging-port: lets another program control the app');
    expect(text).toContain('SSLKEYLOGFILE: writes the TLS session keys to a file');
    expect(text).toContain('Start it without them.');
  });
});

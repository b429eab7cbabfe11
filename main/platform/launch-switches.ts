// Decides which start-up switches and variables a packaged akool-vault refuses: those that weaken TLS, reroute its traffic, open the process to another program or move its vault. Must not import electron.

/**
 * Refused switch names (lower case, no prefix), each with why. Sources: Electron's "Supported Command Line Switches"
 * (electronjs.org/docs/latest/api/command-line-switches: --host-rules, --host-resolver-rules, --ignore-certificate-errors,
 * --log-net-log, --remote-debugging-port, --js-flags, --inspect…), Chromium's content/network switches, and
 * electron/electron shell/app/electron_main_delegate.cc (PreSandboxStartup: --user-data-dir overrides DIR_USER_DATA,
 * which is app.getPath('userData'), where the vault lives). --proxy-server and friends stay allowed: a proxy still
 * has to present Akool's certificate.
 */
export const refusedSwitches: ReadonlyMap<string, string> = new Map([
  ['ignore-certificate-errors', 'accepts any TLS certificate'],
  ['ignore-certificate-errors-spki-list', 'accepts TLS certificates by key'],
  ['ignore-ssl-errors', 'accepts any TLS certificate'],
  ['allow-insecure-localhost', 'accepts any TLS certificate on this computer'],
  ['ssl-key-log-file', 'writes the TLS session keys to a file'],
  ['host-resolver-rules', 'sends Akool’s host name to another address'],
  ['host-rules', 'sends Akool’s host name to another address'],
  ['log-net-log', 'records network traffic to a file'],
  ['remote-debugging-port', 'lets another program control the app'],
  ['remote-debugging-pipe', 'lets another program control the app'],
  ['inspect', 'lets another program debug the main process'],
  ['inspect-brk', 'lets another program debug the main process'],
  ['inspect-port', 'lets another program debug the main process'],
  ['js-flags', 'changes how the JavaScript engine runs'],
  ['user-data-dir', 'moves where the vault is read from'],
]);

/**
 * Chromium reads the TLS key log path from this variable when the switch is absent (content/browser/
 * network_service_instance_impl.cc, `GetVar("SSLKEYLOGFILE")`; case-insensitive on Windows), so it is refused like the switch.
 */
export const refusedVariables: ReadonlyMap<string, string> = new Map([['SSLKEYLOGFILE', 'writes the TLS session keys to a file']]);

export interface LaunchInput {
  /** process.argv: the program first, then every argument. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

export interface Refusal {
  /** As the user wrote it, e.g. `--remote-debugging-port=9222` or `SSLKEYLOGFILE`; never the value of a variable. */
  given: string;
  reason: string;
}

/** Longest first, as Chromium matches them (base/command_line.cc kSwitchPrefixes); `/` only on Windows. */
function switchPrefixes(platform: NodeJS.Platform): readonly string[] {
  return platform === 'win32' ? ['--', '-', '/'] : ['--', '-'];
}

/**
 * The switch name an argument sets, lower-cased, or null when Chromium would read it as a plain argument. Chromium's
 * base::CommandLine trims the argument, needs a prefix followed by at least one character, takes the name up to the
 * first `=`, lower-cases it on Windows, and reads `--flag value` as `--flag` (empty value) plus an argument — so the
 * switch is present either way. Names are compared case-insensitively everywhere: an upper-case switch that Chromium
 * ignores on macOS or Linux is refused too, which costs nothing and guards against a parser we did not foresee.
 */
export function switchName(argument: string, platform: NodeJS.Platform): string | null {
  const trimmed = argument.trim();
  const prefix = switchPrefixes(platform).find((candidate) => trimmed.startsWith(candidate));
  if (prefix === undefined || prefix.length === trimmed.length) return null;
  const equals = trimmed.indexOf('=');
  const name = trimmed.slice(prefix.length, equals === -1 ? undefined : equals);
  return name === '' ? null : name.toLowerCase();
}

/** Everything the launch must refuse; empty when unpackaged (development, tests) or when nothing dangerous was given. */
export function refusedLaunchOptions({ argv, env, isPackaged, platform }: LaunchInput): Refusal[] {
  if (!isPackaged) return [];
  const refusals: Refusal[] = [];
  for (const argument of argv.slice(1)) {
    // Chromium stops reading switches at a bare `--`; everything after it is a plain argument.
    if (argument.trim() === '--') break;
    const name = switchName(argument, platform);
    const reason = name === null ? undefined : refusedSwitches.get(name);
    if (reason !== undefined) refusals.push({ given: argument.trim().split('=')[0] ?? argument, reason });
  }
  for (const [variable, reason] of refusedVariables) {
    const matches = Object.entries(env).filter(
      ([key, value]) => (platform === 'win32' ? key.toUpperCase() === variable : key === variable) && value !== undefined && value !== '',
    );
    if (matches.length > 0) refusals.push({ given: variable, reason });
  }
  return refusals;
}

/** One paragraph for the error box and the log: what was refused and why, never a value. */
export function describeRefusals(refusals: readonly Refusal[]): string {
  const lines = refusals.map(({ given, reason }) => `${given}: ${reason}`);
  return `akool-vault does not start with options that could expose your Akool credentials:\n${lines.join('\n')}\nStart it without them.`;
}

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
  // Chromium's process-launcher switches (content/public/common/content_switches.cc, chromium/chromium): each makes the
  // app start another program, around or instead of its own child processes. The network service, which holds the
  // Authorization header and the request bodies, runs in a utility process (utility_process_host.cc prepends
  // kUtilityCmdPrefix's value to its command line on POSIX). The `-cmd-prefix` and `-launcher` suffixes are also refused
  // by pattern below, so a name we did not list is covered too.
  ['renderer-cmd-prefix', 'starts another program around the app’s windows'],
  ['utility-cmd-prefix', 'starts another program around the app’s network process'],
  ['zygote-cmd-prefix', 'starts another program around the app’s child processes'],
  ['gpu-launcher', 'starts another program around the app’s graphics process'],
  ['ppapi-plugin-launcher', 'starts another program around a plug-in process'],
  ['plugin-launcher', 'starts another program around a plug-in process'],
  ['browser-subprocess-path', 'runs another program as the app’s child processes'],
  ['mojo-core-library-path', 'loads another program’s library into the app'],
  ['register-pepper-plugins', 'loads another program’s library into the app'],
  ['wait-for-debugger-children', 'holds the app’s child processes for a debugger'],
  ['wait-for-debugger', 'holds the app for a debugger'],
  // Chromium logging (content_switches.cc kEnableLogging, kLogFile; base/logging switches v and vmodule): verbose
  // logs of the network stack go to a file or stderr chosen by whoever started the app.
  ['enable-logging', 'writes the app’s internal log where the caller chooses'],
  ['log-file', 'writes the app’s internal log where the caller chooses'],
  ['v', 'makes the app’s internal log verbose'],
  ['vmodule', 'makes the app’s internal log verbose'],
  ['trace-startup', 'records what the app does to a file'],
  ['trace-startup-file', 'records what the app does to a file'],
  ['enable-tracing', 'records what the app does to a file'],
  ['disable-web-security', 'turns off the same-origin rules of the app’s window'],
]);

/**
 * Name endings refused whatever comes before them: Chromium names every "run this program around a child" switch
 * `<process>-cmd-prefix` or `<process>-launcher` (kRendererCmdPrefix, kUtilityCmdPrefix, kZygoteCmdPrefix, kGpuLauncher,
 * kPpapiPluginLauncher in content_switches.cc).
 */
export const refusedSwitchEndings: ReadonlyMap<string, string> = new Map([
  ['-cmd-prefix', 'starts another program around the app’s child processes'],
  ['-launcher', 'starts another program around the app’s child processes'],
]);

/** Why a packaged app refuses a switch name (lower case, no prefix), or undefined when it is allowed. */
export function refusalReason(name: string): string | undefined {
  const listed = refusedSwitches.get(name);
  if (listed !== undefined) return listed;
  for (const [ending, reason] of refusedSwitchEndings) if (name.endsWith(ending)) return reason;
  return undefined;
}

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
    const reason = name === null ? undefined : refusalReason(name);
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

/**
 * Adds the listed switches Chromium itself parsed (`hasSwitch`: electron.d.ts `app.commandLine.hasSwitch`) that the argv
 * reading missed, so a switch is refused even if Electron's argv and ours ever differ. Packaged only, like the rest.
 */
export function withParsedSwitches(refusals: readonly Refusal[], isPackaged: boolean, hasSwitch: (name: string) => boolean): Refusal[] {
  if (!isPackaged) return [...refusals];
  const named = new Set(refusals.map(({ given }) => given.replace(/^[-/]+/, '').toLowerCase()));
  const parsed = [...refusedSwitches].filter(([name]) => !named.has(name) && hasSwitch(name)).map(([name, reason]) => ({ given: `--${name}`, reason }));
  return [...refusals, ...parsed];
}

/** One paragraph for the error box and the log: what was refused and why, never a value. */
export function describeRefusals(refusals: readonly Refusal[]): string {
  const lines = refusals.map(({ given, reason }) => `${given}: ${reason}`);
  return `akool-vault does not start with options that could expose your Akool credentials:\n${lines.join('\n')}\nStart it without them.`;
}

// Names the start-up switches of a packaged app that are neither refused nor known to be ordinary, for the log (names only, never values). Must not import electron.
import { refusalReason, switchName } from './launch-switches';

/**
 * Switches a desktop, an installer or a user commonly passes: proxies, the keyring backend, language, Wayland/X11 and
 * GPU workarounds, HiDPI, accessibility, the sandbox on distributions that block user namespaces, macOS's process
 * serial number (`-psn_…`) and electron-builder's NSIS `--updated`. Exact names, then prefixes.
 */
const ordinaryNames = new Set([
  'password-store',
  'no-proxy-server',
  'lang',
  'enable-features',
  'disable-features',
  'enable-wayland-ime',
  'wayland-text-input-version',
  'gtk-version',
  'class',
  'name',
  'force-device-scale-factor',
  'high-dpi-support',
  'force-renderer-accessibility',
  'no-sandbox',
  'disable-gpu',
  'disable-gpu-compositing',
  'disable-software-rasterizer',
  'use-gl',
  'use-angle',
  'in-process-gpu',
  'updated',
]);
const ordinaryPrefixes = ['proxy-', 'ozone-', 'psn_'];

const maxNames = 10;
const maxNameLength = 48;

/** Switch names (lower case) that are not refused and not ordinary, at most 10, each cut to 48 characters. */
export function unlistedSwitches(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const names = new Set<string>();
  for (const argument of argv.slice(1)) {
    if (argument.trim() === '--') break;
    const name = switchName(argument, platform);
    if (name === null || refusalReason(name) !== undefined || ordinaryNames.has(name)) continue;
    if (ordinaryPrefixes.some((prefix) => name.startsWith(prefix))) continue;
    names.add(name.length > maxNameLength ? `${name.slice(0, maxNameLength)}…` : name);
  }
  return [...names].slice(0, maxNames);
}

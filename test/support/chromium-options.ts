// How Playwright launches Debian's Chromium for the UI and adversarial suites and the screenshot script. Must not import app code.
import type { LaunchOptions } from '@playwright/test';

/** No sandbox or GPU (containers, CI), and no background traffic, updates, sync or first-run work. */
const baseArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system Chromium (CHROMIUM_PATH overrides /usr/bin/chromium) with the base flags, then `extraArgs`. */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...baseArgs, ...extraArgs],
  };
}

// Playwright UI tests: Debian Chromium drives the production renderer through the harness against the sandbox.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium-options';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './require-build.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions(),
  },
});

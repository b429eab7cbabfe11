// Playwright config for the adversarial browser cases: hostile server text in the real renderer, and the renderer heap after a full run.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium-options';

export default defineConfig({
  testDir: './browser',
  testMatch: '*.spec.ts',
  globalSetup: '../ui/require-build.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  outputDir: '../../test-results/adversarial',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions([
      // Heap snapshots keep whole strings, not their first 1024 characters, so a long string cannot hide a secret.
      '--js-flags=--heap-snapshot-string-limit=100000000',
    ]),
  },
});

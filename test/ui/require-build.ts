// Global setup: the UI tests serve the production renderer build and run the built CLI, so both must exist.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function requireBuild(): void {
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('out/renderer/index.html is missing: run "npm run build" first (npm test does it for you).');
  }
  if (!existsSync(resolve('out/cli/akool-vault.mjs'))) {
    throw new Error('out/cli/akool-vault.mjs is missing: run "npm run build" first (npm test does it for you).');
  }
}

// Global setup: the UI tests serve the production renderer build, so it must exist.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function requireBuild(): void {
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('out/renderer/index.html is missing: run "npm run build" first (npm test does it for you).');
  }
}

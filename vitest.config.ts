// Unit test runner: Node for main, preload and test tools; jsdom for renderer components.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/unit/**/*.test.ts', 'test/adversarial/**/*.test.ts', 'secretlint-rule-akool/test/**/*.test.ts'], exclude: ['test/unit/renderer/**'] },
      },
      {
        extends: true,
        test: { name: 'renderer', environment: 'jsdom', include: ['test/unit/renderer/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});

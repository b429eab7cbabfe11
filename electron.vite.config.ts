// Build of the three Electron entries: main (ESM, then the akool-vault CLI as one file), sandboxed preload (CommonJS, self-contained), renderer (React; dev server gets a dev-only CSP).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cliBundlePlugin } from './scripts/vite/cli-bundle-plugin';
import { devCspPlugin } from './scripts/vite/dev-csp-plugin';

export default defineConfig({
  main: {
    plugins: [cliBundlePlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), devCspPlugin()],
    build: {
      outDir: 'out/renderer',
      sourcemap: false,
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});

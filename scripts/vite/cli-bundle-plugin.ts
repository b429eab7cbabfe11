// Vite plugin for the main build: once main is written, bundles the `akool-vault` command line (cli/bin.ts, zod included) into one executable ESM file, out/cli/akool-vault.mjs. Must not import electron.
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export const cliEntry = resolve('cli/bin.ts');
export const cliOutfile = resolve('out/cli/akool-vault.mjs');

/** Node ≥ 20, no dependency left outside the file: `node out/cli/akool-vault.mjs` runs anywhere Node does. */
export async function bundleCli(outfile: string = cliOutfile): Promise<void> {
  await build({
    entryPoints: [cliEntry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: false,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
}

export function cliBundlePlugin(): Plugin {
  return {
    name: 'akool-vault:cli-bundle',
    apply: 'build',
    closeBundle: () => bundleCli(),
  };
}

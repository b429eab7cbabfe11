// Bundles page-bridge.ts in memory into the classic script served at /__harness/bridge.js. Must not import main/.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('./page-bridge.ts', import.meta.url));

export async function bundlePageBridge(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (output === undefined || result.outputFiles.length !== 1) throw new Error('esbuild did not produce the harness bridge.');
  return output.text;
}

// Bundles page-bridge.ts in memory into the classic script served at /__harness/bridge.js. Must not import main/.
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const entry = fileURLToPath(new URL('./page-bridge.ts', import.meta.url));

/**
 * Rolldown, the bundler electron-vite builds the real preload with, so the bridge tree-shakes zod the same way and
 * the page parses about as much script before the app as it does in Electron (esbuild kept all of zod: 4× larger).
 */
export async function bundlePageBridge(): Promise<string> {
  const result = await build({
    input: entry,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
    output: { format: 'iife' },
  });
  const [output, ...others] = result.output;
  if (output === undefined || output.type !== 'chunk' || others.length > 0) throw new Error('rolldown did not produce the harness bridge.');
  return output.code;
}

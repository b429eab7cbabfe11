// Bundles a child-process entry with everything it imports into one temporary ES module, so each child starts in plain Node in about 0.1 s. Must not import main/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

/** CommonJS packages inside an ES module bundle still call require. */
const requireShim = "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);";

export async function bundleChild(entry: string): Promise<{ path: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'akool-vault-child-'));
  const path = join(dir, `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile: path,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: requireShim },
    logLevel: 'silent',
  });
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

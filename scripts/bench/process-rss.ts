// Figure 6b: resident memory of a plain Node process holding the open vault of 1,000 accounts, against a Node process doing nothing. Must not import electron.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { projectDir } from './build-pages';
import { compareRuns, type Figure } from './figure';

const runs = 3;
const probeSource = fileURLToPath(new URL('./rss-probe.ts', import.meta.url));
const probeBundle = join(projectDir, 'node_modules/.cache/akool-vault-bench/rss-probe.mjs');
const idleNode = 'globalThis.gc(); process.stdout.write(`${process.memoryUsage().rss}\\n`);';

function rssOf(args: readonly string[]): number {
  const output = execFileSync(process.execPath, ['--expose-gc', ...args], { cwd: projectDir, encoding: 'utf8' });
  const rss = Number(output.trim());
  if (!Number.isFinite(rss)) throw new Error(`The RSS probe printed ${output}`);
  return rss;
}

export async function processRss(dataDir: string, accounts: number): Promise<Figure> {
  // Bundled so the child runs on plain node, without a TypeScript loader inflating both sides.
  await build({ input: probeSource, platform: 'node', logLevel: 'warn', output: { format: 'esm', file: probeBundle } });
  const ours: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    ours.push(rssOf([probeBundle, dataDir]));
    floor.push(rssOf(['-e', idleNode]));
  }
  return compareRuns(
    {
      name: `Node process RSS, ${accounts} accounts`,
      unit: 'B',
      target: '—',
      note: 'plain node running the real vault runtime (Node adapters) after opening the vault and answering getState, after GC; floor: node doing nothing',
    },
    ours,
    floor,
  );
}

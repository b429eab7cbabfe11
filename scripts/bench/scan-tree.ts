// Scan figures: our scan of a generated 10,000-file, 200 MiB tree against `grep -rE` of the same name patterns over it, and the scan's peak RSS. Must not import electron.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { projectDir } from './build-pages';
import { compareRuns, unavailable, type Figure } from './figure';

const runs = 3;
const fileCount = 10_000;
const totalBytes = 200 * 1024 * 1024;
const probeSource = fileURLToPath(new URL('./scan-probe.ts', import.meta.url));
const probeBundle = join(projectDir, 'node_modules/.cache/akool-vault-bench/scan-probe.mjs');
/** The names the rule looks for, as one extended regular expression for grep. */
export const grepPattern = 'akool[A-Za-z0-9_]*(secret|key|token|id)|x-api-key|clientsecret|clientid|gettoken|localstorage|sessionstorage|openapi\\.akool\\.com';

/** One file's worth of ordinary code, a tenth of the files mentioning Akool, one in a thousand leaking a key. */
function fileText(index: number, size: number): string {
  const lines: string[] = [`// generated module ${index}`];
  if (index % 10 === 0) lines.push("const base = 'https://openapi.akool.com';", 'const key = process.env.AKOOL_API_KEY;');
  if (index % 1000 === 0) lines.push(`export const AKOOL_API_KEY = '${randomBytes(24).toString('base64')}';`);
  let length = lines.join('\n').length;
  for (let line = 0; length < size; line += 1) {
    const text = `export function handler${index}_${line}(request, response) { return response.json({ id: request.params.id, total: ${line} * 17, label: "item-${line}" }); }`;
    lines.push(text);
    length += text.length + 1;
  }
  return `${lines.join('\n').slice(0, size)}\n`;
}

export function generateTree(root: string): void {
  const size = Math.floor(totalBytes / fileCount);
  for (let index = 0; index < fileCount; index += 1) {
    const dir = join(root, `pkg-${Math.floor(index / 100)}`);
    if (index % 100 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `module-${index}.js`), fileText(index, size - 1));
  }
}

function grepMs(root: string): number {
  const started = performance.now();
  // -r recursive, -E extended, -i as the rule ignores case, -n line numbers as the scan reports; output discarded.
  const result = spawnSync('grep', ['-rEin', grepPattern, root], { stdio: ['ignore', 'ignore', 'ignore'] });
  if (result.status !== 0 && result.status !== 1) throw new Error(`grep exited with ${String(result.status)}`);
  return performance.now() - started;
}

type Probe = { ms: number; peakRssBytes: number; findings: number; files: number };
function scanProbe(root: string): Probe {
  const output = execFileSync(process.execPath, [probeBundle, root], { cwd: projectDir, encoding: 'utf8', maxBuffer: 1024 * 1024 });
  const parsed: unknown = JSON.parse(output);
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`The scan probe printed ${output}`);
  const field = (name: string): number => Number(Reflect.get(parsed, name));
  return { ms: field('ms'), peakRssBytes: field('peakRssBytes'), findings: field('findings'), files: field('files') };
}

export async function scanTree(work: string): Promise<Figure[]> {
  const head = { name: 'scan, 10,000 files / 200 MiB', unit: 'ms', target: '≤ 3' };
  const rssHead = { name: 'scan peak RSS, 10,000 files / 200 MiB', unit: 'MiB', target: 'report' };
  if (spawnSync('grep', ['--version'], { stdio: 'ignore' }).status !== 0) {
    return [unavailable(head, 'grep is not installed here'), unavailable(rssHead, 'grep is not installed here')];
  }
  await build({ input: probeSource, platform: 'node', logLevel: 'warn', output: { format: 'esm', file: probeBundle } });
  const root = join(work, 'scan-tree');
  mkdirSync(root);
  generateTree(root);
  grepMs(root); // warms the page cache for both sides
  const ours: number[] = [];
  const floor: number[] = [];
  const rss: number[] = [];
  let counts = { findings: 0, files: 0 };
  for (let run = 0; run < runs; run += 1) {
    const probe = scanProbe(root);
    ours.push(probe.ms);
    rss.push(probe.peakRssBytes / (1024 * 1024));
    counts = { findings: probe.findings, files: probe.files };
    floor.push(grepMs(root));
  }
  return [
    compareRuns(
      { ...head, note: `our engine (walk, .gitignore, secretlint core + rule) in a bundled node child, ${counts.files} files read, ${counts.findings} findings; floor: grep -rEin of the rule's name patterns over the same tree, page cache warm` },
      ours,
      floor,
    ),
    compareRuns({ ...rssHead, note: 'peak resident memory of the scanning child (resourceUsage maxRSS); floor: the same child\'s median, so the ratio is 1' }, rss, rss),
  ];
}

// `npm run bench -- [--out FILE] [--markdown FILE] [--only pages|proxy]`: measures every figure against a floor from the same run, prints the table, writes JSON; asserts no timing. Must not import electron.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { startHarness } from '../../test/harness/server';
import { startSandbox, type Sandbox } from '../../test/sandbox/server';
import { makeTempDir } from '../../test/support/temp-dir';
import { launchChromium, newBenchContext } from './browser';
import { buildBareReactPage, buildProductionApp, rendererOutDir } from './build-pages';
import { checkAll, sandboxLatencyMs } from './check-all';
import { exchangeOverhead } from './exchange-overhead';
import { grantProxyFigures } from './grant-proxy';
import { hostileAnswer } from './hostile-answer';
import { compareRuns, type Figure } from './figure';
import { idleWakeups } from './idle-wakeups';
import { listAtScale } from './list-at-scale';
import { describeMachine } from './machine';
import { alternateLoads, barePage, vaultPage } from './page-loads';
import { processRss } from './process-rss';
import { rendererWeight } from './renderer-weight';
import { rowsPerScreen } from './rows-per-screen';
import { scanTree } from './scan-tree';
import { searchLatency } from './search-latency';
import { benchSeeds, seedVaults } from './seed-vaults';
import { serveDirectory } from './static-server';
import { markdownTable, textTable } from './table';
import { vaultOpen } from './vault-open';

const statusRuns = 15;
const checkAllRuns: readonly [number, number][] = [
  [10, 15],
  [100, 7],
  [1000, 3],
];

const { values } = parseArgs({
  options: { out: { type: 'string' }, markdown: { type: 'string' }, only: { type: 'string' } },
  strict: true,
});
/** `--only pages` measures the renderer's weight and the page figures alone: a quicker run while working on the window. */
const pagesOnly = values.only === 'pages';
/** `--only proxy` measures the grant proxy's figures alone, without building or seeding anything. */
const proxyOnly = values.only === 'proxy';
/** `--only scan` measures the scan figures alone: no build, no browser. */
const scanOnly = values.only === 'scan';
if (values.only !== undefined && !pagesOnly && !proxyOnly && !scanOnly) throw new Error(`--only accepts "pages", "proxy" or "scan", not "${values.only}".`);
const progress = (text: string): void => void process.stderr.write(`[bench] ${text}\n`);

/** Time to status with 100 accounts, then the list at 1,000, each through a harness over its own seeded vault. */
async function pageFigures(browser: Browser, dirs: Map<number, string>, bareUrl: string): Promise<Figure[]> {
  const context = await newBenchContext(browser);
  const harnessFor = async (accounts: number) => {
    const dataDir = dirs.get(accounts);
    if (dataDir === undefined) throw new Error(`no seeded vault of ${accounts} accounts`);
    const harness = await startHarness({ dataDir });
    await harness.whenIdle();
    return harness;
  };
  const figures: Figure[] = [];
  const small = await harnessFor(100);
  progress('rows visible at 1024×720 and 640×480, 100 accounts');
  figures.push(...(await rowsPerScreen(browser, vaultPage(small.url, 100))));
  progress(`time to status: ${statusRuns} alternating loads of 100 accounts and of the bare page`);
  const loads = await alternateLoads(context, vaultPage(small.url, 100), barePage(bareUrl), statusRuns);
  await small.close();
  figures.push(
    compareRuns(
      {
        name: 'time to status, 100 accounts',
        unit: 'ms',
        target: '≤ 1.3',
        note: 'navigation start → every account in view shows its status, painted (harness + production renderer); floor: bare React page load',
      },
      loads.ours,
      loads.floor,
    ),
  );
  const large = await harnessFor(1000);
  progress('list at scale: 1,000 accounts (render, heap, scroll)');
  figures.push(...(await listAtScale(context, vaultPage(large.url, 1000), barePage(bareUrl), 1000)));
  progress('search: one keystroke over 1,000 accounts, 9 keys');
  figures.push(await searchLatency(context, vaultPage(large.url, 1000), barePage(bareUrl), 1000));
  await large.close();
  await context.close();
  return figures;
}

/** Check all, the exchange, the vault on disk and in memory, and idle wake-ups: everything outside the window. */
async function processFigures(sandbox: Sandbox, dirs: Map<number, string>): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [accounts, runs] of checkAllRuns) {
    progress(`check all: ${accounts} accounts, ${runs} runs`);
    figures.push(await checkAll(sandbox, dirs.get(accounts) ?? '', accounts, runs));
  }
  progress('exchange overhead: 200 sequential exchanges × 25 alternating rounds');
  figures.push(await exchangeOverhead());
  progress('grant proxy: overhead at 0 and 50 ms, 100 concurrent, 50 MiB upload');
  figures.push(...(await grantProxyFigures()));
  progress('hostile answers: 1 MiB each, interpretAnswer against JSON.parse');
  figures.push(hostileAnswer());
  progress('vault open, bytes on disk and process RSS');
  figures.push(...(await vaultOpen(dirs.get(1000) ?? '', 1000)));
  figures.push(await processRss(dirs.get(1000) ?? '', 1000));
  progress('idle wake-ups on a fake clock');
  figures.push(...(await idleWakeups()));
  figures.push(...(await scanFigures()));
  return figures;
}

/** The scan of a generated tree against grep, in its own temp dir, deleted after. */
async function scanFigures(): Promise<Figure[]> {
  progress('scan: generating a 10,000-file, 200 MiB tree, then 3 alternating runs of our scan and grep -rE');
  const work = makeTempDir('akool-vault-bench-scan-');
  try {
    return await scanTree(work.path);
  } finally {
    work.remove();
  }
}

/** Prints the table and the notes, and writes the JSON and Markdown files asked for. */
function report(figures: readonly Figure[], chromium: string, started: number): void {
  const machine = describeMachine(chromium);
  const result = { date: new Date().toISOString(), command: ['npm run bench --', ...process.argv.slice(2)].join(' '), durationS: Math.round((Date.now() - started) / 1000), machine, figures };
  process.stdout.write(`\n${textTable(figures)}\n\n`);
  for (const figure of figures) process.stdout.write(`- ${figure.name}: ${figure.note}\n`);
  process.stdout.write(`\n${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.cpu}; Node ${machine.node}, Chromium ${machine.chromium}; ${result.durationS} s\n`);
  if (values.out !== undefined) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  if (values.markdown !== undefined) writeFileSync(values.markdown, `${markdownTable(figures)}\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  if (proxyOnly) {
    progress('grant proxy: overhead at 0 and 50 ms, 100 concurrent, 50 MiB upload');
    report(await grantProxyFigures(), 'not used', started);
    return;
  }
  const figures: Figure[] = [];
  if (scanOnly) {
    report(await scanFigures(), 'not used', started);
    return;
  }
  progress('building the app (electron-vite) and the bare React page (vite)');
  await buildProductionApp();
  const bareDir = await buildBareReactPage();
  figures.push(rendererWeight(rendererOutDir, bareDir));

  const sandbox = await startSandbox({ latencyMs: sandboxLatencyMs, accounts: benchSeeds(1000) });
  const work = makeTempDir('akool-vault-bench-');
  const bare = await serveDirectory(bareDir);
  const browser = await launchChromium();
  try {
    progress('seeding vaults of 10, 100 and 1,000 accounts through addAccount');
    const dirs = await seedVaults(work.path, sandbox.baseUrl, [10, 100, 1000]);
    figures.push(...(await pageFigures(browser, dirs, bare.url)));
    if (!pagesOnly) figures.push(...(await processFigures(sandbox, dirs)));
    report(figures, browser.version(), started);
  } finally {
    await browser.close();
    await bare.close();
    await sandbox.close();
    work.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

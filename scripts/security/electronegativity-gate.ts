// CI gate: scans the built main, preload and renderer with Electronegativity, offline, and fails on any HIGH or MEDIUM finding not in the reviewed allowlist. Must not import main/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { judgeFindings, readAllowlist, readScanResult, type Finding } from './electronegativity-findings';

const root = resolve(import.meta.dirname, '../..');
const allowlistPath = join(root, 'security', 'electronegativity-allowlist.json');
const builtEntries = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'];
/** Downloads Electron's release list: off, so the gate runs offline and gives the same answer every time. */
const onlineChecks = ['availablesecurityfixesglobalcheck'];
/** A deliberately insecure window scanned beside the build (options only, so the project-wide checks see nothing of it): if these checks stop firing, the scanner is broken. */
const canaryFile = 'scanner-canary/insecure-window.js';
const canaryChecks = ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'INSECURE_CONTENT_JS_CHECK'];
const canarySource = `const { BrowserWindow } = require('electron');
new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false, allowRunningInsecureContent: true } });
`;

const require = createRequire(import.meta.url);
const electronVersion = (): string => {
  const manifest: unknown = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8'));
  const version: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : undefined;
  if (typeof version !== 'string') throw new Error('Cannot read the installed Electron version.');
  return version;
};

/** Copies the build and the canary into a fresh folder, so the scan sees exactly those files. */
function stageInput(): { dir: string; remove(): void } {
  const outDir = join(root, 'out');
  for (const entry of builtEntries) {
    if (!existsSync(join(outDir, entry))) throw new Error(`out/${entry} is missing: run "npm run build" first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'akool-vault-scan-'));
  for (const part of ['main', 'preload', 'renderer']) cpSync(join(outDir, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'scanner-canary'));
  writeFileSync(join(dir, canaryFile), canarySource);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function scan(input: string): Promise<unknown> {
  const run: unknown = require('@doyensec/electronegativity');
  if (typeof run !== 'function') throw new Error('@doyensec/electronegativity does not export its runner.');
  const options = {
    input,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: onlineChecks,
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion(),
    parserPlugins: [],
  };
  const result: unknown = await Reflect.apply(run, undefined, [options, false]);
  return result;
}

const describe = (finding: Finding): string =>
  `${finding.severity.padEnd(13)} ${finding.check.padEnd(34)} ${finding.file}:${finding.line}  ${finding.sample.slice(0, 80)}`;

async function main(): Promise<number> {
  const allowlist = readAllowlist(JSON.parse(readFileSync(allowlistPath, 'utf8')));
  const staged = stageInput();
  let result;
  try {
    result = readScanResult(await scan(staged.dir));
  } finally {
    staged.remove();
  }
  const problems: string[] = [];
  if (result.parseErrors.length > 0) problems.push(`could not parse, so did not check: ${result.parseErrors.join(', ')}`);
  const canaryHits = new Set(result.findings.filter((finding) => finding.file === canaryFile).map((finding) => finding.check));
  const missed = canaryChecks.filter((check) => !canaryHits.has(check));
  if (missed.length > 0) problems.push(`the scanner missed the planted insecure window (${missed.join(', ')}): it is not working`);

  const verdict = judgeFindings(result.findings.filter((finding) => finding.file !== canaryFile), allowlist);
  console.log(`Electronegativity ${electronVersion()} scan of out/ (${builtEntries.join(', ')}):`);
  verdict.blocking.forEach((finding) => console.log(`  BLOCKING ${describe(finding)}`));
  verdict.allowed.forEach(({ finding }) => console.log(`  allowed  ${describe(finding)}`));
  verdict.reported.forEach((finding) => console.log(`  reported ${describe(finding)}`));
  verdict.stale.forEach((entry) => problems.push(`allowlist entry ${entry.check} @ ${entry.file} matches no finding: remove it`));
  if (verdict.blocking.length > 0) problems.push(`${verdict.blocking.length} HIGH/MEDIUM finding(s) not in security/electronegativity-allowlist.json`);
  console.log(
    `${verdict.blocking.length} blocking, ${verdict.allowed.length} allowlisted, ${verdict.reported.length} low/informational; canary checks seen: ${canaryChecks.length - missed.length}/${canaryChecks.length}`,
  );
  problems.forEach((problem) => console.error(`FAIL: ${problem}`));
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`FAIL: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

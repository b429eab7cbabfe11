// Child process for the scan figures (bundled, run by plain node): scans the folder in argv[2] with the app's engine, prints wall milliseconds, peak RSS and counts as JSON. Must not import electron.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scanFolder } from '../../main/core/scan/scan-folder';
import { createGitRunner } from '../../main/node/git-runner';
import { createScanFileSystem } from '../../main/node/scan-file-system';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: scan-probe DIR');
const started = performance.now();
const result = await scanFolder({ fileSystem: createScanFileSystem(), git: createGitRunner(), join }, dir);
const ms = performance.now() - started;
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ ms, peakRssBytes, findings: result.findings.length, files: result.filesScanned })}\n`);

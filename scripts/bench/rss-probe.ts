// Child process for figure 6 (bundled, run by plain node): opens the vault in `argv[2]`, answers getState, prints its RSS in bytes after GC. Must not import electron.
import { callVault, openVaultRuntime } from './vault-runtime';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: rss-probe DATA_DIR');
const runtime = await openVaultRuntime(dataDir);
await callVault(runtime, 'getState', {});
await runtime.dispose();
globalThis.gc?.();
process.stdout.write(`${process.memoryUsage().rss}\n`);

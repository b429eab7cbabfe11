// Canary: after full `run`s in proxy mode (API key and client credentials), no piece of the real key or token is in the child's environment or output, the CLI's output, the logs, or the data directory outside the sealed store.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { seedCanaryAccount } from '../support/canary-account';
import { startCliRig, type CliRig } from '../support/cli-rig';
import { findLeaks } from '../support/leak-scan';

const script = fileURLToPath(new URL('../fixtures/cli/akool-script.mjs', import.meta.url));
let rig: CliRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

/** Every file under `dir` but the sealed vault itself, as text. */
function filesOutsideTheSealedStore(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && !path.endsWith('vault.json'))
    .map((path) => ({ path, text: readFileSync(path, 'latin1') }));
}

describe('the CLI canary', () => {
  it('leaves no piece of the real key or token anywhere but the sealed store', async () => {
    const canary = seedCanaryAccount();
    rig = await startCliRig({ sandbox: canary.sandboxOptions });
    const r = rig;
    await r.addApiKey('Keyed', canary.canarySecret);
    await r.addClient('Legacy', 'canary-client', canary.canarySecret);
    const outputs: string[] = [];
    for (const [account, extra] of [['Keyed', []], ['Legacy', ['--bearer']]] as const) {
      const [result] = await Promise.all([r.cli(['run', '--account', account, '--', process.execPath, script, '--full-env', ...extra]), r.answerNext('once')]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('"code":1000');
      outputs.push(result.stdout, result.stderr);
    }
    const canaries = [canary.canarySecret, ...r.sandbox.issuedTokens('canary-client')];
    expect(canaries.length).toBeGreaterThan(1);
    const places = [
      { path: 'child environment, child output and CLI output', text: outputs.join('\n') },
      { path: 'log', text: r.logLines.join('\n') },
      ...filesOutsideTheSealedStore(r.dataDir),
    ];
    expect(places.map((place) => place.path)).toContain(join(r.dataDir, 'cli-connection.json'));
    for (const place of places) expect({ place: place.path, leaks: findLeaks(place.text, canaries) }).toEqual({ place: place.path, leaks: [] });
  });

  it('would find the key if the child had held it: --env puts it there, and the scan sees it', async () => {
    const canary = seedCanaryAccount();
    rig = await startCliRig({ sandbox: canary.sandboxOptions });
    await rig.addApiKey('Keyed', canary.canarySecret);
    const [result] = await Promise.all([rig.cli(['run', '--account', 'Keyed', '--env', '--', process.execPath, script, '--full-env']), rig.answerNext('once')]);
    expect(findLeaks(result.stdout, [canary.canarySecret])).not.toEqual([]);
  });
});

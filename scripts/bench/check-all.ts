// Figure 4: the app's own checkAll over N accounts against a sandbox answering after 50 ms, against ceil(N / 8) × 50 ms. Must not import electron.
import { checkAllConcurrency } from '../../main/core/accounts/check-all';
import { quotaPath } from '../../test/sandbox/akool-routes';
import type { Sandbox } from '../../test/sandbox/server';
import { compareRuns, median, type Figure } from './figure';
import { forEachLimited } from './limited';
import { callVault, openVaultRuntime } from './vault-runtime';

export const sandboxLatencyMs = 50;

/** The cheapest possible check-all, for reference: the same quota requests with the same tokens, 8 at a time, raw fetch. */
async function rawCheckAll(sandbox: Sandbox, accounts: number): Promise<number> {
  const tokens = sandbox.accounts.slice(0, accounts).map((seed) => sandbox.issuedTokens(seed.clientId).at(-1) ?? '');
  const started = performance.now();
  await forEachLimited(tokens, checkAllConcurrency, async (token) => {
    const response = await fetch(`${sandbox.baseUrl}${quotaPath}`, { headers: { authorization: `Bearer ${token}` } });
    await response.json();
  });
  return performance.now() - started;
}

export async function checkAll(sandbox: Sandbox, dataDir: string, accounts: number, runs: number): Promise<Figure> {
  const runtime = await openVaultRuntime(dataDir);
  // As a window would: every push is serialized, as IPC does.
  const stopListening = runtime.onEvent((_channel, payload) => void JSON.stringify(payload));
  const times: number[] = [];
  const raw: number[] = [];
  try {
    await callVault(runtime, 'checkAll', {});
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const { checked } = await callVault(runtime, 'checkAll', {});
      times.push(performance.now() - started);
      if (checked !== accounts) throw new Error(`checkAll checked ${checked} of ${accounts} accounts`);
      raw.push(await rawCheckAll(sandbox, accounts));
    }
  } finally {
    stopListening();
    await runtime.dispose();
  }
  const ideal = Math.ceil(accounts / checkAllConcurrency) * sandboxLatencyMs;
  return compareRuns(
    {
      name: `check all, ${accounts} accounts`,
      unit: 'ms',
      target: '≤ 1.15',
      note:
        `the app's checkAll channel (concurrency ${checkAllConcurrency}) through dispatch, a listener serializing every push; ` +
        `floor: ideal ceil(N / ${checkAllConcurrency}) × ${sandboxLatencyMs} ms; raw fetch of the same quotas ${checkAllConcurrency} at a time, ` +
        `alternating: ${median(raw).toFixed(0)} ms (${(median(raw) / ideal).toFixed(2)}× ideal)`,
    },
    times,
    [ideal],
  );
}

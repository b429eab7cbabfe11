// Figure 5: 200 sequential token exchanges through the core Akool client against raw fetch to the same sandbox. Must not import electron.
import { createAkoolClient } from '../../main/core/akool/client';
import { startSandbox } from '../../test/sandbox/server';
import { compareRuns, type Figure } from './figure';
import { benchSeeds } from './seed-vaults';

const exchanges = 200;
const rounds = 25;

export async function exchangeOverhead(): Promise<Figure> {
  const [seed] = benchSeeds(1);
  if (seed === undefined) throw new Error('no sandbox seed');
  const sandbox = await startSandbox({ accounts: [seed] });
  const credentials = { clientId: seed.clientId, clientSecret: seed.clientSecret };
  const client = createAkoolClient({ http: (url, init) => fetch(url, init) });
  const tokenUrl = `${sandbox.baseUrl}/api/open/v3/getToken`;

  const viaClient = async (): Promise<void> => {
    const outcome = await client.exchangeToken(sandbox.baseUrl, credentials);
    if (outcome.kind !== 'ok') throw new Error(`exchange failed: ${outcome.kind}`);
  };
  const viaFetch = async (): Promise<void> => {
    const response = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(credentials),
    });
    const body: unknown = await response.json();
    if (!response.ok || typeof body !== 'object' || body === null) throw new Error('raw exchange failed');
  };
  const timeRound = async (exchange: () => Promise<void>): Promise<number> => {
    const started = performance.now();
    for (let index = 0; index < exchanges; index += 1) await exchange();
    return performance.now() - started;
  };

  const ours: number[] = [];
  const floor: number[] = [];
  try {
    await timeRound(viaClient);
    await timeRound(viaFetch);
    for (let round = 0; round < rounds; round += 1) {
      if (round % 2 === 0) {
        ours.push(await timeRound(viaClient));
        floor.push(await timeRound(viaFetch));
      } else {
        floor.push(await timeRound(viaFetch));
        ours.push(await timeRound(viaClient));
      }
    }
  } finally {
    await sandbox.close();
  }
  return compareRuns(
    {
      name: `exchange overhead, ${exchanges} sequential`,
      unit: 'ms',
      target: '≤ 1.1',
      note: 'createAkoolClient().exchangeToken over Node fetch; floor: raw fetch + res.json() to the same sandbox; rounds alternate',
    },
    ours,
    floor,
  );
}

// Kill -9 in the middle of writes, and two processes writing one vault: the file is always one whole document, the old state or the new.
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vaultDocumentSchema } from '../../main/core/vault/vault-document';
import { quotaPath, startHostileServer, tokenPath, type HostileServer } from './hostile-server';
import { bundleChild } from './support/child-bundle';
import { startChild } from './support/child-process';
import { seededRandom } from './support/seeded-random';
import { canarySecret, goodToken } from './support/tokens';
import { leaksOnDisk } from '../support/canary-pieces';
import { createVaultRig, type VaultRig } from './support/vault-rig';

const trials = 100;
const seed = 0x5eed_0004;

describe('crashes and a second writer', () => {
  let server: HostileServer;
  let rig: VaultRig;
  let child: { path: string; remove(): void };
  let accountId: string;
  let secret: string;
  let token: string;

  beforeAll(async () => {
    child = await bundleChild(resolve(import.meta.dirname, 'support/write-loop.ts'));
    server = await startHostileServer();
    token = goodToken();
    server.script(tokenPath, () => ({ kind: 'json', body: { code: 1000, token } }));
    server.script(quotaPath, () => ({ kind: 'json', body: { code: 1000, data: { credit: 9 } } }));
    rig = await createVaultRig();
    secret = canarySecret();
    accountId = await rig.addAccount(server.baseUrl, secret, 'seed');
  });
  afterAll(async () => {
    await server.close();
    rig.remove();
    child.remove();
  });

  /** The file parsed by the production schema: throws on a torn or foreign document. */
  const labelOnDisk = (): string => vaultDocumentSchema.parse(JSON.parse(readFileSync(rig.vaultPath, 'utf8'))).accounts[0]?.label ?? '(none)';
  const writer = (prefix: string, count: number, gate = '') =>
    startChild(child.path, [rig.dataDir, rig.key.toString('hex'), accountId, prefix, String(count), gate]);
  const lastAck = (lines: readonly string[]): number =>
    Math.max(0, ...lines.filter((line) => line.startsWith('ack ')).map((line) => Number(line.slice(4))));

  /**
   * How long the first few writes take on this machine now: a write is the marker, the vault file and the marker's
   * commit, each fsynced (generation-guard.ts), so a fixed window would put most kills before the first write on a slow
   * or loaded disk. The kills land within three such spans after the child is ready.
   */
  async function killWindowMs(): Promise<number> {
    const calibration = writer('calibrate', 3);
    await calibration.waitFor((line) => line === 'ready');
    const started = performance.now();
    await calibration.waitFor((line) => line === 'ack 3');
    const span = performance.now() - started;
    await calibration.closed;
    return Math.max(25, Math.ceil(span));
  }

  it(`after ${trials} kill -9s at random points of a write loop, the vault opens with the old or the new state`, async () => {
    const random = seededRandom(seed);
    const windowMs = await killWindowMs();
    const before = rig.document().secrets;
    let label = labelOnDisk();
    let killedMidLoop = 0;
    for (let trial = 1; trial <= trials; trial += 1) {
      const running = writer(`t${trial}`, 1_000_000);
      await running.waitFor((line) => line === 'ready');
      // Every other trial kills after the first write has landed, so the count of mid-loop kills rests on progress, not
      // on how fast the disk is during the trials; the others may land anywhere from before the first write on.
      if (trial % 2 === 0) await running.waitFor((line) => line === 'ack 1');
      await delay(random.int(0, windowMs));
      running.kill('SIGKILL');
      await running.closed;
      const acked = lastAck(running.lines);
      if (acked > 0) killedMidLoop += 1;
      const allowed = acked === 0 ? [label, `t${trial}-1`] : [`t${trial}-${acked}`, `t${trial}-${acked + 1}`];
      label = labelOnDisk();
      expect(allowed, `trial ${trial} (seed ${seed}) found "${label}"`).toContain(label);
    }
    expect(killedMidLoop, 'kills that landed after the first write').toBeGreaterThan(trials / 4);
    expect(rig.document().secrets).toEqual(before);

    const reopened = await rig.reopen();
    expect(await reopened.call('getState', {})).toMatchObject({ ok: true, data: { notice: null, accounts: [{ label }] } });
    expect(await reopened.openSecrets()).toEqual(await rig.openSecrets());
    const leftovers = readdirSync(rig.dataDir).filter((name) => name !== 'vault.json' && name !== 'vault.key');
    for (const name of leftovers) expect(statSync(join(rig.dataDir, name)).mode & 0o077, `${name} is readable by others`).toBe(0);
    expect(leaksOnDisk(rig.diskText(), [secret, token])).toBe(false);
  }, 90_000);

  it('two processes writing the same vault never interleave: every read is one whole document from one of them', async () => {
    // Both open the vault before either writes: an open in the middle of the other's write would see a file it did
    // not write and lock (generation-guard.ts), which one app, holding its single-instance lock, never meets.
    const gate = join(rig.dataDir, 'writers-go');
    const first = writer('A', 300, gate);
    const second = writer('B', 300, gate);
    await Promise.all([first.waitFor((line) => line === 'ready'), second.waitFor((line) => line === 'ready')]);
    writeFileSync(gate, '');
    let reads = 0;
    let finished = false;
    void Promise.all([first.closed, second.closed]).then(() => (finished = true));
    const previous = labelOnDisk();
    while (!finished) {
      const label = labelOnDisk();
      expect(label === previous || /^[AB]-\d+$/.test(label), `a read found "${label}"`).toBe(true);
      reads += 1;
      await delay(0);
    }
    expect(first.lines.at(-1)).toBe('done');
    expect(second.lines.at(-1)).toBe('done');
    expect(reads).toBeGreaterThan(20);
    unlinkSync(gate);
    expect(['A-300', 'B-300']).toContain(labelOnDisk());
    expect(leaksOnDisk(rig.diskText(), [secret, token])).toBe(false);
  }, 30_000);
});

// Demo seeding: adds the sandbox's falling-credit account by API key through the window's dispatch, then checks it hours apart on the demo clock. Must not import electron.
import { envelopeSchema, ipcChannel, type ChannelInput, type ChannelName, type ChannelOutput } from '../../preload/contract';
import type { SandboxAccountSeed } from '../sandbox/accounts';
import type { Harness } from './server';

const hour = 3_600_000;
/** Three checks after the first, 3 h apart: 4 samples over 9 h, enough for the forecast (≥3 samples over ≥6 h). */
export const demoSeedChecks = 3;
export const demoSeedStepMs = 3 * hour;

async function call<K extends ChannelName>(harness: Harness, name: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
  const envelope = envelopeSchema(name).parse(await harness.dispatch(ipcChannel(name), input));
  if (!envelope.ok) throw new Error(`demo seeding: ${name} failed (${envelope.error.code}): ${envelope.error.message}`);
  return envelope.data;
}

/** Returns the label and the forecast text the window will show; the harness clock ends `checks × step` ahead. */
export async function seedFallingDemo(
  harness: Harness,
  baseUrl: string,
  account: SandboxAccountSeed,
): Promise<{ label: string; checks: number; hoursAhead: number }> {
  const label = 'Falling credit (demo)';
  const added = await call(harness, 'addAccount', { kind: 'api-key', label, apiKey: account.clientSecret, baseUrl });
  await harness.whenIdle();
  for (let done = 0; done < demoSeedChecks; done += 1) {
    harness.advanceClock(demoSeedStepMs);
    await call(harness, 'checkAccount', { id: added.id });
    await harness.whenIdle();
  }
  return { label, checks: demoSeedChecks, hoursAhead: (demoSeedChecks * demoSeedStepMs) / hour };
}

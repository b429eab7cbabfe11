// Figure 7: timer wake-ups per hour of the background monitor, on a fake clock: with nothing due, and at the default interval. Must not import electron.
import { defaultSettings } from '../../preload/contract';
import { createRuntimeFixture } from '../../test/support/runtime-fixture';
import { compareRuns, type Figure } from './figure';
import { benchSeeds } from './seed-vaults';

const hourMs = 60 * 60 * 1000;
const accounts = 10;
const longestIntervalMinutes = 24 * 60;

export async function idleWakeups(): Promise<Figure[]> {
  const seeds = benchSeeds(accounts);
  const fixture = await createRuntimeFixture({ seeds });
  const { runtime, clock } = fixture;
  for (const seed of seeds) await fixture.add(seed.clientId);
  runtime.start();
  await fixture.run(runtime, 0);
  const wakeupsInAnHour = async (): Promise<number> => {
    const before = clock.firedTimers();
    await fixture.run(runtime, hourMs);
    return clock.firedTimers() - before;
  };

  const atDefault = await wakeupsInAnHour();
  await fixture.call(runtime, 'updateSettings', { checkIntervalMinutes: longestIntervalMinutes });
  await fixture.run(runtime, 0);
  const nothingDue = await wakeupsInAnHour();
  await runtime.dispose();

  return [
    compareRuns(
      {
        name: 'idle wake-ups per hour, nothing due',
        unit: '/h',
        target: '0',
        note: `${accounts} accounts checked at start, interval ${longestIntervalMinutes} min so nothing falls due; fake clock, timer callbacks counted`,
      },
      [nothingDue],
      [0],
    ),
    compareRuns(
      {
        name: `wake-ups per hour, ${defaultSettings.checkIntervalMinutes} min interval`,
        unit: '/h',
        target: '—',
        note: `${accounts} accounts on the default interval; floor: one wake-up per interval (all accounts in one sweep)`,
      },
      [atDefault],
      [60 / defaultSettings.checkIntervalMinutes],
    ),
  ];
}

// Measures how often a started vault with only healthy accounts wakes up, on the fake clock: the idle cost of the monitor.
import { createRuntimeFixture } from './runtime-fixture';

export interface IdleWakeUps {
  /** Timer callbacks that ran per hour, after the start-up sweep. */
  wakeUpsPerHour: number;
  /** Requests sent to Akool per hour. */
  requestsPerHour: number;
  /** Timers pending at the end: the monitor keeps at most one. */
  pendingTimers: number;
}

export async function measureIdleWakeUps(options: {
  accounts: number;
  hours: number;
  checkIntervalMinutes?: number;
}): Promise<IdleWakeUps> {
  const seeds = Array.from({ length: options.accounts }, (_, index) => ({
    clientId: `idle-${index}`,
    clientSecret: `idle-secret-${index}`,
    state: 'active' as const,
    credit: 100,
    email: `idle-${index}@sandbox.test`,
    uid: String(300_000 + index),
    tokenTtlSeconds: 400 * 24 * 60 * 60,
  }));
  const fixture = await createRuntimeFixture({ seeds });
  const { runtime, clock, sandbox, call } = fixture;
  try {
    if (options.checkIntervalMinutes !== undefined) {
      await call(runtime, 'updateSettings', { checkIntervalMinutes: options.checkIntervalMinutes });
    }
    for (const seed of seeds) await fixture.add(seed.clientId);
    runtime.start();
    await runtime.whenIdle();
    const fired = clock.firedTimers();
    const requests = sandbox.requests.length;
    await fixture.run(runtime, options.hours * 60 * 60 * 1000);
    return {
      wakeUpsPerHour: (clock.firedTimers() - fired) / options.hours,
      requestsPerHour: (sandbox.requests.length - requests) / options.hours,
      pendingTimers: clock.pendingTimers(),
    };
  } finally {
    await runtime.dispose();
  }
}

// Proves the in-process sandbox Http answers x-api-key like the HTTP sandbox, and Authorization wins when both are sent.
import { describe, expect, it } from 'vitest';
import { buildApiKeyCheck } from '../../../main/core/akool/api-key-check';
import { demoAccounts } from '../../sandbox/accounts';
import { statusDemoAccounts } from '../../sandbox/status-demo-accounts';
import { createFakeClock } from '../../support/fake-clock';
import { createSandboxHttp } from '../../support/sandbox-http';

const clock = createFakeClock();
const seeds = [...demoAccounts, ...statusDemoAccounts];
const secretOf = (clientId: string): string => seeds.find((seed) => seed.clientId === clientId)?.clientSecret ?? '';

async function check(sandbox: ReturnType<typeof createSandboxHttp>, key: string, extra: Record<string, string> = {}) {
  const request = buildApiKeyCheck('http://127.0.0.1:9', key);
  if (!request.ok) throw new Error(request.detail);
  const headers = { ...Object.fromEntries(new Headers(request.init.headers)), ...extra };
  const response = await sandbox.http(request.url, { ...request.init, headers });
  return response.json();
}

describe('createSandboxHttp with an API key', () => {
  it('answers the credit for a key and the demo codes for the status accounts', async () => {
    const sandbox = createSandboxHttp(clock, seeds);
    expect(await check(sandbox, secretOf('demo-active'))).toEqual({ code: 1000, msg: 'OK', data: { credit: 1234 } });
    expect(await check(sandbox, secretOf('demo-overdue'))).toMatchObject({ code: 1103 });
    expect(await check(sandbox, 'unknown-key')).toMatchObject({ code: 1101 });
  });

  it('lets Authorization decide when both headers are sent', async () => {
    const sandbox = createSandboxHttp(clock, seeds);
    expect(await check(sandbox, secretOf('demo-active'), { authorization: 'Bearer garbled' })).toMatchObject({ code: 1101 });
  });
});

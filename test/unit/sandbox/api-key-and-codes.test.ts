// Proves the sandbox's x-api-key method, Authorization winning over the key, every status code and a falling credit, over loopback HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoAccounts, startSandbox, type Sandbox } from '../../sandbox/server';
import { describeSandbox } from '../../sandbox/describe-sandbox';
import { statusDemoAccounts } from '../../sandbox/status-demo-accounts';
import { demoSecret } from '../../sandbox/demo-secret';

const tokenPath = '/api/open/v3/getToken';
const quotaPath = '/api/open/v3/faceswap/quota/info';
const allAccounts = [...demoAccounts, ...statusDemoAccounts];
const jsonObject = z.record(z.string(), z.unknown());

let sandbox: Sandbox;

beforeEach(async () => {
  sandbox = await startSandbox({ accounts: allAccounts });
});
afterEach(async () => {
  await sandbox.close();
});

async function quota(headers: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(`${sandbox.baseUrl}${quotaPath}`, { headers });
  expect(response.status).toBe(200);
  return jsonObject.parse(await response.json());
}

const byKey = (clientId: string) => quota({ 'x-api-key': demoSecret(clientId) });

async function byToken(clientId: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${sandbox.baseUrl}${tokenPath}`, {
    method: 'POST',
    body: JSON.stringify({ clientId, clientSecret: demoSecret(clientId) }),
  });
  const { token } = z.object({ code: z.literal(1000), token: z.string() }).parse(await response.json());
  return quota({ authorization: `Bearer ${token}` });
}

const creditOf = (body: Record<string, unknown>): number =>
  z.object({ code: z.literal(1000), data: z.object({ credit: z.number() }) }).parse(body).data.credit;

describe('sandbox quota by x-api-key', () => {
  it('answers the credit when the key is the account clientSecret', async () => {
    expect(await byKey('demo-active')).toEqual({ code: 1000, msg: 'OK', data: { credit: 1234 } });
  });

  it('refuses an unknown key with 1101 and an empty one with 1102', async () => {
    expect(await quota({ 'x-api-key': 'not-a-demo-secret' })).toEqual({ code: 1101, msg: 'invalid api key' });
    expect(await quota({ 'x-api-key': '' })).toEqual({ code: 1102, msg: 'x-api-key cannot be empty' });
  });

  it('refuses a clientId in place of the key', async () => {
    expect(await quota({ 'x-api-key': 'demo-active' })).toEqual({ code: 1101, msg: 'invalid api key' });
  });

  it('answers 1101 for an invalid-secret account and 1200 for a banned one', async () => {
    expect(await byKey('demo-invalid')).toEqual({ code: 1101, msg: 'invalid api key' });
    expect(await byKey('demo-banned')).toEqual({ code: 1200, msg: 'Account banned' });
  });

  it('follows state changes made while running', async () => {
    sandbox.setState('demo-active', 'banned');
    expect(await byKey('demo-active')).toMatchObject({ code: 1200 });
    sandbox.setState('demo-active', 'invalid-secret');
    expect(await byKey('demo-active')).toMatchObject({ code: 1101 });
  });

  it('uses Authorization and ignores the key when both are sent, as Akool does', async () => {
    const response = await fetch(`${sandbox.baseUrl}${tokenPath}`, {
      method: 'POST',
      body: JSON.stringify({ clientId: 'demo-active', clientSecret: demoSecret('demo-active') }),
    });
    const { token } = z.object({ token: z.string() }).parse(await response.json());
    expect(await quota({ authorization: `Bearer ${token}`, 'x-api-key': demoSecret('demo-banned') })).toEqual({
      code: 1000,
      msg: 'OK',
      data: { credit: 1234 },
    });
    expect(await quota({ authorization: 'Bearer garbled', 'x-api-key': demoSecret('demo-active') })).toEqual({
      code: 1101,
      msg: 'token expired or invalid',
    });
  });

  it('records that a key was sent, never the key', async () => {
    await byKey('demo-active');
    expect(sandbox.requests).toEqual([{ method: 'GET', path: quotaPath, hasAuthorization: false, hasApiKey: true }]);
    expect(JSON.stringify(sandbox.requests)).not.toContain(demoSecret('demo-active'));
  });
});

describe('sandbox demo accounts for each code', () => {
  it.each([
    ['demo-overdue', 1103, 'Not paid or payment is overdue'],
    ['demo-no-credit', 1104, 'Insufficient credit balance'],
    ['demo-no-quota', 1006, 'Insufficient quota balance'],
    ['demo-subscription', 1213, 'subscription required'],
    ['demo-subscription-api', 1221, 'subscription required'],
    ['demo-no-account', 1109, 'account not exist'],
  ])('%s answers %i by key and by token', async (clientId, code, msg) => {
    expect(await byKey(clientId)).toEqual({ code, msg });
    expect(await byToken(clientId)).toEqual({ code, msg });
  });

  it('demo-busy answers 1005 on every second check and its credit otherwise', async () => {
    const codes: unknown[] = [];
    for (let check = 0; check < 4; check += 1) codes.push((await byKey('demo-busy')).code);
    expect(codes).toEqual([1000, 1005, 1000, 1005]);
    expect(await byToken('demo-busy')).toEqual({ code: 1000, msg: 'OK', data: { credit: 640 } });
    expect(await byToken('demo-busy')).toEqual({ code: 1005, msg: 'Frequent operation' });
  });

  it('demo-falling loses 37 credit with each check, by key or token, never below 0', async () => {
    expect(creditOf(await byKey('demo-falling'))).toBe(1000);
    expect(creditOf(await byToken('demo-falling'))).toBe(963);
    expect(creditOf(await byKey('demo-falling'))).toBe(926);
    sandbox.setCredit('demo-falling', 50);
    const credits: number[] = [];
    for (let check = 0; check < 4; check += 1) credits.push(creditOf(await byKey('demo-falling')));
    expect(credits).toEqual([50, 13, 0, 0]);
  });

  it('still exchanges credentials for every status account', async () => {
    for (const { clientId } of statusDemoAccounts) {
      const response = await fetch(`${sandbox.baseUrl}${tokenPath}`, {
        method: 'POST',
        body: JSON.stringify({ clientId, clientSecret: demoSecret(clientId) }),
      });
      expect(jsonObject.parse(await response.json()).code).toBe(1000);
    }
  });

  it('keeps clientIds and secrets unique across both demo sets', () => {
    expect(new Set(allAccounts.map((account) => account.clientId)).size).toBe(allAccounts.length);
    expect(new Set(allAccounts.map((account) => account.clientSecret)).size).toBe(allAccounts.length);
  });

  it('describes what each status account answers in the banner', () => {
    const text = describeSandbox(sandbox.baseUrl, allAccounts);
    expect(text).toContain('API key (x-api-key) = clientSecret');
    expect(text).toMatch(/demo-overdue .*quota answers 1103/);
    expect(text).toMatch(/demo-busy .*1005 once every 2 checks/);
    expect(text).toMatch(/demo-falling .*credit -37 per check/);
    expect(text).toMatch(/demo-active .*active\s+1234/);
  });
});

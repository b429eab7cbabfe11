// Proves the Akool sandbox answers every state and code over real loopback HTTP. Must not import main/.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { demoAccounts, startSandbox, type Sandbox } from '../../sandbox/server';

const tokenPath = '/api/open/v3/getToken';
const quotaPath = '/api/open/v3/faceswap/quota/info';

let sandbox: Sandbox;

const jsonObject = z.record(z.string(), z.unknown());
const jsonOf = async (response: Response): Promise<Record<string, unknown>> => jsonObject.parse(await response.json());

async function exchangeAt(baseUrl: string, clientId: string, clientSecret: string): Promise<string> {
  const response = await fetch(`${baseUrl}${tokenPath}`, { method: 'POST', body: JSON.stringify({ clientId, clientSecret }) });
  return z.object({ code: z.literal(1000), token: z.string() }).parse(await response.json()).token;
}

beforeEach(async () => {
  sandbox = await startSandbox();
});

afterEach(async () => {
  await sandbox.close();
});

async function postToken(body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${sandbox.baseUrl}${tokenPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return jsonOf(response);
}

async function exchange(clientId: string): Promise<string> {
  const secret = demoAccounts.find((account) => account.clientId === clientId)?.clientSecret ?? '';
  return exchangeAt(sandbox.baseUrl, clientId, secret);
}

async function quota(authorization?: string): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  const response = await fetch(`${sandbox.baseUrl}${quotaPath}`, { headers });
  expect(response.status).toBe(200);
  return jsonOf(response);
}

function claimsOf(token: string): Record<string, unknown> {
  return jsonObject.parse(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')));
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

describe('sandbox getToken', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(sandbox.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('issues a JWT whose claims carry the account identity, iat now and exp iat + ttl', async () => {
    const token = await exchange('demo-active');
    const claims = claimsOf(token);
    expect(claims).toMatchObject({ email: 'active@sandbox.test', uid: '100001', sub: '100001' });
    expect(typeof claims.iat).toBe('number');
    expect(Math.abs(Number(claims.iat) - nowSeconds())).toBeLessThanOrEqual(2);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(400 * 86400);
  });

  it('gives the expiring demo account a token that ends in three days', async () => {
    const claims = claimsOf(await exchange('demo-expiring'));
    expect(Number(claims.exp) - nowSeconds()).toBeGreaterThan(3 * 86400 - 5);
    expect(Number(claims.exp) - nowSeconds()).toBeLessThanOrEqual(3 * 86400);
  });

  it('issues a different token on every exchange and counts them', async () => {
    const first = await exchange('demo-active');
    const second = await exchange('demo-active');
    expect(first).not.toBe(second);
    expect(sandbox.exchangeCount('demo-active')).toBe(2);
    expect(sandbox.exchangeCount('demo-expiring')).toBe(0);
    expect(sandbox.issuedTokens('demo-active')).toEqual([first, second]);
    expect(sandbox.issuedTokens('demo-expiring')).toEqual([]);
  });

  it('answers 1101 for a wrong secret, an unknown clientId and an invalid-secret account', async () => {
    const expected = { code: 1101, msg: 'Invalid client credentials' };
    expect(await postToken({ clientId: 'demo-active', clientSecret: 'wrong' })).toEqual(expected);
    expect(await postToken({ clientId: 'nobody', clientSecret: 'demo-secret-active' })).toEqual(expected);
    expect(await postToken({ clientId: 'demo-invalid', clientSecret: 'demo-secret-invalid' })).toEqual(expected);
    expect(sandbox.exchangeCount('demo-active')).toBe(0);
  });

  it('answers 1102 when a field is missing or the body is not JSON', async () => {
    expect((await postToken({ clientId: 'demo-active' })).code).toBe(1102);
    expect((await postToken({ clientSecret: 'demo-secret-active' })).code).toBe(1102);
    expect((await postToken({ clientId: '', clientSecret: '' })).code).toBe(1102);
    const response = await fetch(`${sandbox.baseUrl}${tokenPath}`, { method: 'POST', body: 'not json' });
    expect((await jsonOf(response)).code).toBe(1102);
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const response = await fetch(`${sandbox.baseUrl}${tokenPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'demo-active', clientSecret: 'x'.repeat(65 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(sandbox.exchangeCount('demo-active')).toBe(0);
  });

  it('stops issuing tokens once the account is set to invalid-secret', async () => {
    sandbox.setState('demo-active', 'invalid-secret');
    expect((await postToken({ clientId: 'demo-active', clientSecret: 'demo-secret-active' })).code).toBe(1101);
  });
});

describe('sandbox quota/info', () => {
  it('answers the credit for a valid token', async () => {
    const token = await exchange('demo-active');
    expect(await quota(`Bearer ${token}`)).toEqual({ code: 1000, msg: 'OK', data: { credit: 1234 } });
  });

  it('follows setCredit', async () => {
    const token = await exchange('demo-active');
    sandbox.setCredit('demo-active', 7);
    expect(await quota(`Bearer ${token}`)).toEqual({ code: 1000, msg: 'OK', data: { credit: 7 } });
    expect(sandbox.accounts.find((account) => account.clientId === 'demo-active')?.credit).toBe(7);
  });

  it('answers 1102 without an Authorization header or with an empty one', async () => {
    expect(await quota()).toEqual({ code: 1102, msg: 'authorization cannot be empty' });
    expect((await quota('Bearer ')).code).toBe(1102);
  });

  it('answers 1101 for garbled, unknown and foreign tokens', async () => {
    const expected = { code: 1101, msg: 'token expired or invalid' };
    expect(await quota('Bearer garbled')).toEqual(expected);
    expect(await quota('Basic abc')).toEqual(expected);
    const other = await startSandbox();
    try {
      const foreign = await exchangeAt(other.baseUrl, 'demo-active', 'demo-secret-active');
      expect(await quota(`Bearer ${foreign}`)).toEqual(expected);
    } finally {
      await other.close();
    }
  });

  it('answers 1101 for a token that was tampered with', async () => {
    const token = await exchange('demo-active');
    const [header, payload, signature] = token.split('.');
    const flipped = `${header}.${payload}.${signature?.startsWith('A') ? 'B' : 'A'}${signature?.slice(1)}`;
    expect((await quota(`Bearer ${flipped}`)).code).toBe(1101);
  });

  it('answers 1200 for a banned account even though getToken succeeded', async () => {
    const token = await exchange('demo-banned');
    expect(await quota(`Bearer ${token}`)).toEqual({ code: 1200, msg: 'Account banned' });
  });

  it('answers 1200 after setState banned and 1000 again once active', async () => {
    const token = await exchange('demo-active');
    sandbox.setState('demo-active', 'banned');
    expect((await quota(`Bearer ${token}`)).code).toBe(1200);
    sandbox.setState('demo-active', 'active');
    expect((await quota(`Bearer ${token}`)).code).toBe(1000);
  });

  it('revokes every earlier token of that account on expireTokens, but not later ones or other accounts', async () => {
    const before = await exchange('demo-active');
    const otherAccount = await exchange('demo-expiring');
    sandbox.expireTokens('demo-active');
    expect((await quota(`Bearer ${before}`)).code).toBe(1101);
    expect((await quota(`Bearer ${otherAccount}`)).code).toBe(1000);
    const after = await exchange('demo-active');
    expect((await quota(`Bearer ${after}`)).code).toBe(1000);
  });

  it('hands demo-expired an already-expired token on the first exchange only', async () => {
    const first = await exchange('demo-expired');
    const firstExp = Number(claimsOf(first).exp);
    expect(nowSeconds() - firstExp).toBeGreaterThanOrEqual(3600);
    expect(nowSeconds() - firstExp).toBeLessThanOrEqual(3602);
    expect(Number(claimsOf(first).iat)).toBeLessThan(firstExp);
    expect((await quota(`Bearer ${first}`)).code).toBe(1101);
    const second = await exchange('demo-expired');
    expect(Number(claimsOf(second).exp)).toBeGreaterThan(nowSeconds());
    expect((await quota(`Bearer ${second}`)).code).toBe(1000);
  });

  it('answers 1101 when a token exp has passed', async () => {
    const shortLived = await startSandbox({
      accounts: [
        { clientId: 'c', clientSecret: 's', state: 'active', credit: 1, email: 'c@sandbox.test', uid: '1', tokenTtlSeconds: 1 },
      ],
    });
    try {
      const auth = { authorization: `Bearer ${await exchangeAt(shortLived.baseUrl, 'c', 's')}` };
      expect((await jsonOf(await fetch(`${shortLived.baseUrl}${quotaPath}`, { headers: auth }))).code).toBe(1000);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 2000);
      expect((await jsonOf(await fetch(`${shortLived.baseUrl}${quotaPath}`, { headers: auth }))).code).toBe(1101);
    } finally {
      vi.useRealTimers();
      await shortLived.close();
    }
  });
});

describe('sandbox plumbing', () => {
  it('answers 404 JSON for other paths and methods', async () => {
    const attempts: Array<[string, string]> = [
      ['GET', '/'],
      ['GET', tokenPath],
      ['POST', quotaPath],
      ['GET', '/api/open/v3/other'],
    ];
    for (const [method, path] of attempts) {
      const response = await fetch(`${sandbox.baseUrl}${path}`, { method });
      expect(response.status).toBe(404);
      expect(await jsonOf(response)).toEqual({ code: 404, msg: 'not found' });
    }
  });

  it('records method, path and the presence of Authorization, never its value', async () => {
    const token = await exchange('demo-active');
    await quota(`Bearer ${token}`);
    await quota();
    expect(sandbox.requests).toEqual([
      { method: 'POST', path: tokenPath, hasAuthorization: false, hasApiKey: false },
      { method: 'GET', path: quotaPath, hasAuthorization: true, hasApiKey: false },
      { method: 'GET', path: quotaPath, hasAuthorization: false, hasApiKey: false },
    ]);
    expect(JSON.stringify(sandbox.requests)).not.toContain(token);
  });

  it('delays each answer by latencyMs', async () => {
    const slow = await startSandbox({ latencyMs: 300 });
    try {
      const started = performance.now();
      const response = await fetch(`${slow.baseUrl}/nowhere`);
      expect(response.status).toBe(404);
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      await slow.close();
    }
  });

  it('throws on control calls for an unknown clientId', () => {
    expect(() => sandbox.setState('nobody', 'banned')).toThrow(/Unknown sandbox clientId/);
    expect(() => sandbox.expireTokens('nobody')).toThrow(/Unknown sandbox clientId/);
    expect(() => sandbox.setCredit('nobody', 1)).toThrow(/Unknown sandbox clientId/);
  });

  it('offers the six demo accounts by default', () => {
    expect(sandbox.accounts.map((account) => [account.clientId, account.state])).toEqual([
      ['demo-active', 'active'],
      ['demo-expiring', 'active'],
      ['demo-renewable', 'active'],
      ['demo-banned', 'banned'],
      ['demo-expired', 'active'],
      ['demo-invalid', 'invalid-secret'],
    ]);
  });

  it('issues an old first token close to its exp for demo-renewable, then fresh ones', async () => {
    const first = claimsOf(await exchange('demo-renewable'));
    const second = claimsOf(await exchange('demo-renewable'));
    const day = 86_400;
    const nowSeconds = Date.now() / 1000;
    expect(Number(first.exp) - Number(first.iat)).toBe(400 * day);
    expect(Number(first.exp) - nowSeconds).toBeLessThan(3 * day + 60);
    expect(Number(second.exp) - nowSeconds).toBeGreaterThan(399 * day);
  });
});

// Hostile Akool answers against the real composed runtime: each case states the outcome, and stored secrets and tokens change only on success.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotaPath, startHostileServer, tokenPath, type Behaviour, type HostileServer, type Script } from './hostile-server';
import { canarySecret, goodToken, makeToken } from './support/tokens';
import { leaksOnDisk, leaksPiece } from '../support/canary-pieces';
import { createVaultRig, type VaultRig } from './support/vault-rig';

const json = (body: unknown, status = 200): Behaviour => ({ kind: 'json', status, body });
const text = (body: string, status = 200, contentType = 'application/json'): Behaviour => ({ kind: 'text', status, body, contentType });
const goodQuota: Behaviour = json({ code: 1000, msg: 'OK', data: { credit: 321 } });
const hostileHtml = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script><b id="injected">bold</b>';
const nowSeconds = (): number => Math.floor(Date.now() / 1000);
/** The clientSecret the vault sent in a getToken request. */
const sentSecret = (body: string): string => {
  const value: unknown = JSON.parse(body);
  const secret: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'clientSecret') : undefined;
  return typeof secret === 'string' ? secret : '';
};

describe('hostile Akool answers', () => {
  let server: HostileServer;
  /** A second origin that records whatever reaches it: a redirect target. */
  let elsewhere: HostileServer;
  let rig: VaultRig;
  let existingId: string;
  let existingSecret: string;
  const issued: string[] = [];
  const issue = (token: string): string => {
    issued.push(token);
    return token;
  };
  const exchangeAnswers = (script: Script): void => server.script(tokenPath, script);
  const quotaAnswers = (script: Script): void => server.script(quotaPath, script);

  beforeEach(async () => {
    server = await startHostileServer();
    elsewhere = await startHostileServer();
    elsewhere.script(tokenPath, () => json({ code: 1000, token: goodToken() }));
    elsewhere.script(quotaPath, () => goodQuota);
    rig = await createVaultRig();
    exchangeAnswers(() => json({ code: 1000, token: issue(goodToken()) }));
    quotaAnswers(() => goodQuota);
    existingSecret = canarySecret();
    existingId = await rig.addAccount(server.baseUrl, existingSecret, 'Existing');
  });

  afterEach(async () => {
    const everywhere = [rig.logLines.join('\n'), rig.notificationText(), elsewhere.receivedText()].join('\n');
    expect(leaksPiece(everywhere, [existingSecret, ...issued]), 'a secret or token leaked to logs, notifications or another origin').toBe(false);
    expect(leaksOnDisk(rig.diskText(), [existingSecret, ...issued]), 'plaintext on disk').toBe(false);
    issued.length = 0;
    await Promise.all([server.close(), elsewhere.close()]);
    rig.remove();
  });

  afterAll(() => {
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
    expect(Reflect.get(Object.prototype, 'code')).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).filter((name) => ['polluted', 'code', 'token', 'data'].includes(name))).toEqual([]);
  });

  type RefusedCase = [name: string, script: Script, code: string, detail: RegExp];
  const refusedExchanges: RefusedCase[] = [
    ['an HTML 502 page', () => text('<html><body><h1>502 Bad Gateway</h1></body></html>', 502, 'text/html'), 'unreachable', /HTTP 502/],
    ['200 with a body that is not JSON', () => text('token=eyJhbGciOi; ok', 200, 'text/plain'), 'bad-response', /not JSON/],
    ['200 with an empty body', () => text(''), 'bad-response', /empty/],
    ['a body over 1 MiB, streamed slowly', () => ({ kind: 'drip', chunkBytes: 64 * 1024, chunks: 24, delayMs: 5 }), 'bad-response', /larger than 1 MiB/],
    ['a 2 MiB Content-Length', () => text(`{"code":1000,"token":"${'a'.repeat(2 * 1024 * 1024)}"}`), 'bad-response', /larger than 1 MiB/],
    ['code 1000 without a token', () => json({ code: 1000, msg: 'OK' }), 'bad-response', /no token/],
    ['code 1000 with token null', () => json({ code: 1000, token: null }), 'bad-response', /no token/],
    ['code 1000 with an empty token', () => json({ code: 1000, token: '' }), 'bad-response', /empty/],
    ['code 1000 with a numeric token', () => json({ code: 1000, token: 123456 }), 'bad-response', /not text/],
    ['code 1000 with an object token', () => json({ code: 1000, token: { jwt: 'x' } }), 'bad-response', /not text/],
    ['code 1000 with a token containing CR/LF', () => json({ code: 1000, token: `${goodToken()}\r\nSet-Cookie: a=b` }), 'bad-response', /whitespace or control/],
    ['code 1000 with a 200 KB token', () => json({ code: 1000, token: `eyJ${'A'.repeat(200 * 1024)}` }), 'bad-response', /longer than 4 KiB/],
    ['code "1101" as a string', () => json({ code: '1101', msg: 'invalid' }), 'invalid-credentials', /1101/],
    ['an unknown code 1999', () => json({ code: 1999, msg: 'maintenance' }), 'rejected', /code 1999/],
    ['a negative code', () => json({ code: -1, token: goodToken() }), 'rejected', /code -1/],
    ['a fractional code 1000.5', () => json({ code: 1000.5, token: goodToken() }), 'bad-response', /unreadable code/],
    ['a code beyond safe integers', () => text(`{"code":1000000000000000000001,"token":"${goodToken()}"}`), 'bad-response', /unreadable code/],
    ['code "1e3" (1000 in exponent form)', () => json({ code: '1e3', token: goodToken() }), 'bad-response', /unreadable code/],
    ['code true', () => json({ code: true, token: goodToken() }), 'bad-response', /unreadable code/],
    ['a JSON array body', () => json([{ code: 1000, token: goodToken() }]), 'bad-response', /not a JSON object/],
    [
      'code and token only under __proto__',
      () => text(`{"__proto__":{"code":1000,"token":"${goodToken()}","polluted":"yes"}}`),
      'bad-response',
      /no code/,
    ],
    [
      'constructor.prototype carrying code and token',
      () => text(`{"constructor":{"prototype":{"code":1000,"token":"${goodToken()}","polluted":"yes"}}}`),
      'bad-response',
      /no code/,
    ],
    ['data.token only under data.__proto__', () => text(`{"code":1000,"data":{"__proto__":{"token":"${goodToken()}"}}}`), 'bad-response', /no token/],
    ['429 with Retry-After', () => ({ kind: 'json', status: 429, body: { msg: 'slow down' }, headers: { 'retry-after': '120' } }), 'unreachable', /HTTP 429/],
    ['a connection reset', () => ({ kind: 'reset' }), 'unreachable', /network error/],
    ['a message carrying HTML and script', () => json({ code: 1101, msg: hostileHtml }), 'invalid-credentials', /Akool said: <img src=x/],
    ['a message echoing the secret back', (request) => json({ code: 1101, msg: `bad secret ${sentSecret(request.body)}` }), 'invalid-credentials', /^Akool rejected the clientId\/clientSecret as invalid or expired \(code 1101\)\.$/],
    ['1005 as a string, echoing the secret', (request) => json({ code: '1005', msg: `slow ${sentSecret(request.body)}` }), 'throttled', /\(code 1005\)\.$/],
    ['1109', () => json({ code: 1109, msg: 'account not exist' }), 'invalid-credentials', /no account for the clientId\/clientSecret \(code 1109\)/],
  ];

  const refusedRows = refusedExchanges.map(([name, script, code, detail]) => ({ name, script, code, detail }));
  it.each(refusedRows)('adding against $name fails with $code and changes nothing', async ({ script, code, detail }) => {
    exchangeAnswers(script);
    const before = rig.vaultBytes();
    const secret = canarySecret();
    const reply = await rig.call('addAccount', { label: 'New', clientId: 'hostile-client', clientSecret: secret, baseUrl: server.baseUrl });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe(code);
    expect(reply.error.message).toMatch(detail);
    expect(reply.error.message).not.toMatch(/[\r\n]/);
    expect(leaksPiece(reply.error.message, [secret])).toBe(false);
    expect(rig.vaultBytes()?.equals(before ?? Buffer.alloc(0))).toBe(true);
    expect((await rig.call('getState', {})).ok && rig.document().accounts.map((record) => record.label)).toEqual(['Existing']);
    expect(leaksPiece(rig.logLines.join('\n'), [secret])).toBe(false);
  });

  // The one add rule (issue 17): what Akool recognised is stored with its status; only our code is written, never its text.
  it.each([
    { name: '1103 carrying HTML', script: () => json({ code: 1103, msg: hostileHtml }), status: 'payment-overdue' },
    { name: '1104', script: () => json({ code: 1104 }), status: 'out-of-credit' },
    { name: '1221 as a string', script: () => json({ code: '1221' }), status: 'subscription-needed' },
  ])('adding against $name stores the account as $status, with our code and no server text on disk', async ({ script, status }) => {
    exchangeAnswers(script);
    const secret = canarySecret();
    const reply = await rig.call('addAccount', { label: 'Recognised', clientId: 'hostile-client', clientSecret: secret, baseUrl: server.baseUrl });
    expect(reply).toMatchObject({ ok: true, data: { label: 'Recognised', status } });
    const stored = rig.document().accounts.find((record) => record.label === 'Recognised');
    expect(stored?.status.result).toBe(status);
    expect(stored?.status.problem).toMatch(/^akool:\d+$/);
    expect(rig.diskText()).not.toMatch(/<img|onerror/);
    expect(leaksPiece(JSON.stringify(reply) + rig.logLines.join('\n'), [secret])).toBe(false);
    expect(leaksOnDisk(rig.diskText(), [secret])).toBe(false);
  });

  it.each([307, 308, 302] as const)('a %s redirect of the token exchange to another origin is refused; the secret never reaches it', async (status) => {
    exchangeAnswers(() => ({ kind: 'redirect', status, location: `${elsewhere.baseUrl}${tokenPath}` }));
    const secret = canarySecret();
    const reply = await rig.call('addAccount', { label: 'New', clientId: 'hostile-client', clientSecret: secret, baseUrl: server.baseUrl });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-response', message: expect.stringMatching(/redirect/) } });
    expect(elsewhere.requests).toHaveLength(0);
    expect(leaksPiece(elsewhere.receivedText(), [secret])).toBe(false);
  });

  type AcceptedCase = [name: string, token: () => string, wrap: (token: string) => Behaviour, expect: { status: string; expiresAt: 'past' | 'future' | null }];
  const acceptedExchanges: AcceptedCase[] = [
    ['data.token instead of token', goodToken, (token) => json({ code: 1000, data: { token } }), { status: 'active', expiresAt: 'future' }],
    ['code "1000" as a string', goodToken, (token) => json({ code: '1000', token }), { status: 'active', expiresAt: 'future' }],
    ['a token whose exp is past', () => makeToken({ exp: nowSeconds() - 3600, iat: nowSeconds() - 7200 }), (token) => json({ code: 1000, token }), { status: 'expired', expiresAt: 'past' }],
    ['a token without exp', () => makeToken({ uid: 7 }), (token) => json({ code: 1000, token }), { status: 'active', expiresAt: null }],
    ['an opaque token that is no JWT', () => `opaque-${randomBytes(16).toString('hex')}`, (token) => json({ code: 1000, token }), { status: 'active', expiresAt: null }],
  ];

  const acceptedRows = acceptedExchanges.map(([name, makeServed, wrap, expected]) => ({ name, makeServed, wrap, expected }));
  it.each(acceptedRows)('adding against $name succeeds and stores exactly the token served', async ({ makeServed, wrap, expected }) => {
    const served = issue(makeServed());
    exchangeAnswers(() => wrap(served));
    const secret = canarySecret();
    const reply = await rig.call('addAccount', { label: 'New', clientId: 'hostile-client', clientSecret: secret, baseUrl: server.baseUrl });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.status).toBe(expected.status);
    const expiresAt = reply.data.expiresAt === null ? null : Date.parse(reply.data.expiresAt) < Date.now() ? 'past' : 'future';
    expect(expiresAt).toBe(expected.expiresAt);
    const secrets = await rig.openSecrets();
    expect(secrets[`akool-vault/token/${reply.data.id}`] === served).toBe(true);
    expect(secrets[`akool-vault/client-secret/${reply.data.id}`] === secret).toBe(true);
    expect(leaksOnDisk(rig.diskText(), [secret, served])).toBe(false);
  });

  type CheckCase = [name: string, script: Script, status: string, detail: RegExp | null];
  const failedChecks: CheckCase[] = [
    ['an HTML 502 page', () => text('<html>502</html>', 502, 'text/html'), 'unreachable', /HTTP 502/],
    ['429 with Retry-After', () => ({ kind: 'json', status: 429, body: {}, headers: { 'retry-after': '30' } }), 'unreachable', /HTTP 429/],
    ['a body that is not JSON', () => text('<html>ok</html>', 200, 'text/html'), 'error', /not JSON/],
    ['a body over 1 MiB, streamed slowly', () => ({ kind: 'drip', chunkBytes: 64 * 1024, chunks: 24, delayMs: 5 }), 'error', /larger than 1 MiB/],
    ['a JSON array', () => json([{ code: 1000, data: { credit: 1 } }]), 'error', /not a JSON object/],
    ['credit only under __proto__', () => text('{"code":1000,"data":{"__proto__":{"credit":99}}}'), 'error', /no usable credit/],
    ['a connection reset', () => ({ kind: 'reset' }), 'unreachable', /network error/],
    ['an unknown code', () => json({ code: 4242, msg: 'odd' }), 'error', /code 4242/],
    ['1200 (banned)', () => json({ code: 1200, msg: 'Account banned' }), 'banned', /1200/],
    ['1200 with a message carrying HTML and script', () => json({ code: 1200, msg: hostileHtml }), 'banned', /<script>globalThis\.pwned=2<\/script>/],
    ['a 307 redirect to another origin', () => ({ kind: 'redirect', status: 307, location: `http://127.0.0.1:1${quotaPath}` }), 'error', /redirect/],
    ['1103 with a message carrying HTML', () => json({ code: 1103, msg: hostileHtml }), 'payment-overdue', /\(code 1103\)\. Akool said: <img src=x/],
    ['"1006" as a string', () => json({ code: '1006', msg: 'Insufficient quota balance' }), 'out-of-credit', /code 1006/],
    ['1213', () => json({ code: 1213 }), 'subscription-needed', /code 1213/],
  ];

  const checkRows = failedChecks.map(([name, script, status, detail]) => ({ name, script, status, detail }));
  it.each(checkRows)('a check answered with $name shows $status and keeps secrets, token and credit', async ({ script, status, detail }) => {
    const before = rig.document();
    quotaAnswers(script);
    const reply = await rig.call('checkAccount', { id: existingId });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.status).toBe(status);
    if (detail !== null) expect(reply.data.problem ?? '').toMatch(detail);
    expect(reply.data.credit).toBe(321);
    const after = rig.document();
    expect(after.secrets).toEqual(before.secrets);
    expect(after.accounts[0]?.token).toEqual(before.accounts[0]?.token);
  });

  it('a check answered with 1005 says so as a throttled error and changes neither the stored status nor its problem text', async () => {
    const before = rig.document();
    quotaAnswers(() => json({ code: 1005, msg: 'Frequent operation' }));
    const reply = await rig.call('checkAccount', { id: existingId });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'throttled',
        message: 'Akool asked to slow down: too many requests (code 1005). Akool said: Frequent operation',
      },
    });
    expect(rig.document().accounts[0]?.status).toEqual(before.accounts[0]?.status);
    expect(rig.document().secrets).toEqual(before.secrets);
  });

  it('a 307 redirect of the quota call to another origin never hands it the token', async () => {
    quotaAnswers(() => ({ kind: 'redirect', status: 307, location: `${elsewhere.baseUrl}${quotaPath}` }));
    const reply = await rig.call('checkAccount', { id: existingId });
    expect(reply).toMatchObject({ ok: true, data: { status: 'error' } });
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('1101 on a check after a good exchange renews once with the stored secret and stores only the new token', async () => {
    const before = rig.document();
    const fresh = issue(goodToken());
    quotaAnswers((_request, count) => (count === 1 ? json({ code: 1101, msg: 'token expired' }) : goodQuota));
    exchangeAnswers((request) => json(sentSecret(request.body) === existingSecret ? { code: 1000, token: fresh } : { code: 1101 }));
    const exchanges = server.requests.filter((request) => request.path === tokenPath).length;
    const reply = await rig.call('checkAccount', { id: existingId });
    expect(reply).toMatchObject({ ok: true, data: { status: 'active' } });
    expect(server.requests.filter((request) => request.path === tokenPath)).toHaveLength(exchanges + 1);
    const secrets = await rig.openSecrets();
    expect(secrets[`akool-vault/token/${existingId}`] === fresh).toBe(true);
    expect(secrets[`akool-vault/client-secret/${existingId}`] === existingSecret).toBe(true);
    expect(rig.document().secrets['akool-vault/client-secret']).toEqual(before.secrets['akool-vault/client-secret']);
  });

  it('1101 on a check whose renewal is refused too shows invalid and keeps the old secrets', async () => {
    const before = rig.document();
    quotaAnswers(() => json({ code: 1101, msg: 'token expired' }));
    exchangeAnswers(() => json({ code: 1101, msg: 'Invalid client credentials' }));
    const reply = await rig.call('checkAccount', { id: existingId });
    expect(reply).toMatchObject({ ok: true, data: { status: 'invalid' } });
    expect(rig.document().secrets).toEqual(before.secrets);
  });

  it('alternating 500s: each check reports what it got, with no hidden retries and no secret change', async () => {
    const before = rig.document();
    quotaAnswers((_request, count) => (count % 2 === 1 ? text('{"msg":"oops"}', 500) : goodQuota));
    const quotaCalls = server.requests.filter((request) => request.path === quotaPath).length;
    const statuses: string[] = [];
    for (let round = 0; round < 6; round += 1) {
      const reply = await rig.call('checkAccount', { id: existingId });
      statuses.push(reply.ok ? reply.data.status : reply.error.code);
    }
    expect(statuses).toEqual(['unreachable', 'active', 'unreachable', 'active', 'unreachable', 'active']);
    expect(server.requests.filter((request) => request.path === quotaPath)).toHaveLength(quotaCalls + 6);
    expect(rig.document().secrets).toEqual(before.secrets);
  });

  it('replacing the secret against a hostile exchange keeps the old secret and token', async () => {
    const before = rig.document();
    exchangeAnswers(() => text('<html>502</html>', 502, 'text/html'));
    const reply = await rig.call('replaceSecret', { id: existingId, clientSecret: canarySecret() });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(rig.document().secrets).toEqual(before.secrets);
    expect(rig.document().accounts).toEqual(before.accounts);
  });

  describe('the API-key path', () => {
    /** The key the vault sent in x-api-key. */
    const sentKey = (request: { headers: Record<string, string | string[] | undefined> }): string => {
      const value = request.headers['x-api-key'];
      return typeof value === 'string' ? value : '';
    };
    const keyCases: RefusedCase[] = [
      ['an HTML 502 page', () => text('<html><body><h1>502 Bad Gateway</h1></body></html>', 502, 'text/html'), 'unreachable', /HTTP 502/],
      ['200 with a body that is not JSON', () => text('credit=5', 200, 'text/plain'), 'bad-response', /not JSON/],
      ['a body over 1 MiB, streamed slowly', () => ({ kind: 'drip', chunkBytes: 64 * 1024, chunks: 24, delayMs: 5 }), 'bad-response', /larger than 1 MiB/],
      ['code 1000 without a credit', () => json({ code: 1000, data: {} }), 'bad-response', /no usable credit/],
      ['code 1000 with credit only under data.__proto__', () => text('{"code":1000,"data":{"__proto__":{"credit":5}}}'), 'bad-response', /no usable credit/],
      ['1101 echoing the key back', (request) => json({ code: 1101, msg: `bad key ${sentKey(request)}` }), 'invalid-credentials', /API key/],
      ['1102', () => json({ code: 1102, msg: 'x-api-key cannot be empty' }), 'invalid-credentials', /1102/],
      ['an unknown code 1999', () => json({ code: 1999 }), 'rejected', /code 1999/],
      ['a connection reset', () => ({ kind: 'reset' }), 'unreachable', /network error/],
    ];

    it.each(keyCases.map(([name, script, code, detail]) => ({ name, script, code, detail })))(
      'adding by key against $name fails with $code, sends x-api-key alone and stores nothing',
      async ({ script, code, detail }) => {
        quotaAnswers(script);
        const before = rig.vaultBytes();
        const key = canarySecret();
        const requestsBefore = server.requests.length;
        const reply = await rig.call('addAccount', { kind: 'api-key', label: 'Keyed', apiKey: key, baseUrl: server.baseUrl });
        expect(reply).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(detail) } });
        const sent = server.requests.slice(requestsBefore);
        expect(sent.map((request) => [request.path, request.headers.authorization, sentKey(request)])).toEqual([[quotaPath, undefined, key]]);
        expect(leaksPiece(JSON.stringify(reply) + rig.logLines.join('\n'), [key])).toBe(false);
        expect(leaksOnDisk(rig.diskText(), [key])).toBe(false);
        expect(rig.vaultBytes()?.equals(before ?? Buffer.alloc(0))).toBe(true);
      },
    );

    it('a key account checked against 1101 is invalid at once, with no exchange; a redirect never hands over the key', async () => {
      const key = canarySecret();
      const added = await rig.call('addAccount', { kind: 'api-key', label: 'Keyed', apiKey: key, baseUrl: server.baseUrl });
      if (!added.ok) throw new Error(added.error.message);
      expect(added.data).toMatchObject({ status: 'active', credit: 321 });
      const exchanges = server.requests.filter((request) => request.path === tokenPath).length;
      quotaAnswers((request) => json({ code: 1101, msg: `expired ${sentKey(request)}` }));
      const checked = await rig.call('checkAccount', { id: added.data.id });
      expect(checked).toMatchObject({ ok: true, data: { status: 'invalid', credit: 321 } });
      expect(server.requests.filter((request) => request.path === tokenPath)).toHaveLength(exchanges);
      quotaAnswers(() => ({ kind: 'redirect', status: 307, location: `${elsewhere.baseUrl}${quotaPath}` }));
      expect(await rig.call('checkAccount', { id: added.data.id })).toMatchObject({ ok: true, data: { status: 'error' } });
      expect(elsewhere.requests).toHaveLength(0);
      expect(leaksPiece(JSON.stringify(checked) + rig.logLines.join('\n') + rig.notificationText(), [key])).toBe(false);
      expect(leaksOnDisk(rig.diskText(), [key])).toBe(false);
    });
  });
});

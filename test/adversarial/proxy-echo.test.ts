// Proves the child never sees the real key or token through the grant proxy: a hostile server echoes what it was sent in every encoding, in bodies, headers and redirects; the child gets a withheld answer and the grant ends, so an echo cannot be used to guess the secret. And redirects are never followed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotaPath, startHostileServer, type HostileRequest, type HostileServer } from './hostile-server';
import { echoForms } from './support/echo-forms';
import { rawExchange, requestText } from './support/raw-socket';
import { randomBytes } from 'node:crypto';
import { goodToken } from './support/tokens';
import { findLeaks } from '../support/leak-scan';
import { startProxyRig, type ProxyRig } from '../support/grant-proxy-rig';
import type { UpstreamCredential } from '../../main/node/proxy/grant-proxy';
import { screenText } from '../../main/node/proxy/answer-screen';
import { seededRandom } from './support/seeded-random';

const headerSafe = /^[\x20-\x7e]*$/;
/** Shaped like an Akool clientSecret (32 characters of the base64 alphabet, `+` and `/` included), with no readable word a leak scan could meet by chance. */
const akoolSecret = (): string => randomBytes(24).toString('base64');
/** What the hostile server was sent: the x-api-key value, or the Bearer token. */
const sentCredential = (request: HostileRequest): string =>
  request.headers['x-api-key']?.toString() ?? /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';

let upstream: HostileServer;
let rig: ProxyRig;
let secrets: string[];
/** How many times the proxy told its owner an answer carried a secret. */
let echoesReported: number;

const credentials: Record<string, () => UpstreamCredential> = {
  'API key': () => ({ header: 'x-api-key', value: akoolSecret() }),
  'Bearer token': () => ({ header: 'authorization', value: goodToken() }),
};

/** Everything the child receives for one GET, head and body, as one text. */
async function childSees(path = quotaPath): Promise<{ status: number; text: string; body: string }> {
  const { host, port } = new URL(rig.proxy.baseUrl);
  return rawExchange(Number(port), requestText('GET', path, [['Host', host], ['x-api-key', rig.standIn], ['Connection', 'close']]));
}

describe.each(Object.keys(credentials))('a hostile server echoing the %s', (kind) => {
  beforeEach(async () => {
    upstream = await startHostileServer();
    const credential = (credentials[kind] ?? credentials['API key'])?.() ?? { header: 'x-api-key', value: akoolSecret() };
    // The account's other secret (the clientSecret behind a token) is screened too, as main passes it in secrets().
    const other = akoolSecret();
    secrets = [credential.value, other];
    echoesReported = 0;
    rig = await startProxyRig(upstream.baseUrl, credential, { secrets: () => [other], onSecretEchoed: () => (echoesReported += 1) });
  });
  afterEach(async () => {
    await rig.proxy.close();
    await upstream.close();
  });

  it.each(Object.keys(echoForms))('in the body, %s: the child sees no piece of it', async (formName) => {
    const form = echoForms[formName] ?? ((value: string) => value);
    upstream.script(quotaPath, (request) => ({ kind: 'json', body: { code: 1000, echo: form(sentCredential(request)), other: form(secrets[1] ?? '') } }));
    const seen = await childSees();
    expect(sentCredential(upstream.requests[0] ?? { method: '', path: '', headers: {}, rawHeaders: [], body: '' })).toBe(secrets[0]);
    expect(findLeaks(seen.text, secrets)).toEqual([]);
    if (seen.status === 200) expect(seen.body).toContain(rig.standIn);
    else expect(JSON.parse(seen.body)).toMatchObject({ error: 'answer-carried-secret' });
  });

  it.each(Object.keys(echoForms))('in the headers, %s: the child sees no piece of it', async (formName) => {
    const form = echoForms[formName] ?? ((value: string) => value);
    upstream.script(quotaPath, (request) => {
      const echoed = form(sentCredential(request));
      const safe = headerSafe.test(echoed) ? echoed : encodeURIComponent(echoed);
      return { kind: 'text', body: '{"code":1000}', headers: { 'x-echo': safe, 'set-cookie': `session=${safe}`, link: `<https://x.test/?k=${safe}>`, [`x-${sentCredential(request).replace(/[^A-Za-z0-9-]/g, '').slice(0, 40)}`]: '1' } };
    });
    const seen = await childSees();
    expect(findLeaks(seen.text, secrets)).toEqual([]);
  });

  it('everywhere at once, split across two headers, and in a redirect: the child sees no piece of it', async () => {
    upstream.script(quotaPath, (request) => {
      const value = sentCredential(request);
      const half = Math.floor(value.length / 2);
      return {
        kind: 'text',
        status: 302,
        body: Object.values(echoForms).map((form) => form(value)).join('\n'),
        headers: { location: `https://elsewhere.test/cb?key=${encodeURIComponent(value)}`, 'x-first-half': value.slice(0, half), 'x-second-half': value.slice(half) },
      };
    });
    const seen = await childSees();
    expect(findLeaks(seen.text, secrets)).toEqual([]);
  });

  it('a plain echo is withheld and the grant revoked: the next request gets 401 with the reason', async () => {
    upstream.script(quotaPath, (request) => ({ kind: 'json', body: { code: 1000, echo: sentCredential(request), data: { credit: 7 } } }));
    const seen = await childSees();
    expect([seen.status, JSON.parse(seen.body)]).toEqual([502, expect.objectContaining({ error: 'answer-carried-secret' })]);
    const after = await childSees();
    expect([after.status, after.body]).toEqual([401, expect.stringContaining('grant-revoked')]);
    expect(after.body).toContain('withheld and this grant was revoked');
    expect(upstream.requests).toHaveLength(1);
    expect(echoesReported).toBe(1);
  });

  it('an endpoint echoing what the child sends answers one guess per grant, not one per request', async () => {
    const echoed: string[] = [];
    upstream.script(quotaPath, (request) => {
      echoed.push(String(request.headers['x-guess'] ?? ''));
      return { kind: 'json', status: 400, body: { code: 1003, msg: `bad parameter ${String(request.headers['x-guess'] ?? '')}` } };
    });
    const { host, port } = new URL(rig.proxy.baseUrl);
    const guess = async (value: string): Promise<number> =>
      (await rawExchange(Number(port), requestText('GET', quotaPath, [['Host', host], ['x-api-key', rig.standIn], ['x-guess', value], ['Connection', 'close']]))).status;
    const real = secrets[0] ?? '';
    const statuses = [await guess('zzzzzzzz'), await guess(real.slice(3, 11)), await guess('yyyyyyyy'), await guess(real.slice(12, 20))];
    // A wrong guess passes; the first right one is withheld and ends the grant, so later guesses learn nothing.
    expect(statuses).toEqual([400, 502, 401, 401]);
    expect(echoed).toHaveLength(2);
  });
});

describe('redirects', () => {
  let elsewhere: HostileServer;
  beforeEach(async () => {
    upstream = await startHostileServer();
    elsewhere = await startHostileServer();
    rig = await startProxyRig(upstream.baseUrl, { header: 'x-api-key', value: akoolSecret() });
  });
  afterEach(async () => {
    await rig.proxy.close();
    await upstream.close();
    await elsewhere.close();
  });

  it.each([301, 302, 303, 307, 308] as const)('goes back to the child as is (%i), never followed, Location never sent credentials', async (status) => {
    const location = `${elsewhere.baseUrl}${quotaPath}?next=1`;
    upstream.script(quotaPath, () => ({ kind: 'redirect', status, location }));
    const seen = await childSees();
    expect(seen.status).toBe(status);
    expect(seen.text).toContain(`\r\nlocation: ${location}\r\n`);
    expect(elsewhere.requests).toEqual([]);
    expect(upstream.requests).toHaveLength(1);
    expect(rig.records).toEqual([{ method: 'GET', path: quotaPath, status }]);
  });
});

describe('the answer screen over many secrets', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  // CPU-bound work (2,000 screens and leak scans): its budget is the work's, not the default 5 s of a test that waits.
  it('leaves no piece a leak scan finds, for 120 seeded Akool-shaped secrets in every echo form, wrapped in JSON once more', { timeout: 120_000 }, () => {
    const random = seededRandom(15);
    const standIn = randomBytes(32).toString('base64url');
    const leaks: string[] = [];
    for (let round = 0; round < 120; round += 1) {
      const secret = Array.from({ length: 32 }, () => random.pick([...alphabet])).join('');
      const forms: [string, (value: string) => string][] = [...Object.entries(echoForms), ['letters and digits only', (value) => value.replace(/[^A-Za-z0-9]/g, '')]];
      for (const [name, form] of forms) {
        const screened = screenText(JSON.stringify({ code: 1000, echo: form(secret) }), [secret], standIn);
        if (screened !== null && findLeaks(screened, [secret]).length > 0) leaks.push(`round ${round}, ${name}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

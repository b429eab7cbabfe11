// Proves the API-key check request: x-api-key on quota/info, never Authorization, nothing built for a bad base or key.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiKeyCheck, quotaInfoPath } from '../../../../main/core/akool/api-key-check';
import { sendAkoolRequest } from '../../../../main/core/akool/request';
import { startLoopbackServer, type LoopbackServer } from '../../../support/loopback-server';

const key = `canary-key-${randomUUID()}`;
let akool: LoopbackServer;

beforeAll(async () => {
  akool = await startLoopbackServer();
});
afterAll(async () => {
  await akool.close();
});

describe('buildApiKeyCheck', () => {
  it('builds GET {base}/api/open/v3/faceswap/quota/info with x-api-key and no Authorization', () => {
    const request = buildApiKeyCheck('https://openapi.akool.com/', key);
    expect(request.ok).toBe(true);
    if (!request.ok) throw new Error('unreachable');
    expect(request.url).toBe('https://openapi.akool.com/api/open/v3/faceswap/quota/info');
    expect(request.init.method).toBe('GET');
    const headers = new Headers(request.init.headers);
    expect(headers.get('x-api-key')).toBe(key);
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.has('authorization')).toBe(false);
    expect(request.init.body).toBeUndefined();
  });

  it('uses the default base URL when none is given', () => {
    const request = buildApiKeyCheck('', key);
    expect(request).toMatchObject({ ok: true, url: `https://openapi.akool.com${quotaInfoPath}` });
  });

  it('sends exactly x-api-key and no Authorization over real HTTP', async () => {
    const base = akool.route('quota', (res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 1000, data: { credit: 5 } }));
    });
    const request = buildApiKeyCheck(base, key);
    if (!request.ok) throw new Error(request.detail);
    const answer = await sendAkoolRequest(fetch, request.url, request.init, { timeoutMs: 5000, maxBodyBytes: 1024 });
    expect(answer).toMatchObject({ kind: 'answer', status: 200 });
    const seen = akool.seen.at(-1);
    expect(seen?.method).toBe('GET');
    expect(seen?.path).toBe(`/quota${quotaInfoPath}`);
    expect(seen?.headers['x-api-key']).toBe(key);
    expect(seen?.headers.authorization).toBeUndefined();
    expect(seen?.body).toBe('');
  });

  it.each(['http://example.com', 'https://user:pass@example.com', 'not a url'])('refuses the base %s', (base) => {
    expect(buildApiKeyCheck(base, key)).toEqual({ ok: false, detail: 'the API address is not allowed, so nothing was sent' });
  });

  it.each(['', 'with space', 'line\nbreak', 'carriage\rreturn', 'accént', 'x'.repeat(1025)])(
    'refuses a key no header can carry (%j) without echoing it',
    (bad) => {
      const request = buildApiKeyCheck('https://openapi.akool.com', bad);
      expect(request).toEqual({ ok: false, detail: 'the API key cannot be sent in a header, so nothing was sent' });
    },
  );
});

// Proves Electron's "Redirect was cancelled" rejection becomes the typed redirect refusal: over loopback, and in the runtime, never retried.
import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAkoolClient } from '../../../main/core/akool/client';
import { redirectRefused } from '../../../main/core/akool/request';
import type { Http } from '../../../main/core/ports';
import { RedirectRefusedError } from '../../../main/core/akool/redirect-refusal';
import {
  electronRedirectMessages,
  isElectronRedirectCancellation,
  refuseCancelledRedirects,
} from '../../../main/platform/redirect-cancellation';
import { createRuntimeFixture, type RuntimeFixture } from '../../support/runtime-fixture';
import { startLoopbackServer, type LoopbackServer } from '../../support/loopback-server';

/**
 * Node's fetch with Electron's manual-redirect behaviour: where Node resolves with the 3xx, Electron's net.fetch rejects
 * with `new Error('Redirect was cancelled')` (electron/electron lib/browser/api/net-client-request.ts).
 */
const electronLikeFetch: Http = async (url, init) => {
  const response = await fetch(url, init);
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    await response.body?.cancel();
    throw new Error('Redirect was cancelled');
  }
  return response;
};

const credentials = { clientId: 'client-id-1', clientSecret: 'canary-secret-redirect' };
let akool: LoopbackServer;
let elsewhere: LoopbackServer;
let fixture: RuntimeFixture | null = null;

beforeAll(async () => {
  akool = await startLoopbackServer();
  elsewhere = await startLoopbackServer();
});
afterEach(async () => {
  await fixture?.runtime.dispose();
  fixture = null;
});
afterAll(async () => {
  await akool.close();
  await elsewhere.close();
});

describe('isElectronRedirectCancellation', () => {
  it('recognises the errors Electron rejects a refused redirect with, by their exact message', () => {
    for (const message of electronRedirectMessages) expect(isElectronRedirectCancellation(new Error(message))).toBe(true);
    expect(isElectronRedirectCancellation(new TypeError('Redirect was cancelled'))).toBe(true);
  });

  it('leaves every other failure alone', () => {
    expect(isElectronRedirectCancellation(new Error('net::ERR_CONNECTION_REFUSED'))).toBe(false);
    expect(isElectronRedirectCancellation(new Error('Redirect was cancelled by the user'))).toBe(false);
    expect(isElectronRedirectCancellation(new Error('redirect was cancelled'))).toBe(false);
    expect(isElectronRedirectCancellation('Redirect was cancelled')).toBe(false);
    expect(isElectronRedirectCancellation({ message: 'Redirect was cancelled' })).toBe(false);
    expect(isElectronRedirectCancellation(null)).toBe(false);
  });
});

describe('refuseCancelledRedirects', () => {
  it('turns a 302 under Electronʼs rules into the same refusal a 3xx gets under Node, and sends nothing to the target', async () => {
    const target = `${elsewhere.route('steal', (res: ServerResponse) => {
      res.writeHead(200).end('{"code":1000}');
    })}/api/open/v3/getToken`;
    const base = akool.route('redirect-302', (res: ServerResponse) => {
      res.writeHead(302, { location: target }).end();
    });
    const underElectron = createAkoolClient({ http: refuseCancelledRedirects(electronLikeFetch) });
    const underNode = createAkoolClient({ http: fetch });
    const refusal = { kind: 'bad-response', detail: redirectRefused };
    expect(await underElectron.exchangeToken(base, credentials)).toEqual(refusal);
    expect(await underNode.exchangeToken(base, credentials)).toEqual(refusal);
    expect(elsewhere.seen).toEqual([]);
  });

  it('rejects with the typed error and passes other rejections and answers through unchanged', async () => {
    await expect(refuseCancelledRedirects(async () => Promise.reject(new Error('Redirect was cancelled')))('', {})).rejects.toBeInstanceOf(
      RedirectRefusedError,
    );
    const network = Object.assign(new Error('net::ERR_CONNECTION_RESET'), { code: 'ECONNRESET' });
    await expect(refuseCancelledRedirects(async () => Promise.reject(network))('', {})).rejects.toBe(network);
    const answer = new Response('ok');
    expect(await refuseCancelledRedirects(async () => answer)('', {})).toBe(answer);
  });

  it('keeps a network failure a network failure (unreachable, retried)', async () => {
    const closed = await startLoopbackServer();
    await closed.close();
    const client = createAkoolClient({ http: refuseCancelledRedirects(electronLikeFetch) });
    expect(await client.exchangeToken(closed.origin, credentials)).toMatchObject({ kind: 'unreachable' });
  });
});

describe('a redirecting Akool in the runtime', () => {
  it('shows the redirect refusal and the monitor does not retry it before the next interval', async () => {
    let redirecting = false;
    let sent = 0;
    fixture = await createRuntimeFixture({
      wrapHttp: (sandbox) =>
        refuseCancelledRedirects(async (url, init) => {
          sent += 1;
          if (redirecting) throw new Error('Redirect was cancelled');
          return sandbox(url, init);
        }),
    });
    const { runtime, clock, run } = fixture;
    await fixture.add('demo-active');
    redirecting = true;
    const before = sent;
    runtime.start();
    await runtime.whenIdle();
    expect(sent - before).toBe(1);
    const [account] = runtime.state().accounts;
    expect(account?.status).not.toBe('unreachable');
    expect(account?.problem).toContain(redirectRefused);
    expect(clock.nextDue()).toBe(clock.now() + 15 * 60_000);
    await run(runtime, 15 * 60_000 - 1);
    expect(sent - before).toBe(1);
  });
});

// Proves a check with a missing stored token renews it (and checks the quota at the bound URL), and with a missing client secret asks for it without sending anything.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAkoolClient } from '../../../../main/core/akool/client';
import { createAccountService } from '../../../../main/core/accounts/account-service';
import { createClipboardGuard } from '../../../../main/core/clipboard/clipboard-guard';
import { clientSecretService, tokenService } from '../../../../main/core/accounts/account-records';
import { bindingOf, sealBound } from '../../../../main/core/accounts/account-seals';
import { refreshStatus, type AccountStatusDeps } from '../../../../main/core/accounts/account-status';
import { createExcerptMemory } from '../../../../main/core/accounts/excerpt-memory';
import { openDocumentStore } from '../../../../main/core/vault/document-store';
import type { Protection } from '../../../../main/core/ports';
import { guardSealing } from '../../../../main/core/vault/sealing-guard';
import { withSecret } from '../../../../main/core/vault/secret-vault';
import { noAlerts, type AccountRecord } from '../../../../main/core/vault/vault-document';
import { createAesGcmCipher } from '../../../../main/node/aes-gcm-cipher';
import { createMemoryClipboard } from '../../../../main/node/memory-clipboard';
import { openConfStore } from '../../../../main/node/open-conf-store';
import { makeToken } from '../../../adversarial/support/tokens';
import { createFakeClock } from '../../../support/fake-clock';
import { createMemoryLogger } from '../../../support/memory-logger';
import { useTempDirs } from '../../../support/use-temp-dirs';
import { startLoopbackServer, type LoopbackServer } from '../../../support/loopback-server';

const strong: Protection = { available: true, backend: 'gnome_libsecret', weak: false };
const tokenPath = '/api/open/v3/getToken';

describe('refreshStatus with a seal missing', () => {
  const tempDir = useTempDirs();
  let server: LoopbackServer;
  let baseUrl: string;
  const issued = makeToken({ exp: 4_102_444_800 });
  let quotaAnswer: object = {};
  beforeEach(() => {
    quotaAnswer = { code: 1000, data: { credit: 11 } };
  });
  beforeAll(async () => {
    server = await startLoopbackServer();
    baseUrl = server.route('akool', (res, request) => {
      const body = request.path.endsWith(tokenPath) ? { code: 1000, token: issued } : quotaAnswer;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  afterAll(() => server.close());

  /** One account whose client secret and token are sealed as the app seals them, minus the kinds in `missing`. */
  async function setup(missing: readonly string[]): Promise<{ deps: AccountStatusDeps; record: AccountRecord }> {
    const cipher = createAesGcmCipher(randomBytes(32));
    const documents = guardSealing(openDocumentStore(openConfStore(tempDir()), createFakeClock(), createMemoryLogger()), strong, cipher.judgeSeal);
    const record: AccountRecord = {
      id: randomUUID(),
      label: 'Missing',
      clientId: 'client-m',
      baseUrl,
      createdAt: 0,
      token: { fingerprint: '0badc0de', expiresAt: null, issuedAt: null, email: null, uid: null },
      status: { result: 'active', problem: null, credit: 5, checkedAt: 0 },
      banDismissed: false,
      alerts: noAlerts,
    };
    const kinds = [clientSecretService, tokenService].filter((kind) => !missing.includes(kind));
    const sealed = await Promise.all(kinds.map(async (kind) => [kind, await sealBound(cipher, bindingOf(record, kind), `${kind}-value`)] as const));
    documents.update((document) => sealed.reduce((next, [kind, value]) => withSecret(next, kind, record.id, value), { ...document, accounts: [record] }));
    const deps = { client: createAkoolClient({ http: fetch }), documents, cipher, clock: createFakeClock(9000), protection: strong, excerpts: createExcerptMemory() };
    return { deps, record };
  }
  const requestsSince = (before: number): string[] => server.seen.slice(before).map((request) => request.path);

  it('a missing token is renewed with the stored secret, then the quota is checked', async () => {
    const { deps, record } = await setup([tokenService]);
    const before = server.seen.length;
    expect(await refreshStatus(deps, record.id)).toMatchObject({ kind: 'ok', credit: 11 });
    expect(requestsSince(before)).toEqual([`/akool${tokenPath}`, '/akool/api/open/v3/faceswap/quota/info']);
    expect(deps.documents.current().accounts[0]?.status).toMatchObject({ result: 'active', credit: 11 });
  });

  it('after a renewal the quota is checked where the secret was sealed for and the token issued, not where the record says by then', async () => {
    const { deps, record } = await setup([tokenService]);
    const elsewhere = server.route('elsewhere', (res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(quotaAnswer));
    });
    const real = deps.client;
    // The record changes between the exchange and the quota check (another write in the same process, say).
    const client: AccountStatusDeps['client'] = {
      ...real,
      exchangeToken: async (...args) => {
        const outcome = await real.exchangeToken(...args);
        deps.documents.update((document) => ({ ...document, accounts: document.accounts.map((r) => ({ ...r, baseUrl: elsewhere })) }));
        return outcome;
      },
    };
    const before = server.seen.length;
    expect(await refreshStatus({ ...deps, client }, record.id)).toMatchObject({ kind: 'ok', credit: 11 });
    expect(requestsSince(before)).toEqual([`/akool${tokenPath}`, '/akool/api/open/v3/faceswap/quota/info']);
  });

  it('renewWhen (the monitor and Renew) also checks the quota at the bound base URL after renewing', async () => {
    const { deps, record } = await setup([]);
    const elsewhere = server.route('elsewhere-renew', (res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(quotaAnswer));
    });
    const real = deps.client;
    const client: AccountStatusDeps['client'] = {
      ...real,
      exchangeToken: async (...args) => {
        const outcome = await real.exchangeToken(...args);
        deps.documents.update((document) => ({ ...document, accounts: document.accounts.map((r) => ({ ...r, baseUrl: elsewhere })) }));
        return outcome;
      },
    };
    const clipboard = createMemoryClipboard();
    const clipboardGuard = createClipboardGuard({ clipboard, clock: deps.clock, clearAfterMs: () => null, onCleared: () => undefined, logger: createMemoryLogger() });
    const service = createAccountService({ ...deps, client, clipboardGuard, clearing: { neverConfirmed: false }, newId: randomUUID });
    const before = server.seen.length;
    expect(await service.renewWhen(record.id, () => true)).toMatchObject({ kind: 'renewed', checked: { kind: 'ok', credit: 11 } });
    expect(requestsSince(before)).toEqual([`/akool${tokenPath}`, '/akool/api/open/v3/faceswap/quota/info']);
  });

  it.each([
    ['client secret only', [clientSecretService]],
    ['client secret and token', [clientSecretService, tokenService]],
  ])('a missing %s sends no exchange and marks the record changed outside akool-vault', async (_what, missing) => {
    const { deps, record } = await setup(missing);
    if (!missing.includes(tokenService)) {
      // The stored token is refused by the server, so only a renewal could help.
      quotaAnswer = { code: 1101, msg: 'expired' };
    }
    const before = server.seen.length;
    await expect(refreshStatus(deps, record.id)).rejects.toMatchObject({ code: 'record-changed' });
    expect(requestsSince(before).filter((path) => path.endsWith(tokenPath))).toEqual([]);
    expect(deps.documents.current().accounts[0]?.status).toMatchObject({ result: 'record-changed', credit: 5 });
  });
});

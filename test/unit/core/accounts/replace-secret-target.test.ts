// Proves where Replace secret may send a typed secret: never onto another account's client ID or key, never to the file's base URL of a changed account.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientSecretService, tokenService } from '../../../../main/core/accounts/account-records';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { goodToken } from '../../../adversarial/support/tokens';
import { createVaultFixture, type VaultFixture } from '../../../support/vault-fixture';
import { demoSecret } from '../../../sandbox/demo-secret';

describe('Replace secret target', () => {
  let sandbox: Sandbox;
  let elsewhere: Sandbox;
  let vault: VaultFixture;
  beforeAll(async () => {
    [sandbox, elsewhere] = await Promise.all([startSandbox(), startSandbox()]);
  });
  afterAll(() => Promise.all([sandbox.close(), elsewhere.close()]));
  afterEach(() => vault.remove());

  const addClient = (baseUrl: string) =>
    vault.service.add({ clientId: 'demo-active', clientSecret: demoSecret('demo-active'), baseUrl });
  const addKey = (clientId: string, baseUrl: string) => vault.service.add({ kind: 'api-key', apiKey: demoSecret(clientId), baseUrl });

  it('refuses to move an account onto another with the same client ID before sending the typed secret anywhere', async () => {
    vault = createVaultFixture();
    await addClient(sandbox.baseUrl);
    const moving = await addClient(elsewhere.baseUrl);
    const sent = [sandbox.requests.length, elsewhere.requests.length];
    await expect(vault.service.replaceSecret(moving.id, demoSecret('demo-active'), sandbox.baseUrl)).rejects.toMatchObject({ code: 'invalid-input' });
    expect([sandbox.requests.length, elsewhere.requests.length]).toEqual(sent);
  });

  it('refuses to move an API key onto an account holding the same key there, and keeps the old one', async () => {
    vault = createVaultFixture();
    await addKey('demo-active', sandbox.baseUrl);
    const moving = await addKey('demo-expiring', elsewhere.baseUrl);
    await expect(vault.service.replaceSecret(moving.id, demoSecret('demo-active'), sandbox.baseUrl)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(vault.service.state().accounts.find((account) => account.id === moving.id)).toMatchObject({ baseUrl: elsewhere.baseUrl });
    await vault.service.copyToken(moving.id, 'api-key');
    expect(vault.clipboard.text()).toBe(demoSecret('demo-expiring'));
  });

  it('takes the same API key typed again at the same base URL', async () => {
    vault = createVaultFixture();
    const view = await addKey('demo-active', sandbox.baseUrl);
    expect(await vault.service.replaceSecret(view.id, demoSecret('demo-active'))).toMatchObject({ status: 'active', baseUrl: sandbox.baseUrl });
  });

  it.each([
    ['the token seal swapped for the client secret\'s, which still opens', (secrets: Record<string, Record<string, string>>, id: string) => {
      (secrets[tokenService] ?? {})[id] = secrets[clientSecretService]?.[id] ?? '';
    }],
    ['the client secret\'s seal replaced by bytes that do not decrypt', (secrets: Record<string, Record<string, string>>, id: string) => {
      (secrets[clientSecretService] ?? {})[id] = Buffer.from('not a seal').toString('base64');
    }],
  ])('sends nothing without a base URL with %s, and asks for one', async (_what, edit) => {
    vault = createVaultFixture();
    const view = await addClient(sandbox.baseUrl);
    vault.reopen(); // writes what the first service still held, so the edit below is not overwritten
    const [file] = readdirSync(vault.dataDir).filter((name) => name.endsWith('.json'));
    if (file === undefined) throw new Error('no vault file');
    const path = join(vault.dataDir, file);
    const document = JSON.parse(readFileSync(path, 'utf8'));
    edit(document.secrets, view.id);
    writeFileSync(path, JSON.stringify(document));
    const reopened = vault.reopen();
    const sent = sandbox.requests.length;
    await expect(reopened.replaceSecret(view.id, demoSecret('demo-active'))).rejects.toMatchObject({
      code: 'record-changed',
      message: expect.stringMatching(/Give the base URL/),
    });
    expect(sandbox.requests.length).toBe(sent);
    expect(reopened.state().accounts[0]).toMatchObject({ status: 'record-changed' });
  });

  it('refuses the move when an account with the same client ID was added at the target while the typed secret was checked there', async () => {
    vault = createVaultFixture();
    const moving = await addClient(sandbox.baseUrl);
    let added: Promise<unknown> = Promise.resolve();
    let tokenRequests = 0;
    // Akool at the target: holds the move's token answer until another account with the same client ID was added there.
    const target = createServer((request, response) => {
      const answer = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (request.url?.endsWith('/quota/info')) return answer({ code: 1000, data: { credit: 9 } });
      tokenRequests += 1;
      if (tokenRequests > 1) return answer({ code: 1000, token: goodToken() });
      added = vault.service.add({ clientId: 'demo-active', clientSecret: 'added-meanwhile', baseUrl });
      return void added.finally(() => answer({ code: 1000, token: goodToken() }));
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const address = target.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    try {
      await expect(vault.service.replaceSecret(moving.id, demoSecret('demo-active'), baseUrl)).rejects.toMatchObject({ code: 'invalid-input' });
      await added;
      expect(vault.service.state().accounts.map((account) => account.baseUrl).sort()).toEqual([baseUrl, sandbox.baseUrl].sort());
    } finally {
      await new Promise((resolve) => target.close(resolve));
    }
  });
});

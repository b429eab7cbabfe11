// Proves dispatch allows only contract channels, validates both directions and maps errors to the closed codes.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../preload/contract';
import { VaultError } from '../../../main/core/vault/vault-error';
import { createDispatcher } from '../../../main/ipc/dispatch';
import type { Handlers } from '../../../main/ipc/handlers';
import { bareAccountView } from '../../support/account-views';
import { createMemoryLogger } from '../../support/memory-logger';

const id = '3f1c9d2e-8a4b-4c6d-9e0f-112233445566';
const view = bareAccountView({ id, credit: 5 });
const protection = { backend: 'aes-256-gcm', level: 'strong', weakOptIn: false, canStoreSecrets: true, sealMark: 'v11', weakSeals: 0 } as const;

const handlers = (overrides: Partial<Handlers> = {}): Handlers & { calls: string[] } => {
  const calls: string[] = [];
  const record = <T>(name: string, value: T) => async () => {
    calls.push(name);
    return value;
  };
  return {
    calls,
    getState: record('getState', { accounts: [view], protection, settings: defaultSettings, notice: null, locked: false }),
    addAccount: record('addAccount', view),
    checkAccount: record('checkAccount', view),
    renewToken: record('renewToken', view),
    renameAccount: record('renameAccount', view),
    replaceSecret: record('replaceSecret', view),
    removeAccount: record('removeAccount', { id, undoUntil: new Date(0).toISOString() }),
    undoRemove: record('undoRemove', view),
    copyToken: record('copyToken', { clearsAt: null, concealed: true }),
    clearClipboard: record('clearClipboard', { cleared: false }),
    checkAll: record('checkAll', { checked: 1 }),
    dismissBanAlert: record('dismissBanAlert', view),
    updateSettings: record('updateSettings', defaultSettings),
    setWeakProtectionOptIn: record('setWeakProtectionOptIn', protection),
    setLowCreditThreshold: record('setLowCreditThreshold', view),
    getApprovals: record('getApprovals', { approvals: [] }),
    answerApproval: record('answerApproval', { answered: false }),
    getRuns: record('getRuns', { active: [], recent: [] }),
    stopRun: record('stopRun', { stopped: false }),
    installCli: record('installCli', { command: '/home/me/.local/bin/akool-vault', binDir: '/home/me/.local/bin', onPath: true }),
    openGuide: record('openGuide', { opened: true }),
    scanFolder: record('scanFolder', { root: '/p', findings: [], skipped: [], filesScanned: 0, findingsLeftOut: 0, skippedLeftOut: 0 }),
    importScanFindings: record('importScanFindings', { imported: [], failed: [] }),
    getScanImports: record('getScanImports', { requests: [] }),
    answerScanImport: record('answerScanImport', { answered: false }),
    acceptVaultFile: record('acceptVaultFile', { accounts: [view], protection, settings: defaultSettings, notice: null, locked: false }),
    ...overrides,
  };
};

describe('dispatch', () => {
  it('answers a valid request with the handler result', async () => {
    const table = handlers();
    const dispatch = createDispatcher(table, createMemoryLogger());
    expect(await dispatch('vault:checkAccount', { id })).toEqual({ ok: true, data: view });
    expect(table.calls).toEqual(['checkAccount']);
  });

  // changeBaseUrl was removed (it moved the stored secret and token to any host): moving needs the secret typed again.
  it.each(['vault:nope', 'checkAccount', 'vault:__proto__', 'vault:constructor', '', 'vault:changeBaseUrl'])('refuses unknown channel %j', async (channel) => {
    const table = handlers();
    const reply = await createDispatcher(table, createMemoryLogger())(channel, {});
    expect(reply).toEqual({ ok: false, error: { code: 'invalid-input', message: 'Unknown request.' } });
    expect(table.calls).toEqual([]);
  });

  it.each([
    ['a missing field', {}],
    ['a wrong type', { id: 42 }],
    ['an extra field', { id, token: 'x' }],
    ['not an object', 'hello'],
    ['null', null],
  ])('rejects %s without calling the handler', async (_name, input) => {
    const table = handlers();
    const reply = await createDispatcher(table, createMemoryLogger())('vault:checkAccount', input);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(table.calls).toEqual([]);
  });

  it('passes replaceSecret an optional base URL, trimmed, and refuses one that is too long', async () => {
    const seen: Array<{ baseUrl?: string }> = [];
    const table = handlers({
      replaceSecret: async (input) => {
        seen.push({ ...(input.baseUrl === undefined ? {} : { baseUrl: input.baseUrl }) });
        return view;
      },
    });
    const dispatch = createDispatcher(table, createMemoryLogger());
    expect(await dispatch('vault:replaceSecret', { id, clientSecret: 's' })).toEqual({ ok: true, data: view });
    expect(await dispatch('vault:replaceSecret', { id, clientSecret: 's', baseUrl: '  https://api.example  ' })).toEqual({ ok: true, data: view });
    expect(await dispatch('vault:replaceSecret', { id, clientSecret: 's', baseUrl: `https://${'a'.repeat(2048)}` })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch('vault:replaceSecret', { id, clientSecret: 's', baseUrl: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(seen).toEqual([{}, { baseUrl: 'https://api.example' }]);
  });

  it('names the field but never echoes the value of bad input', async () => {
    const canary = 'canary-secret-0c7e'.padEnd(2000, 'x');
    const reply = await createDispatcher(handlers(), createMemoryLogger())('vault:addAccount', {
      label: 'L',
      clientId: 'c',
      clientSecret: canary,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(reply)).toContain('clientSecret');
    expect(JSON.stringify(reply)).not.toContain('canary-secret');
  });

  it('blocks a handler result that carries an undeclared field such as a token', async () => {
    const logger = createMemoryLogger();
    const leaky = handlers({ checkAccount: async () => Object.assign({}, view, { token: 'eyJleaked' }) });
    const reply = await createDispatcher(leaky, logger)('vault:checkAccount', { id });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply) + logger.lines.join('\n')).not.toContain('eyJleaked');
  });

  it('passes a VaultError code and message through', async () => {
    const failing = handlers({
      checkAccount: async () => {
        throw new VaultError('banned', 'Akool reports this account as banned (code 1200).');
      },
    });
    expect(await createDispatcher(failing, createMemoryLogger())('vault:checkAccount', { id })).toEqual({
      ok: false,
      error: { code: 'banned', message: 'Akool reports this account as banned (code 1200).' },
    });
  });

  it('hides the text of unexpected errors from the window and the log', async () => {
    const logger = createMemoryLogger();
    const failing = handlers({
      checkAccount: async () => {
        throw new Error('canary-secret-9d2a leaked in an exception');
      },
    });
    const reply = await createDispatcher(failing, logger)('vault:checkAccount', { id });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply) + logger.lines.join('\n')).not.toContain('canary-secret-9d2a');
    expect(logger.lines.join('\n')).toContain('handler failed');
  });

  it('passes setLowCreditThreshold a number, null or "default", and refuses anything else', async () => {
    const seen: unknown[] = [];
    const dispatch = createDispatcher(
      handlers({
        setLowCreditThreshold: async ({ threshold }) => {
          seen.push(threshold);
          return view;
        },
      }),
      createMemoryLogger(),
    );
    for (const threshold of [250, null, 'default']) {
      expect(await dispatch('vault:setLowCreditThreshold', { id, threshold })).toEqual({ ok: true, data: view });
    }
    for (const threshold of [0, -5, 'off', Number.MAX_SAFE_INTEGER * 2, undefined]) {
      expect(await dispatch('vault:setLowCreditThreshold', { id, threshold })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(seen).toEqual([250, null, 'default']);
  });
});

// Proves the api module always resolves to an envelope: passes replies through, and turns a missing or throwing bridge into an internal error. Must not import electron, node:* or main/.
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkAccount,
  checkAll,
  clearClipboard,
  copyToken,
  dismissBanAlert,
  getState,
  onAccountsChanged,
  onFocusAccount,
  updateSettings,
} from '../../../renderer/src/api';
import { fail, installFakeVault } from './support/fake-vault';
import { makeState } from './support/fixtures';
import { resetRendererTest } from './support/reset';

afterEach(resetRendererTest);

describe('api', () => {
  it('passes the bridge reply through and sends the id', async () => {
    const fake = installFakeVault(makeState());
    fake.respond.checkAccount = async () => fail({ code: 'not-found', message: 'gone' });

    expect(await getState()).toEqual({ ok: true, data: makeState() });
    expect(await checkAccount('00000000-0000-4000-8000-00000000abcd')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'gone' },
    });
    expect(fake.inputsTo('checkAccount')).toEqual([{ id: '00000000-0000-4000-8000-00000000abcd' }]);
  });

  it('sends each request the input its channel expects', async () => {
    const fake = installFakeVault(makeState());
    const id = '00000000-0000-4000-8000-00000000abcd';

    await copyToken(id);
    await copyToken(id, 'header');
    await clearClipboard();
    await checkAll();
    await dismissBanAlert(id);
    await updateSettings({ renewWindowDays: 3 });

    expect(fake.calls).toEqual([
      { method: 'copyToken', input: { id, format: 'token' } },
      { method: 'copyToken', input: { id, format: 'header' } },
      { method: 'clearClipboard', input: {} },
      { method: 'checkAll', input: {} },
      { method: 'dismissBanAlert', input: { id } },
      { method: 'updateSettings', input: { renewWindowDays: 3 } },
    ]);
  });

  it('hands focusAccount events to the listener until it unsubscribes', () => {
    const fake = installFakeVault(makeState());
    const seen: string[] = [];
    const stop = onFocusAccount(({ id }) => seen.push(id));

    fake.focusAccount('00000000-0000-4000-8000-000000000001');
    stop();
    fake.focusAccount('00000000-0000-4000-8000-000000000002');

    expect(seen).toEqual(['00000000-0000-4000-8000-000000000001']);
  });

  it('reports an internal error when the window has no bridge', async () => {
    const result = await getState();

    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe('internal');
    expect(onAccountsChanged(() => undefined)).toBeTypeOf('function');
    expect(onFocusAccount(() => undefined)).toBeTypeOf('function');
  });

  it('reports an internal error when the bridge throws', async () => {
    const fake = installFakeVault();
    fake.respond.getState = async () => {
      throw new Error('transport closed');
    };

    expect(await getState()).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The request to the vault failed unexpectedly.' },
    });
  });
});

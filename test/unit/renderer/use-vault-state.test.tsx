// Proves the vault state hook: initial getState, replacement on accountsChanged, unsubscribe on unmount, failure and retry. Must not import electron, node:* or main/.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope, VaultState } from '../../../preload/contract';
import { App } from '../../../renderer/src/components/app';
import { deferred, fail, installFakeVault, ok } from './support/fake-vault';
import { makeAccount, makeState } from './support/fixtures';
import { resetRendererTest } from './support/reset';

afterEach(resetRendererTest);

describe('useVaultState', () => {
  it('loads with getState({}) and follows accountsChanged pushes', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'First' })] }));
    render(<App />);

    await screen.findByRole('article', { name: 'First' });
    expect(fake.inputsTo('getState')).toEqual([{}]);

    act(() => fake.pushState(makeState({ accounts: [makeAccount({ label: 'Second' })] })));

    expect(screen.getByRole('article', { name: 'Second' })).toBeDefined();
    expect(screen.queryByRole('article', { name: 'First' })).toBeNull();
  });

  it('keeps a push that arrives before the initial getState answer', async () => {
    const fake = installFakeVault();
    const reply = deferred<Envelope<VaultState>>();
    fake.respond.getState = () => reply.promise;
    render(<App />);

    act(() => fake.pushState(makeState({ accounts: [makeAccount({ label: 'Pushed' })] })));
    await act(async () => reply.resolve(ok(makeState({ accounts: [makeAccount({ label: 'Stale' })] }))));

    expect(screen.getByRole('article', { name: 'Pushed' })).toBeDefined();
    expect(screen.queryByRole('article', { name: 'Stale' })).toBeNull();
  });

  it('unsubscribes from push events on unmount', async () => {
    const fake = installFakeVault();
    const { unmount } = render(<App />);
    await screen.findByRole('button', { name: 'Settings' });
    // Subscriptions happen in passive effects, which React may flush after the button is already on screen.
    // accountsChanged, clipboardCleared, focusAccount, the approval dialog's approvalsChanged and the import approval's scanImportsChanged.
    await waitFor(() => expect(fake.listenerCount()).toBe(5));

    unmount();

    expect(fake.listenerCount()).toBe(0);
  });

  it('shows a load failure and retries on request', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'Later' })] }));
    fake.respond.getState = async () => fail({ code: 'storage-failed', message: 'cannot read the store' });
    render(<App />);

    expect((await screen.findByRole('alert')).textContent).toContain('cannot read the store');
    delete fake.respond.getState;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('article', { name: 'Later' })).toBeDefined();
    expect(fake.inputsTo('getState')).toHaveLength(2);
  });
});

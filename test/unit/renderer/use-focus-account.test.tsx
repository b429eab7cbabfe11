// Proves a focusAccount push shows that account's detail and focuses it, whatever the search, also when it arrives before the accounts load. Must not import electron, node:* or main/.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Envelope, VaultState } from '../../../preload/contract';
import { App } from '../../../renderer/src/components/app';
import { deferred, installFakeVault, ok } from './support/fake-vault';
import { makeAccount, makeState } from './support/fixtures';
import { resetRendererTest } from './support/reset';

afterEach(() => {
  vi.unstubAllGlobals();
  resetRendererTest();
});

describe('useFocusAccount', () => {
  it('shows the named account even when the search hides it, and focuses its detail', async () => {
    const first = makeAccount({ label: 'First' });
    const second = makeAccount({ label: 'Second' });
    const fake = installFakeVault(makeState({ accounts: [first, second] }));
    render(<App />);
    await screen.findByRole('article', { name: 'First' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search accounts' }), { target: { value: 'First' } });

    act(() => fake.focusAccount(second.id));

    const detail = await screen.findByRole('article', { name: 'Second' });
    await waitFor(() => expect(document.activeElement).toBe(detail));
    expect(screen.getByRole('searchbox', { name: 'Search accounts' })).toHaveProperty('value', '');
  });

  it('focuses the new detail even when a frame comes before React renders the change (the monitor.spec flake)', async () => {
    const first = makeAccount({ label: 'First' });
    const second = makeAccount({ label: 'Second' });
    const fake = installFakeVault(makeState({ accounts: [first, second] }));
    render(<App />);
    await screen.findByRole('article', { name: 'First' });
    // Chromium may run a frame between a push's state change and React's render of it: model that by running every
    // frame callback at once. Focus must not go to the First detail that the render is about to replace.
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      callback(0);
      return 0;
    });

    act(() => fake.focusAccount(second.id));

    const detail = await screen.findByRole('article', { name: 'Second' });
    await waitFor(() => expect(document.activeElement).toBe(detail));
  });

  it('waits for the account when the request arrives before the accounts load', async () => {
    const other = makeAccount({ label: 'Another' });
    const account = makeAccount({ label: 'Late' });
    const fake = installFakeVault();
    const reply = deferred<Envelope<VaultState>>();
    fake.respond.getState = () => reply.promise;
    render(<App />);

    act(() => fake.focusAccount(account.id));
    await act(async () => reply.resolve(ok(makeState({ accounts: [other, account] }))));

    const detail = await screen.findByRole('article', { name: 'Late' });
    await waitFor(() => expect(document.activeElement).toBe(detail));
  });

  it('does nothing for an account that is not in the vault', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'Only' })] }));
    render(<App />);
    await screen.findByRole('article', { name: 'Only' });

    act(() => fake.focusAccount('00000000-0000-4000-8000-0000000fffff'));

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('article', { name: 'Only' })).toBeDefined();
    // Focus stays where the window put it at launch (the list), not on the detail.
    expect(document.activeElement?.getAttribute('role')).toBe('listbox');
  });
});

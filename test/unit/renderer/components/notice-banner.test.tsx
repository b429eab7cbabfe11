// Proves the vault's one-off notice is shown as text and can be dismissed. Must not import electron, node:* or main/.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/components/app';
import { installFakeVault } from '../support/fake-vault';
import { makeAccount, makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

const notice = 'The store file could not be read and was moved to vault.json.broken-1.';

describe('NoticeBanner', () => {
  it('shows the notice until dismissed', async () => {
    installFakeVault(makeState({ notice }));
    render(<App />);

    expect((await screen.findByTestId('notice')).textContent).toContain(notice);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }));

    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('shows nothing without a notice', async () => {
    installFakeVault(makeState({ notice: null }));
    render(<App />);
    await screen.findByRole('button', { name: 'Settings' });

    expect(screen.queryByTestId('notice')).toBeNull();
  });
  it('keeps a locked vault\'s notice (no dismiss) and accepts the file only after a second, explicit click', async () => {
    const lockedNotice = 'The vault file is older than the last one akool-vault saved.';
    const fake = installFakeVault(makeState({ notice: lockedNotice, locked: true, accounts: [makeAccount()] }));
    render(<App />);

    expect((await screen.findByTestId('notice')).textContent).toContain(lockedNotice);
    // The window's own first focus (the list) lands before the person acts.
    await waitFor(() => expect(document.activeElement?.id).toBe('account-list'));
    expect(screen.queryByRole('button', { name: 'Dismiss notice' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Accept this vault file…' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Accept this vault file…' }));
    expect(fake.calls.map((call) => call.method)).not.toContain('acceptVaultFile');

    fireEvent.click(screen.getByRole('button', { name: 'Accept this vault file…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Accept this vault file' }));
    await waitFor(() => expect(screen.queryByTestId('notice')).toBeNull());
    await waitFor(() => expect(document.activeElement?.id).toBe('account-list'));
    expect(fake.calls.filter((call) => call.method === 'acceptVaultFile')).toEqual([{ method: 'acceptVaultFile', input: { confirmed: true } }]);
  });
});

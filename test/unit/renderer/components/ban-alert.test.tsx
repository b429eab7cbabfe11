// Proves banned accounts raise a prominent alert naming each of them, including when a push reports the ban. Must not import electron, node:* or main/.
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/components/app';
import { installFakeVault } from '../support/fake-vault';
import { makeAccount, makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

describe('BanAlert', () => {
  it('lists every banned account, and only those, in a role="alert" region', async () => {
    installFakeVault(
      makeState({
        accounts: [
          makeAccount({ label: 'Old key', status: 'banned' }),
          makeAccount({ label: 'Fine key', status: 'active' }),
          makeAccount({ label: 'Second ban', status: 'banned' }),
        ],
      }),
    );
    render(<App />);

    const alert = await screen.findByTestId('ban-alert');

    expect(alert.getAttribute('role')).toBe('alert');
    const items = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Account Old key is banned by Akool (code 1200)',
      'Account Second ban is banned by Akool (code 1200)',
    ]);
    expect(alert.textContent).not.toContain('Fine key');
  });

  it('is absent while no account is banned', async () => {
    installFakeVault(makeState({ accounts: [makeAccount({ label: 'Fine key', status: 'expired' })] }));
    render(<App />);

    await screen.findByRole('article', { name: 'Fine key' });

    expect(screen.queryByTestId('ban-alert')).toBeNull();
  });

  it('appears when an accountsChanged push reports a ban', async () => {
    const account = makeAccount({ label: 'Fine key', status: 'active' });
    const fake = installFakeVault(makeState({ accounts: [account] }));
    render(<App />);
    await screen.findByRole('article', { name: 'Fine key' });

    act(() => fake.pushState(makeState({ accounts: [{ ...account, status: 'banned' }] })));

    expect(screen.getByTestId('ban-alert').textContent).toContain('Account Fine key is banned by Akool (code 1200)');
  });
});

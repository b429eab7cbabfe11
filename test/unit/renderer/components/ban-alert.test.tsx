// Proves banned accounts raise a prominent alert naming each of them until the user dismisses that account's alert. Must not import electron, node:* or main/.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/components/app';
import { fail, installFakeVault } from '../support/fake-vault';
import { makeAccount, makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

const itemTexts = (alert: HTMLElement): (string | null)[] =>
  within(alert)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('span')?.textContent ?? null);

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
    expect(itemTexts(alert)).toEqual([
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

    expect(itemTexts(screen.getByTestId('ban-alert'))).toEqual(['Account Fine key is banned by Akool (code 1200)']);
  });

  it('leaves out a ban the user already dismissed', async () => {
    installFakeVault(
      makeState({
        accounts: [
          makeAccount({ label: 'Seen', status: 'banned', banDismissed: true }),
          makeAccount({ label: 'New ban', status: 'banned' }),
        ],
      }),
    );
    render(<App />);

    expect(itemTexts(await screen.findByTestId('ban-alert'))).toEqual(['Account New ban is banned by Akool (code 1200)']);
  });

  it('dismisses one account with its own button, keeps the others, and stays dismissed across pushes', async () => {
    const first = makeAccount({ label: 'Old key', status: 'banned' });
    const second = makeAccount({ label: 'Second ban', status: 'banned' });
    const fake = installFakeVault(makeState({ accounts: [first, second] }));
    render(<App />);
    const alert = await screen.findByTestId('ban-alert');

    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss the alert for Old key' }));

    await screen.findByText('An account is banned');
    expect(fake.inputsTo('dismissBanAlert')).toEqual([{ id: first.id }]);
    expect(itemTexts(screen.getByTestId('ban-alert'))).toEqual(['Account Second ban is banned by Akool (code 1200)']);
    act(() => fake.pushState(makeState({ accounts: [{ ...first, banDismissed: true }, second] })));
    expect(itemTexts(screen.getByTestId('ban-alert'))).toEqual(['Account Second ban is banned by Akool (code 1200)']);
  });

  it('keeps the alert and says why when dismissing fails', async () => {
    const account = makeAccount({ label: 'Old key', status: 'banned' });
    const fake = installFakeVault(makeState({ accounts: [account] }));
    fake.respond.dismissBanAlert = async () => fail({ code: 'storage-failed', message: 'disk full' });
    render(<App />);
    const alert = await screen.findByTestId('ban-alert');

    fireEvent.click(within(alert).getByRole('button', { name: /^Dismiss/ }));

    expect(await within(alert).findByText(/disk full/)).toBeDefined();
    expect(itemTexts(screen.getByTestId('ban-alert'))).toEqual(['Account Old key is banned by Akool (code 1200)']);
  });
});

// Proves "Check all N": one checkAll request for what is shown, aria-disabled (so focus stays) while it runs, the count and errors in the status strip. Must not import electron, node:* or main/.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../../preload/contract';
import { App } from '../../../../renderer/src/components/app';
import { deferred, fail, installFakeVault, ok } from '../support/fake-vault';
import { makeAccount, makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

describe('CheckAllButton', () => {
  it('checks every account with one request, busy but focusable until it answers, then reports the count', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'One' }), makeAccount({ label: 'Two' })] }));
    const reply = deferred<Envelope<{ checked: number }>>();
    fake.respond.checkAll = () => reply.promise;
    render(<App />);
    const button = await screen.findByRole('button', { name: 'Check all 2' });
    // At launch focus goes to the list (KeePassXC's start); then the person moves to the button.
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('listbox'));
    button.focus();
    fireEvent.click(button);
    fireEvent.click(button);

    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(button);
    expect(fake.inputsTo('checkAll')).toEqual([{}]);
    reply.resolve(ok({ checked: 2 }));
    expect((await screen.findByTestId('toast')).textContent).toBe('Checked 2 accounts.');
    expect(button.getAttribute('aria-disabled')).toBeNull();
  });

  it('shows a failure in the status strip', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'One' })] }));
    fake.respond.checkAll = async () => fail({ code: 'storage-failed', message: 'disk full' });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Check all 1' }));

    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toBe('Check all failed: The vault could not save its data: disk full (storage-failed)');
    expect(toast.closest('[role="status"]')).not.toBeNull();
  });

  it('is not offered while there is no account', async () => {
    installFakeVault(makeState());
    render(<App />);

    await screen.findByRole('button', { name: 'Settings' });
    expect(screen.queryByRole('button', { name: /^Check / })).toBeNull();
  });
});

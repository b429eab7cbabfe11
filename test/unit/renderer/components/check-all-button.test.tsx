// Proves "Check all now": one checkAll request, aria-disabled (so focus stays) while it runs, the count and errors as text. Must not import electron, node:* or main/.
import { fireEvent, render, screen } from '@testing-library/react';
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
    const button = await screen.findByRole('button', { name: 'Check all now' });

    button.focus();
    fireEvent.click(button);
    fireEvent.click(button);

    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(button);
    expect(fake.inputsTo('checkAll')).toEqual([{}]);
    reply.resolve(ok({ checked: 2 }));
    expect(await screen.findByText('Checked 2 accounts')).toBeDefined();
    expect(button.getAttribute('aria-disabled')).toBeNull();
  });

  it('shows a failure as an alert', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'One' })] }));
    fake.respond.checkAll = async () => fail({ code: 'storage-failed', message: 'disk full' });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Check all now' }));

    const message = await screen.findByText('The vault could not save its data: disk full (storage-failed)');
    expect(message.getAttribute('role')).toBe('alert');
  });

  it('is not offered while there is no account', async () => {
    installFakeVault(makeState());
    render(<App />);

    await screen.findByRole('button', { name: 'Settings' });
    expect(screen.queryByRole('button', { name: 'Check all now' })).toBeNull();
  });
});

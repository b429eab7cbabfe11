// Proves "Check all now": one checkAll request, disabled while it runs or with no accounts, the count and errors as text. Must not import electron, node:* or main/.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../../preload/contract';
import { App } from '../../../../renderer/src/components/app';
import { deferred, fail, installFakeVault, ok } from '../support/fake-vault';
import { makeAccount, makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

describe('CheckAllButton', () => {
  it('checks every account with one request, disabled until it answers, then reports the count', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'One' }), makeAccount({ label: 'Two' })] }));
    const reply = deferred<Envelope<{ checked: number }>>();
    fake.respond.checkAll = () => reply.promise;
    render(<App />);
    const button = await screen.findByRole('button', { name: 'Check all now' });

    fireEvent.click(button);

    expect(button).toHaveProperty('disabled', true);
    expect(fake.inputsTo('checkAll')).toEqual([{}]);
    reply.resolve(ok({ checked: 2 }));
    expect(await screen.findByText('Checked 2 accounts')).toBeDefined();
    expect(button).toHaveProperty('disabled', false);
  });

  it('shows a failure as an alert', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'One' })] }));
    fake.respond.checkAll = async () => fail({ code: 'storage-failed', message: 'disk full' });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Check all now' }));

    expect((await screen.findByRole('alert')).textContent).toBe('The vault could not save its data: disk full (storage-failed)');
  });

  it('is disabled while there is no account', async () => {
    installFakeVault(makeState());
    render(<App />);

    expect(await screen.findByRole('button', { name: 'Check all now' })).toHaveProperty('disabled', true);
  });
});

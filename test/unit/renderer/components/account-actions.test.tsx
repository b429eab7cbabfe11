// Proves the per-account actions: pending buttons disabled, errors shown on the card, copy as token or header, rename, replace secret, remove confirmation. Must not import electron, node:* or main/.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountView, Envelope } from '../../../../preload/contract';
import { App } from '../../../../renderer/src/components/app';
import { deferred, fail, installFakeVault, ok } from '../support/fake-vault';
import { makeAccount, makeState } from '../support/fixtures';
import { reactTreeContains, webStorageContains } from '../support/react-tree';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

const canary = 'REPLACEMENT-CANARY-77ae02';

async function setup(accounts: AccountView[] = [makeAccount({ label: 'Production' })]) {
  const fake = installFakeVault(makeState({ accounts }));
  const { container } = render(<App />);
  const card = await screen.findByRole('article', { name: accounts[0]?.label ?? '' });
  const button = (name: string): HTMLElement => within(card).getByRole('button', { name });
  return { fake, container, card, button };
}

function secretField(card: HTMLElement): HTMLInputElement {
  const element = within(card).getByLabelText('New secret');
  if (!(element instanceof HTMLInputElement)) throw new Error('New secret is not an input');
  return element;
}

describe('AccountActions', () => {
  it('disables only the button whose request runs, then re-enables it', async () => {
    const { fake, card, button } = await setup();
    const reply = deferred<Envelope<AccountView>>();
    fake.respond.checkAccount = () => reply.promise;

    fireEvent.click(button('Check now'));

    expect(button('Check now')).toHaveProperty('disabled', true);
    expect(button('Renew token')).toHaveProperty('disabled', false);
    reply.resolve(ok(makeAccount({ label: 'Production', checkedAt: new Date().toISOString() })));
    expect(await within(card).findByText('Check finished')).toBeDefined();
    expect(button('Check now')).toHaveProperty('disabled', false);
  });

  it('sends the account id and shows the renewed token fingerprint', async () => {
    const account = makeAccount({ label: 'Production', tokenFingerprint: 'ab12cd34' });
    const { fake, card, button } = await setup([account]);

    fireEvent.click(button('Renew token'));

    expect(await within(card).findByText('token fedc9876')).toBeDefined();
    expect(fake.inputsTo('renewToken')).toEqual([{ id: account.id }]);
  });

  it('shows a failed request as an alert inside that account only', async () => {
    const first = makeAccount({ label: 'Production' });
    const second = makeAccount({ label: 'Staging' });
    const { fake, card, button } = await setup([first, second]);
    fake.respond.checkAccount = async () => fail({ code: 'unreachable', message: 'connect ETIMEDOUT' });

    fireEvent.click(button('Check now'));

    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toBe('Akool could not be reached: connect ETIMEDOUT (unreachable)');
    expect(within(screen.getByRole('article', { name: 'Staging' })).queryByRole('alert')).toBeNull();
  });

  it('copies the token, says so on the card, then that the clipboard was cleared', async () => {
    const account = makeAccount({ label: 'Production' });
    const { fake, card, button } = await setup([account]);

    fireEvent.click(button('Copy token'));

    const status = within(card).getByTestId('account-status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(await within(status).findByText('Token copied')).toBeDefined();
    expect(fake.inputsTo('copyToken')).toEqual([{ id: account.id, format: 'token' }]);
    act(() => fake.clearClipboard('timeout'));
    expect(await within(status).findByText('Clipboard cleared')).toBeDefined();
    expect(within(status).queryByText('Token copied')).toBeNull();
  });

  it('copies an Authorization header with "Copy as header"', async () => {
    const account = makeAccount({ label: 'Production' });
    const { fake, card, button } = await setup([account]);

    fireEvent.click(button('Copy as header'));

    expect(await within(within(card).getByTestId('account-status')).findByText('Authorization header copied')).toBeDefined();
    expect(fake.inputsTo('copyToken')).toEqual([{ id: account.id, format: 'header' }]);
  });

  it('renames through the inline form', async () => {
    const account = makeAccount({ label: 'Production' });
    const { fake, button, card } = await setup([account]);

    fireEvent.click(button('Rename'));
    fireEvent.change(within(card).getByLabelText('New name'), { target: { value: 'Production EU' } });
    fireEvent.click(button('Save name'));

    expect(await screen.findByRole('article', { name: 'Production EU' })).toBeDefined();
    expect(fake.inputsTo('renameAccount')).toEqual([{ id: account.id, label: 'Production EU' }]);
  });

  it('replaces the secret from an uncontrolled field cleared at once, and closes the form on success', async () => {
    const account = makeAccount({ label: 'Production' });
    const { fake, container, card, button } = await setup([account]);
    const reply = deferred<Envelope<AccountView>>();
    fake.respond.replaceSecret = () => reply.promise;

    fireEvent.click(button('Replace secret'));
    fireEvent.change(secretField(card), { target: { value: canary } });
    fireEvent.click(button('Save secret'));

    expect(secretField(card).value).toBe('');
    expect(reactTreeContains(container, canary)).toBe(false);
    expect(fake.inputsTo('replaceSecret')).toEqual([{ id: account.id, clientSecret: canary }]);
    reply.resolve(ok(account));
    expect(await within(card).findByText('Secret replaced')).toBeDefined();
    expect(within(card).queryByLabelText('New secret')).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain(canary);
    expect(webStorageContains(canary)).toBe(false);
  });

  it('keeps the replace form open with an empty field and the error when the new secret is refused', async () => {
    const { fake, container, card, button } = await setup();
    fake.respond.replaceSecret = async () => fail({ code: 'invalid-credentials', message: 'Akool refused the new secret' });

    fireEvent.click(button('Replace secret'));
    fireEvent.change(secretField(card), { target: { value: canary } });
    fireEvent.click(button('Save secret'));

    expect((await within(card).findByRole('alert')).textContent).toContain('Akool refused the new secret');
    expect(secretField(card).value).toBe('');
    expect(reactTreeContains(container, canary)).toBe(false);
    expect(document.documentElement.outerHTML).not.toContain(canary);
  });
});

describe('Remove', () => {
  it('asks for confirmation and sends nothing until "Confirm remove"', async () => {
    const account = makeAccount({ label: 'Production' });
    const { fake, card, button } = await setup([account]);

    fireEvent.click(button('Remove'));

    expect(fake.inputsTo('removeAccount')).toEqual([]);
    expect(within(card).getByRole('group', { name: 'Remove Production' })).toBeDefined();
    fireEvent.click(button('Confirm remove'));
    await screen.findByText(/No accounts yet/);
    expect(fake.inputsTo('removeAccount')).toEqual([{ id: account.id }]);
    expect(screen.queryByRole('article', { name: 'Production' })).toBeNull();
  });

  it('cancels without removing', async () => {
    const { fake, card, button } = await setup();

    fireEvent.click(button('Remove'));
    fireEvent.click(button('Cancel'));

    expect(within(card).queryByRole('button', { name: 'Confirm remove' })).toBeNull();
    expect(fake.inputsTo('removeAccount')).toEqual([]);
    expect(screen.getByRole('article', { name: 'Production' })).toBeDefined();
  });

  it('keeps the account and shows the error when removal fails', async () => {
    const { fake, card, button } = await setup();
    fake.respond.removeAccount = async () => fail({ code: 'storage-failed', message: 'disk full' });

    fireEvent.click(button('Remove'));
    fireEvent.click(button('Confirm remove'));

    expect((await within(card).findByRole('alert')).textContent).toContain('disk full');
    expect(screen.getByRole('article', { name: 'Production' })).toBeDefined();
  });
});

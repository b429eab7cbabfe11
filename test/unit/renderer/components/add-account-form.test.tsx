// Proves the add-account form: the secret is read once, cleared on success and failure, and never kept in React, the DOM or web storage. Must not import electron, node:* or main/.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountView, Envelope } from '../../../../preload/contract';
import { App } from '../../../../renderer/src/components/app';
import { deferred, fail, installFakeVault, ok } from '../support/fake-vault';
import { makeAccount } from '../support/fixtures';
import { reactTreeContains, webStorageContains } from '../support/react-tree';
import { resetRendererTest } from '../support/reset';

const canary = 'SECRET-CANARY-9c41d7';

afterEach(resetRendererTest);

function field(name: string): HTMLInputElement {
  const element = screen.getByLabelText(name);
  if (!(element instanceof HTMLInputElement)) throw new Error(`${name} is not an input`);
  return element;
}

async function fillAndSubmit(): Promise<void> {
  await screen.findByRole('heading', { name: 'Add an account' });
  fireEvent.change(field('Label'), { target: { value: 'Staging' } });
  fireEvent.change(field('Client ID'), { target: { value: 'client-staging' } });
  fireEvent.change(field('Client secret'), { target: { value: canary } });
  fireEvent.change(field('Base URL (optional)'), { target: { value: 'https://eu.openapi.example' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
}

function expectSecretNowhere(container: HTMLElement): void {
  expect(field('Client secret').value).toBe('');
  expect(document.documentElement.outerHTML).not.toContain(canary);
  expect(document.body.textContent).not.toContain(canary);
  expect(reactTreeContains(container, canary)).toBe(false);
  expect(webStorageContains(canary)).toBe(false);
}

describe('AddAccountForm', () => {
  it('labels its fields and sets the autocomplete and password attributes', async () => {
    installFakeVault();
    render(<App />);
    await screen.findByRole('heading', { name: 'Add an account' });
    expect(field('Client ID').autocomplete).toBe('off');
    expect(field('Client ID').getAttribute('spellcheck')).toBe('false');
    expect(field('Client secret').type).toBe('password');
    expect(field('Client secret').autocomplete).toBe('new-password');
    expect(field('Client secret').getAttribute('spellcheck')).toBe('false');
    expect(field('Base URL (optional)').placeholder).toBe('https://openapi.akool.com');
  });

  it('sends the secret once, clears it before the reply, then resets the form on success', async () => {
    const fake = installFakeVault();
    const reply = deferred<Envelope<AccountView>>();
    fake.respond.addAccount = () => reply.promise;
    const { container } = render(<App />);

    await fillAndSubmit();

    expect(fake.inputsTo('addAccount')).toEqual([
      { label: 'Staging', clientId: 'client-staging', clientSecret: canary, baseUrl: 'https://eu.openapi.example' },
    ]);
    expect(screen.getByRole('button', { name: 'Add account' })).toHaveProperty('disabled', true);
    expectSecretNowhere(container);

    reply.resolve(ok(makeAccount({ label: 'Staging', clientId: 'client-staging' })));
    await screen.findByRole('article', { name: 'Staging' });

    expect(field('Label').value).toBe('');
    expect(field('Client ID').value).toBe('');
    expect(field('Base URL (optional)').value).toBe('');
    expect(screen.queryByTestId('form-error')).toBeNull();
    expectSecretNowhere(container);
  });

  it('keeps label, client ID and base URL, clears the secret, and shows the code and message on failure', async () => {
    const fake = installFakeVault();
    fake.respond.addAccount = async () =>
      fail({ code: 'invalid-credentials', message: 'Akool answered code 1101: invalid client credentials' });
    const { container } = render(<App />);

    await fillAndSubmit();
    const error = await screen.findByTestId('form-error');

    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('invalid-credentials');
    expect(error.textContent).toContain('Akool answered code 1101: invalid client credentials');
    expect(within(container).getByRole('button', { name: 'Add account' })).toHaveProperty('disabled', false);
    expect(field('Label').value).toBe('Staging');
    expect(field('Client ID').value).toBe('client-staging');
    expect(field('Base URL (optional)').value).toBe('https://eu.openapi.example');
    expect(screen.queryByRole('article')).toBeNull();
    expectSecretNowhere(container);
  });

  it('omits the base URL when the field is left empty', async () => {
    const fake = installFakeVault();
    render(<App />);
    await screen.findByRole('heading', { name: 'Add an account' });
    fireEvent.change(field('Label'), { target: { value: 'Default' } });
    fireEvent.change(field('Client ID'), { target: { value: 'client-default' } });
    fireEvent.change(field('Client secret'), { target: { value: canary } });
    fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
    await screen.findByRole('article', { name: 'Default' });

    expect(fake.inputsTo('addAccount')).toEqual([{ label: 'Default', clientId: 'client-default', clientSecret: canary }]);
  });
});

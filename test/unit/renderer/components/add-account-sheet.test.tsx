// Proves the add-account sheet: a labelled modal dialog, errors at their field in plain words, the secret kept after a failed add and emptied after success, a busy state that keeps focus, Esc. Must not import electron, node:* or main/.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountView, Envelope, ProtectionView } from '../../../../preload/contract';
import { AddAccountSheet } from '../../../../renderer/src/components/add-account/add-account-sheet';
import { deferred, fail, installFakeVault, ok } from '../support/fake-vault';
import { makeAccount, makeState, strongProtection } from '../support/fixtures';
import { reactTreeContains, webStorageContains } from '../support/react-tree';
import { resetRendererTest } from '../support/reset';

const canary = 'SECRET-CANARY-5e02aa';

afterEach(resetRendererTest);

/** How long a wait may take on a loaded machine before the test fails; the tests assert what happens, not how fast. */
const patience = { timeout: 5_000 };

function field(name: string): HTMLInputElement {
  const element = screen.getByLabelText(name);
  if (!(element instanceof HTMLInputElement)) throw new Error(`${name} is not an input`);
  return element;
}

const legacyChoice = 'Client ID + secret (legacy: exchanges for a bearer token)';

/** Renders the sheet; unless `byKey`, switches it to client ID + secret, which most of these tests exercise. */
function renderSheet(protection: ProtectionView = strongProtection, byKey = false) {
  const handlers = { onAdded: vi.fn(), onClose: vi.fn(), onProtectionChanged: vi.fn(), onOpenExisting: vi.fn() };
  const view = render(<AddAccountSheet accounts={[]} protection={protection} {...handlers} />);
  if (!byKey) fireEvent.click(screen.getByLabelText(legacyChoice));
  return { ...handlers, container: view.container };
}

function fill(clientId: string, secret: string): void {
  fireEvent.change(field('Client ID'), { target: { value: clientId } });
  fireEvent.change(field('Client secret'), { target: { value: secret } });
}

const submit = (): void => {
  fireEvent.click(screen.getByRole('button', { name: /Add account|Checking with Akool/ }));
};

/** The sentence a field's aria-describedby points at, joined. */
function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function expectSecretOnlyInItsField(container: HTMLElement): void {
  expect(document.documentElement.outerHTML).not.toContain(canary);
  expect(reactTreeContains(container, canary)).toBe(false);
  expect(webStorageContains(canary)).toBe(false);
}

describe('AddAccountSheet', () => {
  it('is a labelled modal dialog that focuses the key field (not the optional label) and says where the credentials come from', () => {
    installFakeVault();
    renderSheet(strongProtection, true);
    const dialog = screen.getByRole('dialog', { name: 'Add an Akool account' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(field('API key'));
    const help = screen.getByRole('button', { name: 'Where do I find these?' });
    expect(help.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(help);
    expect(help.getAttribute('aria-expanded')).toBe('true');
    expect(within(dialog).getByText(/API Credentials/)).toBeTruthy();
    expect(within(dialog).getByText('docs.akool.com/authentication/usage')).toBeTruthy();
  });

  it('tells, for the API-key choice, to copy the value Akool shows as API Key, and for the legacy choice, both values', () => {
    installFakeVault();
    renderSheet(strongProtection, true);
    fireEvent.click(screen.getByRole('button', { name: 'Where do I find these?' }));
    const help = screen.getByRole('dialog').querySelector('.credentials-steps');
    expect(help?.textContent).toContain('copy the value Akool shows as API Key: paste it as the API key here');
    expect(help?.textContent).not.toContain('client ID');
    fireEvent.click(screen.getByLabelText(legacyChoice));
    expect(help?.textContent).toContain('it shows your client ID and your client secret, which Akool calls API Key');
    expect(help?.textContent).not.toContain('paste it as the API key here');
  });

  it('names an empty client ID next to its field and sends nothing', () => {
    const fake = installFakeVault();
    renderSheet();
    fireEvent.change(field('Client secret'), { target: { value: canary } });
    submit();
    const clientId = field('Client ID');
    expect(clientId.getAttribute('aria-invalid')).toBe('true');
    expect(description(clientId)).toBe('Enter the client ID from Akool’s API Credentials page.');
    expect(document.activeElement).toBe(clientId);
    expect(field('Client secret').getAttribute('aria-invalid')).toBe('false');
    expect(fake.inputsTo('addAccount')).toEqual([]);
    expect(field('Client secret').value).toBe(canary);
  });

  it('puts a rejected pair at the secret in plain words, code behind Details, and keeps the secret in its field', async () => {
    const fake = installFakeVault();
    fake.respond.addAccount = async () =>
      fail({ code: 'invalid-credentials', message: 'Akool answered code 1101: invalid client credentials' });
    const { container, onAdded } = renderSheet();
    fill('client-staging', canary);
    submit();

    const secret = field('Client secret');
    await vi.waitFor(() => expect(secret.getAttribute('aria-invalid')).toBe('true'), patience);
    const sentence = 'Akool did not accept this client ID and secret. Check both against Akool’s API Credentials page.';
    expect(description(secret)).toBe(sentence);
    expect(description(field('Client ID'))).toBe(sentence);
    expect(field('Client ID').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(secret);
    const errors = screen.getAllByTestId('add-error');
    expect(errors).toHaveLength(1);
    const details = within(errors[0] ?? container).getByText('Details').closest('details');
    expect(details?.open).toBe(false);
    expect(details?.textContent).toContain('invalid-credentials: Akool answered code 1101');
    expect(screen.getByRole('dialog').textContent?.split(sentence)).toHaveLength(2);

    expect(secret.value).toBe(canary);
    expect(field('Client ID').value).toBe('client-staging');
    expect(onAdded).not.toHaveBeenCalled();
    expectSecretOnlyInItsField(container);
  });

  it('retries with the kept secret and empties it once the add succeeds', async () => {
    const fake = installFakeVault();
    fake.respond.addAccount = async () => fail({ code: 'unreachable', message: 'Could not reach the Akool API: timeout.' });
    const { container, onAdded } = renderSheet();
    fill('client-staging', canary);
    submit();
    await vi.waitFor(() => expect(field('Base URL').getAttribute('aria-invalid')).toBe('true'), patience);

    const added = makeAccount({ label: 'ops@example.com', clientId: 'client-staging' });
    fake.respond.addAccount = async () => ok(added);
    submit();
    await vi.waitFor(() => expect(onAdded).toHaveBeenCalledWith(added), patience);

    expect(fake.inputsTo('addAccount')).toEqual([
      { kind: 'client-credentials', clientId: 'client-staging', clientSecret: canary },
      { kind: 'client-credentials', clientId: 'client-staging', clientSecret: canary },
    ]);
    expect(field('Client secret').value).toBe('');
    expectSecretOnlyInItsField(container);
  });

  it('shows "Checking with Akool…" on a button that stays focusable and ignores a second submit', async () => {
    const fake = installFakeVault();
    const reply = deferred<Envelope<AccountView>>();
    fake.respond.addAccount = () => reply.promise;
    const { onAdded } = renderSheet();
    fill('client-staging', canary);
    const button = screen.getByRole('button', { name: 'Add account' });
    button.focus();
    submit();

    expect(button.textContent).toBe('Checking with Akool…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(button);
    submit();
    expect(fake.inputsTo('addAccount')).toHaveLength(1);

    await act(async () => reply.resolve(ok(makeAccount())));
    expect(onAdded).toHaveBeenCalledTimes(1);
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });

  it('opens Advanced and puts an unreachable server at the base URL; sends label and base URL only when given', async () => {
    const fake = installFakeVault();
    fake.respond.addAccount = async () => fail({ code: 'unreachable', message: 'Could not reach the Akool API: refused.' });
    renderSheet();
    fireEvent.change(field('Label'), { target: { value: '  Staging  ' } });
    fill('client-staging', canary);
    submit();
    await vi.waitFor(() => expect(document.activeElement).toBe(field('Base URL')), patience);
    expect(field('Base URL').closest('details')?.open).toBe(true);
    expect(description(field('Base URL'))).toBe(
      'Akool could not be reached. Check your connection, or the base URL under Advanced.',
    );
    fireEvent.change(field('Base URL'), { target: { value: 'https://eu.example.test' } });
    submit();
    await vi.waitFor(() => expect(fake.inputsTo('addAccount')).toHaveLength(2), patience);
    expect(fake.inputsTo('addAccount')[1]).toEqual({
      kind: 'client-credentials',
      label: 'Staging',
      clientId: 'client-staging',
      clientSecret: canary,
      baseUrl: 'https://eu.example.test',
    });
  });

  it('shows an error that concerns no field once, as an alert, and keeps focus on the button', async () => {
    const fake = installFakeVault();
    fake.respond.addAccount = async () => fail({ code: 'storage-failed', message: 'EACCES writing vault.json' });
    renderSheet();
    fill('client-staging', canary);
    const button = screen.getByRole('button', { name: 'Add account' });
    button.focus();
    submit();
    const alert = await screen.findByRole('alert', {}, patience);
    expect(alert.textContent).toContain('The vault could not save the account');
    expect(document.activeElement).toBe(button);
    for (const name of ['Label', 'Client ID', 'Client secret', 'Base URL']) {
      expect(field(name).getAttribute('aria-invalid'), name).toBe('false');
    }
  });

  it('closes on Esc and on Cancel', () => {
    installFakeVault();
    const { onClose } = renderSheet();
    fireEvent.keyDown(field('Label'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('offers the weak-protection opt-in when secrets would be weakly protected, and reports the choice', async () => {
    const weak: ProtectionView = { backend: 'basic_text', level: 'weak', weakOptIn: false, canStoreSecrets: false, sealMark: 'v10', weakSeals: 0 };
    const fake = installFakeVault(makeState({ protection: weak }));
    const { onProtectionChanged } = renderSheet(weak);
    fireEvent.click(screen.getByLabelText('Store secrets with weak protection anyway'));
    await vi.waitFor(() =>
      expect(onProtectionChanged).toHaveBeenCalledWith({ ...weak, weakOptIn: true, canStoreSecrets: true }), patience);
    expect(fake.inputsTo('setWeakProtectionOptIn')).toEqual([{ optIn: true }]);
  });

  it('offers no opt-in when protection is strong', () => {
    installFakeVault();
    renderSheet();
    expect(screen.queryByTestId('protection-note')).toBeNull();
  });

  it('offers the API key first and by default: no client ID field, the key sent as apiKey, kept only in its field until added', async () => {
    const fake = installFakeVault();
    const { container, onAdded } = renderSheet(strongProtection, true);
    const byKey = screen.getByLabelText('API key (recommended by Akool)');
    expect(byKey instanceof HTMLInputElement && byKey.checked).toBe(true);
    expect(screen.queryByLabelText('Client ID')).toBeNull();
    submit();
    expect(description(field('API key'))).toBe('Paste the API key from Akool’s API Credentials page.');
    expect(fake.inputsTo('addAccount')).toEqual([]);

    fake.respond.addAccount = async () => fail({ code: 'invalid-credentials', message: 'Akool answered code 1101' });
    fireEvent.change(field('API key'), { target: { value: canary } });
    submit();
    await vi.waitFor(() => expect(description(field('API key'))).toMatch(/did not accept this API key/), patience);
    expect(field('API key').value).toBe(canary);

    const added = makeAccount({ kind: 'api-key', clientId: '', tokenFingerprint: null, keyFingerprint: '0123abcd' });
    fake.respond.addAccount = async () => ok(added);
    submit();
    await vi.waitFor(() => expect(onAdded).toHaveBeenCalledWith(added), patience);
    expect(fake.inputsTo('addAccount')).toEqual([
      { kind: 'api-key', apiKey: canary },
      { kind: 'api-key', apiKey: canary },
    ]);
    expect(field('API key').value).toBe('');
    expectSecretOnlyInItsField(container);
  });
});

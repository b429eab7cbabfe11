// Proves the Replace secret form starts from the account's base URL under Advanced, sends a base URL only when it was changed or the account was changed outside the app, and keeps the typed secret until the replacement succeeds. Must not import electron, node:* or main/.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changedOutsideText, ReplaceSecretForm } from '../../../../renderer/src/components/replace-secret-form';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

const current = 'https://openapi.akool.com';

function renderForm(changedOutside: boolean, accepted = true): Array<[string, string | undefined]> {
  const saved: Array<[string, string | undefined]> = [];
  render(
    <ReplaceSecretForm
      currentBaseUrl={current}
      changedOutside={changedOutside}
      pending={false}
      onSave={async (secret, baseUrl) => {
        saved.push([secret, baseUrl]);
        return accepted;
      }}
      onCancel={() => undefined}
    />,
  );
  return saved;
}

const field = (name: string): HTMLInputElement => {
  const found = screen.getByLabelText(name);
  if (!(found instanceof HTMLInputElement)) throw new Error(`${name} is not an input`);
  return found;
};
const advanced = (): HTMLDetailsElement => {
  const found = screen.getByText('Advanced').closest('details');
  if (found === null) throw new Error('no Advanced disclosure');
  return found;
};

describe('ReplaceSecretForm', () => {
  it('keeps the base URL under a closed Advanced, prefilled, and sends none while it is unchanged; empties the secret once saved', async () => {
    const saved = renderForm(false);
    expect(advanced().open).toBe(false);
    expect(field('Base URL').value).toBe(current);
    expect(screen.queryByText(changedOutsideText)).toBeNull();
    fireEvent.change(field('New secret'), { target: { value: 'typed-secret' } });
    fireEvent.submit(field('New secret'));
    expect(saved).toEqual([['typed-secret', undefined]]);
    await waitFor(() => expect(field('New secret').value).toBe(''));
  });

  it('keeps the typed secret in its field when the replacement is refused, for a retry', async () => {
    const saved = renderForm(false, false);
    fireEvent.change(field('New secret'), { target: { value: 'typed-secret' } });
    fireEvent.submit(field('New secret'));
    expect(saved).toEqual([['typed-secret', undefined]]);
    await Promise.resolve();
    expect(field('New secret').value).toBe('typed-secret');
  });

  it('sends the base URL the user typed, trimmed', () => {
    const saved = renderForm(false);
    fireEvent.change(field('New secret'), { target: { value: 'typed-secret' } });
    fireEvent.change(field('Base URL'), { target: { value: '  https://eu.example  ' } });
    fireEvent.submit(field('New secret'));
    expect(saved).toEqual([['typed-secret', 'https://eu.example']]);
  });

  it('for an account changed outside the app: Advanced open, the warning tied to the field, and the base URL always sent', () => {
    const saved = renderForm(true);
    expect(advanced().open).toBe(true);
    const hint = screen.getByText(changedOutsideText);
    expect(field('Base URL').getAttribute('aria-describedby')).toBe(hint.id);
    fireEvent.change(field('New secret'), { target: { value: 'typed-secret' } });
    fireEvent.submit(field('New secret'));
    expect(saved).toEqual([['typed-secret', current]]);
  });
});

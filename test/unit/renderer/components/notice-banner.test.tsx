// Proves the vault's one-off notice is shown as text and can be dismissed. Must not import electron, node:* or main/.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/components/app';
import { installFakeVault } from '../support/fake-vault';
import { makeState } from '../support/fixtures';
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
});

// Proves an empty vault shows an invitation to add the first account and no account cards. Must not import electron, node:* or main/.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/components/app';
import { installFakeVault } from '../support/fake-vault';
import { makeAccount, makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

describe('EmptyState', () => {
  it('invites to add the first account when there are none', async () => {
    installFakeVault(makeState({ accounts: [] }));
    render(<App />);

    expect(await screen.findByText('No accounts yet.')).toBeDefined();
    expect(screen.getByText(/Add your first Akool API account/)).toBeDefined();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('is not shown once an account exists', async () => {
    installFakeVault(makeState({ accounts: [makeAccount({ label: 'Production' })] }));
    render(<App />);

    await screen.findByRole('article', { name: 'Production' });

    expect(screen.queryByText('No accounts yet.')).toBeNull();
  });
});

// Proves an account card shows every fact as text: status, expiry, identity, credit, last check, fingerprint, problem. Must not import electron, node:* or main/.
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountStatus, AccountView } from '../../../../preload/contract';
import { AccountCard } from '../../../../renderer/src/components/account-card';
import { makeAccount } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

const now = Date.parse('2030-06-15T12:00:00.000Z');
const handlers = { onChanged: () => undefined, onRemoved: () => undefined, onCopied: () => undefined };

afterEach(resetRendererTest);

function renderCard(overrides: Partial<AccountView>): HTMLElement {
  const account = makeAccount({ label: 'Production', ...overrides });
  render(<AccountCard account={account} now={now} clipboardText={null} handlers={handlers} />);
  return screen.getByRole('article', { name: 'Production' });
}

describe('AccountCard', () => {
  it('shows label, client ID, status, expiry, identity, credit, last check and fingerprint', () => {
    const card = renderCard({
      clientId: 'client-prod-1',
      status: 'expiring',
      expiresAt: new Date(now + 12 * 86_400_000 + 3_600_000).toISOString(),
      email: 'ops@example.com',
      uid: '4242',
      credit: 42,
      checkedAt: new Date(now - 2 * 60_000).toISOString(),
      tokenFingerprint: 'ab12cd34',
    });

    expect(within(card).getByRole('heading', { name: 'Production' })).toBeDefined();
    expect(within(card).getByText('client-prod-1')).toBeDefined();
    const badge = card.querySelector('[data-status]');
    expect(badge?.getAttribute('data-status')).toBe('expiring');
    expect(badge?.textContent).toBe('Status: expiring soon');
    expect(within(card).getByTestId('expiry').textContent).toMatch(/ · expires in 12 days$/);
    expect(within(card).getByTestId('identity').textContent).toBe('ops@example.com · uid 4242');
    expect(within(card).getByTestId('credit').textContent).toBe('42 credits');
    expect(within(card).getByTestId('checked').textContent).toBe('checked 2 minutes ago');
    expect(within(card).getByTestId('fingerprint').textContent).toBe('token ab12cd34');
  });

  it('says "unknown" and "never checked" when the facts are missing', () => {
    const card = renderCard({ expiresAt: null, email: null, uid: null, credit: null, checkedAt: null, status: 'unknown' });

    expect(within(card).getByTestId('expiry').textContent).toBe('unknown');
    expect(within(card).getByTestId('identity').textContent).toBe('unknown');
    expect(within(card).getByTestId('credit').textContent).toBe('unknown');
    expect(within(card).getByTestId('checked').textContent).toBe('never checked');
  });

  it('shows the problem text and an expired countdown', () => {
    const card = renderCard({
      status: 'invalid',
      problem: 'Akool answered code 1101: invalid client credentials',
      expiresAt: new Date(now - 3 * 3_600_000).toISOString(),
    });

    expect(within(card).getByText('Akool answered code 1101: invalid client credentials')).toBeDefined();
    expect(within(card).getByTestId('expiry').textContent).toMatch(/expired 3 hours ago$/);
    expect(card.querySelector('[data-status]')?.textContent).toBe('Status: invalid credentials');
  });

  const statusWords: ReadonlyArray<readonly [AccountStatus, string]> = [
    ['active', 'active'],
    ['expired', 'expired'],
    ['banned', 'banned'],
    ['unreachable', 'unreachable'],
    ['error', 'error'],
    ['record-changed', 'record changed outside akool-vault'],
  ];

  it.each(statusWords)('labels status %s as "%s" in words', (status, words) => {
    const card = renderCard({ status });
    expect(card.querySelector(`[data-status="${status}"]`)?.textContent).toBe(`Status: ${words}`);
  });
});

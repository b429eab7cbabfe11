// Proves a focusAccount push scrolls the account's card into view and focuses it, also when it arrives before the accounts load. Must not import electron, node:* or main/.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, VaultState } from '../../../preload/contract';
import { App } from '../../../renderer/src/components/app';
import { deferred, installFakeVault, ok } from './support/fake-vault';
import { makeAccount, makeState } from './support/fixtures';
import { resetRendererTest } from './support/reset';

/** jsdom has no layout, so it has no scrollIntoView: record the calls instead. */
const scrolled: Element[] = [];
const originalScroll = Element.prototype.scrollIntoView;

beforeEach(() => {
  Element.prototype.scrollIntoView = function record(this: Element) {
    scrolled.push(this);
  };
});

afterEach(() => {
  Element.prototype.scrollIntoView = originalScroll;
  scrolled.length = 0;
  resetRendererTest();
});

describe('useFocusAccount', () => {
  it('scrolls to the named card and focuses it', async () => {
    const first = makeAccount({ label: 'First' });
    const second = makeAccount({ label: 'Second' });
    const fake = installFakeVault(makeState({ accounts: [first, second] }));
    render(<App />);
    const card = await screen.findByRole('article', { name: 'Second' });

    act(() => fake.focusAccount(second.id));

    expect(scrolled).toEqual([card]);
    expect(document.activeElement).toBe(card);
    expect(card.getAttribute('tabindex')).toBe('-1');
  });

  it('waits for the card when the request arrives before the accounts load', async () => {
    const account = makeAccount({ label: 'Late' });
    const fake = installFakeVault();
    const reply = deferred<Envelope<VaultState>>();
    fake.respond.getState = () => reply.promise;
    render(<App />);

    act(() => fake.focusAccount(account.id));
    expect(scrolled).toEqual([]);
    await act(async () => reply.resolve(ok(makeState({ accounts: [account] }))));

    const card = screen.getByRole('article', { name: 'Late' });
    expect(scrolled).toEqual([card]);
    expect(document.activeElement).toBe(card);
  });

  it('does nothing for an account that is not on the page', async () => {
    const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'Only' })] }));
    render(<App />);
    await screen.findByRole('article', { name: 'Only' });

    act(() => fake.focusAccount('00000000-0000-4000-8000-0000000fffff'));

    expect(scrolled).toEqual([]);
    expect(document.activeElement).toBe(document.body);
  });
});

// Proves the clipboard line after a copy: a countdown that ticks only while a copy is pending, "Clear now", the cleared and never-cleared texts. Must not import electron, node:* or main/.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/src/components/app';
import { fail, installFakeVault, ok } from '../support/fake-vault';
import { makeAccount, makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

const start = Date.parse('2030-06-15T12:00:00.000Z');
/** Lets the fake vault's resolved promises reach React while timers are fake. */
const settle = (): Promise<void> => act(async () => undefined);

async function copied(clearsAfterMs: number | null, concealed = true) {
  vi.useFakeTimers();
  vi.setSystemTime(start);
  const fake = installFakeVault(makeState({ accounts: [makeAccount({ label: 'Production' })] }));
  fake.respond.copyToken = async () =>
    ok({ clearsAt: clearsAfterMs === null ? null : new Date(Date.now() + clearsAfterMs).toISOString(), concealed });
  render(<App />);
  await settle();
  const timersBefore = vi.getTimerCount();
  fireEvent.click(within(screen.getByRole('article', { name: 'Production' })).getByRole('button', { name: 'Copy token' }));
  await settle();
  return { fake, bar: screen.getByTestId('clipboard-bar'), timersBefore };
}

describe('ClipboardBar', () => {
  it('is absent before any copy, and then not a live region (the card announces the copy)', async () => {
    installFakeVault(makeState({ accounts: [makeAccount({ label: 'Production' })] }));
    render(<App />);
    await screen.findByRole('article', { name: 'Production' });
    expect(screen.queryByTestId('clipboard-bar')).toBeNull();

    fireEvent.click(within(screen.getByRole('article', { name: 'Production' })).getByRole('button', { name: 'Copy token' }));

    const bar = await screen.findByTestId('clipboard-bar');
    expect(bar.getAttribute('aria-live')).toBeNull();
    expect(within(bar).getByRole('timer')).toBeDefined();
  });

  it('counts down each second while the copy is pending', async () => {
    const { bar } = await copied(30_000);

    expect(within(bar).getByText('Token copied from Production.')).toBeDefined();
    expect(within(bar).getByRole('timer').textContent).toBe('Clipboard clears in 30 s');
    act(() => vi.advanceTimersByTime(1_000));
    expect(within(bar).getByRole('timer').textContent).toBe('Clipboard clears in 29 s');
    act(() => vi.advanceTimersByTime(1_000));
    act(() => vi.advanceTimersByTime(1_000));
    expect(within(bar).getByRole('timer').textContent).toBe('Clipboard clears in 27 s');
  });

  it('says "Clipboard cleared" on the vault event and stops ticking', async () => {
    const { fake, bar, timersBefore } = await copied(30_000);
    expect(vi.getTimerCount()).toBe(timersBefore + 1);

    act(() => fake.clearClipboard('timeout'));

    expect(bar.textContent).toBe('Clipboard cleared');
    expect(vi.getTimerCount()).toBe(timersBefore);
  });

  it('goes quiet when the deadline passes, leaving no timer', async () => {
    const { bar, timersBefore } = await copied(2_000);

    act(() => vi.advanceTimersByTime(1_000));
    act(() => vi.advanceTimersByTime(1_000));

    expect(bar.textContent).toBe('');
    expect(bar.isConnected).toBe(true);
    expect(vi.getTimerCount()).toBe(timersBefore);
  });

  it('"Clear now" asks the vault to clear and then says it is cleared', async () => {
    const { fake, bar } = await copied(30_000);

    fireEvent.click(within(bar).getByRole('button', { name: 'Clear now' }));
    await settle();

    expect(fake.inputsTo('clearClipboard')).toEqual([{}]);
    expect(bar.textContent).toBe('Clipboard cleared');
  });

  it('says the clipboard was left alone when it had changed since the copy', async () => {
    const { fake, bar } = await copied(30_000);
    fake.respond.clearClipboard = async () => ok({ cleared: false });

    fireEvent.click(within(bar).getByRole('button', { name: 'Clear now' }));
    await settle();

    expect(bar.textContent).toBe('The clipboard had changed since the copy, so akool-vault left it alone.');
    const status = within(screen.getByRole('article', { name: 'Production' })).getByTestId('account-status');
    expect(status.textContent).toBe('Clipboard left alone: it had changed since the copy');
  });

  it('keeps the countdown and shows the error when "Clear now" fails', async () => {
    const { fake, bar } = await copied(30_000);
    fake.respond.clearClipboard = async () => fail({ code: 'internal', message: 'clipboard busy' });

    fireEvent.click(within(bar).getByRole('button', { name: 'Clear now' }));
    await settle();

    expect(within(bar).getByRole('alert').textContent).toContain('clipboard busy');
    expect(within(bar).getByRole('timer')).toBeDefined();
  });

  it('says the clipboard is not cleared automatically when the vault never clears it, without a timer', async () => {
    const { bar, timersBefore } = await copied(null);

    expect(within(bar).getByText('The clipboard is not cleared automatically')).toBeDefined();
    expect(within(bar).queryByRole('timer')).toBeNull();
    expect(within(bar).getByRole('button', { name: 'Clear now' })).toBeDefined();
    expect(vi.getTimerCount()).toBe(timersBefore);
  });

  it('restarts the countdown on a second copy, as a header', async () => {
    const { fake, bar } = await copied(30_000);
    act(() => vi.advanceTimersByTime(5_000));
    fake.respond.copyToken = async () => ok({ clearsAt: new Date(Date.now() + 60_000).toISOString(), concealed: true });

    fireEvent.click(within(screen.getByRole('article', { name: 'Production' })).getByRole('button', { name: 'Copy as header' }));
    await settle();

    expect(within(bar).getByText('Authorization header copied from Production.')).toBeDefined();
    expect(within(bar).getByRole('timer').textContent).toBe('Clipboard clears in 60 s');
  });

  it('says when the copy went without clipboard-history protection, and only then', async () => {
    const { bar } = await copied(30_000, false);
    expect(within(bar).getByTestId('clipboard-unprotected').textContent).toBe('Copied without clipboard-history protection.');
    expect(within(bar).getByRole('timer').textContent).toBe('Clipboard clears in 30 s');
  });

  it('shows no protection note after a concealed copy', async () => {
    const { bar } = await copied(30_000);
    expect(within(bar).queryByTestId('clipboard-unprotected')).toBeNull();
  });

  it('keeps the protection note when the clipboard is never cleared', async () => {
    const { bar } = await copied(null, false);
    expect(within(bar).getByTestId('clipboard-unprotected')).toBeDefined();
    expect(within(bar).getByText('The clipboard is not cleared automatically')).toBeDefined();
  });
});

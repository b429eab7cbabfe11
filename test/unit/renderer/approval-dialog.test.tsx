// Proves the approval dialog (its lazily loaded panel): allowing buttons wait 750 ms after each request appears, the hour is offered only when main offers it, and the allowed origins are shown. Must not import electron, node:* or main/.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApprovalView } from '../../../preload/contract';
import { ApprovalDialog } from '../../../renderer/src/approval/approval-dialog';
import { armDelayMs } from '../../../renderer/src/approval/use-armed-after';
import { installFakeVault, type FakeVault } from './support/fake-vault';
import { resetRendererTest } from './support/reset';

afterEach(resetRendererTest);

const request = (id: number, overrides: Partial<ApprovalView> = {}): ApprovalView => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  accountId: '3f1c9d2e-8a4b-4c6d-9e0f-112233445566',
  accountLabel: `Account ${id}`,
  alsoAccounts: [],
  command: 'run',
  commandLine: ['node', 'job.js'],
  cwd: '/home/me/project',
  pid: 4242,
  ppid: 4241,
  mode: 'proxy',
  allowOrigins: [],
  folderHourOffered: true,
  requestedAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2099-01-01T00:01:00.000Z',
  ...overrides,
});

/** Pushes the waiting requests and lets the lazily loaded panel (approval-dialog.tsx) mount. */
async function show(fake: FakeVault, approvals: ApprovalView[]): Promise<void> {
  act(() => fake.pushApprovals(approvals));
  await act(async () => {
    await import('../../../renderer/src/approval/approval-panel');
  });
}

const allowOnce = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Allow once' });
const allowHour = () => screen.queryByRole<HTMLButtonElement>('button', { name: 'Allow for this folder for 1 hour' });

describe('ApprovalDialog', () => {
  it('keeps the allowing buttons disabled for 750 ms after each new request, so a click meant for the one before cannot allow it', async () => {
    vi.useFakeTimers();
    const fake = installFakeVault();
    render(<ApprovalDialog />);
    await show(fake, [request(1), request(2)]);
    expect(allowOnce().disabled).toBe(true);
    expect(allowHour()?.disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Deny' }).disabled).toBe(false);
    act(() => vi.advanceTimersByTime(armDelayMs - 1));
    expect(allowOnce().disabled).toBe(true);
    act(() => vi.advanceTimersByTime(1));
    expect(allowOnce().disabled).toBe(false);
    expect(allowHour()?.disabled).toBe(false);

    await act(async () => fireEvent.click(allowOnce()));
    expect(fake.inputsTo('answerApproval')).toEqual([{ id: request(1).id, answer: 'once' }]);
    await show(fake, [request(2)]);
    expect(screen.getByText('Account 2')).toBeDefined();
    // The second click of a double-click, or a click just as the request before was withdrawn.
    await act(async () => fireEvent.click(allowOnce()));
    expect(fake.inputsTo('answerApproval')).toHaveLength(1);
    act(() => vi.advanceTimersByTime(armDelayMs));
    await act(async () => fireEvent.click(allowOnce()));
    expect(fake.inputsTo('answerApproval')).toEqual([
      { id: request(1).id, answer: 'once' },
      { id: request(2).id, answer: 'once' },
    ]);
  });

  it('shows "for this folder for 1 hour" only when main offers it, and lists the allowed origins', async () => {
    const fake = installFakeVault();
    render(<ApprovalDialog />);
    await show(fake, [request(1, { mode: 'env', folderHourOffered: false })]);
    expect(allowHour()).toBeNull();
    expect(screen.queryByTestId('approval-origins')).toBeNull();
    await show(fake, [request(2, { allowOrigins: ['http://localhost:5173', 'https://app.example'] })]);
    expect(allowHour()).not.toBeNull();
    expect(screen.getByTestId('approval-origins').textContent).toContain('http://localhost:5173');
    expect(screen.getByTestId('approval-origins').textContent).toContain('https://app.example');
  });
});

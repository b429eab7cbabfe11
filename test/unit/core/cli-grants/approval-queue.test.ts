// Proves the approval queue: answers settle requests, the 60 s timeout fires on the clock port, allowances cover one exact proxy request for an hour until Stop, and a withdrawn request leaves the window.
import { describe, expect, it } from 'vitest';
import { approvalTimeoutMs, createApprovalQueue, folderAllowanceMs, maxPendingApprovals, type ApprovalAsk } from '../../../../main/core/cli-grants/approval-queue';
import { createFakeClock } from '../../../support/fake-clock';

const ask = (overrides: Partial<ApprovalAsk> = {}): ApprovalAsk => ({
  accountId: '3f1c9d2e-8a4b-4c6d-9e0f-112233445566',
  accountLabel: 'Production',
  alsoAccounts: [],
  alsoAccountIds: [],
  command: 'run',
  commandLine: ['node', 'job.js'],
  cwd: '/home/me/project',
  pid: 4242,
  ppid: 4241,
  mode: 'proxy',
  allowOrigins: [],
  ...overrides,
});

const setup = () => {
  const clock = createFakeClock();
  let next = 0;
  const queue = createApprovalQueue({ clock, newId: () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}` });
  return { clock, queue };
};

describe('approval queue', () => {
  it('waits until the person answers, and tells listeners as requests come and go', async () => {
    const { queue } = setup();
    const seen: number[] = [];
    queue.onChange((pending) => seen.push(pending.length));
    const pending = queue.ask(ask());
    expect(pending.waiting).toBe(true);
    const [view] = queue.pending();
    expect(view).toMatchObject({ accountLabel: 'Production', cwd: '/home/me/project', pid: 4242 });
    expect(queue.answer(view?.id ?? '', 'once')).toBe(true);
    await expect(pending.outcome).resolves.toBe('allowed');
    expect(queue.answer(view?.id ?? '', 'once')).toBe(false);
    expect(seen).toEqual([1, 0]);
  });

  it('denies after exactly 60 s on the clock, not a moment before', async () => {
    const { clock, queue } = setup();
    const pending = queue.ask(ask());
    let outcome: string | null = null;
    void pending.outcome.then((value) => (outcome = value));
    clock.advance(approvalTimeoutMs - 1);
    await Promise.resolve();
    expect(outcome).toBeNull();
    clock.advance(1);
    await expect(pending.outcome).resolves.toBe('timed-out');
    expect(queue.pending()).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('notices a clock moved forward (sleep, the harness) within a second', async () => {
    const base = createFakeClock();
    let offset = 0;
    const clock = { ...base, now: () => base.now() + offset };
    const queue = createApprovalQueue({ clock, newId: () => '00000000-0000-4000-8000-000000000001' });
    const pending = queue.ask(ask());
    offset = approvalTimeoutMs;
    base.advance(1_000);
    await expect(pending.outcome).resolves.toBe('timed-out');
  });

  it('"for this folder for 1 hour" covers the same proxy request, in the same folder, for an hour only', async () => {
    const { clock, queue } = setup();
    const first = queue.ask(ask());
    expect(queue.pending()[0]?.folderHourOffered).toBe(true);
    expect(queue.answer(queue.pending()[0]?.id ?? '', 'folder-hour')).toBe(true);
    await first.outcome;
    expect(queue.ask(ask()).waiting).toBe(false);
    expect(queue.ask(ask({ cwd: '/elsewhere' })).waiting).toBe(true);
    clock.advance(folderAllowanceMs);
    expect(queue.ask(ask()).waiting).toBe(true);
  });

  it('an allowance covers no other command line, other accounts, origins or mode, whatever the same folder and account', async () => {
    const { queue } = setup();
    const first = queue.ask(ask({ allowOrigins: ['http://localhost:5173', 'http://localhost:3000'] }));
    queue.answer(queue.pending()[0]?.id ?? '', 'folder-hour');
    await first.outcome;
    expect(queue.ask(ask({ allowOrigins: ['http://localhost:3000', 'http://localhost:5173'] })).waiting).toBe(false);
    expect(queue.ask(ask({ allowOrigins: [] })).waiting).toBe(true);
    expect(queue.ask(ask({ allowOrigins: ['http://localhost:5173', 'http://localhost:3000'], commandLine: ['sh', '-c', 'curl evil'] })).waiting).toBe(true);
    const others = { alsoAccounts: ['B', 'C'], alsoAccountIds: ['b0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001'] };
    expect(queue.ask(ask({ allowOrigins: ['http://localhost:5173', 'http://localhost:3000'], ...others })).waiting).toBe(true);
    expect(queue.ask(ask({ allowOrigins: ['http://localhost:5173', 'http://localhost:3000'], mode: 'env' })).waiting).toBe(true);
    expect(queue.ask(ask({ command: 'key', mode: 'print', commandLine: ['akool-vault', 'key'] })).waiting).toBe(true);
  });

  it('offers no hour for print, env, or a run naming other accounts, and refuses that answer for them', async () => {
    const { queue } = setup();
    const refused = [
      ask({ command: 'key', mode: 'print', commandLine: ['akool-vault', 'key', '--account', 'Production'] }),
      ask({ command: 'token', mode: 'print', commandLine: ['akool-vault', 'token', '--account', 'Production'] }),
      ask({ mode: 'env' }),
      ask({ alsoAccounts: ['B'], alsoAccountIds: ['b0000000-0000-4000-8000-000000000001'] }),
    ];
    for (const request of refused) {
      const pending = queue.ask(request);
      const view = queue.pending().at(-1);
      expect(view?.folderHourOffered).toBe(false);
      expect(queue.answer(view?.id ?? '', 'folder-hour')).toBe(false);
      expect(queue.pending().map((waiting) => waiting.id)).toContain(view?.id);
      expect(queue.answer(view?.id ?? '', 'once')).toBe(true);
      await expect(pending.outcome).resolves.toBe('allowed');
      expect(queue.ask(request).waiting).toBe(true);
    }
  });

  it('shows the allowed origins and never the other accounts\' ids', () => {
    const { queue } = setup();
    queue.ask(ask({ allowOrigins: ['http://localhost:5173'] }));
    expect(queue.pending()[0]).toMatchObject({ allowOrigins: ['http://localhost:5173'] });
    expect(queue.pending()[0]).not.toHaveProperty('alsoAccountIds');
  });

  it('Stop drops every allowance of that account, and only of that account', async () => {
    const { queue } = setup();
    const other = ask({ accountId: 'd0000000-0000-4000-8000-000000000001', accountLabel: 'Staging' });
    for (const request of [ask(), other]) {
      const pending = queue.ask(request);
      queue.answer(queue.pending()[0]?.id ?? '', 'folder-hour');
      await pending.outcome;
    }
    queue.forgetAllowances(ask().accountId);
    expect(queue.ask(ask()).waiting).toBe(true);
    expect(queue.ask(other).waiting).toBe(false);
  });

  it('a denial and a withdrawn request settle as denied and leave the window', async () => {
    const { queue } = setup();
    const denied = queue.ask(ask());
    queue.answer(queue.pending()[0]?.id ?? '', 'deny');
    await expect(denied.outcome).resolves.toBe('denied');
    const withdrawn = queue.ask(ask());
    withdrawn.cancel();
    await expect(withdrawn.outcome).resolves.toBe('denied');
    expect(queue.pending()).toEqual([]);
  });

  it('refuses more than the limit of waiting requests at once', async () => {
    const { queue } = setup();
    for (let index = 0; index < maxPendingApprovals; index += 1) queue.ask(ask());
    const extra = queue.ask(ask());
    expect(extra.waiting).toBe(false);
    await expect(extra.outcome).resolves.toBe('busy');
  });
});

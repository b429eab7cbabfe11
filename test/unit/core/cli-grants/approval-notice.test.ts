// Proves what the person hears of a waiting request while the window is hidden: a notification naming the account and command, and the tray's tooltip count.
import { describe, expect, it } from 'vitest';
import { approvalWaitingNotice, waitingTrayText } from '../../../../main/core/cli-grants/approval-notice';
import { startCliRig } from '../../../support/cli-rig';

describe('a request that waits while the window is hidden', () => {
  it('raises one notification naming the account and the command, never a secret', async () => {
    const rig = await startCliRig();
    try {
      await rig.addApiKey('Keyed', 'demo-secret-active');
      await Promise.all([rig.cli(['key', '--account', 'Keyed']), rig.answerNext('deny')]);
      const notices = rig.notifications.filter((note) => note.title === 'A command waits for your approval');
      expect(notices).toHaveLength(1);
      expect(notices[0]?.body).toContain('akool-vault key asks for the key of "Keyed"');
      expect(JSON.stringify(notices)).not.toContain('demo-secret-active');
    } finally {
      await rig.close();
    }
  });

  it('the tray tooltip counts waiting requests', () => {
    expect(waitingTrayText(0)).toBe('');
    expect(waitingTrayText(1)).toBe(' · 1 command waits for your approval');
    expect(waitingTrayText(3)).toBe(' · 3 commands wait for your approval');
    expect(approvalWaitingNotice({
      id: '00000000-0000-4000-8000-000000000001', accountId: '00000000-0000-4000-8000-000000000002', accountLabel: 'Prod', alsoAccounts: [],
      command: 'run', commandLine: ['node'], cwd: '/', pid: 1, ppid: 0, mode: 'proxy', allowOrigins: [], folderHourOffered: true, requestedAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-01T00:01:00.000Z',
    }).accountId).toBe('00000000-0000-4000-8000-000000000002');
  });
});

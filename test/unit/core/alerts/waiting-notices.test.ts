// A request that waits for the person is announced once while the window is hidden, never while it shows, and the scan import's notice names no path or value.
import { describe, expect, it } from 'vitest';
import { noticeWhileHidden } from '../../../../main/core/alerts/waiting-notices';
import { importWaitingNotice } from '../../../../main/core/scan/import-notice';
import type { ImportOfferView } from '../../../../preload/scan-contract';
import { createMemoryNotifier } from '../../../support/memory-notifier';

type Waiting = { id: string };
const notice = (request: Waiting) => ({ title: 'waits', body: request.id, accountId: null });

describe('noticeWhileHidden', () => {
  it('notifies about each request the first time it is listed, while the window is hidden', () => {
    const notifier = createMemoryNotifier();
    let visible = false;
    const announce = noticeWhileHidden((request: Waiting) => request.id, notice, { notifier, windowVisible: () => visible });
    announce([{ id: 'a' }]);
    announce([{ id: 'a' }, { id: 'b' }]);
    announce([{ id: 'b' }]);
    expect(notifier.sent.map((sent) => sent.body)).toEqual(['a', 'b']);
    visible = true;
    announce([{ id: 'b' }, { id: 'c' }]);
    expect(notifier.sent.map((sent) => sent.body)).toEqual(['a', 'b']);
    visible = false;
    announce([]);
    announce([{ id: 'a' }]);
    expect(notifier.sent.map((sent) => sent.body)).toEqual(['a', 'b', 'a']);
  });

  it('counts a window it cannot ask about as hidden', () => {
    const notifier = createMemoryNotifier();
    noticeWhileHidden((request: Waiting) => request.id, notice, { notifier })([{ id: 'a' }]);
    expect(notifier.sent).toHaveLength(1);
  });
});

describe('importWaitingNotice', () => {
  const offer: ImportOfferView = { fingerprint: '0123abcd', kind: 'api-key', file: '.env', line: 1, exposure: 'client-env', suggestedLabel: 'VITE_AKOOL_API_KEY (.env)', withClientId: false };

  it('says how many secrets wait, opens no account, and names neither the folder nor a file', () => {
    const one = importWaitingNotice({ requestId: '00000000-0000-4000-8000-000000000001', root: '/home/me/secret-project', offers: [offer] });
    expect(one).toEqual({ title: 'Found secrets wait for your choice', body: expect.stringContaining('found 1 working Akool secret.'), accountId: null });
    const two = importWaitingNotice({ requestId: '00000000-0000-4000-8000-000000000001', root: '/home/me/secret-project', offers: [offer, { ...offer, fingerprint: '89abcdef' }] });
    expect(two.body).toContain('found 2 working Akool secrets.');
    expect(JSON.stringify([one, two])).not.toMatch(/secret-project|\.env|0123abcd/);
  });
});

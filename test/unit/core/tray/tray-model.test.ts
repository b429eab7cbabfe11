// Proves the tray's icon, tooltip and menu for the account views at a given time.
import { describe, expect, it } from 'vitest';
import { buildTrayModel, lockedTrayModel } from '../../../../main/core/tray/tray-model';
import { accountView, dayMs, testNow } from '../../../support/account-views';

const trailer = [
  { kind: 'action', action: 'open', text: 'Open akool-vault' },
  { kind: 'separator' },
  { kind: 'action', action: 'quit', text: 'Quit' },
];

describe('tray model', () => {
  it('shows ok, "No accounts" and only Open and Quit for an empty vault', () => {
    expect(buildTrayModel([], testNow)).toEqual({ icon: 'ok', tooltip: 'No accounts', items: trailer });
  });

  it('lists each account with status, days left and its actions (token and key copies), then Check all, Open and Quit', () => {
    const main = accountView('active', 40, { label: 'Main' });
    const model = buildTrayModel([main], testNow);
    expect(model.icon).toBe('ok');
    expect(model.tooltip).toBe('1 account');
    expect(model.items).toEqual([
      {
        kind: 'account',
        id: main.id,
        text: 'Main — Active · expires in 40d',
        actions: [
          { action: 'copy-token', text: 'Copy token' },
          { action: 'copy-header', text: 'Copy as Authorization header' },
          { action: 'copy-api-key', text: 'Copy API key' },
          { action: 'copy-api-key-header', text: 'Copy as x-api-key header' },
          { action: 'check', text: 'Check now' },
        ],
      },
      { kind: 'separator' },
      { kind: 'action', action: 'check-all', text: 'Check all now' },
      ...trailer,
    ]);
  });

  it('offers an API-key account only its key copies and a check: it has no token', () => {
    const keyed = accountView('active', null, { kind: 'api-key', tokenFingerprint: null, keyFingerprint: '0a1b2c3d' });
    const [item] = buildTrayModel([keyed], testNow).items;
    expect(item).toEqual({
      kind: 'account',
      id: keyed.id,
      text: `${keyed.label} — Active`,
      actions: [
        { action: 'copy-api-key', text: 'Copy API key' },
        { action: 'copy-api-key-header', text: 'Copy as x-api-key header' },
        { action: 'check', text: 'Check now' },
      ],
    });
  });

  it.each([
    ['banned', 100, 'alert'],
    ['invalid', 100, 'alert'],
    ['expired', -1, 'alert'],
    ['active', 14, 'attention'],
    ['active', 15, 'ok'],
    ['unknown', 100, 'attention'],
    ['error', 100, 'attention'],
    ['unreachable', 100, 'attention'],
    ['record-changed', 100, 'alert'],
    ['payment-overdue', 100, 'alert'],
    ['out-of-credit', 100, 'attention'],
    ['subscription-needed', 100, 'attention'],
  ] as const)('one %s account whose token has %s days left shows %s', (status, days, icon) => {
    expect(buildTrayModel([accountView(status, days)], testNow).icon).toBe(icon);
  });

  it('lets alert win over attention, whatever the order', () => {
    const views = [accountView('unreachable'), accountView('banned'), accountView('active', 2)];
    expect(buildTrayModel(views, testNow).icon).toBe('alert');
  });

  it('recomputes expiry for the given time and warning window, not the status stored in the view', () => {
    const view = accountView('active', 5);
    expect(buildTrayModel([view], testNow, 3 * dayMs).icon).toBe('ok');
    expect(buildTrayModel([view], testNow + 3 * dayMs, 3 * dayMs).icon).toBe('attention');
    const later = buildTrayModel([view], testNow + 6 * dayMs);
    expect(later.icon).toBe('alert');
    expect(later.items[0]).toMatchObject({ text: `${view.label} — Expired` });
  });

  it('raises the alert icon, names it first and says so in the menu for a record changed outside akool-vault', () => {
    const model = buildTrayModel([accountView('banned'), accountView('record-changed')], testNow);
    expect(model.icon).toBe('alert');
    expect(model.tooltip).toBe('2 accounts · 1 changed outside akool-vault · 1 banned');
    expect(model.items.some((item) => 'text' in item && item.text.includes(' — Changed outside akool-vault'))).toBe(true);
  });

  it('summarises the notable statuses in the tooltip, most serious first', () => {
    const views = [accountView('active'), accountView('expiring', 3), accountView('banned'), accountView('banned'), accountView('unknown')];
    expect(buildTrayModel(views, testNow).tooltip).toBe('5 accounts · 2 banned · 1 expiring · 1 not checked');
  });

  it('names payment overdue, out of credit and subscription needed in the menu and the tooltip, by seriousness', () => {
    const views = [
      accountView('subscription-needed', 100, { label: 'Sub' }),
      accountView('out-of-credit', 100, { label: 'Dry' }),
      accountView('payment-overdue', 100, { label: 'Owes' }),
    ];
    const model = buildTrayModel(views, testNow);
    expect(model.tooltip).toBe('3 accounts · 1 payment overdue · 1 out of credit · 1 subscription needed');
    const texts = model.items.flatMap((item) => (item.kind === 'account' ? [item.text] : []));
    expect(texts).toEqual(['Sub — Subscription needed · expires in 100d', 'Dry — Out of credit · expires in 100d', 'Owes — Payment overdue · expires in 100d']);
    expect(buildTrayModel(views.slice(0, 2), testNow).icon).toBe('attention');
  });

  it('omits the expiry for a token without exp and rounds a partial day up', () => {
    const noExp = accountView('active', null, { label: 'NoExp' });
    const soon = accountView('active', 0.25, { label: 'Soon' });
    const texts = buildTrayModel([noExp, soon], testNow).items.flatMap((item) => (item.kind === 'account' ? [item.text] : []));
    expect(texts).toEqual(['NoExp — Active', 'Soon — Expiring · expires in 1d']);
  });

  it('shows attention and counts accounts whose credit is below their low-credit threshold; an alert still wins', () => {
    const low = accountView('active', 100, { lowCredit: 'below-half', lowCreditThreshold: 100 });
    const fine = accountView('active', 100);
    expect(buildTrayModel([fine], testNow).icon).toBe('ok');
    const model = buildTrayModel([fine, low], testNow);
    expect([model.icon, model.tooltip]).toEqual(['attention', '2 accounts · 1 low on credit']);
    expect(buildTrayModel([low, accountView('banned', 100)], testNow).icon).toBe('alert');
  });
  it('a locked vault (file not the one last saved) alerts, says why first, and offers only Open and Quit', () => {
    const model = lockedTrayModel(buildTrayModel([accountView('active', 40, { label: 'Main' })], testNow));
    expect(model).toEqual({ icon: 'alert', tooltip: 'vault file not the one last saved: nothing is sent · 1 account', items: trailer });
  });
});

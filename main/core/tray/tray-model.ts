// The tray's icon state, tooltip and menu as plain data from the account views and the time; the platform maps it 1:1 to Electron. Must not import electron.
import type { AccountStatus, AccountView } from '../../../preload/contract';
import { expiringWindowMs } from '../accounts/account-view';

export type TrayIcon = 'ok' | 'attention' | 'alert';
export type TrayAccountAction = 'copy-token' | 'copy-header' | 'copy-api-key' | 'copy-api-key-header' | 'check';
export type TrayGlobalAction = 'check-all' | 'open' | 'quit';

export type TrayItem =
  | {
      readonly kind: 'account';
      readonly id: string;
      /** e.g. `Production — Active · expires in 12d` */
      readonly text: string;
      readonly actions: readonly { readonly action: TrayAccountAction; readonly text: string }[];
    }
  | { readonly kind: 'separator' }
  | { readonly kind: 'action'; readonly action: TrayGlobalAction; readonly text: string };

export interface TrayModel {
  readonly icon: TrayIcon;
  /** e.g. `3 accounts · 1 banned · 1 expiring`, or `No accounts`. */
  readonly tooltip: string;
  readonly items: readonly TrayItem[];
}

const dayMs = 24 * 60 * 60 * 1000;

const statusText: Record<AccountStatus, string> = {
  active: 'Active',
  expiring: 'Expiring',
  expired: 'Expired',
  invalid: 'Invalid credentials',
  banned: 'Banned',
  'payment-overdue': 'Payment overdue',
  'out-of-credit': 'Out of credit',
  'subscription-needed': 'Subscription needed',
  unreachable: 'Unreachable',
  error: 'Error',
  unknown: 'Not checked',
  'record-changed': 'Changed outside akool-vault',
};

/** Tooltip counts, most serious first; active accounts are only counted in the total. */
const tooltipCounts: readonly (readonly [AccountStatus, string])[] = [
  ['record-changed', 'changed outside akool-vault'],
  ['banned', 'banned'],
  ['invalid', 'invalid credentials'],
  ['payment-overdue', 'payment overdue'],
  ['expired', 'expired'],
  ['out-of-credit', 'out of credit'],
  ['subscription-needed', 'subscription needed'],
  ['expiring', 'expiring'],
  ['unreachable', 'unreachable'],
  ['error', 'with errors'],
  ['unknown', 'not checked'],
];

const alertStatuses: ReadonlySet<AccountStatus> = new Set([
  'banned',
  'expired',
  'invalid',
  'payment-overdue',
  'record-changed',
]);
const attentionStatuses: ReadonlySet<AccountStatus> = new Set([
  'expiring',
  'unknown',
  'error',
  'unreachable',
  'out-of-credit',
  'subscription-needed',
]);

const keyActions = [
  { action: 'copy-api-key', text: 'Copy API key' },
  { action: 'copy-api-key-header', text: 'Copy as x-api-key header' },
] as const;
const check = { action: 'check', text: 'Check now' } as const;
/** A client-credentials account's secret is its API key, so it offers the key copies too; an API-key account has no token. */
const accountActions = {
  'client-credentials': [
    { action: 'copy-token', text: 'Copy token' },
    { action: 'copy-header', text: 'Copy as Authorization header' },
    ...keyActions,
    check,
  ],
  'api-key': [...keyActions, check],
} as const;

const openItem: TrayItem = { kind: 'action', action: 'open', text: 'Open akool-vault' };
const quitItem: TrayItem = { kind: 'action', action: 'quit', text: 'Quit' };

const msLeft = (view: AccountView, now: number): number | null =>
  view.expiresAt === null ? null : Date.parse(view.expiresAt) - now;

/** The view's status recomputed for `now` and the tray's warning window, as deriveStatus does for the stored record. */
function statusAt(view: AccountView, now: number, warningWindowMs: number): AccountStatus {
  const left = msLeft(view, now);
  const { status } = view;
  if (status !== 'active' && status !== 'expiring' && status !== 'expired' && status !== 'unknown') return status;
  if (left !== null && left <= 0) return 'expired';
  if (status === 'unknown') return status;
  return left !== null && left <= warningWindowMs ? 'expiring' : 'active';
}

function accountText(view: AccountView, status: AccountStatus, now: number): string {
  const left = msLeft(view, now);
  const expiry = left === null || left <= 0 ? '' : ` · expires in ${Math.ceil(left / dayMs)}d`;
  return `${view.label} — ${statusText[status]}${expiry}`;
}

function tooltipFor(statuses: readonly AccountStatus[]): string {
  if (statuses.length === 0) return 'No accounts';
  const total = statuses.length === 1 ? '1 account' : `${statuses.length} accounts`;
  const parts = tooltipCounts.flatMap(([status, word]) => {
    const count = statuses.filter((candidate) => candidate === status).length;
    return count === 0 ? [] : [`${count} ${word}`];
  });
  return [total, ...parts].join(' · ');
}

/**
 * Icon: 'alert' when an account is banned, expired, has invalid credentials, a payment overdue or was changed outside
 * akool-vault; 'attention' when a token expires within `warningWindowMs`, an account is out of credit or needs a
 * subscription, credit is below its low-credit threshold, or a status is unknown, an error or unreachable; otherwise
 * 'ok' (also with no accounts).
 * Menu: one entry per account with its actions, then Check all now (when there are accounts), Open, Quit.
 */
export function buildTrayModel(
  accounts: readonly AccountView[],
  now: number,
  warningWindowMs: number = expiringWindowMs,
): TrayModel {
  const rows = accounts.map((view) => ({ view, status: statusAt(view, now, warningWindowMs) }));
  const statuses = rows.map((row) => row.status);
  const icon: TrayIcon = statuses.some((status) => alertStatuses.has(status))
    ? 'alert'
    : statuses.some((status) => attentionStatuses.has(status)) || accounts.some((view) => view.lowCredit !== 'none')
      ? 'attention'
      : 'ok';
  const accountItems: TrayItem[] = rows.map(({ view, status }) => ({
    kind: 'account',
    id: view.id,
    text: accountText(view, status, now),
    actions: accountActions[view.kind],
  }));
  const items: TrayItem[] =
    accounts.length === 0
      ? []
      : [...accountItems, { kind: 'separator' }, { kind: 'action', action: 'check-all', text: 'Check all now' }];
  items.push(openItem, { kind: 'separator' }, quitItem);
  const low = accounts.filter((view) => view.lowCredit !== 'none').length;
  const tooltip = tooltipFor(statuses);
  return { icon, tooltip: low === 0 ? tooltip : `${tooltip} · ${low} low on credit`, items };
}

/** The tooltip's opening words while the vault file is not the one akool-vault saved last (core/vault/generation-guard.ts). */
export const lockedTooltip = 'vault file not the one last saved: nothing is sent';

/**
 * The tray of a locked vault: the alert icon, the tooltip saying why, and no account actions or Check all (each would be
 * refused), only Open, which shows the notice, and Quit.
 */
export function lockedTrayModel(model: TrayModel): TrayModel {
  return {
    icon: 'alert',
    tooltip: `${lockedTooltip} · ${model.tooltip}`,
    items: [openItem, { kind: 'separator' }, quitItem],
  };
}

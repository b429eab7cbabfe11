// What `akool-vault status` and `list` answer: the tray's levels per account, and labels, kinds, ids and fingerprints. Must not import electron.
import type { ListAccount, StatusAccount, StatusLevel } from '../../../cli/contract';
import type { AccountView } from '../../../preload/contract';
import { buildTrayModel } from '../tray/tray-model';

export interface StatusReport {
  readonly level: StatusLevel;
  readonly accounts: StatusAccount[];
}

const levelOf = (views: readonly AccountView[], now: number): StatusLevel => buildTrayModel(views, now).icon;

/** The tray icon's level overall and for each account, so exit codes match what the tray shows. */
export function statusReport(views: readonly AccountView[], now: number): StatusReport {
  return {
    level: levelOf(views, now),
    accounts: views.map((view) => ({
      id: view.id,
      label: view.label,
      kind: view.kind,
      status: view.status,
      level: levelOf([view], now),
      credit: view.credit,
      expiresAt: view.expiresAt,
    })),
  };
}

export function accountList(views: readonly AccountView[]): ListAccount[] {
  return views.map((view) => ({
    id: view.id,
    label: view.label,
    kind: view.kind,
    fingerprint: view.kind === 'api-key' ? view.keyFingerprint : view.tokenFingerprint,
  }));
}

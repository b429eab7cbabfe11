// What every account use case shares: dependencies, the per-account queue, change listeners and the views they return. Must not import electron.
import { defaultSettings, type AccountView, type ProtectionView, type Settings } from '../../../preload/contract';
import type { QuotaOutcome } from '../akool/client';
import type { ClipboardGuard } from '../clipboard/clipboard-guard';
import { describeProtection } from '../vault/protection-policy';
import { VaultError } from '../vault/vault-error';
import { requireRecord } from './account-records';
import { accountSeals, countWeakSeals } from './account-seals';
import type { AccountStatusDeps } from './account-status';
import { toAccountView } from './account-view';
import { createExcerptMemory } from './excerpt-memory';
import { createPendingRemovals, type PendingRemovals } from './pending-removals';
import { createKeyedQueue, createSingleFlight, type KeyedQueue, type SingleFlight } from './keyed-queue';

export interface AccountServiceDeps extends Omit<AccountStatusDeps, 'excerpts'> {
  clipboardGuard: ClipboardGuard;
  newId: () => string;
  /** keepInTray until the user chooses, e.g. false on Linux where the desktop may show no tray; the contract default when absent. */
  keepInTrayDefault?: boolean;
}

export interface AccountContext {
  deps: AccountServiceDeps & AccountStatusDeps;
  /** Runs one operation at a time per account, in call order. */
  perAccount: KeyedQueue;
  /** Shares one quota check per account among concurrent callers. */
  sharedCheck: SingleFlight<QuotaOutcome>;
  /** Tells every listener that stored accounts or settings changed. */
  changed: () => void;
  onChange: (listener: () => void) => () => void;
  view: (id: string) => AccountView;
  protectionView: () => ProtectionView;
  settings: () => Settings;
  /** Removals still inside their undo window: those accounts are hidden from the window and from Check all. */
  removals: PendingRemovals;
  /** Runs `work`; when it found the record changed outside the app (and marked it), tells listeners before rethrowing. */
  announcingRecordChanges: <T>(work: () => Promise<T>) => Promise<T>;
}

export function createAccountContext(given: AccountServiceDeps): AccountContext {
  const deps = { ...given, excerpts: createExcerptMemory() };
  const { documents, cipher, clock, excerpts } = deps;
  const listeners = new Set<() => void>();
  const changed = (): void => listeners.forEach((listener) => listener());
  return {
    deps,
    perAccount: createKeyedQueue(),
    sharedCheck: createSingleFlight<QuotaOutcome>(),
    changed,
    removals: createPendingRemovals(clock),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    view: (id) => {
      const document = documents.current();
      return toAccountView(requireRecord(document, id), clock.now(), excerpts.get(id), document.settings.lowCreditThreshold);
    },
    protectionView: () => {
      const document = documents.current();
      const weakSeals = countWeakSeals(cipher, accountSeals(document));
      return describeProtection(deps.protection, document.settings.weakProtectionOptIn, document.protectionFloor, weakSeals);
    },
    settings: () => {
      const { weakProtectionOptIn: _optIn, keepInTray, ...userSettings } = documents.current().settings;
      return { ...userSettings, keepInTray: keepInTray ?? deps.keepInTrayDefault ?? defaultSettings.keepInTray };
    },
    announcingRecordChanges: async (work) => {
      try {
        return await work();
      } catch (error) {
        if (error instanceof VaultError && error.code === 'record-changed') changed();
        throw error;
      }
    },
  };
}

// Use case: the whole state the window starts from: every account's view, the protection, the settings and any notice. Must not import electron.
import type { VaultState } from '../../../preload/contract';
import type { AccountContext } from './account-context';
import { toAccountView } from './account-view';

export function vaultState(context: AccountContext): VaultState {
  const { documents, clock, excerpts } = context.deps;
  const { accounts, settings } = documents.current();
  return {
    accounts: accounts
      .filter((record) => !context.removals.has(record.id))
      .map((record) => toAccountView(record, clock.now(), excerpts.get(record.id), settings.lowCreditThreshold)),
    protection: context.protectionView(),
    settings: context.settings(),
    notice: documents.notice,
    locked: documents.lock !== null,
  };
}

// Use case: move an account to another base URL, moving only seals that still match the record, sealed again for the new URL. Must not import electron.
import type { AccountView } from '../../../preload/contract';
import { normalizeBaseUrl } from '../akool/base-url';
import { withSecret } from '../vault/secret-vault';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { clientSecretService, requireRecord, tokenService, withRecord } from './account-records';
import { assertNoDuplicate, unknownStatus } from './account-rules';
import { bindingOf, openBound, sealBound, type OpenedSecret } from './account-seals';
import { refreshStatus } from './account-status';

export function changeBaseUrl(context: AccountContext, id: string, baseUrl: string): Promise<AccountView> {
  const { deps } = context;
  const { documents, cipher } = deps;
  return context.perAccount(id, () =>
    context.announcingRecordChanges(async () => {
      const base = normalizeBaseUrl(baseUrl);
      if (!base.ok) throw new VaultError('invalid-input', base.reason);
      const before = requireRecord(documents.current(), id);
      if (base.url === before.baseUrl) return context.view(id);
      assertNoDuplicate(documents.current(), before.clientId, base.url);
      // Opening checks each seal against the record as it is: a record changed outside the app moves nowhere.
      const opened = await Promise.all([openBound(deps, clientSecretService, id), openBound(deps, tokenService, id)]);
      const moved = { ...before, baseUrl: base.url };
      const reseal = async (kind: string, secret: OpenedSecret | null) =>
        secret === null ? null : sealBound(cipher, bindingOf(moved, kind), secret.value);
      const [sealedSecret, sealedToken] = await Promise.all([
        reseal(clientSecretService, opened[0]),
        reseal(tokenService, opened[1]),
      ]);
      documents.update((document) => {
        const current = requireRecord(document, id);
        if (current.baseUrl !== before.baseUrl || current.clientId !== before.clientId) {
          throw new VaultError('invalid-input', 'The account changed meanwhile; try again.');
        }
        assertNoDuplicate(document, before.clientId, base.url);
        const relocated = withRecord(document, id, (record) => ({ ...record, baseUrl: base.url, status: unknownStatus }));
        return withSecret(withSecret(relocated, clientSecretService, id, sealedSecret), tokenService, id, sealedToken);
      });
      context.changed();
      await refreshStatus(deps, id);
      context.changed();
      return context.view(id);
    }),
  );
}

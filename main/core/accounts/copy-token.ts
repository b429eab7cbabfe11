// Use case: copy an account's token, or `Bearer <token>`, through the clipboard guard; and clear that copy on demand. Must not import electron.
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { tokenService } from './account-records';
import { openBound } from './account-seals';

// Queued behind a check or renewal in flight, so it copies the token they leave rather than the one they replace.
// Window and tray both copy through here, so a changed record is refused the same way on either path.
export function copyToken(
  context: AccountContext,
  id: string,
  format: 'token' | 'header',
): Promise<{ clearsAt: string | null; concealed: boolean }> {
  const { deps } = context;
  return context.perAccount(id, () =>
    context.announcingRecordChanges(async () => {
      const token = await openBound(deps, tokenService, id);
      if (token === null) throw new VaultError('not-found', 'No token is stored for this account; renew it first.');
      const { clearsAt, concealed } = await deps.clipboardGuard.copy(format === 'header' ? `Bearer ${token.value}` : token.value);
      return { clearsAt: clearsAt === null ? null : new Date(clearsAt).toISOString(), concealed };
    }),
  );
}

export async function clearClipboard(context: AccountContext): Promise<{ cleared: boolean }> {
  return { cleared: await context.deps.clipboardGuard.clear('manual') };
}

// Use case: copy an account's token, `Bearer <token>`, API key or `x-api-key: <key>` through the clipboard guard; and clear that copy on demand. Must not import electron.
import type { CopyFormat } from '../../../preload/contract';
import { apiKeyHeaderLine } from '../akool/api-key-header';
import type { AccountRecord } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';
import type { AccountContext } from './account-context';
import { apiKeyService, clientSecretService, requireRecord, tokenService } from './account-records';
import { openBound } from './account-seals';

const keyFormats: ReadonlySet<CopyFormat> = new Set(['api-key', 'api-key-header']);

/** The format a copy without one uses: the token for a client-credentials account, the key for an API-key account. */
export function primaryCopyFormat(record: AccountRecord): CopyFormat {
  return record.kind === 'api-key' ? 'api-key' : 'token';
}

/** The text to copy. A client-credentials account's secret is its API key (Akool's "API Key" is the clientSecret). */
async function copyText(context: AccountContext, record: AccountRecord, format: CopyFormat): Promise<string> {
  const { deps } = context;
  if (keyFormats.has(format)) {
    const key = await openBound(deps, record.kind === 'api-key' ? apiKeyService : clientSecretService, record.id);
    if (key === null) throw new VaultError('not-found', 'No API key is stored for this account; replace it first.');
    return format === 'api-key-header' ? apiKeyHeaderLine(key.value) : key.value;
  }
  if (record.kind === 'api-key') {
    throw new VaultError('invalid-input', 'An API-key account has no token: copy its API key or its x-api-key header instead.');
  }
  const token = await openBound(deps, tokenService, record.id);
  if (token === null) throw new VaultError('not-found', 'No token is stored for this account; renew it first.');
  return format === 'header' ? `Bearer ${token.value}` : token.value;
}

// Queued behind a check or renewal in flight, so it copies the token they leave rather than the one they replace.
// Window and tray both copy through here, so a changed record is refused the same way on either path.
export function copyToken(
  context: AccountContext,
  id: string,
  format?: CopyFormat,
): Promise<{ clearsAt: string | null; concealed: boolean }> {
  const { deps } = context;
  return context.perAccount(id, () =>
    context.announcingRecordChanges(async () => {
      const record = requireRecord(deps.documents.current(), id);
      const text = await copyText(context, record, format ?? primaryCopyFormat(record));
      const { clearsAt, concealed } = await deps.clipboardGuard.copy(text);
      return { clearsAt: clearsAt === null ? null : new Date(clearsAt).toISOString(), concealed };
    }),
  );
}

export async function clearClipboard(context: AccountContext): Promise<{ cleared: boolean }> {
  return { cleared: await context.deps.clipboardGuard.clear('manual') };
}

// What each account kind can copy, its primary copy, and the words for each format. Must not import React or the vault API.
import type { AccountKind, CopyFormat } from '../../preload/contract';

/** The menu entries, primary first: an API-key account has no token; a client-credentials account's secret is its API key. */
export const copyChoices: Readonly<Record<AccountKind, readonly CopyFormat[]>> = {
  'api-key': ['api-key', 'api-key-header'],
  'client-credentials': ['token', 'header', 'api-key', 'api-key-header'],
};

/** The format the list row, Ctrl+C and the split button's main part copy. */
export const primaryCopyFormat = (kind: AccountKind): CopyFormat => (kind === 'api-key' ? 'api-key' : 'token');

/** The header form Ctrl/Cmd+Shift+C copies: `Authorization: Bearer …` for a token, `x-api-key: …` for an API key. */
export const headerCopyFormat = (kind: AccountKind): CopyFormat => (kind === 'api-key' ? 'api-key-header' : 'header');

export const copyLabels: Readonly<Record<CopyFormat, string>> = {
  token: 'Copy token',
  header: 'Copy as Authorization header',
  'api-key': 'Copy API key',
  'api-key-header': 'Copy as x-api-key header',
};

/** What the toast says was copied. */
export const copiedTexts: Readonly<Record<CopyFormat, string>> = {
  token: 'Token copied',
  header: 'Authorization header copied',
  'api-key': 'API key copied',
  'api-key-header': 'x-api-key header copied',
};

// At start, normalizes every account's base URL as add does, and marks an account whose base URL is unusable as changed outside akool-vault. Must not import electron.
import { normalizeBaseUrl } from '../akool/base-url';
import type { Clock } from '../ports';
import type { DocumentStore } from '../vault/document-store';
import type { AccountRecord } from '../vault/vault-document';

/**
 * The record with its base URL normalized (normalizeBaseUrl: lower-case host, an IDN host in punycode, no trailing
 * slash). One that is not a usable base URL (blank, plain http to another computer, credentials, a query…) stays as it
 * is, so nothing is lost, and the record is marked changed outside akool-vault: nothing is sent for it until the user
 * gives an address with Replace secret.
 */
export function checkedBaseUrl(record: AccountRecord, now: number): AccountRecord {
  const base = record.baseUrl.trim() === '' ? null : normalizeBaseUrl(record.baseUrl);
  if (base?.ok === true) return base.url === record.baseUrl ? record : { ...record, baseUrl: base.url };
  if (record.status.result === 'record-changed') return record;
  return { ...record, status: { ...record.status, result: 'record-changed', problem: 'record-changed', checkedAt: now } };
}

/** Applies checkedBaseUrl to every account, before any seal is opened; writes (soon) only when one changed. */
export function checkStoredBaseUrls(documents: DocumentStore, clock: Clock): void {
  const { accounts } = documents.current();
  const checked = accounts.map((record) => checkedBaseUrl(record, clock.now()));
  if (checked.some((record, index) => record !== accounts[index])) documents.record((document) => ({ ...document, accounts: checked }));
}

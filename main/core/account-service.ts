// The vault's use cases: add, check, renew, rename, replace secret, remove, copy token. Must not import electron.
import type { AccountView, ParsedInput, ProtectionView, Settings, VaultState } from '../../preload/contract';
import type { AkoolFailure, QuotaOutcome } from './akool-client';
import { failureToError } from './akool-failure';
import { clientSecretService, requireRecord, tokenMetadata, tokenService, withRecord } from './account-records';
import { recordOutcome, refreshStatus, renewStoredToken, type AccountStatusDeps } from './account-status';
import { toAccountView } from './account-view';
import { normalizeBaseUrl } from './base-url';
import type { ClipboardGuard } from './clipboard-guard';
import { createKeyedQueue, createSingleFlight } from './keyed-queue';
import { runLimited } from './run-limited';
import type { Protection } from './ports';
import { assertCanStoreSecrets, describeProtection } from './protection-policy';
import { sealSecret, withSecret } from './secret-vault';
import { noAlerts, type AccountRecord, type VaultDocument } from './vault-document';
import { VaultError } from './vault-error';

export interface AccountServiceDeps extends AccountStatusDeps {
  protection: Protection;
  clipboardGuard: ClipboardGuard;
  newId: () => string;
}

/** Decides, once it is the account's turn in its queue, whether a renewal still makes sense for the record as it is then. */
export type RenewCondition = (record: AccountRecord, now: number) => boolean;

export type RenewReport =
  | { kind: 'skipped' }
  | { kind: 'failed'; failure: AkoolFailure }
  | { kind: 'renewed'; checked: QuotaOutcome };

export interface AccountService {
  state(): VaultState;
  add(input: ParsedInput<'addAccount'>): Promise<AccountView>;
  check(id: string): Promise<AccountView>;
  /** Checks like `check`, sharing a run in progress, and resolves with what Akool said rather than the view. */
  probe(id: string): Promise<QuotaOutcome>;
  /** Renews the token the caller saw; skipped when another operation replaced it first, so nothing exchanges twice. */
  renew(id: string): Promise<AccountView>;
  /** Renews only if `condition` still holds when the account's turn comes; the quota is then checked with the new token. */
  renewWhen(id: string, condition: RenewCondition): Promise<RenewReport>;
  rename(id: string, label: string): Promise<AccountView>;
  replaceSecret(id: string, clientSecret: string): Promise<AccountView>;
  remove(id: string): Promise<{ id: string }>;
  /** Copies the token, or `Bearer <token>` with format 'header', once the account's queued operations are done. */
  copyToken(id: string, format: 'token' | 'header'): Promise<{ clearsAt: string | null }>;
  clearClipboard(): Promise<{ cleared: boolean }>;
  /** Checks every account, at most `checkAllConcurrency` at once. */
  checkAll(): Promise<{ checked: number }>;
  dismissBanAlert(id: string): Promise<AccountView>;
  updateSettings(change: Partial<Settings>): Settings;
  setWeakProtectionOptIn(optIn: boolean): ProtectionView;
  /** Called after every change to stored accounts or settings. */
  onChange(listener: () => void): () => void;
}

export const checkAllConcurrency = 8;

const unknownStatus: AccountRecord['status'] = { result: 'unknown', problem: null, credit: null, checkedAt: null };

function assertNoDuplicate(document: VaultDocument, clientId: string, baseUrl: string): void {
  if (document.accounts.some((account) => account.clientId === clientId && account.baseUrl === baseUrl)) {
    throw new VaultError('invalid-input', 'An account with this client ID and base URL is already in the vault.');
  }
}

/** Longest label the contract accepts from the user; a default label is cut to fit so it can be renamed as is. */
const maxLabelLength = 100;

/** The label an account gets when the user gives none: the email in its token, else its client ID. */
export function defaultLabel(email: string | null, clientId: string): string {
  return (email ?? clientId).slice(0, maxLabelLength);
}

export function createAccountService(deps: AccountServiceDeps): AccountService {
  const { client, secrets, documents, cipher, clock } = deps;
  const perAccount = createKeyedQueue();
  const sharedCheck = createSingleFlight<QuotaOutcome>();
  const listeners = new Set<() => void>();
  const changed = (): void => listeners.forEach((listener) => listener());
  const view = (id: string): AccountView => toAccountView(requireRecord(documents.current(), id), clock.now());
  const protectionView = (): ProtectionView =>
    describeProtection(deps.protection, documents.current().settings.weakProtectionOptIn, documents.current().protectionFloor);
  const settings = (): Settings => {
    const { weakProtectionOptIn: _optIn, ...userSettings } = documents.current().settings;
    return userSettings;
  };
  const probe = (id: string): Promise<QuotaOutcome> =>
    sharedCheck(id, () =>
      perAccount(id, async () => {
        const outcome = await refreshStatus(deps, id);
        changed();
        return outcome;
      }),
    );
  const check = async (id: string): Promise<AccountView> => {
    await probe(id);
    return view(id);
  };
  const renewWhen = (id: string, condition: RenewCondition): Promise<RenewReport> =>
    perAccount(id, async (): Promise<RenewReport> => {
      if (!condition(requireRecord(documents.current(), id), clock.now())) return { kind: 'skipped' };
      const renewed = await renewStoredToken(deps, id);
      if (renewed.kind !== 'ok') {
        recordOutcome(deps, id, renewed);
        changed();
        return { kind: 'failed', failure: renewed };
      }
      const checked = await client.fetchQuota(requireRecord(documents.current(), id).baseUrl, renewed.token);
      recordOutcome(deps, id, checked);
      changed();
      return { kind: 'renewed', checked };
    });

  /** Exchanges a secret and, only on success, stores secret, token and the record's token metadata in one write. */
  async function exchangeAndSeal(baseUrl: string, clientId: string, clientSecret: string) {
    assertCanStoreSecrets(protectionView(), documents.current().protectionFloor);
    const outcome = await client.exchangeToken(baseUrl, { clientId, clientSecret });
    if (outcome.kind !== 'ok') throw failureToError(outcome);
    const [sealedSecret, sealedToken] = await Promise.all([
      sealSecret(cipher, clientSecret),
      sealSecret(cipher, outcome.token),
    ]);
    const seal = (document: VaultDocument, id: string): VaultDocument =>
      withSecret(withSecret(document, clientSecretService, id, sealedSecret), tokenService, id, sealedToken);
    return { token: tokenMetadata(outcome.token), seal };
  }

  return {
    state: () => ({
      accounts: documents.current().accounts.map((record) => toAccountView(record, clock.now())),
      protection: protectionView(),
      settings: settings(),
      notice: documents.notice,
    }),

    add: async (input) => {
      const base = normalizeBaseUrl(input.baseUrl);
      if (!base.ok) throw new VaultError('invalid-input', base.reason);
      assertNoDuplicate(documents.current(), input.clientId, base.url);
      const exchanged = await exchangeAndSeal(base.url, input.clientId, input.clientSecret);
      const id = deps.newId();
      const record: AccountRecord = {
        id,
        label: input.label ?? defaultLabel(exchanged.token.email, input.clientId),
        clientId: input.clientId,
        baseUrl: base.url,
        createdAt: clock.now(),
        token: exchanged.token,
        status: unknownStatus,
        banDismissed: false,
        alerts: noAlerts,
      };
      documents.update((document) => {
        assertNoDuplicate(document, input.clientId, base.url);
        return exchanged.seal({ ...document, accounts: [...document.accounts, record] }, id);
      });
      changed();
      return check(id);
    },

    check,
    probe,
    renewWhen,

    checkAll: async () => {
      const ids = documents.current().accounts.map((record) => record.id);
      const results = await runLimited(ids, checkAllConcurrency, check);
      return { checked: results.filter((result) => result.status === 'fulfilled').length };
    },

    renew: async (id) => {
      const seen = requireRecord(documents.current(), id).token.fingerprint;
      const report = await renewWhen(id, (record) => record.token.fingerprint === seen);
      if (report.kind === 'failed') throw failureToError(report.failure);
      return view(id);
    },

    rename: (id, label) =>
      perAccount(id, async () => {
        documents.update((document) => withRecord(document, id, (record) => ({ ...record, label })));
        changed();
        return view(id);
      }),

    replaceSecret: (id, clientSecret) =>
      perAccount(id, async () => {
        const { baseUrl, clientId } = requireRecord(documents.current(), id);
        const exchanged = await exchangeAndSeal(baseUrl, clientId, clientSecret);
        documents.update((document) =>
          exchanged.seal(
            withRecord(document, id, (record) => ({ ...record, token: exchanged.token, status: unknownStatus })),
            id,
          ),
        );
        changed();
        await refreshStatus(deps, id);
        changed();
        return view(id);
      }),

    remove: (id) =>
      perAccount(id, async () => {
        documents.update((document) => {
          requireRecord(document, id);
          const withoutRecord = { ...document, accounts: document.accounts.filter((record) => record.id !== id) };
          return withSecret(withSecret(withoutRecord, clientSecretService, id, null), tokenService, id, null);
        });
        changed();
        return { id };
      }),

    // Queued behind a check or renewal in flight, so it copies the token they leave rather than the one they replace.
    copyToken: (id, format) =>
      perAccount(id, async () => {
        requireRecord(documents.current(), id);
        const token = await secrets.getPassword(tokenService, id);
        if (token === null) throw new VaultError('not-found', 'No token is stored for this account; renew it first.');
        const clearsAt = await deps.clipboardGuard.copy(format === 'header' ? `Bearer ${token}` : token);
        return { clearsAt: clearsAt === null ? null : new Date(clearsAt).toISOString() };
      }),

    clearClipboard: async () => ({ cleared: await deps.clipboardGuard.clear('manual') }),

    dismissBanAlert: (id) =>
      perAccount(id, async () => {
        documents.update((document) => withRecord(document, id, (record) => ({ ...record, banDismissed: true })));
        changed();
        return view(id);
      }),

    updateSettings: (change) => {
      documents.update((document) => ({ ...document, settings: { ...document.settings, ...change } }));
      changed();
      return settings();
    },

    setWeakProtectionOptIn: (optIn) => {
      documents.update((document) => ({ ...document, settings: { ...document.settings, weakProtectionOptIn: optIn } }));
      changed();
      return protectionView();
    },

    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// The vault's use cases: add, check, renew, rename, replace secret, remove, copy token. Must not import electron.
import { defaultSettings, type AccountView, type ParsedInput, type ProtectionView, type Settings, type VaultState } from '../../preload/contract';
import type { AkoolFailure, QuotaOutcome } from './akool-client';
import { failureToError } from './akool-failure';
import { clientSecretService, requireRecord, tokenMetadata, tokenService, withRecord } from './account-records';
import { accountSeals, countWeakSeals, openBound, replaceNeedsBaseUrlText, sealBound } from './account-seals';
import { recordOutcome, refreshStatus, renewStoredToken, storedSecrets, type AccountStatusDeps } from './account-status';
import { toAccountView } from './account-view';
import { normalizeBaseUrl } from './base-url';
import { createExcerptMemory } from './excerpt-memory';
import type { ClipboardGuard } from './clipboard-guard';
import { createKeyedQueue, createSingleFlight } from './keyed-queue';
import { runLimited } from './run-limited';
import { assertCanStoreSecrets, describeProtection } from './protection-policy';
import { withSecret } from './secret-vault';
import { noAlerts, type AccountRecord, type VaultDocument } from './vault-document';
import { VaultError } from './vault-error';

export interface AccountServiceDeps extends Omit<AccountStatusDeps, 'excerpts'> {
  clipboardGuard: ClipboardGuard;
  newId: () => string;
  /** keepInTray until the user chooses, e.g. false on Linux where the desktop may show no tray; the contract default when absent. */
  keepInTrayDefault?: boolean;
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
  /**
   * Exchanges a secret the user typed again and, only on success, stores it sealed for `baseUrl` (normalized as for add;
   * the record's when absent, which an account changed outside the app refuses). The only way to move an account.
   */
  replaceSecret(id: string, clientSecret: string, baseUrl?: string): Promise<AccountView>;
  remove(id: string): Promise<{ id: string }>;
  /** Copies the token, or `Bearer <token>` with format 'header', once the account's queued operations are done. */
  copyToken(id: string, format: 'token' | 'header'): Promise<{ clearsAt: string | null; concealed: boolean }>;
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

export function createAccountService(given: AccountServiceDeps): AccountService {
  const deps = { ...given, excerpts: createExcerptMemory() };
  const { client, documents, cipher, clock, excerpts } = deps;
  const perAccount = createKeyedQueue();
  const sharedCheck = createSingleFlight<QuotaOutcome>();
  const listeners = new Set<() => void>();
  const changed = (): void => listeners.forEach((listener) => listener());
  const view = (id: string): AccountView =>
    toAccountView(requireRecord(documents.current(), id), clock.now(), excerpts.get(id));
  const protectionView = (): ProtectionView => {
    const document = documents.current();
    const weakSeals = countWeakSeals(cipher, accountSeals(document));
    return describeProtection(deps.protection, document.settings.weakProtectionOptIn, document.protectionFloor, weakSeals);
  };
  /** Runs `work`; when it found the record changed outside the app (and marked it), tells listeners before rethrowing. */
  const announcingRecordChanges = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof VaultError && error.code === 'record-changed') changed();
      throw error;
    }
  };
  const settings = (): Settings => {
    const { weakProtectionOptIn: _optIn, keepInTray, ...userSettings } = documents.current().settings;
    return { ...userSettings, keepInTray: keepInTray ?? deps.keepInTrayDefault ?? defaultSettings.keepInTray };
  };
  const probe = (id: string): Promise<QuotaOutcome> =>
    sharedCheck(id, () =>
      perAccount(id, () =>
        announcingRecordChanges(async () => {
          const outcome = await refreshStatus(deps, id);
          changed();
          return outcome;
        }),
      ),
    );
  const check = async (id: string): Promise<AccountView> => {
    await probe(id);
    return view(id);
  };
  const renewWhen = (id: string, condition: RenewCondition): Promise<RenewReport> =>
    perAccount(id, () =>
      announcingRecordChanges(async (): Promise<RenewReport> => {
        if (!condition(requireRecord(documents.current(), id), clock.now())) return { kind: 'skipped' };
        const renewed = await renewStoredToken(deps, id);
        if (renewed.kind !== 'ok') {
          recordOutcome(deps, id, renewed);
          changed();
          return { kind: 'failed', failure: renewed };
        }
        // Where the secret was sealed for and the token was issued, never the record's (which is only what the file says).
        const checked = await client.fetchQuota(renewed.baseUrl, renewed.token, await storedSecrets(deps, id));
        recordOutcome(deps, id, checked);
        changed();
        return { kind: 'renewed', checked };
      }),
    );

  /**
   * Exchanges a secret and, only on success, seals secret and token bound to `id`, `baseUrl` and `clientId`; `seal`
   * stores both in the write that also stores the record, so a record and its seals always match.
   * `hide`: the account's current secret and token, which the server's answer must not carry either.
   */
  async function exchangeAndSeal(id: string, baseUrl: string, clientId: string, clientSecret: string, hide: readonly string[] = []) {
    assertCanStoreSecrets(protectionView(), documents.current().protectionFloor);
    const outcome = await client.exchangeToken(baseUrl, { clientId, clientSecret }, hide);
    if (outcome.kind !== 'ok') throw failureToError(outcome);
    const binding = (kind: string) => ({ accountId: id, kind, baseUrl, clientId });
    const [sealedSecret, sealedToken] = await Promise.all([
      sealBound(cipher, binding(clientSecretService), clientSecret),
      sealBound(cipher, binding(tokenService), outcome.token),
    ]);
    const seal = (document: VaultDocument): VaultDocument =>
      withSecret(withSecret(document, clientSecretService, id, sealedSecret), tokenService, id, sealedToken);
    return { token: tokenMetadata(outcome.token), seal };
  }

  return {
    state: () => ({
      accounts: documents.current().accounts.map((record) => toAccountView(record, clock.now(), excerpts.get(record.id))),
      protection: protectionView(),
      settings: settings(),
      notice: documents.notice,
    }),

    add: async (input) => {
      const base = normalizeBaseUrl(input.baseUrl);
      if (!base.ok) throw new VaultError('invalid-input', base.reason);
      assertNoDuplicate(documents.current(), input.clientId, base.url);
      const id = deps.newId();
      const exchanged = await exchangeAndSeal(id, base.url, input.clientId, input.clientSecret);
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
        return exchanged.seal({ ...document, accounts: [...document.accounts, record] });
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

    replaceSecret: (id, clientSecret, baseUrl) =>
      perAccount(id, () =>
        announcingRecordChanges(async () => {
          const base = baseUrl === undefined ? null : normalizeBaseUrl(baseUrl);
          if (base !== null && !base.ok) throw new VaultError('invalid-input', base.reason);
          // Opening the stored seals marks the account when its record no longer matches them.
          const hide = await storedSecrets(deps, id);
          const record = requireRecord(documents.current(), id);
          // The record's base URL may be the edited one: the user must confirm where the secret goes.
          if (base === null && record.status.result === 'record-changed') throw new VaultError('record-changed', replaceNeedsBaseUrlText);
          const target = base?.url ?? record.baseUrl;
          if (target !== record.baseUrl) assertNoDuplicate(documents.current(), record.clientId, target);
          const exchanged = await exchangeAndSeal(id, target, record.clientId, clientSecret, hide);
          documents.update((document) => {
            if (target !== requireRecord(document, id).baseUrl) assertNoDuplicate(document, record.clientId, target);
            return exchanged.seal(
              withRecord(document, id, (current) => ({ ...current, baseUrl: target, token: exchanged.token, status: unknownStatus })),
            );
          });
          changed();
          await refreshStatus(deps, id);
          changed();
          return view(id);
        }),
      ),

    remove: (id) =>
      perAccount(id, async () => {
        documents.update((document) => {
          requireRecord(document, id);
          const withoutRecord = { ...document, accounts: document.accounts.filter((record) => record.id !== id) };
          return withSecret(withSecret(withoutRecord, clientSecretService, id, null), tokenService, id, null);
        });
        excerpts.set(id, null);
        changed();
        return { id };
      }),

    // Queued behind a check or renewal in flight, so it copies the token they leave rather than the one they replace.
    // Window and tray both copy through here, so a changed record is refused the same way on either path.
    copyToken: (id, format) =>
      perAccount(id, () =>
        announcingRecordChanges(async () => {
          const token = await openBound(deps, tokenService, id);
          if (token === null) throw new VaultError('not-found', 'No token is stored for this account; renew it first.');
          const { clearsAt, concealed } = await deps.clipboardGuard.copy(
            format === 'header' ? `Bearer ${token.value}` : token.value,
          );
          return { clearsAt: clearsAt === null ? null : new Date(clearsAt).toISOString(), concealed };
        }),
      ),

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

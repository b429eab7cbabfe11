// Seals an account's secrets with their binding and opens them only when the record still matches; re-seals rotated or weak seals. Must not import electron.
import { apiKeyService, clientSecretService, requireRecord, tokenService, withRecord } from './account-records';
import type { DocumentStore } from '../vault/document-store';
import type { Cipher, Clock, Protection, Unsealed } from '../ports';
import { rollbackText } from '../vault/rollback-text';
import { currentEnvelopeVersion, envelopeText, readEnvelope, sameBinding, type ReadEnvelope, type SealBinding } from '../vault/seal-envelope';
import { sealedEntry, sealSecret, undecryptable, withSecret } from '../vault/secret-vault';
import type { AccountRecord, VaultDocument } from '../vault/vault-document';
import { VaultError } from '../vault/vault-error';

export interface SealDeps {
  documents: DocumentStore;
  cipher: Cipher;
  clock: Clock;
  /** The protection new seals get now, as judged at start (judgeProtection). */
  protection: Protection;
}

/** A secret opened after its binding was checked: requests use these base URL and clientId, never the record's. */
export interface OpenedSecret {
  readonly value: string;
  readonly binding: SealBinding;
}

export const recordChangedText =
  "This account's base URL, client ID or stored secrets were changed outside akool-vault, so akool-vault sent nothing. " +
  'If you did not make this change, remove the account and add it again (or put back a backup of the vault file). ' +
  'If you did, use Replace secret: type the secret again and check the base URL it will be sent to, which the file may have changed.';

/** Why Replace secret on such an account needs the base URL given explicitly. */
export const replaceNeedsBaseUrlText =
  'its stored base URL may not be yours, so nothing was sent. Give the base URL to send the new secret to (Replace secret, Advanced).';

export function bindingOf(record: AccountRecord, kind: string): SealBinding {
  return { accountId: record.id, kind, baseUrl: record.baseUrl, clientId: record.clientId };
}

/** The base64 ciphertext of `value` sealed together with `binding`. */
export function sealBound(cipher: Cipher, binding: SealBinding, value: string): Promise<string> {
  return sealSecret(cipher, envelopeText(binding, value));
}

/** Marks the account "record changed outside akool-vault" (sends nothing), e.g. when the secret it needs is missing. */
export function markRecordChanged(deps: SealDeps, id: string): void {
  const checkedAt = deps.clock.now();
  deps.documents.record((document) =>
    withRecord(document, id, (record) => ({
      ...record,
      status: { result: 'record-changed', problem: 'record-changed', credit: record.status.credit, checkedAt },
    })),
  );
}

/** Marks the account as markRecordChanged does and returns the error to throw. */
export function recordChanged(deps: SealDeps, id: string): VaultError {
  markRecordChanged(deps, id);
  return new VaultError('record-changed', recordChangedText);
}

/**
 * A secret sealed before bindings existed: what a user typed or Akool issued, so no control characters, no U+FFFD and
 * nothing envelope-like. An envelope damaged by flipping ciphertext bits (AES-CBC has no MAC) fails this, so removing
 * the file's `seals` marker cannot turn it into a "legacy" secret and send it to an edited base URL.
 */
function looksLikeLegacySecret(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  return text.length > 0 && !/[\u0000-\u001f\u007f-\u009f\ufffd]/.test(text) && !text.startsWith('{"v":') && !text.includes('"digest":');
}

/**
 * True when the document holds at least one intact bound envelope, under any account or kind (orphaned seals too).
 * Decrypts until the first one is found; a seal that does not decrypt counts as none.
 */
async function holdsBoundSeal(cipher: Cipher, secrets: VaultDocument['secrets']): Promise<boolean> {
  for (const entries of Object.values(secrets)) {
    for (const sealed of Object.values(entries)) {
      const plainText = await cipher.decrypt(Buffer.from(sealed, 'base64')).then(
        (unsealed) => unsealed.plainText,
        () => '',
      );
      if (readEnvelope(plainText).kind === 'bound') return true;
    }
  }
  return false;
}

/**
 * The verdict of holdsBoundSeal per `secrets` object: marking an account changed leaves `secrets` as it is, so opening
 * every legacy seal of a file scans it once, not once per seal. Any write of a seal makes a new object.
 */
const boundSealVerdicts = new WeakMap<VaultDocument['secrets'], Promise<boolean>>();

/**
 * A secret sealed before bindings may be accepted only in a file that was never migrated: no `seals` marker and not a
 * single bound seal anywhere. Removing the marker and putting back an old ciphertext (from a backup) therefore fails as
 * soon as any other seal in the file is bound. Rolling back the whole file to a pre-binding backup cannot be told apart
 * from a file that was never migrated (security/THREAT-MODEL.md).
 */
function legacyAllowed(cipher: Cipher, document: VaultDocument): Promise<boolean> {
  if (document.seals === 'bound') return Promise.resolve(false);
  const known = boundSealVerdicts.get(document.secrets);
  if (known !== undefined) return known.then((bound) => !bound);
  const verdict = holdsBoundSeal(cipher, document.secrets);
  boundSealVerdicts.set(document.secrets, verdict);
  return verdict.then((bound) => !bound);
}

/**
 * True when the seal should be made again now: the cipher asked, it predates bindings or the generation marker (an
 * envelope of version 2: seal-envelope.ts), or it is weak and the cipher no longer is.
 */
function wantsReseal(deps: SealDeps, cipherText: Uint8Array, envelope: ReadEnvelope, shouldReEncrypt: boolean): boolean {
  const strongerNow = deps.protection.available && !deps.protection.weak && deps.cipher.judgeSeal(cipherText).level === 'weak';
  return envelope.kind !== 'bound' || envelope.version !== currentEnvelopeVersion || shouldReEncrypt || strongerNow;
}

/** A seal made again under the current cipher, to be saved unless the stored one changed meanwhile. */
export interface Resealed {
  readonly kind: string;
  readonly accountId: string;
  readonly previous: string;
  readonly fresh: string;
}

/**
 * Saves re-made seals in one write, each only where the stored seal is still the one it replaces, and with `markBound`
 * the file's `seals: 'bound'` marker in the same write. Resolves false when the sealing guard refused (weaker
 * protection now, no opt-in) or the disk failed: the old seals then stay as they were.
 */
export function saveResealed(deps: SealDeps, resealed: readonly Resealed[], markBound = false): boolean {
  if (resealed.length === 0 && !markBound) return true;
  try {
    deps.documents.update((document) => {
      const next = resealed.reduce(
        (current, { kind, accountId, previous, fresh }) =>
          sealedEntry(current, kind, accountId) === previous ? withSecret(current, kind, accountId, fresh) : current,
        document,
      );
      return markBound ? { ...next, seals: 'bound' } : next;
    });
    return true;
  } catch {
    return false;
  }
}

export type OpenResult = {
  opened: OpenedSecret | null;
  /** A re-seal that is due (migration, rotation, stronger cipher) and was made; null when none is due. */
  resealed: Resealed | null;
  /** True when a re-seal was due but sealing failed. */
  resealFailed: boolean;
  /** True when the seal predates bindings: only upgradeSeals saves its re-seal, together with every other one. */
  legacy: boolean;
};

/**
 * Opens the account's secret of `kind` (null when none is stored) after checking that it was sealed for this very
 * account id, kind, base URL and clientId. On any mismatch nothing is returned: the account is marked and
 * `record-changed` thrown. A secret sealed before bindings existed is accepted only while the file is not yet
 * migrated (see legacyAllowed), and is then due to be sealed with its binding. Saves nothing itself: see saveResealed.
 * In a vault file that is not the one akool-vault saved last (generation-guard.ts), nothing is opened at all.
 */
export async function openSealed(deps: SealDeps, kind: string, id: string): Promise<OpenResult> {
  const { lock } = deps.documents;
  if (lock !== null) throw new VaultError('vault-rolled-back', rollbackText(lock.reason));
  const document = deps.documents.current();
  const binding = bindingOf(requireRecord(document, id), kind);
  const sealed = sealedEntry(document, kind, id);
  if (sealed === undefined) return { opened: null, resealed: null, resealFailed: false, legacy: false };
  const cipherText = Buffer.from(sealed, 'base64');
  let unsealed: Unsealed;
  try {
    unsealed = await deps.cipher.decrypt(cipherText);
  } catch {
    throw undecryptable();
  }
  const envelope = readEnvelope(unsealed.plainText);
  const accepted =
    envelope.kind === 'bound'
      ? sameBinding(envelope.binding, binding)
      : looksLikeLegacySecret(unsealed.plainText) && (await legacyAllowed(deps.cipher, document));
  if (!accepted) throw recordChanged(deps, id);
  const legacy = envelope.kind !== 'bound';
  const value = envelope.kind === 'bound' ? envelope.value : unsealed.plainText;
  const opened = { value, binding };
  if (!wantsReseal(deps, cipherText, envelope, unsealed.shouldReEncrypt)) {
    return { opened, resealed: null, resealFailed: false, legacy };
  }
  try {
    const fresh = await sealBound(deps.cipher, binding, value);
    return { opened, resealed: { kind, accountId: id, previous: sealed, fresh }, resealFailed: false, legacy };
  } catch {
    return { opened, resealed: null, resealFailed: true, legacy };
  }
}

/**
 * Opens like openSealed and saves a due re-seal at once; returns only the secret. A pre-binding seal is not migrated
 * here: one bound seal beside legacy ones would make the file refuse the rest (legacyAllowed), so upgradeSeals migrates
 * them all in one write or none.
 */
export async function openBound(deps: SealDeps, kind: string, id: string): Promise<OpenedSecret | null> {
  const { opened, resealed, legacy } = await openSealed(deps, kind, id);
  if (resealed !== null && !legacy) saveResealed(deps, [resealed]);
  return opened;
}

/** The sealed client secret, token and API key of every account in the file (orphaned seals, which nothing opens, are left out). */
export function accountSeals(document: VaultDocument): string[] {
  return document.accounts.flatMap((record) =>
    [clientSecretService, tokenService, apiKeyService].flatMap((kind) => sealedEntry(document, kind, record.id) ?? []),
  );
}

/** How many stored ciphertexts were sealed under weak protection, judged from their own bytes. */
export function countWeakSeals(cipher: Cipher, sealed: readonly string[]): number {
  // The marker sits in the first bytes: decode a short prefix only.
  return sealed.filter((value) => cipher.judgeSeal(Buffer.from(value.slice(0, 8), 'base64')).level === 'weak').length;
}

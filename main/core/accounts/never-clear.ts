// "Never clear the clipboard" counts only when the user confirmed it in Settings: the confirmation is sealed, so a value written into the vault file cannot switch clearing off. Must not import electron.
import { defaultSettings, type Settings } from '../../../preload/contract';
import type { Cipher } from '../ports';
import { readEnvelope, sameBinding } from '../vault/seal-envelope';
import { sealedEntry } from '../vault/secret-vault';
import type { VaultDocument } from '../vault/vault-document';
import { sealBound } from './account-seals';

export const neverClearService = 'akool-vault/settings';
export const neverClearAccount = 'never-clear';
const binding = { accountId: neverClearAccount, kind: neverClearService, baseUrl: '', clientId: '' };
const confirmed = 'confirmed';

export const neverClearNeedsConfirmText = 'Never clearing the clipboard must be confirmed in Settings; the delay was not changed.';

/** The sealed confirmation stored beside `clipboardClearSeconds: 0` when the user confirmed it. */
export function sealNeverClear(cipher: Cipher): Promise<string> {
  return sealBound(cipher, binding, confirmed);
}

/** True only when the file holds a confirmation this cipher sealed, for this very setting; anything else is false. */
export async function neverClearConfirmed(cipher: Cipher, document: VaultDocument): Promise<boolean> {
  const sealed = sealedEntry(document, neverClearService, neverClearAccount);
  if (sealed === undefined) return false;
  const plainText = await cipher.decrypt(Buffer.from(sealed, 'base64')).then(
    (unsealed) => unsealed.plainText,
    () => '',
  );
  const envelope = readEnvelope(plainText);
  return envelope.kind === 'bound' && sameBinding(envelope.binding, binding) && envelope.value === confirmed;
}

/** The delay in force: "never" (0) only with the confirmation, else the default. */
export function clearSecondsInForce(stored: Settings['clipboardClearSeconds'], neverConfirmed: boolean): Settings['clipboardClearSeconds'] {
  return stored === 0 && !neverConfirmed ? defaultSettings.clipboardClearSeconds : stored;
}

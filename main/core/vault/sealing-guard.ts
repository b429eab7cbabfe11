// Guards every vault write that seals a secret: refused unless the protection policy allows it, and the vault's floor rises with it. Must not import electron.
import type { DocumentStore } from './document-store';
import type { Cipher, Protection } from '../ports';
import { provenFloor } from './protection-floor';
import { assertCanStoreSecrets, describeProtection, raiseFloor } from './protection-policy';
import type { VaultDocument } from './vault-document';

/** True when `after` holds a ciphertext that `before` did not hold at the same place. Removals seal nothing. */
export function sealsNewSecret(before: VaultDocument, after: VaultDocument): boolean {
  if (after.secrets === before.secrets) return false;
  return Object.entries(after.secrets).some(([service, entries]) => {
    const previous = Object.hasOwn(before.secrets, service) ? before.secrets[service] : undefined;
    return Object.entries(entries).some(
      ([account, sealed]) => previous === undefined || !Object.hasOwn(previous, account) || previous[account] !== sealed,
    );
  });
}

/**
 * The one choke point for sealing: whatever use case writes a new ciphertext (add, replace, renew, a keytar
 * setPassword), the write is refused with `protection-unavailable` when the platform's protection is not allowed
 * or is weaker than the strongest that sealed this vault before (provenFloor: the field, or any seal's own bytes).
 */
export function guardSealing(documents: DocumentStore, protection: Protection, judgeSeal: Cipher['judgeSeal']): DocumentStore {
  const guarded =
    (change: (document: VaultDocument) => VaultDocument) =>
    (document: VaultDocument): VaultDocument => {
      const next = change(document);
      if (!sealsNewSecret(document, next)) return next;
      const floor = provenFloor(judgeSeal, document);
      assertCanStoreSecrets(describeProtection(protection, document.settings.weakProtectionOptIn, floor, 0), floor);
      return { ...next, protectionFloor: raiseFloor(floor, protection) };
    };
  return {
    get notice() {
      return documents.notice;
    },
    get lock() {
      return documents.lock;
    },
    current: () => documents.current(),
    update: (change) => documents.update(guarded(change)),
    record: (change) => documents.record(guarded(change)),
    flush: () => documents.flush(),
  };
}

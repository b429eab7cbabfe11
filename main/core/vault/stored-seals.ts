// The ciphertexts a vault file holds, read leniently from its raw JSON: their digests, and whether the cipher opens any (or one sealed since markers). Must not import electron.
import type { Cipher } from '../ports';
import { sealDigest } from './generation-marker';
import { currentEnvelopeVersion, readEnvelope } from './seal-envelope';

/** Every ciphertext string in `secrets`, read leniently: the document store's schema judges the shape, not this. */
export function storedSeals(document: Record<string, unknown>): string[] {
  const secrets = document['secrets'];
  if (typeof secrets !== 'object' || secrets === null) return [];
  return Object.values(secrets).flatMap((entries: unknown) =>
    typeof entries === 'object' && entries !== null ? Object.values(entries).filter((value): value is string => typeof value === 'string') : [],
  );
}

/**
 * sealDigest of each ciphertext in a document, sorted, remembering the last document's: a write changes a seal or two,
 * so a thousand accounts cost a thousand hashes once, not on every write.
 */
export function createSealDigests(): (document: Record<string, unknown>) => string[] {
  let known = new Map<string, string>();
  return (document) => {
    const next = new Map<string, string>();
    for (const sealed of storedSeals(document)) next.set(sealed, known.get(sealed) ?? sealDigest(sealed));
    known = next;
    return [...new Set(next.values())].sort();
  };
}

/**
 * True when the cipher opens at least one ciphertext in the file (of those whose digest is in `only`, when given): only
 * then could the file send anything. A damaged seal that opens nothing stays each account's matter (account-seals.ts).
 */
export async function anySealOpens(cipher: Cipher, document: Record<string, unknown>, only: readonly string[] | null): Promise<boolean> {
  const suspects = only === null ? null : new Set(only);
  for (const sealed of storedSeals(document)) {
    if (suspects !== null && !suspects.has(sealDigest(sealed))) continue;
    const opened = await cipher.decrypt(Buffer.from(sealed, 'base64')).then(
      () => true,
      () => false,
    );
    if (opened) return true;
  }
  return false;
}

/**
 * True when a seal in the file opens to an envelope of the version written since markers exist (seal-envelope.ts):
 * such a file cannot be from before markers, whatever its JSON says, so a missing marker is not a first start.
 */
export async function holdsSealFromMarkerTimes(cipher: Cipher, document: Record<string, unknown>): Promise<boolean> {
  for (const sealed of storedSeals(document)) {
    const plainText = await cipher.decrypt(Buffer.from(sealed, 'base64')).then(
      (unsealed) => unsealed.plainText,
      () => '',
    );
    const envelope = readEnvelope(plainText);
    if (envelope.kind === 'bound' && envelope.version === currentEnvelopeVersion) return true;
  }
  return false;
}

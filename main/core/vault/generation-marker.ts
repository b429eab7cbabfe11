// The generation marker: a small file beside the vault that names, under a MAC whose key only the cipher opens, the vault file's current generation and seals. May import node:crypto only; never electron.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Cipher } from '../ports';

/** What the marker vouches for: the vault file written at `generation`, and how to tell a crash between the two writes. */
export interface MarkerBody {
  readonly generation: number;
  /** False between writing this marker and writing the vault file it announces; true once that file is on disk. */
  readonly committed: boolean;
  /** stateDigest of the vault file this write replaces (its generation and seals); null when there was none. */
  readonly previous: string | null;
  /** sealDigest of every ciphertext in the vault file written at `generation`, sorted. */
  readonly seals: readonly string[];
}

const markerVersion = 1;
/** Far above any real vault (two seals per account); bounds the work a hostile marker can cause. */
export const maxMarkerSeals = 100_000;
const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`));

const markerSchema = z.strictObject({
  v: z.literal(markerVersion),
  /** The MAC key, sealed by the cipher (base64). */
  key: z.string().max(4096).regex(/^[A-Za-z0-9+/]*={0,2}$/),
  generation: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  committed: z.boolean(),
  previous: hex(64).nullable(),
  seals: z.array(hex(32)).max(maxMarkerSeals),
  mac: hex(64),
});

/** Why a marker on disk cannot be used; never text from the file. */
export type MarkerProblem = 'malformed' | 'key-unopened' | 'mac-mismatch';

export type OpenedMarker =
  /** `resealed`: the key was sealed again (rotated keyring); write the marker again to keep that. */
  | { readonly ok: true; readonly body: MarkerBody; readonly key: MarkerKey; readonly resealed: boolean }
  | { readonly ok: false; readonly problem: MarkerProblem };

/** The MAC key in memory and the sealed form written into every marker. */
export interface MarkerKey {
  readonly secret: Buffer;
  readonly sealed: string;
}

/** A short digest of one stored ciphertext (its base64 text): enough to tell it from any other, never reversible. */
export function sealDigest(sealed: string): string {
  return createHash('sha256').update(sealed, 'utf8').digest('hex').slice(0, 32);
}

/**
 * The digest of what matters in a vault file for rollback: its generation and its ciphertexts (sealDigest each,
 * sorted). Records are left out on purpose: an edited record is each account's matter (its seals are bound to it), and
 * hashing the whole file would cost a second serialization of it on every write.
 */
export function stateDigest(generation: number, seals: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify([generation, seals]), 'utf8').digest('hex');
}

function macOf(key: Buffer, body: MarkerBody): string {
  const fields = ['akool-vault generation marker', markerVersion, body.generation, body.committed, body.previous, body.seals];
  return createHmac('sha256', key).update(JSON.stringify(fields), 'utf8').digest('hex');
}

/** A new MAC key, sealed by the cipher. */
export async function newMarkerKey(cipher: Cipher): Promise<MarkerKey> {
  const secret = randomBytes(32);
  return { secret, sealed: Buffer.from(await cipher.encrypt(secret.toString('hex'))).toString('base64') };
}

/** The marker file's content for `body`, signed with `key`. Synchronous, so every vault write can carry it. */
export function markerContent(key: MarkerKey, body: MarkerBody): Record<string, unknown> {
  const { generation, committed, previous, seals } = body;
  return { v: markerVersion, key: key.sealed, generation, committed, previous, seals: [...seals], mac: macOf(key.secret, body) };
}

/**
 * Reads a marker file's content: the shape (bounded, so linear in its size), then the key through the cipher, then
 * the MAC. A key the cipher opens with `shouldReEncrypt` is sealed again, so a rotated keyring keeps the marker valid.
 */
export async function openMarker(cipher: Cipher, content: unknown): Promise<OpenedMarker> {
  const parsed = markerSchema.safeParse(content);
  if (!parsed.success) return { ok: false, problem: 'malformed' };
  const { key: sealedKey, mac, generation, committed, previous, seals } = parsed.data;
  let secretHex: string;
  let shouldReEncrypt: boolean;
  try {
    ({ plainText: secretHex, shouldReEncrypt } = await cipher.decrypt(Buffer.from(sealedKey, 'base64')));
  } catch {
    return { ok: false, problem: 'key-unopened' };
  }
  if (!/^[0-9a-f]{64}$/.test(secretHex)) return { ok: false, problem: 'key-unopened' };
  const secret = Buffer.from(secretHex, 'hex');
  const body: MarkerBody = { generation, committed, previous, seals };
  if (!timingSafeEqual(Buffer.from(macOf(secret, body), 'hex'), Buffer.from(mac, 'hex'))) return { ok: false, problem: 'mac-mismatch' };
  if (!shouldReEncrypt) return { ok: true, body, key: { secret, sealed: sealedKey }, resealed: false };
  const resealed = Buffer.from(await cipher.encrypt(secretHex)).toString('base64');
  return { ok: true, body, key: { secret, sealed: resealed }, resealed: true };
}

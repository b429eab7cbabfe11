// Decides, from facts only, whether the vault file on disk is the one the generation marker vouches for. Pure; must not import electron or node:*.
import type { MarkerBody } from './generation-marker';

/** Why a vault file is not used: each has akool-vault's own sentence (rollback-text.ts). */
export const rollbackReasons = ['rolled-back', 'marker-missing', 'marker-unreadable', 'marker-behind'] as const;
export type RollbackReason = (typeof rollbackReasons)[number];

export type FileFacts =
  /** Not JSON, or refused by the schema: the document store moves it aside; it opens nothing. */
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'document';
      /** null: written before generations existed. */
      readonly generation: number | null;
      /** sealDigest of each ciphertext in the file. */
      readonly seals: readonly string[];
      /** stateDigest of the file's generation and seals. */
      readonly digest: string;
    };

export type MarkerFacts = { readonly kind: 'missing' } | { readonly kind: 'unusable' } | { readonly kind: 'valid'; readonly body: MarkerBody };

export type GenerationVerdict =
  /** The file the marker names, or one with nothing to compare (none, empty, unreadable). */
  | { readonly kind: 'current' }
  /** The file of the marker's generation, written before the marker was committed: commit it. */
  | { readonly kind: 'crash-after' }
  /** The file the last write was replacing (same generation and seals): the app stopped between the marker and the vault write. */
  | { readonly kind: 'crash-before' }
  /** A file from before generations and no marker yet: the first start of this version. */
  | { readonly kind: 'migrate' }
  /**
   * `strangers`: when the file has the marker's generation, the digests of its ciphertexts that write did not hold (only
   * those can be older seals); null when the whole file is suspect.
   */
  | { readonly kind: 'problem'; readonly reason: RollbackReason; readonly strangers: readonly string[] | null };

const problem = (reason: RollbackReason, strangers: readonly string[] | null = null): GenerationVerdict => ({ kind: 'problem', reason, strangers });

/**
 * The file must be the one written at the marker's generation, holding no ciphertext that write did not hold (an
 * outside edit that moves or deletes seals is each account's matter: account-seals.ts). A lower generation, a seal the
 * last write did not hold, or a file without a generation once a marker exists, is rolled back. While the marker is not
 * committed, the file it replaced (same generation and ciphertexts) also passes: a crash between the two writes never
 * locks the vault.
 */
export function judgeGeneration(file: FileFacts, marker: MarkerFacts): GenerationVerdict {
  if (file.kind !== 'document') return { kind: 'current' };
  if (marker.kind === 'missing') return file.generation === null ? { kind: 'migrate' } : problem('marker-missing');
  if (marker.kind === 'unusable') return problem('marker-unreadable');
  const { body } = marker;
  if ((file.generation ?? 0) > body.generation) return problem('marker-behind');
  const known = new Set(body.seals);
  const strangers = file.seals.filter((seal) => !known.has(seal));
  if (file.generation === body.generation && strangers.length === 0) return { kind: body.committed ? 'current' : 'crash-after' };
  // The file the uncommitted write replaced: also a file without a generation, when that write was the first start's migration.
  if (!body.committed && file.digest === body.previous) return { kind: 'crash-before' };
  // Anything else is older: a lower generation, or none at all (a copy from before markers), or a seal that write did not hold.
  return problem('rolled-back', file.generation === body.generation ? strangers : null);
}

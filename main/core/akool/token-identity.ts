// Keeps a token's email and uid claims only when they carry no piece of a secret the request sent or the account stores, in any form. Must not import electron or node:*.
import { secretPieceSpans } from '../redaction/secret-pieces';
import { carriesSqueezedPiece } from '../redaction/squeezed-pieces';
import { textsCarryingSecret } from '../redaction/screen-once';
import { readTokenClaims } from './token-claims';

/** Who the token names: shown in the window and stored in the plain vault file, so never server text that hides a secret. */
export interface TokenIdentity {
  email: string | null;
  uid: string | null;
}

function carriesSecret(text: string, secrets: readonly string[]): boolean {
  return secretPieceSpans(text, secrets).length > 0 || carriesSqueezedPiece(text, secrets);
}

/**
 * The token's email and uid (shape-checked by readTokenClaims), each null when it holds any piece of `secrets` or of
 * the token itself, plainly or among its letters and digits alone: a dropped claim is never redacted and kept.
 */
export function screenIdentity(token: string, secrets: readonly string[]): TokenIdentity {
  const { email, uid } = readTokenClaims(token);
  const claims = [email, uid].filter((claim) => claim !== null);
  // The token was just received: rather than build its pieces for two short claims, its forms are scanned once for both.
  const carries = textsCarryingSecret(claims, token);
  const carryingToken = new Set(claims.filter((_, index) => carries[index]));
  const keep = (claim: string | null): string | null =>
    claim === null || carryingToken.has(claim) || carriesSecret(claim, secrets) ? null : claim;
  return { email: keep(email), uid: keep(uid) };
}

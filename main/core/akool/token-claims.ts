// Checks a token's shape and reads its JWT claims for display, never verifying them. Must not import electron or node:*.
import { decodeBase64UrlText } from './base64url';
import { asJsonObject, ownField, parseJson } from '../shared/json-object';
import { shapedEmail, shapedUid } from '../shared/identity-shapes';

/**
 * Longer tokens are refused as unusable: every token sent is remembered and scrubbed from later answers in about a dozen
 * encodings (see piecesOf), so this bounds that work and memory. Akool's JWTs are a few hundred characters.
 */
export const maxTokenLength = 4 * 1024;

/** Why a token was refused, as a code callers can branch on; `reason` says it in words and never quotes the token. */
export type TokenShapeProblem = 'not-text' | 'empty' | 'too-long' | 'whitespace-or-control' | 'not-printable-ascii';

export type TokenShape = { ok: true; token: string } | { ok: false; problem: TokenShapeProblem; reason: string };

export interface TokenClaims {
  expiresAt: number | null;
  issuedAt: number | null;
  email: string | null;
  uid: string | null;
}

const whitespaceOrControl = /[\s\p{Cc}\p{Cf}]/u;
const printableAscii = /^[\x21-\x7E]+$/;
/** 9999-12-31T23:59:59Z in seconds: later claims are nonsense. */
const maxClaimSeconds = 253402300799;

function badShape(problem: TokenShapeProblem, reason: string): TokenShape {
  return { ok: false, problem, reason };
}

/** Accepts only non-empty printable-ASCII strings up to 4 KiB. Reasons never quote the token. */
export function checkTokenShape(token: unknown): TokenShape {
  if (typeof token !== 'string') return badShape('not-text', 'The token is not text.');
  if (token.length === 0) return badShape('empty', 'The token is empty.');
  if (token.length > maxTokenLength) return badShape('too-long', 'The token is longer than 4 KiB.');
  if (whitespaceOrControl.test(token)) return badShape('whitespace-or-control', 'The token contains whitespace or control characters.');
  if (!printableAscii.test(token)) return badShape('not-printable-ascii', 'The token contains characters outside printable ASCII.');
  return { ok: true, token };
}

function readPayload(token: string): object | null {
  if (token.length > maxTokenLength) return null;
  const segments = token.split('.');
  const middle = segments[1];
  if (segments.length !== 3 || middle === undefined) return null;
  const text = decodeBase64UrlText(middle);
  if (text === null) return null;
  const parsed = parseJson(text);
  return parsed.ok ? asJsonObject(parsed.value) : null;
}

function readTime(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return value >= 1 && value <= maxClaimSeconds ? Math.round(value * 1000) : null;
}

/**
 * The payload's exp/iat (as epoch ms), email and uid when present and of a strict shape; all null for anything else.
 * The claims are server text: see screenIdentity for dropping those that carry a secret.
 */
export function readTokenClaims(token: string): TokenClaims {
  const payload = readPayload(token);
  if (payload === null) return { expiresAt: null, issuedAt: null, email: null, uid: null };
  return {
    expiresAt: readTime(ownField(payload, 'exp')),
    issuedAt: readTime(ownField(payload, 'iat')),
    email: shapedEmail(ownField(payload, 'email')),
    uid: shapedUid(ownField(payload, 'uid')),
  };
}

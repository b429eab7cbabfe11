// The strict shapes of the identity claims (email, uid) akool-vault keeps from a token: what is shown and stored as identity. Must not import electron or node:*.

/** RFC 5321's limit on a forward path. */
export const maxEmailLength = 254;
export const maxUidLength = 64;
/**
 * A conservative ASCII address: local part of letters, digits and `._+-`, one `@`, dot-separated labels of letters,
 * digits and `-`. Each quantified class is followed by a character outside it, so matching is linear.
 */
const emailShape = /^[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;
const uidShape = /^[A-Za-z0-9_-]+$/;

/** The claim when it is a string of at most `maxLength` characters in `shape`; the length is checked before the pattern runs. */
function readShaped(value: unknown, maxLength: number, shape: RegExp): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) return null;
  return shape.test(value) ? value : null;
}

/** A uid is a short identifier: a non-negative safe integer, or up to 64 of `A–Z a–z 0–9 _ -`; else null. */
export function shapedUid(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
  return readShaped(text, maxUidLength, uidShape);
}

/** `value` when it is an email claim of the strict shape, else null: also applied to claims older versions stored. */
export function shapedEmail(value: unknown): string | null {
  return readShaped(value, maxEmailLength, emailShape);
}

// Reads a password field without the secret ever reaching React state: once and emptied at once, or kept until the caller empties it. Must not import React or any storage.
export function takeSecret(input: HTMLInputElement | null): string {
  const secret = readSecret(input);
  clearSecret(input);
  return secret;
}

/** The field's current value, left in the field (e.g. so a failed add can be retried without retyping it). */
export function readSecret(input: HTMLInputElement | null): string {
  return input === null ? '' : input.value;
}

export function clearSecret(input: HTMLInputElement | null): void {
  if (input !== null) input.value = '';
}

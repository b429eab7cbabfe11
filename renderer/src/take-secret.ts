// Reads a password field once and empties it at once, so a secret never reaches React state. Must not import React or any storage.
export function takeSecret(input: HTMLInputElement | null): string {
  if (input === null) return '';
  const secret = input.value;
  input.value = '';
  return secret;
}

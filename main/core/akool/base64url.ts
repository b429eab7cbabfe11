// Decodes base64url text segments (JWT parts) to UTF-8 strings without throwing. Must not import electron or node:*.

const base64UrlPattern = /^[A-Za-z0-9_-]*$/;

/** The decoded UTF-8 text, or null when the segment is not valid base64url or not valid UTF-8. */
export function decodeBase64UrlText(segment: string): string | null {
  if (!base64UrlPattern.test(segment) || segment.length % 4 === 1) return null;
  try {
    const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

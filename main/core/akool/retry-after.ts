// Parses an HTTP Retry-After header (seconds or IMF-fixdate) into a capped delay. Must not import electron or node:*.

export const maxRetryAfterMs = 60 * 60 * 1000;

const secondsPattern = /^\d+$/;
/** Longer header values are neither form: they are refused before any pattern runs. */
const maxValueLength = 64;
const imfFixdatePattern = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Milliseconds to wait, between 0 and one hour; null when the header is absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.length > maxValueLength) return null;
  const trimmed = value.trim();
  if (secondsPattern.test(trimmed)) return Math.min(Number(trimmed) * 1000, maxRetryAfterMs);
  if (!imfFixdatePattern.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.min(Math.max(at - nowMs, 0), maxRetryAfterMs);
}

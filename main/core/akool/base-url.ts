// Validates and normalizes the Akool API base URL a user may override. Must not import electron or node:*.

export const defaultBaseUrl = 'https://openapi.akool.com';

export type BaseUrlResult = { ok: true; url: string } | { ok: false; reason: string };

const maxLength = 2048;

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** The path without trailing slashes; a loop, because `/\/+$/` restarts at every slash of a long run (quadratic). */
function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end -= 1;
  return path.slice(0, end);
}

function refuse(reason: string): BaseUrlResult {
  return { ok: false, reason };
}

/** Empty means the default. Otherwise https (http only for this computer), no credentials, query or fragment. */
export function normalizeBaseUrl(input: string | undefined): BaseUrlResult {
  const raw = input ?? '';
  // Bounded before any work on it: surrounding whitespace may pad a valid address, but not without limit.
  if (raw.length > 2 * maxLength) return refuse('The API address is too long.');
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: true, url: defaultBaseUrl };
  if (trimmed.length > maxLength) return refuse('The API address is too long.');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return refuse('The API address is not a valid URL; it must start with https://.');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return refuse('Plain http is allowed only for this computer (localhost); use https.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('The API address must start with https://.');
  if (url.username !== '' || url.password !== '') {
    return refuse('The API address must not contain a user name or password.');
  }
  if (url.search !== '') return refuse('The API address must not contain a query (?…).');
  if (url.hash !== '') return refuse('The API address must not contain a fragment (#…).');
  return { ok: true, url: url.origin + trimTrailingSlashes(url.pathname) };
}

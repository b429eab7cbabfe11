// Checks a request target: an origin-form path under /api/open/ with nothing that could resolve elsewhere (dot segments, encoded slashes or dots, backslashes, empty segments). Must not import electron.

export const apiPrefix = '/api/open/';

export type ApiPath =
  | { ok: true; path: string; query: string }
  | { ok: false; code: 'not-origin-form' | 'bad-path' | 'outside-api' };

/** Only visible ASCII: no spaces, controls or raw non-ASCII anywhere in the target. */
const visibleAscii = /^[\x21-\x7e]*$/;
/** A `%` not followed by two hex digits. */
const brokenEscape = /%(?![0-9A-Fa-f]{2})/;
/** Escapes that decode to `.`, `/`, `%` (double encoding), `\`, a control character or DEL. */
const trickEscape = /%(?:2[EeFf5]|5[Cc]|[01][0-9A-Fa-f]|7[Ff])/;

function plainPath(path: string): boolean {
  if (path.includes('\\') || brokenEscape.test(path) || trickEscape.test(path)) return false;
  const segments = path.split('/');
  // segments[0] is the empty text before the leading slash; only the last segment may be empty (a trailing slash).
  for (let index = 1; index < segments.length; index += 1) {
    const segment = segments[index] ?? '';
    if (segment === '' && index < segments.length - 1) return false;
    // `.`, `..`, `..;x`, `.hidden`: no Akool path has a segment starting with a dot.
    if (segment.startsWith('.')) return false;
  }
  return true;
}

/**
 * The path and query of an origin-form target, when the path is plain and lies under /api/open/ (with at least one
 * segment after it); the query is passed on untouched. Absolute-form (`http://…`), authority-form and `*` are refused.
 */
export function checkApiPath(target: string): ApiPath {
  if (!target.startsWith('/')) return { ok: false, code: 'not-origin-form' };
  if (!visibleAscii.test(target) || target.includes('#')) return { ok: false, code: 'bad-path' };
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  if (!plainPath(path)) return { ok: false, code: 'bad-path' };
  if (!path.startsWith(apiPrefix) || path.length === apiPrefix.length) return { ok: false, code: 'outside-api' };
  return { ok: true, path, query };
}

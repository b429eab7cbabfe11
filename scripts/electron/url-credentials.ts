// Removes the credentials (userinfo) of every URL in a line the provisioning scripts print, e.g. an ELECTRON_MIRROR `https://user:token@host/`. Must not import electron.

/**
 * `//` then the authority up to its last `@` (the WHATWG URL parser splits userinfo at the last `@` before the path,
 * `?` or `#`). Linear: each attempt starts at a `//` and scans one authority, which ends at the next `/`.
 */
const userinfo = /\/\/[^\s/?#]*@/g;

/** The text with each URL's `user:password@` replaced by `***@`; everything else unchanged. */
export function withoutUrlCredentials(text: string): string {
  return text.replace(userinfo, '//***@');
}

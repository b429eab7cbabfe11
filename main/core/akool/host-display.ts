// A base URL as the window shows it: the host in Unicode beside the ASCII (punycode) form requests use, so a look-alike host cannot pass for Akool's. May import node:url only.
import { domainToUnicode } from 'node:url';

/**
 * `baseUrl` with its host in Unicode (node:url domainToUnicode); the text as it is when it is not a URL with a host or not in normalized form.
 * A normalized base URL (normalizeBaseUrl) is already ASCII: WHATWG URL turns an IDN host into its `xn--` form.
 */
export function unicodeBaseUrl(baseUrl: string): string {
  if (!URL.canParse(baseUrl)) return baseUrl;
  const url = new URL(baseUrl);
  const host = domainToUnicode(url.hostname);
  if (host === '' || host === url.hostname || !baseUrl.startsWith(url.origin)) return baseUrl;
  const port = url.port === '' ? '' : `:${url.port}`;
  return `${url.protocol}//${host}${port}${baseUrl.slice(url.origin.length)}`;
}

// The harness's only two edits to the production index.html: the bridge script and connect-src. Must not import node:* or main/.
import { bridgeScriptPath } from './wire';

export const bridgeScriptTag = `<script src="${bridgeScriptPath}"></script>`;

/** Every tag, `<` to the next `>` with no `<` between: each character is scanned once, so a page of `<meta ` runs stays linear. */
const anyTag = /<[^<>]*>/g;
const headClose = /^<\/head\s*>$/i;
const cspMeta = /^<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>$/i;
const closedConnect = "connect-src 'none'";
const loopbackConnect = "connect-src 'self'";

/** The one tag `pattern` (anchored, run on a single tag) accepts; throws when there are none or several. */
function single(html: string, pattern: RegExp, what: string): { index: number; text: string } {
  const matches = [...html.matchAll(anyTag)].filter((tag) => pattern.test(tag[0]));
  const [match] = matches;
  if (match === undefined || matches.length !== 1) {
    throw new Error(`The renderer index.html must contain exactly one ${what}; found ${matches.length}.`);
  }
  return { index: match.index, text: match[0] };
}

/**
 * Inserts the bridge as a classic script at the end of <head>, so `window.vault` exists before the app's module runs
 * (a module script without `async` runs only after parsing, i.e. after this parser-blocking script), while the module
 * and stylesheet above it are already being fetched: the bridge runs in parallel with them, as Electron's preload
 * does. It also opens connect-src to 'self': the production page may connect nowhere, but the harness bridge talks to
 * the vault over fetch on this same origin. Every other byte is kept.
 */
export function transformIndexHtml(html: string): string {
  const meta = single(html, cspMeta, 'Content-Security-Policy meta tag');
  const metaText = meta.text;
  if (metaText.split(closedConnect).length !== 2) {
    throw new Error(`The renderer CSP must contain "${closedConnect}" exactly once for the harness to open it.`);
  }
  const withConnect =
    html.slice(0, meta.index) + metaText.replace(closedConnect, loopbackConnect) + html.slice(meta.index + metaText.length);
  const head = single(withConnect, headClose, '</head> tag');
  return withConnect.slice(0, head.index) + bridgeScriptTag + withConnect.slice(head.index);
}

// Pure text work on the renderer's CSP meta tag: read it, and derive the development-server policy from the production one. Must not import vite or electron.
const cspMeta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** Vite's HMR client talks to its dev server over a WebSocket on this computer. */
const devSocketSources = ['ws://localhost:*', 'ws://127.0.0.1:*', 'ws://[::1]:*'];

/** The content of the page's CSP meta tag, or null when there is none. */
export function readCsp(html: string): string | null {
  return cspMeta.exec(html)?.[2] ?? null;
}

/** `html` with the CSP meta tag's content replaced; throws when there is no tag to replace. */
export function replaceCsp(html: string, csp: string): string {
  if (readCsp(html) === null) throw new Error('index.html has no Content-Security-Policy meta tag');
  return html.replace(cspMeta, (_match, start: string, _old: string, end: string) => `${start}${csp}${end}`);
}

type Directives = Map<string, string[]>;

const parse = (csp: string): Directives =>
  new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens): tokens is [string, ...string[]] => tokens[0] !== undefined && tokens[0] !== '')
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );

const format = (directives: Directives): string => [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * The production policy plus what Vite's dev server needs and nothing else: its nonce on scripts (the React Refresh
 * preamble is an inline module script) and styles (the dev client injects CSS as <style nonce>, reading the nonce from
 * <meta property="csp-nonce">; vite/dist/client/client.mjs), and its HMR WebSocket and ping on loopback.
 */
export function devCsp(productionCsp: string, nonce: string): string {
  const directives = parse(productionCsp);
  const fallback = directives.get('default-src') ?? [];
  for (const name of ['script-src', 'style-src']) directives.set(name, [...(directives.get(name) ?? fallback), `'nonce-${nonce}'`]);
  directives.set('connect-src', ["'self'", ...devSocketSources]);
  return format(directives);
}
